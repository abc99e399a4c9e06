import { defaultOf } from "../../catalogue/parameters";
/**
 * Defaults of the DSO functions (DESIGN.md, "Receivables"): monthly periods of 30 days, sales already
 * including VAT (receivables do, so sales net of VAT need vat_rate to compare like with like), oldest
 * period first as in a ledger read top to bottom.
 * Frozen: the task pane and the functions share one runtime, so no caller may change the others' defaults.
 */
export const DSO_DEFAULTS = Object.freeze({
  periodDays: defaultOf("period_days"),
  vatRate: defaultOf("vat_rate"),
  newestFirst: defaultOf<boolean>("newest_first"),
});

/** A sales history, one value per period. */
export interface SalesHistory {
  /** Sales of each period, 0 or more (net of credit notes within the period), oldest first unless newestFirst. */
  sales: number[];
  /** Days of each period, more than 0: one number for all or one per period (default 30). */
  periodDays?: number | number[];
  /** VAT rate to gross up sales given net of VAT, 0..1 (default 0: sales include VAT). */
  vatRate?: number;
  /** true when the first value is the most recent period (default false). */
  newestFirst?: boolean;
}

/** One period of a countback, in the order the walk visits them (most recent first). */
export interface CountbackPeriod {
  /** Position of the period in the input `sales`. */
  index: number;
  /** Gross sales of the period: sales × (1 + vatRate). */
  sales: number;
  /** Days of the period. */
  days: number;
  /** Receivables taken from this period's sales. */
  consumed: number;
  /** Days this period adds to the DSO. */
  daysCounted: number;
}

/** A countback DSO with the periods that make it up. */
export interface CountbackDetail {
  dso: number;
  periods: CountbackPeriod[];
}
