import { Decimal, dec } from "../decimal";
import { CoreError } from "../errors";
import { factoringAnnualCost } from "../factoring";
import { checkOptions, fail, finiteResult } from "../validate";
import { ADVISORY_MESSAGES } from "./messages";

/** One factor's offer: the terms that differ from one proposal to the next. Rates are decimals. */
export interface OfferTerms {
  name: string;
  advanceRate: number;
  serviceFeeRate: number;
  minAnnualFee: number;
  financingRate: number;
  /** File, subscription and other yearly fees, €. */
  fixedFees: number;
}

/** Options of {@link compareFactoringOffers}: the client's profile and the offers to apply to it. */
export interface CompareOffersOptions {
  annualTurnover: number;
  dsoDays: number;
  /** Share of the available advance actually drawn, 0..1. */
  usage: number;
  offers: readonly OfferTerms[];
}

/** One offer applied to the client's profile. */
export interface OfferComparison {
  name: string;
  /** Average financed outstanding: turnover × dso / 365 × advance rate × usage. */
  line: number;
  /** max(turnover × service fee, annual minimum). */
  serviceFee: number;
  /** line × financing rate. */
  financingCost: number;
  fixedFees: number;
  /** serviceFee + financingCost + fixedFees: what the offer bills in a year. */
  annualCost: number;
  /** Cash the programme frees on average: the financed line. */
  cashFreed: number;
  /** annualCost / line: what each euro of cash freed costs in a year, all fees included. */
  annualisedCost: number;
  /** true for the offer(s) with the lowest annual cost (ties all true). */
  cheapest: boolean;
}

/** Re-throws a core error with the offer it came from, so that the user knows which column to fix. */
const inOffer = (position: number, name: string, error: unknown): never => {
  if (error instanceof CoreError) {
    return fail(error.code, ADVISORY_MESSAGES.inOffer(position, name, { en: error.message, fr: error.messageFr }), error.argument);
  }
  throw error;
};

/**
 * Applies factoring offers to one client's profile (turnover, DSO, usage), so that offers that look alike
 * on their headline rates can be compared on what they bill: each offer's yearly cost part by part
 * ({@link factoringAnnualCost}), the cash it frees (its line) and the annualised cost of that cash. The
 * cheapest is the lowest annual cost in euros — the bill; the annualised cost says what each euro freed
 * costs when the offers advance different shares.
 *
 * @throws CoreError VALUE for bad profile or offer terms (the message names the offer), NA when no offer
 *   is given, DIV0 when the line is 0 (nothing freed to annualise a cost on)
 *
 * @example
 * // 1 200 000 € at 60 days, fully drawn; offer A: 90 % advance, 1 % fee, 5 % financing:
 * // line 177 534.25, cost 12 000 + 8 876.71 = 20 876.71, annualised 20 876.71 / 177 534.25 = 11.76 %
 * compareFactoringOffers({ annualTurnover: 1200000, dsoDays: 60, usage: 1, offers: [
 *   { name: "A", advanceRate: 0.9, serviceFeeRate: 0.01, minAnnualFee: 0, financingRate: 0.05, fixedFees: 0 }] })
 * // => [{ name: "A", line: 177534.24657534246, annualCost: 20876.712328767124, annualisedCost: 0.11759259259259258, cheapest: true, ... }]
 */
export const compareFactoringOffers = (options: CompareOffersOptions): OfferComparison[] => {
  const o = checkOptions(options);
  if (!Array.isArray(o.offers)) return fail("VALUE", ADVISORY_MESSAGES.notAList(), "offers");
  if (o.offers.length === 0) return fail("NA", ADVISORY_MESSAGES.noOffers(), "offers");

  const rows = (o.offers as unknown[]).map((offer, index) => {
    const terms = typeof offer === "object" && offer !== null ? (offer as Record<string, unknown>) : {};
    const name = typeof terms.name === "string" ? terms.name : "";
    let cost;
    try {
      cost = factoringAnnualCost({
        annualTurnover: o.annualTurnover as number,
        dsoDays: o.dsoDays as number,
        usage: o.usage as number,
        advanceRate: terms.advanceRate as number,
        serviceFeeRate: terms.serviceFeeRate as number,
        minAnnualFee: terms.minAnnualFee as number,
        financingRate: terms.financingRate as number,
        fixedFees: terms.fixedFees as number,
      });
    } catch (error) {
      return inOffer(index + 1, name, error);
    }
    if (cost.line === 0) return fail("DIV0", ADVISORY_MESSAGES.noLine());
    return { name: name || `${index + 1}`, cost, total: dec(cost.total) };
  });

  const lowest = Decimal.min(...rows.map((row) => row.total));
  return rows.map(({ name, cost, total }) => ({
    name,
    line: cost.line,
    serviceFee: cost.serviceFee,
    financingCost: cost.financingCost,
    fixedFees: cost.fixedFees,
    annualCost: cost.total,
    cashFreed: cost.line,
    annualisedCost: finiteResult(total.div(cost.line)),
    cheapest: total.eq(lowest),
  }));
};
