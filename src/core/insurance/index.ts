export { CREDIT_DEFAULTS, type PortfolioOptions, type CoveredPortfolioOptions } from "./defaults";
export { creditExpectedLoss } from "./expectedLoss";
export { creditPremium } from "./premium";
export { creditIndemnity, type IndemnityOptions } from "./indemnity";
export { creditExpectedIndemnity } from "./expectedIndemnity";
export { creditNetCost } from "./netCost";
export { creditBreakEvenPd, type BreakEvenPdOptions } from "./breakEvenPd";
