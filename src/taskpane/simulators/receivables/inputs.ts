/**
 * The Créances simulator's inputs: what the user types (terms, late-payment rate, recovery fee) and what the
 * last FEC import left for the proposal sheet (the invoice table's name, the reading date, the year's turnover
 * and the monthly sales and receivables). The FEC itself is never stored: it stays in the file on the machine.
 */
import { type Check, nullable, num, numbers, SEED_CLIENT, str } from "../shape";

export interface ReceivablesInputs {
  clientName: string;
  /** Payment terms for every customer: days or wording ("45 jours fin de mois"); "" = 30 days (L441-10). */
  terms: string;
  /** Annual late-payment interest rate, a decimal (ECB main refinancing rate + 10 points). */
  interestRate: number;
  /** Fixed recovery fee per invoice paid late, € (D441-5). */
  recoveryFee: number;
  /** The Excel table of invoices the last insert wrote, or null before any. */
  tableName: string | null;
  /** Excel serial of the reading date of the last import, or null before any. */
  asOf: number | null;
  /** Turnover HT of the year read, €, or null before any import. */
  turnover: number | null;
  /** The last 12 months of the import, oldest first: month ends (Excel serials), sales TTC, receivables, days. */
  monthEnds: number[];
  sales: number[];
  receivables: number[];
  monthDays: number[];
}

/**
 * The example before any import: the DSO tab's twelve months of sales (2025) incl. 20 % VAT and its receivables
 * at the year's end, so that the sheet shows the monthly layout; no invoice table yet.
 * ECB main refinancing rate 2.15 % (lowered to it by the ECB on 5 June 2025, in force from 11 June 2025; reported
 * e.g. by VOV World, "ECB cuts rates again", https://m.vovworld.vn/en-US/news/ecb-cuts-rates-again-keeps-2025-growth-forecast-unchanged-1397867.vov)
 * + 10 points (Code de commerce L441-10 II): 12.15 %, the rate in force on 1 July 2025. The user types the rate
 * of the half-year (the one in force on 1 January or 1 July); 40 € is D441-5's fixed recovery fee.
 */
export const RECEIVABLES_SEED: ReceivablesInputs = {
  clientName: SEED_CLIENT,
  terms: "30",
  interestRate: 0.1215,
  recoveryFee: 40,
  tableName: null,
  asOf: null,
  turnover: null,
  // Month ends of 2025 as Excel serials (31 Jan 2025 = 45688).
  monthEnds: [45688, 45716, 45747, 45777, 45808, 45838, 45869, 45900, 45930, 45961, 45991, 46022],
  sales: [114000, 122400, 117600, 132000, 126000, 118800, 104400, 110400, 129600, 138000, 134400, 144000],
  receivables: [230000, 238000, 236000, 245000, 242000, 236000, 221000, 226000, 240000, 251000, 249000, 245000],
  monthDays: [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31],
};

export const RECEIVABLES_STORED: Readonly<Record<keyof ReceivablesInputs, Check>> = {
  clientName: str, terms: str, interestRate: num, recoveryFee: num, tableName: nullable(str), asOf: nullable(num), turnover: nullable(num),
  monthEnds: numbers, sales: numbers, receivables: numbers, monthDays: numbers,
};
