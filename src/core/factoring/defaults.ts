import { defaultOf } from "../../catalogue/parameters";
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

/**
 * Defaults of the offer terms (DESIGN.md, "Factoring offer terms") beyond FACTORING_DEFAULTS, in one place until
 * they move to the parameter catalogue. Chosen so that an offer given only the FACTOR.COST terms costs what
 * FACTOR.COST says, plus VAT: no reserve, index 0 and margin 5 % (the 5 % financing rate of FACTORING_DEFAULTS),
 * post-counted commission, no collection days, no fees. VAT 20 %: the French standard rate (CGI art. 278), which
 * the factoring commission and service fees bear; financing commissions and fees are credit operations, exempt
 * (CGI art. 261 C, 1°, a). Financing on the gross advance: the case the annex to art. R314-6 of the Code de la
 * consommation describes first ("commission ... assise sur l'intégralité de l'avance (y compris ... sur les
 * retenues de garanties)"). No credit cover (coverQuota 0: an offer with recourse) and no recourse delay stated.
 */
export const FACTORING_OFFER_DEFAULTS = Object.freeze({
  reserveRate: defaultOf("reserve_rate"),
  indexRate: defaultOf("index_rate"),
  margin: defaultOf("margin"),
  indexFloor: defaultOf<boolean>("index_floor"),
  financingOnGross: defaultOf<boolean>("financing_on_gross"),
  precounted: defaultOf<boolean>("precounted"),
  collectionDays: defaultOf("collection_days"),
  perInvoiceMinFee: defaultOf("per_invoice_min_fee"),
  vatRate: defaultOf("commission_vat_rate"),
  perBuyerFee: defaultOf("per_buyer_fee"),
  buyers: defaultOf("buyers"),
  perInvoiceFee: defaultOf("per_invoice_fee"),
  invoices: defaultOf("invoices"),
  fileFee: defaultOf("file_fee"),
  yearlyFees: defaultOf("yearly_fees"),
  financingFees: defaultOf("financing_fees"),
  coverQuota: defaultOf("cover_quota"),
  recourseDays: defaultOf<number | null>("recourse_days"),
});

/**
 * The terms of a factoring offer as the contract writes them (DESIGN.md, "Factoring offer terms"). Rates are
 * decimals; omitted (or null) terms take FACTORING_DEFAULTS / FACTORING_OFFER_DEFAULTS.
 */
export interface FactoringOfferTerms {
  /** Gross financing (montant brut de financement) as a share of the invoice TTC, 0..1 (default 0.9). */
  advanceRate?: number;
  /** Guarantee reserve (retenue de garantie) as a share of the invoice TTC, held until the buyer pays; 0 ≤ reserve < 1 and ≤ advanceRate (default 0). */
  reserveRate?: number;
  /** Index of the financing rate (Euribor 3M as typed, with its date), −1..1: Euribor was below 0 in 2015–2022 (default 0). */
  indexRate?: number;
  /** Factor's margin over the index, 0..1 (default 0.05). A margin is never negative: a negative figure is read as a slip. */
  margin?: number;
  /** true when the contract floors the index at 0 (default false). */
  indexFloor?: boolean;
  /** true: the financing commission runs on the gross advance, reserve included; false: net of the reserve (default true). */
  financingOnGross?: boolean;
  /** true: commission pre-counted (précomptée, taken when the advance is made); false: post-counted (default false). */
  precounted?: boolean;
  /** Collection days (délai d'encaissement) the contract adds to the financing days, 0 or more (default 0). */
  collectionDays?: number;
  /** Days in the financing year: 360 (ACT/360, the default) or 365. */
  dayBasis?: number;
  /** Factoring commission on the TTC amount ceded, 0..1 (default 0.01). */
  serviceFeeRate?: number;
  /** Minimum factoring commission per invoice, €, 0 or more (default 0). */
  perInvoiceMinFee?: number;
  /** Minimum factoring commission per year, €, 0 or more (default 0; programme only). */
  minAnnualFee?: number;
  /** VAT rate on the factoring commission and the service fees, 0..1 (default 0.2). */
  vatRate?: number;
  /** Fee per buyer (approval, monitoring), €, 0 or more (default 0; programme only). */
  perBuyerFee?: number;
  /** Fee per invoice ceded, €, 0 or more (default 0). */
  perInvoiceFee?: number;
  /** File fee, €, 0 or more (default 0; programme only, a service fee). */
  fileFee?: number;
  /** Subscription and other yearly fees, €, 0 or more (default 0; programme only, service fees). */
  yearlyFees?: number;
  /**
   * Fees the contract ties to the financing, other than the commission (annex to art. R314-6, 1°: "autres frais
   * et commissions liés au financement"), €, 0 or more: per advance for one invoice, per year for a programme
   * (default 0). They enter the TEG; bear no VAT (credit operations, CGI art. 261 C).
   */
  financingFees?: number;
  /** With guarantee: share of approved limits the factor covers, 0..1 (e.g. 1 or 0.9); 0 means no credit cover (default 0). */
  coverQuota?: number;
  /** With recourse: days overdue after which an invoice is de-financed, 0 or more; null when not stated (default null). */
  recourseDays?: number | null;
}
