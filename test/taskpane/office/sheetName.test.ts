import { candidateSheetName, cleanSheetName, uniqueSheetName } from "../../../src/taskpane/office/sheetName";

describe("sheet names", () => {
  it("replaces the characters Excel forbids and trims apostrophes", () => {
    expect(cleanSheetName("a/b\\c?d*e[f]g:h")).toBe("a b c d e f g h");
    expect(cleanSheetName("'Client'")).toBe("Client");
  });

  it("falls back to Encours for a blank name and avoids the reserved History", () => {
    expect(cleanSheetName("  ")).toBe("Encours");
    expect(cleanSheetName("History")).toBe("History Encours");
  });

  it("cuts long names to 31 characters, keeping the number", () => {
    const long = "Assurance-crédit - Établissements Dupont et fils";
    expect(candidateSheetName(long, 1)).toHaveLength(31);
    expect(candidateSheetName(long, 12)).toMatch(/ \(12\)$/);
    expect(candidateSheetName(long, 12).length).toBeLessThanOrEqual(31);
  });

  it("takes the first free name, comparing case-insensitively", () => {
    expect(uniqueSheetName("DSO", [])).toBe("DSO");
    expect(uniqueSheetName("DSO", ["dso", "DSO (2)"])).toBe("DSO (3)");
  });
});
