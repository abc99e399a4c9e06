import { Decimal, dec } from "../decimal";
import { broadcastLimits, broadcastRate, checkNonNegativeList, checkRateList, checkSameLength, optionalRate } from "../validate";
import { CREDIT_DEFAULTS } from "./defaults";

/** A checked portfolio: lists of equal length, defaults applied (internal). */
export interface CheckedPortfolio {
  exposures: number[];
  pds: number[];
  lgds: number[];
}

/** Checks exposures, pds and lgds in the catalogue's order; equal lengths; empty → NA. */
export const checkPortfolio = (o: Record<string, unknown>): CheckedPortfolio => {
  const exposures = checkNonNegativeList(o.exposures, "exposures");
  const pds = checkRateList(o.pds, "pds");
  checkSameLength(exposures, "exposures", pds, "pds");
  const lgds = broadcastRate(o.lgds, "lgds", CREDIT_DEFAULTS.lgd, exposures, "exposures");
  return { exposures, pds, lgds };
};

/** Checks cover_rate and credit_limits, after the portfolio. */
export const checkCover = (o: Record<string, unknown>, exposures: readonly number[]): { coverRate: number; creditLimits: Array<number | null> } => ({
  coverRate: optionalRate(o.coverRate, "cover_rate", CREDIT_DEFAULTS.coverRate),
  creditLimits: broadcastLimits(o.creditLimits, "credit_limits", exposures, "exposures"),
});

/** The policy's terms for one claim. */
export interface ClaimTerms {
  coverRate: number;
  creditLimit: number | null;
  deductible: number;
  threshold: number;
}

/**
 * What the insurer pays on one loss: nothing below the claim threshold; otherwise the cover rate applied to
 * the loss capped by the credit limit (the insurer never covers more than the limit it granted), less the
 * deductible, never below 0.
 */
export const indemnityOf = (loss: Decimal, terms: ClaimTerms): Decimal => {
  if (loss.lessThan(terms.threshold)) return dec(0);
  const insured = terms.creditLimit === null ? loss : Decimal.min(loss, terms.creditLimit);
  return Decimal.max(0, insured.minus(terms.deductible)).times(terms.coverRate);
};

/** Σ pd × indemnity(exposure × lgd): each buyer's default is one claim on the loss exposure × lgd. */
export const expectedIndemnityOf = (portfolio: CheckedPortfolio, coverRate: number, creditLimits: Array<number | null>): Decimal =>
  portfolio.exposures.reduce(
    (sum, exposure, i) =>
      sum.plus(indemnityOf(dec(exposure).times(portfolio.lgds[i]), { coverRate, creditLimit: creditLimits[i], deductible: 0, threshold: 0 }).times(portfolio.pds[i])),
    dec(0),
  );
