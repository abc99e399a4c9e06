/**
 * The factoring and offers proposal sheets: every term of the offer as a labelled input, the live FACTOR.TEG in
 * the catalogue's argument order, native formulas in the shareable variant that compute what the core computes
 * (evaluated in HyperFormula without Encours), and the same chart as the pane.
 */
import fc from "fast-check";
import { PARAMETERS } from "../../../src/catalogue";
import { compareOffersHonestly, CORE_MESSAGES, factoringOfferInvoice, factoringProgramme } from "../../../src/core";
import { TEXT } from "../../../src/taskpane/i18n";
import { buildProposal, SEED_INPUTS, type ProposalSheet, type SimulatorInputs } from "../../../src/taskpane/proposals";
import { TERMS } from "../../../src/taskpane/simulators/factoring/terms";
import { evaluate } from "../proposals/evaluate";
import { addressOf, formulaOf } from "../proposals/helpers";

const build = <K extends "factoring" | "offers">(kind: K, variant: "live" | "shareable", language: "fr" | "en" = "en", inputs: SimulatorInputs[K] = SEED_INPUTS[kind]): ProposalSheet =>
  buildProposal(kind, inputs, { variant, language });

const rowOf = (sheet: ProposalSheet, label: string, after = 0): number => {
  const rows = sheet.cells
    .filter((cell) => cell.address.startsWith("A") && cell.value === label)
    .map((cell) => Number(cell.address.slice(1)))
    .filter((row) => row > after)
    .sort((a, b) => a - b);
  if (rows.length === 0) throw new Error(`no label "${label}" after row ${after}`);
  return rows[0];
};

describe("factoring proposal", () => {
  it("labels every term of the offer with the catalogue's label, in French and in English", () => {
    for (const language of ["fr", "en"] as const) {
      const sheet = build("factoring", "live", language);
      const labels = sheet.cells.filter((cell) => cell.address.startsWith("A")).map((cell) => cell.value);
      for (const spec of TERMS) expect(labels).toContain(PARAMETERS[spec.parameter].label[language]);
    }
  });

  it("writes FACTOR.TEG over the invoice's and the year's cells, in the catalogue's argument order", () => {
    const sheet = build("factoring", "live");
    const terms = ["advance_rate", "reserve_rate", "index_rate", "margin", "index_floor", "financing_on_gross", "precounted", "collection_days", "day_basis", "financing_fees"] as const;
    const termCells = terms.map((name) => addressOf(sheet, PARAMETERS[name].label.en)).join(",");
    const amount = addressOf(sheet, PARAMETERS.amount.label.en);
    const days = addressOf(sheet, PARAMETERS.days.label.en);
    const tegRows = sheet.cells.filter((cell) => cell.formula?.startsWith("=ENCOURS.FACTOR.TEG("));
    expect(tegRows.map((cell) => cell.formula)).toEqual([
      `=ENCOURS.FACTOR.TEG(${amount},${days},${termCells})`,
      `=ENCOURS.FACTOR.TEG(${addressOf(sheet, "Annual turnover assigned")},${addressOf(sheet, "DSO (days)")},${termCells})`,
    ]);
  });

  it("writes the booleans as Excel's TRUE() and FALSE(), and an unstated recourse as a blank", () => {
    const sheet = build("factoring", "live", "en", { ...SEED_INPUTS.factoring, precounted: true, recourseDays: null });
    expect(formulaOf(sheet, PARAMETERS.precounted.label.en)).toBe("=TRUE()");
    expect(formulaOf(sheet, PARAMETERS.index_floor.label.en)).toBe("=FALSE()");
    expect(sheet.cells.find((cell) => cell.address === addressOf(sheet, PARAMETERS.recourse_days.label.en))?.value).toBe("");
  });

  it("computes the invoice and the year as the core does with native formulas only, in the shareable variant", () => {
    const inputs = {
      ...SEED_INPUTS.factoring,
      reserveRate: 0.15, indexRate: 0.021, margin: 0.015, precounted: true, collectionDays: 5, perInvoiceMinFee: 30,
      perInvoiceFee: 2, perBuyerFee: 45, yearlyFees: 1020, financingFees: 12, invoices: 300, buyers: 40,
    };
    const sheet = build("factoring", "shareable", "en", inputs);
    const read = evaluate(sheet);
    const invoice = factoringOfferInvoice(inputs);
    const year = factoringProgramme(inputs);
    const invoiceRow = rowOf(sheet, "One invoice");
    const yearRow = rowOf(sheet, "Yearly programme");
    const on = (label: string, after: number) => read(`B${rowOf(sheet, label, after)}`) as number;
    expect(on("Cash paid on assignment (net of the reserve)", invoiceRow)).toBeCloseTo(invoice.cashFreed, 9);
    expect(on("Total cost excl. VAT", invoiceRow)).toBeCloseTo(invoice.totalCost, 9);
    expect(on("All-in annualised cost (every charge, per euro freed)", invoiceRow)).toBeCloseTo(invoice.costPerCashFreed, 12);
    expect(on("Regulatory TEG (art. R314-6)", invoiceRow)).toBeCloseTo(invoice.teg, 12);
    expect(on("Average cash freed (net of the reserve)", yearRow)).toBeCloseTo(year.cashFreed, 6);
    expect(on("Yearly cost excl. VAT", yearRow)).toBeCloseTo(year.totalCost, 6);
    expect(on("Regulatory TEG (art. R314-6)", yearRow)).toBeCloseTo(year.teg, 12);
    expect(on("Cost / turnover ceded", yearRow)).toBeCloseTo(year.costPerTurnover, 12);
    expect(on("Cost / average cash freed", yearRow)).toBeCloseTo(year.costPerCashFreed, 12);
    // Hand-worked: 10 000 € at 60 + 5 days, 90 % gross, 15 % reserve, pre-counted 3.6 % on the gross (ACT/360):
    // commission 9 000 × 3.6 % × 65 / 360 = 58.50; cash on assignment 9 000 − 1 500 − 58.50 = 7 441.50.
    expect(on("Cash paid on assignment (net of the reserve)", invoiceRow)).toBeCloseTo(7441.5, 9);
  });

  it("shows the cumulative cash received under the pane's chart title and labels", () => {
    const sheet = build("factoring", "shareable", "fr");
    const read = evaluate(sheet);
    expect(sheet.chart?.title).toBe(TEXT.factoringCumulativeCash.fr);
    expect(sheet.chart?.dataRange).toBe("D4:F7");
    // Hand-worked on the seed: 9 000 € on day 0; 10 000 − 175 − 20 (VAT) = 9 805 € after the balance; no reserve.
    expect(["D5", "D6", "D7"].map(read)).toEqual(["Jour 0 : avance", "Jour 60 : solde", "Jour 60 : retenue restituée"]);
    expect(["E5", "E6", "E7"].map((address) => read(address) as number)).toEqual([9000, expect.closeTo(9805, 9), expect.closeTo(9805, 9)]);
    expect(["F5", "F6", "F7"].map(read)).toEqual([0, 10000, 10000]);
  });

  // Reserves from 0 to 89 % of a 90 % advance (at 90 % nothing is financed: the core answers DIV0).
  it("never shows more cash freed for a larger reserve, and shows it net of the reserve as the core does", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 89 }), fc.integer({ min: 0, max: 89 }), fc.boolean(), (first, second, onGross) => {
        const [low, high] = [Math.min(first, second) / 100, Math.max(first, second) / 100];
        const cashAt = (reserveRate: number) => {
          const inputs = { ...SEED_INPUTS.factoring, reserveRate, financingOnGross: onGross };
          const sheet = build("factoring", "shareable", "en", inputs);
          const read = evaluate(sheet);
          const cash = read(`B${rowOf(sheet, "Cash paid on assignment (net of the reserve)")}`) as number;
          expect(cash).toBeCloseTo(factoringOfferInvoice(inputs).cashFreed, 9);
          return cash;
        };
        expect(cashAt(high)).toBeLessThanOrEqual(cashAt(low) + 1e-9);
      }),
      { numRuns: 15 },
    );
  });
});

describe("offers proposal", () => {
  it("ranks the issue's two offers with native formulas as compareOffersHonestly does, the badge on the 90 % offer", () => {
    const sheet = build("offers", "shareable");
    const read = evaluate(sheet);
    const { offers } = compareOffersHonestly(SEED_INPUTS.offers);
    const rank = rowOf(sheet, "Rank (cost / cash freed)");
    const badge = rowOf(sheet, "lowest cost per euro financed");
    const costs = rowOf(sheet, "Cost / average cash freed");
    for (const offer of offers) {
      const column = String.fromCharCode(65 + offer.position);
      expect(read(`${column}${costs}`)).toBeCloseTo(offer.costPerCashFreed, 12);
      expect(read(`${column}${rank}`)).toBe(offer.rank);
      expect(read(`${column}${badge}`)).toBe(offer.lowestCostPerEuroFinanced ? "✓ lowest cost per euro financed" : "");
    }
    // Hand-worked (test/core-advisory/compareOffersHonestly.test.ts): A 42 240 / 480 000 = 8.80 %, B 45 235 / 540 000 = 8.38 %.
    expect([read(`B${rank}`), read(`C${rank}`)]).toEqual([2, 1]);
    expect(read(`C${badge}`)).toBe("✓ lowest cost per euro financed");
  });

  it("says in the sheet, in the core's words, when the offers differ in credit cover", () => {
    const [a, b] = SEED_INPUTS.offers.offers;
    for (const language of ["fr", "en"] as const) {
      const differ = build("offers", "shareable", language, { ...SEED_INPUTS.offers, offers: [{ ...a, coverQuota: 1 }, b] });
      const warning = language === "fr" ? "Avertissement sur la garantie" : "Warning on credit cover";
      expect(evaluate(differ)(`B${rowOf(differ, warning)}`)).toBe(CORE_MESSAGES.creditCoverDiffers()[language]);
      const quotas = build("offers", "shareable", language, { ...SEED_INPUTS.offers, offers: [{ ...a, coverQuota: 1 }, { ...b, coverQuota: 0.9 }] });
      expect(evaluate(quotas)(`B${rowOf(quotas, warning)}`)).toBe(CORE_MESSAGES.coverQuotaDiffers()[language]);
    }
  });

  it("writes an offer's name as text even when it reads like a formula", () => {
    const [a, b] = SEED_INPUTS.offers.offers;
    const sheet = build("offers", "live", "en", { ...SEED_INPUTS.offers, offers: [{ ...a, name: "=HYPERLINK(\"x\")" }, b] });
    const header = sheet.cells.find((cell) => cell.address === `B${rowOf(sheet, "Offer")}`);
    expect(header).toMatchObject({ value: "=HYPERLINK(\"x\")" });
    expect(header?.formula).toBeUndefined();
  });
});
