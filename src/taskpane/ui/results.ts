/**
 * Results on screen: a list of labelled figures that update as the user types. A figure whose inputs are
 * invalid keeps its last value, greyed ("stale"), while the other figures keep updating.
 */
import { type CoreError, isCoreError } from "../../core";
import type { Language } from "../i18n";
import { h } from "./dom";
import type { Field } from "./form";

/** Runs core calls and collects their CoreErrors instead of stopping at the first one. */
export class Attempts {
  readonly errors: Array<{ error: CoreError; field?: Field }> = [];

  /** The call's result, or undefined when the core refused its inputs. */
  run<T>(compute: () => T, field?: Field): T | undefined {
    try {
      return compute();
    } catch (error) {
      if (!isCoreError(error)) throw error;
      this.errors.push({ error, field });
      return undefined;
    }
  }
}

export interface FigureSpec {
  key: string;
  label: string;
  /** Headline figures are shown larger. */
  emphasis?: boolean;
  /** A sub-line ("of which ...") is indented. */
  detail?: boolean;
}

export class Figures {
  readonly element: HTMLElement;
  private readonly values = new Map<string, HTMLElement>();

  constructor(specs: readonly FigureSpec[], private readonly staleLabel: string) {
    this.element = h("dl", { class: "figures" });
    for (const spec of specs) {
      const value = h("dd", { class: "figure-value", attrs: { "data-figure": spec.key } }, "—");
      this.values.set(spec.key, value);
      const classes = ["figure", spec.emphasis ? "is-emphasis" : "", spec.detail ? "is-detail" : ""].filter(Boolean).join(" ");
      this.element.appendChild(h("div", { class: classes }, h("dt", { text: spec.label }), value));
    }
  }

  /**
   * Shows a figure; undefined keeps the last value, marked stale (or a dash when there was none). A value that
   * is not finite is treated as undefined: the core never returns one, but the screen must never show "NaN" or "∞".
   */
  set(key: string, value: number | undefined, format: (value: number) => string): void {
    const element = this.values.get(key);
    if (!element) throw new Error(`no figure ${key}`);
    if (value !== undefined && Number.isFinite(value)) {
      element.textContent = format(value);
      element.classList.remove("is-stale");
      element.removeAttribute("title");
    } else if (element.textContent !== "—") {
      element.classList.add("is-stale");
      element.title = this.staleLabel;
    }
  }

  clear(key: string): void {
    const element = this.values.get(key);
    if (!element) throw new Error(`no figure ${key}`);
    element.textContent = "—";
    element.classList.remove("is-stale");
    element.removeAttribute("title");
  }
}

/** A simulator's message line for errors that belong to no field (e.g. a division by zero). */
export class Notes {
  readonly element: HTMLElement;

  constructor(private readonly language: Language) {
    this.element = h("div", { class: "notes", attrs: { hidden: "" } });
  }

  /** Shows the messages of this section's errors that no field took. */
  show(attempts: Attempts, unplaced: ReadonlySet<CoreError>): void {
    const messages = [...new Set(attempts.errors.filter(({ error }) => unplaced.has(error)).map(({ error }) => error.messageIn(this.language)))];
    this.element.replaceChildren(...messages.map((message) => h("p", { text: message })));
    this.element.hidden = messages.length === 0;
  }
}
