/** CreditRisk+ portfolio loss distributions, quantiles and the insurer's aggregate layer (owner: RISK). */
export type { CoverTerms, CreditRiskPlusOptions, InsurerLayer, LossDistribution } from "./types";
export { PORTFOLIO_DEFAULTS, creditRiskPlus, creditRiskPlusIndemnities } from "./creditRiskPlus";
export { lossQuantile } from "./lossQuantile";
export { insurerExpectedPayment } from "./insurerExpectedPayment";
export { cappedLossDistribution, type CappedLossOptions, type CappedLossResult } from "./cappedLoss";
