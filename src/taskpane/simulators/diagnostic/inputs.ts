/** What the diagnostic needs to answer "protéger ou cash ?": the core's figures, for a named client. */
import type { DiagnoseOptions } from "../../../core";
import { type Check, num, ofParameter, oneOf, SEED_CLIENT, str } from "../shape";

export interface DiagnosticInputs extends Omit<DiagnoseOptions, "assumptions"> {
  clientName: string;
}

export const DIAGNOSTIC_SEED: DiagnosticInputs = {
  clientName: SEED_CLIENT,
  turnover: 2000000,
  paymentDays: 60,
  top5Share: 0.45,
  grossMargin: 0.3,
  objective: "unsure",
};

export const DIAGNOSTIC_STORED: Readonly<Record<keyof DiagnosticInputs, Check>> = {
  clientName: str, turnover: ofParameter("turnover"), paymentDays: ofParameter("payment_days"), top5Share: num, grossMargin: num, objective: oneOf("cash", "protection", "both", "unsure"),
};
