/**
 * Factoring offers side by side on the client's year, as the pane ranks them: every term of each offer as a
 * labelled input, each offer's year as formulas (../factoring/sheet.ts), and the ranking by cost per euro of
 * average cash freed as live formulas (SUMPRODUCT over the offers' cost cells: the functions French Excel's local form knows), the badge on the lowest, the credit
 * cover beside each and the core's warning when the offers differ in cover.
 */
import { CORE_MESSAGES } from "../../../core";
import { type ProposalOptions, startProposal } from "../../proposals/common";
import type { OffersInputs } from "./inputs";
import { PROFILE } from "../factoring/proposal";
import { programmeFigures } from "../factoring/sheet";
import { termCell, TERMS } from "../factoring/terms";
import { cellAddress, type Content, formula, range, value } from "../../proposals/layout";
import type { CellFormat, ProposalSheet } from "../../proposals/types";

/** A text in a formula: quotes doubled. */
const quoted = (text: string): string => `"${text.replace(/"/g, '""')}"`;

export const buildOffersProposal = (inputs: OffersInputs, options: ProposalOptions): ProposalSheet => {
  const { t, label, variant, language, layout, ...sheet } = startProposal(options, "sheetFactoringOfferComparison", inputs.clientName);

  layout.heading(t("sheetFactoringProfile"));
  sheet.inputs(PROFILE, ({ key }) => value(inputs[key]));
  layout.skip();

  const offers = inputs.offers;
  const last = offers.length;
  const column = (index: number): number => 1 + index;
  /** One row of the table: a label in A, one cell per offer built from the offer's 1-based number. */
  const tableRow = (rowLabel: string, key: string, format: CellFormat, role: "input" | "result", content: (n: number, index: number) => Content): number => {
    const row = layout.takeRow();
    layout.put(0, row, value(rowLabel), "text", "label");
    offers.forEach((_offer, index) => layout.put(column(index), row, content(index + 1, index), format, role, `${key}${index + 1}`));
    return row;
  };

  const headerRow = layout.takeRow();
  layout.put(0, headerRow, value(t("sheetOffer")), "text", "heading");
  offers.forEach((offer, index) =>
    layout.put(column(index), headerRow, value(offer.name.trim() === "" ? `${t("sheetOffer")} ${index + 1}` : offer.name), "text", "heading", `name${index + 1}`));
  for (const spec of TERMS) tableRow(label(spec.parameter), spec.key, spec.format, "input", (_n, i) => termCell(spec, offers[i]));

  sheet.section("sheetYearlyProgramme");
  // Each offer's figures: the same formulas as the factoring sheet, over this offer's column.
  const figuresOf = offers.map((_offer, index) => programmeFigures((key) => `{${key}${index + 1}}`, (key) => `{${key}${index + 1}}`, variant));
  figuresOf[0].forEach((figure, figureIndex) =>
    tableRow(t(figure.label), figure.key, figure.format, "result", (_n, i) => figuresOf[i][figureIndex].content));
  tableRow(t("factoringCoverColumn"), "cover", "text", "result", (n) =>
    formula(`=IF({coverQuota${n}}>0,${quoted(t("factoringCoverIncluded"))},${quoted(t("factoringCoverNotIncluded"))})`));

  const costs = `{costPerCashFreed1}:{costPerCashFreed${last}}`;
  tableRow(t("sheetFactoringRank"), "rank", "integer", "result", (n) => formula(`=SUMPRODUCT((${costs}<{costPerCashFreed${n}})*1)+1`));
  tableRow(t("factoringLowestBadge"), "badge", "text", "result", (n) =>
    formula(`=IF({costPerCashFreed${n}}=MIN(${costs}),${quoted(t("sheetFactoringBadge"))},"")`));
  // The core's warning (compareOffersHonestly): some offers with credit cover and some without, or different quotas.
  const quotas = `{coverQuota1}:{coverQuota${last}}`;
  const covered = `SUMPRODUCT((${quotas}>0)*1)`;
  layout.labelled(t("sheetFactoringCoverWarning"),
    formula(`=IF(${covered}=0,"",IF(${covered}<${last},${quoted(CORE_MESSAGES.creditCoverDiffers()[language])},` +
      `IF(MAX(${quotas})<>MIN(${quotas}),${quoted(CORE_MESSAGES.coverQuotaDiffers()[language])},"")))`),
    "text", "result", "coverWarning");

  // Chart data: offer names over their cost per euro of average cash freed (the table's rows are not adjacent).
  layout.skip();
  const chartTop = layout.takeRow();
  layout.put(0, chartTop, value(t("sheetChart")), "text", "heading");
  offers.forEach((_offer, index) => layout.put(column(index), chartTop, formula(`={name${index + 1}}`), "text", "heading"));
  const chartValues = layout.takeRow();
  layout.put(0, chartValues, value(t("factoringCostPerCashFreed")), "text", "label");
  offers.forEach((_offer, index) => layout.put(column(index), chartValues, formula(`={costPerCashFreed${index + 1}}`), "percent", "result"));

  // The chart below the closing note, a row apart.
  return sheet.finish(t("sheetOffers"), [260, ...offers.map(() => 130)], (nextRow) => ({
    kind: "column",
    title: t("sheetFactoringCostPerCashFreedOfEachOffer"),
    dataRange: range(cellAddress(0, chartTop), cellAddress(column(offers.length - 1), chartValues)),
    seriesBy: "rows",
    topLeft: cellAddress(0, nextRow + 1),
    bottomRight: cellAddress(Math.max(4, offers.length), nextRow + 17),
  }));
};
