/**
 * The DSO proposal: countback DSO beside the accounting ratio, best possible DSO and days delinquent when
 * not-due receivables are known, and a table of which periods the receivables consume (native arithmetic
 * in both variants: each period, newest first, absorbs receivables up to its sales incl. VAT).
 */
import { dsoBestPossible, dsoCountback, dsoDelinquent } from "../../../core";
import { type FigureRow, type ParameterRow, type ProposalOptions, startProposal } from "../../proposals/common";
import type { DsoInputs } from "./inputs";
import { cellAddress, formula, range, value } from "../../proposals/layout";
import type { ProposalSheet } from "../../proposals/types";

type DsoFigure = "receivables" | "currentReceivables" | "periodDays" | "vatRate";

/** The inputs, keyed as DsoInputs; the receivables not yet due only when known. */
const PARAMETER_INPUTS: ReadonlyArray<ParameterRow<DsoFigure>> = [
  { parameter: "receivables", key: "receivables", format: "currency" },
  { parameter: "current_receivables", key: "currentReceivables", format: "currency" },
  { parameter: "period_days", key: "periodDays", format: "days" },
  { parameter: "vat_rate", key: "vatRate", format: "percent" },
];

export const buildDsoProposal = (inputs: DsoInputs, options: ProposalOptions): ProposalSheet => {
  const { t, layout, ...sheet } = startProposal(options, "sheetDsoDaysSalesOutstanding", inputs.clientName);

  const hasCurrent = inputs.currentReceivables !== null;
  sheet.inputs(PARAMETER_INPUTS.filter((row) => hasCurrent || row.key !== "currentReceivables"), ({ key }) => value(inputs[key] ?? 0));

  const history = { sales: inputs.sales, periodDays: inputs.periodDays, vatRate: inputs.vatRate };
  const salesCount = inputs.sales.length;
  const sales = salesCount === 1 ? "{sales1}" : `{sales1}:{sales${salesCount}}`;
  const current = inputs.currentReceivables ?? 0;
  /** Best possible DSO and days delinquent: only when the receivables not yet due are known. */
  const whenCurrentKnown = (): FigureRow[] => [
    {
      label: "sheetBestPossibleDsoDays", key: "dsoBest",
      ...sheet.liveOrComputed(`=ENCOURS.DSO.BESTPOSSIBLE({currentReceivables},${sales},{periodDays},{vatRate})`,
        () => dsoBestPossible({ ...history, currentReceivables: current }), "days"),
    },
    {
      label: "sheetAverageDaysDelinquent", key: "dsoDelinquent",
      ...sheet.liveOrComputed(`=ENCOURS.DSO.DELINQUENT({receivables},{currentReceivables},${sales},{periodDays},{vatRate})`,
        () => dsoDelinquent({ ...history, receivables: inputs.receivables, currentReceivables: current }), "days"),
    },
  ];
  sheet.section("sheetResults", [
    {
      label: "sheetCountbackDsoDays", key: "dso",
      ...sheet.liveOrComputed(`=ENCOURS.DSO({receivables},${sales},{periodDays},{vatRate})`, () => dsoCountback({ ...history, receivables: inputs.receivables }), "days"),
    },
    {
      label: "sheetAccountingDsoDays", key: "dsoAccounting", format: "days",
      content: formula(`={receivables}/(SUM(${sales})*(1+{vatRate}))*COUNT(${sales})*{periodDays}`),
    },
    ...(hasCurrent ? whenCurrentKnown() : []),
  ]);

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

  return sheet.finish("DSO", [250, 120, 16, 90, 120, 140], {
    kind: "column",
    title: t("sheetPeriodsTheReceivablesConsume"),
    dataRange: range(cellAddress(3, headerRow), cellAddress(5, lastRow)),
    seriesBy: "columns",
    topLeft: cellAddress(7, 4),
    bottomRight: cellAddress(14, 22),
  });
};
