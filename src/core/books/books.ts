import { MESSAGES } from "../messages";
import { checkOptions, fail } from "../validate";
import { type EndOfMonthMethod, parsePaymentTerms, type PaymentTerms } from "./terms";
import type { FecBooks } from "./types";

/** The books argument: what the FEC reader returned (its lists are read, never changed). */
export const checkBooks = (value: unknown): FecBooks => {
  const books = value as FecBooks | null;
  if (typeof books === "object" && books !== null && Array.isArray(books.invoices) && Array.isArray(books.payments) &&
    Array.isArray(books.creditNotes) && Array.isArray(books.customers) && typeof books.turnover === "number") return books;
  return fail("VALUE", MESSAGES.notBooks("books"), "books");
};

/** Terms for all customers (`terms`), some overridden per customer id (`termsByCustomer`). */
export interface TermsOptions {
  /** Days or wording ("45 jours fin de mois"), see parsePaymentTerms; omitted: 30 days (L441-10). */
  terms?: number | string;
  /** Customer id → its own terms. */
  termsByCustomer?: Record<string, number | string>;
  /** How "N jours fin de mois" is counted (default days_then_end_of_month). */
  method?: EndOfMonthMethod;
}

/** A customer id → terms lookup, every wording read once (internal). */
export const termsLookup = (o: Record<string, unknown>): ((customer: string) => PaymentTerms) => {
  const method = o.method as EndOfMonthMethod;
  const all = parsePaymentTerms(o.terms, method);
  const byCustomer = new Map<string, PaymentTerms>();
  if (o.termsByCustomer !== undefined && o.termsByCustomer !== null) {
    const given = checkOptions(o.termsByCustomer);
    for (const [customer, terms] of Object.entries(given)) byCustomer.set(customer, parsePaymentTerms(terms, method));
  }
  return (customer) => byCustomer.get(customer) ?? all;
};

/** An amount in integer cents from a reader amount (exact: reader amounts are cents / 100). */
export const centsOf = (amount: number): number => Math.round(amount * 100);
