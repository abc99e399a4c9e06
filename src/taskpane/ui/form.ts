/**
 * Labelled fields and their inline errors. A parameter's field takes its label, kind, unit, Excel name and
 * help from the catalogue (Form.addParameter). A field reads what the user typed in the pane's language
 * (../i18n/format.ts), checks its own value with the core's rule for its kind, in the core's words, naming the
 * field by its label; errors of a core call go under the field their `argument` names, with the argument's
 * Excel name replaced by the label. A help button beside each parameter's label opens its description.
 */
import { FUNCTIONS, type Language, PARAMETERS, type ParameterKind, type ParameterName, type Text } from "../../catalogue";
import { CORE_MESSAGES, type CoreError } from "../../core";
import { type Formatters, listItems, type Reading, readNumber, readRate, type TextKey, type Translate, translator } from "../i18n";
import { h, uniqueId } from "./dom";

/** How a field shows and reads its value. */
export type FieldKind =
  | "money" // 10 000
  | "rate" // 90 %
  | "days" // 60
  | "count" // 12
  | "number" // 1,5
  | "optionalMoney" // empty = not given
  | "optionalDays" // empty = not stated
  | "list" // 95 000; 102 000; ...
  | "text"
  | "select";

export interface FieldSpec {
  key: string;
  kind: FieldKind;
  label: string;
  /** The snake_case argument names whose errors belong to this field. */
  arguments?: string[];
  /** The catalogue's parameter the field fills: its help button and its checks' example. */
  parameter?: ParameterName;
  /** A worked value for the messages ("0.45"), for a field that is not a catalogue parameter. */
  example?: string;
  hint?: string;
  options?: Array<{ value: string; label: string }>;
}

/** What a field typed but not yet valid keeps across a rebuild of the pane (a language switch). */
export interface Draft {
  readonly text: string;
  readonly language: Language;
  /** The value the text read as, when it read right: shown in the new language's format. */
  readonly value?: FieldValue;
}

export interface FieldEnvironment {
  language: Language;
  format: Formatters;
  /** Called on every keystroke or change. */
  onInput: () => void;
  /** The texts typed in the pane's fields, by field, kept across rebuilds (shared by the whole pane). */
  drafts?: Map<string, Draft>;
  /** The simulator the fields belong to: their drafts' prefix. */
  scope?: string;
}

export type FieldValue = number | number[] | string | null;

/** The field kind of a catalogue parameter's kind. */
const FIELD_KINDS: Readonly<Record<ParameterKind, FieldKind>> = {
  amount: "money",
  rate: "rate",
  signedRate: "rate",
  level: "rate",
  days: "days",
  count: "count",
  limit: "optionalMoney",
  daysOrNone: "optionalDays",
  basis: "select",
  multiple: "number",
  boolean: "select",
  date: "number",
  dateOrNone: "number",
  terms: "text",
  list: "list",
};

/** The unit shown in a parameter's help. */
const UNITS: Partial<Readonly<Record<FieldKind, TextKey>>> = {
  money: "unitMoney",
  optionalMoney: "unitOptionalMoney",
  optionalDays: "unitOptionalDays",
  list: "unitMoney",
  rate: "unitRate",
  days: "unitDays",
};

/** The first Excel function that takes a parameter: its help page is the field's "more" link. */
const functionOf = (name: ParameterName): string | undefined =>
  FUNCTIONS.find((entry) => entry.parameters.some((use) => (typeof use === "string" ? use : use.name) === name))?.id;

/** The help page of a function in a language, beside the pane's page (src/help/generate.ts). */
export const helpPage = (id: string, language: Language): string => `help/${language}/${id.toLowerCase()}.html`;

const NUMERIC: ReadonlySet<FieldKind> = new Set(["money", "rate", "days", "count", "number", "optionalMoney", "optionalDays"]);
/** The fields an empty entry leaves as "none" (null) rather than as a missing number. */
const OPTIONAL: ReadonlySet<FieldKind> = new Set(["optionalMoney", "optionalDays"]);

export class Field {
  readonly key: string;
  readonly kind: FieldKind;
  readonly label: string;
  readonly arguments: readonly string[];
  readonly element: HTMLElement;
  readonly control: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;
  private readonly errorElement: HTMLElement;
  private readonly hintId?: string;
  private readonly environment: FieldEnvironment;
  private readonly t: Translate;
  private readonly example: string;
  /** A rate that may be below 0 (an index): -1 to 1 instead of 0 to 1. */
  private readonly signed: boolean;
  /** The text the field last wrote and the value it shows: read back as that value, never as ambiguous. */
  private shown?: { readonly text: string; readonly value: FieldValue };

  constructor(spec: FieldSpec, environment: FieldEnvironment, initial: FieldValue) {
    this.key = spec.key;
    this.kind = spec.kind;
    this.label = spec.label;
    this.arguments = spec.arguments ?? [];
    this.environment = environment;
    this.t = translator(environment.language);
    this.example = spec.example ?? (spec.parameter ? PARAMETERS[spec.parameter].example : "0");
    this.signed = spec.parameter !== undefined && PARAMETERS[spec.parameter].kind === "signedRate";
    const id = uniqueId(`field-${spec.key.replace(/\W/g, "-")}`);
    const errorId = `${id}-error`;
    const label = h("label", { attrs: { for: id } }, spec.label);
    const help = spec.parameter ? this.help(spec.parameter, id) : null;

    if (spec.kind === "select") {
      const select = h("select", { id });
      for (const option of spec.options ?? []) select.appendChild(h("option", { text: option.label, attrs: { value: option.value } }));
      this.control = select;
    } else if (spec.kind === "list") {
      this.control = h("textarea", { id, attrs: { rows: "4", spellcheck: "false" } });
    } else {
      const input = h("input", { id, attrs: { type: "text", autocomplete: "off", spellcheck: "false" } });
      if (spec.kind !== "text") input.inputMode = "decimal";
      this.control = input;
    }
    this.control.classList.add("control");

    let hint: HTMLElement | null = null;
    if (spec.hint) {
      this.hintId = `${id}-hint`;
      hint = h("p", { id: this.hintId, class: "field-hint", text: spec.hint });
    }
    // Always in the layout, empty when the value is right: an error appearing moves nothing.
    this.errorElement = h("p", { id: errorId, class: "field-error", attrs: { "aria-live": "polite" } });
    const head = h("div", { class: "field-head" }, label, help?.button ?? null);
    this.element = h("div", { class: `field field-${spec.kind}` }, head, help?.popover ?? null, this.control, hint, this.errorElement);
    this.describe(false);
    this.restore(initial);
    this.control.addEventListener(spec.kind === "select" ? "change" : "input", () => {
      this.keepDraft();
      environment.onInput();
    });
    if (NUMERIC.has(spec.kind) || spec.kind === "list") this.control.addEventListener("blur", () => this.reformat());
  }

  /** The value in the field: a number (NaN when unreadable), a list, a text, or null for an empty optional field. */
  read(): FieldValue {
    const text = this.control.value;
    if (this.shown && this.shown.text === text) return this.shown.value;
    switch (this.kind) {
      case "text":
      case "select":
        return text;
      case "list":
        return listItems(text).map((item) => this.valueOf(this.reading(item)));
      case "optionalMoney":
      case "optionalDays":
        return text.trim() === "" ? null : this.valueOf(this.reading(text));
      default:
        return text.trim() === "" ? Number.NaN : this.valueOf(this.reading(text));
    }
  }

  readNumber(): number {
    const value = this.read();
    return typeof value === "number" ? value : Number.NaN;
  }

  readOptionalNumber(): number | null {
    const value = this.read();
    return value === null || typeof value === "number" ? value : Number.NaN;
  }

  readList(): number[] {
    const value = this.read();
    return Array.isArray(value) ? value : [];
  }

  readText(): string {
    return this.control.value;
  }

  /** Forgets what was typed in the field. */
  forget(): void {
    this.environment.drafts?.delete(this.draftKey);
  }

  /** Shows a value formatted in the pane's language (and forgets what was typed before). */
  write(value: FieldValue): void {
    this.show(value);
    this.environment.drafts?.delete(this.draftKey);
  }

  /**
   * Why the field's own value is wrong, in the core's words for its kind, naming the field by its label; null
   * when it reads right. An entry that could mean two numbers asks which.
   */
  ownError(): string | null {
    if (!NUMERIC.has(this.kind) && this.kind !== "list") return null;
    const text = this.control.value;
    if (this.shown && this.shown.text === text) return null;
    const label: Text = { fr: this.label, en: this.label };
    if (this.kind === "list") {
      const items = listItems(text);
      for (const [index, item] of items.entries()) {
        const message = this.itemError(this.reading(item), CORE_MESSAGES.element(label, index + 1));
        if (message) return message;
      }
      return null;
    }
    if (OPTIONAL.has(this.kind) && text.trim() === "") return null;
    return this.itemError(text.trim() === "" ? { kind: "invalid" } : this.reading(text), label);
  }

  /** Shows why the value is wrong (null clears it). */
  setError(message: string | null): void {
    const hasError = message !== null;
    this.errorElement.textContent = message ?? "";
    this.element.classList.toggle("has-error", hasError);
    if (hasError) this.control.setAttribute("aria-invalid", "true");
    else this.control.removeAttribute("aria-invalid");
    this.describe(hasError);
  }

  get hasError(): boolean {
    return this.element.classList.contains("has-error");
  }

  /** A core message about one of this field's arguments, with the argument's Excel name replaced by the label. */
  explain(error: CoreError): string {
    const message = error.messageIn(this.environment.language);
    const argument = error.argument;
    return argument && message.startsWith(argument) ? `${this.label}${message.slice(argument.length)}` : message;
  }

  private get draftKey(): string {
    return `${this.environment.scope ?? ""}.${this.key}`;
  }

  private reading(text: string): Reading {
    const { language } = this.environment;
    return this.kind === "rate" ? readRate(text, language) : readNumber(text, language);
  }

  private valueOf(reading: Reading): number {
    return reading.kind === "number" ? reading.value : Number.NaN;
  }

  private itemError(reading: Reading, label: Text): string | null {
    const { language, format } = this.environment;
    const show = (value: number): string => (this.kind === "rate" ? format.ratePlain(value) : format.plain(value));
    if (reading.kind === "ambiguous") {
      return this.t("ambiguousNumber", { first: show(reading.values[0]), second: show(reading.values[1]) });
    }
    if (reading.kind === "invalid") return CORE_MESSAGES.notANumber(label, this.example)[language];
    const { value } = reading;
    if (this.kind === "rate" && this.signed) return value >= -1 && value <= 1 ? null : CORE_MESSAGES.notASignedRate(label, this.example)[language];
    if (this.kind === "rate") return value >= 0 && value <= 1 ? null : CORE_MESSAGES.notARate(label, this.example)[language];
    return value >= 0 ? null : CORE_MESSAGES.notNonNegative(label, this.example)[language];
  }

  private show(value: FieldValue): void {
    const { format } = this.environment;
    if (value === null) {
      this.control.value = "";
    } else if (typeof value === "string") {
      this.control.value = value;
    } else if (Array.isArray(value)) {
      this.control.value = value.map((item) => format.plain(item)).join("\n");
    } else if (!Number.isFinite(value)) {
      this.control.value = "";
    } else {
      this.control.value = this.kind === "rate" ? format.ratePlain(value) : format.plain(value);
    }
    const readable = value === null ? OPTIONAL.has(this.kind) : typeof value === "number" ? Number.isFinite(value) : true;
    this.shown = readable ? { text: this.control.value, value } : undefined;
  }

  /** The text typed before a rebuild wins over the initial value: shown in the new format when it read right, as typed when not. */
  private restore(initial: FieldValue): void {
    const draft = this.environment.drafts?.get(this.draftKey);
    if (!draft) this.show(initial);
    else if (draft.value !== undefined && draft.language !== this.environment.language) this.show(draft.value);
    else this.control.value = draft.text;
  }

  private keepDraft(): void {
    const value = this.ownError() === null ? this.read() : undefined;
    this.environment.drafts?.set(this.draftKey, { text: this.control.value, language: this.environment.language, value });
  }

  /** On leaving the field: a value that reads right is shown in the pane's format ("10000" → "10 000"). */
  private reformat(): void {
    if (this.ownError() !== null || this.control.value.trim() === "") return;
    this.show(this.read());
    this.keepDraft();
  }

  private help(name: ParameterName, fieldId: string): { button: HTMLElement; popover: HTMLElement } {
    const { language } = this.environment;
    const parameter = PARAMETERS[name];
    const popoverId = `${fieldId}-help`;
    const unit = UNITS[this.kind];
    const excel = parameter.scope === "core" ? undefined : functionOf(name);
    const link = excel
      ? h("a", { text: this.t("helpMore", { function: excel }), attrs: { href: helpPage(excel, language), target: "_blank", rel: "noopener noreferrer" } })
      : null;
    const popover = h(
      "div",
      { id: popoverId, class: "help-popover", attrs: { role: "note", hidden: "" } },
      h("p", { class: "help-title", text: parameter.label[language] }),
      h("p", { text: parameter.description[language] }),
      unit ? h("p", { text: `${this.t("helpUnit")} ${this.t(unit)}` }) : null,
      excel ? h("p", {}, `${this.t("helpExcel")} `, h("code", { text: name })) : null,
      link ? h("p", {}, link) : null,
    );
    const button = h("button", {
      class: "help-button",
      text: "?",
      attrs: { type: "button", "aria-label": this.t("helpFor", { label: parameter.label[language] }), "aria-expanded": "false", "aria-controls": popoverId },
    });
    const toggle = (open: boolean): void => {
      popover.hidden = !open;
      button.setAttribute("aria-expanded", String(open));
    };
    button.addEventListener("click", () => toggle(popover.hidden));
    popover.addEventListener("keydown", (event) => {
      if (event.key !== "Escape") return;
      toggle(false);
      button.focus();
    });
    button.addEventListener("keydown", (event) => {
      if (event.key === "Escape") toggle(false);
    });
    return { button, popover };
  }

  private describe(withError: boolean): void {
    const ids = [this.hintId, withError ? this.errorElement.id : undefined].filter((id): id is string => Boolean(id));
    if (ids.length > 0) this.control.setAttribute("aria-describedby", ids.join(" "));
    else this.control.removeAttribute("aria-describedby");
  }
}

/** What a parameter's field may set beside the catalogue's entry. */
export interface ParameterOverrides {
  /** The field's key in the form (default: the parameter's core key). */
  key?: string;
  kind?: FieldKind;
  /** More argument names whose errors belong to this field (a plural form: "exposures" beside "exposure"). */
  alsoArguments?: string[];
  options?: Array<{ value: string; label: string }>;
  hint?: string;
}

/**
 * A group of fields with one error pass: each field's own check first, then every CoreError under the field
 * its argument names. A banner says the results are not up to date while a field is wrong.
 */
export class Form {
  private readonly fields = new Map<string, Field>();
  /** "Results not up to date: correct the flagged fields", shown while any field is wrong. */
  readonly banner: HTMLElement;

  constructor(private readonly environment: FieldEnvironment) {
    this.banner = h("p", { class: "stale-banner", text: translator(environment.language)("staleBanner"), attrs: { role: "status", hidden: "" } });
  }

  add(spec: FieldSpec, initial: FieldValue): Field {
    const field = new Field(spec, this.environment, initial);
    this.fields.set(spec.key, field);
    return field;
  }

  /** A field for a catalogue parameter: its label, kind, unit, Excel name and help from the catalogue. */
  addParameter(name: ParameterName, initial: FieldValue, overrides: ParameterOverrides = {}): Field {
    const parameter = PARAMETERS[name];
    const kind = overrides.kind ?? (parameter.form === "list" ? "list" : FIELD_KINDS[parameter.kind]);
    return this.add(
      {
        key: overrides.key ?? parameter.key,
        kind,
        label: parameter.label[this.environment.language],
        arguments: [name, ...(overrides.alsoArguments ?? [])],
        parameter: name,
        options: overrides.options,
        hint: overrides.hint,
      },
      initial,
    );
  }

  field(key: string): Field {
    const field = this.fields.get(key);
    if (!field) throw new Error(`no field ${key}`);
    return field;
  }

  /** Takes a field out of the form, and forgets what was typed in it (a removed offer does not come back). */
  remove(key: string): void {
    const field = this.fields.get(key);
    field?.element.remove();
    field?.forget();
    this.fields.delete(key);
  }

  /** The field that owns an argument name, among the given keys (all fields when omitted). */
  fieldFor(argument: string | undefined, keys?: readonly string[]): Field | undefined {
    if (!argument) return undefined;
    for (const [key, field] of this.fields) {
      if ((!keys || keys.includes(key)) && field.arguments.includes(argument)) return field;
    }
    return undefined;
  }

  /**
   * Shows each field's own error, else the first core error placed under it, and clears the others. Returns
   * the errors that belong to no field, for the simulator's own message lines.
   */
  showErrors(placed: ReadonlyArray<{ error: CoreError; field?: Field }>): Set<CoreError> {
    const messages = new Map<Field, string>();
    for (const field of this.fields.values()) {
      const own = field.ownError();
      if (own !== null) messages.set(field, own);
    }
    const unplaced = new Set<CoreError>();
    for (const { error, field } of placed) {
      const owner = field ?? this.fieldFor(error.argument);
      if (!owner) unplaced.add(error);
      else if (!messages.has(owner)) messages.set(owner, owner.explain(error));
    }
    for (const field of this.fields.values()) field.setError(messages.get(field) ?? null);
    this.banner.hidden = messages.size === 0;
    return unplaced;
  }

  get valid(): boolean {
    return [...this.fields.values()].every((field) => !field.hasError);
  }
}
