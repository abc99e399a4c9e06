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
 * ECB main refinancing rate 2.15 % (in force from 11 June 2025, so on 1 July 2025 and 1 January 2026; ECB press
 * release of 5 June 2025) + 10 points (Code de commerce L441-10 II): 12.15 %.
 */
export const RECEIVABLES_SEED: ReceivablesInputs = {
  clientName: SEED_CLIENT,
  terms: "30",
  interestRate: 0.1215,
  recoveryFee: 40,
  tableName: null,
  asOf: null,
  turnover: null,
  monthEnds: [],
  sales: [],
  receivables: [],
  monthDays: [],
};

export const RECEIVABLES_STORED: Readonly<Record<keyof ReceivablesInputs, Check>> = {
  clientName: str, terms: str, interestRate: num, recoveryFee: num, tableName: nullable(str), asOf: nullable(num), turnover: nullable(num),
  monthEnds: numbers, sales: numbers, receivables: numbers, monthDays: numbers,
};
