/**
 * The model that the task pane's "Insert into sheet" writes: buildProposal's live sheet for each simulator,
 * written cell by cell into a HyperFormula sheet and evaluated with the ENCOURS functions. Its results must
 * equal the core's own figures for the same inputs (the pane shows the core's figures), and no formula of the
 * sheet may end in an error. Credit insurance: every figure of the sheet (CREDIT.POLICYYEAR spilled, the
 * headline rows that read it, CREDIT.KEPTQUANTILE) equals insurancePolicyYear, the function the pane computes
 * its figures with, over the same buyers (the illustrative ones or the portfolio read) and policy terms. This checks the formulas PANE-OFFICE writes (argument order, ranges, optional arguments)
 * against the functions Excel will run, without Excel.
 */
import { PARAMETERS } from "../../src/catalogue";
import type { RawCellContent } from "hyperformula";
import * as core from "../../src/core";
import { buildProposal, insurancePolicyYear, SEED_INPUTS, type ProposalSheet, type SimulatorInputs } from "../../src/taskpane/proposals";
import { loadRegistry } from "../../testkit/registry";
import { EncoursWorkbook, type HostOptions, type Registry } from "../../testkit/hyperformula-host";
import { diagnosticSheetFigures, expectCloseFigures } from "../../testkit/sheet-figures";

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
function workbookOf(sheet: ProposalSheet, options: HostOptions = {}): EncoursWorkbook {
  const grid: RawCellContent[][] = [];
  for (const cell of sheet.cells) {
    const { row, col } = position(cell.address);
    while (grid.length <= row) grid.push([]);
    grid[row][col] = cell.formula ?? cell.value ?? null;
  }
  for (const row of grid) for (let c = 0; c < row.length; c++) if (row[c] === undefined) row[c] = null;
  return EncoursWorkbook.build(registry, { [SHEET]: grid }, options);
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

/**
 * The insurance sheet, with CREDIT.POLICYYEAR's spill declared: seventeen rows of figure and value (the
 * catalogue's returns), which the host cannot size from its arguments.
 */
const insuranceWorkbook = (sheet: ProposalSheet): EncoursWorkbook =>
  workbookOf(sheet, { tableSpills: { "CREDIT.POLICYYEAR": { rows: core.POLICY_FIGURES.length, columns: 2 } } });

/** The workbooks a test opened, destroyed after it whether it passed or not. */
const opened: EncoursWorkbook[] = [];
afterEach(() => {
  for (const wb of opened.splice(0)) wb.destroy();
});

/** What "Insert into sheet" gives for `kind`: the live English proposal and the workbook it is written into. */
function inserted<K extends keyof SimulatorInputs>(kind: K, inputs: SimulatorInputs[K]): { sheet: ProposalSheet; wb: EncoursWorkbook } {
  const sheet = live(kind, inputs);
  const wb = kind === "insurance" ? insuranceWorkbook(sheet) : workbookOf(sheet);
  opened.push(wb);
  return { sheet, wb };
}

describe("the task pane's inserted models, evaluated, equal the core's figures", () => {
  /** The result cell of `label` in the block under `heading` (labels repeat between the invoice and the year). */
  function resultUnder(sheet: ProposalSheet, wb: EncoursWorkbook, heading: string, label: string, column = "B"): unknown {
    const headingRow = sheet.cells.find((c) => c.value === heading && c.address.startsWith("A"));
    if (!headingRow) throw new Error(`no heading "${heading}"`);
    const from = position(headingRow.address).row;
    const cell = sheet.cells
      .filter((c) => c.value === label && c.address.startsWith("A") && position(c.address).row > from)
      .sort((a, b) => position(a.address).row - position(b.address).row)[0];
    if (!cell) throw new Error(`no label "${label}" under "${heading}"`);
    return wb.value(SHEET, `${column}${position(cell.address).row + 1}`);
  }

  it("factoring: the invoice under the offer's terms and the year, live, equal factoringOfferInvoice and factoringProgramme", () => {
    // Every term set away from its default, so that each one's formula counts: a 10 % reserve financed net of it,
    // a negative index floored at 0, a pre-counted commission, collection days, fees and a per-invoice minimum.
    const inputs = {
      ...SEED_INPUTS.factoring,
      reserveRate: 0.1, indexRate: -0.004, margin: 0.018, indexFloor: true, financingOnGross: false, precounted: true, collectionDays: 10,
      dayBasis: 365 as const, perInvoiceMinFee: 40, minAnnualFee: 15000, perInvoiceFee: 3, perBuyerFee: 45, fileFee: 500, yearlyFees: 1200,
      financingFees: 25, coverQuota: 0.9, recourseDays: 90, invoices: 400, buyers: 30,
    };
    const { sheet, wb } = inserted("factoring", inputs);
    expect(sheet.cells.some((c) => c.formula?.includes("ENCOURS.FACTOR.TEG"))).toBe(true);
    expect(formulaErrors(sheet, wb)).toEqual([]);
    const invoice = core.factoringOfferInvoice(inputs);
    const year = core.factoringProgramme(inputs);
    const onInvoice = (label: string) => resultUnder(sheet, wb, "One invoice", label);
    const onYear = (label: string) => resultUnder(sheet, wb, "Yearly programme", label);
    // Money to 1e-9 on the invoice and 1e-6 over the year; rates to 1e-12.
    expectCloseFigures(onInvoice, {
      "Cash paid on assignment (net of the reserve)": invoice.cashFreed,
      "Guarantee reserve held": invoice.reserveHeld,
      "Financing commission": invoice.financingCommission,
      "Factoring commission excl. VAT": invoice.factoringCommission,
      "Fees excl. VAT": invoice.serviceFees + invoice.financingFees,
      "VAT on commission and fees": invoice.vat,
      "Total cost excl. VAT": invoice.totalCost,
    }, 9);
    expectCloseFigures(onInvoice, {
      "All-in annualised cost (every charge, per euro freed)": invoice.costPerCashFreed,
      "Regulatory TEG (art. R314-6)": invoice.teg,
    }, 12);
    // The cumulative cash the chart shows (D5:E7): the core's running totals.
    expect(["E5", "E6", "E7"].map((a) => wb.value(SHEET, a))).toEqual(invoice.flows.map((flow) => expect.closeTo(flow.cumulative, 9)));
    expect(["D5", "D6", "D7"].map((a) => wb.value(SHEET, a))).toEqual(["Day 0: advance", "Day 70: balance", "Day 70: reserve released"]);
    expectCloseFigures(onYear, {
      "Average cash freed (net of the reserve)": year.cashFreed,
      "Average guarantee reserve": year.reserveHeld,
      "Financing commission": year.financingCommission,
      "Factoring commission excl. VAT": year.factoringCommission,
      "Fees excl. VAT": year.serviceFees,
      "Yearly cost excl. VAT": year.totalCost,
      "VAT on commission and fees": year.vat,
    }, 6);
    expectCloseFigures(onYear, {
      "Regulatory TEG (art. R314-6)": year.teg,
      "Cost / turnover ceded": year.costPerTurnover,
      "Cost / average cash freed": year.costPerCashFreed,
    }, 12);
    expect(onYear("Includes credit cover")).toBe("Yes");
    expect(wb.unhandled).toEqual([]);
  });

  it("factoring: the seed's figures, worked by hand", () => {
    // Hand-worked: 10 000 € at 60 days, 90 % advance, 1 % commission, 5 % ACT/360, VAT 20 %: financing
    // 9 000 × 5 % × 60 / 360 = 75; commission 100; VAT 20; cost 175; all-in 175 × 365 / (9 000 × 60) = 11.829 %;
    // TEG 75 / (9 000 × 60) × 365 = 5.069 %. Year of 1 200 000 €: cost 12 000 + 9 000 = 21 000 € on an average
    // 177 534.25 € freed (11.83 %), 1.75 % of turnover (factoringProgramme's @example).
    const { sheet, wb } = inserted("factoring", SEED_INPUTS.factoring);
    expect(resultUnder(sheet, wb, "One invoice", "Total cost excl. VAT")).toBeCloseTo(175, 9);
    expect(resultUnder(sheet, wb, "One invoice", "All-in annualised cost (every charge, per euro freed)")).toBeCloseTo((175 * 365) / (9000 * 60), 12);
    expect(resultUnder(sheet, wb, "One invoice", "Regulatory TEG (art. R314-6)")).toBeCloseTo((75 / 540000) * 365, 12);
    expect(wb.value(SHEET, "E6")).toBeCloseTo(10000 - 175 - 20, 9);
    expect(resultUnder(sheet, wb, "Yearly programme", "Yearly cost excl. VAT")).toBeCloseTo(21000, 6);
    expect(resultUnder(sheet, wb, "Yearly programme", "Average cash freed (net of the reserve)")).toBeCloseTo((1080000 * 60) / 365, 6);
    expect(resultUnder(sheet, wb, "Yearly programme", "Cost / turnover ceded")).toBeCloseTo(0.0175, 12);
    expect(resultUnder(sheet, wb, "Yearly programme", "Cost / average cash freed")).toBeCloseTo(21000 / ((1080000 * 60) / 365), 12);
  });

  it("offers: the issue's two offers rank as compareOffersHonestly ranks them, the 90 % offer first with the badge", () => {
    // The seed is the case (test/core-advisory/compareOffersHonestly.test.ts, hand-worked): 3 650 000 € at
    // 60 days, 40 buyers. A (80 %) bills 42 240 € for 480 000 € freed, 8.80 %; B (90 %) 45 235 € for 540 000 €, 8.38 %.
    const inputs = SEED_INPUTS.offers;
    const { sheet, wb } = inserted("offers", inputs);
    expect(formulaErrors(sheet, wb)).toEqual([]);
    const { offers } = core.compareOffersHonestly(inputs);
    for (const offer of offers) {
      const column = String.fromCharCode(65 + offer.position); // B, C
      expect(resultOf(sheet, wb, "Average cash freed (net of the reserve)", column)).toBeCloseTo(offer.cashFreed, 6);
      expect(resultOf(sheet, wb, "Yearly cost excl. VAT", column)).toBeCloseTo(offer.totalCost, 6);
      expect(resultOf(sheet, wb, "Cost / average cash freed", column)).toBeCloseTo(offer.costPerCashFreed, 12);
      expect(resultOf(sheet, wb, "Regulatory TEG (art. R314-6)", column)).toBeCloseTo(offer.teg, 12);
      expect(resultOf(sheet, wb, "Rank (cost / cash freed)", column)).toBe(offer.rank);
      expect(resultOf(sheet, wb, "lowest cost per euro financed", column)).toBe(offer.lowestCostPerEuroFinanced ? "✓ lowest cost per euro financed" : "");
    }
    expect([resultOf(sheet, wb, "Yearly cost excl. VAT", "B"), resultOf(sheet, wb, "Yearly cost excl. VAT", "C")]).toEqual([expect.closeTo(42240, 6), expect.closeTo(45235, 6)]);
    expect([resultOf(sheet, wb, "Rank (cost / cash freed)", "B"), resultOf(sheet, wb, "Rank (cost / cash freed)", "C")]).toEqual([2, 1]);
    expect(resultOf(sheet, wb, "Cost / average cash freed", "B")).toBeCloseTo(0.088, 12);
    expect(Math.round((resultOf(sheet, wb, "Cost / average cash freed", "C") as number) * 10000) / 100).toBe(8.38);
    expect(resultOf(sheet, wb, "Warning on credit cover")).toBe("");
  });

  it("offers: the ranking and the cover warning follow an edit of the sheet", () => {
    const { sheet, wb } = inserted("offers", SEED_INPUTS.offers);
    // Offer A's advance raised to 95 %: it frees 3 650 000 × 0.95 × 60 / 365 = 570 000 € for 21 900 + 20 805 + 2 820
    // = 45 525 € (financing 3 467 500 × 3.6 % × 60 / 360 = 20 805), 7.99 %: A now ranks first.
    const label = (text: string) => sheet.cells.find((c) => c.value === text && c.address.startsWith("A"))!;
    wb.set(SHEET, `B${position(label(PARAMETERS.advance_rate.label.en).address).row + 1}`, 0.95);
    expect(resultOf(sheet, wb, "Cost / average cash freed", "B")).toBeCloseTo(45525 / 570000, 12);
    expect([resultOf(sheet, wb, "Rank (cost / cash freed)", "B"), resultOf(sheet, wb, "Rank (cost / cash freed)", "C")]).toEqual([1, 2]);
    wb.set(SHEET, `C${position(label(PARAMETERS.cover_quota.label.en).address).row + 1}`, 1);
    expect(resultOf(sheet, wb, "Warning on credit cover")).toBe(core.CORE_MESSAGES.creditCoverDiffers().en);
    expect(resultOf(sheet, wb, "Credit cover", "C")).toBe("includes credit cover");
  });

  /** What the pane shows (src/taskpane/simulators/insurance/view.ts), by the sheet's English labels. */
  function paneFigures(inputs: SimulatorInputs["insurance"]): Record<string, number> {
    const year = insurancePolicyYear(inputs);
    return {
      "Yearly cost of cover": year.yearlyCost,
      "Expected loss without cover": year.expectedLoss,
      "Expected indemnity": year.expectedIndemnity,
      "Expected profit share": year.expectedProfitShare,
      "Annual premium": year.charges.premium,
      "Tax on the premium": year.charges.insuranceTax,
      "Monitoring and enquiry fees (excl. VAT)": year.charges.fees,
      "VAT on the fees": year.charges.feesVat,
      "Maximum liability": year.charges.maxLiability,
      "Largest buyer fails: loss without cover": year.largestBuyerFails.withoutCover,
      "Largest buyer fails: loss kept with cover": year.largestBuyerFails.withCover,
      "Two largest fail: loss without cover": year.twoLargestBuyersFail.withoutCover,
      "Two largest fail: loss kept with cover": year.twoLargestBuyersFail.withCover,
      "Indemnity delay (months)": year.indemnityDelayMonths,
    };
  }

  /** The 95 % and 99 % rows of "Loss in a bad year": level (A), without cover (B), kept with cover (C). */
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

  const within = (actual: unknown, expected: number): boolean =>
    typeof actual === "number" && Math.abs(actual - expected) <= 1e-9 * Math.max(1, Math.abs(expected));

  /** Every figure of the sheet equals the pane's to 1e-9 relative, the bad-year table included. */
  function expectPane(sheet: ProposalSheet, wb: EncoursWorkbook, inputs: SimulatorInputs["insurance"]): void {
    for (const [label, expected] of Object.entries(paneFigures(inputs))) {
      const actual = resultOf(sheet, wb, label);
      expect([label, actual, within(actual, expected)]).toEqual([label, actual, true]);
    }
    const year = insurancePolicyYear(inputs);
    lossTail(sheet, wb).forEach((row, i) => {
      const at = year.badYear[i];
      expect([row.level, within(row.withoutCover, at.withoutCover), within(row.withCover, at.withCover)]).toEqual([at.level, true, true]);
    });
  }

  const readPortfolio = { exposures: [120000, 80000, 45000, 30000], pds: [0.01, 0.03, 0.05, 0.02], lgds: [0.6, 1, 0.8, 0.5], creditLimits: [100000, null, 50000, null] };
  const insuranceCases = [
    ["the seed (20 illustrative buyers, 1.2 M€ HT at 60 days)", SEED_INPUTS.insurance],
    ["a 5 000 € deductible, fees, an aggregate deductible, a 2× cap and a 20 % profit share", {
      ...SEED_INPUTS.insurance, deductible: 5000, monitoringFee: 80, enquiryFee: 150, aggregateDeductible: 2000, maxLiabilityMultiple: 2, profitShareRate: 0.2,
    }],
    ["a portfolio read from the sheet with two named limits and a 60 000 € discretionary limit", {
      ...SEED_INPUTS.insurance, deductible: 1000, threshold: 500, discretionaryLimit: 60000, portfolio: readPortfolio,
    }],
  ] as const;

  it.each(insuranceCases)("credit insurance, %s: the live CREDIT.POLICYYEAR and CREDIT.KEPTQUANTILE figures equal the pane's", (_name, inputs) => {
    const { sheet, wb } = inserted("insurance", inputs);
    expect(sheet.cells.filter((c) => c.formula?.startsWith("=ENCOURS.CREDIT.POLICYYEAR(")).length).toBe(1);
    expect(sheet.cells.filter((c) => c.formula?.startsWith("=ENCOURS.CREDIT.KEPTQUANTILE(")).length).toBe(2);
    expect(formulaErrors(sheet, wb)).toEqual([]);
    expectPane(sheet, wb, inputs);
    expect(wb.unhandled).toEqual([]);
  });

  it("credit insurance: the seed's expected loss and policy bill, worked by hand, evaluated from the sheet", () => {
    // hand-worked: 1 200 000 HT × 1.2 × 60 / 365 = 236 712.33 outstanding; × 2 % = 4 734.25 expected loss;
    // premium 1 200 000 × 0.25 % = 3 000; tax 9 % (CGI art. 1001) = 270; cap 30 × 3 000 = 90 000.
    const { sheet, wb } = inserted("insurance", SEED_INPUTS.insurance);
    expect(resultOf(sheet, wb, "Expected loss without cover")).toBeCloseTo(1440000 * 60 / 365 * 0.02, 9);
    expect(resultOf(sheet, wb, "Annual premium")).toBe(3000);
    expect(resultOf(sheet, wb, "Tax on the premium")).toBeCloseTo(270, 9);
    expect(resultOf(sheet, wb, "Maximum liability")).toBe(90000);
  });

  it("credit insurance: the figures recalculate when the user edits the turnover, VAT, payment days and terms, as the pane would show", () => {
    const inputs = SEED_INPUTS.insurance;
    const { sheet, wb } = inserted("insurance", inputs);
    const at = (name: keyof typeof PARAMETERS) => inputAt(sheet, PARAMETERS[name].label.en);
    wb.set(SHEET, at("insured_turnover"), 2000000);
    wb.set(SHEET, inputAt(sheet, "Turnover incl. VAT (1 = yes, 0 = excl. VAT)"), 1);
    wb.set(SHEET, at("payment_days"), 75);
    wb.set(SHEET, at("cover_rate"), 0.8);
    wb.set(SHEET, at("deductible"), 2500);
    wb.set(SHEET, at("max_liability_multiple"), 5);
    const edited = { ...inputs, insuredTurnover: 2000000, vatIncluded: true, paymentDays: 75, coverRate: 0.8, deductible: 2500, maxLiabilityMultiple: 5 };
    expectPane(sheet, wb, edited);
    expect(wb.unhandled).toEqual([]);
  });

  it("DSO: countback, best possible and delinquent days", () => {
    const inputs = SEED_INPUTS.dso;
    const { sheet, wb } = inserted("dso", inputs);
    expect(formulaErrors(sheet, wb)).toEqual([]);
    const history = { sales: inputs.sales, periodDays: inputs.periodDays, vatRate: inputs.vatRate };
    const current = inputs.currentReceivables ?? 0;
    expect(resultOf(sheet, wb, "Countback DSO (days)")).toBeCloseTo(core.dsoCountback({ ...history, receivables: inputs.receivables }), 12);
    expect(resultOf(sheet, wb, "Accounting DSO (days)")).toBeCloseTo(core.dsoAccountingRatio({ ...history, receivables: inputs.receivables }), 9);
    expect(resultOf(sheet, wb, "Best possible DSO (days)")).toBeCloseTo(core.dsoBestPossible({ ...history, currentReceivables: current }), 12);
    expect(resultOf(sheet, wb, "Average days delinquent")).toBeCloseTo(
      core.dsoDelinquent({ ...history, receivables: inputs.receivables, currentReceivables: current }), 12);
  });

  it("diagnostic: cash freed, yearly cost, expected and largest-customer losses", () => {
    const { sheet, wb } = inserted("diagnostic", SEED_INPUTS.diagnostic);
    expect(formulaErrors(sheet, wb)).toEqual([]);
    // To 1e-9, but the sales needed to earn the loss back to 1e-6.
    const { "Sales needed to earn that loss back": salesNeeded, ...figures } = diagnosticSheetFigures(core.diagnose(SEED_INPUTS.diagnostic));
    const read = (label: string) => resultOf(sheet, wb, label);
    expectCloseFigures(read, figures, 9);
    expectCloseFigures(read, { "Sales needed to earn that loss back": salesNeeded }, 6);
  });

  it("recalculates an inserted model when the user edits an input, as the pane would show for the new input", () => {
    const inputs = SEED_INPUTS.factoring;
    const { sheet, wb } = inserted("factoring", inputs);
    const amountLabel = sheet.cells.find((c) => c.value === PARAMETERS.amount.label.en)!;
    const reserveLabel = sheet.cells.find((c) => c.value === PARAMETERS.reserve_rate.label.en)!;
    wb.set(SHEET, `B${position(amountLabel.address).row + 1}`, 25000);
    wb.set(SHEET, `B${position(reserveLabel.address).row + 1}`, 0.1);
    const invoice = core.factoringOfferInvoice({ ...inputs, amount: 25000, reserveRate: 0.1 });
    expect(resultOf(sheet, wb, "Total cost excl. VAT")).toBeCloseTo(invoice.totalCost, 9);
    expect(resultOf(sheet, wb, "Cash paid on assignment (net of the reserve)")).toBeCloseTo(invoice.cashFreed, 9);
    // Hand-worked: 25 000 × 90 % − 25 000 × 10 % = 20 000 € paid on assignment.
    expect(invoice.cashFreed).toBeCloseTo(20000, 9);
  });
});
