/**
 * The diagnostic proposal ("protéger ou cash ?"): the figures as formulas over the inputs and the stated
 * assumptions, then the recommendation and its reasons as text (computed by the core's `diagnose` when the
 * sheet is inserted, in both variants: rules in words do not recalculate).
 */
import { diagnose, DIAGNOSTIC_ASSUMPTIONS, isCoreError } from "../../../core";
import { baseNameOf, liveOr, type ProposalOptions, parameterLabel, translator, writeClosingNote, writeHeader } from "../../proposals/common";
import type { DiagnosticInputs } from "./inputs";
import { cellAddress, formula, range, SheetLayout, value } from "../../proposals/layout";
import type { ProposalSheet } from "../../proposals/types";

export const buildDiagnosticProposal = (inputs: DiagnosticInputs, options: ProposalOptions): ProposalSheet => {
  const t = translator(options.language);
  const label = parameterLabel(options.language);
  const { variant, language } = options;
  const title = t("sheetDiagnosticProtectionOrCash");
  const layout = new SheetLayout();
  writeHeader(layout, t, title, inputs.clientName);

  const objectives = {
    cash: t("sheetCash"),
    protection: t("sheetProtection"),
    both: t("sheetBoth"),
    unsure: t("sheetNotSure"),
  };
  layout.labelled(label("turnover"), value(inputs.turnover), "currency", "input", "turnover");
  layout.labelled(label("payment_days"), value(inputs.paymentDays), "days", "input", "paymentDays");
  layout.labelled(t("sheetTop5CustomersShare"), value(inputs.top5Share), "percent", "input", "top5Share");
  layout.labelled(t("sheetGrossMargin"), value(inputs.grossMargin), "percent", "input", "grossMargin");
  layout.labelled(t("sheetObjective"), value(objectives[inputs.objective] ?? inputs.objective), "text", "input", "objective");

  const a = DIAGNOSTIC_ASSUMPTIONS;
  layout.skip();
  layout.heading(t("sheetAssumptions"));
  layout.labelled(t("sheetAnnualDefaultRateOfReceivables"), value(a.defaultRate), "percent", "input", "defaultRate");
  layout.labelled(t("sheetLossGivenDefaultLgd"), value(a.lossGivenDefault), "percent", "input", "lgd");
  layout.labelled(t("sheetFactoringAdvanceRate"), value(a.advanceRate), "percent", "input", "advanceRate");
  layout.labelled(t("sheetFactoringServiceFee"), value(a.serviceFeeRate), "percent", "input", "serviceFeeRate");
  layout.labelled(t("sheetAnnualFinancingRate"), value(a.financingRate), "percent", "input", "financingRate");
  layout.labelled(t("sheetLargestCustomerSShareAt"),
    formula("={top5Share}/5"), "percent", "result", "largestShare");

  layout.skip();
  layout.heading(t("sheetResults"));
  layout.labelled(t("sheetAverageReceivablesOutstanding"), formula("={turnover}*{paymentDays}/365"), "currency", "result", "receivables");
  layout.labelled(t("sheetCashFactoringWouldFree"),
    liveOr(variant, "=ENCOURS.FACTOR.LINE({turnover},{paymentDays},{advanceRate},1)", "={receivables}*{advanceRate}"), "currency", "result", "cashFreed");
  // Yearly cost, expected loss and largest-customer loss on adjacent rows: the chart reads them from A:B.
  const firstCharted = layout.labelled(t("sheetYearlyCostOfFactoring"),
    liveOr(variant, "=ENCOURS.FACTOR.ANNUALCOST({turnover},{paymentDays},{serviceFeeRate},{financingRate},{advanceRate},1)",
      "={turnover}*{serviceFeeRate}+{cashFreed}*{financingRate}"), "currency", "result", "factoringCost");
  layout.labelled(t("sheetExpectedLossOverAYear"),
    liveOr(variant, "=ENCOURS.CREDIT.EXPECTEDLOSS({receivables},{defaultRate},{lgd})", "={receivables}*{defaultRate}*{lgd}"), "currency", "result", "expectedLoss");
  const lastCharted = layout.labelled(t("sheetLossIfTheLargestCustomer"),
    formula("={receivables}*{largestShare}*{lgd}"), "currency", "result", "largestLoss");
  layout.labelled(t("sheetSalesNeededToEarnThat"),
    formula("={largestLoss}/{grossMargin}"), "currency", "result", "turnoverToRecover");

  layout.skip();
  layout.heading(t("sheetConclusion"));
  try {
    const diagnosis = diagnose(inputs);
    const names = { insurance: t("sheetCreditInsurance"), factoring: t("sheetFactoring"), both: t("sheetBoth") };
    layout.labelled(t("sheetRecommendation"), value(names[diagnosis.recommendation]), "text", "result", "recommendation");
    for (const reason of diagnosis.reasons) layout.put(0, layout.takeRow(), value(reason[language]), "text", "note");
    layout.skip();
    layout.heading(t("sheetAssumptionsInPlainWords"));
    for (const note of diagnosis.assumptionNotes) layout.put(0, layout.takeRow(), value(note[language]), "text", "note");
  } catch (error) {
    if (!isCoreError(error)) throw error;
    layout.labelled(t("sheetRecommendation"), value(error.messageIn(language)), "text", "result", "recommendation");
  }
  writeClosingNote(layout, t, variant);

  return layout.build({
    baseName: baseNameOf(t("sheetDiagnostic"), inputs.clientName),
    title,
    notice: t("sheetNotice"),
    columnWidths: [300, 130],
    chart: {
      kind: "bar",
      title: t("sheetCostOfFactoringAndPossible"),
      dataRange: range(firstCharted.replace(/^B/, "A"), lastCharted),
      seriesBy: "columns",
      topLeft: cellAddress(3, 4),
      bottomRight: cellAddress(9, 20),
    },
  });
};
