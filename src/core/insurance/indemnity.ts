import { dec } from "../decimal";
import { checkNonNegative, checkOptions, finiteResult, optionalLimit, optionalNonNegative, optionalRate } from "../validate";
import { CREDIT_DEFAULTS } from "./defaults";
import { exactIndemnityOf, indemnityOf } from "./terms";

/** Options of {@link creditIndemnity}. */
export interface IndemnityOptions {
  /** Unpaid amount claimed, 0 or more. */
  loss: number;
  /** Share the insurer pays, 0..1 (default 0.9). */
  coverRate?: number;
  /** Credit limit granted on the buyer, 0 or more; null or omitted = no limit. */
  creditLimit?: number | null;
  /** Amount the seller keeps on each claim, 0 or more (default 0). */
  deductible?: number;
  /** Smallest loss the policy pays on, 0 or more (default 0). */
  threshold?: number;
}

/**
 * What the credit insurer pays on one unpaid claim: 0 if loss < threshold, else
 * coverRate × max(0, min(loss, creditLimit) − deductible). The limit caps the insured amount, because an
 * insurer covers a buyer only up to the limit it granted; the deductible is taken before the cover rate.
 *
 * @throws CoreError VALUE for a missing, non-finite or negative amount, or a cover_rate outside 0..1; NUM on overflow
 *
 * @example
 * // the main customer fails owing 50 000 €, 90 % cover, no limit
 * creditIndemnity({ loss: 50000 }) // => 45000
 * // same loss with a 40 000 € credit limit: 0.9 × 40 000
 * creditIndemnity({ loss: 50000, creditLimit: 40000 }) // => 36000
 */
export const creditIndemnity = (options: IndemnityOptions): number => {
  const o = checkOptions(options);
  const loss = checkNonNegative(o.loss, "loss");
  const coverRate = optionalRate(o.coverRate, "cover_rate", CREDIT_DEFAULTS.coverRate);
  const creditLimit = optionalLimit(o.creditLimit, "credit_limit");
  const deductible = optionalNonNegative(o.deductible, "deductible", CREDIT_DEFAULTS.deductible);
  const threshold = optionalNonNegative(o.threshold, "threshold", CREDIT_DEFAULTS.threshold);
  const terms = { coverRate, creditLimit, deductible, threshold };
  // Exact on scaled integers when the digits allow (exact.ts), the same double as decimal.js gives.
  const exact = exactIndemnityOf(loss, terms);
  return exact >= 0 ? exact : finiteResult(indemnityOf(dec(loss), terms));
};
