/**
 * The credit-insurance proposal: the policy's terms as labelled inputs, the portfolio in columns E:H (exposure at
 * default TTC, credit limit, PD, LGD) — the one read from the sheet, or the pane's illustrative buyers as
 * formulas over the turnover (TTC × payment days / 365, split evenly) — and the figures the pane shows
 * (./figures.ts): live, CREDIT.POLICYYEAR spilled below the headline rows that read it and CREDIT.KEPTQUANTILE
 * for the loss kept in a bad year; shareable, the core's values computed as the pane computes them.
 */
import { type ParameterRow, type ProposalOptions, startProposal, type Translate } from "../../proposals/common";
import { cellAddress, formula, range, type SheetLayout, value } from "../../proposals/layout";
import type { ProposalSheet } from "../../proposals/types";
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

/** The inputs the catalogue names whose values are numbers, keyed as InsuranceInputs. */
type NumberInput = { [K in keyof InsuranceInputs]: InsuranceInputs[K] extends number | null ? K : never }[keyof InsuranceInputs];

/** The illustrative buyers' figures, written when no portfolio was read from the sheet. */
const ILLUSTRATIVE_INPUTS: ReadonlyArray<ParameterRow<NumberInput>> = [
  { parameter: "sales_vat_rate", key: "vatRate", format: "percent" },
  { parameter: "payment_days", key: "paymentDays", format: "days" },
  { parameter: "pd", key: "pd", format: "percent" },
  { parameter: "lgd", key: "lgd", format: "percent" },
];

/**
 * The policy's terms as a contract states them (the core's PolicyTerms), then the default-rate volatility. A blank
 * discretionary limit is written 0: unnamed buyers covered in full (the catalogue's reading of discretionary_limit).
 */
const POLICY_INPUTS: ReadonlyArray<ParameterRow<NumberInput>> = [
  { parameter: "premium_rate", key: "premiumRate", format: "percent" },
  { parameter: "min_premium", key: "minPremium", format: "currency" },
  { parameter: "insurance_tax_rate", key: "insuranceTaxRate", format: "percent" },
  { parameter: "cover_rate", key: "coverRate", format: "percent" },
  { parameter: "deductible", key: "deductible", format: "currency" },
  { parameter: "threshold", key: "threshold", format: "currency" },
  { parameter: "discretionary_limit", key: "discretionaryLimit", format: "currency" },
  { parameter: "aggregate_deductible", key: "aggregateDeductible", format: "currency" },
  { parameter: "max_liability_multiple", key: "maxLiabilityMultiple", format: "number" },
  { parameter: "profit_share_rate", key: "profitShareRate", format: "percent" },
  { parameter: "monitoring_fee", key: "monitoringFee", format: "currency" },
  { parameter: "enquiry_fee", key: "enquiryFee", format: "currency" },
  { parameter: "fee_vat_rate", key: "feeVatRate", format: "percent" },
  { parameter: "indemnity_delay_months", key: "indemnityDelayMonths", format: "number" },
  { parameter: "pd_volatility", key: "pdVolatility", format: "number" },
];

/** A figure of the policy year by its CREDIT.POLICYYEAR code. */
const figureOf = (year: PolicyYear, figure: (typeof POLICY_FIGURES)[number]): number => policyFigureValues(year)[figure];

/** A computation run at most once (a CoreError is thrown again to each caller). */
const once = <T>(compute: () => T): (() => T) => {
  let result: { value: T } | undefined;
  return () => (result ??= { value: compute() }).value;
};

export const buildInsuranceProposal = (inputs: InsuranceInputs, options: ProposalOptions): ProposalSheet => {
  const { t, variant, layout, ...sheet } = startProposal(options, "sheetCreditInsuranceSimulation", inputs.clientName);

  const numberOf = ({ key }: ParameterRow<NumberInput>) => value(inputs[key] ?? 0);
  sheet.inputs([{ parameter: "insured_turnover", key: "insuredTurnover", format: "currency" }], numberOf);
  if (inputs.portfolio === null) {
    layout.labelled(t("sheetVatIncluded"), value(inputs.vatIncluded ? 1 : 0), "integer", "input", "vatIncluded");
    sheet.inputs(ILLUSTRATIVE_INPUTS, numberOf);
  }
  sheet.inputs(POLICY_INPUTS, numberOf);

  const book = writePortfolio(layout, t, inputs);
  // CREDIT.POLICYYEAR's and CREDIT.KEPTQUANTILE's arguments after the level: the catalogue's order.
  const terms =
    `{insuredTurnover},{premiumRate},${book.lgds},${book.creditLimits},{pdVolatility},{coverRate},{deductible},{threshold},` +
    `{discretionaryLimit},{aggregateDeductible},{maxLiabilityMultiple},{profitShareRate},{minPremium},{insuranceTaxRate},` +
    `{monitoringFee},{enquiryFee},,{feeVatRate}`;
  const year = once(() => insurancePolicyYear(inputs));
  /** A figure's cell: the live formula, or the core's value of the policy year at insertion. */
  const figureCell = (live: string, figure: (typeof POLICY_FIGURES)[number]) => sheet.liveOrComputed(live, () => figureOf(year(), figure), "currency");

  // Headline rows, then the bad-year table, then (live) the spill they read.
  sheet.section("sheetResults");
  const headlineTop = layout.currentRow;
  const badYearTop = headlineTop + HEADLINE.length + 1 + 1 + 1 + 1; // indemnity delay, skip, heading, header row
  const noteRow = badYearTop + BAD_YEAR_LEVELS.length;
  const spillTop = noteRow + 1 + 1 + 1; // skip, heading
  const spilled = (figure: (typeof POLICY_FIGURES)[number]): string => `=B${spillTop + FIGURE_ROW[figure]}`;
  sheet.results([
    ...HEADLINE.map(([label, figure]) => ({ label, key: figure, ...figureCell(spilled(figure), figure) })),
    { label: "sheetIndemnityDelay", key: "indemnityDelay", format: "number", content: formula("={indemnityDelayMonths}") },
  ]);

  sheet.section("sheetLossInABadYear");
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
    const without = figureCell(spilled(gross), gross);
    const withCover = figureCell(`=ENCOURS.CREDIT.KEPTQUANTILE(${book.exposures},${book.pds},{${levelKey}},${terms})`, kept);
    layout.put(1, row, without.content, without.format, "result", `lossGross${percent}`);
    layout.put(2, row, withCover.content, withCover.format, "result", `lossKept${percent}`);
  }
  const tableBottom = layout.currentRow - 1;
  layout.put(0, layout.takeRow(), value(t("sheetBadYearNote")), "text", "note");

  if (variant === "live") {
    sheet.section("sheetPolicyYearDetail");
    const row = layout.takeRow();
    if (row !== spillTop) throw new Error(`the policy year spills on row ${row}, not ${spillTop}`);
    layout.put(0, row, formula(`=ENCOURS.CREDIT.POLICYYEAR(${book.exposures},${book.pds},${terms})`), "currency", "result", "policyYear");
    layout.skip(POLICY_FIGURES.length - 1);
  }

  // The chart below the closing note, a row apart.
  return sheet.finish(t("sheetCreditInsurance"), [280, 120, 120, 16, 120, 120, 110, 90], (nextRow) => ({
    kind: "column",
    title: t("sheetLossInABadYear"),
    dataRange: range(cellAddress(0, tableTop), cellAddress(2, tableBottom)),
    seriesBy: "columns",
    topLeft: cellAddress(0, nextRow + 1),
    bottomRight: cellAddress(2, nextRow + 17),
  }));
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
