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
import { type PaneContext, RECALC_DELAY_MS, type SimulatorView } from "../../ui/context";
import { debounce, h } from "../../ui/dom";
import { Form } from "../../ui/form";
import { Attempts, Figures, Notes } from "../../ui/results";

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
  const form = new Form({ language, format, drafts: context.drafts, scope: "insurance", onInput: () => recalculate() });
  const recalculate = debounce(() => update(), RECALC_DELAY_MS);
  let portfolio: Portfolio | null = initial.portfolio;

  const coverFields = [
    form.addParameter("insured_turnover", initial.insuredTurnover, { alsoArguments: ["turnover", "exposures", "outstanding"] }),
    form.addParameter("vat_included", String(initial.vatIncluded), {
      options: [
        { value: "false", label: t("vatIncludedNo") },
        { value: "true", label: t("vatIncludedYes") },
      ],
    }),
    form.addParameter("sales_vat_rate", initial.vatRate, { key: "vatRate" }),
    form.addParameter("payment_days", initial.paymentDays),
    form.addParameter("pd", initial.pd, { alsoArguments: ["pds"] }),
    form.addParameter("lgd", initial.lgd, { alsoArguments: ["lgds"] }),
    form.addParameter("premium_rate", initial.premiumRate),
    form.addParameter("min_premium", initial.minPremium),
    form.addParameter("cover_rate", initial.coverRate, { alsoArguments: ["cover_rates"] }),
  ];
  // The terms a policy states beyond its rate and cover, folded: each one moves the yearly cost or the tail.
  const termFields = [
    form.addParameter("insurance_tax_rate", initial.insuranceTaxRate),
    form.addParameter("deductible", initial.deductible, { alsoArguments: ["deductibles"] }),
    form.addParameter("threshold", initial.threshold),
    form.addParameter("discretionary_limit", initial.discretionaryLimit, { alsoArguments: ["credit_limits", "credit_limit"] }),
    form.addParameter("aggregate_deductible", initial.aggregateDeductible),
    form.addParameter("max_liability_multiple", initial.maxLiabilityMultiple),
    form.addParameter("profit_share_rate", initial.profitShareRate),
    form.addParameter("monitoring_fee", initial.monitoringFee),
    form.addParameter("enquiry_fee", initial.enquiryFee),
    form.addParameter("fee_vat_rate", initial.feeVatRate),
    form.addParameter("indemnity_delay_months", initial.indemnityDelayMonths),
    form.addParameter("pd_volatility", initial.pdVolatility),
  ];

  const figures = new Figures(
    [
      { key: "yearlyCost", label: t("yearlyCost"), emphasis: true },
      { key: "expectedLoss", label: t("expectedLoss"), emphasis: true },
      { key: "expectedIndemnity", label: t("expectedIndemnity") },
      { key: "expectedProfitShare", label: t("expectedProfitShare") },
      { key: "policyBills", label: t("policyBills") },
      { key: "maxLiability", label: t("maxLiability") },
      { key: "indemnityDelay", label: t("indemnityDelay") },
    ],
    t("stale"),
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
    vatIncluded: form.field("vatIncluded").readText() === "true",
    vatRate: form.field("vatRate").readNumber(),
    paymentDays: form.field("paymentDays").readNumber(),
    premiumRate: form.field("premiumRate").readNumber(),
    minPremium: form.field("minPremium").readNumber(),
    insuranceTaxRate: form.field("insuranceTaxRate").readNumber(),
    coverRate: form.field("coverRate").readNumber(),
    deductible: form.field("deductible").readNumber(),
    threshold: form.field("threshold").readNumber(),
    discretionaryLimit: form.field("discretionaryLimit").readOptionalNumber(),
    aggregateDeductible: form.field("aggregateDeductible").readNumber(),
    maxLiabilityMultiple: form.field("maxLiabilityMultiple").readNumber(),
    profitShareRate: form.field("profitShareRate").readNumber(),
    monitoringFee: form.field("monitoringFee").readNumber(),
    enquiryFee: form.field("enquiryFee").readNumber(),
    feeVatRate: form.field("feeVatRate").readNumber(),
    indemnityDelayMonths: form.field("indemnityDelayMonths").readNumber(),
    pdVolatility: form.field("pdVolatility").readNumber(),
    pd: form.field("pd").readNumber(),
    lgd: form.field("lgd").readNumber(),
    portfolio,
  });

  const showYear = (year: PolicyYear | undefined): void => {
    figures.set("yearlyCost", year?.yearlyCost, format.money);
    figures.set("expectedLoss", year?.expectedLoss, format.money);
    figures.set("expectedIndemnity", year?.expectedIndemnity, format.money);
    figures.set("expectedProfitShare", year?.expectedProfitShare, format.money);
    figures.set("policyBills", year?.charges.total, format.money);
    figures.set("maxLiability", year?.charges.maxLiability, format.money);
    figures.set("indemnityDelay", year?.indemnityDelayMonths, (months) => t("monthsUnit", { value: format.plain(months) }));
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
    h(
      "section",
      { class: "card", attrs: { "aria-labelledby": "insurance-heading" } },
      h("h2", { id: "insurance-heading", text: t("insuranceHeading") }),
      h("p", { class: "intro", text: t("exposureIntro", { count: ILLUSTRATIVE_BUYERS }) }),
      h("div", { class: "fields" }, ...coverFields.map((field) => field.element)),
      h("details", { class: "contract-terms" }, h("summary", { text: t("contractTerms") }), h("div", { class: "fields" }, ...termFields.map((field) => field.element))),
      h("div", { class: "portfolio" }, portfolioStatus, outstandingStatus, clearPortfolio, h("p", { class: "field-hint", text: t("portfolioLayout") })),
      h("div", { class: "results", attrs: { "aria-live": "polite" } }, figures.element, billsDetail),
      h("p", { class: "field-hint", text: t("yearlyCostHint") }),
      notes.element,
      h("details", {}, h("summary", { text: t("analystFigures") }), analyst.element),
    ),
    h(
      "section",
      { class: "card", attrs: { "aria-labelledby": "tail-heading" } },
      h("h2", { id: "tail-heading", text: t("tailHeading") }),
      h("p", { class: "intro", text: t("tailIntro") }),
      h("div", { class: "results table-scroll", attrs: { "aria-live": "polite" } }, badYear.element),
      tailBox.element,
    ),
    h(
      "section",
      { class: "card", attrs: { "aria-labelledby": "buyers-heading" } },
      h("h2", { id: "buyers-heading", text: t("badBuyersHeading") }),
      h("p", { class: "intro", text: t("badBuyersIntro", { count: TOP_BUYERS }) }),
      h("div", { class: "results table-scroll" }, buyersTable.element),
      h("p", { class: "intro", text: t("sensitivityIntro") }),
      h("div", { class: "results table-scroll" }, sensitivity.element),
      buyerNotes.element,
            createActions(context, { kind: "insurance", inputs: () => (form.valid ? read() : null), useSelection }),
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
