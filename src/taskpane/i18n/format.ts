/**
 * Numbers on screen and in the fields, in the pane's language. Formatting is Intl.NumberFormat's job
 * (STYLE.md, practice 8); parsing accepts what people type in either language: "10 000", "10 000,50",
 * "0,9", "90 %" in French; "10,000", "10,000.50", "0.9", "90%" in English.
 */
import type { Language } from "../../catalogue";

const LOCALES: Readonly<Record<Language, string>> = { fr: "fr-FR", en: "en-GB" };

export const localeOf = (language: Language): string => LOCALES[language];

/**
 * The precision of every figure the pane shows, in one place:
 * - one invoice's money (advance, fees, net): to the cent, as it is billed;
 * - yearly and portfolio money (programme, offers, premiums, losses, diagnostic): to the euro, a summary;
 * - rates: up to two decimals of a percent; days: one decimal;
 * - loss quantiles of a grid (CreditRisk+): rounded to the grid's step, which the pane states beside them.
 */
export const PRECISION = { moneyDecimals: 2, summaryDecimals: 0, percentDecimals: 2, daysDecimals: 1 } as const;

/** Formatters of one language, built once (constructing an Intl.NumberFormat is the slow part). */
export interface Formatters {
  /** 9 000,00 € — one invoice's money, to the cent */
  money(value: number): string;
  /** 9 000 € — yearly and portfolio money, to the euro (and chart axes) */
  moneyRounded(value: number): string;
  /** A grid's quantile rounded to the grid's step, to the euro (to the cent for a step under 1 €). */
  quantile(value: number, step: number): string;
  /** 4,56 % (up to two decimals): shares and levels (95 %, a 90 % quota) */
  percent(value: number): string;
  /** 8,80 % (always two decimals): a rate figure (TEG, all-in cost, cost per euro), so rates side by side align */
  rate(value: number): string;
  /** 73,7 (days, one decimal) */
  days(value: number): string;
  /** 10 000 or 0,35 — a plain number as a field shows it */
  plain(value: number): string;
  /** 0,35 % — a rate as a field shows it (up to four decimals of a percent) */
  ratePlain(value: number): string;
}

/** An Intl.NumberFormat built on first use: building one loads locale data, the slow part of a first render. */
const lazyFormat = (locale: string, options: Intl.NumberFormatOptions): ((value: number) => string) => {
  let format: Intl.NumberFormat | undefined;
  return (value) => (format ??= new Intl.NumberFormat(locale, options)).format(value);
};

export const formattersFor = (language: Language): Formatters => {
  const locale = localeOf(language);
  const money = lazyFormat(locale, { style: "currency", currency: "EUR", minimumFractionDigits: PRECISION.moneyDecimals, maximumFractionDigits: PRECISION.moneyDecimals });
  const moneyRounded = lazyFormat(locale, { style: "currency", currency: "EUR", maximumFractionDigits: PRECISION.summaryDecimals });
  return {
    money,
    moneyRounded,
    quantile: (value, step) => {
      const rounded = step > 0 ? Math.round(value / step) * step : value;
      return step >= 1 || step <= 0 ? moneyRounded(rounded) : money(rounded);
    },
    percent: lazyFormat(locale, { style: "percent", minimumFractionDigits: 0, maximumFractionDigits: PRECISION.percentDecimals }),
    rate: lazyFormat(locale, { style: "percent", minimumFractionDigits: PRECISION.percentDecimals, maximumFractionDigits: PRECISION.percentDecimals }),
    days: lazyFormat(locale, { minimumFractionDigits: PRECISION.daysDecimals, maximumFractionDigits: PRECISION.daysDecimals }),
    plain: lazyFormat(locale, { maximumFractionDigits: 2 }),
    ratePlain: lazyFormat(locale, { style: "percent", maximumFractionDigits: 4 }),
  };
};

// Spaces people and Intl put between thousands: space, no-break space, narrow no-break space, thin space.
const SPACES = /[\s\u00a0\u202f\u2009]/g;

/** What a field's text reads as: a number, two numbers it could mean, or nothing readable. */
export type Reading =
  | { readonly kind: "number"; readonly value: number }
  | { readonly kind: "ambiguous"; readonly values: readonly [number, number] }
  | { readonly kind: "invalid" };

const INVALID: Reading = { kind: "invalid" };

/** The mark that groups thousands in each language (the other one, "." or ",", is its decimal mark). */
const GROUPING: Readonly<Record<Language, "," | ".">> = { fr: ".", en: "," };

/**
 * Moves the decimal point of a plain decimal string two places left, on the text itself: "90" -> "0.90",
 * "0.35" -> "0.0035". Dividing the double by 100 would turn 0.35 % into 0.0034999999999999996.
 */
const percentToDecimal = (digits: string): string => {
  const [whole, fraction = ""] = digits.split(".");
  const padded = whole.padStart(3, "0");
  return `${padded.slice(0, -2)}.${padded.slice(-2)}${fraction}`;
};

const toNumber = (digits: string, negative: boolean, percent: boolean): number => {
  if (!/^\d*\.?\d*$/.test(digits) || !/\d/.test(digits)) return Number.NaN;
  const normalized = percent ? percentToDecimal(digits.startsWith(".") ? `0${digits}` : digits) : digits;
  const value = Number(`${negative ? "-" : ""}${normalized}`);
  return Number.isFinite(value) ? value : Number.NaN;
};

const groupsOfThree = (text: string, mark: string): boolean => {
  const [first, ...rest] = text.split(mark);
  return /^\d{1,3}$/.test(first) && rest.every((group) => /^\d{3}$/.test(group));
};

/**
 * Reads a number typed in the given language, as Excel reads what is typed in a cell:
 * - spaces group thousands in both languages; a currency sign (€, EUR) before or after is ignored;
 * - French: "," is the decimal mark and "." may group thousands ("10.000,50"); English: the other way round;
 * - a single grouping mark followed by exactly three digits ("10.000" in French, "10,000" in English) could be
 *   either: it reads as ambiguous (10 000 or 10), for the field to ask rather than guess; with other digits
 *   it is read as a decimal mark ("0.9" and "0,9" are 0.9 in both languages);
 * - a trailing % divides by 100 (exactly, on the digits).
 */
export const readNumber = (text: string, language: Language): Reading => {
  let s = text.replace(SPACES, "");
  s = s.replace(/^(€|EUR)/i, "").replace(/(€|EUR)$/i, "");
  let percent = false;
  if (s.endsWith("%")) {
    percent = true;
    s = s.slice(0, -1);
  }
  s = s.replace(/^\+/, "").replace(/^[\u2212-]/, (sign) => (sign === "\u2212" ? "-" : sign));
  const negative = s.startsWith("-");
  if (negative) s = s.slice(1);
  if (!/^[\d.,]+$/.test(s) || !/\d/.test(s)) return INVALID;
  const grouping = GROUPING[language];
  const decimal = grouping === "." ? "," : ".";
  const commas = s.split(",").length - 1;
  const points = s.split(".").length - 1;
  const number = (digits: string): Reading => {
    const value = toNumber(digits, negative, percent);
    return Number.isNaN(value) ? INVALID : { kind: "number", value };
  };
  if (commas > 0 && points > 0) {
    // Both: the last one is the decimal mark ("10.000,50" or "10,000.50"), the other groups thousands.
    const last = s.lastIndexOf(",") > s.lastIndexOf(".") ? "," : ".";
    const group = last === "," ? "." : ",";
    const [whole, fraction, ...more] = s.split(last);
    if (more.length > 0 || !groupsOfThree(whole, group)) return INVALID;
    return number(`${whole.split(group).join("")}.${fraction}`);
  }
  const marks = commas + points;
  if (marks === 0) return number(s);
  const mark = commas > 0 ? "," : ".";
  if (marks > 1) return groupsOfThree(s, mark) ? number(s.split(mark).join("")) : INVALID;
  const [whole, fraction] = s.split(mark);
  if (mark === decimal || fraction.length !== 3 || whole === "" || /^0+$/.test(whole)) return number(`${whole}.${fraction}`);
  // The language's grouping mark before exactly three digits: 10 000, or 10 written the other language's way.
  const grouped = toNumber(`${whole}${fraction}`, negative, percent);
  const decimalValue = toNumber(`${whole}.${fraction}`, negative, percent);
  return { kind: "ambiguous", values: [grouped, decimalValue] };
};

/** A number typed in the given language; NaN when it is not one or could be two (see readNumber). */
export const parseNumber = (text: string, language: Language): number => {
  const reading = readNumber(text, language);
  return reading.kind === "number" ? reading.value : Number.NaN;
};

/**
 * A rate typed in a percent field, as Excel reads a cell formatted as % (Microsoft KB 215203, "automatic
 * percent entry": a number of 1 or more typed in such a cell is a percentage, 1 → 1 %, 80 → 80 %): with a %
 * sign, the percentage ("80 %" is 0.8); without, a number of 1 or more is a percentage ("80" is 80 %) and a
 * number under 1 the decimal itself ("0,8" and ".8" are 80 %; Excel reads "0.1" as 0.1 %, which the pane
 * does not follow: a rate field holds a decimal, and 0,8 typed there means 80 %).
 */
export const readRate = (text: string, language: Language): Reading => {
  const reading = readNumber(text, language);
  if (/%\s*$/.test(text)) return reading;
  const asPercent = (value: number): number => {
    if (Math.abs(value) < 1) return value;
    const percent = readNumber(`${String(value)}%`, "en");
    return percent.kind === "number" ? percent.value : Number.NaN;
  };
  if (reading.kind === "number") return { kind: "number", value: asPercent(reading.value) };
  if (reading.kind === "ambiguous") return { kind: "ambiguous", values: [asPercent(reading.values[0]), asPercent(reading.values[1])] };
  return reading;
};

/** The items of a list: one per line or separated by semicolons (a comma is a decimal mark in French). */
export const listItems = (text: string): string[] =>
  text
    .split(/[;\n\r\t]+/)
    .map((part) => part.trim())
    .filter((part) => part.length > 0);

/** Reads a list of numbers, one per line or separated by semicolons. */
export const parseNumberList = (text: string, language: Language): number[] => listItems(text).map((part) => parseNumber(part, language));
