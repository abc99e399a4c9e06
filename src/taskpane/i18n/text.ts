/**
 * Every word the task pane and its proposal sheets show, keyed, in French (the domain's language, first) and
 * English: the one mechanism for the pane's text. Not here: the labels and descriptions of parameters (the
 * catalogue's, src/catalogue/parameters.ts) and the messages about invalid arguments (the core's CoreError, in
 * the same words as the Excel functions).
 */
import type { Language, Text } from "../../catalogue";
import { CoreError, type CoreErrorCode } from "../../core";
import words from "./text.json";

export type { Language, Text };

/**
 * The words themselves are data, in text.json beside this file: "pane" (the task pane's labels, buttons,
 * statuses and the diagnostic's wordings of the core's reason codes) and "sheet" (the proposal sheets'
 * titles, row labels and notes), each key with its French and English. {placeholders} are filled by
 * `translator`. A test checks that every key has both languages and the same placeholders in each.
 */
const WORDS = words satisfies { readonly pane: Record<string, Text>; readonly sheet: Record<string, Text> };

export const TEXT = { ...WORDS.pane, ...WORDS.sheet } as const;

export type TextKey = keyof typeof TEXT;

/** The pane's words in one language, with {placeholders} filled from `values`. */
export type Translate = (key: TextKey, values?: Record<string, string | number>) => string;

export const translator = (language: Language): Translate => (key, values) => {
  const text: string = TEXT[key][language];
  return values ? text.replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match)) : text;
};

/**
 * A pane error in both languages, as a CoreError carries them (the pane shows the one it speaks): `say` words
 * it with the words of one language, and is called once per language.
 */
export const paneError = (code: CoreErrorCode, argument: string, say: (t: Translate) => string): CoreError =>
  new CoreError(code, say(translator("en")), say(translator("fr")), argument);
