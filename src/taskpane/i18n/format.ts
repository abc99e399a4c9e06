/**
 * Numbers on screen and in the fields, in the pane's language. Formatting is Intl.NumberFormat's job
 * (STYLE.md, practice 8); parsing accepts what people type in either language: "10 000", "10 000,50",
 * "0,9", "90 %" in French; "10,000", "10,000.50", "0.9", "90%" in English.
 */
import type { Language } from "./text";

const LOCALES: Readonly<Record<Language, string>> = { fr: "fr-FR", en: "en-GB" };

export const localeOf = (language: Language): string => LOCALES[language];

/** Formatters of one language, built once (constructing an Intl.NumberFormat is the slow part). */
export interface Formatters {
  /** 9 000,00 € */
  money(value: number): string;
  /** 9 000 € (chart axes, large amounts) */
  moneyRounded(value: number): string;
  /** 4,56 % (up to two decimals) */
  percent(value: number): string;
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
  return {
    money: lazyFormat(locale, { style: "currency", currency: "EUR", minimumFractionDigits: 2, maximumFractionDigits: 2 }),
    moneyRounded: lazyFormat(locale, { style: "currency", currency: "EUR", maximumFractionDigits: 0 }),
    percent: lazyFormat(locale, { style: "percent", minimumFractionDigits: 0, maximumFractionDigits: 2 }),
    days: lazyFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
    plain: lazyFormat(locale, { maximumFractionDigits: 2 }),
    ratePlain: lazyFormat(locale, { style: "percent", maximumFractionDigits: 4 }),
  };
};

// Spaces people and Intl put between thousands: space, no-break space, narrow no-break space, thin space.
const SPACES = /[\s\u00a0\u202f\u2009]/g;

/**
 * Moves the decimal point of a plain decimal string two places left, on the text itself: "90" -> "0.90",
 * "0.35" -> "0.0035". Dividing the double by 100 would turn 0.35 % into 0.0034999999999999996.
 */
const percentToDecimal = (digits: string): string => {
  const [whole, fraction = ""] = digits.split(".");
  const padded = whole.padStart(3, "0");
  return `${padded.slice(0, -2)}.${padded.slice(-2)}${fraction}`;
};

/**
 * Reads a number typed in the given language; NaN when the text is not a number (the core then says why,
 * in the same words as the Excel functions). A trailing % divides by 100; a trailing € is ignored.
 *
 * Separators: a separator that appears more than once, or a comma followed by exactly three digits in
 * English, groups thousands; otherwise a comma or a point is the decimal mark ("0,9" reads 0.9 in both
 * languages, since nobody groups thousands after a zero).
 */
export const parseNumber = (text: string, language: Language): number => {
  let s = text.replace(SPACES, "");
  let percent = false;
  if (s.endsWith("%")) {
    percent = true;
    s = s.slice(0, -1);
  } else if (s.endsWith("€")) {
    s = s.slice(0, -1);
  }
  s = s.replace(/^\+/, "").replace(/^\u2212/, "-");
  if (!/^-?[\d.,]+$/.test(s) || !/\d/.test(s)) return Number.NaN;
  const negative = s.startsWith("-");
  if (negative) s = s.slice(1);
  const commas = s.split(",").length - 1;
  const points = s.split(".").length - 1;
  let normalized: string;
  if (commas > 0 && points > 0) {
    // Both: the last one is the decimal mark ("10.000,50" or "10,000.50").
    const decimalMark = s.lastIndexOf(",") > s.lastIndexOf(".") ? "," : ".";
    const grouping = decimalMark === "," ? "." : ",";
    if (s.split(decimalMark).length - 1 > 1) return Number.NaN;
    normalized = s.split(grouping).join("").replace(decimalMark, ".");
  } else if (commas > 1 || points > 1) {
    normalized = s.split(commas > 1 ? "," : ".").join("");
  } else if (commas === 1) {
    const englishThousands = language === "en" && /^\d{1,3},\d{3}$/.test(s) && !s.startsWith("0,");
    normalized = englishThousands ? s.replace(",", "") : s.replace(",", ".");
  } else {
    normalized = s;
  }
  if (!/^\d*\.?\d*$/.test(normalized)) return Number.NaN;
  if (percent) normalized = percentToDecimal(normalized.startsWith(".") ? `0${normalized}` : normalized);
  const value = Number(`${negative ? "-" : ""}${normalized}`);
  return Number.isFinite(value) ? value : Number.NaN;
};

/** Reads a list of numbers, one per line or separated by semicolons (a comma is a decimal mark in French). */
export const parseNumberList = (text: string, language: Language): number[] =>
  text
    .split(/[;\n\r\t]+/)
    .map((part) => part.trim())
    .filter((part) => part.length > 0)
    .map((part) => parseNumber(part, language));
