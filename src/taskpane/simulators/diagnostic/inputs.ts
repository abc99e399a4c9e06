/** What the diagnostic needs to answer "protéger ou cash ?": the core's figures, for a named client. */
import type { DiagnoseOptions } from "../../../core";
import { added, bool, type Check, num, ofParameter, oneOf, SEED_CLIENT, str } from "../shape";

export interface DiagnosticInputs extends Required<Omit<DiagnoseOptions, "assumptions" | "vatRate">> {
  clientName: string;
}

/** 2 000 000 € HT at 60 days against 30 agreed, top 5 = 45 %, margin 30 %, no factoring guarantee, unsure. */
export const DIAGNOSTIC_SEED: DiagnosticInputs = {
  clientName: SEED_CLIENT,
  turnover: 2000000,
  vatIncluded: false,
  paymentDays: 60,
  agreedTermsDays: 30,
  top5Share: 0.45,
  grossMargin: 0.3,
  objective: "unsure",
  factoringGuarantee: false,
};


export const DIAGNOSTIC_STORED: Readonly<Record<keyof DiagnosticInputs, Check>> = {
  clientName: str, turnover: ofParameter("turnover"), vatIncluded: added(ofParameter("vat_included")), paymentDays: ofParameter("payment_days"),
  agreedTermsDays: added(num), top5Share: num, grossMargin: num, objective: oneOf("cash", "protection", "both", "unsure"),
  factoringGuarantee: added(bool),
};
