import { defaultOf } from "../../catalogue/parameters";
import { dec } from "../decimal";
import { checkNonNegativeList, checkOptions, finiteResult, optionalPositiveInteger } from "../validate";
import { checkTotal } from "./total";

/**
 * The catalogue's default n: the top-5 customers' share is the figure credit insurers and factors ask for.
 * Frozen, as the other defaults: the task pane and the functions share one runtime.
 */
export const CONCENTRATION_DEFAULTS = Object.freeze({ n: defaultOf("n") });

/**
 * Share of the n largest values in the total (e.g. the top-5 customers' share of receivables). n larger
 * than the list takes the whole list, so the share is then 1. Values must be 0 or more: a credit balance
 * is not a concentration of risk.
 *
 * @throws CoreError VALUE for a non-list, a negative or non-finite value, or n not a whole number ≥ 1;
 *   NA for an empty list; DIV0 when the values add up to 0; NUM on overflow
 *
 * @example
 * // 40 + 30 + 10 + 10 + 5 + 5 = 100; the 2 largest: (40 + 30) / 100
 * concentrationTop({ values: [10, 40, 5, 30, 10, 5], n: 2 }) // => 0.7
 */
export const concentrationTop = (options: { values: number[]; n?: number }): number => {
  const o = checkOptions(options);
  const values = checkNonNegativeList(o.values, "values");
  const n = optionalPositiveInteger(o.n, "n", CONCENTRATION_DEFAULTS.n);
  const total = checkTotal(values);
  // `values` is the checked copy: sorting it leaves the caller's array as it was.
  const largest = values.sort((a, b) => b - a).slice(0, n);
  return finiteResult(largest.reduce((sum, value) => sum.plus(value), dec(0)).div(total));
};
