/** What every simulator receives from the pane: its language, the workbook host, and where to keep inputs. */
import type { WorkbookHost } from "../office/host";
import type { SimulatorInputs } from "../proposals/inputs";
import type { ProposalHeader } from "../proposals/common";
import type { Formatters, Language, Translate } from "../i18n";
import type { FecSession } from "../simulators/receivables/session";
import type { Draft } from "./form";

/** What views keep for the life of the pane, across rebuilds, and never in the workbook: the FEC the Créances tab read. */
export interface PaneSession {
  receivables?: FecSession;
}

export interface PaneContext {
  readonly language: Language;
  readonly t: Translate;
  readonly format: Formatters;
  readonly host: WorkbookHost;
  /** What was typed in each field, kept across rebuilds: a language switch keeps an entry not yet valid. */
  readonly drafts: Map<string, Draft>;
  /** Called with a simulator's inputs each time they are all valid: kept for a language switch and saved. */
  remember<K extends keyof SimulatorInputs>(kind: K, inputs: SimulatorInputs[K]): void;
  /**
   * Gives another simulator new inputs, made from its current ones (the Créances tab's figures): remembered like
   * `remember`, what was typed in its fields forgotten, and its view rebuilt from them when its tab is next opened.
   */
  handOver<K extends keyof SimulatorInputs>(kind: K, update: (current: SimulatorInputs[K]) => SimulatorInputs[K]): void;
  /** Kept for the life of the pane, across language switches; never saved. */
  readonly session: PaneSession;
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
