import { dec } from "../decimal";
import { MESSAGES } from "../messages";
import {
  checkNonNegative,
  checkOptions,
  checkRate,
  fail,
  finiteResult,
  isOmitted,
  optionalLimit,
  optionalPositiveInteger,
  optionalRate,
} from "../validate";
import { POLICY_DEFAULTS } from "./policyDefaults";

/** Options of {@link outstandingFromTurnover}. */
export interface OutstandingOptions {
  /** Yearly sales to the buyers, € (HT or TTC as `vatIncluded` says), 0 or more. */
  turnover: number;
  /** TRUE when `turnover` includes VAT (TTC), FALSE when it is net of VAT (HT). No default: every turnover says which. */
  vatIncluded: boolean;
  /** VAT rate applied to an HT turnover, 0..1 (default 0.2, the French standard rate, CGI art. 278). */
  vatRate?: number;
  /** Days buyers really take to pay (the DSO), 0 or more. */
  paymentDays: number;
}

const checkVatIncluded = (value: unknown): boolean =>
  typeof value === "boolean"
    ? value
    : fail("VALUE", MESSAGES.notABoolean({ en: "vat_included", fr: "vat_included" }, "TRUE"), "vat_included");

/**
 * What buyers owe on average (the encours) when no per-buyer outstanding is known:
 * turnover TTC × payment days / 365 (DESIGN.md, "Exposure: what a default actually costs"). Receivables are
 * invoiced TTC, so an HT turnover is grossed up by the VAT rate first. A default loses this amount, never a
 * year's sales.
 *
 * @throws CoreError VALUE for a missing, non-finite or negative turnover or payment_days, a vat_included that is
 *   not TRUE/FALSE, or a vat_rate outside 0..1; NUM on overflow
 *
 * @example
 * // 1 200 000 € HT, 20 % VAT, 60 days: 1 440 000 × 60 / 365
 * outstandingFromTurnover({ turnover: 1200000, vatIncluded: false, paymentDays: 60 }) // => 236712.32876712328…
 */
export const outstandingFromTurnover = (options: OutstandingOptions): number => {
  const o = checkOptions(options);
  return finiteResult(outstandingOf(o));
};

const outstandingOf = (o: Record<string, unknown>) => {
  const turnover = checkNonNegative(o.turnover, "turnover");
  const vatIncluded = checkVatIncluded(o.vatIncluded);
  const vatRate = optionalRate(o.vatRate, "sales_vat_rate", POLICY_DEFAULTS.vatRate);
  const paymentDays = checkNonNegative(o.paymentDays, "payment_days");
  const ttc = vatIncluded ? dec(turnover) : dec(turnover).times(dec(1).plus(vatRate));
  return ttc.times(paymentDays).div(365);
};

/** One buyer as the seller knows it. */
export interface BuyerInput {
  /** What the buyer owes today (or on average), € TTC, 0 or more. */
  outstanding: number;
  /** The most it owes during the year, € TTC; when given, it is the exposure at default. */
  peakOutstanding?: number | null;
  /** One-year default probability, 0..1. */
  pd: number;
  /** Loss given default, 0..1 (default 1). */
  lgd?: number;
  /** Credit limit the insurer granted (agrément), € ; null or omitted = unnamed buyer (discretionary limit). */
  creditLimit?: number | null;
}

/** One buyer as every insurance figure reads it. */
export interface BuyerExposure {
  /** Exposure at default, € TTC: peak outstanding when known, else outstanding. */
  exposure: number;
  pd: number;
  lgd: number;
  /** Named credit limit, €, or null for an unnamed buyer. */
  creditLimit: number | null;
}

/** Options of {@link portfolioExposures}: a buyer list, or a turnover split evenly between a number of buyers. */
export interface PortfolioExposureOptions {
  /** The buyers, or how many equal buyers share the turnover (a whole number of 1 or more). */
  buyers: BuyerInput[] | number;
  /** With a number of buyers: yearly sales, € (HT or TTC as `vatIncluded` says). */
  turnover?: number;
  vatIncluded?: boolean;
  /** VAT rate on an HT turnover, 0..1 (default 0.2). */
  vatRate?: number;
  /** With a number of buyers: days buyers really take to pay. */
  paymentDays?: number;
  /** With a number of buyers: the default probability of each, 0..1. */
  pd?: number;
  /** With a number of buyers: loss given default of each, 0..1 (default 1). */
  lgd?: number;
}

const checkBuyer = (value: unknown, position: number): BuyerExposure => {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return fail("VALUE", MESSAGES.notABuyer(position), "buyers");
  const b = value as Record<string, unknown>;
  const outstanding = checkNonNegative(b.outstanding, "outstanding");
  const peak = isOmitted(b.peakOutstanding) ? null : checkNonNegative(b.peakOutstanding, "peak_outstanding");
  return {
    exposure: peak ?? outstanding,
    pd: checkRate(b.pd, "pd"),
    lgd: optionalRate(b.lgd, "lgd", POLICY_DEFAULTS.lgd),
    creditLimit: optionalLimit(b.creditLimit, "credit_limit"),
  };
};

/** The checked buyers of a {@link PortfolioExposureOptions} (internal: the policy functions read it too). */
export const exposuresOf = (o: Record<string, unknown>): BuyerExposure[] => {
  const buyers = o.buyers;
  if (Array.isArray(buyers)) {
    if (buyers.length === 0) return fail("NA", MESSAGES.empty("buyers"), "buyers");
    return buyers.map((buyer: unknown, index: number) => checkBuyer(buyer, index + 1));
  }
  if (typeof buyers !== "number" || isOmitted(o.turnover)) return fail("VALUE", MESSAGES.buyersOrTurnover(), "buyers");
  const count = optionalPositiveInteger(buyers, "buyers", 1);
  const each = finiteResult(outstandingOf(o).div(count));
  const pd = checkRate(o.pd, "pd");
  const lgd = optionalRate(o.lgd, "lgd", POLICY_DEFAULTS.lgd);
  return Array.from({ length: count }, () => ({ exposure: each, pd, lgd, creditLimit: null }));
};

/**
 * The per-buyer exposures at default every insurance figure uses. From a buyer list: each buyer's peak
 * outstanding when given (what it can owe when it fails), else its outstanding. From a turnover: the average
 * outstanding turnover TTC × payment days / 365 ({@link outstandingFromTurnover}) split evenly between the
 * number of buyers — an illustrative split, stated as such: the tail of a year's loss depends on how the
 * outstanding is really spread.
 *
 * @throws CoreError VALUE for a buyer that is not an object, a negative or non-finite amount, a pd/lgd outside
 *   0..1, a credit limit that is not a number, or neither a list nor a turnover; NA for an empty list
 *
 * @example
 * // 1 200 000 € HT at 60 days between 20 buyers: 236 712.33 / 20 each, pd 2 %, unnamed
 * portfolioExposures({ buyers: 20, turnover: 1200000, vatIncluded: false, paymentDays: 60, pd: 0.02 })
 * // => 20 × { exposure: 11835.616…, pd: 0.02, lgd: 1, creditLimit: null }
 */
export const portfolioExposures = (options: PortfolioExposureOptions): BuyerExposure[] => exposuresOf(checkOptions(options));
