/** CreditRisk+ portfolio loss distributions, quantiles, risk contributions and the insurer's aggregate layer (owner: RISK). */
export type { CoverTerms, CreditRiskPlusOptions, InsurerLayer, LossDistribution, SectorTerms } from "./types";
export { PORTFOLIO_DEFAULTS, creditRiskPlus, creditRiskPlusIndemnities } from "./creditRiskPlus";
export { lossQuantile } from "./lossQuantile";
export { insurerExpectedPayment } from "./insurerExpectedPayment";
export { type ContributionRow, type LossRow, type PortfolioLossOptions, portfolioContributions, portfolioLossQuantile, portfolioLossTable } from "./portfolioLoss";
export { type BuyerContribution, type RiskContributions, riskContributions } from "./riskContributions";
export { type VolatilitySensitivity, volatilitySensitivity } from "./volatilitySensitivity";
export { cappedLossDistribution, type CappedLossOptions, type CappedLossResult } from "./cappedLoss";
