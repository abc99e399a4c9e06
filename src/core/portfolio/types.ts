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
  /** the mean of the banded model the grid holds: Σ v × L × pd (equals `mean` when amounts are multiples of L) */
  readonly bandedMean: number;
  /** the standard deviation of the banded model the grid holds */
  readonly bandedStandardDeviation: number;
  /** 1 − Σ probabilities, never below 0: the tail beyond the grid plus the rounding of the recursion */
  readonly massLost: number;
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
  /** the band unit L; default ceil(largest amount / 100) */
  bandUnit?: number;
  /** credit insurance terms: with them, the distribution is the one of the loss the seller keeps */
  cover?: CoverTerms;
  /** largest number of grid points computed (default 1 000 000) */
  maxGridPoints?: number;
}

/** An insurer's aggregate layer on the indemnity distribution. */
export interface InsurerLayer {
  /** annual aggregate deductible: the first indemnities of the year the insurer does not pay (default 0) */
  aggregateDeductible?: number;
  /** the most the insurer pays in a year, e.g. k × premium; omitted or null means no cap */
  maxLiability?: number | null;
}
