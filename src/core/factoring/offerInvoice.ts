import { Decimal, dec } from "../decimal";
import { MESSAGES } from "../messages";
import { checkNonNegative, checkOptions, fail, finiteResult } from "../validate";
import type { FactoringOfferTerms } from "./defaults";
import { type CheckedOfferTerms, checkOfferTerms, type OfferCharges, offerFinancing, TEG_DAYS_PER_YEAR } from "./offerTerms";

/** Options of {@link factoringOfferInvoice} and {@link factoringTeg}: one invoice TTC under an offer's terms. */
export interface OfferInvoiceOptions extends FactoringOfferTerms {
  /** Invoice amount TTC as ceded to the factor, €, 0 or more. */
  amount: number;
  /** Days from assignment until the buyer pays, 0 or more; the contract's collection days are added. */
  days: number;
}

/** One cash flow of the seller, with the running total, so that a pane and a sheet show the same timeline. */
export interface OfferFlow {
  /** Days after assignment. */
  day: number;
  /** "advance" at assignment; "balance" and "reserveRelease" when the factor has collected the invoice. */
  kind: "advance" | "balance" | "reserveRelease";
  /** Cash received by the seller, € (negative if the charges exceed the balance). */
  cashFlow: number;
  /** Sum of the flows so far, €. */
  cumulative: number;
}

/** One invoice under an offer: every charge, the reserve, the cash and the rates, and the timeline. */
export interface OfferInvoice extends OfferCharges {
  /** Flows: advance at day 0; balance and reserve release on day financingDays. They add up to amount − totalCostWithVat. */
  flows: OfferFlow[];
}

interface CheckedInvoice {
  amount: number;
  days: number;
  terms: CheckedOfferTerms;
}

const checkInvoice = (options: unknown): CheckedInvoice => {
  const o = checkOptions(options);
  const amount = checkNonNegative(o.amount, "amount");
  const days = checkNonNegative(o.days, "days");
  return { amount, days, terms: checkOfferTerms(o) };
};

/**
 * Annex to art. R314-6 of the Code de la consommation (from décret n° 2008-449 du 7 mai 2008, formerly
 * R313-1-1): a one-day period rate of numerator / denominator, × 365 (art. R314-6: "un taux annuel,
 * proportionnel au taux de période ... rapporté, selon la méthode des nombres, à une période d'un jour").
 * DIV0 when nothing is financed or for 0 financing days.
 */
const tegOf = (commission: Decimal, financingFees: number, debitNumbers: Decimal, reserveCreditNumbers: Decimal, financingDays: number): Decimal => {
  if (financingDays === 0) return fail("DIV0", MESSAGES.aprNoDays(), "days");
  const denominator = debitNumbers.minus(reserveCreditNumbers);
  if (denominator.lte(0)) return fail("DIV0", MESSAGES.tegNoFinancing(), "advance_rate");
  return commission.plus(financingFees).div(denominator).times(TEG_DAYS_PER_YEAR);
};

/**
 * The regulatory effective rate (TEG) of a factoring advance, Code de la consommation art. R314-6 and its annex
 * (décret n° 2008-449 du 7 mai 2008, which created art. R313-1-1, recodified R314-6 in 2016). The annex defines
 * "Nombres débiteurs : produit du montant brut de financement par le nombre de jours de financement" and
 * "Nombres créditeurs du compte de retenue de garantie : produit du montant des prélèvements sur le compte
 * d'engagement au titre de la constitution de la retenue de garantie par le nombre de jours pendant lequel le
 * compte d'engagement est imputé"; its numerator is "la commission de financement pré-comptée ... et / ou
 * post-comptée assise sur l'intégralité de l'avance (y compris ... sur les retenues de garanties)" plus "les
 * autres frais et commissions liés au financement", "minoré des réfactions de taux ou d'assiette accordées au
 * titre de l'avance sur retenues de garantie"; its denominator the debit numbers less the reserve's credit
 * numbers. So:
 *
 *   TEG = (financing commission charged + financingFees) / ((gross − reserve) × financing days) × 365
 *
 * where the commission charged is the commission on the whole advance less the reduction when the contract
 * finances net of the reserve. A pre-counted and a post-counted commission of the same amount give the same TEG
 * (the annex counts both in full); the difference shows in the cash timeline ({@link factoringOfferInvoice}).
 * The factoring commission and the service fees (collection, ledger, cover) are outside it: that is why the TEG
 * is below the all-in rate of {@link factoringApr} whenever they are not 0.
 *
 * @throws CoreError VALUE for a bad term (the message names the argument); DIV0 for 0 financing days or nothing financed
 *
 * @example
 * // The seed invoice: 10 000 € at 60 days, 90 % advance, 5 % financing (ACT/360), no reserve:
 * // commission 9 000 × 5 % × 60 / 360 = 75; numbers 9 000 × 60 = 540 000; 75 / 540 000 × 365 = 5 % × 365 / 360
 * factoringTeg({ amount: 10000, days: 60 }) // => 0.050694444444444445
 */
export const factoringTeg = (options: OfferInvoiceOptions): number => {
  const { amount, days, terms } = checkInvoice(options);
  const financingDays = days + terms.collectionDays;
  const f = offerFinancing(terms, dec(amount), financingDays);
  return finiteResult(tegOf(f.commission, terms.financingFees, f.debitNumbers, f.reserveCreditNumbers, financingDays));
};

/**
 * One invoice TTC under a factoring offer's terms (DESIGN.md, "Factoring offer terms"): the factoring commission
 * (per-invoice minimum) and per-invoice fee with their VAT, the financing commission (index + margin, floored when
 * the contract says so; pre- or post-counted; on the gross advance or net of the reserve) for the days until the
 * factor collects, the reserve held, the cash freed, the TEG and the all-in cost per euro freed, and the cash
 * timeline. VAT is shown but not counted in totalCost: a VAT-registered seller recovers it (CGI art. 271).
 *
 * The flows: day 0, gross financing − reserve − (pre-counted commission); day days + collectionDays, the
 * balance amount − gross financing − the other charges (post-counted commission, factoring commission, fees, VAT)
 * and the reserve release.
 *
 * @throws CoreError as {@link factoringTeg}; DIV0 also when no cash is freed (a cost per euro freed needs some)
 *
 * @example
 * // 10 000 € at 60 days, 10 % reserve, 100 % gross financing, pre-counted 5 %:
 * // commission 10 000 × 5 % × 60 / 360 = 83.33; cash at day 0: 10 000 − 1 000 − 83.33 = 8 916.67
 * factoringOfferInvoice({ amount: 10000, days: 60, advanceRate: 1, reserveRate: 0.1, precounted: true }).cashFreed // => 8916.666666666666
 */
export const factoringOfferInvoice = (options: OfferInvoiceOptions): OfferInvoice => {
  const { amount, days, terms } = checkInvoice(options);
  const financingDays = days + terms.collectionDays;
  const a = dec(amount);
  const f = offerFinancing(terms, a, financingDays);
  const teg = tegOf(f.commission, terms.financingFees, f.debitNumbers, f.reserveCreditNumbers, financingDays);
  const factoringCommission = Decimal.max(a.times(terms.serviceFeeRate), terms.perInvoiceMinFee);
  const vat = factoringCommission.plus(terms.perInvoiceFee).times(terms.vatRate);
  const totalCost = factoringCommission.plus(f.commission).plus(terms.perInvoiceFee).plus(terms.financingFees);
  if (f.cashOnAssignment.lte(0)) return fail("DIV0", MESSAGES.noCashFreed(), "advance_rate");
  // Average cash over the year: cashFreed for financingDays out of 365 (calendar days, as DSO counts).
  const costPerCashFreed = totalCost.times(365).div(f.cashOnAssignment.times(financingDays));
  const advance = f.cashOnAssignment;
  const balance = a.minus(f.gross).minus(totalCost).minus(vat).plus(terms.precounted ? f.commission : 0);
  const flows: OfferFlow[] = [
    { day: 0, kind: "advance", cashFlow: finiteResult(advance), cumulative: finiteResult(advance) },
    { day: financingDays, kind: "balance", cashFlow: finiteResult(balance), cumulative: finiteResult(advance.plus(balance)) },
    { day: financingDays, kind: "reserveRelease", cashFlow: finiteResult(f.reserve), cumulative: finiteResult(advance.plus(balance).plus(f.reserve)) },
  ];
  return {
    financingDays,
    financingRate: finiteResult(terms.financingRate),
    grossFinancing: finiteResult(f.gross),
    reserveHeld: finiteResult(f.reserve),
    cashFreed: finiteResult(f.cashOnAssignment),
    factoringCommission: finiteResult(factoringCommission),
    financingCommission: finiteResult(f.commission),
    serviceFees: terms.perInvoiceFee,
    financingFees: terms.financingFees,
    vat: finiteResult(vat),
    totalCost: finiteResult(totalCost),
    totalCostWithVat: finiteResult(totalCost.plus(vat)),
    teg: finiteResult(teg),
    costPerCashFreed: finiteResult(costPerCashFreed),
    includesCreditCover: terms.coverQuota > 0,
    flows,
  };
};
