import { defaultOf } from "../../catalogue/parameters";
import { MESSAGES } from "../messages";
import {
  broadcastLimits,
  broadcastRate,
  checkNonNegativeList,
  checkOptions,
  checkRateList,
  checkSameLength,
  broadcastNonNegative,
  fail,
  isOmitted,
  optionalNonNegative,
  optionalPositive,
  optionalPositiveInteger,
} from "../validate";
import { convolve } from "./convolve";
import { type Bands, type RecursionResult, panjerRecursion, stableSum } from "./panjer";
import { type SectorModel, readSectors } from "./sectors";
import type { CreditRiskPlusOptions, LossDistribution } from "./types";

/** Defaults of the portfolio functions (cover rate and deductible as CREDIT.INDEMNITY). */
export const PORTFOLIO_DEFAULTS = Object.freeze({
  lgd: defaultOf("lgds"),
  pdVolatility: defaultOf("pd_volatility"),
  coverRate: defaultOf("cover_rate"),
  deductible: defaultOf("deductible"),
  maxGridPoints: defaultOf("max_grid_points"),
} as const);

/** What one default of each obligor costs the seller (retained) and pays the insurer (indemnity). */
export interface Portfolio {
  gross: number[];
  retained: number[];
  indemnities: number[];
  hasCover: boolean;
  pds: number[];
  pdVolatility: number;
  bandUnit: number | undefined;
  maxGridPoints: number;
  /** whether the caller set maxGridPoints, and so accepts a truncated grid */
  acceptsTruncation: boolean;
  sectors: SectorModel;
}

export const readPortfolio = (input: unknown): Portfolio => {
  const options = checkOptions(input);
  const exposures = checkNonNegativeList(options.exposures, "exposures");
  // Lengths first, so that 3 exposures beside an empty pds range read as a mismatch (VALUE), not as NA.
  if (Array.isArray(options.pds)) checkSameLength(exposures, "exposures", options.pds, "pds");
  const pds = checkRateList(options.pds, "pds");
  const lgds = broadcastRate(options.lgds, "lgds", PORTFOLIO_DEFAULTS.lgd, exposures, "exposures");
  const pdVolatility = optionalNonNegative(options.pdVolatility, "pd_volatility", PORTFOLIO_DEFAULTS.pdVolatility);
  const bandUnit = optionalPositive(options.bandUnit, "band_unit", undefined);
  const maxGridPoints = optionalPositiveInteger(options.maxGridPoints, "max_grid_points", PORTFOLIO_DEFAULTS.maxGridPoints);
  const sectors = readSectors(options.sectors, exposures.length, pdVolatility);

  const hasCover = !isOmitted(options.cover);
  const cover = hasCover ? checkOptions(options.cover) : {};
  const coverRates = broadcastRate(cover.coverRates, "cover_rate", PORTFOLIO_DEFAULTS.coverRate, exposures, "exposures");
  const creditLimits = broadcastLimits(cover.creditLimits, "credit_limits", exposures, "exposures");
  const deductibles = broadcastNonNegative(cover.deductibles, "deductible", PORTFOLIO_DEFAULTS.deductible, exposures, "exposures");

  const gross = exposures.map((exposure, i) => exposure * lgds[i]);
  // As CREDIT.INDEMNITY: cover_rate × max(0, min(loss, credit_limit) − deductible). With cover_rate ≤ 1 the
  // rounded product never exceeds the loss, so the retained amount is never negative.
  const indemnities = gross.map((loss, i) => coverRates[i] * Math.max(0, Math.min(loss, creditLimits[i] ?? loss) - deductibles[i]));
  const retained = gross.map((loss, i) => loss - indemnities[i]);
  return {
    gross,
    retained,
    indemnities,
    hasCover,
    pds,
    pdVolatility,
    bandUnit,
    maxGridPoints,
    acceptsTruncation: !isOmitted(options.maxGridPoints),
    sectors,
  };
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

const finiteOrTooLarge = (value: number): number => {
  if (Number.isFinite(value)) return value;
  const message = MESSAGES.tooLarge();
  return fail("NUM", message);
};

/**
 * The sectors' systematic terms on amounts x_A defaulting at rates p_A: EL_k = Σ_A θ_Ak p_A x_A and
 * c_k = Σ_l ρ_kl ω_k ω_l EL_l (ρ = identity for independent sectors), so that the systematic variance is
 * Σ_k c_k EL_k (Bürgisser et al. 1999, formula 12; CSFP 1997, A12.2 for independent sectors).
 */
const systematicTerms = (amounts: readonly number[], rates: readonly number[], sectors: SectorModel) => {
  const expectedLosses = new Array<number>(sectors.count).fill(0);
  sectors.loadings.forEach((pairs, i) => {
    for (const [k, weight] of pairs) expectedLosses[k] += weight * rates[i] * amounts[i];
  });
  const { volatilities, correlations } = sectors;
  const terms = expectedLosses.map((_, k) =>
    correlations === null
      ? volatilities[k] * volatilities[k] * expectedLosses[k]
      : stableSum(correlations[k].map((rho, l) => rho * volatilities[k] * volatilities[l] * expectedLosses[l])),
  );
  const variance = stableSum(terms.map((c, k) => c * expectedLosses[k]));
  return { expectedLosses, terms, variance };
};

/**
 * Mean Σ p x, variance Σ p x² + Σ_k c_k EL_k and the systematic share of the variance of CreditRisk+ on
 * amounts x_A at rates p_A, computed on x / (largest x) so that x² cannot overflow; `scale` is that largest x
 * (1 when every amount is 0), mean and variance are in units of scale and scale².
 */
const scaledMoments = (amounts: readonly number[], rates: readonly number[], sectors: SectorModel) => {
  const largest = amounts.reduce((max, x) => Math.max(max, x), 0);
  const scale = largest > 0 ? largest : 1;
  const scaled = amounts.map((x) => x / scale);
  const mean = stableSum(scaled.map((x, i) => rates[i] * x));
  const diversifiable = stableSum(scaled.map((x, i) => rates[i] * x * x));
  const { terms, variance: systematic } = systematicTerms(scaled, rates, sectors);
  const variance = diversifiable + systematic;
  if (variance < 0) return fail("VALUE", MESSAGES.negativeVariance(), "sector_correlations");
  return { scale, scaled, mean, variance, systematic, terms };
};

/** Expected defaults per band of one sector: Σ_A share_A λ_A over the obligors in each band. */
const bandsOf = (bandOfObligor: readonly number[], intensities: readonly number[], share: (i: number) => number): Bands => {
  const byBand = new Map<number, number>();
  bandOfObligor.forEach((band, i) => {
    const expected = share(i) * intensities[i];
    if (band > 0 && expected > 0) byBand.set(band, (byBand.get(band) ?? 0) + expected);
  });
  const values = [...byBand.keys()].sort((a, b) => a - b);
  return { values, expectedDefaults: values.map((v) => byBand.get(v) ?? 0) };
};

/**
 * The banded loss distribution on the grid. Independent sectors: one Panjer recursion per sector (its
 * compound negative binomial) and one for the specific sector (compound Poisson), then their convolution;
 * that is exact, and simple: the recursions are the technical document's, and the product of generating
 * functions is a convolution (convolve.ts says when it is direct and when by FFT). Correlated sectors:
 * Bürgisser et al.'s single sector whose relative variance σ̂² = Σ_kl ρ_kl ω_k ω_l EL_k EL_l / EL² matches
 * the portfolio's variance (their formula 13; QuantLib's CreditRiskPlus::compute does the same).
 */
const gridOf = (bandOfObligor: readonly number[], intensities: readonly number[], amounts: readonly number[], portfolio: Portfolio) => {
  const { sectors, pds, maxGridPoints } = portfolio;
  if (sectors.correlations !== null) {
    const { mean, systematic } = scaledMoments(amounts, pds, sectors);
    const overall = mean > 0 ? Math.sqrt(Math.max(0, systematic)) / mean : 0;
    return panjerRecursion(bandsOf(bandOfObligor, intensities, () => 1), overall, maxGridPoints);
  }
  const parts: RecursionResult[] = [];
  for (let k = 0; k < sectors.count; k += 1) {
    const bands = bandsOf(bandOfObligor, intensities, (i) => sectors.loadings[i].find(([sector]) => sector === k)?.[1] ?? 0);
    if (bands.values.length > 0) parts.push(panjerRecursion(bands, sectors.volatilities[k], maxGridPoints));
  }
  const specific = bandsOf(bandOfObligor, intensities, (i) => sectors.specific[i]);
  if (specific.values.length > 0) parts.push(panjerRecursion(specific, 0, maxGridPoints));
  if (parts.length === 0) return { probabilities: [1], massLost: 0, capped: false };
  if (parts.length === 1) return parts[0];
  let probabilities = parts[0].probabilities;
  for (const part of parts.slice(1)) probabilities = convolve(probabilities, part.probabilities);
  const cut = probabilities.length > maxGridPoints;
  if (cut) probabilities = probabilities.slice(0, maxGridPoints);
  const massLost = Math.max(0, 1 - stableSum(probabilities));
  const capped = parts.some((part) => part.capped) || (cut && massLost > 1e-12);
  return { probabilities, massLost, capped };
};

/** CreditRisk+ on a list of per-default amounts: bands, recursion(s), grid. */
const distributionOf = (amounts: readonly number[], portfolio: Portfolio): LossDistribution => {
  const { pds, sectors } = portfolio;
  const largest = amounts.reduce((max, x) => Math.max(max, x), 0);
  // at least 1: a subnormal largest amount (5e-324 / 100 underflows to 0) would otherwise give a unit of 0
  const unit = portfolio.bandUnit ?? Math.max(1, Math.ceil(largest / 100));

  // The technical document's banding (A4): ε_A = x_A p_A / L, v_A = ceil(x_A / L), and in band j the expected
  // number of defaults μ_j = Σ ε_A / v_j, i.e. each obligor defaults at λ_A = p_A x_A / (v_A L) ≤ p_A, so
  // that v_A L λ_A = x_A p_A: the banding moves exposures up, never the expected loss.
  const bandOfObligor = amounts.map((amount, i) => (amount === 0 || pds[i] === 0 ? 0 : bandOf(amount, unit)));
  const intensities = amounts.map((amount, i) => (bandOfObligor[i] === 0 ? 0 : pds[i] * (amount / (bandOfObligor[i] * unit))));
  const { probabilities, massLost, capped } = gridOf(bandOfObligor, intensities, amounts, portfolio);
  if (capped && !portfolio.acceptsTruncation) {
    return fail("NUM", MESSAGES.gridTooShort(probabilities.length, Math.max(0, 1 - massLost), unit), "band_unit");
  }

  const losses = probabilities.map((_, k) => k * unit);
  finiteOrTooLarge(losses[losses.length - 1]);
  let running = 0;
  const cumulative = probabilities.map((probability) => {
    running += probability;
    return Math.min(1, running);
  });
  const exact = scaledMoments(amounts, pds, sectors);
  const banded = scaledMoments(bandOfObligor.map((v) => v * unit), intensities, sectors);
  return {
    unit,
    losses,
    probabilities,
    cumulative,
    mean: finiteOrTooLarge(exact.scale * exact.mean),
    standardDeviation: finiteOrTooLarge(exact.scale * Math.sqrt(exact.variance)),
    bandedMean: finiteOrTooLarge(banded.scale * banded.mean),
    bandedStandardDeviation: finiteOrTooLarge(banded.scale * Math.sqrt(banded.variance)),
    massLost,
    truncated: capped,
  };
};

/**
 * Each obligor's contribution to the standard deviation (UL) of CreditRisk+ on amounts x_A:
 * r_A = p_A x_A (x_A + Σ_k θ_Ak c_k) / UL with c_k = Σ_l ρ_kl ω_k ω_l EL_l (Bürgisser et al. 1999, formula 15;
 * CSFP 1997, A13.2 for independent sectors), so that Σ_A r_A = (Σ p x² + Σ_k c_k EL_k) / UL = UL.
 */
export const standardDeviationContributions = (amounts: readonly number[], portfolio: Portfolio): { contributions: number[]; standardDeviation: number } => {
  const { pds, sectors } = portfolio;
  const { scale, scaled, terms, variance } = scaledMoments(amounts, pds, sectors);
  const deviation = Math.sqrt(variance);
  const contributions = scaled.map((x, i) => {
    if (deviation === 0 || pds[i] === 0 || x === 0) return 0;
    const systematic = stableSum(sectors.loadings[i].map(([k, weight]) => weight * terms[k]));
    return finiteOrTooLarge((scale * pds[i] * x * (x + systematic)) / deviation);
  });
  return { contributions, standardDeviation: finiteOrTooLarge(scale * deviation) };
};

/**
 * Each sector on its own (QuantLib's sectorExpectedLoss / sectorUnexpectedLoss; Bürgisser et al. 1999,
 * table A): EL_k = Σ_A θ_Ak p_A x_A and UL_k = √(ω_k² EL_k² + Σ_A θ_Ak p_A x_A²).
 */
export const sectorFigures = (amounts: readonly number[], portfolio: Portfolio): Array<{ expectedLoss: number; standardDeviation: number }> => {
  const { pds, sectors } = portfolio;
  const { scale, scaled } = scaledMoments(amounts, pds, sectors);
  return sectors.volatilities.map((volatility, k) => {
    const weightOf = (i: number): number => sectors.loadings[i].find(([sector]) => sector === k)?.[1] ?? 0;
    const expectedLoss = stableSum(scaled.map((x, i) => weightOf(i) * pds[i] * x));
    const diversifiable = stableSum(scaled.map((x, i) => weightOf(i) * pds[i] * x * x));
    return {
      expectedLoss: finiteOrTooLarge(scale * expectedLoss),
      standardDeviation: finiteOrTooLarge(scale * Math.sqrt(volatility * volatility * expectedLoss * expectedLoss + diversifiable)),
    };
  });
};

/** The distribution of the amounts the options model (retained ones with cover, gross ones without). */
export const modelledAmounts = (portfolio: Portfolio): number[] => (portfolio.hasCover ? portfolio.retained : portfolio.gross);

/**
 * The one-year portfolio loss distribution of CreditRisk+ (CSFP 1997): each obligor's loss E × LGD is put in
 * band v = ceil(E × LGD / L) with the expected number of defaults ε / v (ε = E × LGD × pd / L, A4), so the
 * banded model keeps the expected loss; defaults are Poisson with gamma-distributed rates
 * (σ_A = pdVolatility × pd_A), and the banded loss distribution comes from Panjer's recursion (see panjer.ts
 * for the recursion, its stability and where the grid stops). Without `sectors`, one sector holds every
 * obligor (the technical document's single-sector model). With `sectors`: independent sectors are exact (one
 * recursion per sector, then their convolution); correlated ones follow Bürgisser et al. (1999): one sector
 * with the portfolio's overall relative variance σ̂² = Σ_kl ρ_kl ω_k ω_l EL_k EL_l / EL².
 *
 * A grid that would need more than `maxGridPoints` points is a NUM error naming band_unit, unless the caller
 * set `maxGridPoints`: it then receives the grid with `truncated` true and the missing mass in `massLost`.
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
  return distributionOf(modelledAmounts(portfolio), portfolio);
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
