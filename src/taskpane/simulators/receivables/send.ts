/**
 * What the Créances figures hand to the other simulators (through the pane's inputs, never their DOM): the DSO
 * simulator's monthly sales and receivables, the credit-insurance portfolio (outstanding per customer) and the
 * diagnostic's turnover, payment days and top-5 share.
 */
import type { DiagnosticInputs } from "../diagnostic/inputs";
import type { DsoInputs } from "../dso/inputs";
import type { Portfolio } from "../insurance/inputs";
import type { ReceivablesFigures } from "./analysis";

/**
 * The DSO simulator's sales (the months of the import, TTC: vat_rate 0), the receivables and the part not yet
 * due (the aged balance's "0 day" column) at the last month's end; period_days 30 (the DSO simulator takes one
 * period length). Null without any month.
 */
export const dsoFigures = (f: ReceivablesFigures): Pick<DsoInputs, "sales" | "receivables" | "currentReceivables" | "periodDays" | "vatRate"> | null => {
  if (f.months.length === 0) return null;
  return {
    sales: f.months.map((m) => m.sales),
    receivables: f.months[f.months.length - 1].receivables,
    currentReceivables: f.agedBalance ? f.agedBalance.amount[0] : null,
    periodDays: 30,
    vatRate: 0,
  };
};

/**
 * The portfolio: one buyer per customer owing something, its outstanding as exposure, the pd and lgd given, no
 * named credit limit (the books do not hold the insurer's approvals: the policy's discretionary limit applies).
 */
export const insuranceExposures = (f: ReceivablesFigures, pd: number, lgd: number): Portfolio => ({
  exposures: [...f.exposures],
  pds: f.exposures.map(() => pd),
  lgds: f.exposures.map(() => lgd),
  creditLimits: f.exposures.map(() => null),
});

/**
 * The diagnostic's turnover (the year's turnover HT), payment days (the countback DSO of the last month that
 * has one) and top-5 share of receivables; a figure the import cannot give is left out.
 */
export const diagnosticFigures = (f: ReceivablesFigures): Partial<Pick<DiagnosticInputs, "turnover" | "paymentDays" | "top5Share">> => {
  const lastDso = [...f.months].reverse().find((m) => m.dso !== null)?.dso ?? null;
  return {
    ...(f.turnover > 0 ? { turnover: f.turnover } : {}),
    ...(lastDso !== null ? { paymentDays: Math.round(lastDso) } : {}),
    ...(f.top5Share !== null ? { top5Share: f.top5Share } : {}),
  };
};

/**
 * A FEC opened in a sheet, as the reader reads a file: the selected cells (header row first) as tab-separated
 * lines. Excel holds the FEC's dates (AAAAMMJJ) and amounts as numbers once opened: a number is written with
 * its digits and a decimal point, which the reader accepts as it accepts a decimal comma; a blank is empty.
 */
export const selectionAsFecText = (values: readonly (readonly unknown[])[]): string =>
  values
    .map((row) => row.map((cell) => (cell === null || cell === undefined ? "" : typeof cell === "number" ? String(cell) : String(cell).replace(/[\t\r\n]/g, " "))).join("\t"))
    .join("\n");
