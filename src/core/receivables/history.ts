import { Decimal, dec } from "../decimal";
import { MESSAGES } from "../messages";
import { broadcastPositive, checkNonNegativeList, fail, optionalBoolean, optionalRate } from "../validate";
import { DSO_DEFAULTS } from "./defaults";

/** One period, checked and grossed up (internal). */
export interface Period {
  index: number;
  gross: Decimal;
  days: number;
}

/**
 * Checks a sales history (sales, period_days, vat_rate, newest_first, in the catalogue's order) and returns
 * its periods most recent first, the order in which a countback walks them. Sales must be 0 or more: a
 * month of net credit notes would make the walk give receivables back, which has no meaning in a countback.
 * Period days must be more than 0: a period of no days holds no sales.
 */
export const checkHistory = (o: Record<string, unknown>): Period[] => {
  const sales = checkNonNegativeList(o.sales, "sales");
  const periodDays = broadcastPositive(o.periodDays, "period_days", DSO_DEFAULTS.periodDays, sales, "sales");
  const vatRate = optionalRate(o.vatRate, "vat_rate", DSO_DEFAULTS.vatRate);
  const newestFirst = optionalBoolean(o.newestFirst, "newest_first", DSO_DEFAULTS.newestFirst);
  const grossUp = dec(1).plus(vatRate);
  const periods = sales.map((amount, index) => ({ index, gross: dec(amount).times(grossUp), days: periodDays[index] }));
  return newestFirst ? periods : periods.reverse();
};

/** A countback in decimals (internal). */
export interface DecimalCountback {
  dso: Decimal;
  periods: Array<{ index: number; gross: Decimal; days: number; consumed: Decimal; daysCounted: Decimal }>;
}

/**
 * Countback (méthode par épuisement): receivables are matched against sales from the most recent period
 * backwards, since the open invoices are the latest ones; each period fully absorbed counts all its days,
 * the last one pro rata. With a single period there is nothing to walk back through, so the accounting
 * ratio receivables / sales × days applies, and may exceed the period.
 */
export const countback = (receivables: number, periods: Period[], argument: "receivables" | "current_receivables"): DecimalCountback => {
  if (periods.length === 1) {
    const [only] = periods;
    if (only.gross.isZero()) return fail("DIV0", MESSAGES.singlePeriodNoSales(), "sales");
    const dso = dec(receivables).div(only.gross).times(only.days);
    return { dso, periods: [{ ...only, consumed: dec(receivables), daysCounted: dso }] };
  }
  let remaining = dec(receivables);
  let dso = dec(0);
  const walked = periods.map((period) => {
    if (remaining.isZero()) return { ...period, consumed: dec(0), daysCounted: dec(0) };
    if (remaining.greaterThanOrEqualTo(period.gross)) {
      // Fully absorbed, including a period without sales: its days passed while receivables stayed open.
      remaining = remaining.minus(period.gross);
      dso = dso.plus(period.days);
      return { ...period, consumed: period.gross, daysCounted: dec(period.days) };
    }
    // 0 < remaining < gross here, so gross > 0: the division is safe.
    const daysCounted = remaining.div(period.gross).times(period.days);
    const consumed = remaining;
    remaining = dec(0);
    dso = dso.plus(daysCounted);
    return { ...period, consumed, daysCounted };
  });
  if (!remaining.isZero()) return fail("NA", MESSAGES.olderPeriodsNeeded(argument), argument);
  return { dso, periods: walked };
};
