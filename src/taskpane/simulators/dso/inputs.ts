/** The days-sales-outstanding simulator's inputs. */
import { type Check, nullable, ofParameter, SEED_CLIENT, str } from "../shape";

export interface DsoInputs {
  clientName: string;
  /** Receivables outstanding at the end of the last period, € (incl. VAT). */
  receivables: number;
  /** Receivables not yet due, € (incl. VAT); null when not known. */
  currentReceivables: number | null;
  /** Sales per period, oldest first. */
  sales: number[];
  periodDays: number;
  /** VAT rate when sales are net of VAT (0 when they already include it). */
  vatRate: number;
}

export const DSO_SEED: DsoInputs = {
  clientName: SEED_CLIENT,
  receivables: 245000,
  currentReceivables: 180000,
  // Twelve months of sales net of VAT, oldest first.
  sales: [95000, 102000, 98000, 110000, 105000, 99000, 87000, 92000, 108000, 115000, 112000, 120000],
  periodDays: 30,
  vatRate: 0.2,
};

export const DSO_STORED: Readonly<Record<keyof DsoInputs, Check>> = {
  clientName: str, receivables: ofParameter("receivables"), currentReceivables: nullable(ofParameter("current_receivables")),
  sales: ofParameter("sales"), periodDays: ofParameter("period_days"), vatRate: ofParameter("vat_rate"),
};
