/** The factoring simulator's inputs: one invoice and the yearly programme it belongs to. Rates are decimals (90 % = 0.9). */
import { type Check, ofParameter, SEED_CLIENT, str } from "../shape";

export interface FactoringInputs {
  clientName: string;
  /** Invoice amount, € (incl. VAT, as assigned to the factor). */
  amount: number;
  /** Days until the debtor pays. */
  days: number;
  advanceRate: number;
  /** Service fee (commission d'affacturage) on the invoice amount. */
  serviceFeeRate: number;
  /** Per-invoice minimum service fee, €. */
  minFee: number;
  /** Annual financing rate (commission de financement). */
  financingRate: number;
  /** ACT/360 by default: French factoring contracts use the money-market basis. */
  dayBasis: 360 | 365;
  annualTurnover: number;
  dsoDays: number;
  /** Share of the line actually drawn, 0..1. */
  usage: number;
  minAnnualFee: number;
  fixedFees: number;
}

/** French SME practice: 10 000 € at 60 days, 90 % advanced, 1 % service fee, 5 % financing on ACT/360. */
export const FACTORING_SEED: FactoringInputs = {
  clientName: SEED_CLIENT,
  amount: 10000,
  days: 60,
  advanceRate: 0.9,
  serviceFeeRate: 0.01,
  minFee: 0,
  financingRate: 0.05,
  dayBasis: 360,
  annualTurnover: 1200000,
  dsoDays: 60,
  usage: 1,
  minAnnualFee: 0,
  fixedFees: 0,
};

/** The stored shape of the inputs (workbook settings). */
export const FACTORING_STORED: Readonly<Record<keyof FactoringInputs, Check>> = {
  clientName: str, amount: ofParameter("amount"), days: ofParameter("days"), advanceRate: ofParameter("advance_rate"), serviceFeeRate: ofParameter("service_fee_rate"), minFee: ofParameter("min_fee"), financingRate: ofParameter("financing_rate"),
  dayBasis: ofParameter("day_basis"), annualTurnover: ofParameter("annual_turnover"), dsoDays: ofParameter("dso_days"), usage: ofParameter("usage"), minAnnualFee: ofParameter("min_annual_fee"), fixedFees: ofParameter("fixed_fees"),
};
