/**
 * Table functions spill with the size the catalogue gives them (the host sizes spills from the formula text,
 * as Excel must before it computes): labelled tables one row per figure, per-buyer tables one row per buyer.
 */
import { EncoursWorkbook } from "../../testkit/hyperformula-host";
import { loadRegistry, type Registry } from "../../testkit/registry";

let registry: Registry;
beforeAll(async () => {
  registry = await loadRegistry();
});

describe("spilled tables in a sheet", () => {
  it("spills FACTOR.PROGRAMME's 13 figures and feeds them to other formulas", () => {
    // Hand-worked (DESIGN.md, Factoring offer terms): 1 200 000 € TTC at 60 days, defaults: cost 12 000 + 9 000 = 21 000 €.
    const wb = EncoursWorkbook.build(registry.functions, { S: [["=ENCOURS.FACTOR.PROGRAMME(1200000, 60)", null, null, "=INDEX(A1:B13, 8, 2)"]] });
    expect(wb.value("S", "A1")).toBe("Average cash freed");
    expect(wb.value("S", "A13")).toBe("Credit cover quota");
    expect(wb.value("S", "B8")).toBeCloseTo(21000, 6);
    expect(wb.value("S", "D1")).toBeCloseTo(21000, 6);
    wb.destroy();
  });

  it("spills CREDIT.CONTRIBUTIONS one row per buyer, its columns adding up to the portfolio's figures", () => {
    // Expected loss Σ E × PD = 100 000 × 2 % + 50 000 × 3 % + 20 000 × 5 % = 4 500.
    const wb = EncoursWorkbook.build(registry.functions, {
      S: [
        [100000, 0.02, "=ENCOURS.CREDIT.CONTRIBUTIONS(A1:A3, B1:B3, 0.99)", null, null, "=SUM(C1:C3)"],
        [50000, 0.03],
        [20000, 0.05],
      ],
    });
    expect(wb.value("S", "C1")).toBeCloseTo(2000, 9);
    expect(wb.value("S", "F1")).toBeCloseTo(4500, 9);
    wb.destroy();
  });
});
