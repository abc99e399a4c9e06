/**
 * The core's only public face (STYLE.md, practice 2): pure domain math for factoring, credit insurance and
 * receivables, plain numbers in and out, every bad input a CoreError. The Excel functions and the task pane
 * import from here and nowhere else in src/core.
 */
export { CoreError, isCoreError, type CoreErrorCode, type Language } from "./errors";
// The core's messages, so that the function layer words the rules they share (an empty range) as the core does.
export { MESSAGES as CORE_MESSAGES, type Bilingual } from "./messages";
export * from "./factoring";
export * from "./insurance";
export * from "./receivables";
export * from "./concentration";
export * from "./advisory";
export * from "./portfolio";
export * from "./books";
