import { isCoreError } from "../errors";
import { checkOptions, optionalPositiveInteger } from "../validate";
import { dsoCountback } from "../receivables";
import { centsOf, checkBooks } from "./books";
import { checkSerial, daysInMonth, partsOf, serialOf } from "./dates";
import type { FecBooks } from "./types";

/** One month of a DSO series. */
export interface MonthlyDso {
  /** Excel serial of the month's last day. */
  monthEnd: number;
  /** Sales TTC of the month: invoices − credit notes (opening items aside), at least 0, euros. */
  sales: number;
  /** Customer balances at the month's end, euros. */
  receivables: number;
  /**
   * Countback DSO at the month's end, days; null when the receivables exceed all the sales of the file up to
   * that month (the opening balance reaches back before the file: older months would be needed) or are
   * negative (customers in credit).
   */
  dso: number | null;
}

/**
 * The monthly DSO of the last `months` months (default 12) ending with the month of `asOf` (default the month
 * of the latest entry), by the countback method of {@link dsoCountback}: each month's receivables (customer
 * balances, opening items included) are taken from that month's sales backwards, each month counting its own
 * days. Sales are the month's invoices TTC net of credit notes (by EcritureDate), as receivables are TTC.
 *
 * @throws CoreError VALUE for bad books, as_of or months
 * @example
 * dsoSeries(books, { months: 12 }) // => [{ monthEnd: 45688, sales: 120000, receivables: 150000, dso: null }, …, { …, dso: 47.3 }]
 */
export const dsoSeries = (books: FecBooks, options: { asOf?: number; months?: number } = {}): MonthlyDso[] => {
  const b = checkBooks(books);
  const o = checkOptions(options);
  const months = optionalPositiveInteger(o.months, "months", 12);
  // Month keys: year × 12 + month − 1.
  const monthOf = (serial: number): number => {
    const p = partsOf(serial);
    return p.year * 12 + p.month - 1;
  };
  let latest = -Infinity;
  let earliest = Infinity;
  const sales = new Map<number, number>();
  // Balance movements by month, opening items included.
  const moves = new Map<number, number>();
  const add = (map: Map<number, number>, key: number, cents: number): void => {
    map.set(key, (map.get(key) ?? 0) + cents);
  };
  for (const invoice of b.invoices) {
    const month = monthOf(invoice.postedDate);
    add(moves, month, centsOf(invoice.amount));
    if (invoice.postedDate > latest) latest = invoice.postedDate;
    if (!invoice.opening) {
      add(sales, month, centsOf(invoice.amount));
      earliest = Math.min(earliest, month);
    }
  }
  for (const credit of [...b.payments, ...b.creditNotes]) {
    add(moves, monthOf(credit.date), -centsOf(credit.amount));
    if (credit.date > latest) latest = credit.date;
  }
  for (const note of b.creditNotes) if (!note.opening) add(sales, monthOf(note.date), -centsOf(note.amount));
  if (latest === -Infinity && o.asOf === undefined) return [];
  const last = o.asOf === undefined || o.asOf === null ? monthOf(latest) : monthOf(checkSerial(o.asOf, "as_of"));
  const first = Math.min(earliest, last);
  const firstMove = Math.min(first, ...moves.keys());

  const series: MonthlyDso[] = [];
  const history: number[] = [];
  const days: number[] = [];
  let balance = 0;
  for (let month = firstMove; month < first; month++) balance += moves.get(month) ?? 0;
  for (let month = first; month <= last; month++) {
    const year = Math.floor(month / 12);
    const m = (month % 12) + 1;
    balance += moves.get(month) ?? 0;
    const monthSales = Math.max(0, sales.get(month) ?? 0);
    history.push(monthSales / 100);
    days.push(daysInMonth(year, m));
    if (month <= last - months) continue;
    const totalSales = history.reduce((sum, s) => sum + s, 0);
    let dso: number | null = null;
    if (balance >= 0 && balance / 100 <= totalSales) {
      try {
        dso = dsoCountback({ receivables: balance / 100, sales: history, periodDays: days });
      } catch (error) {
        // A countback that cannot conclude (no sales at all) leaves the month without a DSO, as documented.
        if (!isCoreError(error)) throw error;
      }
    }
    series.push({ monthEnd: serialOf(year, m, daysInMonth(year, m)), sales: monthSales / 100, receivables: balance / 100, dso });
  }
  return series;
};
