import { dec } from "../decimal";
import { MESSAGES } from "../messages";
import { checkOptions, fail, finiteResult } from "../validate";
import { centsOf, checkBooks, type TermsOptions, termsLookup } from "./books";
import { checkSerial } from "./dates";
import { dueDateOf } from "./terms";
import type { FecBooks } from "./types";

/** Columns of the D441-6 table, in order: not yet due (0 day, indicative), 1–30, 31–60, 61–90, 91+ days late, total 1 day and more. */
export const AGED_BALANCE_COLUMNS = Object.freeze(["0", "1-30", "31-60", "61-90", "91+", "1+"] as const);

/** The table of D441-6 I, 2° for customers, one value per column of {@link AGED_BALANCE_COLUMNS}. */
export interface AgedBalance {
  /** Excel serial of the date of the table (the closing date). */
  asOf: number;
  columns: readonly string[];
  /** Number of invoices. */
  invoices: number[];
  /** Amount TTC of those invoices, euros. */
  amount: number[];
  /** Amount TTC / the year's turnover HT (a decimal: 0.05 = 5 %). */
  shareOfTurnover: number[];
}

/**
 * The aged balance of the management report (Code de commerce D441-6, I, 2°: "le nombre et le montant total
 * des factures émises non réglées à la date de clôture de l'exercice dont le terme est échu ; ce montant est
 * ventilé par tranches de retard et rapporté en pourcentage du chiffre d'affaires de l'exercice"), laid out as
 * the model table of the arrêté of 20 March 2017: columns 0 day (indicative), 1 to 30, 31 to 60, 61 to 90, 91
 * days and more, total (1 day and more); rows number of invoices, amount, % of the year's turnover.
 *
 * Invoices are those of the FEC (opening items included) issued on or before `asOf` and not paid by then;
 * days late = asOf − due date (PieceDate + terms, D441-6 IV: the contractual terms, else the legal ones); an
 * invoice not yet due falls in the "0 day" column, outside the total. Amounts are TTC, as D441-6 III lets the
 * company choose and say (the FEC's customer accounts hold TTC); the percentage is of the year's turnover HT.
 * Unallocated credits are not deducted: the table counts invoices.
 *
 * @throws CoreError VALUE for bad books, date or terms; DIV0 when the turnover HT is 0 or less
 * @example
 * agedBalance(books, { asOf: 46022, terms: 60 })
 * // => { asOf: 46022, columns: ["0", "1-30", …], invoices: [3, 1, 0, 0, 2, 3], amount: [...], shareOfTurnover: [...] }
 */
export const agedBalance = (books: FecBooks, options: TermsOptions & { asOf: number }): AgedBalance => {
  const b = checkBooks(books);
  const o = checkOptions(options);
  const asOf = checkSerial(o.asOf, "as_of");
  const termsOf = termsLookup(o);
  const turnoverCents = centsOf(b.turnover);
  if (turnoverCents <= 0) fail("DIV0", MESSAGES.noYearTurnover(), "books");
  const counts = [0, 0, 0, 0, 0, 0];
  const cents = [0, 0, 0, 0, 0, 0];
  for (const invoice of b.invoices) {
    if (invoice.date > asOf || (invoice.paidDate !== null && invoice.paidDate <= asOf)) continue;
    const late = asOf - dueDateOf(invoice.date, termsOf(invoice.customer));
    const column = late <= 0 ? 0 : late <= 30 ? 1 : late <= 60 ? 2 : late <= 90 ? 3 : 4;
    const amount = centsOf(invoice.amount);
    counts[column]++;
    cents[column] += amount;
    if (column > 0) {
      counts[5]++;
      cents[5] += amount;
    }
  }
  return {
    asOf,
    columns: AGED_BALANCE_COLUMNS,
    invoices: counts,
    amount: cents.map((c) => c / 100),
    shareOfTurnover: cents.map((c) => finiteResult(dec(c).div(turnoverCents))),
  };
};
