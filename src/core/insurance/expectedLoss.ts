import { dec } from "../decimal";
import { bigSumOfProducts, exactSumOfProducts } from "../exact";
import { checkOptions, finiteResult } from "../validate";
import type { PortfolioOptions } from "./defaults";
import { checkPortfolio } from "./terms";

/**
 * Expected one-year credit loss of a portfolio: Σ exposure × pd × lgd (the mean of the loss distribution,
 * whatever the correlation between buyers). Exposures must be 0 or more: a credit balance is not at risk.
 *
 * @throws CoreError VALUE for a non-list, a negative or non-finite exposure, a pd/lgd outside 0..1, or lists
 *   of different lengths (both lengths in the message); NA for an empty portfolio; NUM on overflow
 *
 * @example
 * // two buyers: 100 000 € at 2 % and 50 000 € at 5 %, lgd 1: 2 000 + 2 500
 * creditExpectedLoss({ exposures: [100000, 50000], pds: [0.02, 0.05] }) // => 4500
 */
export const creditExpectedLoss = (options: PortfolioOptions): number => {
  const { exposures, pds, lgds } = checkPortfolio(checkOptions(options));
  // Exact on scaled integers below 2^53 when the digits are few, else on BigInt up to decimal.js's 40 digits
  // (exact.ts): the same double as decimal.js gives; decimal.js beyond.
  const fast = exactSumOfProducts(exposures, pds, lgds);
  if (fast === fast) return fast;
  const big = bigSumOfProducts(exposures, pds, lgds);
  if (big === big) return big;
  return finiteResult(exposures.reduce((sum, exposure, i) => sum.plus(dec(exposure).times(pds[i]).times(lgds[i])), dec(0)));
};
