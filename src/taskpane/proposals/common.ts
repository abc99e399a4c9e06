/** Pieces every proposal sheet shares: the header, the notice, the closing note and computed values. */
import { PARAMETERS, type ParameterName } from "../../catalogue";
import { isCoreError } from "../../core";
import { type Language, TEXT, type Translate } from "../i18n";
import { formula, type Content, SheetLayout, value } from "./layout";
import type { CellFormat } from "./types";

/** The language of a proposal sheet. */
export type ProposalLanguage = Language;
export type Variant = "live" | "shareable";

export interface ProposalOptions {
  variant: Variant;
  language: ProposalLanguage;
}

export { translator, type Translate } from "../i18n";

/** The label of a parameter's row: the catalogue's, the same as the pane's field. */
export const parameterLabel = (language: Language) => (name: ParameterName): string => PARAMETERS[name].label[language];

/** The notice every proposal sheet carries. */
export const NOTICE = TEXT.sheetNotice;

/** Title (A1), client name (A2:B2) and the notice (A3): inputs start on row 4. */
export const writeHeader = (layout: SheetLayout, t: Translate, title: string, clientName: string): void => {
  layout.put(0, layout.takeRow(), value(title), "text", "title");
  const clientRow = layout.takeRow();
  layout.put(0, clientRow, value(t("sheetClient")), "text", "label");
  layout.put(1, clientRow, value(clientName.trim() === "" ? "—" : clientName), "text", "client");
  layout.put(0, layout.takeRow(), value(t("sheetNotice")), "text", "notice");
};

/** The closing note saying what recalculates and what was computed once. */
export const writeClosingNote = (layout: SheetLayout, t: Translate, variant: Variant): void => {
  layout.skip();
  const text =
    variant === "live"
      ? t("sheetEncoursFormulasRecalculateWithThe")
      : t("sheetNativeExcelFormulasReadableWithout");
  layout.put(0, layout.takeRow(), value(text), "text", "note");
};

/**
 * A value computed with the core at insertion (shareable variant): the number, or — when the core refuses
 * the inputs — its message as text, so that no NaN or undefined reaches a cell.
 */
export const computed = (compute: () => number, format: CellFormat, language: ProposalLanguage): { content: Content; format: CellFormat } => {
  try {
    const result = compute();
    if (Number.isFinite(result)) return { content: value(result), format };
    return { content: value(TEXT.sheetNotAvailable[language]), format: "text" };
  } catch (error) {
    if (isCoreError(error)) return { content: value(error.messageIn(language)), format: "text" };
    throw error;
  }
};

/** The formula in the live variant, the other content in the shareable one. */
export const liveOr = (variant: Variant, live: string, shareable: string): Content => formula(variant === "live" ? live : shareable);

/** A sheet name from the simulator's title and the client's name. */
export const baseNameOf = (kindName: string, clientName: string): string => {
  const client = clientName.trim();
  return client === "" ? kindName : `${kindName} - ${client}`;
};
