/** The factoring proposal: one invoice (advance, fees, net, annualised cost, cash timeline) and the yearly programme. */
import { factoringApr } from "../../../core";
import { baseNameOf, computed, liveOr, type ProposalOptions, parameterLabel, translator, writeClosingNote, writeHeader } from "../../proposals/common";
import type { FactoringInputs } from "./inputs";
import { cellAddress, formula, range, SheetLayout, value } from "../../proposals/layout";
import type { ProposalSheet } from "../../proposals/types";

/** FACTOR.COST / NET / APR arguments, in the catalogue's order: amount, days, service_fee_rate, financing_rate, advance_rate, min_fee, day_basis. */
const INVOICE_ARGS = "{amount},{days},{serviceFeeRate},{financingRate},{advanceRate},{minFee},{dayBasis}";

export const buildFactoringProposal = (inputs: FactoringInputs, options: ProposalOptions): ProposalSheet => {
  const t = translator(options.language);
  const label = parameterLabel(options.language);
  const { variant } = options;
  const title = t("sheetFactoringSimulation");
  const layout = new SheetLayout();
  writeHeader(layout, t, title, inputs.clientName, options);

  layout.labelled(label("amount"), value(inputs.amount), "currency", "input", "amount");
  layout.labelled(label("days"), value(inputs.days), "days", "input", "days");
  layout.labelled(label("advance_rate"), value(inputs.advanceRate), "percent", "input", "advanceRate");
  layout.labelled(label("service_fee_rate"), value(inputs.serviceFeeRate), "percent", "input", "serviceFeeRate");
  layout.labelled(label("min_fee"), value(inputs.minFee), "currency", "input", "minFee");
  layout.labelled(label("financing_rate"), value(inputs.financingRate), "percent", "input", "financingRate");
  layout.labelled(label("day_basis"), value(inputs.dayBasis), "integer", "input", "dayBasis");

  layout.skip();
  layout.heading(t("sheetResultsInvoice"));
  layout.labelled(t("sheetAdvancePaidOnAssignment"),
    liveOr(variant, "=ENCOURS.FACTOR.ADVANCE({amount},{advanceRate})", "={amount}*{advanceRate}"), "currency", "result", "advance");
  layout.labelled(t("sheetServiceFeeBilled"), formula("=MAX({amount}*{serviceFeeRate},{minFee})"), "currency", "result", "serviceFee");
  layout.labelled(t("sheetFinancingCommission"),
    formula("={amount}*{advanceRate}*{financingRate}*{days}/{dayBasis}"), "currency", "result", "financingCommission");
  layout.labelled(t("sheetTotalCost"),
    liveOr(variant, `=ENCOURS.FACTOR.COST(${INVOICE_ARGS})`, "={serviceFee}+{financingCommission}"), "currency", "result", "cost");
  layout.labelled(t("sheetNetReceivedInAll"),
    liveOr(variant, `=ENCOURS.FACTOR.NET(${INVOICE_ARGS})`, "={amount}-{cost}"), "currency", "result", "net");
  layout.labelled(t("sheetBalancePaidWhenTheCustomer"),
    formula("={amount}-{advance}-{cost}"), "currency", "result", "balance");
  layout.labelled(t("sheetAnnualisedCostSimple"),
    liveOr(variant, `=ENCOURS.FACTOR.APR(${INVOICE_ARGS})`, "={cost}/{advance}*365/{days}"), "percent", "result", "apr");
  const compoundLabel = t("sheetAnnualisedCostCompound");
  if (variant === "live") {
    layout.labelled(compoundLabel, formula(`=ENCOURS.FACTOR.APR(${INVOICE_ARGS},TRUE)`), "percent", "result", "aprCompound");
  } else {
    const apr = computed(() => factoringApr({ ...inputs, compound: true }), "percent", options.language);
    layout.labelled(compoundLabel, apr.content, apr.format, "result", "aprCompound");
  }

  layout.skip();
  layout.heading(t("sheetYearlyProgramme"));
  layout.labelled(label("annual_turnover"), value(inputs.annualTurnover), "currency", "input", "annualTurnover");
  layout.labelled(label("dso_days"), value(inputs.dsoDays), "days", "input", "dsoDays");
  layout.labelled(label("usage"), value(inputs.usage), "percent", "input", "usage");
  layout.labelled(label("min_annual_fee"), value(inputs.minAnnualFee), "currency", "input", "minAnnualFee");
  layout.labelled(label("fixed_fees"), value(inputs.fixedFees), "currency", "input", "fixedFees");
  layout.labelled(t("sheetAverageFinancedLine"),
    liveOr(variant, "=ENCOURS.FACTOR.LINE({annualTurnover},{dsoDays},{advanceRate},{usage})", "={annualTurnover}*{dsoDays}/365*{advanceRate}*{usage}"),
    "currency", "result", "line");
  layout.labelled(t("sheetAnnualCost"),
    liveOr(variant,
      "=ENCOURS.FACTOR.ANNUALCOST({annualTurnover},{dsoDays},{serviceFeeRate},{financingRate},{advanceRate},{usage},{minAnnualFee},{fixedFees})",
      "=MAX({annualTurnover}*{serviceFeeRate},{minAnnualFee})+{line}*{financingRate}+{fixedFees}"),
    "currency", "result", "annualCost");
  layout.labelled(t("sheetCashFreed"), formula("={line}"), "currency", "result", "cashFreed");
  layout.labelled(t("sheetCostPerEuroOfCash"), formula("={annualCost}/{line}"), "percent", "result", "annualisedCost");
  writeClosingNote(layout, t, variant);

  // Cash timeline beside the inputs (columns D:F from row 4): cash received with and without factoring.
  const top = 4;
  layout.put(3, top, value(t("sheetCashReceived")), "text", "heading");
  layout.put(4, top, value(t("sheetWithFactoring")), "text", "heading");
  layout.put(5, top, value(t("sheetWithoutFactoring")), "text", "heading");
  layout.put(3, top + 1, value(t("sheetDay0")), "text", "label");
  layout.put(4, top + 1, formula("={advance}"), "currency", "result");
  layout.put(5, top + 1, value(0), "currency", "result");
  layout.put(3, top + 2, formula(t("sheetDayDays")), "text", "label");
  layout.put(4, top + 2, formula("={net}"), "currency", "result");
  layout.put(5, top + 2, formula("={amount}"), "currency", "result");

  return layout.build({
    baseName: baseNameOf(t("sheetFactoring"), inputs.clientName),
    title,
    notice: t("sheetNotice"),
    columnWidths: [230, 110, 16, 110, 110, 110],
    chart: {
      kind: "column",
      title: t("sheetCashReceivedWithOrWithout"),
      dataRange: range(cellAddress(3, top), cellAddress(5, top + 2)),
      seriesBy: "columns",
      topLeft: cellAddress(3, top + 4),
      bottomRight: cellAddress(8, top + 20),
    },
  });
};
