/**
 * DSO: the countback DSO (méthode par épuisement) beside the accounting ratio, the best possible DSO and the
 * days delinquent when the not-yet-due receivables are given, and a chart of the months the receivables
 * consume (dsoCountbackDetail).
 */
import { dsoAccountingRatio, dsoBestPossible, dsoCountbackDetail, dsoDelinquent, isCoreError } from "../../../core";
import { parseSalesSelection } from "../../proposals/selection";
import type { DsoInputs } from "./inputs";
import { createActions } from "../../ui/actions";
import { COLOURS, updateBars } from "../../ui/charts";
import type { PaneContext, SimulatorView } from "../../ui/context";
import { Attempts, Figures, Notes } from "../../ui/results";
import { addParameters, barChartBox, fieldGrid, liveResults, readNumbers, simulatorCard, simulatorForm, validInputs } from "../../ui/simulator";

export const dsoView = (context: PaneContext, initial: DsoInputs): SimulatorView => {
  const { t, format, language } = context;
  const form = simulatorForm(context, "dso", () => update());
  const days = (value: number): string => t("daysUnit", { value: format.days(value) });

  const fields = addParameters(form, initial, [
    "receivables",
    ["current_receivables", { kind: "optionalMoney" }],
    ["sales", { hint: t("salesHelp") }],
    "period_days",
    "vat_rate",
  ]);

  const figures = new Figures(
    [
      { key: "dsoCountback", label: t("dsoCountback"), emphasis: true },
      { key: "dsoAccounting", label: t("dsoAccounting"), emphasis: true },
      { key: "dsoBest", label: t("dsoBest") },
      { key: "dsoDelinquent", label: t("dsoDelinquent") },
    ],
    t("stale"),
  );
  const notes = new Notes(language);
  const { box, chart } = barChartBox(
    t("countbackChart"),
    [
      { label: t("salesSeries"), colour: COLOURS.neutralLight },
      { label: t("consumedSeries"), colour: COLOURS.brand },
    ],
    { format: format.moneyRounded, overlay: true },
  );

  const read = (): DsoInputs => ({
    clientName: context.client(),
    receivables: form.field("receivables").readNumber(),
    currentReceivables: form.field("currentReceivables").readOptionalNumber(),
    sales: form.field("sales").readList(),
    ...readNumbers(form, ["periodDays", "vatRate"]),
  });

  const update = (): void => {
    const inputs = read();
    const history = { sales: inputs.sales, periodDays: inputs.periodDays, vatRate: inputs.vatRate };
    const attempts = new Attempts();
    const detail = attempts.run(() => dsoCountbackDetail({ ...history, receivables: inputs.receivables }));
    const accounting = attempts.run(() => dsoAccountingRatio({ ...history, receivables: inputs.receivables }));
    figures.set("dsoCountback", detail?.dso, days);
    figures.set("dsoAccounting", accounting, days);
    const current = inputs.currentReceivables;
    if (current === null) {
      figures.clear("dsoBest");
      figures.clear("dsoDelinquent");
    } else {
      figures.set("dsoBest", attempts.run(() => dsoBestPossible({ ...history, currentReceivables: current })), days);
      figures.set("dsoDelinquent", attempts.run(() => dsoDelinquent({ ...history, receivables: inputs.receivables, currentReceivables: current })), days);
    }
    if (detail) {
      // The walk lists the most recent period first; the chart reads left to right, oldest first.
      const periods = [...detail.periods].reverse();
      const labels = periods.map((period) => t("monthLabel", { n: period.index + 1 }));
      const data = [periods.map((period) => period.sales), periods.map((period) => period.consumed)];
      chart.update((bars) => updateBars(bars, labels, data));
      box.describe(t("countbackChartAlt", { months: periods.filter((period) => period.consumed > 0).length }));
    }
    notes.show(attempts, form.showErrors(attempts.errors));
    if (form.valid) context.remember("dso", inputs);
  };

  const useSelection = (values: unknown[][], address: string): string | null => {
    const sales = parseSalesSelection(values, address);
    if (isCoreError(sales)) return sales.messageIn(language);
    form.field("sales").write(sales);
    update();
    return null;
  };

  const element = simulatorCard(
    "dso-heading",
    t("dsoHeading"),
    form.banner,
    fieldGrid(fields),
    liveResults(figures.element),
    notes.element,
    box.element,
    createActions(context, { kind: "dso", inputs: validInputs(form, read), useSelection }),
  );
  update();
  return { element, destroy: () => chart.destroy() };
};
