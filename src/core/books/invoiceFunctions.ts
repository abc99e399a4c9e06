import { broadcastLimits, checkNonNegative, checkNonNegativeList, checkOptions, checkSameLength, isOmitted } from "../validate";
import { agedBalance } from "./agedBalance";
import { checkSerial } from "./dates";
import { type EndOfMonthMethod, paymentDueDate } from "./terms";
import type { FecBooks, FecInvoice } from "./types";

/** How Excel says which way "N jours fin de mois" is counted: FALSE (default) days first, TRUE end of month first. */
const methodOf = (endOfMonthFirst: unknown): EndOfMonthMethod | undefined =>
  isOmitted(endOfMonthFirst) ? undefined : endOfMonthFirst === true ? "end_of_month_then_days" : "days_then_end_of_month";

/**
 * The due date of an invoice from its date and the payment terms typed (RECEIVABLES.DUEDATE): see
 * {@link paymentDueDate}; `endOfMonthFirst` says how "N jours fin de mois" is counted.
 *
 * @example
 * invoiceDueDate({ invoiceDate: 46037, terms: "45 jours fin de mois" }) // => 46112 (31 March 2026)
 * invoiceDueDate({ invoiceDate: 46037, terms: "45 jours fin de mois", endOfMonthFirst: true }) // => 46098 (17 March 2026)
 */
export const invoiceDueDate = (options: { invoiceDate: number; terms?: number | string; endOfMonthFirst?: boolean }): number => {
  const o = checkOptions(options);
  return paymentDueDate({ invoiceDate: o.invoiceDate as number, terms: o.terms as number | string | undefined, method: methodOf(o.endOfMonthFirst) });
};

/** Invoices as Excel gives them: one list per column of the invoice table (AGEDBALANCE). */
export interface InvoiceListOptions {
  /** Excel date serial of each invoice. */
  invoiceDates: number[];
  /** Amount TTC of each invoice, 0 or more. */
  amounts: number[];
  /** Excel date serial of each invoice's payment, null (or one null for all) while unpaid. */
  paidDates?: Array<number | null> | number | null;
  /** Excel date serial of the balance. */
  asOf: number;
  /** The year's turnover HT, more than 0. */
  turnover: number;
  terms?: number | string;
  endOfMonthFirst?: boolean;
}

/** The rows of RECEIVABLES.AGEDBALANCE: one measure, its value in each column of the D441-6 table. */
export interface AgedBalanceRow {
  measure: "invoices" | "amount" | "share";
  notDue: number;
  days1to30: number;
  days31to60: number;
  days61to90: number;
  days91plus: number;
  overdue: number;
}

const row = (measure: AgedBalanceRow["measure"], values: number[]): AgedBalanceRow => ({
  measure,
  notDue: values[0],
  days1to30: values[1],
  days31to60: values[2],
  days61to90: values[3],
  days91plus: values[4],
  overdue: values[5],
});

/**
 * The aged balance of the management report (Code de commerce D441-6, see {@link agedBalance}) from an invoice
 * list: rows number of invoices, amount TTC, % of the year's turnover HT; columns 0 day (indicative), 1–30,
 * 31–60, 61–90, 91 and more, total of 1 day and more.
 */
export const agedBalanceOfInvoices = (options: InvoiceListOptions): AgedBalanceRow[] => {
  const o = checkOptions(options);
  const dates = checkNonNegativeList(o.invoiceDates, "invoice_dates").map((date) => checkSerial(date, "invoice_dates"));
  const amounts = checkNonNegativeList(o.amounts, "amounts");
  checkSameLength(dates, "invoice_dates", amounts, "amounts");
  // A payment date is a date, or "none" while unpaid: the same reading as a credit limit's "none".
  const paid = broadcastLimits(o.paidDates, "paid_dates", dates, "invoice_dates").map((date) => (date === null ? null : checkSerial(date, "paid_dates")));
  const turnover = checkNonNegative(o.turnover, "turnover_ht");
  const invoices: FecInvoice[] = dates.map((date, i) => ({
    customer: "",
    pieceRef: "",
    journal: "",
    entry: "",
    date,
    postedDate: date,
    amount: amounts[i],
    paidDate: paid[i],
    lettering: "",
    opening: false,
    line: i + 1,
  }));
  const books = { invoices, payments: [], creditNotes: [], customers: [], turnover } as unknown as FecBooks;
  const table = agedBalance(books, { asOf: o.asOf as number, terms: o.terms as number | string | undefined, method: methodOf(o.endOfMonthFirst) });
  return [row("invoices", table.invoices), row("amount", table.amount), row("share", table.shareOfTurnover)];
};
