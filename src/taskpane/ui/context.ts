/** What every simulator receives from the pane: its language, the workbook host, and where to keep inputs. */
import type { WorkbookHost } from "../office/host";
import type { SimulatorInputs } from "../proposals/inputs";
import type { ProposalHeader } from "../proposals/common";
import type { Formatters, Language, Translate } from "../i18n";
import type { Draft } from "./form";

export interface PaneContext {
  readonly language: Language;
  readonly t: Translate;
  readonly format: Formatters;
  readonly host: WorkbookHost;
  /** What was typed in each field, kept across rebuilds: a language switch keeps an entry not yet valid. */
  readonly drafts: Map<string, Draft>;
  /** Called with a simulator's inputs each time they are all valid: kept for a language switch and saved. */
  remember<K extends keyof SimulatorInputs>(kind: K, inputs: SimulatorInputs[K]): void;
  /** The client every tab works for (the pane header's field): the name written on every sheet. */
  client(): string;
  /** The broker, date and validity of a sheet inserted now. */
  sheetHeader(): ProposalHeader;
}

/** A simulator's panel content; `destroy` releases its charts when the pane is rebuilt. */
export interface SimulatorView {
  readonly element: HTMLElement;
  destroy(): void;
}

/** How long typing must pause before the results recalculate: short enough to feel live. */
export const RECALC_DELAY_MS = 120;
