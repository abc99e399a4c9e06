import { Decimal, dec } from "../decimal";
import { CoreError } from "../errors";
import { factoringAnnualCost, factoringProgramme, type FactoringOfferTerms, type Programme } from "../factoring";
import { type Bilingual, MESSAGES } from "../messages";
import { checkOptions, fail, finiteResult } from "../validate";

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

/**
 * Applies `apply` to each offer of the list, in order: VALUE when offers is not a list, NA when it is empty, and
 * a core error raised by an offer's terms re-thrown with the offer it came from, so that the user knows which
 * column to fix. Each result comes with the offer's name (its position when it has none) and position.
 */
const eachOffer = <T>(offers: unknown, apply: (terms: Record<string, unknown>) => T): Array<{ name: string; position: number; result: T }> => {
  if (!Array.isArray(offers)) return fail("VALUE", MESSAGES.notAnOfferList(), "offers");
  if (offers.length === 0) return fail("NA", MESSAGES.empty("offers"), "offers");
  return offers.map((offer: unknown, index: number) => {
    const terms = typeof offer === "object" && offer !== null ? (offer as Record<string, unknown>) : {};
    const name = typeof terms.name === "string" ? terms.name : "";
    try {
      return { name: name || `${index + 1}`, position: index + 1, result: apply(terms) };
    } catch (error) {
      if (error instanceof CoreError) {
        return fail(error.code, MESSAGES.inOffer(index + 1, name, { en: error.message, fr: error.messageFr }), error.argument);
      }
      throw error;
    }
  });
};

/**
 * Applies factoring offers to one client's profile (turnover, DSO, usage), so that offers that look alike
 * on their headline rates can be compared on what they bill: each offer's yearly cost part by part
 * ({@link factoringAnnualCost}), the cash it frees (its line) and the annualised cost of that cash. The
 * cheapest is the lowest annual cost in euros — the bill; the annualised cost says what each euro freed
 * costs when the offers advance different shares.
 *
 * @deprecated for advice: "cheapest" in euros misleads when offers free different cash, and the financing here
 *   counts 365 days where contracts count ACT/360. Use {@link compareOffersHonestly}, which ranks by cost per
 *   euro of cash freed on the full offer terms. Kept unchanged for the workbooks and panes that show it.
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
  const rows = eachOffer(o.offers, (terms) =>
    factoringAnnualCost({
      annualTurnover: o.annualTurnover as number,
      dsoDays: o.dsoDays as number,
      usage: o.usage as number,
      advanceRate: terms.advanceRate as number,
      serviceFeeRate: terms.serviceFeeRate as number,
      minAnnualFee: terms.minAnnualFee as number,
      financingRate: terms.financingRate as number,
      fixedFees: terms.fixedFees as number,
    }),
  ).map(({ name, result: cost }) => (cost.line === 0 ? fail("DIV0", MESSAGES.noLine()) : { name, cost, total: dec(cost.total) }));

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

/** One offer of {@link compareOffersHonestly}: a name and the contract's terms. */
export interface HonestOffer extends FactoringOfferTerms {
  name: string;
}

/** Options of {@link compareOffersHonestly}: the client's profile and the offers to apply to it. */
export interface CompareOffersHonestlyOptions {
  /** Turnover TTC ceded in a year, €. */
  annualTurnover: number;
  /** Days the buyers take to pay. */
  dsoDays: number;
  /** Invoices ceded in a year (for per-invoice minimums and fees; default 0). */
  invoices?: number;
  /** Buyers (for per-buyer fees; default 0). */
  buyers?: number;
  offers: readonly HonestOffer[];
}

/** One offer applied to the profile, with its place in the ranking. */
export interface HonestOfferComparison extends Programme {
  name: string;
  /** 1-based position of the offer in the list given. */
  position: number;
  /** 1 + the number of offers with a strictly lower cost per euro of cash freed (ties share a rank). */
  rank: number;
  /** The badge "coût le plus bas par euro financé": true for the offer(s) with the lowest cost per euro of cash freed. */
  lowestCostPerEuroFinanced: boolean;
}

/** Why offers are not like for like: the face words the code; the message gives the core's wording. */
export interface ComparabilityWarning {
  code: "CREDIT_COVER_DIFFERS" | "COVER_QUOTA_DIFFERS";
  message: Bilingual;
}

/** The ranking of {@link compareOffersHonestly}. */
export interface HonestComparison {
  /** The offers, best cost per euro of cash freed first (ties in the order given). */
  offers: HonestOfferComparison[];
  /** Empty when the offers are like for like on credit cover. */
  warnings: ComparabilityWarning[];
}

/**
 * Compares factoring offers on one client's profile the way DESIGN.md ("Factoring offer terms") asks: by total
 * yearly cost per euro of average cash freed ({@link factoringProgramme}), with the cash freed, the TEG, the cost
 * per euro of turnover and whether the offer includes credit cover beside each. Offers that free different cash
 * cannot be ranked by their bills: "cheapest" in euros only means something at equal cash freed, and at equal cash
 * the cost per euro freed orders them the same way. So the only badge is the lowest cost per euro financed.
 * An offer with credit cover (with guarantee) is never set against one without unless a warning says so
 * (CREDIT_COVER_DIFFERS); offers covering different quotas get COVER_QUOTA_DIFFERS.
 *
 * @throws CoreError VALUE for bad profile or offer terms (the message names the offer), NA when no offer is
 *   given, DIV0 as {@link factoringProgramme}
 *
 * @example
 * // 3 650 000 € TTC a year at 60 days, 40 buyers; A advances 80 %, B 90 % (see the tests for the arithmetic):
 * // A bills 42 240 € for 480 000 € freed (8.80 %), B 45 235 € for 540 000 € (8.38 %): B ranks first.
 */
export const compareOffersHonestly = (options: CompareOffersHonestlyOptions): HonestComparison => {
  const o = checkOptions(options);
  const rows = eachOffer(o.offers, (terms) =>
    factoringProgramme({
      ...(terms as FactoringOfferTerms),
      annualTurnover: o.annualTurnover as number,
      dsoDays: o.dsoDays as number,
      invoices: o.invoices as number | undefined,
      buyers: o.buyers as number | undefined,
    }),
  ).map(({ name, position, result }) => ({ name, position, programme: result }));

  const costs = rows.map((row) => row.programme.costPerCashFreed);
  const lowest = Math.min(...costs);
  const ranked = rows.map(({ name, position, programme }) => ({
    ...programme,
    name,
    position,
    rank: 1 + costs.filter((cost) => cost < programme.costPerCashFreed).length,
    lowestCostPerEuroFinanced: programme.costPerCashFreed === lowest,
  }));
  // A stable sort: ties keep the order given.
  ranked.sort((a, b) => a.rank - b.rank);

  const warnings: ComparabilityWarning[] = [];
  const covered = rows.filter((row) => row.programme.includesCreditCover);
  if (covered.length > 0 && covered.length < rows.length) {
    warnings.push({ code: "CREDIT_COVER_DIFFERS", message: MESSAGES.creditCoverDiffers() });
  } else if (new Set(covered.map((row) => row.programme.coverQuota)).size > 1) {
    warnings.push({ code: "COVER_QUOTA_DIFFERS", message: MESSAGES.coverQuotaDiffers() });
  }
  return { offers: ranked, warnings };
};
