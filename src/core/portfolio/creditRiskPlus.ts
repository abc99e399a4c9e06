import { defaultOf } from "../../catalogue";
import { MESSAGES } from "../messages";
import {
  broadcastLimits,
  broadcastRate,
  checkNonNegativeList,
  checkOptions,
  checkRateList,
  checkSameLength,
  fail,
  isOmitted,
} from "../validate";
import { broadcastDeductibles, optionalCount, optionalNumber } from "./checks";
import { type Bands, panjerRecursion, stableSum } from "./panjer";
import type { CreditRiskPlusOptions, LossDistribution } from "./types";

/** Defaults of the portfolio functions (cover rate and deductible as CREDIT.INDEMNITY). */
export const PORTFOLIO_DEFAULTS = Object.freeze({
  lgd: defaultOf("lgds"),
  pdVolatility: defaultOf("pd_volatility"),
  coverRate: defaultOf("cover_rate"),
  deductible: defaultOf("deductible"),
  maxGridPoints: 1_000_000,
} as const);

/** What one default of each obligor costs the seller (retained) and pays the insurer (indemnity). */
interface Portfolio {
  gross: number[];
  retained: number[];
  indemnities: number[];
  hasCover: boolean;
  pds: number[];
  pdVolatility: number;
  bandUnit: number | undefined;
  maxGridPoints: number;
}

const readPortfolio = (input: unknown): Portfolio => {
  const options = checkOptions(input);
  const exposures = checkNonNegativeList(options.exposures, "exposures");
  // Lengths first, so that 3 exposures beside an empty pds range read as a mismatch (VALUE), not as NA.
  if (Array.isArray(options.pds)) checkSameLength(exposures, "exposures", options.pds, "pds");
  const pds = checkRateList(options.pds, "pds");
  const lgds = broadcastRate(options.lgds, "lgds", PORTFOLIO_DEFAULTS.lgd, exposures, "exposures");
  const pdVolatility = optionalNumber(options.pdVolatility, "pd_volatility", PORTFOLIO_DEFAULTS.pdVolatility);
  const bandUnit = isOmitted(options.bandUnit) ? undefined : optionalNumber(options.bandUnit, "band_unit", 1, true);
  const maxGridPoints = optionalCount(options.maxGridPoints, "max_grid_points", PORTFOLIO_DEFAULTS.maxGridPoints);

  const hasCover = !isOmitted(options.cover);
  const cover = hasCover ? checkOptions(options.cover) : {};
  const coverRates = broadcastRate(cover.coverRates, "cover_rate", PORTFOLIO_DEFAULTS.coverRate, exposures, "exposures");
  const creditLimits = broadcastLimits(cover.creditLimits, "credit_limits", exposures, "exposures");
  const deductibles = broadcastDeductibles(cover.deductibles, exposures, PORTFOLIO_DEFAULTS.deductible);

  const gross = exposures.map((exposure, i) => exposure * lgds[i]);
  // As CREDIT.INDEMNITY: cover_rate × max(0, min(loss, credit_limit) − deductible). With cover_rate ≤ 1 the
  // rounded product never exceeds the loss, so the retained amount is never negative.
  const indemnities = gross.map((loss, i) => coverRates[i] * Math.max(0, Math.min(loss, creditLimits[i] ?? loss) - deductibles[i]));
  const retained = gross.map((loss, i) => loss - indemnities[i]);
  return { gross, retained, indemnities, hasCover, pds, pdVolatility, bandUnit, maxGridPoints };
};

/**
 * v = ceil(amount / L), except that an amount within 1e-9 (relative) of a whole multiple of L is that
 * multiple: 0.3 / 0.1 is 2.9999999999999996 in doubles and 0.7 / 0.1 is 7.000000000000001. An amount above 0
 * always takes at least one unit.
 */
const bandOf = (amount: number, unit: number): number => {
  const units = amount / unit;
  const nearest = Math.round(units);
  const band = Math.abs(units - nearest) <= 1e-9 * units ? nearest : Math.ceil(units);
  return Math.max(1, band);
};

/** √(Σ pd x² + vol² (Σ pd x)²) with x scaled by its largest value first, so that x² cannot overflow. */
const modelStandardDeviation = (amounts: readonly number[], pds: readonly number[], pdVolatility: number): number => {
  const largest = amounts.reduce((max, x) => Math.max(max, x), 0);
  if (largest === 0) return 0;
  const scaledMean = stableSum(amounts.map((x, i) => pds[i] * (x / largest)));
  const scaledSquares = stableSum(amounts.map((x, i) => pds[i] * (x / largest) * (x / largest)));
  return largest * Math.sqrt(scaledSquares + pdVolatility * pdVolatility * scaledMean * scaledMean);
};

const finiteOrTooLarge = (value: number): number => {
  if (Number.isFinite(value)) return value;
  const message = MESSAGES.tooLarge();
  return fail("NUM", message);
};

/** CreditRisk+ on a list of per-default amounts: bands, Panjer recursion, grid. */
const distributionOf = (amounts: readonly number[], portfolio: Portfolio): LossDistribution => {
  const { pds, pdVolatility } = portfolio;
  const largest = amounts.reduce((max, x) => Math.max(max, x), 0);
  const unit = portfolio.bandUnit ?? (largest > 0 ? Math.ceil(largest / 100) : 1);

  const expectedDefaultsByBand = new Map<number, number>();
  const bandOfObligor = amounts.map((amount, i) => {
    if (amount === 0 || pds[i] === 0) return 0; // contributes nothing
    const band = bandOf(amount, unit);
    expectedDefaultsByBand.set(band, (expectedDefaultsByBand.get(band) ?? 0) + pds[i]);
    return band;
  });
  const values = [...expectedDefaultsByBand.keys()].sort((a, b) => a - b);
  const bands: Bands = { values, expectedDefaults: values.map((v) => expectedDefaultsByBand.get(v) ?? 0) };
  const { probabilities, massLost } = panjerRecursion(bands, pdVolatility, portfolio.maxGridPoints);

  const losses = probabilities.map((_, k) => k * unit);
  finiteOrTooLarge(losses[losses.length - 1]);
  let running = 0;
  const cumulative = probabilities.map((probability) => {
    running += probability;
    return Math.min(1, running);
  });
  return {
    unit,
    losses,
    probabilities,
    cumulative,
    mean: finiteOrTooLarge(stableSum(amounts.map((x, i) => x * pds[i]))),
    standardDeviation: finiteOrTooLarge(modelStandardDeviation(amounts, pds, pdVolatility)),
    bandedMean: finiteOrTooLarge(unit * stableSum(bandOfObligor.map((v, i) => v * pds[i]))),
    bandedStandardDeviation: finiteOrTooLarge(unit * modelStandardDeviation(bandOfObligor, pds, pdVolatility)),
    massLost,
  };
};

/**
 * The one-year portfolio loss distribution of single-sector CreditRisk+ (CSFB 1997): each obligor's loss
 * E × LGD is put in band v = ceil(E × LGD / L), defaults are Poisson with a gamma-distributed rate
 * (σ_A = pdVolatility × pd_A), and the banded loss distribution comes from Panjer's recursion (see panjer.ts
 * for the recursion, its stability and where the grid stops).
 *
 * With `cover`, each default costs the seller its retained amount E × LGD − indemnity, where
 * indemnity = cover_rate × max(0, min(E × LGD, credit_limit) − deductible), and the result is the
 * distribution of the loss the seller keeps. L defaults to ceil(largest amount / 100) on the amounts
 * modelled (retained ones with cover). `mean` and `standardDeviation` are the model's exact moments on the
 * unbanded amounts (`mean` = Σ E × PD × LGD without cover); `bandedMean` and `bandedStandardDeviation` are
 * those of the banded model held by the grid (equal when every amount is a multiple of L).
 *
 * Precision: doubles; each probability is within about n × 1e-16 (relative) of the exact banded model at grid
 * point n, and `massLost` (1 − Σ probabilities) is at most about 1e-12 unless the grid cap was reached.
 *
 * @example
 * // 500 obligors, exposure 1, pd 1%, pd_volatility √0.2: the default count is negative binomial NB(5, 0.5)
 * creditRiskPlus({ exposures: Array(500).fill(1), pds: Array(500).fill(0.01), pdVolatility: Math.sqrt(0.2) })
 * // => { unit: 1, probabilities: [0.03125, 0.078125, ...], mean: 5, standardDeviation: 3.1623, ... }
 */
export const creditRiskPlus = (options: CreditRiskPlusOptions): LossDistribution => {
  const portfolio = readPortfolio(options);
  return distributionOf(portfolio.hasCover ? portfolio.retained : portfolio.gross, portfolio);
};

/**
 * The distribution of the indemnities the insurer pays in a year, on the same model: each default pays
 * cover_rate × max(0, min(E × LGD, credit_limit) − deductible) (cover terms default to a 90% cover with no
 * limit and no deductible). It is the marginal law of the insurer's side: it and the seller's retained loss
 * come from the same defaults and are not independent. L defaults to ceil(largest indemnity / 100).
 *
 * @example
 * creditRiskPlusIndemnities({ exposures: [100, 200], pds: [0.02, 0.01], cover: { coverRates: 0.9 } }).mean
 * // => 3.6 (0.9 × (100 × 0.02 + 200 × 0.01))
 */
export const creditRiskPlusIndemnities = (options: CreditRiskPlusOptions): LossDistribution => {
  const portfolio = readPortfolio(options);
  return distributionOf(portfolio.indemnities, portfolio);
};
