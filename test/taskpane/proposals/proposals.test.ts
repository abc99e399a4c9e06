import { PARAMETERS } from "../../../src/catalogue";
import {
  compareFactoringOffers,
  diagnose,
  dsoAccountingRatio,
  dsoBestPossible,
  dsoCountback,
  dsoCountbackDetail,
  dsoDelinquent,
  factoringAnnualCost,
  factoringApr,
  factoringCost,
  factoringLine,
  factoringNet,
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

const VARIANTS = ["live", "shareable"] as const;
const LANGUAGES = ["fr", "en"] as const;
/** The catalogue of DESIGN.md: the only ENCOURS ids a live sheet may call. */
const CATALOGUE = new Set([
  "FACTOR.ADVANCE", "FACTOR.COST", "FACTOR.NET", "FACTOR.APR", "FACTOR.SCHEDULE", "FACTOR.LINE", "FACTOR.ANNUALCOST",
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

describe("factoring proposal", () => {
  it("writes live formulas over the labelled inputs, in the catalogue's argument order", () => {
    const sheet = build("factoring", "live");
    expect(addressOf(sheet, PARAMETERS.amount.label.en)).toBe("B4");
    expect(formulaOf(sheet, "Advance paid on assignment")).toBe("=ENCOURS.FACTOR.ADVANCE(B4,B6)");
    expect(formulaOf(sheet, "Total cost")).toBe("=ENCOURS.FACTOR.COST(B4,B5,B7,B9,B6,B8,B10)");
    expect(formulaOf(sheet, "Net received in all")).toBe("=ENCOURS.FACTOR.NET(B4,B5,B7,B9,B6,B8,B10)");
    expect(formulaOf(sheet, "Annualised cost (compound)")).toBe("=ENCOURS.FACTOR.APR(B4,B5,B7,B9,B6,B8,B10,TRUE)");
    const turnover = addressOf(sheet, "Annual turnover assigned");
    const dso = addressOf(sheet, "DSO (days)");
    const usage = addressOf(sheet, PARAMETERS.usage.label.en);
    expect(formulaOf(sheet, "Average financed line")).toBe(`=ENCOURS.FACTOR.LINE(${turnover},${dso},B6,${usage})`);
    expect(formulaOf(sheet, "Annual cost")).toBe(
      `=ENCOURS.FACTOR.ANNUALCOST(${turnover},${dso},B7,B9,B6,${usage},${addressOf(sheet, "Minimum annual fee")},${addressOf(sheet, "Fixed yearly fees")})`,
    );
  });

  it("computes the same figures as the core with native formulas only, in the shareable variant", () => {
    const inputs = { ...SEED_INPUTS.factoring, minFee: 150, annualTurnover: 900000, usage: 0.8, minAnnualFee: 10000, fixedFees: 600 };
    const sheet = build("factoring", "shareable", "en", inputs);
    const read = evaluate(sheet);
    const at = (label: string) => read(addressOf(sheet, label)) as number;
    const cost = factoringCost(inputs);
    // 10 000 € at 60 days: advance 9 000; fee max(100, 150) = 150; financing 9 000 × 5 % × 60/360 = 75
    expect(at("Advance paid on assignment")).toBeCloseTo(9000, 9);
    expect(at("Service fee billed")).toBeCloseTo(150, 9);
    expect(at("Financing commission")).toBeCloseTo(75, 9);
    expect(at("Total cost")).toBeCloseTo(cost.total, 9);
    expect(at("Net received in all")).toBeCloseTo(factoringNet(inputs), 9);
    expect(at("Annualised cost (simple)")).toBeCloseTo(factoringApr(inputs), 12);
    expect(formulaOf(sheet, "Annualised cost (compound)")).toBeUndefined();
    expect(cellByLabel(sheet, "Annualised cost (compound)").value).toBeCloseTo(factoringApr({ ...inputs, compound: true }), 12);
    expect(at("Average financed line")).toBeCloseTo(factoringLine(inputs), 6);
    expect(at("Annual cost")).toBeCloseTo(factoringAnnualCost(inputs).total, 6);
    expect(at("Cost per euro of cash freed")).toBeCloseTo(factoringAnnualCost(inputs).total / factoringLine(inputs), 12);
    // The cash timeline: the advance on day 0, all the net by the payment day, against the invoice alone.
    expect([read("E5"), read("F5"), read("D6"), read("E6"), read("F6")]).toEqual([9000, 0, "Day 60", factoringNet(inputs), 10000]);
  });

  it("writes the core's refusal as text when a computed value cannot be had", () => {
    const sheet = build("factoring", "shareable", "en", { ...SEED_INPUTS.factoring, days: 0 });
    expect(cellByLabel(sheet, "Annualised cost (compound)")).toMatchObject({ format: "text", value: expect.stringMatching(/^days is 0/) });
  });
});

describe("offers proposal", () => {
  it("applies each offer with live formulas over its own column", () => {
    const sheet = build("offers", "live");
    const header = sheet.cells.find((cell) => cell.value === "Offre A — banque");
    expect(header?.address).toMatch(/^B\d+$/);
    const annualCostRow = sheet.cells.find((cell) => cell.value === "Annual cost" && cell.address.startsWith("A"));
    const row = Number(annualCostRow?.address.slice(1));
    const c = sheet.cells.find((cell) => cell.address === `C${row}`);
    expect(c?.formula).toMatch(/^=ENCOURS\.FACTOR\.ANNUALCOST\(B4,B5,C\d+,C\d+,C\d+,B6,C\d+,C\d+\)$/);
  });

  it("bills each offer as the core does and marks the cheapest, with native formulas", () => {
    const sheet = build("offers", "shareable");
    const read = evaluate(sheet);
    const expected = compareFactoringOffers(SEED_INPUTS.offers);
    const rowOf = (label: string) => Number(sheet.cells.find((cell) => cell.value === label && cell.address.startsWith("A"))?.address.slice(1));
    expected.forEach((offer, index) => {
      const column = String.fromCharCode(66 + index);
      expect(read(`${column}${rowOf("Annual cost")}`)).toBeCloseTo(offer.annualCost, 6);
      expect(read(`${column}${rowOf("Cash freed")}`)).toBeCloseTo(offer.cashFreed, 6);
      expect(read(`${column}${rowOf("Cost per euro of cash freed")}`)).toBeCloseTo(offer.annualisedCost, 12);
      expect(read(`${column}${rowOf("Cheapest")}`)).toBe(offer.cheapest ? "✓ cheapest" : "");
    });
    // Offer A (bank, 6 000 € annual minimum): 6 000 + 177 534.25 × 4.5 % + 1 500 = 15 489.04, the cheapest seed.
    expect(expected.map((offer) => offer.cheapest)).toEqual([true, false, false]);
    expect(expected[0].annualCost).toBeCloseTo(15489.04109589041, 6);
  });
});

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
    const at = (label: string) => read(addressOf(sheet, label)) as number;
    const d = diagnose(SEED_INPUTS.diagnostic);
    expect(at("Average receivables outstanding")).toBeCloseTo(d.receivablesOutstanding, 6);
    expect(at("Cash factoring would free")).toBeCloseTo(d.cashFreed, 6);
    expect(at("Yearly cost of factoring")).toBeCloseTo(d.factoringYearlyCost, 6);
    expect(at("Expected loss over a year")).toBeCloseTo(d.expectedLoss, 6);
    expect(at("Loss if the largest customer fails (at least)")).toBeCloseTo(d.largestCustomerLoss, 6);
    expect(at("Sales needed to earn that loss back")).toBeCloseTo(d.turnoverToRecoverLoss, 6);
  });

  it("states the recommendation and its reasons in the sheet's language", () => {
    const sheet = build("diagnostic", "live", "fr");
    expect(cellByLabel(sheet, "Recommandation").value).toBe("Les deux");
    expect(sheet.cells.some((cell) => typeof cell.value === "string" && cell.value.startsWith("Recommandation : les deux"))).toBe(true);
    expect(formulaOf(sheet, "Trésorerie libérée par l'affacturage")).toBe(`=ENCOURS.FACTOR.LINE(B4,B5,${addressOf(sheet, "Taux d'avance de l'affacturage")},1)`);
  });

  it("shows the core's message instead of a recommendation when an input is refused", () => {
    const sheet = build("diagnostic", "shareable", "en", { ...SEED_INPUTS.diagnostic, grossMargin: 0 });
    expect(cellByLabel(sheet, "Recommendation").value).toBe("gross_margin must be more than 0 and at most 1 (30% or 0.3)");
  });
});
