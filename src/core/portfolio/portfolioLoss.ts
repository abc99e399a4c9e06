import { creditRiskPlus } from "./creditRiskPlus";
import { lossQuantile } from "./lossQuantile";
import { riskContributions } from "./riskContributions";
import type { CreditRiskPlusOptions, LossDistribution } from "./types";

/**
 * A portfolio, its optional cover terms and its CreditRisk+ settings as the Excel functions CREDIT.LOSSQUANTILE,
 * CREDIT.LOSSDIST and CREDIT.CONTRIBUTIONS take them (one option per argument). Cover terms are all optional:
 * left out, the distribution is of the gross loss; once any is given, of the loss the seller keeps, the others
 * taking the policy defaults (90 % cover, no limit, no deductible) as in creditIndemnity.
 */
export interface PortfolioLossOptions {
  exposures: number[];
  pds: number[];
  lgds?: number[] | number;
  pdVolatility?: number;
  coverRate?: number[] | number;
  creditLimits?: Array<number | null> | number | null;
  deductible?: number[] | number;
  /** The grid's loss unit; null or omitted: ceil(largest amount / 100). */
  bandUnit?: number | null;
  /** The sector of each buyer (1..K; 0: no sector), one for all or per buyer; omitted: one sector. */
  sectors?: number[] | number | null;
  /** Each sector's relative default-rate volatility, one for all or per sector. */
  sectorVolatilities?: number[] | number | null;
  /** K × K correlations of the sectors' default rates; omitted: independent sectors. */
  sectorCorrelations?: number[][] | null;
}

const isGiven = <T>(value: T | null | undefined): value is T => value !== undefined && value !== null;

const modelOf = (options: PortfolioLossOptions): CreditRiskPlusOptions => {
  const { exposures, pds, lgds, pdVolatility, coverRate, creditLimits, deductible, bandUnit, sectors, sectorVolatilities, sectorCorrelations } = options;
  const cover =
    coverRate === undefined && creditLimits === undefined && deductible === undefined
      ? undefined
      : { coverRates: coverRate, creditLimits, deductibles: deductible };
  const sectorIds = isGiven(sectors) ? (Array.isArray(sectors) ? sectors : exposures.map(() => sectors)) : undefined;
  const sectorTerms =
    sectorIds === undefined && !isGiven(sectorVolatilities) && !isGiven(sectorCorrelations)
      ? undefined
      : {
          ids: sectorIds ?? exposures.map(() => 1),
          volatilities: isGiven(sectorVolatilities) ? sectorVolatilities : undefined,
          correlations: isGiven(sectorCorrelations) ? sectorCorrelations : undefined,
        };
  return { exposures, pds, lgds, pdVolatility, cover, bandUnit: isGiven(bandUnit) ? bandUnit : undefined, sectors: sectorTerms };
};

const distributionOf = (options: PortfolioLossOptions): LossDistribution => creditRiskPlus(modelOf(options));

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

/** One buyer's row of CREDIT.CONTRIBUTIONS. */
export interface ContributionRow {
  expectedLoss: number;
  stdDevContribution: number;
  quantileContribution: number;
}

/**
 * Each buyer's contribution to the expected loss, to the standard deviation and to the `level` quantile (default
 * e.g. 99 %) of the yearly loss, one row per buyer in the order given; each column adds up to its portfolio total
 * (CreditRisk+ risk contributions, see riskContributions).
 */
export const portfolioContributions = (options: PortfolioLossOptions & { level: number }): ContributionRow[] =>
  riskContributions(modelOf(options), options.level).buyers.map(({ expectedLoss, stdDevContribution, quantileContribution }) => ({
    expectedLoss,
    stdDevContribution,
    quantileContribution,
  }));
