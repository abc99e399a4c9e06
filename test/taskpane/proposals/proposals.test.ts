import {
  diagnose,
  dsoAccountingRatio,
  dsoBestPossible,
  dsoCountback,
  dsoCountbackDetail,
  dsoDelinquent,
} from "../../../src/core";
import {
  buildProposal,
  NOTICE,
  NUMBER_FORMATS,
  SEED_INPUTS,
  SIMULATOR_KINDS,
  type ProposalSheet,
  type SimulatorInputs,
} from "../../../src/taskpane/proposals";
import { evaluate } from "./evaluate";
import { addressOf, cellByLabel, formulaOf } from "./helpers";
import { diagnosticSheetFigures, expectCloseFigures } from "../../../testkit/sheet-figures";

const VARIANTS = ["live", "shareable"] as const;
const LANGUAGES = ["fr", "en"] as const;
/** The catalogue of DESIGN.md: the only ENCOURS ids a live sheet may call. */
const CATALOGUE = new Set([
  "FACTOR.ADVANCE", "FACTOR.COST", "FACTOR.NET", "FACTOR.APR", "FACTOR.SCHEDULE", "FACTOR.LINE", "FACTOR.ANNUALCOST", "FACTOR.TEG",
  "CREDIT.EXPECTEDLOSS", "CREDIT.PREMIUM", "CREDIT.INDEMNITY", "CREDIT.NETCOST", "CREDIT.BREAKEVENPD", "CREDIT.LOSSQUANTILE", "CREDIT.LOSSDIST",
  "CREDIT.POLICYYEAR", "CREDIT.KEPTQUANTILE",
  "DSO", "DSO.BESTPOSSIBLE", "DSO.DELINQUENT", "CONCENTRATION.TOP", "CONCENTRATION.HHI",
]);

const build = <K extends keyof SimulatorInputs>(kind: K, variant: "live" | "shareable", language: "fr" | "en" = "en", inputs: SimulatorInputs[K] = SEED_INPUTS[kind]): ProposalSheet =>
  buildProposal(kind, inputs, { variant, language });

describe("every proposal, in both variants and both languages", () => {
  const cases = SIMULATOR_KINDS.flatMap((kind) => VARIANTS.flatMap((variant) => LANGUAGES.map((language) => [kind, variant, language] as const)));

  it.each(cases)("%s (%s, %s) has the notice, a format on every cell and no NaN or undefined", (kind, variant, language) => {
    const sheet = build(kind, variant, language);
    const notice = language === "fr" ? NOTICE.fr : NOTICE.en;
    expect(sheet.notice).toBe(notice);
    expect(sheet.cells.find((cell) => cell.address === "A3")?.value).toBe(notice);
    expect(sheet.cells.find((cell) => cell.address === "B2")?.value).toBe("Client exemple");
    for (const cell of sheet.cells) {
      expect(Object.keys(NUMBER_FORMATS)).toContain(cell.format);
      expect((cell.value === undefined) !== (cell.formula === undefined)).toBe(true);
      if (cell.value !== undefined) expect(typeof cell.value === "string" || Number.isFinite(cell.value)).toBe(true);
      if (cell.formula !== undefined) expect(cell.formula).toMatch(/^=/);
      expect(JSON.stringify(cell)).not.toMatch(/NaN|undefined|\{[A-Za-z]/);
    }
    expect(new Set(sheet.cells.map((cell) => cell.address)).size).toBe(sheet.cells.length);
    expect(sheet.chart?.dataRange).toMatch(/^[A-Z]+\d+:[A-Z]+\d+$/);
  });

  it.each(cases)("%s (%s, %s) calls only catalogue functions, and none in the shareable variant", (kind, variant, language) => {
    const sheet = build(kind, variant, language);
    const ids = sheet.cells.flatMap((cell) => [...(cell.formula ?? "").matchAll(/ENCOURS\.([A-Z0-9.]+)\(/g)].map((match) => match[1]));
    if (variant === "shareable") expect(ids).toEqual([]);
    else {
      expect(ids.length).toBeGreaterThan(0);
      for (const id of ids) expect(CATALOGUE).toContain(id);
    }
  });

  it("every chart reads cells that the sheet fills", () => {
    for (const kind of SIMULATOR_KINDS) {
      const sheet = build(kind, "live");
      const [from] = (sheet.chart?.dataRange ?? "").split(":");
      expect(sheet.cells.some((cell) => cell.address === from)).toBe(true);
    }
  });
});

// The factoring and offers proposals: test/taskpane/factoring/proposals.test.ts.

describe("DSO proposal", () => {
  const inputs = SEED_INPUTS.dso;
  const history = { sales: inputs.sales, periodDays: inputs.periodDays, vatRate: inputs.vatRate };

  it("writes live DSO formulas over the sales range", () => {
    const sheet = build("dso", "live");
    const first = sheet.cells.find((cell) => cell.value === 95000)?.address;
    const last = sheet.cells.find((cell) => cell.value === 120000)?.address;
    expect(formulaOf(sheet, "Countback DSO (days)")).toBe(`=ENCOURS.DSO(B4,${first}:${last},B6,B7)`);
    expect(formulaOf(sheet, "Best possible DSO (days)")).toBe(`=ENCOURS.DSO.BESTPOSSIBLE(B5,${first}:${last},B6,B7)`);
    expect(formulaOf(sheet, "Average days delinquent")).toBe(`=ENCOURS.DSO.DELINQUENT(B4,B5,${first}:${last},B6,B7)`);
  });

  it("writes the core's countback as values and its accounting ratio and consumption as native formulas", () => {
    const sheet = build("dso", "shareable");
    const read = evaluate(sheet);
    expect(cellByLabel(sheet, "Countback DSO (days)").value).toBeCloseTo(dsoCountback({ ...history, receivables: inputs.receivables }), 12);
    expect(cellByLabel(sheet, "Best possible DSO (days)").value).toBeCloseTo(dsoBestPossible({ ...history, currentReceivables: 180000 }), 12);
    expect(cellByLabel(sheet, "Average days delinquent").value).toBeCloseTo(dsoDelinquent({ ...history, receivables: 245000, currentReceivables: 180000 }), 12);
    expect(read(addressOf(sheet, "Accounting DSO (days)"))).toBeCloseTo(dsoAccountingRatio({ ...history, receivables: inputs.receivables }), 9);
    // 245 000 incl. VAT: the last month (144 000) in full, the one before (134 400) for 101 000.
    const detail = dsoCountbackDetail({ ...history, receivables: inputs.receivables });
    const consumedColumn = sheet.cells.filter((cell) => cell.address.startsWith("F") && cell.formula !== undefined);
    expect(consumedColumn.map((cell) => read(cell.address) as number).map((n) => Math.round(n * 100) / 100)).toEqual(
      [...detail.periods].sort((a, b) => a.index - b.index).map((period) => Math.round(period.consumed * 100) / 100),
    );
    expect(detail.periods.slice(0, 2).map((period) => period.consumed)).toEqual([144000, 101000]);
  });

  it("leaves out the best possible DSO when not-due receivables are unknown", () => {
    const sheet = build("dso", "live", "en", { ...inputs, currentReceivables: null });
    expect(() => cellByLabel(sheet, "Best possible DSO (days)")).toThrow(/no label/);
    expect(formulaOf(sheet, "Countback DSO (days)")).toMatch(/^=ENCOURS\.DSO\(B4,B\d+:B\d+,B5,B6\)$/);
  });
});

describe("diagnostic proposal", () => {
  it("computes the diagnostic's figures with native formulas, as the core does", () => {
    const sheet = build("diagnostic", "shareable");
    const read = evaluate(sheet);
    expectCloseFigures((label) => read(addressOf(sheet, label)), diagnosticSheetFigures(diagnose(SEED_INPUTS.diagnostic)), 6);
  });

  it("writes the recommendation as a live formula over the inputs, with the figures behind each reason", () => {
    const sheet = build("diagnostic", "live", "fr");
    const recommendation = formulaOf(sheet, "Recommandation");
    expect(recommendation).toMatch(/^=IF\(AND\(B\d+,B\d+\),"Affacturage et assurance-crédit",IF\(B\d+,"Affacturage",IF\(B\d+,"Assurance-crédit","Ni l'un ni l'autre pour l'instant"\)\)\)$/);
    expect(formulaOf(sheet, "Jours de retard sur les délais convenus")).toBe(`=MAX(0,${addressOf(sheet, "Délai de paiement moyen (jours)")}-${addressOf(sheet, "Délai de paiement convenu")})`);
    expect(formulaOf(sheet, "Trésorerie libérée par l'affacturage")).toBe(
      `=ENCOURS.FACTOR.LINE(${addressOf(sheet, "Ventes TTC de l'année (base de l'encours)")},${addressOf(sheet, "Délai de paiement moyen (jours)")},${addressOf(sheet, "Taux d'avance de l'affacturage")},1)`);
    // no sentence with frozen figures next to the editable inputs
    expect(sheet.cells.some((cell) => typeof cell.value === "string" && /\d{3}\s?\d{3}/.test(cell.value))).toBe(false);
  });

  it("answers as the core does for the seed, neither, and a factoring guarantee, once evaluated", () => {
    const cases = [
      SEED_INPUTS.diagnostic,
      { ...SEED_INPUTS.diagnostic, paymentDays: 30, top5Share: 0.2 },
      { ...SEED_INPUTS.diagnostic, factoringGuarantee: true },
      { ...SEED_INPUTS.diagnostic, objective: "protection" as const, paymentDays: 30, top5Share: 0.1 },
      { ...SEED_INPUTS.diagnostic, vatIncluded: true, top5Share: 0.35, grossMargin: 0.05, paymentDays: 40 },
    ];
    const words = { both: "Factoring and credit insurance", factoring: "Factoring", insurance: "Credit insurance", neither: "Neither for now" };
    for (const inputs of cases) {
      for (const variant of ["live", "shareable"] as const) {
        const sheet = build("diagnostic", variant, "en", inputs);
        const read = evaluate(sheet);
        expect(read(addressOf(sheet, "Recommendation"))).toBe(words[diagnose(inputs).recommendation]);
      }
    }
  });
});
