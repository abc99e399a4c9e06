/**
 * The Créances proposal: the D441-6 aged balance and the monthly countback DSO over the invoice table the
 * "Insérer" button wrote (an Excel table, its columns referenced by name, so the sheet follows the table when
 * rows are added). Live variant: ENCOURS.RECEIVABLES.AGEDBALANCE and ENCOURS.DSO; shareable variant: native
 * SUMPRODUCT over the same columns and the DSO computed by the core at insertion.
 */
import { AGED_BALANCE_COLUMNS, dateFromExcelSerial, dsoCountback } from "../../../core";
import { type ParameterRow, type ProposalOptions, startProposal, type Translate } from "../../proposals/common";
import { cellAddress, formula, range, value } from "../../proposals/layout";
import type { ProposalSheet } from "../../proposals/types";
import type { ReceivablesInputs } from "./inputs";

/** The invoice table's column headers, in order; the table's formulas reference them by these names. */
export const invoiceTableHeaders = (t: Translate): string[] => [
  t("recvColCustomer"), t("recvColName"), t("recvColPiece"), t("recvColDate"), t("recvColDueDate"), t("recvColAmount"), t("recvColPaidDate"),
];

/** Bounds of days late of each column of the D441-6 table (AGED_BALANCE_COLUMNS), for the native formulas. */
const LATE_BOUNDS: ReadonlyArray<[number | null, number | null]> = [[null, 0], [1, 30], [31, 60], [61, 90], [91, null], [1, null]];

/** The figures the aged balance reads, keyed as the formulas name them (a date as Excel's serial). */
const PARAMETER_INPUTS: ReadonlyArray<ParameterRow<"asOf" | "turnover" | "terms">> = [
  { parameter: "as_of", key: "asOf", format: "integer" },
  { parameter: "turnover_ht", key: "turnover", format: "currency" },
  { parameter: "terms", key: "terms", format: "text" },
];

const monthLabel = (serial: number): string => {
  const { year, month } = dateFromExcelSerial(serial);
  return `${String(month).padStart(2, "0")}/${year}`;
};

export const buildReceivablesProposal = (inputs: ReceivablesInputs, options: ProposalOptions): ProposalSheet => {
  // Title, client and notice only: no broker block nor terms on this sheet.
  const { t, variant, layout, ...sheet } = startProposal(options, "sheetReceivablesTitle", inputs.clientName, false);

  const table = inputs.tableName;
  sheet.inputs(PARAMETER_INPUTS, ({ key }) => value(inputs[key] ?? 0));

  sheet.section("recvAgedHeading");
  if (table === null) {
    layout.put(0, layout.takeRow(), value(t("recvNoTable")), "text", "note");
  } else {
    const [, , , date, due, amount, paid] = invoiceTableHeaders(t).map((header) => `${table}[${header}]`);
    const headerRow = layout.takeRow();
    layout.put(0, headerRow, value(t("recvMeasure")), "text", "heading");
    AGED_BALANCE_COLUMNS.forEach((column, index) => layout.put(index + 1, headerRow, value(t(COLUMN_KEYS[index])), "text", "heading", `agedHead${column}`));
    if (variant === "live") {
      // A 3 × 7 spill: the measure, then the six columns of the legal table.
      layout.put(0, layout.takeRow(), formula(`=ENCOURS.RECEIVABLES.AGEDBALANCE(${date},${amount},{asOf},{turnover},${paid},{terms})`), "number", "result", "aged");
      layout.takeRow();
      layout.takeRow();
    } else {
      // Open at as_of: issued on or before it, and unpaid or paid after it; days late = as_of − due date.
      const open = `(${date}<={asOf})*(((${paid}="")+(${paid}>{asOf}))>0)`;
      const within = ([low, high]: [number | null, number | null]): string =>
        [low === null ? "" : `*(({asOf}-${due})>=${low})`, high === null ? "" : `*(({asOf}-${due})<=${high})`].join("");
      const rows: Array<{ key: "recvRowInvoices" | "recvRowAmount" | "recvRowShare"; cell: (bounds: [number | null, number | null], column: number) => string; format: "integer" | "currency" | "percent" }> = [
        { key: "recvRowInvoices", cell: (bounds) => `=SUMPRODUCT(${open}${within(bounds)})`, format: "integer" },
        { key: "recvRowAmount", cell: (bounds) => `=SUMPRODUCT(${open}${within(bounds)}*${amount})`, format: "currency" },
        { key: "recvRowShare", cell: (_bounds, column) => `={agedAmount${column}}/{turnover}`, format: "percent" },
      ];
      for (const spec of rows) {
        const row = layout.takeRow();
        layout.put(0, row, value(t(spec.key)), "text", "label");
        LATE_BOUNDS.forEach((bounds, column) =>
          layout.put(column + 1, row, formula(spec.cell(bounds, column)), spec.format, "result", spec.key === "recvRowAmount" ? `agedAmount${column}` : undefined));
      }
    }
  }

  // The monthly sales and receivables of the import, and the countback DSO at the last month.
  sheet.section("recvDsoHeading");
  const count = inputs.monthEnds.length;
  const headerRow = layout.takeRow();
  [t("recvMonth"), t("sheetSalesInclVat"), t("recvReceivables"), t("recvMonthDays")].forEach((text, column) => layout.put(column, headerRow, value(text), "text", "heading"));
  inputs.monthEnds.forEach((monthEnd, index) => {
    const row = layout.takeRow();
    layout.put(0, row, value(monthLabel(monthEnd)), "text", "label");
    layout.put(1, row, value(inputs.sales[index] ?? 0), "currency", "input", `sales${index + 1}`);
    layout.put(2, row, value(inputs.receivables[index] ?? 0), "currency", "input", `receivables${index + 1}`);
    layout.put(3, row, value(inputs.monthDays[index] ?? 30), "days", "input", `days${index + 1}`);
  });
  if (count > 0) {
    const sales = `{sales1}:{sales${count}}`;
    const days = `{days1}:{days${count}}`;
    const last = inputs.receivables[count - 1] ?? 0;
    const dso = sheet.liveOrComputed(`=ENCOURS.DSO({receivables${count}},${sales},${days},0)`,
      () => dsoCountback({ receivables: last, sales: inputs.sales, periodDays: inputs.monthDays }), "days");
    sheet.results([{ label: "sheetCountbackDsoDays", key: "dso", ...dso }]);
  }
  const lastRow = layout.currentRow - 1;

  return sheet.finish(t("recvSheetBase"), [200, 110, 110, 110, 110, 110, 110], count > 0 ? {
    kind: "column",
    title: t("recvDsoHeading"),
    // Months, sales and receivables (the days column aside).
    dataRange: range(cellAddress(0, headerRow), cellAddress(2, lastRow - 1)),
    seriesBy: "columns",
    topLeft: cellAddress(8, 4),
    bottomRight: cellAddress(15, 22),
  } : undefined);
};

const COLUMN_KEYS = ["recvCol0", "recvCol1to30", "recvCol31to60", "recvCol61to90", "recvCol91plus", "recvColTotal"] as const;
