/**
 * Affacturage: one offer's terms as the contract writes them, one invoice under them (cash paid on assignment net
 * of the reserve, every charge, the all-in annualised cost beside the regulatory TEG, the cumulative cash
 * received) and the client's year under the same offer (average cash freed and the three honest figures).
 * Every figure comes from the core (factoringOfferInvoice, factoringProgramme).
 */
import { factoringOfferInvoice, factoringProgramme } from "../../../core";
import type { FactoringInputs } from "./inputs";
import { termFields } from "./terms";
import { createActions } from "../../ui/actions";
import { ChartBox, COLOURS, DeferredChart, updateBars } from "../../ui/charts";
import { type PaneContext, RECALC_DELAY_MS, type SimulatorView } from "../../ui/context";
import { debounce, h } from "../../ui/dom";
import { Form } from "../../ui/form";
import { Attempts, Figures, Notes } from "../../ui/results";

export const factoringView = (context: PaneContext, initial: FactoringInputs): SimulatorView => {
  const { t, format, language } = context;
  const form = new Form({ language, format, drafts: context.drafts, scope: "factoring", onInput: () => recalculate() });
  const recalculate = debounce(() => update(), RECALC_DELAY_MS);

  const invoiceFields = [form.addParameter("amount", initial.amount), form.addParameter("days", initial.days)];
  const terms = termFields(form, t, initial);
  const programmeFields = [
    form.addParameter("annual_turnover", initial.annualTurnover),
    form.addParameter("dso_days", initial.dsoDays),
    form.addParameter("invoices", initial.invoices),
    form.addParameter("buyers", initial.buyers),
  ];

  const invoiceFigures = new Figures(
    [
      { key: "cashFreed", label: t("factoringCashOnAssignment"), emphasis: true },
      { key: "reserveHeld", label: t("factoringReserveHeld") },
      { key: "factoringCommission", label: t("factoringCommission") },
      { key: "financingCommission", label: t("factoringFinancingCommission") },
      { key: "fees", label: t("factoringFees") },
      { key: "vat", label: t("factoringVat"), detail: true },
      { key: "totalCost", label: t("factoringTotalCost") },
      { key: "allIn", label: t("factoringAllIn"), emphasis: true },
      { key: "teg", label: t("factoringTeg"), emphasis: true },
    ],
    t("stale"),
  );
  const programmeFigures = new Figures(
    [
      { key: "yearCashFreed", label: t("factoringAverageCashFreed"), emphasis: true },
      { key: "yearReserveHeld", label: t("factoringAverageReserve"), detail: true },
      { key: "yearTotalCost", label: t("factoringYearlyCost") },
      { key: "yearTeg", label: t("factoringTeg"), emphasis: true },
      { key: "costPerTurnover", label: t("factoringCostPerTurnover"), emphasis: true },
      { key: "costPerCashFreed", label: t("factoringCostPerCashFreed"), emphasis: true },
      { key: "cover", label: t("factoringIncludesCover") },
    ],
    t("stale"),
  );
  const invoiceNotes = new Notes(language);
  const programmeNotes = new Notes(language);
  const timeline = new ChartBox(t("factoringCumulativeCash"));
  const chart = new DeferredChart((lib) =>
    lib.barChart(timeline, {
      labels: [],
      series: [
        { label: t("withFactoring"), colour: COLOURS.brand, data: [] },
        { label: t("withoutFactoring"), colour: COLOURS.neutral, data: [] },
      ],
      format: format.moneyRounded,
    }),
  );

  const read = (): FactoringInputs => ({
    clientName: context.client(),
    amount: form.field("amount").readNumber(),
    days: form.field("days").readNumber(),
    ...terms.read(),
    annualTurnover: form.field("annualTurnover").readNumber(),
    dsoDays: form.field("dsoDays").readNumber(),
    invoices: form.field("invoices").readNumber(),
    buyers: form.field("buyers").readNumber(),
  });

  const coverText = (quota: number): string => (quota > 0 ? t("factoringCoverYes", { quota: format.percent(quota) }) : t("factoringNo"));

  const update = (): void => {
    const inputs = read();
    const attempts = new Attempts();
    const programmeAttempts = new Attempts();
    const invoice = attempts.run(() => factoringOfferInvoice(inputs));
    invoiceFigures.set("cashFreed", invoice?.cashFreed, format.money);
    invoiceFigures.set("reserveHeld", invoice?.reserveHeld, format.money);
    invoiceFigures.set("factoringCommission", invoice?.factoringCommission, format.money);
    invoiceFigures.set("financingCommission", invoice?.financingCommission, format.money);
    invoiceFigures.set("fees", invoice ? invoice.serviceFees + invoice.financingFees : undefined, format.money);
    invoiceFigures.set("vat", invoice?.vat, format.money);
    invoiceFigures.set("totalCost", invoice?.totalCost, format.money);
    invoiceFigures.set("allIn", invoice?.costPerCashFreed, format.rate);
    invoiceFigures.set("teg", invoice?.teg, format.rate);
    if (invoice) {
      const flows = invoice.flows;
      const labels = flows.map((flow) =>
        t(flow.kind === "advance" ? "factoringFlowAdvance" : flow.kind === "balance" ? "factoringFlowBalance" : "factoringFlowReserve", { day: flow.day }),
      );
      // Without factoring the buyer pays the whole invoice when it is due: nothing on day 0.
      const without = flows.map((flow) => (flow.day === 0 ? 0 : inputs.amount));
      chart.update((bars) => updateBars(bars, labels, [flows.map((flow) => flow.cumulative), without]));
      const last = flows[flows.length - 1];
      timeline.describe(
        t("factoringCumulativeCashAlt", {
          advance: format.money(flows[0].cumulative),
          balance: format.money(flows[1].cumulative),
          total: format.money(last.cumulative),
          amount: format.money(inputs.amount),
          days: last.day,
        }),
      );
    }

    const programme = programmeAttempts.run(() => factoringProgramme(inputs));
    programmeFigures.set("yearCashFreed", programme?.cashFreed, format.money);
    programmeFigures.set("yearReserveHeld", programme?.reserveHeld, format.money);
    programmeFigures.set("yearTotalCost", programme?.totalCost, format.money);
    programmeFigures.set("yearTeg", programme?.teg, format.rate);
    programmeFigures.set("costPerTurnover", programme?.costPerTurnover, format.rate);
    programmeFigures.set("costPerCashFreed", programme?.costPerCashFreed, format.rate);
    programmeFigures.set("cover", programme?.coverQuota, coverText);

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
      h("h3", { text: t("factoringTermsHeading") }),
      h("div", { class: "fields" }, ...terms.main.map((field) => field.element)),
      terms.advanced,
      h("div", { class: "results", attrs: { "aria-live": "polite" } }, invoiceFigures.element),
      invoiceNotes.element,
      timeline.element,
    ),
    h(
      "section",
      { class: "card", attrs: { "aria-labelledby": "factoring-programme-heading" } },
      h("h2", { id: "factoring-programme-heading", text: t("programmeHeading") }),
      h("p", { class: "intro", text: t("factoringProgrammeNote") }),
      h("div", { class: "fields" }, ...programmeFields.map((field) => field.element)),
      h("div", { class: "results", attrs: { "aria-live": "polite" } }, programmeFigures.element),
      programmeNotes.element,
      createActions(context, { kind: "factoring", inputs: () => (form.valid ? read() : null) }),
    ),
  );
  update();
  return { element, destroy: () => chart.destroy() };
};
