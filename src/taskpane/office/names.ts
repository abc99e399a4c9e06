/**
 * How long a name may be, wherever the pane keeps or writes one (settings, sheets). Its own module, importing
 * only the core, so that the stored-shape checks (simulators/shape.ts) and the settings module can both read it
 * without an import cycle.
 */
import type { CoreError } from "../../core";
import { paneError } from "../i18n/text";

/**
 * Longest name (client, offer, broker…) kept in the settings or written into a sheet. 120 characters hold any
 * company's legal name with its legal form; beyond that the text is a paste accident, and a 20 MiB name
 * would be kept in the workbook's settings and written into its cells.
 */
export const MAX_NAME_LENGTH = 120;

/** The refusal of a name over {@link MAX_NAME_LENGTH} characters, or null when the name fits. */
export const nameTooLong = (text: string, argument: string): CoreError | null =>
  text.length <= MAX_NAME_LENGTH
    ? null
    : paneError("VALUE", argument, (t) => t("errNameTooLong", { max: MAX_NAME_LENGTH, length: text.length }));

