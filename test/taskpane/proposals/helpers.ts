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
