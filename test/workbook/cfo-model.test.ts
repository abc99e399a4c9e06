/**
 * A CFO's model: a "Ventes" sheet with 24 months of sales and month-end receivables, a "Trésorerie" sheet that
 * computes the DSO, the factoring line and its yearly cost from it, across sheets. Changing one month's sales
 * changes exactly the results that depend on it, and nothing else.
 *
 * Figures are hand-worked from the catalogue's definitions (../shared/DESIGN.md):
 * - countback DSO (méthode par épuisement): receivables are taken from the latest month backwards, full months
 *   count 30 days, the last one pro rata;
 * - FACTOR.LINE = turnover × dso / 365 × advance_rate × usage;
 * - FACTOR.ANNUALCOST = max(turnover × service_fee_rate, min_annual_fee) + line × financing_rate + fixed_fees.
 */
import type { RawCellContent } from "hyperformula";
import { loadRegistry } from "../../testkit/registry";
import { EncoursWorkbook, type Registry } from "../../testkit/hyperformula-host";

let registry: Registry;
beforeAll(async () => {
  registry = (await loadRegistry()).functions;
});

// Year 1: 100 000 € a month; year 2: 120 000 € a month, then 150 000 and 180 000 in the last two months.
const SALES = [...Array(12).fill(100_000), ...Array(9).fill(120_000), 120_000, 150_000, 180_000] as number[];
const RECEIVABLES_MONTH_12 = 150_000;
const RECEIVABLES_MONTH_24 = 300_000;

function ventes(): RawCellContent[][] {
  const rows: RawCellContent[][] = [["Mois", "Ventes TTC", "Encours clients fin de mois"]];
  SALES.forEach((sales, i) => {
    const month = `${2024 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}`;
    const receivables = i === 11 ? RECEIVABLES_MONTH_12 : i === 23 ? RECEIVABLES_MONTH_24 : null;
    rows.push([month, sales, receivables]);
  });
  return rows; // months 1..24 in rows 2..25
}

const tresorerie: RawCellContent[][] = [
  ["Indicateur", "Fin d'année 2", "Fin d'année 1"],
  ["DSO (jours)", "=ENCOURS.DSO(Ventes!C25, Ventes!B2:B25)", "=ENCOURS.DSO(Ventes!C13, Ventes!B2:B13)"],
  ["CA 12 mois", "=SUM(Ventes!B14:B25)", "=SUM(Ventes!B2:B13)"],
  ["Encours financé", "=ENCOURS.FACTOR.LINE(B3, B2, 0.9, 0.8)", "=ENCOURS.FACTOR.LINE(C3, C2)"],
  ["Coût annuel", "=ENCOURS.FACTOR.ANNUALCOST(B3, B2, 0.002, 0.045, 0.9, 0.8, 5000, 1200)", "=ENCOURS.FACTOR.ANNUALCOST(C3, C2)"],
];

/** A test on a fresh copy of the model: built, checked, then destroyed (even when a check fails). */
const onModel = (check: (wb: EncoursWorkbook) => void) => (): void => {
  const wb = EncoursWorkbook.build(registry, { Ventes: ventes(), Trésorerie: tresorerie });
  try {
    check(wb);
  } finally {
    wb.destroy();
  }
};

describe("a CFO's model across two sheets", () => {
  it("computes the year-end DSO by countback over the 24 months", onModel((wb) => {
    // 300 000: month 24 (180 000) → 30 days, 120 000 left of month 23 (150 000) → 120/150 × 30 = 24 days
    expect(wb.value("Trésorerie", "B2")).toBeCloseTo(54, 12);
    // a year earlier, 150 000: month 12 (100 000) → 30 days, then 50/100 × 30 = 15 days
    expect(wb.value("Trésorerie", "C2")).toBeCloseTo(45, 12);
    expect(wb.unhandled).toEqual([]);
  }));

  it("computes the financed line and its yearly cost from the DSO and the turnover", onModel((wb) => {
    const turnover = 9 * 120_000 + 120_000 + 150_000 + 180_000; // 1 530 000
    const line = (turnover * 54 / 365) * 0.9 * 0.8; // 162 976.44
    expect(wb.value("Trésorerie", "B3")).toBe(turnover);
    expect(wb.value("Trésorerie", "B4")).toBeCloseTo(line, 6);
    // service fee max(1 530 000 × 0.2 % = 3 060, 5 000) = 5 000; financing 4.5 % of the line; fixed 1 200
    expect(wb.value("Trésorerie", "B5")).toBeCloseTo(5000 + line * 0.045 + 1200, 6);
    // year 1 with the catalogue defaults: advance 90 %, usage 1, service fee 1 %, financing 5 %
    const line1 = (1_200_000 * 45 / 365) * 0.9; // 133 150.68
    expect(wb.value("Trésorerie", "C4")).toBeCloseTo(line1, 6);
    expect(wb.value("Trésorerie", "C5")).toBeCloseTo(1_200_000 * 0.01 + line1 * 0.05, 6);
  }));

  it("changes exactly the year-2 results when the last month's sales change", onModel((wb) => {
    const changed = wb.set("Ventes", "B25", 240_000);
    expect(changed).toEqual(["Trésorerie!B2", "Trésorerie!B3", "Trésorerie!B4", "Trésorerie!B5", "Ventes!B25"]);
    // 300 000: month 24 (240 000) → 30 days, 60 000 of 150 000 → 12 days
    expect(wb.value("Trésorerie", "B2")).toBeCloseTo(42, 12);
    const turnover = 1_590_000;
    const line = (turnover * 42 / 365) * 0.72;
    expect(wb.value("Trésorerie", "B4")).toBeCloseTo(line, 6);
    expect(wb.value("Trésorerie", "B5")).toBeCloseTo(5000 + line * 0.045 + 1200, 6);
    expect(wb.value("Trésorerie", "C2")).toBeCloseTo(45, 12);
  }));

  it("leaves a DSO unchanged when the edited month lies beyond its countback, while the turnover moves", onModel((wb) => {
    // Month 8 is in both DSO ranges, but neither countback reaches it (they stop in months 23 and 11):
    // only the year-1 turnover, line and cost change.
    const changed = wb.set("Ventes", "B9", 90_000);
    expect(changed).toEqual(["Trésorerie!C3", "Trésorerie!C4", "Trésorerie!C5", "Ventes!B9"]);
    expect(wb.value("Trésorerie", "C3")).toBe(1_190_000);
    expect(wb.value("Trésorerie", "C4")).toBeCloseTo((1_190_000 * 45 / 365) * 0.9, 6);
  }));

  it("moves the year-1 DSO when an edited month is reached by its countback", onModel((wb) => {
    // month 11 from 100 000 to 40 000: 150 000 → month 12 (30 days), 40 000 of month 11 (30 days),
    // 10 000 of month 10 (100 000) → 3 days: 63 days
    const changed = wb.set("Ventes", "B12", 40_000);
    expect(changed).toEqual(["Trésorerie!C2", "Trésorerie!C3", "Trésorerie!C4", "Trésorerie!C5", "Ventes!B12"]);
    expect(wb.value("Trésorerie", "C2")).toBeCloseTo(63, 12);
    expect(wb.value("Trésorerie", "B2")).toBeCloseTo(54, 12);
  }));
});
