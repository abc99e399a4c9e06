/** Factoring offers side by side, applied to the client's own profile: what each one bills. */
import { baseNameOf, liveOr, NOTICE, type ProposalOptions, translator, writeClosingNote, writeHeader } from "../../proposals/common";
import type { OffersInputs } from "./inputs";
import { cellAddress, type Content, formula, range, SheetLayout, value } from "../../proposals/layout";
import type { CellFormat, ProposalSheet } from "../../proposals/types";

export const buildOffersProposal = (inputs: OffersInputs, options: ProposalOptions): ProposalSheet => {
  const t = translator(options.language);
  const { variant } = options;
  const title = t("Affacturage — comparaison d'offres", "Factoring — offer comparison");
  const layout = new SheetLayout();
  writeHeader(layout, t, title, inputs.clientName);

  layout.labelled(t("Chiffre d'affaires annuel cédé", "Annual turnover assigned"), value(inputs.annualTurnover), "currency", "input", "annualTurnover");
  layout.labelled(t("DSO (jours)", "DSO (days)"), value(inputs.dsoDays), "days", "input", "dsoDays");
  layout.labelled(t("Taux d'utilisation", "Usage"), value(inputs.usage), "percent", "input", "usage");
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
  layout.put(0, headerRow, value(t("Offre", "Offer")), "text", "heading");
  offers.forEach((offer, index) => layout.put(column(index), headerRow, value(offer.name.trim() === "" ? `${t("Offre", "Offer")} ${index + 1}` : offer.name), "text", "heading", `name${index + 1}`));
  tableRow(t("Taux d'avance", "Advance rate"), "advanceRate", "percent", "input", (_n, i) => value(offers[i].advanceRate));
  tableRow(t("Commission d'affacturage", "Service fee"), "serviceFeeRate", "percent", "input", (_n, i) => value(offers[i].serviceFeeRate));
  tableRow(t("Commission minimale annuelle", "Minimum annual fee"), "minAnnualFee", "currency", "input", (_n, i) => value(offers[i].minAnnualFee));
  tableRow(t("Taux de financement annuel", "Annual financing rate"), "financingRate", "percent", "input", (_n, i) => value(offers[i].financingRate));
  tableRow(t("Frais fixes annuels", "Fixed yearly fees"), "fixedFees", "currency", "input", (_n, i) => value(offers[i].fixedFees));

  tableRow(t("Encours financé moyen", "Average financed line"), "line", "currency", "result", (n) =>
    liveOr(variant, `=ENCOURS.FACTOR.LINE({annualTurnover},{dsoDays},{advanceRate${n}},{usage})`, `={annualTurnover}*{dsoDays}/365*{advanceRate${n}}*{usage}`));
  tableRow(t("Commission d'affacturage facturée", "Service fee billed"), "serviceFee", "currency", "result", (n) =>
    formula(`=MAX({annualTurnover}*{serviceFeeRate${n}},{minAnnualFee${n}})`));
  tableRow(t("Coût du financement", "Financing cost"), "financingCost", "currency", "result", (n) => formula(`={line${n}}*{financingRate${n}}`));
  tableRow(t("Coût annuel", "Annual cost"), "annualCost", "currency", "result", (n) =>
    liveOr(variant,
      `=ENCOURS.FACTOR.ANNUALCOST({annualTurnover},{dsoDays},{serviceFeeRate${n}},{financingRate${n}},{advanceRate${n}},{usage},{minAnnualFee${n}},{fixedFees${n}})`,
      `={serviceFee${n}}+{financingCost${n}}+{fixedFees${n}}`));
  tableRow(t("Trésorerie libérée", "Cash freed"), "cashFreed", "currency", "result", (n) => formula(`={line${n}}`));
  tableRow(t("Coût rapporté à la trésorerie libérée", "Cost per euro of cash freed"), "annualisedCost", "percent", "result", (n) =>
    formula(`={annualCost${n}}/{line${n}}`));
  const last = offers.length;
  tableRow(t("La moins chère", "Cheapest"), "cheapest", "text", "result", (n) =>
    formula(`=IF({annualCost${n}}=MIN({annualCost1}:{annualCost${last}}),"${t("✓ la moins chère", "✓ cheapest")}","")`));

  // Chart data: offer names over their annual cost (the table's rows are not adjacent).
  layout.skip();
  const chartTop = layout.takeRow();
  layout.put(0, chartTop, value(t("Graphique", "Chart")), "text", "heading");
  offers.forEach((_offer, index) => layout.put(column(index), chartTop, formula(`={name${index + 1}}`), "text", "heading"));
  const chartValues = layout.takeRow();
  layout.put(0, chartValues, value(t("Coût annuel", "Annual cost")), "text", "label");
  offers.forEach((_offer, index) => layout.put(column(index), chartValues, formula(`={annualCost${index + 1}}`), "currency", "result"));
  writeClosingNote(layout, t, variant);

  const chartRow = layout.currentRow + 1;
  return layout.build({
    baseName: baseNameOf(t("Offres", "Offers"), inputs.clientName),
    title,
    notice: t(NOTICE.fr, NOTICE.en),
    columnWidths: [230, ...offers.map(() => 130)],
    chart: {
      kind: "column",
      title: t("Coût annuel de chaque offre", "Annual cost of each offer"),
      dataRange: range(cellAddress(0, chartTop), cellAddress(column(offers.length - 1), chartValues)),
      seriesBy: "rows",
      topLeft: cellAddress(0, chartRow),
      bottomRight: cellAddress(Math.max(4, offers.length), chartRow + 16),
    },
  });
};
