/**
 * What a proposal sheet holds, independent of Excel: the proposal builders (./index.ts) produce it as plain
 * data, the Office module (../office/workbook.ts) writes it. Addresses are A1 references on the new sheet.
 */

/** How a cell reads; the Office module maps each to an Excel number format (see NUMBER_FORMATS). */
export type CellFormat = "text" | "currency" | "percent" | "days" | "number" | "integer";

/** Excel number formats of each cell format (Excel's invariant format codes). */
export const NUMBER_FORMATS: Readonly<Record<CellFormat, string>> = {
  text: "General",
  currency: "#,##0.00 €",
  percent: "0.00%",
  days: "0",
  number: "#,##0.00",
  integer: "0",
};

/** What the cell is for: labels and titles are bold, inputs are the cells a user may change. */
export type CellRole = "title" | "client" | "notice" | "heading" | "label" | "input" | "result" | "note";

export interface ProposalCell {
  /** A1 address on the new sheet, e.g. "B4". */
  address: string;
  /** A constant (text or number); exactly one of value / formula is set. */
  value?: string | number;
  /** A formula starting with "=", e.g. "=ENCOURS.FACTOR.ADVANCE(B4,B6)". */
  formula?: string;
  format: CellFormat;
  role: CellRole;
  bold?: boolean;
}

export type ChartKind = "column" | "bar" | "line" | "pie";

export interface ChartSpec {
  kind: ChartKind;
  title: string;
  /** Range holding the category labels in its first column and the series in the next ones, e.g. "D4:E6". */
  dataRange: string;
  /** Series laid out by columns (one series per column) or by rows. */
  seriesBy: "columns" | "rows";
  /** Top-left and bottom-right cells of the chart's position on the sheet. */
  topLeft: string;
  bottomRight: string;
}

/**
 * How the sheet prints (Office.js worksheet.pageLayout, ExcelApi 1.9): the print area covers every cell and
 * the chart, one page wide; headers and footers use Excel's codes (&D the date, &P the page, &N the pages,
 * && a literal &).
 */
export interface PrintSetup {
  /** e.g. "A1:J40". */
  area: string;
  /** Pages across: 1, so that no column is cut. */
  pagesWide: number;
  leftHeader: string;
  rightHeader: string;
  leftFooter: string;
  rightFooter: string;
}

export interface ProposalSheet {
  /** Name to give the new worksheet (made unique and valid by the Office module). */
  baseName: string;
  title: string;
  cells: ProposalCell[];
  chart?: ChartSpec;
  /** "Indicatif — ce n'est pas un devis" / "Indicative — not a quote" (also present as a cell). */
  notice: string;
  /** Column widths in points, from column A. */
  columnWidths: number[];
  /** Print area, page fit, header and footer (set by the layout for every sheet). */
  print?: PrintSetup;
}
