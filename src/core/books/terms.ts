import { defaultOf } from "../../catalogue/parameters";
import { dec } from "../decimal";
import { MESSAGES } from "../messages";
import { checkNonNegative, checkOptions, checkRate, fail, finiteResult, isOmitted, optionalDayBasis, optionalNonNegative } from "../validate";
import { checkSerial, endOfMonth } from "./dates";

/**
 * How "N jours fin de mois" is counted. Code de commerce L441-10 does not say, and the DGCCRF tolerates both
 * ("date de facture + 45 jours + fin du mois ou date de facture + fin du mois + 45 jours", fiche "Délais de
 * paiement"): `days_then_end_of_month` adds the days to the invoice date then goes to the end of that month;
 * `end_of_month_then_days` goes to the end of the invoice's month then adds the days.
 */
export type EndOfMonthMethod = "days_then_end_of_month" | "end_of_month_then_days";

const METHODS: readonly EndOfMonthMethod[] = ["days_then_end_of_month", "end_of_month_then_days"];

/** Terms read from their wording. */
export interface PaymentTerms {
  days: number;
  /** none: invoice date + days; the other two: see {@link EndOfMonthMethod}. "N jours fin de mois" takes the method given. */
  endOfMonth: "none" | EndOfMonthMethod;
}

/**
 * Payment terms of L441-10 (I): 30 days when none are agreed (counted from receipt of the goods or performance
 * of the service; the FEC holds no delivery date, so from the invoice date here), at most 60 days from the
 * invoice date, or by derogation 45 days end of month; late-payment interest at the ECB's main refinancing
 * rate + 10 points (II), and the 40 € recovery fee of D441-5.
 */
export const PAYMENT_TERMS_DEFAULTS = Object.freeze({
  /** L441-10 I, first paragraph: "trente jours après la date de réception des marchandises" (the catalogue's terms default). */
  days: defaultOf("terms"),
  /** L441-10 I, second paragraph: "soixante jours après la date d'émission de la facture". */
  maxDays: 60,
  /** L441-10 I, third paragraph: "quarante-cinq jours fin de mois après la date d'émission de la facture". */
  maxDaysEndOfMonth: 45,
  method: "days_then_end_of_month" as EndOfMonthMethod,
  /** Code de commerce D441-5: "le montant de l'indemnité forfaitaire pour frais de recouvrement […] est fixé à 40 euros". */
  recoveryFee: defaultOf("recovery_fee"),
  /** Late interest: an annual rate on exact days over a year of 365 days (see lateInterest). */
  dayBasis: defaultOf("interest_day_basis"),
});

const checkMethod = (value: unknown): EndOfMonthMethod => {
  if (isOmitted(value)) return PAYMENT_TERMS_DEFAULTS.method;
  return METHODS.includes(value as EndOfMonthMethod) ? (value as EndOfMonthMethod) : fail("VALUE", MESSAGES.notOneOf("method", METHODS), "method");
};

const words = (text: string): string =>
  text.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[.,]/g, " ").replace(/\s+/g, " ").trim();

/**
 * Reads payment terms: a number of days (60), or the usual wordings "60 jours", "60 jours nets", "30 j",
 * "45 jours fin de mois", "45 j fdm", "fin de mois 45 jours", "fin de mois + 45 j", "comptant", "à réception".
 * "N jours fin de mois" is counted by `method` (default days_then_end_of_month); "fin de mois N jours" always
 * end of month first. Omitted terms: the 30 days of L441-10.
 *
 * @throws CoreError VALUE for other wordings, naming `terms`
 * @example
 * parsePaymentTerms("45 jours fin de mois") // => { days: 45, endOfMonth: "days_then_end_of_month" }
 */
export const parsePaymentTerms = (terms: unknown, method?: EndOfMonthMethod): PaymentTerms => {
  const how = checkMethod(method);
  if (isOmitted(terms)) return { days: PAYMENT_TERMS_DEFAULTS.days, endOfMonth: "none" };
  if (typeof terms === "number") {
    if (Number.isInteger(terms) && terms >= 0 && terms <= 3650) return { days: terms, endOfMonth: "none" };
    return fail("VALUE", MESSAGES.notPaymentTerms("terms"), "terms");
  }
  if (typeof terms !== "string") return fail("VALUE", MESSAGES.notPaymentTerms("terms"), "terms");
  const text = words(terms);
  if (text === "comptant" || text === "a reception" || text === "a reception de facture") return { days: 0, endOfMonth: "none" };
  const DAYS = "(\\d{1,4}) ?(?:j|jours?|days?)?(?: nets?)?";
  const EOM = "(?:fin de mois|fdm|f d m|eom|end of month)";
  let m = new RegExp(`^${DAYS}$`).exec(text);
  if (m) return { days: Number(m[1]), endOfMonth: "none" };
  m = new RegExp(`^${DAYS} ${EOM}$`).exec(text);
  if (m) return { days: Number(m[1]), endOfMonth: how };
  m = new RegExp(`^${EOM} ?(?:\\+|plus)? ?${DAYS}$`).exec(text);
  if (m) return { days: Number(m[1]), endOfMonth: "end_of_month_then_days" };
  return fail("VALUE", MESSAGES.notPaymentTerms("terms", terms), "terms");
};

/** The due date of terms already read (internal: dates already checked). */
export const dueDateOf = (invoiceDate: number, terms: PaymentTerms): number => {
  if (terms.endOfMonth === "none") return invoiceDate + terms.days;
  if (terms.endOfMonth === "days_then_end_of_month") return endOfMonth(invoiceDate + terms.days);
  return endOfMonth(invoiceDate) + terms.days;
};

/**
 * The due date of an invoice: invoice date + terms (FEC PieceDate + the terms typed: the FEC holds no due date).
 *
 * @param options.invoiceDate Excel date serial of the invoice
 * @param options.terms days or wording, see {@link parsePaymentTerms}; omitted: 30 days (L441-10)
 * @param options.method how "N jours fin de mois" is counted (default days_then_end_of_month)
 * @returns the due date, an Excel serial
 * @throws CoreError VALUE for a bad date, terms or method
 * @example
 * // invoice 15 January 2026 (46037), 45 jours fin de mois:
 * paymentDueDate({ invoiceDate: 46037, terms: "45 jours fin de mois" }) // => 46112 (31 March 2026)
 * paymentDueDate({ invoiceDate: 46037, terms: "45 jours fin de mois", method: "end_of_month_then_days" }) // => 46098 (17 March 2026)
 */
export const paymentDueDate = (options: { invoiceDate: number; terms?: number | string; method?: EndOfMonthMethod }): number => {
  const o = checkOptions(options);
  const invoiceDate = checkSerial(o.invoiceDate, "invoice_date");
  return dueDateOf(invoiceDate, parsePaymentTerms(o.terms, o.method as EndOfMonthMethod));
};

/** Payment terms held against L441-10. */
export interface PaymentTermsCheck {
  /** Excel serial. */
  dueDate: number;
  /** Days from the invoice date to the due date. */
  days: number;
  /** Due date at most 60 days after the invoice date (L441-10 I, 2nd paragraph). */
  within60Days: boolean;
  /** Due date at most "45 jours fin de mois" counted by `method` (L441-10 I, 3rd paragraph, a derogation that must be agreed expressly). */
  within45DaysEndOfMonth: boolean;
  /** Within one of the two maxima: terms beyond both break L441-10. */
  withinLegalMaximum: boolean;
}

/**
 * Holds payment terms against the maxima of Code de commerce L441-10 (I): 60 days from the invoice date, or 45
 * days end of month (counted by the same `method` as the terms).
 *
 * @throws CoreError as {@link paymentDueDate}
 * @example
 * paymentTermsCheck({ invoiceDate: 46037, terms: 90 })
 * // => { dueDate: 46127, days: 90, within60Days: false, within45DaysEndOfMonth: false, withinLegalMaximum: false }
 */
export const paymentTermsCheck = (options: { invoiceDate: number; terms?: number | string; method?: EndOfMonthMethod }): PaymentTermsCheck => {
  const o = checkOptions(options);
  const invoiceDate = checkSerial(o.invoiceDate, "invoice_date");
  const method = checkMethod(o.method);
  const dueDate = dueDateOf(invoiceDate, parsePaymentTerms(o.terms, method));
  const within60Days = dueDate - invoiceDate <= PAYMENT_TERMS_DEFAULTS.maxDays;
  const within45DaysEndOfMonth = dueDate <= dueDateOf(invoiceDate, { days: PAYMENT_TERMS_DEFAULTS.maxDaysEndOfMonth, endOfMonth: method });
  return { dueDate, days: dueDate - invoiceDate, within60Days, within45DaysEndOfMonth, withinLegalMaximum: within60Days || within45DaysEndOfMonth };
};

/** Late-payment interest and recovery fee of one invoice. */
export interface LateInterest {
  /** Days from the day after the due date to the payment date, both included (0 when paid on time). */
  daysLate: number;
  /** amount × interest_rate × days_late / day_basis, euros, not rounded. */
  interest: number;
  /** 40 € (D441-5) when paid late, else 0. */
  recoveryFee: number;
  /** interest + recoveryFee. */
  total: number;
}

/**
 * Late-payment interest of one invoice (Code de commerce L441-10, II): simple interest on the amount TTC from
 * the day after the due date to the payment (or to the date given, for an invoice still unpaid), at the rate
 * the user types — by default in law the ECB's main refinancing rate + 10 points, the rate in force on 1
 * January for the first half-year and on 1 July for the second — plus the fixed recovery fee of D441-5 (40 €)
 * per invoice paid late.
 *
 * Day count: exact days over 365 by default. The law gives an annual rate and says nothing of the day count;
 * prorating an annual rate by calendar days over 365 is the usual practice (e.g. Les Echos Publishing, "Le
 * point sur les pénalités de retard", 2018: 15 000 € TTC at 15 % paid 30 days late → 15 000 × 15 % × 30 /
 * 365 = 184.93 €); day_basis 360 is accepted for contracts that say so. Interest is on the amount TTC, the sum
 * the buyer owes (same source).
 *
 * @param options.amount invoice amount TTC, euros, 0 or more
 * @param options.dueDate, options.paidDate Excel date serials (paid_date: the payment, or the date of the reckoning)
 * @param options.interestRate annual rate as a decimal, e.g. 0.1215 (ECB 2.15 % + 10 points)
 * @param options.dayBasis 365 (default) or 360
 * @param options.recoveryFee fixed fee per invoice paid late (default 40 €, D441-5); 0 between a professional and a consumer
 * @throws CoreError VALUE for a bad argument, naming it
 * @example
 * lateInterest({ amount: 15000, dueDate: 43205, paidDate: 43235, interestRate: 0.15 })
 * // => { daysLate: 30, interest: 184.93150684931507, recoveryFee: 40, total: 224.93150684931507 }
 */
export const lateInterest = (options: { amount: number; dueDate: number; paidDate: number; interestRate: number; dayBasis?: number; recoveryFee?: number }): LateInterest => {
  const o = checkOptions(options);
  const amount = checkNonNegative(o.amount, "amount");
  const dueDate = checkSerial(o.dueDate, "due_date");
  const paidDate = checkSerial(o.paidDate, "paid_date");
  const rate = checkRate(o.interestRate, "interest_rate");
  const basis = optionalDayBasis(o.dayBasis, "day_basis", PAYMENT_TERMS_DEFAULTS.dayBasis);
  const fee = optionalNonNegative(o.recoveryFee, "recovery_fee", PAYMENT_TERMS_DEFAULTS.recoveryFee);
  const daysLate = Math.max(0, paidDate - dueDate);
  const interest = dec(amount).times(rate).times(daysLate).div(basis);
  const recoveryFee = daysLate > 0 ? fee : 0;
  return { daysLate, interest: finiteResult(interest), recoveryFee, total: finiteResult(interest.plus(recoveryFee)) };
};
