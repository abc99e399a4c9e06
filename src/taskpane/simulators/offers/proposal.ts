/** Factoring offers side by side, applied to the client's own profile: what each one bills. */
import { baseNameOf, liveOr, type ProposalOptions, parameterLabel, translator, writeClosingNote, writeHeader } from "../../proposals/common";
import type { OffersInputs } from "./inputs";
import { cellAddress, type Content, formula, range, SheetLayout, value } from "../../proposals/layout";
import type { CellFormat, ProposalSheet } from "../../proposals/types";

export const buildOffersProposal = (inputs: OffersInputs, options: ProposalOptions): ProposalSheet => {
  const t = translator(options.language);
  const label = parameterLabel(options.language);
  const { variant } = options;
  const title = t("sheetFactoringOfferComparison");
  const layout = new SheetLayout();
  writeHeader(layout, t, title, inputs.clientName, options);

  layout.labelled(label("annual_turnover"), value(inputs.annualTurnover), "currency", "input", "annualTurnover");
  layout.labelled(label("dso_days"), value(inputs.dsoDays), "days", "input", "dsoDays");
  layout.labelled(label("usage"), value(inputs.usage), "percent", "input", "usage");
  layout.skip();

  const offers = inputs.offers;
  const column = (index: number): number => 1 + index;
  /** One row of the table: a label in A, one cell per offer built from the offer's 1-based number. */
  const tableRow = (label: string, key: string, format: CellFormat, role: "input" | "result", content: (n: number, index: number) => Content): number => {
    const row = layout.takeRow();
    layout.put(0, row, value(label), "text", "label");
    offers.forEach((_offer, index) => layout.put(column(index), row, content(index + 1, index), format, role, `${key}${index + 1}`));
    return row;
  };

  const headerRow = layout.takeRow();
  layout.put(0, headerRow, value(t("sheetOffer")), "text", "heading");
  offers.forEach((offer, index) => layout.put(column(index), headerRow, value(offer.name.trim() === "" ? `${t("sheetOffer")} ${index + 1}` : offer.name), "text", "heading", `name${index + 1}`));
  tableRow(label("advance_rate"), "advanceRate", "percent", "input", (_n, i) => value(offers[i].advanceRate));
  tableRow(label("service_fee_rate"), "serviceFeeRate", "percent", "input", (_n, i) => value(offers[i].serviceFeeRate));
  tableRow(label("min_annual_fee"), "minAnnualFee", "currency", "input", (_n, i) => value(offers[i].minAnnualFee));
  tableRow(label("financing_rate"), "financingRate", "percent", "input", (_n, i) => value(offers[i].financingRate));
  tableRow(label("fixed_fees"), "fixedFees", "currency", "input", (_n, i) => value(offers[i].fixedFees));

  tableRow(t("sheetAverageFinancedLine"), "line", "currency", "result", (n) =>
    liveOr(variant, `=ENCOURS.FACTOR.LINE({annualTurnover},{dsoDays},{advanceRate${n}},{usage})`, `={annualTurnover}*{dsoDays}/365*{advanceRate${n}}*{usage}`));
  tableRow(t("sheetServiceFeeBilled"), "serviceFee", "currency", "result", (n) =>
    formula(`=MAX({annualTurnover}*{serviceFeeRate${n}},{minAnnualFee${n}})`));
  tableRow(t("sheetFinancingCost"), "financingCost", "currency", "result", (n) => formula(`={line${n}}*{financingRate${n}}`));
  tableRow(t("sheetAnnualCost"), "annualCost", "currency", "result", (n) =>
    liveOr(variant,
      `=ENCOURS.FACTOR.ANNUALCOST({annualTurnover},{dsoDays},{serviceFeeRate${n}},{financingRate${n}},{advanceRate${n}},{usage},{minAnnualFee${n}},{fixedFees${n}})`,
      `={serviceFee${n}}+{financingCost${n}}+{fixedFees${n}}`));
  tableRow(t("sheetCashFreed"), "cashFreed", "currency", "result", (n) => formula(`={line${n}}`));
  tableRow(t("sheetCostPerEuroOfCash"), "annualisedCost", "percent", "result", (n) =>
    formula(`={annualCost${n}}/{line${n}}`));
  const last = offers.length;
  tableRow(t("sheetCheapest"), "cheapest", "text", "result", (n) =>
    formula(`=IF({annualCost${n}}=MIN({annualCost1}:{annualCost${last}}),"${t("sheetCheapest2")}","")`));

  // Chart data: offer names over their annual cost (the table's rows are not adjacent).
  layout.skip();
  const chartTop = layout.takeRow();
  layout.put(0, chartTop, value(t("sheetChart")), "text", "heading");
  offers.forEach((_offer, index) => layout.put(column(index), chartTop, formula(`={name${index + 1}}`), "text", "heading"));
  const chartValues = layout.takeRow();
  layout.put(0, chartValues, value(t("sheetAnnualCost")), "text", "label");
  offers.forEach((_offer, index) => layout.put(column(index), chartValues, formula(`={annualCost${index + 1}}`), "currency", "result"));
  writeClosingNote(layout, t, variant);

  const chartRow = layout.currentRow + 1;
  return layout.build({
    baseName: baseNameOf(t("sheetOffers"), inputs.clientName),
    title,
    notice: t("sheetNotice"),
    columnWidths: [230, ...offers.map(() => 130)],
    chart: {
      kind: "column",
      title: t("sheetAnnualCostOfEachOffer"),
      dataRange: range(cellAddress(0, chartTop), cellAddress(column(offers.length - 1), chartValues)),
      seriesBy: "rows",
      topLeft: cellAddress(0, chartRow),
      bottomRight: cellAddress(Math.max(4, offers.length), chartRow + 16),
    },
  });
};
