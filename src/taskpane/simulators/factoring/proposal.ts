/**
 * The factoring proposal: the offer's terms as labelled inputs, one invoice under them (cash paid on assignment
 * net of the reserve, every charge, the all-in annualised cost beside the TEG, the cumulative cash received, the
 * same chart as the pane) and the client's year under the same offer (average cash freed, the three honest figures).
 */
import { type FigureRow, liveOr, type ParameterRow, type ProposalOptions, startProposal } from "../../proposals/common";
import type { FactoringInputs } from "./inputs";
import { dayLabelFormula, programmeFigures } from "./sheet";
import { termCell, TERMS } from "./terms";
import { cellAddress, formula, range, value } from "../../proposals/layout";
import type { ProposalSheet } from "../../proposals/types";
import { TEXT } from "../../i18n";

/** FACTOR.TEG's arguments after amount and days, in the catalogue's order. */
const TEG_TERMS = "{advanceRate},{reserveRate},{indexRate},{margin},{indexFloor},{financingOnGross},{precounted},{collectionDays},{dayBasis},{financingFees}";

/** The invoice the sheet prices. */
const INVOICE: ReadonlyArray<ParameterRow<"amount" | "days">> = [
  { parameter: "amount", key: "amount", format: "currency" },
  { parameter: "days", key: "days", format: "days" },
];

/** The client's year a programme is priced on (this sheet's and the offer comparison's). */
export const PROFILE: ReadonlyArray<ParameterRow<"annualTurnover" | "dsoDays" | "invoices" | "buyers">> = [
  { parameter: "annual_turnover", key: "annualTurnover", format: "currency" },
  { parameter: "dso_days", key: "dsoDays", format: "days" },
  { parameter: "invoices", key: "invoices", format: "integer" },
  { parameter: "buyers", key: "buyers", format: "integer" },
];

/**
 * One invoice under the terms: financing days and rate, the reserve, each charge, the cash on assignment, the
 * all-in annualised cost and the TEG (FACTOR.TEG live; its ratio as native arithmetic in the shareable variant).
 */
const invoiceFigures = (variant: ProposalOptions["variant"]): FigureRow[] => [
  { label: "sheetFactoringFinancingDays", key: "invoiceDays", format: "days", content: formula("={days}+{collectionDays}") },
  { label: "sheetFactoringFinancingRate", key: "invoiceRate", format: "percent", content: formula("=IF({indexFloor},MAX({indexRate},0),{indexRate})+{margin}") },
  { label: "factoringReserveHeld", key: "invoiceReserve", format: "currency", content: formula("={amount}*{reserveRate}") },
  {
    label: "factoringFinancingCommission", key: "invoiceFinancingCommission", format: "currency",
    content: formula("=IF({financingOnGross},{amount}*{advanceRate},{amount}*({advanceRate}-{reserveRate}))*{invoiceRate}*{invoiceDays}/{dayBasis}"),
  },
  {
    label: "factoringCashOnAssignment", key: "invoiceCash", format: "currency",
    content: formula("={amount}*{advanceRate}-{invoiceReserve}-IF({precounted},{invoiceFinancingCommission},0)"),
  },
  { label: "factoringCommission", key: "invoiceCommission", format: "currency", content: formula("=MAX({amount}*{serviceFeeRate},{perInvoiceMinFee})") },
  { label: "factoringFees", key: "invoiceFees", format: "currency", content: formula("={perInvoiceFee}+{financingFees}") },
  { label: "factoringVat", key: "invoiceVat", format: "currency", content: formula("=({invoiceCommission}+{perInvoiceFee})*{vatRate}") },
  { label: "factoringTotalCost", key: "invoiceCost", format: "currency", content: formula("={invoiceCommission}+{invoiceFinancingCommission}+{invoiceFees}") },
  { label: "factoringAllIn", key: "invoiceAllIn", format: "percent", content: formula("={invoiceCost}*365/({invoiceCash}*{invoiceDays})") },
  {
    label: "factoringTeg", key: "invoiceTeg", format: "percent",
    content: liveOr(variant, `=ENCOURS.FACTOR.TEG({amount},{days},${TEG_TERMS})`,
      "=({invoiceFinancingCommission}+{financingFees})/(({amount}*{advanceRate}-{invoiceReserve})*{invoiceDays})*365"),
  },
];

export const buildFactoringProposal = (inputs: FactoringInputs, options: ProposalOptions): ProposalSheet => {
  const { t, variant, language, layout, ...sheet } = startProposal(options, "sheetFactoringSimulation", inputs.clientName);

  // The invoice, then the offer's terms (inputs from row 4, as every proposal), then the results.
  sheet.inputs(INVOICE, ({ key }) => value(inputs[key]));
  sheet.inputs(TERMS, (spec) => termCell(spec, inputs));
  sheet.section("sheetFactoringInvoice", invoiceFigures(variant));

  sheet.section("sheetYearlyProgramme");
  sheet.inputs(PROFILE, ({ key }) => value(inputs[key]));
  sheet.results(programmeFigures((key) => `{${key}}`, (key) => `{${key}}`, variant));
  layout.labelled(t("factoringIncludesCover"), formula(`=IF({coverQuota}>0,"${t("factoringYes")}","${t("factoringNo")}")`), "text", "result", "cover");

  // The cumulative cash received, with the pane's chart title and labels, beside the terms (columns D:F from row 4).
  const top = 4;
  layout.put(3, top, value(t("sheetFactoringDay")), "text", "heading");
  layout.put(4, top, value(t("withFactoring")), "text", "heading");
  layout.put(5, top, value(t("withoutFactoring")), "text", "heading");
  layout.put(3, top + 1, value(t("factoringFlowAdvance", { day: 0 })), "text", "label");
  layout.put(4, top + 1, formula("={invoiceCash}"), "currency", "result");
  layout.put(5, top + 1, value(0), "currency", "result");
  layout.put(3, top + 2, dayLabelFormula(TEXT.factoringFlowBalance[language], "{invoiceDays}"), "text", "label");
  layout.put(4, top + 2, formula("={amount}-{invoiceReserve}-{invoiceCost}-{invoiceVat}"), "currency", "result", "cumulativeBalance");
  layout.put(5, top + 2, formula("={amount}"), "currency", "result");
  layout.put(3, top + 3, dayLabelFormula(TEXT.factoringFlowReserve[language], "{invoiceDays}"), "text", "label");
  layout.put(4, top + 3, formula("={amount}-{invoiceCost}-{invoiceVat}"), "currency", "result", "cumulativeReserve");
  layout.put(5, top + 3, formula("={amount}"), "currency", "result");

  return sheet.finish(t("sheetFactoring"), [260, 110, 16, 150, 110, 110], {
    kind: "column",
    title: t("factoringCumulativeCash"),
    dataRange: range(cellAddress(3, top), cellAddress(5, top + 3)),
    seriesBy: "columns",
    topLeft: cellAddress(3, top + 5),
    bottomRight: cellAddress(8, top + 21),
  });
};
