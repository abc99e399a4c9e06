import { Decimal, dec } from "../decimal";
import { MESSAGES } from "../messages";
import { broadcastPositive, checkNonNegativeList, fail, optionalBoolean, optionalRate } from "../validate";
import { digitsOf, placesOf, pow10, rescale, SAFE, times } from "../exact";
import { DSO_DEFAULTS } from "./defaults";

/**
 * A checked sales history in plain numbers (internal): validated without a decimal, so that a countback
 * converts to decimals only the few periods it walks.
 */
export interface History {
  /** Sales as given (input order). */
  sales: number[];
  /** Days of each period (input order). */
  days: number[];
  /** vat_rate as given. */
  vatRate: number;
  /** 1 + vat_rate, the gross-up of every period's sales. */
  grossUp: Decimal;
  /** Whether the first value is the most recent period. */
  newestFirst: boolean;
}

/**
 * Checks a sales history (sales, period_days, vat_rate, newest_first, in the catalogue's order). Sales must be
 * 0 or more: a month of net credit notes would make the walk give receivables back, which has no meaning in a
 * countback. Period days must be more than 0: a period of no days holds no sales.
 */
export const checkHistory = (o: Record<string, unknown>): History => {
  const sales = checkNonNegativeList(o.sales, "sales");
  const days = broadcastPositive(o.periodDays, "period_days", DSO_DEFAULTS.periodDays, sales, "sales");
  const vatRate = optionalRate(o.vatRate, "vat_rate", DSO_DEFAULTS.vatRate);
  const newestFirst = optionalBoolean(o.newestFirst, "newest_first", DSO_DEFAULTS.newestFirst);
  return { sales, days, vatRate, grossUp: dec(1).plus(vatRate), newestFirst };
};

/** Position in the input of the period a countback visits at `step` (0 = the most recent). */
export const indexAt = (history: History, step: number): number => (history.newestFirst ? step : history.sales.length - 1 - step);

/** Gross sales of the period at input position `index`: sales × (1 + vat_rate). */
export const grossAt = (history: History, index: number): Decimal => {
  const sales = dec(history.sales[index]);
  // × 1 is exact: skipping it leaves the value as it was.
  return history.grossUp.eq(1) ? sales : sales.times(history.grossUp);
};

/** One period of a countback, in decimals (internal). */
export interface DecimalPeriod {
  index: number;
  gross: Decimal;
  days: number;
  consumed: Decimal;
  daysCounted: Decimal;
}

/**
 * Countback (méthode par épuisement): receivables are matched against sales from the most recent period
 * backwards, since the open invoices are the latest ones; each period fully absorbed counts all its days,
 * the last one pro rata. With a single period there is nothing to walk back through, so the accounting
 * ratio receivables / sales × days applies, and may exceed the period.
 *
 * Only the periods walked are converted to decimals. With `detail`, every period is listed in the order of
 * the walk (those not reached with 0 consumed and 0 days), for {@link dsoCountbackDetail}.
 */
export const countback = (receivables: number, history: History, argument: "receivables" | "current_receivables",
  detail?: DecimalPeriod[]): Decimal => {
  const count = history.sales.length;
  if (count === 1) {
    const gross = grossAt(history, 0);
    if (gross.isZero()) return fail("DIV0", MESSAGES.singlePeriodNoSales(), "sales");
    const dso = dec(receivables).div(gross).times(history.days[0]);
    detail?.push({ index: 0, gross, days: history.days[0], consumed: dec(receivables), daysCounted: dso });
    return dso;
  }
  let remaining = dec(receivables);
  let dso = dec(0);
  let step = 0;
  for (; step < count && !remaining.isZero(); step++) {
    const index = indexAt(history, step);
    const gross = grossAt(history, index);
    const days = history.days[index];
    if (remaining.greaterThanOrEqualTo(gross)) {
      // Fully absorbed, including a period without sales: its days passed while receivables stayed open.
      remaining = remaining.minus(gross);
      dso = dso.plus(days);
      detail?.push({ index, gross, days, consumed: gross, daysCounted: dec(days) });
    } else {
      // 0 < remaining < gross here, so gross > 0: the division is safe.
      const daysCounted = remaining.div(gross).times(days);
      detail?.push({ index, gross, days, consumed: remaining, daysCounted });
      remaining = dec(0);
      dso = dso.plus(daysCounted);
    }
  }
  if (!remaining.isZero()) return fail("NA", MESSAGES.olderPeriodsNeeded(argument), argument);
  if (detail) {
    for (; step < count; step++) {
      const index = indexAt(history, step);
      detail.push({ index, gross: grossAt(history, index), days: history.days[index], consumed: dec(0), daysCounted: dec(0) });
    }
  }
  return dso;
};

/**
 * {@link countback}'s DSO on scaled integers (see exact.ts), for whole period days: the same double as the
 * decimal.js path once converted, or NaN when a step would not be exact or the walk ends in an error (the
 * caller then takes the decimal.js path, which reports it). Gross sales are sales × (1 + vat_rate) at k + kv
 * places; remaining receivables are kept at the same places, raised when a period has more decimals.
 */
export const exactCountback = (receivables: number, history: History): number => {
  const kv = placesOf(history.vatRate);
  const kr = placesOf(receivables);
  if (kv < 0 || kr < 0) return NaN;
  const grossUp = pow10(kv) + digitsOf(history.vatRate, kv);
  let k = kr;
  let remaining = times(digitsOf(receivables, kr), pow10(kv));
  const count = history.sales.length;
  let fullDays = 0;
  // A single period is computed even for receivables of 0: its sales must still be more than 0 (DIV0 otherwise).
  for (let step = 0; step < count && (remaining !== 0 || count === 1); step++) {
    const index = indexAt(history, step);
    const sales = history.sales[index];
    const days = history.days[index];
    const ks = placesOf(sales);
    if (ks < 0 || !Number.isInteger(days) || !(remaining >= 0)) return NaN;
    if (ks > k) {
      remaining = rescale(remaining, k + kv, ks + kv);
      k = ks;
    }
    const gross = times(rescale(digitsOf(sales, ks), ks, k), grossUp);
    if (!(gross >= 0)) return NaN;
    if (count === 1 || remaining < gross) {
      // The pro rata period (or the only one): (fullDays × gross + remaining × days) / gross, one rounding.
      if (gross === 0) return NaN;
      const numerator = times(fullDays, gross) + times(remaining, days);
      return numerator < SAFE ? numerator / gross : NaN;
    }
    remaining -= gross;
    fullDays += days;
  }
  // A walk that ends with receivables left over is an error: the decimal.js path reports it.
  return remaining === 0 && fullDays < SAFE ? fullDays : NaN;
};
