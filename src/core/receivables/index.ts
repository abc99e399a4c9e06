export { DSO_DEFAULTS, type SalesHistory, type CountbackDetail, type CountbackPeriod } from "./defaults";
export { dsoCountback, dsoCountbackDetail } from "./countback";
export { dsoAccountingRatio } from "./accountingRatio";
export { dsoBestPossible } from "./bestPossible";
export { dsoDelinquent } from "./delinquent";
