export { FACTORING_DEFAULTS, type InvoiceTerms } from "./defaults";
export { factoringAdvance } from "./advance";
export { factoringCost, type FactoringCost } from "./cost";
export { factoringNet } from "./net";
export { factoringApr } from "./apr";
export { factoringSchedule, type ScheduleRow } from "./schedule";
export { factoringLine, type LineOptions } from "./line";
export { factoringAnnualCost, type AnnualCostOptions, type AnnualCost } from "./annualCost";
