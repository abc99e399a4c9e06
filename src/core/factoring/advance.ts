import { dec } from "../decimal";
import { exactProduct } from "../exact";
import { checkNonNegative, checkOptions, finiteResult, optionalRate } from "../validate";
import { FACTORING_DEFAULTS } from "./defaults";

/**
 * Cash the factor pays on assignment of an invoice: amount × advanceRate. The rest (the reserve, less the
 * factor's cost) comes when the debtor pays.
 *
 * @param options.amount - invoice amount, 0 or more (negative amounts, i.e. credit notes, are rejected: they are not assigned)
 * @param options.advanceRate - share advanced, 0..1 (default 0.9)
 * @returns the advance, not rounded
 * @throws CoreError VALUE when an argument is missing, not finite, negative, or a rate outside 0..1
 *
 * @example
 * // 10 000 € invoice, 90 % advance
 * factoringAdvance({ amount: 10000 }) // => 9000
 */
export const factoringAdvance = (options: { amount: number; advanceRate?: number }): number => {
  const o = checkOptions(options);
  const amount = checkNonNegative(o.amount, "amount");
  const advanceRate = optionalRate(o.advanceRate, "advance_rate", FACTORING_DEFAULTS.advanceRate);
  // Exact on scaled integers when the digits allow (exact.ts), the same double as decimal.js gives.
  const exact = exactProduct(amount, advanceRate);
  return exact >= 0 ? exact : finiteResult(dec(amount).times(advanceRate));
};
