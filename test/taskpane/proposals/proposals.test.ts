import { PARAMETERS } from "../../../src/catalogue";
import {
  compareFactoringOffers,
  creditExpectedLoss,
  creditRiskPlus,
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
  isCoreError,
  lossQuantile,
} from "../../../src/core";
import {
  buildProposal,
  ILLUSTRATIVE_BUYERS,
  illustrativePortfolio,
  insuranceFigureCalls,
  insuranceFigures,
  NOTICE,
  NUMBER_FORMATS,
  SEED_INPUTS,
  SIMULATOR_KINDS,
  type ProposalSheet,
  type SimulatorInputs,
} from "../../../src/taskpane/proposals";
import { evaluate } from "./evaluate";
import { addressOf, cellByLabel, formulaOf, lossTailOf } from "./helpers";

const VARIANTS = ["live", "shareable"] as const;
const LANGUAGES = ["fr", "en"] as const;
/** The catalogue of DESIGN.md: the only ENCOURS ids a live sheet may call. */
const CATALOGUE = new Set([
  "FACTOR.ADVANCE", "FACTOR.COST", "FACTOR.NET", "FACTOR.APR", "FACTOR.SCHEDULE", "FACTOR.LINE", "FACTOR.ANNUALCOST",
  "CREDIT.EXPECTEDLOSS", "CREDIT.PREMIUM", "CREDIT.INDEMNITY", "CREDIT.NETCOST", "CREDIT.BREAKEVENPD", "CREDIT.LOSSQUANTILE", "CREDIT.LOSSDIST",
  "DSO", "DSO.BESTPOSSIBLE", "DSO.DELINQUENT", "CONCENTRATION.TOP", "CONCENTRATION.HHI",
]);

const build = <K extends keyof SimulatorInputs>(kind: K, variant: "live" | "shareable", language: "fr" | "en" = "en", inputs: SimulatorInputs[K] = SEED_INPUTS[kind]): ProposalSheet =>
  buildProposal(kind, inputs, { variant, language });

const withPortfolio: SimulatorInputs["insurance"] = {
  ...SEED_INPUTS.insurance,
  deductible: 1000,
  portfolio: { exposures: [50000, 20000, 800], pds: [0.02, 0.05, 0.1], lgds: [1, 0.45, 1] },
};

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

describe("insurance proposal", () => {
  it("writes live formulas over the illustrative portfolio's columns, with the deductible per claim", () => {
    const sheet = build("insurance", "live");
    expect(formulaOf(sheet, "Annual premium")).toBe("=ENCOURS.CREDIT.PREMIUM(B4,B5,B6)");
    expect(formulaOf(sheet, "Expected loss without cover")).toBe("=ENCOURS.CREDIT.EXPECTEDLOSS(E5:E24,F5:F24,G5:G24)");
    expect(formulaOf(sheet, "Expected indemnity")).toBe("=SUMPRODUCT(F5:F24,ENCOURS.CREDIT.INDEMNITY(E5:E24*G5:G24,B7,,B8))");
    expect(formulaOf(sheet, "Break-even default rate")).toBe(
      "=ENCOURS.CREDIT.BREAKEVENPD(B13,SUMPRODUCT((E5:E24*G5:G24>B8)*(E5:E24*G5:G24-B8)),1,B7)");
    expect(addressOf(sheet, "Annual premium")).toBe("B13");
  });

  it("writes native formulas over the same columns in the shareable variant", () => {
    const sheet = build("insurance", "shareable");
    expect(formulaOf(sheet, "Expected loss without cover")).toBe("=SUMPRODUCT(E5:E24,F5:F24,G5:G24)");
    expect(formulaOf(sheet, "Expected indemnity")).toBe("=B7*SUMPRODUCT(F5:F24,(E5:E24*G5:G24>B8)*(E5:E24*G5:G24-B8))");
    expect(sheet.cells.some((cell) => cell.formula?.includes("ENCOURS."))).toBe(false);
  });

  it("reads a portfolio from its own columns and applies the deductible per claim", () => {
    const live = build("insurance", "live", "en", withPortfolio);
    expect(formulaOf(live, "Expected loss without cover")).toBe("=ENCOURS.CREDIT.EXPECTEDLOSS(E5:E7,F5:F7,G5:G7)");
    const sheet = build("insurance", "shareable", "en", withPortfolio);
    const read = evaluate(sheet);
    const at = (label: string) => read(addressOf(sheet, label)) as number;
    expect(at("Expected loss without cover")).toBeCloseTo(creditExpectedLoss(withPortfolio.portfolio ?? { exposures: [], pds: [], lgds: [] }), 9);
    // Per claim: 0.02 × (50 000 − 1 000) + 0.05 × (9 000 − 1 000) + 0.1 × max(0, 800 − 1 000) = 980 + 400 + 0; × 90 %
    expect(at("Expected indemnity")).toBeCloseTo(0.9 * 1380, 9);
    expect(at("Break-even default rate (uniform)")).toBeCloseTo(3000 / (0.9 * (49000 + 8000)), 12);
  });
});

describe("insuranceFigures, the pane's results", () => {
  const LABELS = {
    premium: "Annual premium",
    expectedLoss: "Expected loss without cover",
    expectedIndemnity: "Expected indemnity",
    netCost: "Net cost of cover (premium − expected indemnity)",
  } as const;
  const close = (actual: unknown, expected: number): void => {
    expect(typeof actual).toBe("number");
    expect(Math.abs((actual as number) - expected)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected)));
  };

  it("works the seed out by hand, over the 20 illustrative buyers of 60 000 €", () => {
    // Seed (inputs.ts): 1 200 000 € insured at 0.25 % (minimum 1 500), 90 % cover, pd 2 %, lgd 1, no deductible.
    // Premium 3 000; expected loss 20 × 60 000 × 2 % = 24 000; indemnity 90 % = 21 600; net cost −18 600;
    // break-even 3 000 / (0.9 × 20 × 60 000) = 0.2778 %: the same as one buyer of 1 200 000 €, as no deductible applies.
    const figures = insuranceFigures(SEED_INPUTS.insurance);
    expect(figures.premium).toBe(3000);
    expect(figures.expectedLoss).toBe(24000);
    expect(figures.expectedIndemnity).toBe(21600);
    expect(figures.netCost).toBe(-18600);
    expect(figures.breakEvenPd).toBe(3000 / 1080000);
  });

  it("takes a 5 000 € deductible off each of the 20 illustrative buyers' claims", () => {
    // Each claim 60 000 − 5 000 = 55 000: indemnity 0.9 × 20 × 2 % × 55 000 = 19 800; net cost 3 000 − 19 800 = −16 800;
    // break-even 3 000 / (0.9 × 20 × 55 000) = 3 000 / 990 000 = 0.3030 %. The expected loss is unchanged: 24 000.
    const figures = insuranceFigures({ ...SEED_INPUTS.insurance, deductible: 5000 });
    expect(figures).toEqual({ premium: 3000, expectedLoss: 24000, expectedIndemnity: 19800, netCost: -16800, breakEvenPd: 3000 / 990000 });
  });

  it("computes each figure apart, so that a refused one leaves the others", () => {
    const calls = insuranceFigureCalls({ ...SEED_INPUTS.insurance, deductible: -1 });
    expect(calls.premium()).toBe(3000);
    expect(calls.expectedLoss()).toBe(24000);
    let message = "";
    try {
      calls.expectedIndemnity();
    } catch (error) {
      if (isCoreError(error)) message = error.messageIn("fr");
    }
    expect(message).toBe("deductible doit être supérieur ou égal à 0 (par ex. 1000)");
  });

  const cases = [0, 5000].flatMap((deductible) =>
    [null, withPortfolio.portfolio].map((portfolio) => [deductible, portfolio === null ? "illustrative" : "read", { ...withPortfolio, deductible, portfolio }] as const),
  );

  it.each(cases)("equal the shareable sheet's native formulas, evaluated (deductible %d €, %s portfolio)", (_deductible, _kind, inputs) => {
    const figures = insuranceFigures(inputs);
    const sheet = build("insurance", "shareable", "en", inputs);
    const read = evaluate(sheet);
    for (const [key, label] of Object.entries(LABELS) as Array<[keyof typeof LABELS, string]>) close(read(addressOf(sheet, label)), figures[key]);
    const breakEven = inputs.portfolio === null ? "Break-even default rate" : "Break-even default rate (uniform)";
    close(read(addressOf(sheet, breakEven)), figures.breakEvenPd);
  });
});

describe("insurance proposal: loss in a bad year", () => {
  const cases = VARIANTS.flatMap((variant) => LANGUAGES.map((language) => [variant, language] as const));
  /** The pane's figures (src/taskpane/simulators/insurance/view.ts): CreditRisk+ on the buyers, gross and after cover and deductible. */
  const paneQuantiles = (inputs: SimulatorInputs["insurance"]) => {
    const buyers = inputs.portfolio ?? illustrativePortfolio(inputs);
    const gross = creditRiskPlus(buyers);
    const retained = creditRiskPlus({ ...buyers, cover: { coverRates: inputs.coverRate, deductibles: inputs.deductible } });
    return [0.95, 0.99].map((level) => ({ level, withoutCover: lossQuantile(gross, level), withCover: lossQuantile(retained, level) }));
  };

  it.each(cases)("has the 95 %% and 99 %% losses without and with cover side by side (%s, %s)", (variant, language) => {
    const sheet = build("insurance", variant, language);
    const tail = lossTailOf(sheet);
    expect(tail.header.slice(1)).toEqual(language === "fr" ? ["Sans assurance", "Avec assurance"] : ["Without cover", "With cover"]);
    expect(tail.rows.map((row) => row.level.value)).toEqual([0.95, 0.99]);
    for (const row of tail.rows) {
      expect(row.level.format).toBe("percent");
      expect([row.withoutCover.format, row.withCover.format]).toEqual(["currency", "currency"]);
      expect(row.withoutCover.address[0]).toBe("B");
      expect(row.withCover.address[0]).toBe("C");
    }
  });

  it.each(LANGUAGES)("writes the pane's illustrative portfolio as formulas over the turnover, default rate and LGD (%s)", (language) => {
    const inputs = SEED_INPUTS.insurance;
    for (const variant of VARIANTS) {
      const sheet = build("insurance", variant, language);
      const exposures = sheet.cells.filter((cell) => /^E\d+$/.test(cell.address) && Number(cell.address.slice(1)) >= 5);
      expect(exposures.map((cell) => cell.formula)).toEqual(Array.from({ length: ILLUSTRATIVE_BUYERS }, () => `=B4/${ILLUSTRATIVE_BUYERS}`));
      expect(sheet.cells.find((cell) => cell.address === "F5")?.formula).toBe("=B9");
      expect(sheet.cells.find((cell) => cell.address === "G24")?.formula).toBe("=B10");
      // Evaluated natively, the columns hold exactly the buyers the pane models.
      const read = evaluate(sheet);
      const expected = illustrativePortfolio(inputs);
      const column = (letter: string) => Array.from({ length: ILLUSTRATIVE_BUYERS }, (_, i) => read(`${letter}${5 + i}`));
      expect(column("E")).toEqual(expected.exposures);
      expect(column("F")).toEqual(expected.pds);
      expect(column("G")).toEqual(expected.lgds);
    }
  });

  it("calls CREDIT.LOSSQUANTILE over the portfolio's ranges, with the cover rate and deductible only for the loss kept", () => {
    const sheet = build("insurance", "live");
    const [q95, q99] = lossTailOf(sheet).rows;
    const level95 = q95.level.address;
    const level99 = q99.level.address;
    expect(q95.withoutCover.formula).toBe(`=ENCOURS.CREDIT.LOSSQUANTILE(E5:E24,F5:F24,${level95},G5:G24)`);
    expect(q95.withCover.formula).toBe(`=ENCOURS.CREDIT.LOSSQUANTILE(E5:E24,F5:F24,${level95},G5:G24,,B7,,B8)`);
    expect(q99.withoutCover.formula).toBe(`=ENCOURS.CREDIT.LOSSQUANTILE(E5:E24,F5:F24,${level99},G5:G24)`);
    expect(q99.withCover.formula).toBe(`=ENCOURS.CREDIT.LOSSQUANTILE(E5:E24,F5:F24,${level99},G5:G24,,B7,,B8)`);
    expect(addressOf(sheet, "Cover rate")).toBe("B7");
    expect(addressOf(sheet, "Deductible per claim")).toBe("B8");
  });

  it("calls CREDIT.LOSSQUANTILE over a portfolio read from the sheet", () => {
    const sheet = build("insurance", "live", "fr", withPortfolio);
    const [q95] = lossTailOf(sheet).rows;
    expect(q95.withoutCover.formula).toBe(`=ENCOURS.CREDIT.LOSSQUANTILE(E5:E7,F5:F7,${q95.level.address},G5:G7)`);
    expect(q95.withCover.formula).toBe(`=ENCOURS.CREDIT.LOSSQUANTILE(E5:E7,F5:F7,${q95.level.address},G5:G7,,B7,,B8)`);
    expect(sheet.cells.filter((cell) => /^[EFG][5-7]$/.test(cell.address)).map((cell) => cell.value)).toEqual([50000, 0.02, 1, 20000, 0.05, 0.45, 800, 0.1, 1]);
  });

  it.each(LANGUAGES)("writes the core's quantiles, as the pane shows them, in the shareable variant (%s)", (language) => {
    for (const inputs of [SEED_INPUTS.insurance, withPortfolio]) {
      const rows = lossTailOf(build("insurance", "shareable", language, inputs)).rows;
      const expected = paneQuantiles(inputs);
      expect(rows.map((row) => ({ level: row.level.value, withoutCover: row.withoutCover.value, withCover: row.withCover.value }))).toEqual(expected);
      // Cover only lowers the loss kept, and the 99 % loss is above the 95 % one.
      for (const row of expected) expect(row.withCover).toBeLessThan(row.withoutCover);
      expect(expected[1].withoutCover).toBeGreaterThan(expected[0].withoutCover);
    }
  });

  it("writes the core's refusal as text in the shareable block when the portfolio is refused", () => {
    const refused = { ...withPortfolio, portfolio: { exposures: [50000, 20000], pds: [0.02, 1.5], lgds: [1, 1] } };
    let message = "";
    try {
      creditRiskPlus(refused.portfolio);
    } catch (error) {
      if (isCoreError(error)) message = error.messageIn("fr");
    }
    expect(message).toMatch(/pds/);
    const [q95] = lossTailOf(build("insurance", "shareable", "fr", refused)).rows;
    expect(q95.withoutCover).toMatchObject({ value: message, format: "text" });
    expect(q95.withCover).toMatchObject({ value: message, format: "text" });
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
