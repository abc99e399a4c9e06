import { dec } from "../decimal";
import { checkOptions, finiteResult } from "../validate";
import { centsOf, checkBooks, type TermsOptions, termsLookup } from "./books";
import { checkSerial } from "./dates";
import { dueDateOf } from "./terms";
import type { FecBooks } from "./types";

/** One customer's receivables at a date. */
export interface CustomerReceivables {
  customer: string;
  name: string;
  /** Balance of its account at as_of: debits − credits posted (EcritureDate) on or before it, euros. */
  outstanding: number;
  /** Invoices paid on or before as_of. */
  paidInvoices: number;
  /** Amount-weighted average of (paid date − invoice date) over those invoices, days; null without any. */
  averageDaysToPay: number | null;
  /** Amount-weighted average of max(0, paid date − due date) over those invoices, days; null without any. */
  averageDaysLate: number | null;
  /** Invoiced TTC in the file (opening items aside) net of credit notes, euros. */
  invoiced: number;
  /** invoiced / Σ invoiced of all customers (0 when nothing was invoiced). */
  shareOfTurnover: number;
}

/**
 * Each customer's receivables at a date: outstanding (the account's balance), amount-weighted average days to
 * pay and days late over its paid invoices, and its share of the year's invoicing. The share is of invoices
 * TTC net of credit notes: the FEC does not tie a class 70 line to a customer, so a share of turnover HT per
 * customer is taken as its share of invoicing TTC (equal when every customer bears the same VAT rate).
 * Averages are weighted by amount, so one large invoice paid late weighs as it costs.
 *
 * @throws CoreError VALUE for bad books, date or terms
 * @example
 * customerReceivables(books, { asOf: 46022, terms: "45 jours fin de mois" })
 * // => [{ customer: "C001", name: "Dupont SA", outstanding: 1200, paidInvoices: 3, averageDaysToPay: 41.2, … }, …]
 */
export const customerReceivables = (books: FecBooks, options: TermsOptions & { asOf: number }): CustomerReceivables[] => {
  const b = checkBooks(books);
  const o = checkOptions(options);
  const asOf = checkSerial(o.asOf, "as_of");
  const termsOf = termsLookup(o);
  interface Tally { balance: number; paid: number; paidCents: number; daysToPay: number; daysLate: number; invoiced: number }
  const tallies = new Map<string, Tally>(b.customers.map((c) => [c.id, { balance: 0, paid: 0, paidCents: 0, daysToPay: 0, daysLate: 0, invoiced: 0 }]));
  const tally = (customer: string): Tally => {
    let t = tallies.get(customer);
    if (!t) tallies.set(customer, (t = { balance: 0, paid: 0, paidCents: 0, daysToPay: 0, daysLate: 0, invoiced: 0 }));
    return t;
  };
  let invoicedTotal = 0;
  for (const invoice of b.invoices) {
    const t = tally(invoice.customer);
    const cents = centsOf(invoice.amount);
    if (invoice.postedDate <= asOf) t.balance += cents;
    if (!invoice.opening) {
      t.invoiced += cents;
      invoicedTotal += cents;
    }
    if (invoice.paidDate !== null && invoice.paidDate <= asOf) {
      t.paid++;
      t.paidCents += cents;
      // cents × days stays an exact integer below 2^53 for any FEC (1e11 € × 1e4 days).
      t.daysToPay += cents * (invoice.paidDate - invoice.date);
      t.daysLate += cents * Math.max(0, invoice.paidDate - dueDateOf(invoice.date, termsOf(invoice.customer)));
    }
  }
  for (const payment of b.payments) {
    if (payment.date <= asOf) tally(payment.customer).balance -= centsOf(payment.amount);
  }
  for (const note of b.creditNotes) {
    const t = tally(note.customer);
    const cents = centsOf(note.amount);
    if (note.date <= asOf) t.balance -= cents;
    if (!note.opening) {
      t.invoiced -= cents;
      invoicedTotal -= cents;
    }
  }
  const names = new Map(b.customers.map((c) => [c.id, c.name]));
  return [...tallies.entries()].map(([customer, t]) => ({
    customer,
    name: names.get(customer) ?? "",
    outstanding: t.balance / 100,
    paidInvoices: t.paid,
    averageDaysToPay: t.paidCents > 0 ? finiteResult(dec(t.daysToPay).div(t.paidCents)) : null,
    averageDaysLate: t.paidCents > 0 ? finiteResult(dec(t.daysLate).div(t.paidCents)) : null,
    invoiced: t.invoiced / 100,
    shareOfTurnover: invoicedTotal > 0 ? finiteResult(dec(t.invoiced).div(invoicedTotal)) : 0,
  }));
};
