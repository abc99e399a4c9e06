/**
 * What every simulator view builds the same way: its form (recalculating once typing pauses), its catalogue
 * fields started from the stored inputs, the numbers it reads back, the figures it shows from one core result,
 * its bar chart, and the cards that lay them out. A view keeps only what is its own: which parameters, which
 * figures, which core call.
 */
import { PARAMETERS, type ParameterName } from "../../catalogue";
import { ChartBox, type BarChart, DeferredChart } from "./charts";
import { type PaneContext, RECALC_DELAY_MS } from "./context";
import { type Child, debounce, h } from "./dom";
import { type Field, type FieldValue, Form, type ParameterOverrides } from "./form";
import { Figures, type FigureSpec } from "./results";

/** A simulator's form: it calls `recalculate` once typing has paused (RECALC_DELAY_MS), not on every keystroke. */
export const simulatorForm = (context: PaneContext, scope: string, recalculate: () => void): Form => {
  const later = debounce(recalculate, RECALC_DELAY_MS);
  return new Form({ language: context.language, format: context.format, drafts: context.drafts, scope, onInput: () => later() });
};

/** A catalogue parameter, alone or with what its field does differently (ParameterOverrides). */
export type ParameterEntry = ParameterName | readonly [ParameterName, ParameterOverrides];

/**
 * One field per entry, each started from `initial` at the field's key (annual_turnover → initial.annualTurnover).
 * A yes/no held as a boolean starts its select at "true" or "false".
 */
export const addParameters = (form: Form, initial: object, entries: readonly ParameterEntry[]): Field[] =>
  entries.map((entry) => {
    const [name, overrides] = typeof entry === "string" ? [entry, {}] : entry;
    const key = overrides.key ?? PARAMETERS[name].key;
    if (!(key in initial)) throw new Error(`no initial value for ${key}`);
    const value = (initial as Record<string, unknown>)[key];
    return form.addParameter(name, typeof value === "boolean" ? String(value) : (value as FieldValue), overrides);
  });

/** The numbers typed in the fields `keys`, by key, in that order (the pane compares inputs by their JSON text). */
export const readNumbers = <K extends string>(form: Form, keys: readonly K[]): Record<K, number> =>
  Object.fromEntries(keys.map((key) => [key, form.field(key).readNumber()])) as Record<K, number>;

/** The options of a yes/no select: a boolean is held as "false" or "true" (addParameters, readYes). */
export const yesNoOptions = (no: string, yes: string): Array<{ value: string; label: string }> => [
  { value: "false", label: no },
  { value: "true", label: yes },
];

/** A select answered "true" or "false", as a boolean. */
export const readYes = (form: Form, key: string): boolean => form.field(key).readText() === "true";

/** The simulator's inputs while every field is right, null otherwise (what the workbook buttons insert). */
export const validInputs = <I>(form: Form, read: () => I) => (): I | null => (form.valid ? read() : null);

type NumberKey<R> = { [K in keyof R]-?: R[K] extends number | undefined ? K : never }[keyof R] & string;

/**
 * A figure shown from a core result: its key names the result's number unless `value` reads it otherwise, and
 * `format` overrides the figures' common format.
 */
export type ResultFigureSpec<R> = FigureSpec & { format?: (value: number) => string } & (
  | { key: NumberKey<R>; value?: undefined }
  | { value: (result: R) => number | undefined }
);

/** Figures that all come from one core result, declared once with how each is read and written. */
export class ResultFigures<R extends object> extends Figures {
  constructor(
    private readonly specs: ReadonlyArray<ResultFigureSpec<R>>,
    staleLabel: string,
    private readonly format: (value: number) => string,
  ) {
    super(specs, staleLabel);
  }

  /** Shows every figure of `result`; undefined (the core refused the inputs) keeps them all, marked stale. */
  show(result: R | undefined): void {
    for (const spec of this.specs) {
      const value = result === undefined ? undefined : spec.value ? spec.value(result) : (result[spec.key as NumberKey<R>] as number | undefined);
      this.set(spec.key, value, spec.format ?? this.format);
    }
  }
}

/**
 * A titled bar chart, empty until its first update, one series per { label, colour }; `overlay` draws the
 * series over each other (a part over its whole).
 */
export const barChartBox = (
  title: string,
  series: ReadonlyArray<{ label: string; colour: string }>,
  options: { format: (value: number) => string; overlay?: boolean },
): { box: ChartBox; chart: DeferredChart<BarChart> } => {
  const box = new ChartBox(title);
  const chart = new DeferredChart((lib) => lib.barChart(box, { labels: [], series: series.map((one) => ({ ...one, data: [] })), ...options }));
  return { box, chart };
};

/** The fields of a card, in a grid of one or two columns. */
export const fieldGrid = (fields: readonly Field[]): HTMLElement => h("div", { class: "fields" }, ...fields.map((field) => field.element));

/** The figures area, read out by screen readers as it updates. */
export const liveResults = (...children: Child[]): HTMLElement => h("div", { class: "results", attrs: { "aria-live": "polite" } }, ...children);

/** A card's introductory line. */
export const intro = (text: string): HTMLElement => h("p", { class: "intro", text });

const section =
  (className: string) =>
  (id: string, heading: string, ...children: Child[]): HTMLElement =>
    h("section", { class: className, attrs: { "aria-labelledby": id } }, h("h2", { id, text: heading }), ...children);

/** A card of the pane, named by its heading. */
export const card = section("card");

/** A card that is a whole simulator: the stale banner is placed over it (.simulator). */
export const simulatorCard = section("card simulator");
