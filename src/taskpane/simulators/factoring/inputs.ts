/**
 * The factoring simulator's inputs: one offer's terms, one invoice under them and the client's year (the
 * programme). Rates are decimals (90 % = 0.9).
 */
import { type Check, ofParameter, SEED_CLIENT, str } from "../shape";
import { type OfferTermsInputs, TERMS_DEFAULT, TERMS_STORED } from "./terms";

export interface FactoringInputs extends OfferTermsInputs {
  clientName: string;
  /** Invoice amount TTC as ceded to the factor, €. */
  amount: number;
  /** Days until the buyer pays the invoice. */
  days: number;
  /** Turnover TTC ceded in a year, €. */
  annualTurnover: number;
  /** Days the buyers take to pay (DSO). */
  dsoDays: number;
  /** Invoices ceded in a year (for per-invoice minimums and fees). */
  invoices: number;
  /** Buyers the per-buyer fees are charged on. */
  buyers: number;
}

/**
 * French SME practice: 10 000 € at 60 days, 90 % advanced, 1 % factoring commission, financing at 5 % (index 0 +
 * margin 5 %) ACT/360, VAT 20 % on the commission; a year of 1 200 000 € TTC at 60 days (the catalogue's defaults).
 */
export const FACTORING_SEED: FactoringInputs = {
  clientName: SEED_CLIENT,
  amount: 10000,
  days: 60,
  ...TERMS_DEFAULT,
  annualTurnover: 1200000,
  dsoDays: 60,
  invoices: 0,
  buyers: 0,
};

/** The stored shape of the inputs (workbook settings): inputs saved before the offer's terms are ignored. */
export const FACTORING_STORED: Readonly<Record<keyof FactoringInputs, Check>> = {
  clientName: str, amount: ofParameter("amount"), days: ofParameter("days"), ...TERMS_STORED, annualTurnover: ofParameter("annual_turnover"),
  dsoDays: ofParameter("dso_days"), invoices: ofParameter("invoices"), buyers: ofParameter("buyers"),
};
