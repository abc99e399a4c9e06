import { dec } from "../decimal";
import { MESSAGES } from "../messages";
import { checkNonNegative, checkOptions, fail, finiteResult, optionalLimit, optionalNonNegative, optionalRate } from "../validate";
import { CREDIT_DEFAULTS } from "./defaults";
import { indemnityOf } from "./terms";

/** Options of {@link creditBreakEvenPd}. */
export interface BreakEvenPdOptions {
  /** Yearly premium for this buyer's cover, 0 or more. */
  premium: number;
  /** Amount owed by the buyer, 0 or more. */
  exposure: number;
  /** Loss given default, 0..1 (default 1). */
  lgd?: number;
  /** Share the insurer pays, 0..1 (default 0.9). */
  coverRate?: number;
  /** Credit limit on the buyer; null or omitted = no limit. */
  creditLimit?: number | null;
  /** Amount the seller keeps on the claim, 0 or more (default 0), as in {@link creditIndemnity}. */
  deductible?: number;
}

/**
 * The default probability at which the expected indemnity equals the premium:
 * premium / (coverRate × max(0, min(exposure × lgd, creditLimit) − deductible)), the claim {@link creditIndemnity}
 * pays when the buyer fails. Above it the cover returns more than it costs
 * on average. The answer is a probability, so a premium larger than the largest possible indemnity has no
 * break-even PD: NUM rather than a "probability" above 100 %.
 *
 * @throws CoreError VALUE for a missing, non-finite or negative amount, or a rate outside 0..1; DIV0 when the
 *   largest possible indemnity is 0 (the message says so when the deductible takes the whole claim); NUM when the premium exceeds it (the PD would be above 1)
 *
 * @example
 * // premium 900 € for a 50 000 € buyer at 90 % cover: 900 / (0.9 × 50 000)
 * creditBreakEvenPd({ premium: 900, exposure: 50000 }) // => 0.02
 * // the same with a 5 000 € deductible: 900 / (0.9 × 45 000)
 * creditBreakEvenPd({ premium: 900, exposure: 50000, deductible: 5000 }) // => 0.0222…
 */
export const creditBreakEvenPd = (options: BreakEvenPdOptions): number => {
  const o = checkOptions(options);
  const premium = checkNonNegative(o.premium, "premium");
  const exposure = checkNonNegative(o.exposure, "exposure");
  const lgd = optionalRate(o.lgd, "lgd", CREDIT_DEFAULTS.lgd);
  const coverRate = optionalRate(o.coverRate, "cover_rate", CREDIT_DEFAULTS.coverRate);
  const creditLimit = optionalLimit(o.creditLimit, "credit_limit");
  const deductible = optionalNonNegative(o.deductible, "deductible", CREDIT_DEFAULTS.deductible);
  const largestIndemnity = indemnityOf(dec(exposure).times(lgd), { coverRate, creditLimit, deductible, threshold: 0 });
  if (largestIndemnity.isZero()) {
    const claimed = indemnityOf(dec(exposure).times(lgd), { coverRate, creditLimit, deductible: 0, threshold: 0 });
    return fail("DIV0", claimed.isZero() ? MESSAGES.breakEvenNoIndemnity() : MESSAGES.breakEvenDeductibleTakesAll());
  }
  const pd = dec(premium).div(largestIndemnity);
  if (pd.greaterThan(1)) return fail("NUM", MESSAGES.breakEvenAboveOne());
  return finiteResult(pd);
};
