/**
 * The workbook buttons of a simulator: insert a proposal sheet (live ENCOURS formulas, or the shareable
 * variant in native formulas and values) and, where it applies, fill the simulator from the selection.
 * In preview (outside Office) they are disabled, with a one-line explanation.
 */
import { isCoreError } from "../../core";
import { PREVIEW_EXPLANATION } from "../office/workbook";
import { buildProposal } from "../simulators";
import type { SimulatorInputs } from "../proposals/inputs";
import type { PaneContext } from "./context";
import { h, uniqueId } from "./dom";

export interface ActionOptions<K extends keyof SimulatorInputs> {
  kind: K;
  /** The simulator's inputs, or null while a field is invalid. */
  inputs: () => SimulatorInputs[K] | null;
  /** Fills the simulator from the selected values; returns a message when they do not fit, null when done. */
  useSelection?: (values: unknown[][], address: string) => string | null;
}

export const createActions = <K extends keyof SimulatorInputs>(context: PaneContext, options: ActionOptions<K>): HTMLElement => {
  const { t, host, language } = context;
  const status = h("p", { class: "action-status", attrs: { role: "status", "aria-live": "polite" } });
  const explanationId = uniqueId("preview-explanation");
  const messageOf = (error: unknown): string =>
    isCoreError(error) ? error.messageIn(language) : error instanceof Error ? error.message : String(error);

  const button = (label: string, action: () => Promise<string>, primary = false): HTMLButtonElement => {
    const element = h("button", { class: primary ? "button button-primary" : "button", text: label, attrs: { type: "button" } });
    if (!host.available) {
      element.disabled = true;
      element.setAttribute("aria-describedby", explanationId);
    }
    element.addEventListener("click", () => {
      status.textContent = t("working");
      action().then(
        (message) => (status.textContent = message),
        (error: unknown) => (status.textContent = t("actionFailed", { message: messageOf(error) })),
      );
    });
    return element;
  };

  const insert = (variant: "live" | "shareable") => async (): Promise<string> => {
    const inputs = options.inputs();
    if (inputs === null) return t("fixFieldsFirst");
    // The client is the pane's, shared by every tab; the header carries the broker, the date and the validity.
    const forClient = { ...inputs, clientName: context.client() };
    const { sheetName } = await host.insertProposal(buildProposal(options.kind, forClient, { variant, language, header: context.sheetHeader() }));
    return t("inserted", { name: sheetName });
  };

  const buttons = [button(t("insertLive"), insert("live"), true), button(t("insertShareable"), insert("shareable"))];
  const useSelection = options.useSelection;
  if (useSelection) {
    buttons.push(
      button(t("useSelection"), async () => {
        const { address, values } = await host.readSelection();
        return useSelection(values, address) ?? t("selectionRead", { address });
      }),
    );
  }

  return h(
    "div",
    { class: "actions" },
    h("div", { class: "action-buttons" }, ...buttons),
    host.available ? h("p", { class: "action-help", text: t("insertHelp") }) : h("p", { id: explanationId, class: "preview-explanation", text: PREVIEW_EXPLANATION[language] }),
    status,
  );
};
