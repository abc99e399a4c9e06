export { CREDIT_DEFAULTS, type PortfolioOptions, type CoveredPortfolioOptions } from "./defaults";
export { creditExpectedLoss } from "./expectedLoss";
export { creditPremium } from "./premium";
export { creditIndemnity, type IndemnityOptions } from "./indemnity";
export { creditExpectedIndemnity } from "./expectedIndemnity";
export { creditNetCost } from "./netCost";
export { creditBreakEvenPd, type BreakEvenPdOptions } from "./breakEvenPd";
export { POLICY_DEFAULTS } from "./policyDefaults";
export {
  outstandingFromTurnover,
  portfolioExposures,
  type OutstandingOptions,
  type BuyerInput,
  type BuyerExposure,
  type PortfolioExposureOptions,
} from "./exposure";
export {
  BAD_YEAR_LEVELS,
  creditPolicyCharges,
  creditPolicyYear,
  type BadYearLoss,
  type PolicyCharges,
  type PolicyTerms,
  type PolicyYear,
  type PolicyYearOptions,
  type ScenarioLoss,
  type StatedPolicyTerms,
} from "./policy";
export { creditKeptLossQuantile, creditPolicyFigures, policyFigureValues, POLICY_FIGURES, type PolicyFigure, type PolicyPortfolioOptions } from "./policyPortfolio";
