import { checkOptions, finiteResult } from "../validate";
import type { CoveredPortfolioOptions } from "./defaults";
import { checkCover, checkPortfolio, expectedIndemnityOf } from "./terms";

/**
 * Expected yearly indemnity of a policy on a portfolio:
 * Σ pd × coverRate × max(0, min(exposure × lgd, creditLimit) − deductible).
 * Each default is one claim on the loss exposure × lgd, capped by that buyer's limit, less that buyer's
 * deductible per claim (as {@link creditIndemnity} pays one claim; the claim threshold is kept for single
 * claims). Deductibles default to 0, so a call without them is the catalogue's CREDIT.NETCOST indemnity.
 *
 * @throws CoreError VALUE as {@link creditExpectedLoss}, a cover_rate outside 0..1, a negative credit limit or
 *   deductible, or a list of limits or deductibles not as long as exposures; NA for an empty portfolio; NUM on overflow
 *
 * @example
 * // 100 000 € at 2 % (limit 60 000 €) and 50 000 € at 5 % (no limit), 90 % cover:
 * // 0.02 × 0.9 × 60 000 + 0.05 × 0.9 × 50 000 = 1 080 + 2 250
 * creditExpectedIndemnity({ exposures: [100000, 50000], pds: [0.02, 0.05], creditLimits: [60000, null] }) // => 3330
 * // the same with a 5 000 € deductible per claim: 0.02 × 0.9 × 55 000 + 0.05 × 0.9 × 45 000 = 990 + 2 025
 * creditExpectedIndemnity({ exposures: [100000, 50000], pds: [0.02, 0.05], creditLimits: [60000, null], deductibles: 5000 }) // => 3015
 */
export const creditExpectedIndemnity = (options: CoveredPortfolioOptions): number => {
  const o = checkOptions(options);
  const portfolio = checkPortfolio(o);
  return finiteResult(expectedIndemnityOf(portfolio, checkCover(o, portfolio.exposures)));
};
