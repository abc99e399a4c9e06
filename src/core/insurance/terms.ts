import { Decimal, dec } from "../decimal";
import { bigDifferenceTimes, digitsOf, MAX_POW10, placesOf, pow10, rescale, times } from "../exact";
import { broadcastLimits, broadcastNonNegative, broadcastRate, checkNonNegativeList, checkRateList, checkSameLength, optionalRate } from "../validate";
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

/** A portfolio's checked cover terms, one limit and one deductible per buyer (internal). */
export interface CheckedCover {
  coverRate: number;
  creditLimits: Array<number | null>;
  deductibles: number[];
}

/** Checks cover_rate, credit_limits and the deductibles per claim, after the portfolio. */
export const checkCover = (o: Record<string, unknown>, exposures: readonly number[]): CheckedCover => ({
  coverRate: optionalRate(o.coverRate, "cover_rate", CREDIT_DEFAULTS.coverRate),
  creditLimits: broadcastLimits(o.creditLimits, "credit_limits", exposures, "exposures"),
  deductibles: broadcastNonNegative(o.deductibles, "deductible", CREDIT_DEFAULTS.deductible, exposures, "exposures"),
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

/**
 * {@link indemnityOf} for a loss given as a double, on scaled integers (see exact.ts): the same double as the
 * decimal.js path once converted, or NaN when a step would not be exact (the caller then takes decimal.js).
 * Comparisons run on the doubles: distinct doubles read as distinct decimals in the same order. Integers below
 * 2^53 first; a loss with 16–17 significant digits (exposure × lgd computed in a sheet, 0.29 × 100 =
 * 28.999999999999996) goes to the BigInt path, exact up to decimal.js's 40 digits.
 */
export const exactIndemnityOf = (loss: number, terms: ClaimTerms): number => {
  if (loss < terms.threshold) return 0;
  const insured = terms.creditLimit === null || loss <= terms.creditLimit ? loss : terms.creditLimit;
  if (insured <= terms.deductible) return 0;
  const ki = placesOf(insured);
  const kd = placesOf(terms.deductible);
  const kc = placesOf(terms.coverRate);
  if (ki >= 0 && kd >= 0 && kc >= 0) {
    const k = Math.max(ki, kd);
    const claim = rescale(digitsOf(insured, ki), ki, k) - rescale(digitsOf(terms.deductible, kd), kd, k);
    const paid = times(claim, digitsOf(terms.coverRate, kc));
    // paid > 0 here unless a step was inexact (NaN); k + kc ≤ 30 may exceed the exact powers of ten.
    if (paid >= 0 && k + kc <= MAX_POW10) return paid / pow10(k + kc);
  }
  return bigDifferenceTimes(insured, terms.deductible, terms.coverRate);
};

/**
 * Σ pd × indemnity(exposure × lgd): each buyer's default is one claim on the loss exposure × lgd, capped by
 * that buyer's limit, less that buyer's deductible (no claim threshold).
 */
export const expectedIndemnityOf = (portfolio: CheckedPortfolio, cover: CheckedCover): Decimal =>
  portfolio.exposures.reduce(
    (sum, exposure, i) =>
      sum.plus(
        indemnityOf(dec(exposure).times(portfolio.lgds[i]), {
          coverRate: cover.coverRate,
          creditLimit: cover.creditLimits[i],
          deductible: cover.deductibles[i],
          threshold: 0,
        }).times(portfolio.pds[i]),
      ),
    dec(0),
  );
