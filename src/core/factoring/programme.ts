import { Decimal, dec } from "../decimal";
import { type FigureRow, figuresAsRows } from "../figures";
import { MESSAGES } from "../messages";
import { checkOptions, fail, finiteResult, optionalNonNegative } from "../validate";
import { FACTORING_OFFER_DEFAULTS, type FactoringOfferTerms } from "./defaults";
import { checkLine } from "./line";
import { checkOfferTerms, type OfferCharges, offerFinancing, TEG_DAYS_PER_YEAR } from "./offerTerms";

/** Options of {@link factoringProgramme}: the client's year of invoices and the offer's terms. */
export interface ProgrammeOptions extends FactoringOfferTerms {
  /** Turnover TTC ceded to the factor in a year, €, 0 or more. */
  annualTurnover: number;
  /** Days the buyers take to pay (DSO), 0 or more; the contract's collection days are added. */
  dsoDays: number;
  /** Invoices ceded in a year, 0 or more (needed when a per-invoice minimum or fee is set; default 0). */
  invoices?: number;
  /** Buyers the per-buyer fee is charged on, 0 or more (default 0). */
  buyers?: number;
}

/** A year of factoring under one offer: the breakdown (averages over the year) and the three honest figures. */
export interface Programme extends OfferCharges {
  /** totalCost / annualTurnover. */
  costPerTurnover: number;
  /** Share of approved limits covered (0 without cover). */
  coverQuota: number;
  /** Days overdue before an invoice is de-financed, or null when not stated. */
  recourseDays: number | null;
}

/**
 * A year of factoring under an offer's terms, with the three figures an honest comparison needs (DESIGN.md,
 * "Factoring offer terms"): the regulatory TEG, the total yearly cost per euro of TTC turnover ceded, and the
 * total yearly cost per euro of average cash freed (financed outstanding net of the reserve and of pre-counted
 * commissions). The year is a steady flow of invoices, each financed for dsoDays + collectionDays, so every
 * figure is the sum of {@link factoringOfferInvoice} over the year, on the same day basis (ACT/360 by default):
 * financing = turnover × advance × rate × days / dayBasis. Invoices are taken as equal (turnover / invoices)
 * for the per-invoice minimum. VAT is shown, not counted in the cost: the seller recovers it (CGI art. 271).
 *
 * Unlike {@link factoringAnnualCost}, whose financing is line × rate (a 365 basis), the financing here follows
 * the contract's day basis, as FACTOR.COST does.
 *
 * @throws CoreError VALUE for a bad term or profile (the message names the argument), or a per-invoice term without
 *   invoices; DIV0 when nothing is financed, the turnover is 0 or no cash is freed
 *
 * @example
 * // 1 200 000 € TTC a year at 60 days, defaults (90 % advance, 1 % commission, 5 % financing ACT/360, VAT 20 %):
 * // financing 1 200 000 × 0.9 × 5 % × 60 / 360 = 9 000; commission 12 000; cost 21 000
 * // cash freed 1 200 000 × 0.9 × 60 / 365 = 177 534.25; 21 000 / 177 534.25 = 11.83 %; TEG 5 % × 365 / 360 = 5.07 %
 * factoringProgramme({ annualTurnover: 1200000, dsoDays: 60 }).costPerCashFreed // => 0.11828703703703704
 */
export const factoringProgramme = (options: ProgrammeOptions): Programme => {
  const o = checkOptions(options);
  const { annualTurnover, dsoDays } = checkLine(o);
  const invoices = optionalNonNegative(o.invoices, "invoices", FACTORING_OFFER_DEFAULTS.invoices);
  const buyers = optionalNonNegative(o.buyers, "buyers", FACTORING_OFFER_DEFAULTS.buyers);
  const terms = checkOfferTerms(o);
  if (invoices === 0 && annualTurnover > 0 && (terms.perInvoiceMinFee > 0 || terms.perInvoiceFee > 0)) {
    fail("VALUE", MESSAGES.invoicesNeeded(), "invoices");
  }
  const financingDays = dsoDays + terms.collectionDays;
  const turnover = dec(annualTurnover);
  const f = offerFinancing(terms, turnover, financingDays);

  if (financingDays === 0) return fail("DIV0", MESSAGES.aprNoDays(), "dso_days");
  if (annualTurnover === 0) return fail("DIV0", MESSAGES.noTurnover(), "annual_turnover");
  const denominator = f.debitNumbers.minus(f.reserveCreditNumbers);
  if (denominator.lte(0)) return fail("DIV0", MESSAGES.tegNoFinancing(), "advance_rate");
  if (f.cashOnAssignment.lte(0)) return fail("DIV0", MESSAGES.noCashFreed(), "advance_rate");

  // Per invoice, max(invoice × rate, minimum); on equal invoices that is invoices × max(turnover / invoices × rate, minimum).
  const perInvoices = invoices > 0
    ? Decimal.max(turnover.div(invoices).times(terms.serviceFeeRate), terms.perInvoiceMinFee).times(invoices)
    : turnover.times(terms.serviceFeeRate);
  const factoringCommission = Decimal.max(perInvoices, terms.minAnnualFee);
  const serviceFees = dec(buyers).times(terms.perBuyerFee).plus(dec(invoices).times(terms.perInvoiceFee)).plus(terms.fileFee).plus(terms.yearlyFees);
  const vat = factoringCommission.plus(serviceFees).times(terms.vatRate);
  const totalCost = factoringCommission.plus(f.commission).plus(serviceFees).plus(terms.financingFees);
  // Averages over the year: each invoice's amount held for financingDays of 365 calendar days.
  const average = (yearly: Decimal): Decimal => yearly.times(financingDays).div(365);
  const cashFreed = average(f.cashOnAssignment);
  const teg = f.commission.plus(terms.financingFees).div(denominator).times(TEG_DAYS_PER_YEAR);
  return {
    financingDays,
    financingRate: finiteResult(terms.financingRate),
    grossFinancing: finiteResult(average(f.gross)),
    reserveHeld: finiteResult(average(f.reserve)),
    cashFreed: finiteResult(cashFreed),
    factoringCommission: finiteResult(factoringCommission),
    financingCommission: finiteResult(f.commission),
    serviceFees: finiteResult(serviceFees),
    financingFees: terms.financingFees,
    vat: finiteResult(vat),
    totalCost: finiteResult(totalCost),
    totalCostWithVat: finiteResult(totalCost.plus(vat)),
    teg: finiteResult(teg),
    costPerTurnover: finiteResult(totalCost.div(turnover)),
    costPerCashFreed: finiteResult(totalCost.div(cashFreed)),
    includesCreditCover: terms.coverQuota > 0,
    coverQuota: terms.coverQuota,
    recourseDays: terms.recourseDays,
  };
};

/** The figures of {@link factoringProgramme} in the order FACTOR.PROGRAMME spills them (the first column's codes). */
export const PROGRAMME_FIGURES = [
  "cashFreed",
  "reserveHeld",
  "grossFinancing",
  "factoringCommission",
  "financingCommission",
  "serviceFees",
  "financingFees",
  "totalCost",
  "vat",
  "teg",
  "costPerTurnover",
  "costPerCashFreed",
  "coverQuota",
] as const;

/** One figure of a programme as a row: its code and its value. */
export type ProgrammeFigure = FigureRow<(typeof PROGRAMME_FIGURES)[number]>;

/**
 * A year of factoring under one offer as rows of figure and value (FACTOR.PROGRAMME): the averages of cash freed,
 * reserve and gross financing, the year's charges excl. VAT, the VAT, and the three honest rates.
 *
 * @example
 * factoringProgrammeFigures({ annualTurnover: 1200000, dsoDays: 60 }).find((row) => row.figure === "costPerCashFreed")?.value // => 0.11828703703703704
 */
export const factoringProgrammeFigures = (options: ProgrammeOptions): ProgrammeFigure[] => {
  return figuresAsRows(factoringProgramme(options), PROGRAMME_FIGURES);
};
