import { checkOptions } from "../validate";
import { creditRiskPlus, modelledAmounts, readPortfolio, sectorFigures, standardDeviationContributions } from "./creditRiskPlus";
import { lossQuantile } from "./lossQuantile";
import { stableSum } from "./panjer";
import type { CreditRiskPlusOptions } from "./types";

/** What one buyer brings to the portfolio's risk. */
export interface BuyerContribution {
  /** p_A × x_A: its expected loss */
  readonly expectedLoss: number;
  /** its share of the loss's standard deviation (UL); the shares add up to `standardDeviation` */
  readonly stdDevContribution: number;
  /** its share of the `level` quantile; the shares add up to `quantile` */
  readonly quantileContribution: number;
}

export interface RiskContributions {
  readonly buyers: BuyerContribution[];
  readonly expectedLoss: number;
  readonly standardDeviation: number;
  readonly level: number;
  readonly quantile: number;
  /** each sector on its own: EL_k = Σ θ_Ak p_A x_A and UL_k = √(ω_k² EL_k² + Σ θ_Ak p_A x_A²) (one sector when none is given) */
  readonly sectors: Array<{ expectedLoss: number; standardDeviation: number }>;
}

/**
 * Each buyer's contribution to the expected loss, to the standard deviation (UL) and to the `level` quantile
 * of the CreditRisk+ loss (with `cover`, of the loss the seller keeps), on the same model as `creditRiskPlus`.
 *
 * UL contribution (Bürgisser, Kurth, Wagner, Wolf, "Integrating correlations", Risk, July 1999, formula 15;
 * CSFP 1997, A13 for independent sectors; QuantLib's CreditRiskPlus::marginalLoss):
 *   r_A = p_A x_A / UL × (x_A + Σ_k θ_Ak Σ_l ρ_kl ω_k ω_l EL_l),
 * the marginal ∂UL/∂x_A × x_A, so Σ_A r_A = UL (Euler). Quantile contribution (CSFP 1997, section 6.4: the
 * UL contributions scaled to the percentile; Gundlach and Lehrbass, "CreditRisk+ in the Banking Industry",
 * 2004, ch. 2): q_A = EL_A + r_A × (Q − EL) / UL, so Σ_A q_A = Q. With UL = 0, r_A = 0 and q_A = EL_A.
 * Moments and contributions are on the unbanded amounts; Q is the banded grid's quantile.
 *
 * @example
 * riskContributions({ exposures: [100, 200], pds: [0.02, 0.01], pdVolatility: 0 }, 0.99).buyers[0].stdDevContribution
 * // => 0.02 × 100 × 100 / √(0.02 × 100² + 0.01 × 200²) = 200 / √600 ≈ 8.165
 */
export const riskContributions = (options: CreditRiskPlusOptions, level = 0.99): RiskContributions => {
  const portfolio = readPortfolio(checkOptions(options));
  const amounts = modelledAmounts(portfolio);
  const quantile = lossQuantile(creditRiskPlus(options), level);
  const { contributions, standardDeviation } = standardDeviationContributions(amounts, portfolio);
  const losses = amounts.map((x, i) => x * portfolio.pds[i]);
  const expectedLoss = stableSum(losses);
  const scaleToQuantile = standardDeviation > 0 ? (quantile - expectedLoss) / standardDeviation : 0;
  return {
    buyers: losses.map((loss, i) => ({
      expectedLoss: loss,
      stdDevContribution: contributions[i],
      quantileContribution: loss + contributions[i] * scaleToQuantile,
    })),
    expectedLoss,
    standardDeviation,
    level,
    quantile,
    sectors: sectorFigures(amounts, portfolio),
  };
};
