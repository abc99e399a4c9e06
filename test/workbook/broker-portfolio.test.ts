/**
 * A broker's portfolio: 200 customers (exposure, PD, LGD, credit limit) on one sheet, the aggregates on another,
 * and a spilled FACTOR.ADVANCE over the exposures feeding a SUM.
 *
 * Expected figures are recomputed here in plain JavaScript from the catalogue's definitions
 * (../shared/DESIGN.md), independently of src/core:
 * - CREDIT.EXPECTEDLOSS = Σ exposure × pd × lgd;
 * - CREDIT.NETCOST = premium − Σ pd × cover_rate × min(exposure × lgd, credit_limit);
 * - CONCENTRATION.TOP = share of the n largest values in the total.
 */
import type { RawCellContent } from "hyperformula";
import { loadRegistry } from "../../testkit/registry";
import { EncoursWorkbook, type Registry } from "../../testkit/hyperformula-host";

let registry: Registry;
beforeAll(async () => {
  registry = (await loadRegistry()).functions;
});

const CUSTOMERS = 200;

/** Park–Miller minimal standard generator: the same 200 customers on every run. */
function customers(): Array<{ exposure: number; pd: number; lgd: number; limit: number }> {
  let state = 20240601;
  const next = (): number => {
    state = (state * 48271) % 2147483647;
    return state / 2147483647;
  };
  return Array.from({ length: CUSTOMERS }, () => {
    const exposure = Math.round(2_000 + next() ** 3 * 400_000); // a few large customers, many small ones
    return { exposure, pd: Math.round((0.002 + next() * 0.05) * 10_000) / 10_000, lgd: Math.round((0.4 + next() * 0.6) * 100) / 100, limit: Math.round(exposure * (0.5 + next()) / 1000) * 1000 };
  });
}

const list = customers();
const last = CUSTOMERS + 1; // data rows 2..201

const portefeuille: RawCellContent[][] = [
  ["Client", "Encours", "PD", "LGD", "Limite de crédit"],
  ...list.map((c, i) => [`Client ${i + 1}`, c.exposure, c.pd, c.lgd, c.limit]),
];

const premium = 25_000;
const synthese: RawCellContent[][] = [
  ["Indicateur", "Valeur", "", "Avance (85 %)"],
  ["Perte attendue", `=ENCOURS.CREDIT.EXPECTEDLOSS(Portefeuille!B2:B${last}, Portefeuille!C2:C${last}, Portefeuille!D2:D${last})`, null,
    `=ENCOURS.FACTOR.ADVANCE(Portefeuille!B2:B${last}, 0.85)`],
  ["Coût net de l'assurance", `=ENCOURS.CREDIT.NETCOST(${premium}, Portefeuille!B2:B${last}, Portefeuille!C2:C${last}, Portefeuille!D2:D${last}, 0.9, Portefeuille!E2:E${last})`],
  ["Part des 5 premiers", `=ENCOURS.CONCENTRATION.TOP(Portefeuille!B2:B${last})`],
  ["Part des 10 premiers", `=ENCOURS.CONCENTRATION.TOP(Portefeuille!B2:B${last}, 10)`],
  ["Total des avances", `=SUM(D2:D${last})`],
];

const build = (): EncoursWorkbook => EncoursWorkbook.build(registry, { Portefeuille: portefeuille, Synthèse: synthese });

const total = list.reduce((s, c) => s + c.exposure, 0);
const expectedLoss = list.reduce((s, c) => s + c.exposure * c.pd * c.lgd, 0);
const expectedIndemnity = list.reduce((s, c) => s + c.pd * 0.9 * Math.min(c.exposure * c.lgd, c.limit), 0);
const topShare = (n: number): number => [...list].map((c) => c.exposure).sort((a, b) => b - a).slice(0, n).reduce((s, x) => s + x, 0) / total;

describe("a broker's 200-customer portfolio", () => {
  it("computes the expected loss of the whole portfolio from another sheet", () => {
    const wb = build();
    expect(wb.value("Synthèse", "B2")).toBeCloseTo(expectedLoss, 6);
    expect(wb.unhandled).toEqual([]);
    wb.destroy();
  });

  it("computes the net cost of cover with per-customer credit limits", () => {
    const wb = build();
    expect(wb.value("Synthèse", "B3")).toBeCloseTo(premium - expectedIndemnity, 6);
    wb.destroy();
  });

  it("computes the share of the 5 and 10 largest customers", () => {
    const wb = build();
    expect(wb.value("Synthèse", "B4")).toBeCloseTo(topShare(5), 12);
    expect(wb.value("Synthèse", "B5")).toBeCloseTo(topShare(10), 12);
    wb.destroy();
  });

  it("spills FACTOR.ADVANCE over the 200 exposures and feeds a SUM", () => {
    const wb = build();
    const spilled = wb.values("Synthèse", `D2:D${last}`).map((row) => row[0]);
    expect(spilled).toHaveLength(CUSTOMERS);
    spilled.forEach((advance, i) => expect(advance).toBeCloseTo(list[i].exposure * 0.85, 9));
    expect(wb.value("Synthèse", "D202")).toBeNull(); // the spill stops at the range's end
    expect(wb.value("Synthèse", "B6")).toBeCloseTo(total * 0.85, 6);
    wb.destroy();
  });

  it("updates the spill, the SUM and the aggregates when one exposure changes", () => {
    const wb = build();
    const changed = wb.set("Portefeuille", "B2", list[0].exposure + 10_000);
    expect(changed).toEqual(expect.arrayContaining(["Portefeuille!B2", "Synthèse!B2", "Synthèse!B4", "Synthèse!D2", "Synthèse!B6"]));
    // A spilled formula is recalculated as a whole (in Excel too): HyperFormula reports its 200 cells, of which
    // only the first holds a new value.
    expect(changed.filter((a) => a.startsWith("Synthèse!D"))).toHaveLength(CUSTOMERS);
    expect(changed.filter((a) => !a.startsWith("Synthèse!D"))).toEqual(["Portefeuille!B2", "Synthèse!B2", "Synthèse!B3", "Synthèse!B4", "Synthèse!B5", "Synthèse!B6"]);
    expect(wb.value("Synthèse", "D2")).toBeCloseTo((list[0].exposure + 10_000) * 0.85, 9);
    expect(wb.value("Synthèse", "D3")).toBeCloseTo(list[1].exposure * 0.85, 9);
    expect(wb.value("Synthèse", "B6")).toBeCloseTo((total + 10_000) * 0.85, 6);
    expect(wb.value("Synthèse", "B2")).toBeCloseTo(expectedLoss + 10_000 * list[0].pd * list[0].lgd, 6);
    wb.destroy();
  });
});
