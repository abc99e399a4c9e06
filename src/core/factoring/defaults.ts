import { defaultOf } from "../../catalogue";
/**
 * Defaults of the factoring functions, as the Excel catalogue states them (DESIGN.md, "Factoring").
 * 90 % advance, 1 % service fee and 5 % annual financing are typical French SME contracts; `dayBasis` 360
 * because French factoring contracts compute financing commissions on the money-market basis ACT/360.
 * Frozen: the task pane and the functions share one runtime, so no caller may change the others' defaults.
 */
export const FACTORING_DEFAULTS = Object.freeze({
  advanceRate: defaultOf("advance_rate"),
  serviceFeeRate: defaultOf("service_fee_rate"),
  financingRate: defaultOf("financing_rate"),
  minFee: defaultOf("min_fee"),
  dayBasis: defaultOf("day_basis"),
  usage: defaultOf("usage"),
  minAnnualFee: defaultOf("min_annual_fee"),
  fixedFees: defaultOf("fixed_fees"),
});

/** The terms of one assigned invoice. Rates are decimals (90 % = 0.9); omitted (or null) terms take FACTORING_DEFAULTS. */
export interface InvoiceTerms {
  /** Invoice amount, incl. VAT as assigned to the factor; 0 or more (credit notes are not assignable). */
  amount: number;
  /** Days from assignment until the debtor pays; 0 or more. */
  days: number;
  /** Service (factoring) fee as a share of the amount, 0..1. */
  serviceFeeRate?: number;
  /** Annual financing rate on the cash advanced, 0..1. */
  financingRate?: number;
  /** Share of the amount paid on assignment, 0..1. */
  advanceRate?: number;
  /** Minimum service fee per invoice, 0 or more. */
  minFee?: number;
  /** Days in the financing year: 360 (ACT/360, the default) or 365. */
  dayBasis?: number;
}
