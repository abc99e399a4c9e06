import { checkOptions, finiteResult } from "../validate";
import type { CoveredPortfolioOptions } from "./defaults";
import { checkCover, checkPortfolio, expectedIndemnityOf } from "./terms";

/**
 * Expected yearly indemnity of a policy on a portfolio: Σ pd × coverRate × min(exposure × lgd, creditLimit).
 * Each default is one claim on the loss exposure × lgd, capped by that buyer's limit (as
 * {@link creditIndemnity}, without deductible or threshold, which the catalogue keeps for single claims).
 *
 * @throws CoreError VALUE as {@link creditExpectedLoss}, a cover_rate outside 0..1, or a negative credit limit;
 *   NA for an empty portfolio; NUM on overflow
 *
 * @example
 * // 100 000 € at 2 % (limit 60 000 €) and 50 000 € at 5 % (no limit), 90 % cover:
 * // 0.02 × 0.9 × 60 000 + 0.05 × 0.9 × 50 000 = 1 080 + 2 250
 * creditExpectedIndemnity({ exposures: [100000, 50000], pds: [0.02, 0.05], creditLimits: [60000, null] }) // => 3330
 */
export const creditExpectedIndemnity = (options: CoveredPortfolioOptions): number => {
  const o = checkOptions(options);
  const portfolio = checkPortfolio(o);
  const { coverRate, creditLimits } = checkCover(o, portfolio.exposures);
  return finiteResult(expectedIndemnityOf(portfolio, coverRate, creditLimits));
};
