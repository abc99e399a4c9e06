/**
 * The credit-insurance proposal: the policy's terms as labelled inputs, the portfolio in columns E:H (exposure at
 * default TTC, credit limit, PD, LGD) — the one read from the sheet, or the pane's illustrative buyers as
 * formulas over the turnover (TTC × payment days / 365, split evenly) — and the figures the pane shows
 * (./figures.ts): live, CREDIT.POLICYYEAR spilled below the headline rows that read it and CREDIT.KEPTQUANTILE
 * for the loss kept in a bad year; shareable, the core's values computed as the pane computes them.
 */
import { computed, type ProposalOptions, type Translate, baseNameOf, parameterLabel, translator, writeClosingNote, writeHeader } from "../../proposals/common";
import { cellAddress, type Content, formula, range, SheetLayout, value } from "../../proposals/layout";
import type { CellFormat, ProposalSheet } from "../../proposals/types";
import { BAD_YEAR_LEVELS, POLICY_FIGURES, policyFigureValues, type PolicyYear } from "../../../core";
import { ILLUSTRATIVE_BUYERS, insurancePolicyYear } from "./figures";
import type { InsuranceInputs } from "./inputs";

/** Columns of the portfolio (E..H), right of a narrow spacer (D); rows start under the header on row 4. */
const PORTFOLIO_COLUMNS = { exposure: 4, creditLimit: 5, pd: 6, lgd: 7 } as const;
const PORTFOLIO_TOP = 4;

/** The rows of CREDIT.POLICYYEAR's spill, by figure. */
const FIGURE_ROW: Readonly<Record<(typeof POLICY_FIGURES)[number], number>> = Object.fromEntries(
  POLICY_FIGURES.map((figure, index) => [figure, index]),
) as Record<(typeof POLICY_FIGURES)[number], number>;

/** The headline rows, in the order the pane shows them. */
const HEADLINE = [
  ["sheetYearlyCostOfCover", "yearlyCost"],
  ["sheetExpectedLossWithoutCover", "expectedLoss"],
  ["sheetExpectedIndemnity", "expectedIndemnity"],
  ["sheetExpectedProfitShare", "expectedProfitShare"],
  ["sheetAnnualPremium", "premium"],
  ["sheetInsuranceTax", "insuranceTax"],
  ["sheetFees", "fees"],
  ["sheetFeesVat", "feesVat"],
  ["sheetMaxLiability", "maxLiability"],
  ["sheetLargestBuyerFailsWithout", "largestBuyerFailsWithoutCover"],
  ["sheetLargestBuyerFailsWith", "largestBuyerFailsWithCover"],
  ["sheetTwoLargestFailWithout", "twoLargestFailWithoutCover"],
  ["sheetTwoLargestFailWith", "twoLargestFailWithCover"],
] as const;

/** A figure of the policy year by its CREDIT.POLICYYEAR code. */
const figureOf = (year: PolicyYear, figure: (typeof POLICY_FIGURES)[number]): number => policyFigureValues(year)[figure];

/** A computation run at most once (a CoreError is thrown again to each caller). */
const once = <T>(compute: () => T): (() => T) => {
  let result: { value: T } | undefined;
  return () => (result ??= { value: compute() }).value;
};

export const buildInsuranceProposal = (inputs: InsuranceInputs, options: ProposalOptions): ProposalSheet => {
  const { variant, language } = options;
  const t = translator(language);
  const label = parameterLabel(language);
  const title = t("sheetCreditInsuranceSimulation");
  const layout = new SheetLayout();
  writeHeader(layout, t, title, inputs.clientName, options);

  const input = (name: Parameters<typeof label>[0], content: number, format: CellFormat, key: string): void => {
    layout.labelled(label(name), value(content), format, "input", key);
  };
  input("insured_turnover", inputs.insuredTurnover, "currency", "insuredTurnover");
  const read = inputs.portfolio;
  if (read === null) {
    layout.labelled(t("sheetVatIncluded"), value(inputs.vatIncluded ? 1 : 0), "integer", "input", "vatIncluded");
    input("sales_vat_rate", inputs.vatRate, "percent", "vatRate");
    input("payment_days", inputs.paymentDays, "days", "paymentDays");
    input("pd", inputs.pd, "percent", "pd");
    input("lgd", inputs.lgd, "percent", "lgd");
  }
  input("premium_rate", inputs.premiumRate, "percent", "premiumRate");
  input("min_premium", inputs.minPremium, "currency", "minPremium");
  input("insurance_tax_rate", inputs.insuranceTaxRate, "percent", "insuranceTaxRate");
  input("cover_rate", inputs.coverRate, "percent", "coverRate");
  input("deductible", inputs.deductible, "currency", "deductible");
  input("threshold", inputs.threshold, "currency", "threshold");
  // Blank or 0: unnamed buyers covered in full (the catalogue's reading of discretionary_limit).
  input("discretionary_limit", inputs.discretionaryLimit ?? 0, "currency", "discretionaryLimit");
  input("aggregate_deductible", inputs.aggregateDeductible, "currency", "aggregateDeductible");
  input("max_liability_multiple", inputs.maxLiabilityMultiple, "number", "maxLiabilityMultiple");
  input("profit_share_rate", inputs.profitShareRate, "percent", "profitShareRate");
  input("monitoring_fee", inputs.monitoringFee, "currency", "monitoringFee");
  input("enquiry_fee", inputs.enquiryFee, "currency", "enquiryFee");
  input("fee_vat_rate", inputs.feeVatRate, "percent", "feeVatRate");
  input("indemnity_delay_months", inputs.indemnityDelayMonths, "number", "indemnityDelayMonths");
  input("pd_volatility", inputs.pdVolatility, "number", "pdVolatility");

  const book = writePortfolio(layout, t, inputs);
  // CREDIT.POLICYYEAR's and CREDIT.KEPTQUANTILE's arguments after the level: the catalogue's order.
  const terms =
    `{insuredTurnover},{premiumRate},${book.lgds},${book.creditLimits},{pdVolatility},{coverRate},{deductible},{threshold},` +
    `{discretionaryLimit},{aggregateDeductible},{maxLiabilityMultiple},{profitShareRate},{minPremium},{insuranceTaxRate},` +
    `{monitoringFee},{enquiryFee},,{feeVatRate}`;
  const year = once(() => insurancePolicyYear(inputs));
  const shareable = (figure: (typeof POLICY_FIGURES)[number]): { content: Content; format: CellFormat } =>
    computed(() => figureOf(year(), figure), "currency", language);

  // Headline rows, then the bad-year table, then (live) the spill they read.
  layout.skip();
  layout.heading(t("sheetResults"));
  const headlineTop = layout.currentRow;
  const badYearTop = headlineTop + HEADLINE.length + 1 + 1 + 1 + 1; // indemnity delay, skip, heading, header row
  const noteRow = badYearTop + BAD_YEAR_LEVELS.length;
  const spillTop = noteRow + 1 + 1 + 1; // skip, heading
  const spilled = (figure: (typeof POLICY_FIGURES)[number]): string => `=B${spillTop + FIGURE_ROW[figure]}`;
  for (const [text, figure] of HEADLINE) {
    const cell = variant === "live" ? { content: formula(spilled(figure)), format: "currency" as CellFormat } : shareable(figure);
    layout.labelled(t(text), cell.content, cell.format, "result", figure);
  }
  layout.labelled(t("sheetIndemnityDelay"), formula("={indemnityDelayMonths}"), "number", "result", "indemnityDelay");

  layout.skip();
  layout.heading(t("sheetLossInABadYear"));
  const headerRow = layout.takeRow();
  layout.put(0, headerRow, value(t("sheetLevelLossExceededOneYear")), "text", "label");
  layout.put(1, headerRow, value(t("sheetWithoutCover")), "text", "heading");
  layout.put(2, headerRow, value(t("sheetWithCover")), "text", "heading");
  const tableTop = layout.currentRow;
  for (const level of BAD_YEAR_LEVELS) {
    const row = layout.takeRow();
    const percent = Math.round(level * 100);
    const levelKey = `level${percent}`;
    layout.put(0, row, value(level), "percent", "input", levelKey);
    const gross = percent === 95 ? "keptAt95WithoutCover" : "keptAt99WithoutCover";
    const kept = percent === 95 ? "keptAt95WithCover" : "keptAt99WithCover";
    if (variant === "live") {
      layout.put(1, row, formula(spilled(gross)), "currency", "result", `lossGross${percent}`);
      layout.put(2, row, formula(`=ENCOURS.CREDIT.KEPTQUANTILE(${book.exposures},${book.pds},{${levelKey}},${terms})`), "currency", "result", `lossKept${percent}`);
    } else {
      const without = shareable(gross);
      const withCover = shareable(kept);
      layout.put(1, row, without.content, without.format, "result", `lossGross${percent}`);
      layout.put(2, row, withCover.content, withCover.format, "result", `lossKept${percent}`);
    }
  }
  const tableBottom = layout.currentRow - 1;
  layout.put(0, layout.takeRow(), value(t("sheetBadYearNote")), "text", "note");

  if (variant === "live") {
    layout.skip();
    layout.heading(t("sheetPolicyYearDetail"));
    const row = layout.takeRow();
    if (row !== spillTop) throw new Error(`the policy year spills on row ${row}, not ${spillTop}`);
    layout.put(0, row, formula(`=ENCOURS.CREDIT.POLICYYEAR(${book.exposures},${book.pds},${terms})`), "currency", "result", "policyYear");
    layout.skip(POLICY_FIGURES.length - 1);
  }
  writeClosingNote(layout, t, variant);

  const chartRow = layout.currentRow + 1;
  return layout.build({
    baseName: baseNameOf(t("sheetCreditInsurance"), inputs.clientName),
    title,
    notice: t("sheetNotice"),
    columnWidths: [280, 120, 120, 16, 120, 120, 110, 90],
    chart: {
      kind: "column",
      title: t("sheetLossInABadYear"),
      dataRange: range(cellAddress(0, tableTop), cellAddress(2, tableBottom)),
      seriesBy: "columns",
      topLeft: cellAddress(0, chartRow),
      bottomRight: cellAddress(2, chartRow + 16),
    },
  });
};

/** Ranges of the portfolio's columns, as {key} templates. */
interface Book {
  exposures: string;
  creditLimits: string;
  pds: string;
  lgds: string;
}

/**
 * The portfolio in E:H: the buyers read from the sheet as inputs (a blank limit: an unnamed buyer), or the
 * illustrative equal buyers as native formulas over the inputs (turnover TTC × days / 365 / n, pd, lgd; no
 * named limit), so that they follow the inputs in both variants.
 */
const writePortfolio = (layout: SheetLayout, t: Translate, inputs: InsuranceInputs): Book => {
  const columns = PORTFOLIO_COLUMNS;
  const read = inputs.portfolio;
  const count = read === null ? ILLUSTRATIVE_BUYERS : read.exposures.length;
  const note = read === null ? t("sheetIllustrativeBuyers", { count }) : t("sheetPortfolioRead", { count });
  layout.put(columns.exposure, PORTFOLIO_TOP - 1, value(note), "text", "note");
  layout.put(columns.exposure, PORTFOLIO_TOP, value(t("sheetExposureAtDefault")), "text", "heading");
  layout.put(columns.creditLimit, PORTFOLIO_TOP, value(t("sheetCreditLimit")), "text", "heading");
  layout.put(columns.pd, PORTFOLIO_TOP, value(t("sheetDefaultProbability")), "text", "heading");
  layout.put(columns.lgd, PORTFOLIO_TOP, value(t("sheetLgd")), "text", "heading");
  const first = PORTFOLIO_TOP + 1;
  const last = PORTFOLIO_TOP + count;
  for (let index = 0; index < count; index++) {
    const row = first + index;
    if (read === null) {
      layout.put(columns.exposure, row, formula(`={insuredTurnover}*IF({vatIncluded}=1,1,1+{vatRate})*{paymentDays}/365/${ILLUSTRATIVE_BUYERS}`), "currency", "result");
      layout.put(columns.pd, row, formula("={pd}"), "percent", "result");
      layout.put(columns.lgd, row, formula("={lgd}"), "percent", "result");
    } else {
      layout.put(columns.exposure, row, value(read.exposures[index]), "currency", "input");
      const limit = read.creditLimits[index];
      if (limit !== null) layout.put(columns.creditLimit, row, value(limit), "currency", "input");
      layout.put(columns.pd, row, value(read.pds[index]), "percent", "input");
      layout.put(columns.lgd, row, value(read.lgds[index]), "percent", "input");
    }
  }
  const column = (index: number): string => range(cellAddress(index, first), cellAddress(index, last));
  return { exposures: column(columns.exposure), creditLimits: column(columns.creditLimit), pds: column(columns.pd), lgds: column(columns.lgd) };
};
