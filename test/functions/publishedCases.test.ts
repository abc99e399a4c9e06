/**
 * The functions added with the catalogue, through the Excel layer (Excel-shaped arguments: null for omitted,
 * nested arrays for ranges), each against a published or hand-worked case whose source is given.
 */
import { creditPolicyYear } from "../../src/core";
import { callAsExcel, loadRegistry, type Registry } from "../../testkit/registry";

let registry: Registry;
beforeAll(async () => {
  registry = await loadRegistry();
});

const column = (values: Array<number | null>): unknown[][] => values.map((v) => [v]);
const repeat = <T>(value: T, n: number): T[] => Array.from({ length: n }, () => value);

describe("CREDIT.LOSSQUANTILE with correlated sectors (Bürgisser, Kurth, Wagner, Wolf, Risk, July 1999)", () => {
  // QuantLib test-suite/creditriskplus.cpp: 1 000 buyers of 1 at 4 % in sector 1, 1 000 of 2 at 2 % in sector 2,
  // relative default variance 0.75² in each, sector correlation 0.5, unit 0.1: EL 80, UL 53.1, 99 % quantile 250 ± 0.5.
  const exposures = column([...repeat(1, 1000), ...repeat(2, 1000)]);
  const pds = column([...repeat(0.04, 1000), ...repeat(0.02, 1000)]);
  const sectors = column([...repeat(1, 1000), ...repeat(2, 1000)]);
  const correlations = [
    [1, 0.5],
    [0.5, 1],
  ];

  it("gives the published 99 % quantile of 250", () => {
    const q = callAsExcel(registry, "CREDIT.LOSSQUANTILE", [exposures, pds, 0.99, null, null, null, null, null, 0.1, sectors, 0.75, correlations]) as number;
    expect(Math.abs(q - 250)).toBeLessThanOrEqual(0.5);
  });

  it("gives the published expected loss of 80 and standard deviation of 53.1 as the sums of the contributions", () => {
    const rows = callAsExcel(registry, "CREDIT.CONTRIBUTIONS", [exposures, pds, 0.99, null, null, null, null, null, 0.1, sectors, 0.75, correlations]) as number[][];
    const sum = (k: number) => rows.reduce((s, row) => s + row[k], 0);
    expect(sum(0)).toBeCloseTo(80, 9);
    expect(Math.abs(sum(1) - 53.1)).toBeLessThan(0.05);
    expect(Math.abs(sum(2) - 250)).toBeLessThanOrEqual(0.5);
    expect(callAsExcel(registry, "CREDIT.EXPECTEDLOSS", [exposures, pds])).toBeCloseTo(80, 9);
  });
});

describe("RECEIVABLES.DUEDATE (Code de commerce L441-10)", () => {
  it("counts 45 days end of month both tolerated ways", () => {
    // Invoice of 15 January 2026 (Excel serial 46037). Days first: 15 Jan + 45 = 1 March, end of March = 31 March
    // (46112). End of month first: 31 January (46053) + 45 = 17 March (46098). Source: DGCCRF, "Délais de paiement
    // entre entreprises" (both methods tolerated), worked as on solon.law.
    expect(callAsExcel(registry, "RECEIVABLES.DUEDATE", [46037, "45 jours fin de mois"])).toEqual([[46112]]);
    expect(callAsExcel(registry, "RECEIVABLES.DUEDATE", [46037, "45 jours fin de mois", true])).toEqual([[46098]]);
    expect(callAsExcel(registry, "RECEIVABLES.DUEDATE", [46037, "fin de mois 45 jours"])).toEqual([[46098]]);
  });

  it("takes 30 days when no terms are given (L441-10 I), and spills over a range of invoice dates", () => {
    expect(callAsExcel(registry, "RECEIVABLES.DUEDATE", [[[46037], [46053]]])).toEqual([[46067], [46083]]);
  });

  it("answers #VALUE! naming terms for wording it cannot read", () => {
    const error = callAsExcel(registry, "RECEIVABLES.DUEDATE", [46037, "à la Saint-Glinglin"]) as { code: string; message: string };
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toContain("terms");
  });
});

describe("RECEIVABLES.AGEDBALANCE (Code de commerce D441-6, model table of the arrêté of 20 March 2017)", () => {
  it("lays the unpaid invoices out by days past due at the date, with the % of turnover", () => {
    // Hand-worked, 30-day terms, balance at 30 June 2026 (46203), turnover 100 000 € HT:
    // 15 Jan (46037), 1 200 €, paid 20 Mar: not counted;
    // 1 Mar (46082), 2 400 €: due 31 Mar, 91 days late → 91+;
    // 1 Apr (46113), 3 600 €: due 1 May (46143), 60 days late → 31–60;
    // 1 Jun (46174), 600 €: due 1 Jul, not yet due → 0 day (indicative, outside the total).
    const rows = callAsExcel(registry, "RECEIVABLES.AGEDBALANCE", [
      column([46037, 46082, 46113, 46174]),
      column([1200, 2400, 3600, 600]),
      46203,
      100000,
      column([46100, null, null, null]),
    ]);
    expect(rows).toEqual([
      ["Number of invoices", 1, 0, 1, 0, 1, 2],
      ["Amount incl. VAT", 600, 0, 3600, 0, 2400, 6000],
      ["% of turnover excl. VAT", 0.006, 0, 0.036, 0, 0.024, 0.06],
    ]);
  });
});

describe("CREDIT.POLICYYEAR and CREDIT.KEPTQUANTILE agree with the core's policy year", () => {
  it("spills the core's figures for the same portfolio and terms", () => {
    // Five buyers (the help page's portfolio), 1.2 M€ insured at 0.25 %, 30× maximum liability (90 000 €).
    const exposures = [100000, 50000, 20000, 20000, 10000];
    const pds = [0.02, 0.03, 0.05, 0.05, 0.1];
    const year = creditPolicyYear({
      buyers: exposures.map((outstanding, i) => ({ outstanding, pd: pds[i] })),
      insuredTurnover: 1200000,
      premiumRate: 0.0025,
    });
    const rows = callAsExcel(registry, "CREDIT.POLICYYEAR", [column(exposures), column(pds), 1200000, 0.0025]) as Array<[string, number]>;
    const value = (label: string) => rows.find(([name]) => name === label)?.[1];
    // Hand-worked: expected loss Σ E × PD = 2 000 + 1 500 + 1 000 + 1 000 + 1 000 = 6 500; premium 3 000,
    // tax 9 % = 270 (CGI art. 1001); cap 30 × 3 000 = 90 000; two largest failing: 150 000 lost, 90 % owed
    // = 135 000, capped at 90 000 → 60 000 kept.
    expect(value("Expected loss")).toBeCloseTo(6500, 9);
    expect(value("Premium")).toBeCloseTo(3000, 9);
    expect(value("Insurance tax")).toBeCloseTo(270, 9);
    expect(value("Maximum liability")).toBeCloseTo(90000, 9);
    expect(value("Two largest buyers fail, with cover")).toBeCloseTo(60000, 9);
    expect(value("Expected indemnity (after cap and aggregate deductible)")).toBe(year.expectedIndemnity);
    expect(value("Yearly cost of cover")).toBe(year.yearlyCost);
    expect(callAsExcel(registry, "CREDIT.KEPTQUANTILE", [column(exposures), column(pds), 0.99, 1200000, 0.0025])).toBe(year.badYear[1].withCover);
  });
});

describe("FACTOR.PROGRAMME (DESIGN.md, Factoring offer terms; TEG per Code de la consommation R314-6 annex)", () => {
  it("frees cash net of the reserve and prints the TEG on the reserve's credit numbers", () => {
    // Hand-worked: 1 200 000 € TTC a year at 60 days, 90 % advance, 10 % reserve, Euribor 2.1 % + 1.5 %, ACT/360:
    // financing 1 200 000 × 0.9 × 3.6 % × 60 / 360 = 6 480; commission 1 % = 12 000; total 18 480 excl. VAT;
    // cash freed 1 200 000 × (0.9 − 0.1) × 60 / 365 = 157 808.22; TEG 6 480 / ((1 080 000 − 120 000) × 60) × 365 = 4.106 %.
    const rows = callAsExcel(registry, "FACTOR.PROGRAMME", [1200000, 60, 0.9, 0.1, 0.021, 0.015]) as Array<[string, number]>;
    const value = (label: string) => rows.find(([name]) => name === label)?.[1];
    expect(value("Financing commission")).toBeCloseTo(6480, 6);
    expect(value("Total cost excl. VAT")).toBeCloseTo(18480, 6);
    expect(value("Average cash freed")).toBeCloseTo((1200000 * 0.8 * 60) / 365, 6);
    expect(value("TEG")).toBeCloseTo((6480 / (960000 * 60)) * 365, 12);
    expect(value("VAT")).toBeCloseTo(2400, 6);
  });
});
