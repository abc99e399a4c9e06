/**
 * Errors flowing through a workbook as in Excel: an invalid argument gives #VALUE! with a message naming it,
 * IFERROR recovers, other formulas see the error; a blank cell in a range behaves as Excel's blank, whether it
 * arrives as null (Excel on the web) or 0 (Excel desktop). Figures are hand-worked from ../shared/DESIGN.md.
 */
import type { DetailedCellError, RawCellContent } from "hyperformula";
import { loadRegistry } from "../../testkit/registry";
import { EncoursWorkbook, type HostOptions, type Registry } from "../../testkit/hyperformula-host";

let registry: Registry;
beforeAll(async () => {
  registry = (await loadRegistry()).functions;
});

const errorOf = (value: unknown): DetailedCellError => value as DetailedCellError;
const ADVANCE_RATE_MESSAGE = "advance_rate must be between 0 and 1 (90% or 0.9)";

describe("an invalid rate", () => {
  const sheet: RawCellContent[][] = [
    ["Montant", 10000],
    ["Taux d'avance", 1.5], // typed 150 % instead of 90 %
    ["Avance", "=ENCOURS.FACTOR.ADVANCE(B1, B2)"],
    ["Avance ou message", '=IFERROR(B3, "taux à revoir")'],
    ["Avance ou 0", "=IFERROR(ENCOURS.FACTOR.ADVANCE(B1, B2), 0)"],
    ["Reste à encaisser", "=B1-B3"],
    ["Erreur ?", "=ISERROR(B3)"],
  ];

  it("gives #VALUE! with the message naming the argument", () => {
    const wb = EncoursWorkbook.build(registry, { Affacturage: sheet });
    expect(errorOf(wb.value("Affacturage", "B3")).value).toBe("#VALUE!");
    expect(errorOf(wb.value("Affacturage", "B3")).message).toBe(ADVANCE_RATE_MESSAGE);
    expect(wb.unhandled).toEqual([]);
    wb.destroy();
  });

  it("is recovered by IFERROR around the cell or around the call", () => {
    const wb = EncoursWorkbook.build(registry, { Affacturage: sheet });
    expect(wb.value("Affacturage", "B4")).toBe("taux à revoir");
    expect(wb.value("Affacturage", "B5")).toBe(0);
    expect(wb.value("Affacturage", "B7")).toBe(true);
    wb.destroy();
  });

  it("flows into the formulas that use it, with its message", () => {
    const wb = EncoursWorkbook.build(registry, { Affacturage: sheet });
    expect(errorOf(wb.value("Affacturage", "B6")).value).toBe("#VALUE!");
    expect(errorOf(wb.value("Affacturage", "B6")).message).toBe(ADVANCE_RATE_MESSAGE);
    wb.destroy();
  });

  it("clears everywhere once corrected", () => {
    const wb = EncoursWorkbook.build(registry, { Affacturage: sheet });
    wb.set("Affacturage", "B2", 0.9);
    expect(wb.value("Affacturage", "B3")).toBe(9000);
    expect(wb.value("Affacturage", "B4")).toBe(9000);
    expect(wb.value("Affacturage", "B6")).toBe(1000);
    expect(wb.value("Affacturage", "B7")).toBe(false);
    wb.destroy();
  });

  it("marks only its own element of a spilled range, and the SUM over the spill shows it", () => {
    const wb = EncoursWorkbook.build(registry, {
      S: [
        [10000, 0.9, "=ENCOURS.FACTOR.ADVANCE(A1:A3, B1:B3)", "=SUM(C1:C3)", "=SUMIF(C1:C3, \">0\")"],
        [20000, -0.1],
        [30000, 0.8],
      ],
    });
    expect(wb.value("S", "C1")).toBe(9000);
    expect(errorOf(wb.value("S", "C2")).message).toBe(ADVANCE_RATE_MESSAGE);
    expect(wb.value("S", "C3")).toBe(24000);
    expect(errorOf(wb.value("S", "D1")).value).toBe("#VALUE!");
    wb.destroy();
  });
});

describe("a blank cell in a range behaves as Excel's blank", () => {
  const modes: Array<[string, HostOptions]> = [["Excel on the web (null)", {}], ["Excel desktop (0)", { blank: "zero" }]];

  it.each(modes)("counts a blank month as no sales in a countback DSO, on %s", (_, options) => {
    // sales oldest first 100 000, (blank), 50 000; receivables 80 000:
    // 50 000 → 30 days; the blank month absorbs nothing and counts 30 days; 30 000 of 100 000 → 9 days
    const wb = EncoursWorkbook.build(registry, { S: [[100000, 80000, "=ENCOURS.DSO(B1, A1:A3)"], [null], [50000]] }, options);
    expect(wb.value("S", "C1")).toBeCloseTo(69, 12);
    expect(wb.unhandled).toEqual([]);
    wb.destroy();
  });

  it.each(modes)("gives an advance of 0 for a blank amount in a spilled range, on %s", (_, options) => {
    const wb = EncoursWorkbook.build(registry, { S: [[10000, "=ENCOURS.FACTOR.ADVANCE(A1:A3)", "=SUM(B1:B3)"], [null], [5000]] }, options);
    expect(wb.values("S", "B1:B3")).toEqual([[9000], [0], [4500]]);
    expect(wb.value("S", "C1")).toBe(13500);
    wb.destroy();
  });

  it.each(modes)("counts a blank exposure as 0 in the expected loss, on %s", (_, options) => {
    // 100 000 × 2 % × 1 + (blank) + 50 000 × 4 % × 1 = 2 000 + 2 000
    const wb = EncoursWorkbook.build(registry, {
      S: [[100000, 0.02, "=ENCOURS.CREDIT.EXPECTEDLOSS(A1:A3, B1:B3)"], [null, 0.03], [50000, 0.04]],
    }, options);
    expect(wb.value("S", "C1")).toBeCloseTo(4000, 9);
    wb.destroy();
  });

  it.each(modes)("reads a blank credit limit as no limit, on %s (0 also means no limit, so both runtimes agree)", (_, options) => {
    // loss 50 000, cover 90 %, no limit → 45 000; with a 20 000 limit → 18 000
    const wb = EncoursWorkbook.build(registry, {
      S: [[50000, null, "=ENCOURS.CREDIT.INDEMNITY(A1, 0.9, B1)", "=ENCOURS.CREDIT.INDEMNITY(A1, 0.9, B2)"], [null, 20000]],
    }, options);
    expect(wb.value("S", "C1")).toBeCloseTo(45000, 9);
    expect(wb.value("S", "D1")).toBeCloseTo(18000, 9);
    wb.destroy();
  });
});
