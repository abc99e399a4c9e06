/**
 * Assurance-crédit: premium, expected loss without cover, expected indemnity, net cost and break-even
 * default rate (insuranceFigureCalls: the same buyers, cover rate and deductible per claim as the loss tail
 * and as the sheet "Insérer dans une feuille" writes); a chart comparing premium and expected loss; and the loss-tail view (CreditRisk+): the
 * distribution of a year's loss with and without cover, with the 95 % and 99 % losses side by side.
 */
import { creditRiskPlus, isCoreError, type LossDistribution, lossQuantile } from "../../../core";
import { insuranceFigureCalls } from "./figures";
import { ILLUSTRATIVE_BUYERS, lossPortfolio, retainedLossModel } from "./portfolio";
import { parsePortfolioSelection } from "../../proposals/selection";
import type { InsuranceInputs, Portfolio } from "./inputs";
import { createActions } from "../../ui/actions";
import { barChart, ChartBox, COLOURS, DeferredChart, lineChart, updateBars, updateLines } from "../../ui/charts";
import { type PaneContext, RECALC_DELAY_MS, type SimulatorView } from "../../ui/context";
import { debounce, h } from "../../ui/dom";
import { Form } from "../../ui/form";
import { Attempts, Figures, Notes } from "../../ui/results";

const LEVELS = [
  { level: 0.95, key: "q95" },
  { level: 0.99, key: "q99" },
] as const;
/** The x axis stops at the 99.9 % loss without cover: beyond it the curves are flat at 1. */
const CHART_LEVEL = 0.999;

/** The distribution function's points up to xMax, held flat to xMax so both curves span the same axis. */
const curve = (distribution: LossDistribution, xMax: number): Array<{ x: number; y: number }> => {
  const points: Array<{ x: number; y: number }> = [];
  for (let k = 0; k < distribution.losses.length && distribution.losses[k] <= xMax; k++) {
    points.push({ x: distribution.losses[k], y: distribution.cumulative[k] });
  }
  if (points.length > 0) points.push({ x: xMax, y: points[points.length - 1].y });
  return points;
};

export const insuranceView = (context: PaneContext, initial: InsuranceInputs): SimulatorView => {
  const { t, format, language } = context;
  const form = new Form({ language, format, drafts: context.drafts, scope: "insurance", onInput: () => recalculate() });
  const recalculate = debounce(() => update(), RECALC_DELAY_MS);
  let portfolio: Portfolio | null = initial.portfolio;

  const coverFields = [
    form.addParameter("insured_turnover", initial.insuredTurnover, { alsoArguments: ["exposures", "exposure"] }),
    form.addParameter("rate", initial.premiumRate, { key: "premiumRate" }),
    form.addParameter("min_premium", initial.minPremium),
    form.addParameter("cover_rate", initial.coverRate, { alsoArguments: ["cover_rates"] }),
    // The deductible per claim lowers every indemnity: the expected one above as well as the loss tail below.
    form.addParameter("deductible", initial.deductible, { alsoArguments: ["deductibles"] }),
    form.addParameter("pd", initial.pd, { alsoArguments: ["pds"] }),
    form.addParameter("lgd", initial.lgd, { alsoArguments: ["lgds"] }),
  ];
  const clientField = form.add({ key: "clientName", kind: "text", label: t("clientName") }, initial.clientName);

  const figures = new Figures(
    [
      { key: "premium", label: t("premium"), emphasis: true },
      { key: "expectedLoss", label: t("expectedLoss"), emphasis: true },
      { key: "expectedIndemnity", label: t("expectedIndemnity") },
      { key: "netCost", label: t("netCost") },
      { key: "breakEvenPd", label: t("breakEvenPd") },
    ],
    t("stale"),
  );
  const notes = new Notes(language);
  const tailNotes = new Notes(language);
  const comparisonBox = new ChartBox(t("premiumVsLoss"), "small");
  const comparisonLabels = [t("chartPremium"), t("chartExpectedLoss"), t("chartExpectedIndemnity")];
  const comparison = new DeferredChart(() =>
    barChart(comparisonBox, {
      labels: comparisonLabels,
      series: [{ label: t("premiumVsLoss"), colour: [COLOURS.brand, COLOURS.loss, COLOURS.cover], data: [] }],
      format: format.moneyRounded,
      legend: false,
    }),
  );

  const portfolioStatus = h("p", { class: "portfolio-status" });
  const clearPortfolio = h("button", { class: "button button-subtle button-small", text: t("portfolioClear"), attrs: { type: "button" } });
  clearPortfolio.addEventListener("click", () => {
    portfolio = null;
    update();
  });

  const tailBox = new ChartBox(t("tailChart"));
  const tail = new DeferredChart(() =>
    lineChart(tailBox, {
      series: [
        { label: t("withoutCover"), colour: COLOURS.loss, points: [] },
        { label: t("withCover"), colour: COLOURS.brand, points: [] },
      ],
      formatX: format.moneyRounded,
      formatY: format.percent,
    }),
  );
  const quantileCells = new Map<string, HTMLElement>();
  /** The grid's step: the quantiles are rounded to it, and the pane says so. */
  const quantileStep = h("p", { class: "field-hint quantile-step" });
  const quantileTable = h(
    "table",
    { class: "comparison" },
    h("caption", { text: t("quantileCaption") }),
    h(
      "thead",
      {},
      h("tr", {}, h("th", { text: t("level"), attrs: { scope: "col" } }), h("th", { text: t("withoutCover"), attrs: { scope: "col" } }), h("th", { text: t("withCover"), attrs: { scope: "col" } })),
    ),
    h(
      "tbody",
      {},
      ...LEVELS.map(({ level, key }) => {
        const gross = h("td", { attrs: { "data-figure": `${key}-gross` } }, "—");
        const net = h("td", { attrs: { "data-figure": `${key}-net` } }, "—");
        quantileCells.set(`${key}-gross`, gross);
        quantileCells.set(`${key}-net`, net);
        return h("tr", {}, h("th", { text: format.percent(level), attrs: { scope: "row" } }), gross, net);
      }),
    ),
  );

  const read = (): InsuranceInputs => ({
    clientName: clientField.readText(),
    insuredTurnover: form.field("insuredTurnover").readNumber(),
    premiumRate: form.field("premiumRate").readNumber(),
    minPremium: form.field("minPremium").readNumber(),
    coverRate: form.field("coverRate").readNumber(),
    deductible: form.field("deductible").readNumber(),
    pd: form.field("pd").readNumber(),
    lgd: form.field("lgd").readNumber(),
    portfolio,
  });

  const update = (): void => {
    const inputs = read();
    const buyers = lossPortfolio(inputs);
    const calls = insuranceFigureCalls(inputs);
    const attempts = new Attempts();
    const premium = attempts.run(calls.premium);
    const expectedLoss = attempts.run(calls.expectedLoss);
    const expectedIndemnity = attempts.run(calls.expectedIndemnity);
    const netCost = premium === undefined ? undefined : attempts.run(() => calls.netCost(premium));
    const breakEven = premium === undefined ? undefined : attempts.run(() => calls.breakEvenPd(premium));
    figures.set("premium", premium, format.moneyRounded);
    figures.set("expectedLoss", expectedLoss, format.moneyRounded);
    figures.set("expectedIndemnity", expectedIndemnity, format.moneyRounded);
    figures.set("netCost", netCost, format.moneyRounded);
    figures.set("breakEvenPd", breakEven, format.percent);
    if (premium !== undefined && expectedLoss !== undefined && expectedIndemnity !== undefined) {
      const data = [[premium, expectedLoss, expectedIndemnity]];
      comparison.update((bars) => updateBars(bars, comparisonLabels, data));
      comparisonBox.describe(t("premiumVsLossAlt", { premium: format.moneyRounded(premium), loss: format.moneyRounded(expectedLoss), indemnity: format.moneyRounded(expectedIndemnity) }));
    }

    portfolioStatus.textContent = inputs.portfolio
      ? t("portfolioFromSheet", { count: inputs.portfolio.exposures.length })
      : t("portfolioFromInputs", { count: ILLUSTRATIVE_BUYERS });
    clearPortfolio.hidden = inputs.portfolio === null;

    const tailAttempts = new Attempts();
    const gross = tailAttempts.run(() => creditRiskPlus(buyers));
    const retained = tailAttempts.run(() => creditRiskPlus(retainedLossModel(buyers, inputs)));
    for (const { level, key } of LEVELS) {
      showQuantile(`${key}-gross`, gross && tailAttempts.run(() => lossQuantile(gross, level)), gross?.unit);
      showQuantile(`${key}-net`, retained && tailAttempts.run(() => lossQuantile(retained, level)), retained?.unit);
    }
    if (gross && retained) {
      quantileStep.textContent = t("quantileStep", { gross: format.quantile(gross.unit, gross.unit), net: format.quantile(retained.unit, retained.unit) });
    }
    const xMax = gross && tailAttempts.run(() => lossQuantile(gross, CHART_LEVEL));
    if (gross && retained && xMax !== undefined) {
      const curves = [curve(gross, xMax), curve(retained, xMax)];
      tail.update((lines) => updateLines(lines, curves));
      tailBox.describe(
        t("tailChartAlt", { gross: quantileCells.get("q99-gross")?.textContent ?? "", net: quantileCells.get("q99-net")?.textContent ?? "" }),
      );
    }

    const unplaced = form.showErrors([...attempts.errors, ...tailAttempts.errors]);
    notes.show(attempts, unplaced);
    tailNotes.show(tailAttempts, unplaced);
    if (form.valid) context.remember("insurance", inputs);
  };

  const showQuantile = (key: string, value: number | undefined, step: number | undefined): void => {
    const cell = quantileCells.get(key);
    if (!cell) return;
    if (value !== undefined) {
      cell.textContent = format.quantile(value, step ?? 0);
      cell.classList.remove("is-stale");
    } else {
      cell.classList.add("is-stale");
    }
  };

  const useSelection = (values: unknown[][], address: string): string | null => {
    const parsed = parsePortfolioSelection(values, address);
    if (isCoreError(parsed)) return parsed.messageIn(language);
    portfolio = parsed;
    update();
    return null;
  };

  const element = h(
    "div",
    { class: "simulator" },
    form.banner,
    h(
      "section",
      { class: "card", attrs: { "aria-labelledby": "insurance-heading" } },
      h("h2", { id: "insurance-heading", text: t("insuranceHeading") }),
      h("div", { class: "fields" }, ...coverFields.map((field) => field.element)),
      h("div", { class: "portfolio" }, portfolioStatus, clearPortfolio),
      h("div", { class: "results", attrs: { "aria-live": "polite" } }, figures.element),
      notes.element,
      comparisonBox.element,
    ),
    h(
      "section",
      { class: "card", attrs: { "aria-labelledby": "tail-heading" } },
      h("h2", { id: "tail-heading", text: t("tailHeading") }),
      h("p", { class: "intro", text: t("tailIntro") }),
      h("div", { class: "results table-scroll", attrs: { "aria-live": "polite" } }, quantileTable, quantileStep),
      tailNotes.element,
      tailBox.element,
      h("div", { class: "fields" }, clientField.element),
      createActions(context, { kind: "insurance", inputs: () => (form.valid ? read() : null), useSelection }),
    ),
  );
  update();
  return {
    element,
    destroy: () => {
      comparison.destroy();
      tail.destroy();
    },
  };
};
