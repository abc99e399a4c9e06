// The catalogue is the one declaration of every function and parameter: these tests hold what is generated
// from it (functions.ts) and what reads it (the core's defaults and examples) to it.
import fs from "fs";
import path from "path";
import * as core from "../../src/core";
import { defaultOf, FUNCTIONS, functionEntry, isParameterName, parametersOf, PARAMETERS, type ParameterName } from "../../src/catalogue";
import { functionsSource } from "../../scripts/catalogue/functionsSource";

describe("the catalogue", () => {
  it("generates src/functions/functions.ts exactly as it is on disk (run npm run generate after editing the catalogue)", () => {
    const onDisk = fs.readFileSync(path.resolve(__dirname, "../../src/functions/functions.ts"), "utf8");
    expect(onDisk).toBe(functionsSource());
  });

  it("names a core function for every Excel function, and each id and French name once", () => {
    // Each entry's core function is a public export of the core (its barrel), not an internal helper.
    const exported = new Set<unknown>(Object.values(core));
    for (const entry of FUNCTIONS) expect([entry.id, typeof entry.core, exported.has(entry.core)]).toEqual([entry.id, "function", true]);
    expect(new Set(FUNCTIONS.map((entry) => entry.id)).size).toBe(FUNCTIONS.length);
    expect(new Set(FUNCTIONS.map((entry) => entry.fr)).size).toBe(FUNCTIONS.length);
  });

  it("uses every Excel parameter it declares in a function, and declares every parameter a function uses", () => {
    const used = new Set(FUNCTIONS.flatMap((entry) => parametersOf(entry).map((p) => p.name)));
    expect([...used].filter((name) => !isParameterName(name))).toEqual([]);
    const excelOnes = Object.entries(PARAMETERS).filter(([, p]) => p.scope !== "core").map(([name]) => name);
    expect(excelOnes.filter((name) => !used.has(name as ParameterName))).toEqual([]);
    expect([...used].filter((name) => PARAMETERS[name].scope === "core")).toEqual([]);
  });

  it("puts required parameters before optional ones in every function (Excel cannot omit a middle argument)", () => {
    for (const entry of FUNCTIONS) {
      const optional = parametersOf(entry).map((p) => p.optional);
      expect(optional).toEqual([...optional].sort((a, b) => Number(a) - Number(b)));
    }
  });

  it("says in each parameter line the default it declares", () => {
    for (const entry of FUNCTIONS) {
      for (const p of parametersOf(entry)) {
        if (!p.optional || p.default === null || typeof p.default === "boolean") continue;
        const en = `${p.default}`;
        const fr = en.replace(".", ",");
        expect([entry.id, p.name, new RegExp(`default ${en}\\b|${en} \\(money-market basis, default\\)|${en} otherwise|${en} \\(default\\)`).test(p.description.en)]).toEqual([entry.id, p.name, true]);
        expect([entry.id, p.name, new RegExp(`${fr}( jours)? \\(?(base monétaire, )?par défaut`).test(p.description.fr)]).toEqual([entry.id, p.name, true]);
      }
    }
  });

  it("is where the core's defaults come from", () => {
    expect(core.FACTORING_DEFAULTS.advanceRate).toBe(defaultOf("advance_rate"));
    expect(core.CREDIT_DEFAULTS.coverRate).toBe(defaultOf("cover_rate"));
    expect(core.DSO_DEFAULTS.periodDays).toBe(defaultOf("period_days"));
    expect(core.CONCENTRATION_DEFAULTS.n).toBe(defaultOf("n"));
    expect(core.PORTFOLIO_DEFAULTS.pdVolatility).toBe(defaultOf("pd_volatility"));
  });

  it.each([
    ["FACTORING_DEFAULTS", "the ACT/360 day basis", core.FACTORING_DEFAULTS, { advanceRate: 0.9, serviceFeeRate: 0.01, financingRate: 0.05, minFee: 0, dayBasis: 360, usage: 1, minAnnualFee: 0, fixedFees: 0 }],
    ["CREDIT_DEFAULTS", "full loss, 90 % cover", core.CREDIT_DEFAULTS, { lgd: 1, coverRate: 0.9, deductible: 0, threshold: 0, minPremium: 0 }],
    ["DSO_DEFAULTS", "30-day periods, sales incl. VAT, oldest first", core.DSO_DEFAULTS, { periodDays: 30, vatRate: 0, newestFirst: false }],
  ])("gives the core's %s the catalogue's defaults: %s", (_name, _what, defaults, expected) => {
    expect(defaults).toEqual(expected);
  });

  it("refuses a default for a required parameter and an unknown function id", () => {
    expect(() => defaultOf("amount")).toThrow("amount is required");
    expect(() => functionEntry("FACTOR.NOPE")).toThrow("no function FACTOR.NOPE");
  });

  it("resolves a function's own parameter line over the parameter's", () => {
    const [amount] = parametersOf(functionEntry("FACTOR.SCHEDULE"));
    expect(amount.description.en).toBe(`${PARAMETERS.amount.description.en} A single value.`);
    expect(amount.optional).toBe(false);
  });
});
