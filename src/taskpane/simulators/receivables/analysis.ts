/**
 * What the Créances view shows of a FEC, read by the core: the monthly countback DSO, the D441-6 aged balance,
 * the customers by outstanding, the late-payment penalties claimable and the import's reconciliation. Every
 * figure comes from src/core (dsoSeries, agedBalance, customerReceivables, paymentDueDate, lateInterest,
 * concentrationTop); this module only picks and orders them. Runs in the FEC worker, off the UI thread.
 */
import {
  agedBalance, type AgedBalance, concentrationTop, type CoreError, customerReceivables, type CustomerReceivables, dsoSeries,
  type FecBooks, type FecReconciliation, type FecSetAsideLine, type FecUnbalancedEntry, isCoreError, lateInterest,
  type MonthlyDso, paymentDueDate,
} from "../../../core";

/** How the figures are read; what the user types in the view. */
export interface ReceivablesOptions {
  /** Payment terms for every customer: days or wording ("45 jours fin de mois"); "" = 30 days (L441-10). */
  terms: number | string;
  /** Annual late-payment interest rate, a decimal (ECB main refinancing rate + 10 points: 0.1215 for 2.15 %). */
  interestRate: number;
  /** Fixed recovery fee per invoice paid late, € (40, D441-5). */
  recoveryFee: number;
  /** How many customers the top list holds (default 10). */
  top?: number;
}

/** Penalties claimable on a set of invoices (L441-10 II, D441-5). */
export interface Penalties {
  invoices: number;
  /** Interest, € (not rounded). */
  interest: number;
  /** recoveryFee × invoices, €. */
  recoveryFees: number;
  total: number;
}

/** A message in both languages (a CoreError's, or the view's own). */
export interface Bilingual { en: string; fr: string }

export interface ReceivablesFigures {
  /** Excel serial of the reading date: the last day of the month of the latest entry. */
  asOf: number;
  /** Monthly countback DSO of the last 12 months, oldest first. */
  months: MonthlyDso[];
  /** The D441-6 table at asOf; null when it cannot be drawn (no turnover HT), with `agedBalanceError`. */
  agedBalance: AgedBalance | null;
  agedBalanceError: Bilingual | null;
  /** The customers with the largest outstanding first, at most `top`. */
  topCustomers: CustomerReceivables[];
  customerCount: number;
  /** Share of the five largest outstanding balances in the total (customers in credit aside); null without any. */
  top5Share: number | null;
  /** Outstanding per customer owing something (for the credit-insurance portfolio), largest first. */
  exposures: number[];
  /** Invoices paid after their due date, on or before asOf: interest to the payment day. */
  paidLate: Penalties;
  /** Invoices still unpaid and past due at asOf: interest reckoned to asOf. */
  openLate: Penalties;
  turnover: number;
  summary: FecReconciliation;
  setAside: FecSetAsideLine[];
  setAsideCount: number;
  unbalanced: FecUnbalancedEntry[];
  unbalancedCount: number;
}

const bilingual = (error: CoreError): Bilingual => ({ en: error.messageIn("en"), fr: error.messageIn("fr") });

/** The last day of the month of the latest entry of the books (an Excel serial), or null for empty books. */
export const readingDate = (books: FecBooks): number | null => {
  const months = dsoSeries(books, { months: 1 });
  return months.length > 0 ? months[months.length - 1].monthEnd : null;
};

const noPenalties = (): Penalties => ({ invoices: 0, interest: 0, recoveryFees: 0, total: 0 });

/**
 * The figures of the view. Throws the core's CoreError for bad options (terms, interest rate, fee), naming
 * the argument, and for books without any entry.
 */
export const analyseBooks = (books: FecBooks, options: ReceivablesOptions): ReceivablesFigures => {
  const terms = options.terms === "" ? undefined : options.terms;
  const asOf = readingDate(books) ?? 0;
  const months = dsoSeries(books, { asOf: asOf > 0 ? asOf : undefined, months: 12 });

  let aged: AgedBalance | null = null;
  let agedError: Bilingual | null = null;
  try {
    aged = agedBalance(books, { asOf, terms });
  } catch (error) {
    if (!isCoreError(error)) throw error;
    // Terms the core refuses are the user's to correct: they stop everything, as they would every figure.
    if (error.code !== "DIV0") throw error;
    agedError = bilingual(error);
  }

  const customers = customerReceivables(books, { asOf, terms }).sort((a, b) => b.outstanding - a.outstanding);
  const exposures = customers.map((c) => c.outstanding).filter((amount) => amount > 0);
  const top5Share = exposures.length > 0 ? concentrationTop({ values: exposures, n: Math.min(5, exposures.length) }) : null;

  // Due dates by invoice date: a file holds a few hundred distinct dates, each worked out once by the core.
  const dueDates = new Map<number, number>();
  const dueDateOf = (date: number): number => {
    let due = dueDates.get(date);
    if (due === undefined) dueDates.set(date, (due = paymentDueDate({ invoiceDate: date, terms })));
    return due;
  };
  const paidLate = noPenalties();
  const openLate = noPenalties();
  const add = (into: Penalties, amount: number, dueDate: number, paidDate: number): void => {
    const late = lateInterest({ amount, dueDate, paidDate, interestRate: options.interestRate, recoveryFee: options.recoveryFee });
    if (late.daysLate === 0) return;
    into.invoices++;
    into.interest += late.interest;
    into.recoveryFees += late.recoveryFee;
    into.total += late.total;
  };
  // The rate and fee are checked once, on an invoice of 0 €, so that a bad entry names its argument even
  // when no invoice is late.
  lateInterest({ amount: 0, dueDate: asOf || 61, paidDate: asOf || 61, interestRate: options.interestRate, recoveryFee: options.recoveryFee });
  for (const invoice of books.invoices) {
    if (invoice.date > asOf) continue;
    const due = dueDateOf(invoice.date);
    if (invoice.paidDate !== null && invoice.paidDate <= asOf) {
      if (invoice.paidDate > due) add(paidLate, invoice.amount, due, invoice.paidDate);
    } else if (asOf > due) add(openLate, invoice.amount, due, asOf);
  }

  return {
    asOf,
    months,
    agedBalance: aged,
    agedBalanceError: agedError,
    topCustomers: customers.slice(0, options.top ?? 10),
    customerCount: customers.length,
    top5Share,
    exposures,
    paidLate,
    openLate,
    turnover: books.turnover,
    summary: books.summary,
    setAside: books.setAside,
    setAsideCount: books.setAsideCount,
    unbalanced: books.unbalanced,
    unbalancedCount: books.unbalancedCount,
  };
};

/** The invoice list the "Insérer" button writes as an Excel table, one array per column. */
export interface InvoiceColumns {
  customers: string[];
  names: string[];
  pieceRefs: string[];
  /** Excel serials. */
  dates: number[];
  dueDates: number[];
  /** TTC, €. */
  amounts: number[];
  /** Excel serial, or null while unpaid. */
  paidDates: Array<number | null>;
}

export const invoiceColumns = (books: FecBooks, terms: number | string): InvoiceColumns => {
  const t = terms === "" ? undefined : terms;
  const names = new Map(books.customers.map((c) => [c.id, c.name]));
  const dueDates = new Map<number, number>();
  const columns: InvoiceColumns = { customers: [], names: [], pieceRefs: [], dates: [], dueDates: [], amounts: [], paidDates: [] };
  for (const invoice of books.invoices) {
    let due = dueDates.get(invoice.date);
    if (due === undefined) dueDates.set(invoice.date, (due = paymentDueDate({ invoiceDate: invoice.date, terms: t })));
    columns.customers.push(invoice.customer);
    columns.names.push(names.get(invoice.customer) ?? "");
    columns.pieceRefs.push(invoice.pieceRef);
    columns.dates.push(invoice.date);
    columns.dueDates.push(due);
    columns.amounts.push(invoice.amount);
    columns.paidDates.push(invoice.paidDate);
  }
  return columns;
};
