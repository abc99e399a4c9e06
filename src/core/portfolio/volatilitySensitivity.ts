import { checkOptions, isOmitted, optionalNonNegative } from "../validate";
import { creditRiskPlus, PORTFOLIO_DEFAULTS } from "./creditRiskPlus";
import { lossQuantile } from "./lossQuantile";
import type { CreditRiskPlusOptions } from "./types";

export interface VolatilitySensitivity {
  readonly level: number;
  /** the pd_volatility of the options (default 0.5) */
  readonly pdVolatility: number;
  /** the `level` quantile at that pd_volatility */
  readonly quantile: number;
  /** the `level` quantile at pd_volatility 0: Poisson defaults, no default-rate uncertainty */
  readonly quantileAtZero: number;
  /** the `level` quantile at pd_volatility 1: the default rate's standard deviation equals its mean */
  readonly quantileAtOne: number;
}

/**
 * How much the `level` loss quantile (99% by default) owes to pd_volatility, the least known input of
 * CreditRisk+: the quantile at the options' pd_volatility, at 0 and at 1, on the same portfolio, band unit
 * and cover. Sector volatilities, if the options give them, are replaced by the pd_volatility tried, so that
 * the three figures differ by that one input.
 *
 * @example
 * volatilitySensitivity({ exposures: Array(500).fill(1), pds: Array(500).fill(0.01), pdVolatility: Math.sqrt(0.2) })
 * // => { level: 0.99, pdVolatility: 0.447…, quantile: 13.93…, quantileAtZero: …, quantileAtOne: … }
 */
export const volatilitySensitivity = (options: CreditRiskPlusOptions, level = 0.99): VolatilitySensitivity => {
  const checked = checkOptions(options);
  const pdVolatility = optionalNonNegative(checked.pdVolatility, "pd_volatility", PORTFOLIO_DEFAULTS.pdVolatility);
  const sectors = isOmitted(checked.sectors) ? undefined : { ...checkOptions(checked.sectors), volatilities: undefined };
  const at = (volatility: number): number =>
    lossQuantile(creditRiskPlus({ ...(checked as unknown as CreditRiskPlusOptions), pdVolatility: volatility, sectors }), level);
  return { level, pdVolatility, quantile: at(pdVolatility), quantileAtZero: at(0), quantileAtOne: at(1) };
};
