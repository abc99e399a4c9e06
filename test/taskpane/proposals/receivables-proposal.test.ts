/**
 * The Créances proposal sheet over the invoice table: the live variant calls ENCOURS.RECEIVABLES.AGEDBALANCE and
 * ENCOURS.DSO over the table's columns; the shareable variant's native formulas, evaluated in HyperFormula over
 * the invoices of the hand-written FEC, give the core's D441-6 table (hand-worked in receivables-analysis.test.ts).
 */
import { HyperFormula } from "hyperformula";
import { readFec } from "../../../src/core";
import { translator } from "../../../src/taskpane/i18n";
import { buildProposal, SEED_INPUTS } from "../../../src/taskpane/proposals";
import { analyseBooks, invoiceColumns } from "../../../src/taskpane/simulators/receivables/analysis";
import { invoiceTableHeaders } from "../../../src/taskpane/simulators/receivables/proposal";
import { HAND_WRITTEN_FEC } from "../../books/handWritten";

const books = readFec(HAND_WRITTEN_FEC);
const figures = analyseBooks(books, { terms: "30", interestRate: 0.1215, recoveryFee: 40 });
const inputs = {
  ...SEED_INPUTS.receivables,
  tableName: "FacturesFEC",
  asOf: figures.asOf,
  turnover: figures.turnover,
  monthEnds: figures.months.map((m) => m.monthEnd),
  sales: figures.months.map((m) => m.sales),
  receivables: figures.months.map((m) => m.receivables),
  monthDays: [31, 28, 31, 30, 31],
};

const position = (address: string): { row: number; col: number } => {
  const match = /^([A-Z]+)(\d+)$/.exec(address);
  if (!match) throw new Error(`not an address: ${address}`);
  return { row: Number(match[2]) - 1, col: [...match[1]].reduce((n, letter) => n * 26 + letter.charCodeAt(0) - 64, 0) - 1 };
};

describe("the Créances proposal sheet", () => {
  it("calls RECEIVABLES.AGEDBALANCE over the table's columns by name in the live variant", () => {
    const sheet = buildProposal("receivables", inputs, { variant: "live", language: "fr" });
    const aged = sheet.cells.find((cell) => cell.formula?.includes("AGEDBALANCE"));
    expect(aged?.formula).toBe("=ENCOURS.RECEIVABLES.AGEDBALANCE(FacturesFEC[Date facture],FacturesFEC[Montant TTC],B4,B5,FacturesFEC[Payée le],B6)");
    const dso = sheet.cells.find((cell) => cell.formula?.startsWith("=ENCOURS.DSO("));
    expect(dso?.formula).toMatch(/^=ENCOURS\.DSO\(C\d+,B\d+:B\d+,D\d+:D\d+,0\)$/);
  });

  it("gives the core's D441-6 table with native formulas in the shareable variant", () => {
    const sheet = buildProposal("receivables", inputs, { variant: "shareable", language: "fr" });
    const headers = invoiceTableHeaders(translator("fr"));
    const columns = invoiceColumns(books, "30");
    // The table on a second sheet, each structured reference replaced by its column's range.
    const rows = columns.dates.length;
    const letters = "ABCDEFG";
    const table: Array<Array<string | number | null>> = [headers, ...columns.dates.map((date, i) =>
      [columns.customers[i], columns.names[i], columns.pieceRefs[i], date, columns.dueDates[i], columns.amounts[i], columns.paidDates[i]])];
    const grid: Array<Array<string | number | null>> = [];
    for (const cell of sheet.cells) {
      const { row, col } = position(cell.address);
      while (grid.length <= row) grid.push([]);
      while (grid[row].length <= col) grid[row].push(null);
      const text = cell.formula?.replace(/FacturesFEC\[([^\]]+)\]/g, (_match, name: string) => {
        const letter = letters[headers.indexOf(name)];
        return `Table!$${letter}$2:$${letter}$${rows + 1}`;
      });
      grid[row][col] = text ?? cell.value ?? null;
    }
    const hf = HyperFormula.buildFromSheets({ Proposal: grid, Table: table }, { licenseKey: "gpl-v3", smartRounding: false, useArrayArithmetic: true });
    const rowOf = (label: string): number => sheet.cells.find((cell) => cell.value === label)?.address.replace(/^[A-Z]+/, "") as unknown as number;
    const read = (label: string): unknown[] => ["B", "C", "D", "E", "F", "G"].map((letter) => hf.getCellValue({ sheet: hf.getSheetId("Proposal") ?? 0, ...position(`${letter}${rowOf(label)}`) }));
    // hand-worked (receivables-analysis.test.ts): [1, 0, 0, 2, 0, 2] invoices, [360, 0, 0, 3 000, 0, 3 000] €.
    expect(read("Nombre de factures")).toEqual([1, 0, 0, 2, 0, 2]);
    expect(read("Montant TTC")).toEqual([360, 0, 0, 3000, 0, 3000]);
    expect(read("% du CA HT de l'exercice")).toEqual(figures.agedBalance?.shareOfTurnover.map((share) => expect.closeTo(share, 12)));
  });

  it("asks for an import first when no invoice table was inserted", () => {
    const sheet = buildProposal("receivables", SEED_INPUTS.receivables, { variant: "live", language: "en" });
    expect(sheet.cells.some((cell) => cell.value === "Import a FEC, then insert the invoice table.")).toBe(true);
    expect(sheet.cells.some((cell) => cell.formula?.includes("AGEDBALANCE"))).toBe(false);
  });
});
