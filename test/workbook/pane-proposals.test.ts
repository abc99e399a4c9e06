/**
 * The model that the task pane's "Insert into sheet" writes: buildProposal's live sheet for each simulator,
 * written cell by cell into a HyperFormula sheet and evaluated with the ENCOURS functions. Its results must
 * equal the core's own figures for the same inputs (the pane shows the core's figures), and no formula of the
 * sheet may end in an error. Credit insurance: the results block equals insuranceFigures, the function the
 * pane computes its figures with, over the same portfolio (the illustrative buyers or the one read) and
 * deductible. This checks the formulas PANE-OFFICE writes (argument order, ranges, optional arguments)
 * against the functions Excel will run, without Excel.
 */
import { PARAMETERS } from "../../src/catalogue";
import type { RawCellContent } from "hyperformula";
import * as core from "../../src/core";
import { buildProposal, insuranceFigures, lossPortfolio, retainedLossModel, SEED_INPUTS, TAIL_LEVELS, type InsuranceFigures, type ProposalSheet, type SimulatorInputs } from "../../src/taskpane/proposals";
import { loadRegistry } from "../../testkit/registry";
import { EncoursWorkbook, type Registry } from "../../testkit/hyperformula-host";

let registry: Registry;
beforeAll(async () => {
  registry = (await loadRegistry()).functions;
});

const SHEET = "Proposition";

/** A1 address → zero-based row and column. */
function position(a1: string): { row: number; col: number } {
  const match = /^([A-Z]+)(\d+)$/.exec(a1);
  if (!match) throw new Error(`not an A1 address: ${a1}`);
  const col = [...match[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return { row: Number(match[2]) - 1, col };
}

/** Writes the proposal's cells as "Insert into sheet" does: constants as values, formulas as formulas. */
function workbookOf(sheet: ProposalSheet): EncoursWorkbook {
  const grid: RawCellContent[][] = [];
  for (const cell of sheet.cells) {
    const { row, col } = position(cell.address);
    while (grid.length <= row) grid.push([]);
    grid[row][col] = cell.formula ?? cell.value ?? null;
  }
  for (const row of grid) for (let c = 0; c < row.length; c++) if (row[c] === undefined) row[c] = null;
  return EncoursWorkbook.build(registry, { [SHEET]: grid });
}

/** The result cell to the right of a label (column B, or the n-th column of an offers table). */
function resultOf(sheet: ProposalSheet, wb: EncoursWorkbook, label: string, column = "B"): unknown {
  const labelCell = sheet.cells.find((c) => c.value === label && c.address.startsWith("A"));
  if (!labelCell) throw new Error(`no label "${label}" in ${sheet.cells.filter((c) => c.address.startsWith("A")).map((c) => c.value).join(" | ")}`);
  return wb.value(SHEET, `${column}${position(labelCell.address).row + 1}`);
}

/** Every formula of the sheet evaluates to a value, not an error. */
/** The input cell (column B) beside a label of column A: where a user types to change that input. */
function inputAt(sheet: ProposalSheet, label: string): string {
  const cell = sheet.cells.find((c) => c.value === label && c.address.startsWith("A"));
  if (!cell) throw new Error(`no input labelled ${label}`);
  return `B${position(cell.address).row + 1}`;
}

function formulaErrors(sheet: ProposalSheet, wb: EncoursWorkbook): string[] {
  return sheet.cells
    .filter((c) => c.formula !== undefined)
    .map((c) => ({ c, v: wb.value(SHEET, c.address) }))
    .filter(({ v }) => typeof v === "object" && v !== null)
    .map(({ c, v }) => `${c.address} ${c.formula} → ${(v as { value: string; message: string }).value} ${(v as { message: string }).message}`);
}

const live = <K extends keyof SimulatorInputs>(kind: K, inputs: SimulatorInputs[K]): ProposalSheet =>
  buildProposal(kind, inputs, { variant: "live", language: "en" });

describe("the task pane's inserted models, evaluated, equal the core's figures", () => {
  it("factoring: advance, fees, net, annualised costs and the yearly programme", () => {
    const inputs = SEED_INPUTS.factoring;
    const sheet = live("factoring", inputs);
    expect(sheet.cells.some((c) => c.formula?.includes("ENCOURS.FACTOR.COST"))).toBe(true);
    const wb = workbookOf(sheet);
    expect(formulaErrors(sheet, wb)).toEqual([]);
    const cost = core.factoringCost(inputs);
    const line = core.factoringLine(inputs);
    const annual = core.factoringAnnualCost(inputs);
    expect(resultOf(sheet, wb, "Advance paid on assignment")).toBeCloseTo(core.factoringAdvance(inputs), 9);
    expect(resultOf(sheet, wb, "Service fee", "B")).toBe(inputs.serviceFeeRate); // the input row of that name
    expect(resultOf(sheet, wb, "Financing commission")).toBeCloseTo(cost.financingCommission, 9);
    expect(resultOf(sheet, wb, "Total cost")).toBeCloseTo(cost.total, 9);
    expect(resultOf(sheet, wb, "Net received in all")).toBeCloseTo(core.factoringNet(inputs), 9);
    expect(resultOf(sheet, wb, "Balance paid when the customer pays")).toBeCloseTo(core.factoringSchedule(inputs)[1].cashFlow, 9);
    expect(resultOf(sheet, wb, "Annualised cost (simple)")).toBeCloseTo(core.factoringApr(inputs), 12);
    expect(resultOf(sheet, wb, "Annualised cost (compound)")).toBeCloseTo(core.factoringApr({ ...inputs, compound: true }), 12);
    expect(resultOf(sheet, wb, "Average financed line")).toBeCloseTo(line, 6);
    expect(resultOf(sheet, wb, "Annual cost")).toBeCloseTo(annual.total, 6);
    expect(resultOf(sheet, wb, "Cost per euro of cash freed")).toBeCloseTo(annual.total / line, 12);
    expect(wb.unhandled).toEqual([]);
    wb.destroy();
  });

  it("offers: each offer's line, annual cost and which is cheapest", () => {
    const inputs = SEED_INPUTS.offers;
    const sheet = live("offers", inputs);
    const wb = workbookOf(sheet);
    expect(formulaErrors(sheet, wb)).toEqual([]);
    const comparison = core.compareFactoringOffers(inputs);
    comparison.forEach((offer, index) => {
      const column = String.fromCharCode(66 + index); // B, C, D
      expect(resultOf(sheet, wb, "Average financed line", column)).toBeCloseTo(offer.line, 6);
      expect(resultOf(sheet, wb, "Annual cost", column)).toBeCloseTo(offer.annualCost, 6);
      expect(resultOf(sheet, wb, "Cost per euro of cash freed", column)).toBeCloseTo(offer.annualisedCost, 12);
      expect(resultOf(sheet, wb, "Cheapest", column)).toBe(offer.cheapest ? "✓ cheapest" : "");
    });
    wb.destroy();
  });

  /** The results block, evaluated: each figure the pane shows (insuranceFigures) beside its label. */
  function insuranceResults(sheet: ProposalSheet, wb: EncoursWorkbook, readPortfolio: boolean) {
    return {
      premium: resultOf(sheet, wb, "Annual premium"),
      expectedLoss: resultOf(sheet, wb, "Expected loss without cover"),
      expectedIndemnity: resultOf(sheet, wb, "Expected indemnity"),
      netCost: resultOf(sheet, wb, "Net cost of cover (premium − expected indemnity)"),
      breakEvenPd: resultOf(sheet, wb, readPortfolio ? "Break-even default rate (uniform)" : "Break-even default rate"),
    };
  }

  function expectPaneFigures(actual: ReturnType<typeof insuranceResults>, expected: InsuranceFigures): void {
    for (const key of Object.keys(expected) as Array<keyof InsuranceFigures>) {
      expect([key, typeof actual[key]]).toEqual([key, "number"]);
      expect([key, Math.abs((actual[key] as number) - expected[key]) <= 1e-9]).toEqual([key, true]);
    }
  }

  const readPortfolio = { exposures: [120000, 80000, 45000, 30000], pds: [0.01, 0.03, 0.05, 0.02], lgds: [0.6, 1, 0.8, 0.5] };
  const insuranceCases = [0, 5000].flatMap((deductible) =>
    [null, readPortfolio].map((portfolio) =>
      [deductible, portfolio === null ? "the illustrative portfolio" : "a portfolio read from the sheet", { ...SEED_INPUTS.insurance, deductible, portfolio }] as const),
  );

  it.each(insuranceCases)(
    "credit insurance with a deductible of %d € per claim, on %s: premium, expected loss and indemnity, net cost, break-even equal the pane's",
    (_deductible, _portfolio, inputs) => {
      const sheet = live("insurance", inputs);
      const wb = workbookOf(sheet);
      expect(formulaErrors(sheet, wb)).toEqual([]);
      expectPaneFigures(insuranceResults(sheet, wb, inputs.portfolio !== null), insuranceFigures(inputs));
      expect(wb.unhandled).toEqual([]);
      wb.destroy();
    },
  );

  it("credit insurance: the seed's figures with a 5 000 € deductible, worked by hand over the 20 illustrative buyers", () => {
    // 20 buyers of 1 200 000 / 20 = 60 000 €, pd 2 %, lgd 1, 90 % cover, 5 000 € off each claim:
    // indemnity 0.9 × 20 × 0.02 × 55 000 = 19 800; net cost 3 000 − 19 800 = −16 800; break-even 3 000 / (0.9 × 20 × 55 000).
    const inputs = { ...SEED_INPUTS.insurance, deductible: 5000 };
    const sheet = live("insurance", inputs);
    const wb = workbookOf(sheet);
    const results = insuranceResults(sheet, wb, false);
    expect(results.premium).toBeCloseTo(3000, 9);
    expect(results.expectedLoss).toBeCloseTo(24000, 9);
    expect(results.expectedIndemnity).toBeCloseTo(19800, 9);
    expect(results.netCost).toBeCloseTo(-16800, 9);
    expect(results.breakEvenPd).toBeCloseTo(3000 / 990000, 12);
    wb.destroy();
  });

  it("credit insurance: the results recalculate when the user edits the turnover, cover rate and deductible, as the pane would show", () => {
    const inputs = SEED_INPUTS.insurance;
    const sheet = live("insurance", inputs);
    const wb = workbookOf(sheet);
    wb.set(SHEET, inputAt(sheet, "Insured turnover"), 2000000);
    wb.set(SHEET, inputAt(sheet, "Cover rate"), 0.8);
    wb.set(SHEET, inputAt(sheet, "Deductible per claim"), 5000);
    expectPaneFigures(insuranceResults(sheet, wb, false), insuranceFigures({ ...inputs, insuredTurnover: 2000000, coverRate: 0.8, deductible: 5000 }));
    expect(wb.unhandled).toEqual([]);
    wb.destroy();
  });

  /** The losses of the "Loss in a bad year" block, evaluated: level (A), without cover (B), with cover (C). */
  function lossTail(sheet: ProposalSheet, wb: EncoursWorkbook): Array<{ level: unknown; withoutCover: unknown; withCover: unknown }> {
    const heading = sheet.cells.find((c) => c.address.startsWith("A") && c.value === "Loss in a bad year");
    if (!heading) throw new Error("no loss-tail heading");
    const first = position(heading.address).row + 3; // heading, header row, then one row per level (1-based)
    return [first, first + 1].map((row) => ({
      level: wb.value(SHEET, `A${row}`),
      withoutCover: wb.value(SHEET, `B${row}`),
      withCover: wb.value(SHEET, `C${row}`),
    }));
  }

  /** What the pane shows (src/taskpane/simulators/insurance/view.ts): CreditRisk+ quantiles of its portfolio, gross and kept after cover. */
  function paneQuantiles(inputs: SimulatorInputs["insurance"]) {
    const buyers = lossPortfolio(inputs);
    const gross = core.creditRiskPlus(buyers);
    const retained = core.creditRiskPlus(retainedLossModel(buyers, inputs));
    return TAIL_LEVELS.map((level) => ({ level, withoutCover: core.lossQuantile(gross, level), withCover: core.lossQuantile(retained, level) }));
  }

  function expectQuantiles(actual: ReturnType<typeof lossTail>, expected: ReturnType<typeof paneQuantiles>): void {
    expect(actual.map((row) => row.level)).toEqual(expected.map((row) => row.level));
    actual.forEach((row, i) => {
      expect(typeof row.withoutCover).toBe("number");
      expect(typeof row.withCover).toBe("number");
      expect(Math.abs((row.withoutCover as number) - expected[i].withoutCover)).toBeLessThanOrEqual(1e-9);
      expect(Math.abs((row.withCover as number) - expected[i].withCover)).toBeLessThanOrEqual(1e-9);
    });
  }

  it("credit insurance: the 95 % and 99 % losses of the illustrative portfolio, without and with cover, equal the pane's", () => {
    const inputs = SEED_INPUTS.insurance;
    const sheet = live("insurance", inputs);
    expect(sheet.cells.filter((c) => c.formula?.includes("ENCOURS.CREDIT.LOSSQUANTILE")).length).toBe(4);
    const wb = workbookOf(sheet);
    expect(formulaErrors(sheet, wb)).toEqual([]);
    expectQuantiles(lossTail(sheet, wb), paneQuantiles(inputs));
    expect(wb.unhandled).toEqual([]);
    wb.destroy();
  });

  it("credit insurance: the loss tail of a portfolio read from the sheet, with a deductible per claim, equals the pane's", () => {
    const portfolio = { exposures: [120000, 80000, 45000, 30000], pds: [0.01, 0.03, 0.05, 0.02], lgds: [0.6, 1, 0.8, 0.5] };
    const inputs = { ...SEED_INPUTS.insurance, deductible: 5000, portfolio };
    const sheet = live("insurance", inputs);
    const wb = workbookOf(sheet);
    expect(formulaErrors(sheet, wb)).toEqual([]);
    expectQuantiles(lossTail(sheet, wb), paneQuantiles(inputs));
    expect(wb.unhandled).toEqual([]);
    wb.destroy();
  });

  it("credit insurance: the loss tail recalculates when the user edits the turnover, cover rate and deductible", () => {
    const inputs = SEED_INPUTS.insurance;
    const sheet = live("insurance", inputs);
    const wb = workbookOf(sheet);
    wb.set(SHEET, inputAt(sheet, "Insured turnover"), 2000000);
    wb.set(SHEET, inputAt(sheet, "Cover rate"), 0.8);
    wb.set(SHEET, inputAt(sheet, "Deductible per claim"), 2500);
    const edited = { ...inputs, insuredTurnover: 2000000, coverRate: 0.8, deductible: 2500 };
    expectQuantiles(lossTail(sheet, wb), paneQuantiles(edited));
    expect(wb.unhandled).toEqual([]);
    wb.destroy();
  });

  it("DSO: countback, best possible and delinquent days", () => {
    const inputs = SEED_INPUTS.dso;
    const sheet = live("dso", inputs);
    const wb = workbookOf(sheet);
    expect(formulaErrors(sheet, wb)).toEqual([]);
    const history = { sales: inputs.sales, periodDays: inputs.periodDays, vatRate: inputs.vatRate };
    const current = inputs.currentReceivables ?? 0;
    expect(resultOf(sheet, wb, "Countback DSO (days)")).toBeCloseTo(core.dsoCountback({ ...history, receivables: inputs.receivables }), 12);
    expect(resultOf(sheet, wb, "Accounting DSO (days)")).toBeCloseTo(core.dsoAccountingRatio({ ...history, receivables: inputs.receivables }), 9);
    expect(resultOf(sheet, wb, "Best possible DSO (days)")).toBeCloseTo(core.dsoBestPossible({ ...history, currentReceivables: current }), 12);
    expect(resultOf(sheet, wb, "Average days delinquent")).toBeCloseTo(
      core.dsoDelinquent({ ...history, receivables: inputs.receivables, currentReceivables: current }), 12);
    wb.destroy();
  });

  it("diagnostic: cash freed, yearly cost, expected and largest-customer losses", () => {
    const inputs = SEED_INPUTS.diagnostic;
    const sheet = live("diagnostic", inputs);
    const wb = workbookOf(sheet);
    expect(formulaErrors(sheet, wb)).toEqual([]);
    const d = core.diagnose(inputs);
    expect(resultOf(sheet, wb, "Average receivables outstanding")).toBeCloseTo(d.receivablesOutstanding, 9);
    expect(resultOf(sheet, wb, "Cash factoring would free")).toBeCloseTo(d.cashFreed, 9);
    expect(resultOf(sheet, wb, "Yearly cost of factoring")).toBeCloseTo(d.factoringYearlyCost, 9);
    expect(resultOf(sheet, wb, "Expected loss over a year")).toBeCloseTo(d.expectedLoss, 9);
    expect(resultOf(sheet, wb, "Loss if the largest customer fails (at least)")).toBeCloseTo(d.largestCustomerLoss, 9);
    expect(resultOf(sheet, wb, "Sales needed to earn that loss back")).toBeCloseTo(d.turnoverToRecoverLoss, 6);
    wb.destroy();
  });

  it("recalculates an inserted model when the user edits an input, as the pane would show for the new input", () => {
    const inputs = SEED_INPUTS.factoring;
    const sheet = live("factoring", inputs);
    const wb = workbookOf(sheet);
    const amountLabel = sheet.cells.find((c) => c.value === PARAMETERS.amount.label.en)!;
    wb.set(SHEET, `B${position(amountLabel.address).row + 1}`, 25000);
    expect(resultOf(sheet, wb, "Total cost")).toBeCloseTo(core.factoringCost({ ...inputs, amount: 25000 }).total, 9);
    expect(resultOf(sheet, wb, "Net received in all")).toBeCloseTo(core.factoringNet({ ...inputs, amount: 25000 }), 9);
    wb.destroy();
  });
});
