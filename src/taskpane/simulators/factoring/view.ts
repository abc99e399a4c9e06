/**
 * Affacturage: one invoice (advance, fees, net, annualised cost, cash timeline with and without factoring)
 * and the yearly programme it belongs to (line, annual cost, cash freed). Every figure comes from the core.
 */
import {
  compareFactoringOffers,
  factoringAdvance,
  factoringAnnualCost,
  factoringApr,
  factoringCost,
  factoringNet,
  factoringSchedule,
} from "../../../core";
import type { FactoringInputs } from "./inputs";
import { createActions } from "../../ui/actions";
import { barChart, ChartBox, COLOURS, DeferredChart, updateBars } from "../../ui/charts";
import { type PaneContext, RECALC_DELAY_MS, type SimulatorView } from "../../ui/context";
import { debounce, h } from "../../ui/dom";
import { Form } from "../../ui/form";
import { Attempts, Figures, Notes } from "../../ui/results";

export const factoringView = (context: PaneContext, initial: FactoringInputs): SimulatorView => {
  const { t, format, language } = context;
  const form = new Form({ language, format, drafts: context.drafts, scope: "factoring", onInput: () => recalculate() });
  const recalculate = debounce(() => update(), RECALC_DELAY_MS);

  const invoiceFields = [
    form.addParameter("amount", initial.amount),
    form.addParameter("days", initial.days),
    form.addParameter("advance_rate", initial.advanceRate),
    form.addParameter("service_fee_rate", initial.serviceFeeRate),
    form.addParameter("min_fee", initial.minFee),
    form.addParameter("financing_rate", initial.financingRate),
    form.addParameter("day_basis", String(initial.dayBasis), {
      options: [
        { value: "360", label: t("dayBasis360") },
        { value: "365", label: t("dayBasis365") },
      ],
    }),
  ];
  const programmeFields = [
    form.addParameter("annual_turnover", initial.annualTurnover),
    form.addParameter("dso_days", initial.dsoDays),
    form.addParameter("usage", initial.usage),
    form.addParameter("min_annual_fee", initial.minAnnualFee),
    form.addParameter("fixed_fees", initial.fixedFees),
  ];
  const clientField = form.add({ key: "clientName", kind: "text", label: t("clientName") }, initial.clientName);

  const invoiceFigures = new Figures(
    [
      { key: "advance", label: t("advance"), emphasis: true },
      { key: "serviceFee", label: t("serviceFee") },
      { key: "financingCommission", label: t("financingCommission") },
      { key: "totalCost", label: t("totalCost") },
      { key: "net", label: t("net"), emphasis: true },
      { key: "apr", label: t("apr"), emphasis: true },
    ],
    t("stale"),
  );
  const programmeFigures = new Figures(
    [
      { key: "line", label: `${t("cashFreed")} (${t("line").toLowerCase()})`, emphasis: true },
      { key: "annualCost", label: t("annualCost"), emphasis: true },
      { key: "annualServiceFee", label: t("annualServiceFee"), detail: true },
      { key: "annualFinancingCost", label: t("annualFinancingCost"), detail: true },
      { key: "annualFixedFees", label: t("annualFixedFees"), detail: true },
      { key: "annualisedCost", label: t("annualisedCost") },
    ],
    t("stale"),
  );
  const invoiceNotes = new Notes(language);
  const programmeNotes = new Notes(language);
  const timeline = new ChartBox(t("cashTimeline"));
  const chart = new DeferredChart(() =>
    barChart(timeline, {
      labels: [],
      series: [
        { label: t("withFactoring"), colour: COLOURS.brand, data: [] },
        { label: t("withoutFactoring"), colour: COLOURS.neutral, data: [] },
      ],
      format: format.moneyRounded,
    }),
  );

  const read = (): FactoringInputs => ({
    clientName: clientField.readText(),
    amount: form.field("amount").readNumber(),
    days: form.field("days").readNumber(),
    advanceRate: form.field("advanceRate").readNumber(),
    serviceFeeRate: form.field("serviceFeeRate").readNumber(),
    minFee: form.field("minFee").readNumber(),
    financingRate: form.field("financingRate").readNumber(),
    dayBasis: form.field("dayBasis").readText() === "365" ? 365 : 360,
    annualTurnover: form.field("annualTurnover").readNumber(),
    dsoDays: form.field("dsoDays").readNumber(),
    usage: form.field("usage").readNumber(),
    minAnnualFee: form.field("minAnnualFee").readNumber(),
    fixedFees: form.field("fixedFees").readNumber(),
  });

  const update = (): void => {
    const inputs = read();
    const attempts = new Attempts();
    const programmeAttempts = new Attempts();
    const terms = {
      amount: inputs.amount,
      days: inputs.days,
      advanceRate: inputs.advanceRate,
      serviceFeeRate: inputs.serviceFeeRate,
      minFee: inputs.minFee,
      financingRate: inputs.financingRate,
      dayBasis: inputs.dayBasis,
    };
    const advance = attempts.run(() => factoringAdvance({ amount: inputs.amount, advanceRate: inputs.advanceRate }));
    const cost = attempts.run(() => factoringCost(terms));
    const net = attempts.run(() => factoringNet(terms));
    const apr = attempts.run(() => factoringApr(terms));
    const schedule = attempts.run(() => factoringSchedule(terms));
    invoiceFigures.set("advance", advance, format.money);
    invoiceFigures.set("serviceFee", cost?.serviceFee, format.money);
    invoiceFigures.set("financingCommission", cost?.financingCommission, format.money);
    invoiceFigures.set("totalCost", cost?.total, format.money);
    invoiceFigures.set("net", net, format.money);
    invoiceFigures.set("apr", apr, format.percent);
    if (schedule && schedule.length >= 2) {
      const [first, last] = [schedule[0], schedule[schedule.length - 1]];
      const labels = [t("dayLabel", { day: first.day }), t("dayLabel", { day: last.day })];
      const data = [
        [first.cashFlow, last.cashFlow],
        [0, inputs.amount],
      ];
      chart.update((bars) => updateBars(bars, labels, data));
      timeline.describe(
        t("cashTimelineAlt", { advance: format.money(first.cashFlow), balance: format.money(last.cashFlow), amount: format.money(inputs.amount), days: last.day }),
      );
    }

    const programme = {
      annualTurnover: inputs.annualTurnover,
      dsoDays: inputs.dsoDays,
      usage: inputs.usage,
      advanceRate: inputs.advanceRate,
      serviceFeeRate: inputs.serviceFeeRate,
      financingRate: inputs.financingRate,
      minAnnualFee: inputs.minAnnualFee,
      fixedFees: inputs.fixedFees,
    };
    const annual = programmeAttempts.run(() => factoringAnnualCost(programme));
    // The programme as a one-offer comparison: the core's annualised cost of the cash freed.
    const asOffer = programmeAttempts.run(() => compareFactoringOffers({ ...programme, offers: [{ name: "", ...programme }] })[0]);
    programmeFigures.set("line", annual?.line, format.moneyRounded);
    programmeFigures.set("annualCost", annual?.total, format.moneyRounded);
    programmeFigures.set("annualServiceFee", annual?.serviceFee, format.moneyRounded);
    programmeFigures.set("annualFinancingCost", annual?.financingCost, format.moneyRounded);
    programmeFigures.set("annualFixedFees", annual?.fixedFees, format.moneyRounded);
    programmeFigures.set("annualisedCost", asOffer?.annualisedCost, format.percent);

    const unplaced = form.showErrors([...attempts.errors, ...programmeAttempts.errors]);
    invoiceNotes.show(attempts, unplaced);
    programmeNotes.show(programmeAttempts, unplaced);
    if (form.valid) context.remember("factoring", inputs);
  };

  const element = h(
    "div",
    { class: "simulator" },
    form.banner,
    h(
      "section",
      { class: "card", attrs: { "aria-labelledby": "factoring-invoice-heading" } },
      h("h2", { id: "factoring-invoice-heading", text: t("invoiceHeading") }),
      h("div", { class: "fields" }, ...invoiceFields.map((field) => field.element)),
      h("div", { class: "results", attrs: { "aria-live": "polite" } }, invoiceFigures.element),
      invoiceNotes.element,
      timeline.element,
    ),
    h(
      "section",
      { class: "card", attrs: { "aria-labelledby": "factoring-programme-heading" } },
      h("h2", { id: "factoring-programme-heading", text: t("programmeHeading") }),
      h("p", { class: "intro", text: t("programmeNote") }),
      h("div", { class: "fields" }, ...programmeFields.map((field) => field.element)),
      h("div", { class: "results", attrs: { "aria-live": "polite" } }, programmeFigures.element),
      programmeNotes.element,
      h("div", { class: "fields" }, clientField.element),
      createActions(context, { kind: "factoring", inputs: () => (form.valid ? read() : null) }),
    ),
  );
  update();
  return { element, destroy: () => chart.destroy() };
};
