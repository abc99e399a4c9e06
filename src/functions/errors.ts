/**
 * The one place where a problem becomes an Excel error (as HyperFormula's error mapping): a CoreError keeps
 * its code and message, an error value that came in from a cell passes through unchanged, anything else is a
 * generic #VALUE! rather than a raw exception (which Excel would show as a bare #VALUE! with no reason).
 *
 * `CustomFunctions` is read only when an error is built, never at module load: functions.ts is also loaded
 * by the task pane's browser preview, where Excel's runtime is absent.
 */
import { type Language, languageOf } from "../catalogue";
import { CORE_MESSAGES as MESSAGES, isCoreError, type CoreErrorCode } from "../core";

/** The Excel error values Encours produces. */
export type ExcelErrorCode = "#VALUE!" | "#N/A" | "#DIV/0!" | "#NUM!";

const EXCEL_CODE: Record<CoreErrorCode, ExcelErrorCode> = {
  VALUE: "#VALUE!",
  NA: "#N/A",
  DIV0: "#DIV/0!",
  NUM: "#NUM!",
};

/** What Excel shows in a cell: an error code and, for #VALUE! and #N/A, a message. */
export interface ExcelError {
  code: string;
  message?: string;
}

/** Stand-in for CustomFunctions.Error outside Excel (browser preview): same shape. */
class PreviewError implements ExcelError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

/**
 * An error value coming from Excel itself: a cell holding #N/A passed to a function, or one of our own errors
 * already built. Recognised by shape (a `code` such as "#N/A"), as it may come from another add-in's runtime.
 */
export const isExcelError = (value: unknown): value is ExcelError =>
  typeof value === "object" &&
  value !== null &&
  !Array.isArray(value) &&
  typeof (value as { code?: unknown }).code === "string" &&
  (value as { code: string }).code.startsWith("#");

/** A new Excel error. */
export const excelError = (code: ExcelErrorCode, message: string): ExcelError =>
  typeof CustomFunctions === "undefined"
    ? new PreviewError(code, message)
    : new CustomFunctions.Error(code as CustomFunctions.ErrorCode, message);

/**
 * Office's display language, read when a message is needed: French users read French messages. Outside
 * Office (tests, preview) English. Only messages follow the language, never values.
 */
export const displayLanguage = (): Language => {
  try {
    const office = (globalThis as { Office?: { context?: { displayLanguage?: unknown } } }).Office;
    const language = office?.context?.displayLanguage;
    return languageOf(typeof language === "string" ? language : undefined);
  } catch {
    return "en";
  }
};

/** Any thrown value, as the Excel error to show. */
export const toExcelError = (problem: unknown): ExcelError => {
  if (isExcelError(problem)) return problem;
  const language = displayLanguage();
  if (isCoreError(problem)) return excelError(EXCEL_CODE[problem.code], problem.messageIn(language));
  const unexpected = MESSAGES.unexpected();
  return excelError("#VALUE!", language === "fr" ? unexpected.fr : unexpected.en);
};
