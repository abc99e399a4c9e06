/**
 * The diagnostic proposal ("protéger ou cash ?"): the inputs and the stated assumptions as cells, then every
 * figure behind the reasons as a formula over them — the lateness against the agreed terms, the concentration,
 * the weight of the largest customer's loss, the needs and the recommendation itself — so that the sheet
 * recalculates when the client changes a yellow cell, in both variants (no sentence with frozen figures).
 * The formulas follow the core's rules (diagnose): the pane and the sheet answer the same.
 */
import { DIAGNOSTIC_ASSUMPTIONS, POLICY_DEFAULTS } from "../../../core";
import { baseNameOf, liveOr, type ProposalOptions, parameterLabel, translator, writeClosingNote, writeHeader } from "../../proposals/common";
import type { DiagnosticInputs } from "./inputs";
import { cellAddress, formula, range, SheetLayout, value } from "../../proposals/layout";
import type { ProposalSheet } from "../../proposals/types";

/** A text as an Excel string literal: quotes doubled. */
const literal = (text: string): string => `"${text.replace(/"/g, '""')}"`;

export const buildDiagnosticProposal = (inputs: DiagnosticInputs, options: ProposalOptions): ProposalSheet => {
  const t = translator(options.language);
  const label = parameterLabel(options.language);
  const { variant } = options;
  const title = t("sheetDiagnosticProtectionOrCash");
  const layout = new SheetLayout();
  writeHeader(layout, t, title, inputs.clientName, options);

  const objectives = { cash: t("sheetCash"), protection: t("sheetProtection"), both: t("sheetBoth"), unsure: t("sheetNotSure") };
  const bool = (flag: boolean) => formula(flag ? "=TRUE()" : "=FALSE()");
  layout.labelled(label("turnover"), value(inputs.turnover), "currency", "input", "turnover");
  layout.labelled(label("payment_days"), value(inputs.paymentDays), "days", "input", "paymentDays");
  layout.labelled(label("vat_included"), bool(inputs.vatIncluded), "text", "input", "vatIncluded");
  layout.labelled(label("sales_vat_rate"), value(POLICY_DEFAULTS.vatRate), "percent", "input", "vatRate");
  layout.labelled(label("terms"), value(inputs.agreedTermsDays), "days", "input", "agreedTerms");
  layout.labelled(t("sheetTop5CustomersShare"), value(inputs.top5Share), "percent", "input", "top5Share");
  layout.labelled(t("sheetGrossMargin"), value(inputs.grossMargin), "percent", "input", "grossMargin");
  layout.labelled(t("sheetObjective"), value(objectives[inputs.objective] ?? objectives.unsure), "text", "input", "objective");
  layout.put(0, layout.takeRow(), value(t("sheetDiagObjectiveHint", objectives)), "text", "note");
  layout.labelled(t("factoringGuarantee"), bool(inputs.factoringGuarantee), "text", "input", "guarantee");

  const a = DIAGNOSTIC_ASSUMPTIONS;
  layout.skip();
  layout.heading(t("sheetAssumptions"));
  layout.labelled(t("sheetAnnualDefaultRateOfReceivables"), value(a.defaultRate), "percent", "input", "defaultRate");
  layout.labelled(t("sheetLossGivenDefaultLgd"), value(a.lossGivenDefault), "percent", "input", "lgd");
  layout.labelled(t("sheetFactoringAdvanceRate"), value(a.advanceRate), "percent", "input", "advanceRate");
  layout.labelled(t("sheetFactoringServiceFee"), value(a.serviceFeeRate), "percent", "input", "serviceFeeRate");
  layout.labelled(t("sheetAnnualFinancingRate"), value(a.financingRate), "percent", "input", "financingRate");
  layout.labelled(t("sheetDiagLateDaysMark"), value(a.lateDaysMark), "days", "input", "lateMark");
  layout.labelled(t("sheetDiagConcentratedMark"), value(a.concentratedTop5Share), "percent", "input", "concentratedMark");
  layout.labelled(t("sheetDiagHeavyLossMark"), value(a.heavyLossShareOfMargin), "percent", "input", "heavyMark");
  layout.labelled(t("sheetLargestCustomerSShareAt"), formula("={top5Share}/5"), "percent", "result", "largestShare");

  layout.skip();
  layout.heading(t("sheetResults"));
  layout.labelled(t("sheetDiagTurnoverTtc"), formula("=IF({vatIncluded},{turnover},{turnover}*(1+{vatRate}))"), "currency", "result", "turnoverTtc");
  layout.labelled(t("sheetDiagTurnoverHt"), formula("=IF({vatIncluded},{turnover}/(1+{vatRate}),{turnover})"), "currency", "result", "turnoverHt");
  layout.labelled(t("sheetAverageReceivablesOutstanding"), formula("={turnoverTtc}*{paymentDays}/365"), "currency", "result", "receivables");
  layout.labelled(t("sheetCashFactoringWouldFree"),
    liveOr(variant, "=ENCOURS.FACTOR.LINE({turnoverTtc},{paymentDays},{advanceRate},1)", "={receivables}*{advanceRate}"), "currency", "result", "cashFreed");
  // Yearly cost, expected loss and largest-customer loss on adjacent rows: the chart reads them from A:B.
  const firstCharted = layout.labelled(t("sheetYearlyCostOfFactoring"),
    liveOr(variant, "=ENCOURS.FACTOR.ANNUALCOST({turnoverTtc},{paymentDays},{serviceFeeRate},{financingRate},{advanceRate},1)",
      "={turnoverTtc}*{serviceFeeRate}+{cashFreed}*{financingRate}"), "currency", "result", "factoringCost");
  layout.labelled(t("sheetExpectedLossOverAYear"),
    liveOr(variant, "=ENCOURS.CREDIT.EXPECTEDLOSS({receivables},{defaultRate},{lgd})", "={receivables}*{defaultRate}*{lgd}"), "currency", "result", "expectedLoss");
  const lastCharted = layout.labelled(t("sheetLossIfTheLargestCustomer"),
    formula("={receivables}*{largestShare}*{lgd}"), "currency", "result", "largestLoss");
  layout.labelled(t("sheetSalesNeededToEarnThat"), formula("={largestLoss}/{grossMargin}"), "currency", "result", "turnoverToRecover");
  layout.labelled(t("sheetDiagLossShareOfMargin"),
    formula("=IF({turnoverHt}*{grossMargin}=0,0,{largestLoss}/({turnoverHt}*{grossMargin}))"), "percent", "result", "lossShare");

  // The rules of diagnose, as formulas: a stated objective is a need, a strong signal adds its own, and a
  // factoring guarantee meets the protection need (never credit insurance on top of it).
  const is = (key: "cash" | "protection" | "both") => `{objective}=${literal(objectives[key])}`;
  layout.skip();
  layout.heading(t("sheetDiagWhy"));
  layout.labelled(t("sheetDiagDaysLate"), formula("=MAX(0,{paymentDays}-{agreedTerms})"), "days", "result", "daysLate");
  layout.labelled(t("sheetDiagLatePayment"), formula("={paymentDays}-{agreedTerms}>={lateMark}"), "text", "result", "latePayment");
  layout.labelled(t("sheetDiagConcentrated"), formula("={top5Share}>={concentratedMark}"), "text", "result", "concentrated");
  layout.labelled(t("sheetDiagHeavyLoss"), formula("={lossShare}>={heavyMark}"), "text", "result", "heavyLoss");
  const wantsProtection = `OR(${is("protection")},${is("both")},{concentrated},{heavyLoss})`;
  layout.labelled(t("sheetDiagNeedCash"),
    formula(`=OR(${is("cash")},${is("both")},{latePayment},AND({guarantee},${wantsProtection}))`), "text", "result", "needCash");
  layout.labelled(t("sheetDiagNeedProtection"), formula(`=AND(${wantsProtection},NOT({guarantee}))`), "text", "result", "needProtection");
  const [both, factoring, insurance, neither] = (["recommendBoth", "recommendFactoring", "recommendInsurance", "recommendNeither"] as const).map((key) => literal(t(key)));
  layout.labelled(t("sheetRecommendation"),
    formula(`=IF(AND({needCash},{needProtection}),${both},IF({needCash},${factoring},IF({needProtection},${insurance},${neither})))`), "text", "result", "recommendation");
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
