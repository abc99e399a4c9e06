/**
 * The stored shape of each simulator's inputs, field by field: what the workbook's settings may hold. Read by the
 * simulators' registry (the pane restores through it) and by the settings module of the Office layer (which
 * refuses anything else before the pane sees it). Pure: only the simulators' input declarations, no view.
 */
import { DIAGNOSTIC_STORED } from "./diagnostic/inputs";
import { DSO_STORED } from "./dso/inputs";
import { FACTORING_STORED } from "./factoring/inputs";
import { INSURANCE_STORED } from "./insurance/inputs";
import { OFFERS_STORED } from "./offers/inputs";
import { RECEIVABLES_STORED } from "./receivables/inputs";
import type { Check } from "./shape";

export const STORED_SHAPES = {
  factoring: FACTORING_STORED,
  offers: OFFERS_STORED,
  insurance: INSURANCE_STORED,
  dso: DSO_STORED,
  diagnostic: DIAGNOSTIC_STORED,
  receivables: RECEIVABLES_STORED,
} as const satisfies Record<string, Readonly<Record<string, Check>>>;
