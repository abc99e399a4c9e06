/**
 * The core's only error type. `code` says which Excel error a caller should show, `argument` names the
 * argument as the Excel function and the task pane call it (snake_case, e.g. `advance_rate`), and the
 * messages exist in English and French so that the pane can show the same words as the functions.
 */
export type CoreErrorCode =
  | "VALUE" // wrong type or out-of-range argument -> #VALUE!
  | "NA" // not enough data -> #N/A
  | "DIV0" // division by zero -> #DIV/0!
  | "NUM"; // a solver that does not converge, or a result too large -> #NUM!

import type { Language } from "../catalogue/text";

export type { Language };

export class CoreError extends Error {
  readonly code: CoreErrorCode;
  readonly argument?: string;
  /** The same message in French, for the task pane. */
  readonly messageFr: string;

  constructor(code: CoreErrorCode, message: string, messageFr: string = message, argument?: string) {
    super(message);
    this.name = "CoreError";
    this.code = code;
    this.messageFr = messageFr;
    this.argument = argument;
    Object.setPrototypeOf(this, CoreError.prototype);
  }

  /** The message in the given language. */
  messageIn(language: Language): string {
    return language === "fr" ? this.messageFr : this.message;
  }
}

export const isCoreError = (value: unknown): value is CoreError => value instanceof CoreError;
