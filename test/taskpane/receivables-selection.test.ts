/**
 * "Lire le FEC sélectionné": a FEC opened in Excel is read from the selection as from its file. Excel turns the
 * FEC's dates (AAAAMMJJ) and amounts into numbers when it opens the file; the pane writes the cells back as
 * tab-separated text and the same reader reads them: the books, and their reconciliation to the cent, match the
 * generator's known answers (scripts/fec/generate.ts).
 */
import { readFec } from "../../src/core";
import { selectionAsFecText } from "../../src/taskpane/simulators/receivables/send";
import { generateFec } from "../../scripts/fec/generate";

/** The cells of a FEC as Excel holds them once opened: numbers where the text spells one, text elsewhere. */
const asExcelCells = (text: string): unknown[][] =>
  text
    .split("\n")
    .filter((line) => line !== "")
    .map((line, index) => line.split("\t").map((cell) => (index > 0 && /^-?\d+(\.\d+)?$/.test(cell) ? Number(cell) : cell === "" ? null : cell)));

describe("a FEC read from the selection", () => {
  it("gives the books the file gives, reconciled to the cent", () => {
    const generated = generateFec({ lines: 2000, customers: 40, seed: 3, dialect: { separator: "\t", decimal: "." } });
    const fromFile = readFec(generated.text);
    const fromSheet = readFec(selectionAsFecText(asExcelCells(generated.text)));
    expect(fromSheet.summary).toEqual(fromFile.summary);
    expect(fromSheet.invoices.length).toBe(fromFile.invoices.length);
    expect(Math.round(fromSheet.summary.openItems * 100)).toBe(generated.expected.openItemsCents);
    expect(fromSheet.summary.balanced).toBe(true);
  });

  it("writes blanks as empty fields and keeps a tab typed in a label from splitting its line", () => {
    expect(selectionAsFecText([["JournalCode", "EcritureLib"], ["VT", "Avoir\tclient"], [null, 12.5]])).toBe("JournalCode\tEcritureLib\nVT\tAvoir client\n\t12.5");
  });
});
