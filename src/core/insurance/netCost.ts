import { dec } from "../decimal";
import { checkNonNegative, checkOptions, finiteResult } from "../validate";
import type { CoveredPortfolioOptions } from "./defaults";
import { checkCover, checkPortfolio, expectedIndemnityOf } from "./terms";

/**
 * Net yearly cost of credit insurance: premium − expected indemnity ({@link creditExpectedIndemnity}, with
 * the same optional per-buyer credit limits and deductibles per claim). Positive means the cover costs more
 * than it returns on average, which is normal: the seller buys protection against the tail (a large buyer
 * failing), not a profit on the mean.
 *
 * @throws CoreError VALUE for a missing, non-finite or negative premium, and as {@link creditExpectedIndemnity};
 *   NA for an empty portfolio; NUM on overflow
 *
 * @example
 * // premium 3 600 €; expected indemnity 0.9 × (0.02 × 100 000 + 0.05 × 50 000) = 4 050
 * creditNetCost({ premium: 3600, exposures: [100000, 50000], pds: [0.02, 0.05] }) // => -450
 * // with a 5 000 € deductible per claim: 0.9 × (0.02 × 95 000 + 0.05 × 45 000) = 3 735
 * creditNetCost({ premium: 3600, exposures: [100000, 50000], pds: [0.02, 0.05], deductibles: 5000 }) // => -135
 */
export const creditNetCost = (options: CoveredPortfolioOptions & { premium: number }): number => {
  const o = checkOptions(options);
  const premium = checkNonNegative(o.premium, "premium");
  const portfolio = checkPortfolio(o);
  return finiteResult(dec(premium).minus(expectedIndemnityOf(portfolio, checkCover(o, portfolio.exposures))));
};
