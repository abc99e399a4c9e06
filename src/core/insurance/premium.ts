import { Decimal, dec } from "../decimal";
import { checkNonNegative, checkOptions, checkRate, finiteResult, optionalNonNegative } from "../validate";
import { CREDIT_DEFAULTS } from "./defaults";

/**
 * Yearly credit-insurance premium: max(insuredTurnover × rate, minPremium). Policies price on the insured
 * turnover with a minimum (the insurer's fixed cost of a policy), so small sellers pay the minimum.
 *
 * @param options.insuredTurnover - turnover declared to the insurer, 0 or more
 * @param options.rate - premium rate on that turnover, 0..1 (e.g. 0.3 % or 0.003)
 * @param options.minPremium - minimum yearly premium, 0 or more (default 0)
 * @throws CoreError VALUE for a missing, non-finite or negative amount, or a rate outside 0..1; NUM on overflow
 *
 * @example
 * // 1 200 000 € insured at 0.3 %, minimum 2 000 €: 3 600 > 2 000
 * creditPremium({ insuredTurnover: 1200000, rate: 0.003, minPremium: 2000 }) // => 3600
 */
export const creditPremium = (options: { insuredTurnover: number; rate: number; minPremium?: number }): number => {
  const o = checkOptions(options);
  const insuredTurnover = checkNonNegative(o.insuredTurnover, "insured_turnover");
  const rate = checkRate(o.rate, "rate");
  const minPremium = optionalNonNegative(o.minPremium, "min_premium", CREDIT_DEFAULTS.minPremium);
  return finiteResult(Decimal.max(dec(insuredTurnover).times(rate), minPremium));
};
