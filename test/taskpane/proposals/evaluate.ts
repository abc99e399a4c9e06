/**
 * Evaluates a proposal sheet's native formulas with HyperFormula (GPL-3.0, a devDependency used by tests
 * only): the shareable variant must read the same without Encours, so its formulas must compute in a
 * spreadsheet engine that knows nothing of ENCOURS.*.
 */
import { HyperFormula } from "hyperformula";
import type { ProposalSheet } from "../../../src/taskpane/proposals";

const position = (address: string): { row: number; col: number } => {
  const match = /^([A-Z]+)(\d+)$/.exec(address);
  if (!match) throw new Error(`not an address: ${address}`);
  const col = [...match[1]].reduce((n, letter) => n * 26 + letter.charCodeAt(0) - 64, 0) - 1;
  return { row: Number(match[2]) - 1, col };
};

/** A reader of computed cell values by address. */
export const evaluate = (sheet: ProposalSheet): ((address: string) => unknown) => {
  const grid: Array<Array<string | number | null>> = [];
  for (const cell of sheet.cells) {
    const { row, col } = position(cell.address);
    while (grid.length <= row) grid.push([]);
    while (grid[row].length <= col) grid[row].push(null);
    grid[row][col] = cell.formula ?? cell.value ?? null;
  }
  const hf = HyperFormula.buildFromArray(grid, { licenseKey: "gpl-v3", smartRounding: false, useArrayArithmetic: true });
  return (address: string) => hf.getCellValue({ sheet: 0, ...position(address) });
};
