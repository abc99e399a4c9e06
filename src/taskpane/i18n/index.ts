/** The pane's language: its words (./text) and its numbers (./format). */
export { type Language, type Text, TEXT, type TextKey, type Translate, translator, paneError } from "./text";
export { type Formatters, formattersFor, listItems, localeOf, parseNumber, parseNumberList, type Reading, readNumber, readRate } from "./format";
