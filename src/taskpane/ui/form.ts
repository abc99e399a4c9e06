/**
 * Labelled fields and their inline errors. A field reads what the user typed in the pane's language; it does
 * not judge the value: the core does, and its CoreError (same words as the Excel functions) is shown under
 * the field its `argument` names.
 */
import type { CoreError } from "../../core";
import { type Formatters, type Language, parseNumber, parseNumberList } from "../i18n";
import { h, uniqueId } from "./dom";

/** How a field shows and reads its value. */
export type FieldKind =
  | "money" // 10 000
  | "rate" // 90 %
  | "days" // 60
  | "optionalMoney" // empty = not given
  | "list" // 95 000; 102 000; ...
  | "text"
  | "select";

export interface FieldSpec {
  key: string;
  kind: FieldKind;
  label: string;
  /** The snake_case argument names whose errors belong to this field; the first is shown beside the label. */
  arguments?: string[];
  hint?: string;
  options?: Array<{ value: string; label: string }>;
}

export interface FieldEnvironment {
  language: Language;
  format: Formatters;
  /** Called on every keystroke or change. */
  onInput: () => void;
}

export type FieldValue = number | number[] | string | null;

export class Field {
  readonly key: string;
  readonly kind: FieldKind;
  readonly arguments: readonly string[];
  readonly element: HTMLElement;
  readonly control: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;
  private readonly errorElement: HTMLElement;
  private readonly hintId?: string;
  private readonly environment: FieldEnvironment;

  constructor(spec: FieldSpec, environment: FieldEnvironment, initial: FieldValue) {
    this.key = spec.key;
    this.kind = spec.kind;
    this.arguments = spec.arguments ?? [];
    this.environment = environment;
    const id = uniqueId(`field-${spec.key.replace(/\W/g, "-")}`);
    const errorId = `${id}-error`;
    const argument = this.arguments[0];
    const label = h("label", { attrs: { for: id } }, spec.label, argument ? h("span", { class: "argument", text: argument }) : null);

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
    this.errorElement = h("p", { id: errorId, class: "field-error", attrs: { hidden: "" } });
    this.element = h("div", { class: `field field-${spec.kind}` }, label, this.control, hint, this.errorElement);
    this.describe(false);
    this.write(initial);
    this.control.addEventListener(spec.kind === "select" ? "change" : "input", () => environment.onInput());
  }

  /** The value in the field: a number (NaN when unreadable), a list, a text, or null for an empty optional field. */
  read(): FieldValue {
    const text = this.control.value;
    const { language } = this.environment;
    switch (this.kind) {
      case "text":
      case "select":
        return text;
      case "list":
        return parseNumberList(text, language);
      case "optionalMoney":
        return text.trim() === "" ? null : parseNumber(text, language);
      default:
        return text.trim() === "" ? Number.NaN : parseNumber(text, language);
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

  /** Shows a value formatted in the pane's language. */
  write(value: FieldValue): void {
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
  }

  /** Shows why the value is wrong (null clears it). */
  setError(message: string | null): void {
    const hasError = message !== null;
    this.errorElement.textContent = message ?? "";
    this.errorElement.hidden = !hasError;
    this.element.classList.toggle("has-error", hasError);
    if (hasError) this.control.setAttribute("aria-invalid", "true");
    else this.control.removeAttribute("aria-invalid");
    this.describe(hasError);
  }

  get hasError(): boolean {
    return this.element.classList.contains("has-error");
  }

  private describe(withError: boolean): void {
    const ids = [this.hintId, withError ? this.errorElement.id : undefined].filter((id): id is string => Boolean(id));
    if (ids.length > 0) this.control.setAttribute("aria-describedby", ids.join(" "));
    else this.control.removeAttribute("aria-describedby");
  }
}

/** A group of fields with one error pass: every CoreError goes under the field its argument names. */
export class Form {
  private readonly fields = new Map<string, Field>();

  constructor(private readonly environment: FieldEnvironment) {}

  add(spec: FieldSpec, initial: FieldValue): Field {
    const field = new Field(spec, this.environment, initial);
    this.fields.set(spec.key, field);
    return field;
  }

  field(key: string): Field {
    const field = this.fields.get(key);
    if (!field) throw new Error(`no field ${key}`);
    return field;
  }

  remove(key: string): void {
    this.fields.get(key)?.element.remove();
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
   * Shows each error under its field (the first error per field wins) and clears the others. Returns the
   * errors that belong to no field, for the simulator's own message lines.
   */
  showErrors(placed: ReadonlyArray<{ error: CoreError; field?: Field }>): Set<CoreError> {
    const messages = new Map<Field, string>();
    const unplaced = new Set<CoreError>();
    for (const { error, field } of placed) {
      const owner = field ?? this.fieldFor(error.argument);
      if (!owner) unplaced.add(error);
      else if (!messages.has(owner)) messages.set(owner, error.messageIn(this.environment.language));
    }
    for (const field of this.fields.values()) field.setError(messages.get(field) ?? null);
    return unplaced;
  }

  get valid(): boolean {
    return [...this.fields.values()].every((field) => !field.hasError);
  }
}
