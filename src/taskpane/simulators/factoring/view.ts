/**
 * Affacturage: one offer's terms as the contract writes them, one invoice under them (cash paid on assignment net
 * of the reserve, every charge, the all-in annualised cost beside the regulatory TEG, the cumulative cash
 * received) and the client's year under the same offer (average cash freed and the three honest figures).
 * Every figure comes from the core (factoringOfferInvoice, factoringProgramme).
 */
import { factoringOfferInvoice, factoringProgramme } from "../../../core";
import type { FactoringInputs } from "./inputs";
import { profileFields } from "./profile";
import { termFields } from "./terms";
import { createActions } from "../../ui/actions";
import { COLOURS, updateBars } from "../../ui/charts";
import type { PaneContext, SimulatorView } from "../../ui/context";
import { h } from "../../ui/dom";
import { Attempts, Notes } from "../../ui/results";
import { addParameters, barChartBox, card, fieldGrid, intro, liveResults, readNumbers, ResultFigures, simulatorForm, validInputs } from "../../ui/simulator";

export const factoringView = (context: PaneContext, initial: FactoringInputs): SimulatorView => {
  const { t, format, language } = context;
  const form = simulatorForm(context, "factoring", () => update());

  const invoiceFields = addParameters(form, initial, ["amount", "days"]);
  const terms = termFields(form, t, initial);
  const clientYear = profileFields(form, initial);

  const coverText = (quota: number): string => (quota > 0 ? t("factoringCoverYes", { quota: format.percent(quota) }) : t("factoringNo"));
  const invoiceFigures = new ResultFigures<ReturnType<typeof factoringOfferInvoice>>(
    [
      { key: "cashFreed", label: t("factoringCashOnAssignment"), emphasis: true },
      { key: "reserveHeld", label: t("factoringReserveHeld") },
      { key: "factoringCommission", label: t("factoringCommission") },
      { key: "financingCommission", label: t("factoringFinancingCommission") },
      { key: "fees", label: t("factoringFees"), value: (invoice) => invoice.serviceFees + invoice.financingFees },
      { key: "vat", label: t("factoringVat"), detail: true },
      { key: "totalCost", label: t("factoringTotalCost") },
      { key: "allIn", label: t("factoringAllIn"), emphasis: true, value: (invoice) => invoice.costPerCashFreed, format: format.rate },
      { key: "teg", label: t("factoringTeg"), emphasis: true, format: format.rate },
    ],
    t("stale"),
    format.money,
  );
  const programmeFigures = new ResultFigures<ReturnType<typeof factoringProgramme>>(
    [
      { key: "yearCashFreed", label: t("factoringAverageCashFreed"), emphasis: true, value: (year) => year.cashFreed },
      { key: "yearReserveHeld", label: t("factoringAverageReserve"), detail: true, value: (year) => year.reserveHeld },
      { key: "yearTotalCost", label: t("factoringYearlyCost"), value: (year) => year.totalCost },
      { key: "yearTeg", label: t("factoringTeg"), emphasis: true, value: (year) => year.teg, format: format.rate },
      { key: "costPerTurnover", label: t("factoringCostPerTurnover"), emphasis: true, format: format.rate },
      { key: "costPerCashFreed", label: t("factoringCostPerCashFreed"), emphasis: true, format: format.rate },
      { key: "cover", label: t("factoringIncludesCover"), value: (year) => year.coverQuota, format: coverText },
    ],
    t("stale"),
    format.money,
  );
  const invoiceNotes = new Notes(language);
  const programmeNotes = new Notes(language);
  const { box: timeline, chart } = barChartBox(
    t("factoringCumulativeCash"),
    [
      { label: t("withFactoring"), colour: COLOURS.brand },
      { label: t("withoutFactoring"), colour: COLOURS.neutral },
    ],
    { format: format.moneyRounded },
  );

  const read = (): FactoringInputs => ({
    clientName: context.client(),
    ...readNumbers(form, ["amount", "days"]),
    ...terms.read(),
    ...clientYear.read(),
  });

  const update = (): void => {
    const inputs = read();
    const attempts = new Attempts();
    const programmeAttempts = new Attempts();
    const invoice = attempts.run(() => factoringOfferInvoice(inputs));
    invoiceFigures.show(invoice);
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

    programmeFigures.show(programmeAttempts.run(() => factoringProgramme(inputs)));

    const unplaced = form.showErrors([...attempts.errors, ...programmeAttempts.errors]);
    invoiceNotes.show(attempts, unplaced);
    programmeNotes.show(programmeAttempts, unplaced);
    if (form.valid) context.remember("factoring", inputs);
  };

  const element = h(
    "div",
    { class: "simulator" },
    form.banner,
    card(
      "factoring-invoice-heading",
      t("invoiceHeading"),
      fieldGrid(invoiceFields),
      h("h3", { text: t("factoringTermsHeading") }),
      fieldGrid(terms.main),
      terms.advanced,
      liveResults(invoiceFigures.element),
      invoiceNotes.element,
      timeline.element,
    ),
    card(
      "factoring-programme-heading",
      t("programmeHeading"),
      intro(t("factoringProgrammeNote")),
      fieldGrid(clientYear.fields),
      liveResults(programmeFigures.element),
      programmeNotes.element,
      createActions(context, { kind: "factoring", inputs: validInputs(form, read) }),
    ),
  );
  update();
  return { element, destroy: () => chart.destroy() };
};
