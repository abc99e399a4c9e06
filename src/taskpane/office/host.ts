import type { SimulatorInputs } from "../proposals/inputs";
import type { ProposalSheet } from "../proposals/types";

/** Which form of the ENCOURS formulas a sheet insert left in the cells (see insertProposal). */
export type FormulaForm = "invariant" | "french-local" | "unresolved";

export interface InsertResult {
  sheetName: string;
  /** Set by the Excel host; hosts that write no formulas (test doubles) may leave it out. */
  formulas?: FormulaForm;
  /** Whether the print set-up (area, one page wide, header and footer) was applied (Excel host only). */
  printSetUp?: boolean;
  /** Addresses still showing #NAME? (empty unless formulas is "unresolved"). */
  unresolvedCells?: string[];
}

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
  /**
   * Writes a new sheet (unique name, never over existing cells) and activates it. `formulas` says which form
   * of the ENCOURS formulas Excel resolved: "invariant" (English names, as written first), "french-local"
   * (French names through formulasLocal, after Excel answered #NAME?), or "unresolved" (still #NAME? in the
   * cells listed in `unresolvedCells`, e.g. when the add-in's functions are not registered yet).
   */
  insertProposal(sheet: ProposalSheet): Promise<InsertResult>;
  /** Values and address of the selected range. */
  readSelection(): Promise<{ address: string; values: unknown[][] }>;
  /** The simulator's inputs kept in the workbook's settings, or null when none (or unreadable). */
  loadSettings<K extends keyof SimulatorInputs>(key: K): SimulatorInputs[K] | null;
  /** Keeps the simulator's inputs in the workbook's settings. */
  saveSettings<K extends keyof SimulatorInputs>(key: K, value: SimulatorInputs[K]): Promise<void>;
}
