import { cellAddress, columnLetter, formula, SheetLayout, value } from "../../../src/taskpane/proposals/layout";

describe("SheetLayout", () => {
  it("names columns as Excel does", () => {
    expect([0, 1, 25, 26, 27, 701, 702].map(columnLetter)).toEqual(["A", "B", "Z", "AA", "AB", "ZZ", "AAA"]);
    expect(cellAddress(3, 12)).toBe("D12");
  });

  it("resolves keys in formulas to the addresses where the cells were placed, even when placed later", () => {
    const layout = new SheetLayout();
    layout.labelled("Total", formula("={a}+{b}"), "currency", "result", "total");
    layout.labelled("A", value(1), "currency", "input", "a");
    layout.labelled("B", value(2), "currency", "input", "b");
    const sheet = layout.build({ baseName: "x", title: "x", notice: "n", columnWidths: [] });
    expect(sheet.cells.find((cell) => cell.address === "B1")?.formula).toBe("=B2+B3");
    expect(sheet.cells.map((cell) => cell.address)).toEqual(["A1", "B1", "A2", "B2", "A3", "B3"]);
  });

  it("refuses to place two cells at one address or to reuse a key", () => {
    const layout = new SheetLayout();
    layout.put(0, 1, value("x"), "text", "label", "k");
    expect(() => layout.put(0, 1, value("y"), "text", "label")).toThrow("cell A1 is placed twice");
    expect(() => layout.put(1, 1, value("y"), "text", "label", "k")).toThrow("key k is used twice");
  });

  it("refuses a formula naming an unknown key", () => {
    const layout = new SheetLayout();
    layout.labelled("X", formula("={missing}*2"), "number", "result");
    expect(() => layout.build({ baseName: "x", title: "x", notice: "n", columnWidths: [] })).toThrow("no cell has the key missing");
  });
});
