import type { ProposalCell, ProposalSheet } from "../../../src/taskpane/proposals";

/** The value cell (column B) on the row whose column-A label is `label`. */
export const cellByLabel = (sheet: ProposalSheet, label: string): ProposalCell => {
  const labelCell = sheet.cells.find((cell) => cell.address.startsWith("A") && cell.value === label);
  if (!labelCell) throw new Error(`no label "${label}"`);
  const address = `B${labelCell.address.slice(1)}`;
  const cell = sheet.cells.find((candidate) => candidate.address === address);
  if (!cell) throw new Error(`no cell beside "${label}"`);
  return cell;
};

export const addressOf = (sheet: ProposalSheet, label: string): string => cellByLabel(sheet, label).address;
export const formulaOf = (sheet: ProposalSheet, label: string): string | undefined => cellByLabel(sheet, label).formula;

/** One row of the "Loss in a bad year" block: the level cell (A) and the losses without (B) and with cover (C). */
export interface LossTailRow {
  level: ProposalCell;
  withoutCover: ProposalCell;
  withCover: ProposalCell;
}

/** The block under the heading "Pertes d'une mauvaise année" / "Loss in a bad year": its header row and level rows. */
export const lossTailOf = (sheet: ProposalSheet): { header: string[]; rows: LossTailRow[] } => {
  const at = (address: string): ProposalCell | undefined => sheet.cells.find((cell) => cell.address === address);
  const heading = sheet.cells.find((cell) => cell.address.startsWith("A") && (cell.value === "Loss in a bad year" || cell.value === "Pertes d'une mauvaise année"));
  if (!heading) throw new Error("no loss-tail heading");
  const headerRow = Number(heading.address.slice(1)) + 1;
  const header = ["A", "B", "C"].map((column) => String(at(`${column}${headerRow}`)?.value ?? ""));
  const rows: LossTailRow[] = [];
  for (let row = headerRow + 1; typeof at(`A${row}`)?.value === "number"; row++) {
    const [level, withoutCover, withCover] = ["A", "B", "C"].map((column) => at(`${column}${row}`));
    if (!level || !withoutCover || !withCover) throw new Error(`incomplete loss-tail row ${row}`);
    rows.push({ level, withoutCover, withCover });
  }
  return { header, rows };
};
