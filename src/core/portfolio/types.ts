/**
 * A portfolio loss distribution on a lattice: the loss is `losses[k] = k × unit` with probability
 * `probabilities[k]`. Amounts are in the portfolio's currency.
 */
export interface LossDistribution {
  /** the band unit L: every loss on the grid is a whole multiple of it */
  readonly unit: number;
  /** the grid: 0, L, 2L, ... up to the last point computed */
  readonly losses: number[];
  /** P(loss = losses[k]) */
  readonly probabilities: number[];
  /** P(loss ≤ losses[k]): running sum of `probabilities`, capped at 1 */
  readonly cumulative: number[];
  /** the model's exact mean Σ amount × pd on the unbanded amounts (Σ E × PD × LGD without cover) */
  readonly mean: number;
  /**
   * the model's exact standard deviation on the unbanded amounts:
   * √(Σ pd × amount² + pd_volatility² × (Σ pd × amount)²)
   */
  readonly standardDeviation: number;
  /**
   * the mean of the banded model the grid holds: Σ_j v_j L μ_j with μ_j = Σ ε_A / v_j (CSFP 1997, A4), which
   * equals `mean` up to rounding: the banding moves exposures, never the expected loss
   */
  readonly bandedMean: number;
  /** the standard deviation of the banded model the grid holds */
  readonly bandedStandardDeviation: number;
  /** 1 − Σ probabilities, never below 0: the tail beyond the grid plus the rounding of the recursion */
  readonly massLost: number;
  /**
   * true when the grid stopped at `maxGridPoints` (or the work cap) before the probability mass was covered;
   * only a caller that set `maxGridPoints` itself receives such a distribution, any other gets a NUM error
   */
  readonly truncated: boolean;
}

/** Per-buyer credit insurance terms; a scalar applies to every buyer, a list gives one value per buyer. */
export interface CoverTerms {
  /** share of the covered loss the insurer pays, 0..1 (default 0.9, as CREDIT.INDEMNITY) */
  coverRates?: number[] | number;
  /** credit limit granted by the insurer on each buyer; null or omitted means no limit */
  creditLimits?: Array<number | null> | number | null;
  /** amount of each loss the seller bears before cover applies (default 0) */
  deductibles?: number[] | number;
}

export interface CreditRiskPlusOptions {
  /** exposure at default of each obligor (≥ 0) */
  exposures: number[];
  /** one-year default probability of each obligor, 0..1 */
  pds: number[];
  /** loss given default, once for all or per obligor, 0..1 (default 1) */
  lgds?: number[] | number;
  /** default-rate volatility as a multiple of the pd: σ_A = pdVolatility × pd_A (default 0.5; 0 = Poisson) */
  pdVolatility?: number;
  /** the band unit L (Excel `band_unit`), > 0; default ceil(largest amount / 100) */
  bandUnit?: number;
  /** sectors of the buyers; omitted: one sector holding every buyer, with relative volatility `pdVolatility` */
  sectors?: SectorTerms;
  /** credit insurance terms: with them, the distribution is the one of the loss the seller keeps */
  cover?: CoverTerms;
  /**
   * largest number of grid points computed (default 1 000 000). Given, the caller accepts a truncated grid
   * (`truncated`, `massLost`); omitted, a grid that would need more points is a NUM error naming band_unit
   */
  maxGridPoints?: number;
}

/**
 * How buyers load on the sectors' default-rate factors (CSFP 1997, A12; Bürgisser, Kurth, Wagner, Wolf,
 * "Integrating correlations", Risk, July 1999). Give `ids` or `weights`, not both. A buyer's share not
 * given to any sector (1 − Σ_k θ_Ak) is idiosyncratic: Poisson defaults with no volatility (the specific sector).
 */
export interface SectorTerms {
  /** Excel `sectors`: the sector of each buyer, a whole number 1..K (0 = specific sector only) */
  ids?: number[];
  /** Excel `sector_weights`: one row per buyer, one column per sector, each weight 0..1, row sum ≤ 1 */
  weights?: number[][];
  /**
   * Excel `sector_volatilities`: each sector's relative default-rate volatility σ_k / μ_k, 0 or more; one
   * number applies to every sector.
   * Default: σ_k = Σ_A θ_Ak σ_A with σ_A = pdVolatility × p_A, so σ_k / μ_k = pdVolatility
   */
  volatilities?: number[] | number;
  /**
   * Excel `sector_correlations`: K × K correlations between the sector factors (unit diagonal, symmetric,
   * −1..1). Omitted: independent sectors, computed exactly. Given: Bürgisser et al.'s single-sector
   * approximation with the portfolio's overall relative variance (as QuantLib's CreditRiskPlus)
   */
  correlations?: number[][];
}

/** An insurer's aggregate layer on the indemnity distribution. */
export interface InsurerLayer {
  /** annual aggregate deductible: the first indemnities of the year the insurer does not pay (default 0) */
  aggregateDeductible?: number;
  /** the most the insurer pays in a year, e.g. k × premium; omitted or null means no cap */
  maxLiability?: number | null;
}
