import type { SimulatorInputs } from "../proposals/inputs";
import type { ProposalSheet } from "../proposals/types";

/**
 * What the task pane needs from the workbook. The real implementation talks to Excel (./workbook.ts);
 * outside Office a preview host keeps the simulators working and rejects workbook actions with an
 * explanation.
 */
export interface WorkbookHost {
  /** false in preview (outside Office or office.js missing). */
  readonly available: boolean;
  /** From Office.context.displayLanguage; navigator.language in preview. */
  readonly language: "fr" | "en";
  /** Writes a new sheet (unique name, never over existing cells) and activates it. */
  insertProposal(sheet: ProposalSheet): Promise<{ sheetName: string }>;
  /** Values and address of the selected range. */
  readSelection(): Promise<{ address: string; values: unknown[][] }>;
  /** The simulator's inputs kept in the workbook's settings, or null when none (or unreadable). */
  loadSettings<K extends keyof SimulatorInputs>(key: K): SimulatorInputs[K] | null;
  /** Keeps the simulator's inputs in the workbook's settings. */
  saveSettings<K extends keyof SimulatorInputs>(key: K, value: SimulatorInputs[K]): Promise<void>;
}
