import { creditRiskPlus } from "./creditRiskPlus";
import { lossQuantile } from "./lossQuantile";
import type { LossDistribution } from "./types";

/**
 * A portfolio and its optional cover terms as the Excel functions CREDIT.LOSSQUANTILE and CREDIT.LOSSDIST
 * take them (one option per argument). Cover terms are all optional: left out, the distribution is of the
 * gross loss; once any is given, of the loss the seller keeps, the others taking the policy defaults (90 %
 * cover, no limit, no deductible) as in creditIndemnity.
 */
export interface PortfolioLossOptions {
  exposures: number[];
  pds: number[];
  lgds?: number[] | number;
  pdVolatility?: number;
  coverRate?: number[] | number;
  creditLimits?: Array<number | null> | number | null;
  deductible?: number[] | number;
}

const distributionOf = (options: PortfolioLossOptions): LossDistribution => {
  const { exposures, pds, lgds, pdVolatility, coverRate, creditLimits, deductible } = options;
  const cover =
    coverRate === undefined && creditLimits === undefined && deductible === undefined
      ? undefined
      : { coverRates: coverRate, creditLimits, deductibles: deductible };
  return creditRiskPlus({ exposures, pds, lgds, pdVolatility, cover });
};

/**
 * The `level` quantile of the portfolio's yearly loss (CreditRisk+), of the loss kept when cover terms are given.
 *
 * @example
 * portfolioLossQuantile({ exposures: Array(500).fill(1), pds: Array(500).fill(0.01), pdVolatility: Math.sqrt(0.2), level: 0.99 }) // ≈ 13.93
 */
export const portfolioLossQuantile = (options: PortfolioLossOptions & { level: number }): number => lossQuantile(distributionOf(options), options.level);

/** One row per point of the loss grid: loss, its probability, the probability of a loss up to it. */
export interface LossRow {
  loss: number;
  probability: number;
  cumulative: number;
}

/** The portfolio's yearly loss distribution as rows (CREDIT.LOSSDIST). */
export const portfolioLossTable = (options: PortfolioLossOptions): LossRow[] => {
  const distribution = distributionOf(options);
  return distribution.losses.map((loss, k) => ({ loss, probability: distribution.probabilities[k], cumulative: distribution.cumulative[k] }));
};
