/** The pane's language: its words (./strings) and its numbers (./format). */
export { type Language, type StringKey, type Translate, translator } from "./strings";
export { type Formatters, formattersFor, localeOf, parseNumber, parseNumberList } from "./format";
