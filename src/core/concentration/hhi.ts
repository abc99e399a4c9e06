import { dec } from "../decimal";
import { checkNonNegativeList, checkOptions, finiteResult } from "../validate";
import { checkTotal } from "./total";

/**
 * Herfindahl–Hirschman index of concentration: Σ share², from 1 / count (all equal) to 1 (one value holds
 * everything). On the 0..1 scale, not the antitrust 0..10 000. Values must be 0 or more.
 *
 * @throws CoreError VALUE for a non-list or a negative or non-finite value; NA for an empty list;
 *   DIV0 when the values add up to 0
 *
 * @example
 * // shares 0.5, 0.3, 0.2: 0.25 + 0.09 + 0.04
 * concentrationHhi({ values: [50, 30, 20] }) // => 0.38
 */
export const concentrationHhi = (options: { values: number[] }): number => {
  const o = checkOptions(options);
  const values = checkNonNegativeList(o.values, "values");
  const total = checkTotal(values);
  // Shares first, then squares: squaring large amounts first could overflow where shares cannot.
  return finiteResult(values.reduce((sum, value) => sum.plus(dec(value).div(total).pow(2)), dec(0)));
};
