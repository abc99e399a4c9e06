/**
 * The DSO proposal: countback DSO beside the accounting ratio, best possible DSO and days delinquent when
 * not-due receivables are known, and a table of which periods the receivables consume (native arithmetic
 * in both variants: each period, newest first, absorbs receivables up to its sales incl. VAT).
 */
import { dsoBestPossible, dsoCountback, dsoDelinquent } from "../../../core";
import { baseNameOf, computed, type ProposalOptions, parameterLabel, translator, writeClosingNote, writeHeader } from "../../proposals/common";
import type { DsoInputs } from "./inputs";
import { cellAddress, type Content, formula, range, SheetLayout, value } from "../../proposals/layout";
import type { CellFormat, ProposalSheet } from "../../proposals/types";

export const buildDsoProposal = (inputs: DsoInputs, options: ProposalOptions): ProposalSheet => {
  const t = translator(options.language);
  const label = parameterLabel(options.language);
  const { variant, language } = options;
  const title = t("sheetDsoDaysSalesOutstanding");
  const layout = new SheetLayout();
  writeHeader(layout, t, title, inputs.clientName, options);

  const hasCurrent = inputs.currentReceivables !== null;
  layout.labelled(label("receivables"), value(inputs.receivables), "currency", "input", "receivables");
  if (hasCurrent) {
    layout.labelled(label("current_receivables"), value(inputs.currentReceivables ?? 0), "currency", "input", "currentReceivables");
  }
  layout.labelled(label("period_days"), value(inputs.periodDays), "days", "input", "periodDays");
  layout.labelled(label("vat_rate"), value(inputs.vatRate), "percent", "input", "vatRate");

  const history = { sales: inputs.sales, periodDays: inputs.periodDays, vatRate: inputs.vatRate };
  const salesCount = inputs.sales.length;
  const sales = salesCount === 1 ? "{sales1}" : `{sales1}:{sales${salesCount}}`;
  /** The live ENCOURS formula, or the core's value at insertion in the shareable variant. */
  const liveOrComputed = (live: string, compute: () => number, format: CellFormat): { content: Content; format: CellFormat } =>
    variant === "live" ? { content: formula(live), format } : computed(compute, format, language);

  layout.skip();
  layout.heading(t("sheetResults"));
  const countback = liveOrComputed(`=ENCOURS.DSO({receivables},${sales},{periodDays},{vatRate})`,
    () => dsoCountback({ ...history, receivables: inputs.receivables }), "days");
  layout.labelled(t("sheetCountbackDsoDays"), countback.content, countback.format, "result", "dso");
  layout.labelled(t("sheetAccountingDsoDays"),
    formula(`={receivables}/(SUM(${sales})*(1+{vatRate}))*COUNT(${sales})*{periodDays}`), "days", "result", "dsoAccounting");
  if (hasCurrent) {
    const current = inputs.currentReceivables ?? 0;
    const best = liveOrComputed(`=ENCOURS.DSO.BESTPOSSIBLE({currentReceivables},${sales},{periodDays},{vatRate})`,
      () => dsoBestPossible({ ...history, currentReceivables: current }), "days");
    layout.labelled(t("sheetBestPossibleDsoDays"), best.content, best.format, "result", "dsoBest");
    const late = liveOrComputed(`=ENCOURS.DSO.DELINQUENT({receivables},{currentReceivables},${sales},{periodDays},{vatRate})`,
      () => dsoDelinquent({ ...history, receivables: inputs.receivables, currentReceivables: current }), "days");
    layout.labelled(t("sheetAverageDaysDelinquent"), late.content, late.format, "result", "dsoDelinquent");
  }

  // Sales table (inputs, oldest first) in A:B, and the countback table beside it in D:F.
  layout.skip();
  const headerRow = layout.takeRow();
  layout.put(0, headerRow, value(t("sheetSalesNetOfVatPer")), "text", "heading");
  layout.put(3, headerRow, value(t("sheetPeriod")), "text", "heading");
  layout.put(4, headerRow, value(t("sheetSalesInclVat")), "text", "heading");
  layout.put(5, headerRow, value(t("sheetReceivablesConsumed")), "text", "heading");
  inputs.sales.forEach((amount, index) => {
    const n = index + 1;
    const label = `${t("sheetPeriod")} ${n}`;
    const row = layout.takeRow();
    layout.put(0, row, value(label), "text", "label");
    layout.put(1, row, value(amount), "currency", "input", `sales${n}`);
    layout.put(3, row, value(label), "text", "label");
    layout.put(4, row, formula(`={sales${n}}*(1+{vatRate})`), "currency", "result", `gross${n}`);
    // Countback: the newest period absorbs receivables first; each older one takes what newer ones left.
    const consumed = n === salesCount
      ? `=MIN({gross${n}},{receivables})`
      : `=MIN({gross${n}},MAX(0,{receivables}-SUM({gross${n + 1}}:{gross${salesCount}})))`;
    layout.put(5, row, formula(consumed), "currency", "result", `consumed${n}`);
  });
  const lastRow = layout.currentRow - 1;
  writeClosingNote(layout, t, variant);

  return layout.build({
    baseName: baseNameOf("DSO", inputs.clientName),
    title,
    notice: t("sheetNotice"),
    columnWidths: [250, 120, 16, 90, 120, 140],
    chart: {
      kind: "column",
      title: t("sheetPeriodsTheReceivablesConsume"),
      dataRange: range(cellAddress(3, headerRow), cellAddress(5, lastRow)),
      seriesBy: "columns",
      topLeft: cellAddress(7, 4),
      bottomRight: cellAddress(14, 22),
    },
  });
};
