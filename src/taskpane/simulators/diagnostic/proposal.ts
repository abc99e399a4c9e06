/**
 * The diagnostic proposal ("protéger ou cash ?"): the inputs and the stated assumptions as cells, then every
 * figure behind the reasons as a formula over them — the lateness against the agreed terms, the concentration,
 * the weight of the largest customer's loss, the needs and the recommendation itself — so that the sheet
 * recalculates when the client changes a yellow cell, in both variants (no sentence with frozen figures).
 * The formulas follow the core's rules (diagnose): the pane and the sheet answer the same.
 */
import { DIAGNOSTIC_ASSUMPTIONS, type DiagnosticAssumptions, POLICY_DEFAULTS } from "../../../core";
import { inputCell, liveOr, type ParameterRow, type ProposalOptions, startProposal } from "../../proposals/common";
import type { TextKey } from "../../i18n";
import type { DiagnosticInputs } from "./inputs";
import { cellAddress, formula, range, value } from "../../proposals/layout";
import type { CellFormat, ProposalSheet } from "../../proposals/types";

/** A text as an Excel string literal: quotes doubled. */
const literal = (text: string): string => `"${text.replace(/"/g, '""')}"`;

/** The client's figures the catalogue names, keyed as the inputs (the VAT rate: the policy's default). */
const PARAMETER_INPUTS: ReadonlyArray<ParameterRow<keyof DiagnosticInputs | "vatRate">> = [
  { parameter: "turnover", key: "turnover", format: "currency" },
  { parameter: "payment_days", key: "paymentDays", format: "days" },
  { parameter: "vat_included", key: "vatIncluded", format: "text" },
  { parameter: "sales_vat_rate", key: "vatRate", format: "percent" },
  { parameter: "terms", key: "agreedTermsDays", format: "days" },
];

/** The stated assumptions (the core's DIAGNOSTIC_ASSUMPTIONS, keyed by their names there), as inputs. */
const ASSUMPTIONS: ReadonlyArray<[TextKey, keyof DiagnosticAssumptions, CellFormat]> = [
  ["sheetAnnualDefaultRateOfReceivables", "defaultRate", "percent"],
  ["sheetLossGivenDefaultLgd", "lossGivenDefault", "percent"],
  ["sheetFactoringAdvanceRate", "advanceRate", "percent"],
  ["sheetFactoringServiceFee", "serviceFeeRate", "percent"],
  ["sheetAnnualFinancingRate", "financingRate", "percent"],
  ["sheetDiagLateDaysMark", "lateDaysMark", "days"],
  ["sheetDiagConcentratedMark", "concentratedTop5Share", "percent"],
  ["sheetDiagHeavyLossMark", "heavyLossShareOfMargin", "percent"],
];

export const buildDiagnosticProposal = (inputs: DiagnosticInputs, options: ProposalOptions): ProposalSheet => {
  const { t, variant, layout, ...sheet } = startProposal(options, "sheetDiagnosticProtectionOrCash", inputs.clientName);

  const objectives = { cash: t("sheetCash"), protection: t("sheetProtection"), both: t("sheetBoth"), unsure: t("sheetNotSure") };
  sheet.inputs(PARAMETER_INPUTS, ({ key }) => inputCell(key === "vatRate" ? POLICY_DEFAULTS.vatRate : inputs[key]));
  layout.labelled(t("sheetTop5CustomersShare"), value(inputs.top5Share), "percent", "input", "top5Share");
  layout.labelled(t("sheetGrossMargin"), value(inputs.grossMargin), "percent", "input", "grossMargin");
  layout.labelled(t("sheetObjective"), value(objectives[inputs.objective] ?? objectives.unsure), "text", "input", "objective");
  layout.put(0, layout.takeRow(), value(t("sheetDiagObjectiveHint", objectives)), "text", "note");
  layout.labelled(t("factoringGuarantee"), inputCell(inputs.factoringGuarantee), "text", "input", "guarantee");

  sheet.section("sheetAssumptions");
  for (const [text, key, format] of ASSUMPTIONS) layout.labelled(t(text), value(DIAGNOSTIC_ASSUMPTIONS[key]), format, "input", key);
  layout.labelled(t("sheetLargestCustomerSShareAt"), formula("={top5Share}/5"), "percent", "result", "largestShare");

  // Yearly cost, expected loss and largest-customer loss on adjacent rows: the chart reads them from A:B.
  sheet.section("sheetResults", [
    { label: "sheetDiagTurnoverTtc", key: "turnoverTtc", format: "currency", content: formula("=IF({vatIncluded},{turnover},{turnover}*(1+{vatRate}))") },
    { label: "sheetDiagTurnoverHt", key: "turnoverHt", format: "currency", content: formula("=IF({vatIncluded},{turnover}/(1+{vatRate}),{turnover})") },
    { label: "sheetAverageReceivablesOutstanding", key: "receivables", format: "currency", content: formula("={turnoverTtc}*{paymentDays}/365") },
    {
      label: "sheetCashFactoringWouldFree", key: "cashFreed", format: "currency",
      content: liveOr(variant, "=ENCOURS.FACTOR.LINE({turnoverTtc},{paymentDays},{advanceRate},1)", "={receivables}*{advanceRate}"),
    },
    {
      label: "sheetYearlyCostOfFactoring", key: "factoringCost", format: "currency",
      content: liveOr(variant, "=ENCOURS.FACTOR.ANNUALCOST({turnoverTtc},{paymentDays},{serviceFeeRate},{financingRate},{advanceRate},1)",
        "={turnoverTtc}*{serviceFeeRate}+{cashFreed}*{financingRate}"),
    },
    {
      label: "sheetExpectedLossOverAYear", key: "expectedLoss", format: "currency",
      content: liveOr(variant, "=ENCOURS.CREDIT.EXPECTEDLOSS({receivables},{defaultRate},{lossGivenDefault})", "={receivables}*{defaultRate}*{lossGivenDefault}"),
    },
    { label: "sheetLossIfTheLargestCustomer", key: "largestLoss", format: "currency", content: formula("={receivables}*{largestShare}*{lossGivenDefault}") },
    { label: "sheetSalesNeededToEarnThat", key: "turnoverToRecover", format: "currency", content: formula("={largestLoss}/{grossMargin}") },
    {
      label: "sheetDiagLossShareOfMargin", key: "lossShare", format: "percent",
      content: formula("=IF({turnoverHt}*{grossMargin}=0,0,{largestLoss}/({turnoverHt}*{grossMargin}))"),
    },
  ]);
  const firstCharted = layout.ref("factoringCost");
  const lastCharted = layout.ref("largestLoss");

  // The rules of diagnose, as formulas: a stated objective is a need, a strong signal adds its own, and a
  // factoring guarantee meets the protection need (never credit insurance on top of it).
  const is = (key: "cash" | "protection" | "both") => `{objective}=${literal(objectives[key])}`;
  const wantsProtection = `OR(${is("protection")},${is("both")},{concentrated},{heavyLoss})`;
  const [both, factoring, insurance, neither] = (["recommendBoth", "recommendFactoring", "recommendInsurance", "recommendNeither"] as const).map((key) => literal(t(key)));
  sheet.section("sheetDiagWhy", [
    { label: "sheetDiagDaysLate", key: "daysLate", format: "days", content: formula("=MAX(0,{paymentDays}-{agreedTermsDays})") },
    { label: "sheetDiagLatePayment", key: "latePayment", format: "text", content: formula("={paymentDays}-{agreedTermsDays}>={lateDaysMark}") },
    { label: "sheetDiagConcentrated", key: "concentrated", format: "text", content: formula("={top5Share}>={concentratedTop5Share}") },
    { label: "sheetDiagHeavyLoss", key: "heavyLoss", format: "text", content: formula("={lossShare}>={heavyLossShareOfMargin}") },
    {
      label: "sheetDiagNeedCash", key: "needCash", format: "text",
      content: formula(`=OR(${is("cash")},${is("both")},{latePayment},AND({guarantee},${wantsProtection}))`),
    },
    { label: "sheetDiagNeedProtection", key: "needProtection", format: "text", content: formula(`=AND(${wantsProtection},NOT({guarantee}))`) },
    {
      label: "sheetRecommendation", key: "recommendation", format: "text",
      content: formula(`=IF(AND({needCash},{needProtection}),${both},IF({needCash},${factoring},IF({needProtection},${insurance},${neither})))`),
    },
  ]);

  return sheet.finish(t("sheetDiagnostic"), [300, 130], {
    kind: "bar",
    title: t("sheetCostOfFactoringAndPossible"),
    dataRange: range(firstCharted.replace(/^B/, "A"), lastCharted),
    seriesBy: "columns",
    topLeft: cellAddress(3, 4),
    bottomRight: cellAddress(9, 20),
  });
};
