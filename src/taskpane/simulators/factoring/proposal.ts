/**
 * The factoring proposal: the offer's terms as labelled inputs, one invoice under them (cash paid on assignment
 * net of the reserve, every charge, the all-in annualised cost beside the TEG, the cumulative cash received, the
 * same chart as the pane) and the client's year under the same offer (average cash freed, the three honest figures).
 */
import { baseNameOf, liveOr, type ProposalOptions, parameterLabel, translator, writeClosingNote, writeHeader } from "../../proposals/common";
import type { FactoringInputs } from "./inputs";
import { dayLabelFormula, programmeFigures } from "./sheet";
import { termCell, TERMS } from "./terms";
import { cellAddress, formula, range, SheetLayout, value } from "../../proposals/layout";
import type { ProposalSheet } from "../../proposals/types";
import { TEXT } from "../../i18n";

/** FACTOR.TEG's arguments after amount and days, in the catalogue's order. */
const TEG_TERMS = "{advanceRate},{reserveRate},{indexRate},{margin},{indexFloor},{financingOnGross},{precounted},{collectionDays},{dayBasis},{financingFees}";

export const buildFactoringProposal = (inputs: FactoringInputs, options: ProposalOptions): ProposalSheet => {
  const t = translator(options.language);
  const label = parameterLabel(options.language);
  const { variant } = options;
  const title = t("sheetFactoringSimulation");
  const layout = new SheetLayout();
  writeHeader(layout, t, title, inputs.clientName, options);

  // The invoice, then the offer's terms (inputs from row 4, as every proposal), then the results.
  layout.labelled(label("amount"), value(inputs.amount), "currency", "input", "amount");
  layout.labelled(label("days"), value(inputs.days), "days", "input", "days");
  for (const spec of TERMS) layout.labelled(label(spec.parameter), termCell(spec, inputs), spec.format, "input", spec.key);

  layout.skip();
  layout.heading(t("sheetFactoringInvoice"));
  layout.labelled(t("sheetFactoringFinancingDays"), formula("={days}+{collectionDays}"), "days", "result", "invoiceDays");
  layout.labelled(t("sheetFactoringFinancingRate"), formula("=IF({indexFloor},MAX({indexRate},0),{indexRate})+{margin}"), "percent", "result", "invoiceRate");
  layout.labelled(t("factoringReserveHeld"), formula("={amount}*{reserveRate}"), "currency", "result", "invoiceReserve");
  layout.labelled(t("factoringFinancingCommission"),
    formula("=IF({financingOnGross},{amount}*{advanceRate},{amount}*({advanceRate}-{reserveRate}))*{invoiceRate}*{invoiceDays}/{dayBasis}"),
    "currency", "result", "invoiceFinancingCommission");
  layout.labelled(t("factoringCashOnAssignment"),
    formula("={amount}*{advanceRate}-{invoiceReserve}-IF({precounted},{invoiceFinancingCommission},0)"), "currency", "result", "invoiceCash");
  layout.labelled(t("factoringCommission"), formula("=MAX({amount}*{serviceFeeRate},{perInvoiceMinFee})"), "currency", "result", "invoiceCommission");
  layout.labelled(t("factoringFees"), formula("={perInvoiceFee}+{financingFees}"), "currency", "result", "invoiceFees");
  layout.labelled(t("factoringVat"), formula("=({invoiceCommission}+{perInvoiceFee})*{vatRate}"), "currency", "result", "invoiceVat");
  layout.labelled(t("factoringTotalCost"), formula("={invoiceCommission}+{invoiceFinancingCommission}+{invoiceFees}"), "currency", "result", "invoiceCost");
  layout.labelled(t("factoringAllIn"), formula("={invoiceCost}*365/({invoiceCash}*{invoiceDays})"), "percent", "result", "invoiceAllIn");
  layout.labelled(t("factoringTeg"),
    liveOr(variant, `=ENCOURS.FACTOR.TEG({amount},{days},${TEG_TERMS})`,
      "=({invoiceFinancingCommission}+{financingFees})/(({amount}*{advanceRate}-{invoiceReserve})*{invoiceDays})*365"),
    "percent", "result", "invoiceTeg");

  layout.skip();
  layout.heading(t("sheetYearlyProgramme"));
  layout.labelled(label("annual_turnover"), value(inputs.annualTurnover), "currency", "input", "annualTurnover");
  layout.labelled(label("dso_days"), value(inputs.dsoDays), "days", "input", "dsoDays");
  layout.labelled(label("invoices"), value(inputs.invoices), "integer", "input", "invoices");
  layout.labelled(label("buyers"), value(inputs.buyers), "integer", "input", "buyers");
  for (const figure of programmeFigures((key) => `{${key}}`, (key) => `{${key}}`, variant)) {
    layout.labelled(t(figure.label), figure.content, figure.format, "result", figure.key);
  }
  layout.labelled(t("factoringIncludesCover"), formula(`=IF({coverQuota}>0,"${t("factoringYes")}","${t("factoringNo")}")`), "text", "result", "cover");
  writeClosingNote(layout, t, variant);

  // The cumulative cash received, with the pane's chart title and labels, beside the terms (columns D:F from row 4).
  const top = 4;
  const language = options.language;
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

  return layout.build({
    baseName: baseNameOf(t("sheetFactoring"), inputs.clientName),
    title,
    notice: t("sheetNotice"),
    columnWidths: [260, 110, 16, 150, 110, 110],
    chart: {
      kind: "column",
      title: t("factoringCumulativeCash"),
      dataRange: range(cellAddress(3, top), cellAddress(5, top + 3)),
      seriesBy: "columns",
      topLeft: cellAddress(3, top + 5),
      bottomRight: cellAddress(8, top + 21),
    },
  });
};
