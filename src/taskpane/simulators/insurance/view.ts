/**
 * Assurance-crédit: a year of the policy on the buyers' exposure at default (./figures.ts, the same call as the
 * sheet "Insérer dans une feuille" writes): the yearly cost of cover as the headline, the expected loss, the
 * expected indemnity under the maximum liability and the aggregate deductible, the expected profit share, what
 * the policy bills and the indemnity delay; the loss kept in a bad year (95 %, 99 %) and when the largest buyers
 * fail, without and with cover, with its distribution charted against the maximum liability; the buyers that
 * make a bad year; and how much the 99 % figure rests on pd_volatility. The break-even default rate stays, for
 * the analyst.
 */
import { isCoreError, type LossDistribution, lossQuantile, type PolicyYear } from "../../../core";
import { badYearBuyers, ILLUSTRATIVE_BUYERS, insuranceBreakEvenPd, insurancePolicyYear, TOP_BUYERS, volatilityPoints } from "./figures";
import { parsePortfolioSelection } from "../../proposals/selection";
import type { InsuranceInputs, Portfolio } from "./inputs";
import { createActions } from "../../ui/actions";
import { ChartBox, COLOURS, DeferredChart, updateLines } from "../../ui/charts";
import type { PaneContext, SimulatorView } from "../../ui/context";
import { h } from "../../ui/dom";
import { Attempts, Figures, Notes } from "../../ui/results";
import { addParameters, card, fieldGrid, intro, liveResults, readNumbers, readYes, ResultFigures, simulatorForm, validInputs, yesNoOptions } from "../../ui/simulator";

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

/** A table whose body is rebuilt on each update; cells stay "—" until a value arrives. */
const table = (caption: string, headers: readonly string[]): { element: HTMLElement; body: HTMLTableSectionElement } => {
  const body = h("tbody", {});
  const element = h(
    "table",
    { class: "comparison" },
    h("caption", { text: caption }),
    h("thead", {}, h("tr", {}, ...headers.map((text) => h("th", { text, attrs: { scope: "col" } })))),
    body,
  );
  return { element, body };
};

const row = (head: string, cells: readonly string[], figure?: string): HTMLTableRowElement =>
  h(
    "tr",
    {},
    h("th", { text: head, attrs: { scope: "row" } }),
    ...cells.map((text, index) => h("td", { text, attrs: figure ? { "data-figure": `${figure}-${index === 0 ? "gross" : "net"}` } : {} })),
  );

export const insuranceView = (context: PaneContext, initial: InsuranceInputs): SimulatorView => {
  const { t, format, language } = context;
  const form = simulatorForm(context, "insurance", () => update());
  let portfolio: Portfolio | null = initial.portfolio;

  const coverFields = addParameters(form, initial, [
    ["insured_turnover", { alsoArguments: ["turnover", "exposures", "outstanding"] }],
    ["vat_included", { options: yesNoOptions(t("vatIncludedNo"), t("vatIncludedYes")) }],
    ["sales_vat_rate", { key: "vatRate" }],
    "payment_days",
    ["pd", { alsoArguments: ["pds"] }],
    ["lgd", { alsoArguments: ["lgds"] }],
    "premium_rate",
    "min_premium",
    ["cover_rate", { alsoArguments: ["cover_rates"] }],
  ]);
  // The terms a policy states beyond its rate and cover, folded: each one moves the yearly cost or the tail.
  const termFields = addParameters(form, initial, [
    "insurance_tax_rate",
    ["deductible", { alsoArguments: ["deductibles"] }],
    "threshold",
    ["discretionary_limit", { alsoArguments: ["credit_limits", "credit_limit"] }],
    "aggregate_deductible",
    "max_liability_multiple",
    "profit_share_rate",
    "monitoring_fee",
    "enquiry_fee",
    "fee_vat_rate",
    "indemnity_delay_months",
    "pd_volatility",
  ]);

  const figures = new ResultFigures<PolicyYear>(
    [
      { key: "yearlyCost", label: t("yearlyCost"), emphasis: true },
      { key: "expectedLoss", label: t("expectedLoss"), emphasis: true },
      { key: "expectedIndemnity", label: t("expectedIndemnity") },
      { key: "expectedProfitShare", label: t("expectedProfitShare") },
      { key: "policyBills", label: t("policyBills"), value: (year) => year.charges.total },
      { key: "maxLiability", label: t("maxLiability"), value: (year) => year.charges.maxLiability },
      { key: "indemnityDelay", label: t("indemnityDelay"), value: (year) => year.indemnityDelayMonths, format: (months) => t("monthsUnit", { value: format.plain(months) }) },
    ],
    t("stale"),
    format.money,
  );
  const billsDetail = h("p", { class: "field-hint", attrs: { "data-figure": "policyBillsDetail" } });
  const analyst = new Figures([{ key: "breakEvenPd", label: t("breakEvenPd") }], t("stale"));
  const notes = new Notes(language);
  const buyerNotes = new Notes(language);

  const portfolioStatus = h("p", { class: "portfolio-status" });
  const outstandingStatus = h("p", { class: "field-hint", attrs: { "data-figure": "totalExposure" } });
  const clearPortfolio = h("button", { class: "button button-subtle button-small", text: t("portfolioClear"), attrs: { type: "button" } });
  clearPortfolio.addEventListener("click", () => {
    portfolio = null;
    update();
  });

  const badYear = table(t("quantileCaption"), [t("level"), t("withoutCover"), t("withCover")]);
  const buyersTable = table(t("badBuyersHeading"), [t("buyerColumn"), t("exposureColumn"), t("withoutCover"), t("withCover")]);
  const sensitivity = table(t("sensitivityHeading"), [t("volatilityColumn"), t("withoutCover"), t("withCover")]);

  const tailBox = new ChartBox(t("keptChart"));
  const tail = new DeferredChart((lib) =>
    lib.lineChart(tailBox, {
      series: [
        { label: t("withoutCover"), colour: COLOURS.loss, points: [] },
        { label: t("withCover"), colour: COLOURS.brand, points: [] },
        { label: t("maxLiability"), colour: COLOURS.cover, points: [] },
      ],
      formatX: format.moneyRounded,
      formatY: format.percent,
    }),
  );

  const read = (): InsuranceInputs => ({
    clientName: context.client(),
    insuredTurnover: form.field("insuredTurnover").readNumber(),
    vatIncluded: readYes(form, "vatIncluded"),
    ...readNumbers(form, ["vatRate", "paymentDays", "premiumRate", "minPremium", "insuranceTaxRate", "coverRate", "deductible", "threshold"]),
    discretionaryLimit: form.field("discretionaryLimit").readOptionalNumber(),
    ...readNumbers(form, [
      "aggregateDeductible",
      "maxLiabilityMultiple",
      "profitShareRate",
      "monitoringFee",
      "enquiryFee",
      "feeVatRate",
      "indemnityDelayMonths",
      "pdVolatility",
      "pd",
      "lgd",
    ]),
    portfolio,
  });

  const showYear = (year: PolicyYear | undefined): void => {
    figures.show(year);
    if (!year) return;
    const { charges } = year;
    billsDetail.textContent = t("policyBillsDetail", {
      premium: format.money(charges.premium), tax: format.money(charges.insuranceTax), fees: format.money(charges.fees), feesVat: format.money(charges.feesVat),
    });
    outstandingStatus.textContent = t("outstandingTotal", { amount: format.money(year.totalExposure) });
    const [at95, at99] = year.badYear;
    badYear.body.replaceChildren(
      row(format.percent(at95.level), [format.money(at95.withoutCover), format.money(at95.withCover)], "q95"),
      row(format.percent(at99.level), [format.money(at99.withoutCover), format.money(at99.withCover)], "q99"),
      row(t("largestBuyerFails"), [format.money(year.largestBuyerFails.withoutCover), format.money(year.largestBuyerFails.withCover)], "largest"),
      row(t("twoLargestFail"), [format.money(year.twoLargestBuyersFail.withoutCover), format.money(year.twoLargestBuyersFail.withCover)], "twoLargest"),
    );
    const { withoutCover, withCover } = year.distribution;
    const xMax = lossQuantile(withoutCover, CHART_LEVEL);
    const cap = charges.maxLiability;
    tail.update((lines) => updateLines(lines, [curve(withoutCover, xMax), curve(withCover, xMax), [{ x: cap, y: 0 }, { x: cap, y: 1 }]]));
    tailBox.describe(t("keptChartAlt", { cap: format.money(cap), gross: format.money(at99.withoutCover), net: format.money(at99.withCover) }));
  };

  const update = (): void => {
    const inputs = read();
    const attempts = new Attempts();
    const year = attempts.run(() => insurancePolicyYear(inputs));
    showYear(year);
    analyst.set("breakEvenPd", year && attempts.run(() => insuranceBreakEvenPd(inputs, year.charges.premium)), format.percent);

    portfolioStatus.textContent = inputs.portfolio
      ? t("portfolioFromSheet", { count: inputs.portfolio.exposures.length })
      : t("portfolioFromInputs", { count: ILLUSTRATIVE_BUYERS });
    clearPortfolio.hidden = inputs.portfolio === null;

    const buyerAttempts = new Attempts();
    const top = year && buyerAttempts.run(() => badYearBuyers(inputs));
    if (top) {
      buyersTable.body.replaceChildren(
        ...top.map((buyer) => row(t("buyerNumber", { n: buyer.buyer }), [format.money(buyer.exposure), format.money(buyer.withoutCover), format.money(buyer.withCover)])),
      );
    }
    const points = year && buyerAttempts.run(() => volatilityPoints(inputs, year));
    if (points) {
      sensitivity.body.replaceChildren(
        ...points.map((point, index) =>
          row(index === 0 ? t("volatilityChosen", { value: format.plain(point.pdVolatility) }) : format.plain(point.pdVolatility), [format.money(point.withoutCover), format.money(point.withCover)], `vol${index}`),
        ),
      );
    }

    const unplaced = form.showErrors([...attempts.errors, ...buyerAttempts.errors]);
    notes.show(attempts, unplaced);
    buyerNotes.show(buyerAttempts, unplaced);
    if (form.valid) context.remember("insurance", inputs);
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
    card(
      "insurance-heading",
      t("insuranceHeading"),
      intro(t("exposureIntro", { count: ILLUSTRATIVE_BUYERS })),
      fieldGrid(coverFields),
      h("details", { class: "contract-terms" }, h("summary", { text: t("contractTerms") }), fieldGrid(termFields)),
      h("div", { class: "portfolio" }, portfolioStatus, outstandingStatus, clearPortfolio, h("p", { class: "field-hint", text: t("portfolioLayout") })),
      liveResults(figures.element, billsDetail),
      h("p", { class: "field-hint", text: t("yearlyCostHint") }),
      notes.element,
      h("details", {}, h("summary", { text: t("analystFigures") }), analyst.element),
    ),
    card(
      "tail-heading",
      t("tailHeading"),
      intro(t("tailIntro")),
      h("div", { class: "results table-scroll", attrs: { "aria-live": "polite" } }, badYear.element),
      tailBox.element,
    ),
    card(
      "buyers-heading",
      t("badBuyersHeading"),
      intro(t("badBuyersIntro", { count: TOP_BUYERS })),
      h("div", { class: "results table-scroll" }, buyersTable.element),
      intro(t("sensitivityIntro")),
      h("div", { class: "results table-scroll" }, sensitivity.element),
      buyerNotes.element,
      createActions(context, { kind: "insurance", inputs: validInputs(form, read), useSelection }),
    ),
  );
  update();
  return {
    element,
    destroy: () => {
      tail.destroy();
    },
  };
};
