import { Decimal, dec } from "../decimal";
import { ARGUMENT_EXAMPLES, MESSAGES } from "../messages";
import { fail, isOmitted, optionalBoolean, optionalDayBasis, optionalNonNegative, optionalRate } from "../validate";
import { FACTORING_DEFAULTS, FACTORING_OFFER_DEFAULTS } from "./defaults";

/** Offer terms once checked and defaulted (internal: shared by the invoice, the TEG and the programme). */
export interface CheckedOfferTerms {
  advanceRate: number;
  reserveRate: number;
  indexRate: number;
  margin: number;
  indexFloor: boolean;
  /** max(index, 0) when floored, + margin: the rate the commission runs at. */
  financingRate: Decimal;
  financingOnGross: boolean;
  precounted: boolean;
  collectionDays: number;
  dayBasis: number;
  serviceFeeRate: number;
  perInvoiceMinFee: number;
  minAnnualFee: number;
  vatRate: number;
  perBuyerFee: number;
  perInvoiceFee: number;
  fileFee: number;
  yearlyFees: number;
  financingFees: number;
  coverQuota: number;
  recourseDays: number | null;
}

const named = { en: "index_rate", fr: "index_rate" };

// An index may be below 0 (Euribor 3M was from 2015 to 2022), which is what a contract's floor is for.
const checkIndex = (value: unknown): number => {
  if (isOmitted(value)) return FACTORING_OFFER_DEFAULTS.indexRate;
  return typeof value === "number" && Number.isFinite(value) && value >= -1 && value <= 1
    ? value
    : fail("VALUE", MESSAGES.notASignedRate(named, ARGUMENT_EXAMPLES.index_rate), "index_rate");
};

/**
 * Checks every offer term in the order of DESIGN.md's "Factoring offer terms" (the first bad argument is the
 * one reported). The reserve is held out of the gross advance, so it is below 1 and at most the advance rate.
 */
export const checkOfferTerms = (o: Record<string, unknown>): CheckedOfferTerms => {
  const advanceRate = optionalRate(o.advanceRate, "advance_rate", FACTORING_DEFAULTS.advanceRate);
  const reserveRate = optionalRate(o.reserveRate, "reserve_rate", FACTORING_OFFER_DEFAULTS.reserveRate);
  if (reserveRate === 1) fail("VALUE", MESSAGES.reserveNotBelowOne(), "reserve_rate");
  if (reserveRate > advanceRate) fail("VALUE", MESSAGES.reserveAboveAdvance(), "reserve_rate");
  const indexRate = checkIndex(o.indexRate);
  const margin = optionalRate(o.margin, "margin", FACTORING_OFFER_DEFAULTS.margin);
  const indexFloor = optionalBoolean(o.indexFloor, "index_floor", FACTORING_OFFER_DEFAULTS.indexFloor);
  const financingRate = (indexFloor ? Decimal.max(indexRate, 0) : dec(indexRate)).plus(margin);
  // A factor does not pay its client for being financed: below 0 the index was meant to be floored.
  if (financingRate.isNegative() && !financingRate.isZero()) fail("VALUE", MESSAGES.negativeFinancingRate(), "index_rate");
  if (financingRate.gt(1)) fail("VALUE", MESSAGES.notARate({ en: "index_rate + margin", fr: "index_rate + margin" }, "0.05"), "margin");
  const recourse = o.recourseDays;
  return {
    advanceRate,
    reserveRate,
    indexRate,
    margin,
    indexFloor,
    financingRate,
    financingOnGross: optionalBoolean(o.financingOnGross, "financing_on_gross", FACTORING_OFFER_DEFAULTS.financingOnGross),
    precounted: optionalBoolean(o.precounted, "precounted", FACTORING_OFFER_DEFAULTS.precounted),
    collectionDays: optionalNonNegative(o.collectionDays, "collection_days", FACTORING_OFFER_DEFAULTS.collectionDays),
    dayBasis: optionalDayBasis(o.dayBasis, "day_basis", FACTORING_DEFAULTS.dayBasis),
    serviceFeeRate: optionalRate(o.serviceFeeRate, "service_fee_rate", FACTORING_DEFAULTS.serviceFeeRate),
    perInvoiceMinFee: optionalNonNegative(o.perInvoiceMinFee, "per_invoice_min_fee", FACTORING_OFFER_DEFAULTS.perInvoiceMinFee),
    minAnnualFee: optionalNonNegative(o.minAnnualFee, "min_annual_fee", FACTORING_DEFAULTS.minAnnualFee),
    vatRate: optionalRate(o.vatRate, "commission_vat_rate", FACTORING_OFFER_DEFAULTS.vatRate),
    perBuyerFee: optionalNonNegative(o.perBuyerFee, "per_buyer_fee", FACTORING_OFFER_DEFAULTS.perBuyerFee),
    perInvoiceFee: optionalNonNegative(o.perInvoiceFee, "per_invoice_fee", FACTORING_OFFER_DEFAULTS.perInvoiceFee),
    fileFee: optionalNonNegative(o.fileFee, "file_fee", FACTORING_OFFER_DEFAULTS.fileFee),
    yearlyFees: optionalNonNegative(o.yearlyFees, "yearly_fees", FACTORING_OFFER_DEFAULTS.yearlyFees),
    financingFees: optionalNonNegative(o.financingFees, "financing_fees", FACTORING_OFFER_DEFAULTS.financingFees),
    coverQuota: optionalRate(o.coverQuota, "cover_quota", FACTORING_OFFER_DEFAULTS.coverQuota),
    recourseDays: isOmitted(recourse) ? FACTORING_OFFER_DEFAULTS.recourseDays : optionalNonNegative(recourse, "recourse_days", 0),
  };
};

/**
 * The financing of a flow of invoices TTC `ceded` (one invoice, or a year's turnover), each financed for
 * `financingDays`, in decimals (internal).
 *
 * - gross financing G = ceded × advanceRate (montant brut de financement); reserve R = ceded × reserveRate;
 * - commission on the whole advance, reserve included: G × rate × days / dayBasis; charged commission: the same
 *   on G, or on G − R when the contract finances net of the reserve (the annex's "réfaction d'assiette");
 * - debit numbers G × days; credit numbers of the reserve account R × days.
 */
export const offerFinancing = (terms: CheckedOfferTerms, ceded: Decimal, financingDays: number) => {
  const gross = ceded.times(terms.advanceRate);
  const reserve = ceded.times(terms.reserveRate);
  const base = terms.financingOnGross ? gross : gross.minus(reserve);
  // dayBasis is 360 or 365 (checked), so this division is safe.
  const commission = base.times(terms.financingRate).times(financingDays).div(terms.dayBasis);
  const debitNumbers = gross.times(financingDays);
  const reserveCreditNumbers = reserve.times(financingDays);
  // Cash paid on assignment: the gross advance less the reserve and, when pre-counted, the commission.
  const cashOnAssignment = gross.minus(reserve).minus(terms.precounted ? commission : 0);
  return { gross, reserve, commission, debitNumbers, reserveCreditNumbers, cashOnAssignment };
};

/** 365: the TEG of art. R314-6 is the one-day period rate × 365, whatever the commission's day basis. */
export const TEG_DAYS_PER_YEAR = 365;

/**
 * What an offer's terms charge on what is ceded — one invoice ({@link factoringOfferInvoice}) or a year of
 * invoices on average ({@link factoringProgramme}): the financing, every charge, the cash and the rates, €.
 */
export interface OfferCharges {
  /** Days until the buyer pays (days or dsoDays) + collectionDays: the days the financing commission counts. */
  financingDays: number;
  /** The rate the commission runs at: (index floored at 0 when the contract says so) + margin. */
  financingRate: number;
  /** Gross financing: ceded × advanceRate (for a year, the average outstanding: × financingDays / 365). */
  grossFinancing: number;
  /** Reserve held until the factor collects: ceded × reserveRate (for a year, on average). */
  reserveHeld: number;
  /** Cash freed: gross financing − reserve − pre-counted commission (for a year, on average). */
  cashFreed: number;
  /** Factoring commission excl. VAT: max(invoice × serviceFeeRate, perInvoiceMinFee), for a year at least minAnnualFee. */
  factoringCommission: number;
  /** Financing commission charged (on the gross or net of the reserve), base × rate × financingDays / dayBasis, no VAT. */
  financingCommission: number;
  /** Per-invoice fees (for a year also per-buyer, file and yearly fees), excl. VAT. */
  serviceFees: number;
  /** Fees tied to the financing (in the TEG), no VAT. */
  financingFees: number;
  /** VAT on the factoring commission and the service fees. */
  vat: number;
  /** factoringCommission + financingCommission + serviceFees + financingFees, excl. VAT (VAT is recoverable). */
  totalCost: number;
  /** totalCost + vat: what the factor deducts. */
  totalCostWithVat: number;
  /** The regulatory TEG (art. R314-6 and its annex). */
  teg: number;
  /** totalCost per euro of cash freed, per year, all in. */
  costPerCashFreed: number;
  /** true when the offer includes credit cover (coverQuota > 0). */
  includesCreditCover: boolean;
}
