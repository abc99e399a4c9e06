/**
 * The credit-insurance proposal: premium, expected loss without cover, expected indemnity, net cost and
 * break-even default rate over the portfolio written in columns E:G — the one read from the sheet, or the
 * task pane's illustrative equal buyers (./portfolio.ts) as formulas over the turnover, pd and lgd typed —
 * so that its formulas, evaluated, equal the pane's figures (./figures.ts, insuranceFigures).
 * The deductible applies per claim: expected indemnity = Σ pd × cover_rate × max(0, exposure × lgd − deductible);
 * the break-even default rate is the one rate, the same for every buyer, at which it equals the premium.
 *
 * "Loss in a bad year": the 95 % and 99 % losses of a year (CreditRisk+) without and with cover, side by side,
 * over the portfolio written in columns E:G — the one read from the sheet, or the task pane's illustrative
 * portfolio (./portfolio.ts) as formulas over the inputs. Live: ENCOURS.CREDIT.LOSSQUANTILE over those ranges;
 * shareable: the core's figures, computed as the pane computes them.
 */
import { creditRiskPlus, type LossDistribution, lossQuantile } from "../../../core";
import { baseNameOf, computed, liveOr, type ProposalOptions, type Translate, parameterLabel, translator, writeClosingNote, writeHeader } from "../../proposals/common";
import type { InsuranceInputs } from "./inputs";
import { cellAddress, formula, range, SheetLayout, value } from "../../proposals/layout";
import { ILLUSTRATIVE_BUYERS, lossPortfolio, retainedLossModel, TAIL_LEVELS } from "./portfolio";
import type { ProposalSheet } from "../../proposals/types";

/** Columns of the portfolio (E, F, G), right of a narrow spacer (D); rows start under the header on row 4. */
const PORTFOLIO_COLUMNS = { exposure: 4, pd: 5, lgd: 6 } as const;
const PORTFOLIO_TOP = 4;

/** A computation run at most once (a CoreError is thrown again to each caller). */
const once = <T>(compute: () => T): (() => T) => {
  let result: { value: T } | undefined;
  return () => (result ??= { value: compute() }).value;
};

export const buildInsuranceProposal = (inputs: InsuranceInputs, options: ProposalOptions): ProposalSheet => {
  const t = translator(options.language);
  const label = parameterLabel(options.language);
  const { variant } = options;
  const title = t("sheetCreditInsuranceSimulation");
  const layout = new SheetLayout();
  writeHeader(layout, t, title, inputs.clientName, options);

  layout.labelled(label("insured_turnover"), value(inputs.insuredTurnover), "currency", "input", "insuredTurnover");
  layout.labelled(label("rate"), value(inputs.premiumRate), "percent", "input", "premiumRate");
  layout.labelled(label("min_premium"), value(inputs.minPremium), "currency", "input", "minPremium");
  layout.labelled(label("cover_rate"), value(inputs.coverRate), "percent", "input", "coverRate");
  layout.labelled(label("deductible"), value(inputs.deductible), "currency", "input", "deductible");

  // Where the losses come from: the portfolio in columns E:G — the one read from the sheet, or the pane's
  // illustrative equal buyers as formulas over the turnover, pd and lgd typed (./portfolio.ts). The results
  // and the loss tail both read those columns, as the pane computes both from the same buyers (./figures.ts).
  const portfolio = inputs.portfolio;
  if (portfolio === null) {
    layout.labelled(label("pd"), value(inputs.pd), "percent", "input", "pd");
    layout.labelled(label("lgd"), value(inputs.lgd), "percent", "input", "lgd");
  }
  const book = writePortfolio(layout, t, inputs);
  const { exposures, pds, lgds } = book;
  // One claim per default: exposure × lgd, less the deductible, never below 0 (cover rate applied after).
  const insurable = `(${exposures}*${lgds}>{deductible})*(${exposures}*${lgds}-{deductible})`;
  const expectedIndemnity = {
    live: `=SUMPRODUCT(${pds},ENCOURS.CREDIT.INDEMNITY(${exposures}*${lgds},{coverRate},,{deductible}))`,
    shareable: `={coverRate}*SUMPRODUCT(${pds},${insurable})`,
  };
  // The same default rate for every buyer: the premium over what the policy would pay if every buyer failed.
  const breakEven = {
    label: portfolio === null
      ? t("sheetBreakEvenDefaultRate")
      : t("sheetBreakEvenDefaultRateUniform"),
    live: `=ENCOURS.CREDIT.BREAKEVENPD({premium},SUMPRODUCT(${insurable}),1,{coverRate})`,
    shareable: `={premium}/({coverRate}*SUMPRODUCT(${insurable}))`,
  };

  layout.skip();
  layout.heading(t("sheetResults"));
  // Premium, expected loss and expected indemnity on adjacent rows: the chart reads them from A:B.
  const premiumAddress = layout.labelled(t("sheetAnnualPremium"),
    liveOr(variant, "=ENCOURS.CREDIT.PREMIUM({insuredTurnover},{premiumRate},{minPremium})", "=MAX({insuredTurnover}*{premiumRate},{minPremium})"),
    "currency", "result", "premium");
  layout.labelled(t("sheetExpectedLossWithoutCover"),
    liveOr(variant, `=ENCOURS.CREDIT.EXPECTEDLOSS(${exposures},${pds},${lgds})`, `=SUMPRODUCT(${exposures},${pds},${lgds})`),
    "currency", "result", "expectedLoss");
  const indemnityAddress = layout.labelled(t("sheetExpectedIndemnity"),
    liveOr(variant, expectedIndemnity.live, expectedIndemnity.shareable), "currency", "result", "expectedIndemnity");
  layout.labelled(t("sheetNetCostOfCoverPremium"),
    formula("={premium}-{expectedIndemnity}"), "currency", "result", "netCost");
  layout.labelled(t("sheetExpectedLossKept"), formula("={expectedLoss}-{expectedIndemnity}"), "currency", "result", "retainedLoss");
  layout.labelled(breakEven.label, liveOr(variant, breakEven.live, breakEven.shareable), "percent", "result", "breakEvenPd");
  writeLossTail(layout, t, inputs, options, book);
  writeClosingNote(layout, t, variant);

  const chartRow = layout.currentRow + 1;
  const labelsColumn = premiumAddress.replace(/^B/, "A");
  return layout.build({
    baseName: baseNameOf(t("sheetCreditInsurance"), inputs.clientName),
    title,
    notice: t("sheetNotice"),
    columnWidths: [280, 120, 120, 16, 120, 120, 90],
    chart: {
      kind: "column",
      title: t("sheetPremiumAndExpectedLosses"),
      dataRange: range(labelsColumn, indemnityAddress),
      seriesBy: "columns",
      topLeft: cellAddress(0, chartRow),
      bottomRight: cellAddress(2, chartRow + 16),
    },
  });
};

/** Ranges of the portfolio's columns, as {key} templates. */
interface Book {
  exposures: string;
  pds: string;
  lgds: string;
}

/**
 * The portfolio in E:G: the buyers read from the sheet as inputs, or the illustrative equal buyers as native
 * formulas over the inputs (turnover / n, pd, lgd), so that they follow the inputs in both variants.
 */
const writePortfolio = (layout: SheetLayout, t: Translate, inputs: InsuranceInputs): Book => {
  const { exposure: exposureColumn, pd: pdColumn, lgd: lgdColumn } = PORTFOLIO_COLUMNS;
  const read = inputs.portfolio;
  const count = read === null ? ILLUSTRATIVE_BUYERS : read.exposures.length;
  layout.put(
    exposureColumn,
    PORTFOLIO_TOP - 1,
    value(
      read === null
        ? t("sheetIllustrativePortfolio", { count })
        : t("sheetPortfolioRead", { count }),
    ),
    "text",
    "note",
  );
  layout.put(exposureColumn, PORTFOLIO_TOP, value(t("sheetExposure")), "text", "heading");
  layout.put(pdColumn, PORTFOLIO_TOP, value(t("sheetDefaultProbability")), "text", "heading");
  layout.put(lgdColumn, PORTFOLIO_TOP, value(t("sheetLgd")), "text", "heading");
  for (let index = 0; index < count; index++) {
    const row = PORTFOLIO_TOP + 1 + index;
    const edge = (name: string): string | undefined => (index === 0 ? `${name}First` : index === count - 1 ? `${name}Last` : undefined);
    if (read === null) {
      layout.put(exposureColumn, row, formula(`={insuredTurnover}/${ILLUSTRATIVE_BUYERS}`), "currency", "result", edge("exposure"));
      layout.put(pdColumn, row, formula("={pd}"), "percent", "result", edge("pd"));
      layout.put(lgdColumn, row, formula("={lgd}"), "percent", "result", edge("lgd"));
    } else {
      layout.put(exposureColumn, row, value(read.exposures[index]), "currency", "input", edge("exposure"));
      layout.put(pdColumn, row, value(read.pds[index]), "percent", "input", edge("pd"));
      layout.put(lgdColumn, row, value(read.lgds[index] ?? 1), "percent", "input", edge("lgd"));
    }
  }
  const single = count === 1;
  return {
    exposures: single ? "{exposureFirst}" : "{exposureFirst}:{exposureLast}",
    pds: single ? "{pdFirst}" : "{pdFirst}:{pdLast}",
    lgds: single ? "{lgdFirst}" : "{lgdFirst}:{lgdLast}",
  };
};

/**
 * "Loss in a bad year": one row per level (95 %, 99 %), the loss without cover in B and the loss the seller
 * keeps with cover in C. Live: CREDIT.LOSSQUANTILE over the portfolio's ranges, the level cell in A and, with
 * cover, the cover rate and the deductible per claim (pd_volatility and credit limits omitted: defaults, as
 * in the pane). Shareable: the core's quantiles, from the same portfolio and terms as the pane.
 */
const writeLossTail = (layout: SheetLayout, t: Translate, inputs: InsuranceInputs, options: ProposalOptions, book: Book): void => {
  const { variant, language } = options;
  layout.skip();
  layout.heading(t("sheetLossInABadYear"));
  const headerRow = layout.takeRow();
  layout.put(0, headerRow, value(t("sheetLevelLossExceededOneYear")), "text", "label");
  layout.put(1, headerRow, value(t("sheetWithoutCover")), "text", "heading");
  layout.put(2, headerRow, value(t("sheetWithCover")), "text", "heading");

  const buyers = lossPortfolio(inputs);
  const gross = once(() => creditRiskPlus(buyers));
  const retained = once(() => creditRiskPlus(retainedLossModel(buyers, inputs)));
  const quantile = (distribution: () => LossDistribution, level: number) =>
    computed(() => lossQuantile(distribution(), level), "currency", language);
  const { exposures, pds, lgds } = book;

  for (const level of TAIL_LEVELS) {
    const row = layout.takeRow();
    const percent = Math.round(level * 100);
    const levelKey = `level${percent}`;
    layout.put(0, row, value(level), "percent", "input", levelKey);
    const call = `ENCOURS.CREDIT.LOSSQUANTILE(${exposures},${pds},{${levelKey}},${lgds}`;
    if (variant === "live") {
      layout.put(1, row, formula(`=${call})`), "currency", "result", `lossGross${percent}`);
      layout.put(2, row, formula(`=${call},,{coverRate},,{deductible})`), "currency", "result", `lossRetained${percent}`);
    } else {
      const withoutCover = quantile(gross, level);
      const withCover = quantile(retained, level);
      layout.put(1, row, withoutCover.content, withoutCover.format, "result", `lossGross${percent}`);
      layout.put(2, row, withCover.content, withCover.format, "result", `lossRetained${percent}`);
    }
  }
  layout.put(
    0,
    layout.takeRow(),
    value(
      t("sheetCreditriskOnThePortfolioColumns"),
    ),
    "text",
    "note",
  );
};
