/**
 * The insurance tab's figures (src/taskpane/simulators/insurance/figures.ts) and the sheet it inserts
 * (./proposal.ts): exposure at default from the turnover, a year of the policy, the buyers that make a bad year,
 * the pd_volatility sensitivity, the portfolio selection with credit limits, and the expected loss the
 * diagnostic tab can share.
 */
import { PARAMETERS } from "../../../src/catalogue";
import { diagnose, isCoreError, portfolioLossQuantile, POLICY_FIGURES } from "../../../src/core";
import { DIAGNOSTIC_SEED } from "../../../src/taskpane/simulators/diagnostic/inputs";
import {
  badYearBuyers,
  buildProposal,
  expectedLossOnTurnover,
  ILLUSTRATIVE_BUYERS,
  insuranceBreakEvenPd,
  insuranceBuyers,
  insurancePolicyYear,
  parsePortfolioSelection,
  SEED_INPUTS,
  TOP_BUYERS,
  volatilityPoints,
  type ProposalSheet,
  type SimulatorInputs,
} from "../../../src/taskpane/proposals";
import { evaluate } from "./evaluate";
import { addressOf, lossTailOf } from "./helpers";

type Inputs = SimulatorInputs["insurance"];
const SEED = SEED_INPUTS.insurance;
const build = (variant: "live" | "shareable", language: "fr" | "en" = "en", inputs: Inputs = SEED): ProposalSheet => buildProposal("insurance", inputs, { variant, language });

/** A portfolio read from a sheet: the second buyer is named with a 30 000 € limit, the others are not. */
const read: Inputs = {
  ...SEED,
  deductible: 1000,
  portfolio: { exposures: [50000, 40000, 800], pds: [0.02, 0.05, 0.1], lgds: [1, 0.45, 1], creditLimits: [null, 30000, null] },
};

const relClose = (actual: unknown, expected: number): void => {
  expect(typeof actual).toBe("number");
  expect(Math.abs((actual as number) - expected)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected)));
};

describe("exposure at default, the base of every insurance figure", () => {
  it("splits the seed's outstanding, turnover TTC × 60 days / 365, evenly between the 20 illustrative buyers", () => {
    // hand-worked: 1 200 000 € HT × 1.2 (VAT 20 %, CGI art. 278) = 1 440 000 TTC; × 60 / 365 = 236 712.3288; / 20 = 11 835.6164
    const buyers = insuranceBuyers(SEED);
    expect(buyers).toHaveLength(ILLUSTRATIVE_BUYERS);
    for (const buyer of buyers) expect(buyer).toEqual({ exposure: expect.closeTo(1440000 * 60 / 365 / 20, 9), pd: 0.02, lgd: 1, creditLimit: null });
  });

  it("does not gross up a turnover typed TTC", () => {
    // hand-worked: 1 200 000 TTC × 60 / 365 / 20 = 9 863.0137
    expect(insuranceBuyers({ ...SEED, vatIncluded: true })[0].exposure).toBeCloseTo(1200000 * 60 / 365 / 20, 9);
  });

  it("takes the buyers read from the sheet as they are, limits included", () => {
    expect(insuranceBuyers(read).map((b) => [b.exposure, b.creditLimit])).toEqual([[50000, null], [40000, 30000], [800, null]]);
  });

  it("gives the diagnostic's expected loss to the cent, both on exposure at default", () => {
    // diagnose reads the outstanding as the Assurance-crédit tab does (turnover TTC × payment days / 365,
    // src/core/advisory/diagnose.ts); the seed's 2 000 000 € is HT: 2 400 000 × 60 / 365 × 0.02 = 7 890.41
    const shared = expectedLossOnTurnover({ turnover: DIAGNOSTIC_SEED.turnover, vatIncluded: DIAGNOSTIC_SEED.vatIncluded, paymentDays: DIAGNOSTIC_SEED.paymentDays, pd: 0.02, lgd: 1 });
    const cents = (x: number) => Math.round(x * 100);
    expect(cents(shared)).toBe(cents(diagnose(DIAGNOSTIC_SEED).expectedLoss));
    expect(cents(shared)).toBe(789041);
    // The same turnover read as TTC: 2 000 000 × 60 / 365 × 0.02 = 6 575.34
    expect(cents(expectedLossOnTurnover({ turnover: 2000000, vatIncluded: true, paymentDays: 60, pd: 0.02 }))).toBe(657534);
    // An HT turnover adds the VAT buyers owe: 2 400 000 × 60 / 365 × 0.02 = 7 890.41
    expect(cents(expectedLossOnTurnover({ turnover: 2000000, vatIncluded: false, paymentDays: 60, pd: 0.02 }))).toBe(789041);
  });
});

describe("a year of the policy, as the pane shows it", () => {
  it("works out the seed: expected loss, what the policy bills, its cap and yearly cost", () => {
    const year = insurancePolicyYear(SEED);
    // hand-worked: 236 712.3288 × 2 % = 4 734.2466 (the core's documented example, src/core/insurance/policy.ts)
    expect(year.expectedLoss).toBeCloseTo(4734.246575342466, 9);
    // premium max(1 200 000 × 0.25 %, 1 500) = 3 000; tax 9 % (CGI art. 1001, 6°) = 270; no fees; cap 30 × 3 000 = 90 000
    expect(year.charges).toEqual({ premium: 3000, insuranceTax: 270, fees: 0, feesVat: 0, total: 3270, maxLiability: 90000 });
    // Claims owed 90 % × 4 734.25 = 4 260.82; the 90 000 € cap binds only in years beyond 99.99 %: the expected payment is a hair below.
    expect(year.expectedClaimsOwed).toBeCloseTo(0.9 * 4734.246575342466, 9);
    expect(year.expectedIndemnity).toBeLessThanOrEqual(year.expectedClaimsOwed);
    expect(year.expectedIndemnity).toBeGreaterThan(year.expectedClaimsOwed - 0.01);
    // yearly cost = billed − expected indemnity − expected profit share (none)
    expect(year.yearlyCost).toBeCloseTo(3270 - year.expectedIndemnity, 9);
    expect(year.indemnityDelayMonths).toBe(6);
  });

  it("bills the fees per buyer and per enquiry with their VAT", () => {
    // The core's documented example (creditPolicyCharges): 20 buyers × 80 € + 20 enquiries × 150 € = 4 600 € HT, VAT 920.
    const year = insurancePolicyYear({ ...SEED, monitoringFee: 80, enquiryFee: 150 });
    expect(year.charges).toEqual({ premium: 3000, insuranceTax: 270, fees: 4600, feesVat: 920, total: 8790, maxLiability: 90000 });
  });

  it("keeps a largest-buyer failure at what the cover leaves: 10 % of the claim", () => {
    // hand-worked: one buyer of 11 835.62 fails; 90 % cover → kept 1 183.56; two fail → 2 367.12
    const year = insurancePolicyYear(SEED);
    expect(year.largestBuyerFails.withoutCover).toBeCloseTo(11835.616438356165, 9);
    expect(year.largestBuyerFails.withCover).toBeCloseTo(1183.5616438356165, 9);
    expect(year.twoLargestBuyersFail.withCover).toBeCloseTo(2367.123287671233, 9);
  });

  it("puts the analyst's break-even where the expected claims equal the premium", () => {
    // hand-worked: 3 000 / (0.9 × 236 712.3288) = 3 000 × 365 / (0.9 × 1 440 000 × 60) = 1 095 000 / 77 760 000
    expect(insuranceBreakEvenPd(SEED, 3000)).toBeCloseTo(1095000 / 77760000, 15);
  });

  it("refuses a term no policy can hold with the core's message, naming its argument", () => {
    for (const [terms, argument] of [
      [{ monitoringFee: -1 }, "monitoring_fee"],
      [{ maxLiabilityMultiple: -1 }, "max_liability_multiple"],
      [{ profitShareRate: 1.2 }, "profit_share_rate"],
      [{ paymentDays: -30 }, "payment_days"],
    ] as const) {
      let caught: unknown;
      try {
        insurancePolicyYear({ ...SEED, ...terms });
      } catch (error) {
        caught = error;
      }
      expect(isCoreError(caught) && [caught.code, caught.argument, caught.messageIn("fr").startsWith(argument)]).toEqual(["VALUE", argument, true]);
    }
  });
});

describe("the buyers that make a bad year, and pd_volatility", () => {
  it("lists the top 10 of 20 equal buyers, each a twentieth of the 99 % loss", () => {
    const top = badYearBuyers(SEED);
    expect(top).toHaveLength(TOP_BUYERS);
    const buyers = insuranceBuyers(SEED);
    const exposures = buyers.map((b) => b.exposure);
    const pds = buyers.map((b) => b.pd);
    // Euler: the quantile contributions add up to the 99 % quantile (CSFP 1997, CreditRisk+, section 6.4).
    const q99 = portfolioLossQuantile({ exposures, pds, pdVolatility: 0.5, level: 0.99 });
    for (const row of top) relClose(row.withoutCover * 20, q99);
    const kept = portfolioLossQuantile({ exposures, pds, pdVolatility: 0.5, coverRate: 0.9, creditLimits: null, deductible: 0, level: 0.99 });
    for (const row of top) relClose(row.withCover * 20, kept);
  });

  it("orders a read portfolio's buyers by their share of the 99 % loss", () => {
    const top = badYearBuyers(read);
    expect(top.map((row) => row.buyer)).toEqual([1, 2, 3]);
    expect(top[0].withoutCover).toBeGreaterThan(top[1].withoutCover);
    // The named buyer's limit (30 000 of 40 000 owed) leaves it more of its loss than its cover rate alone would.
    expect(top[1].withCover / top[1].withoutCover).toBeGreaterThan(top[0].withCover / top[0].withoutCover);
  });

  it("gives the 99 % loss at the chosen volatility, at 0 and at 1, the first equal to the headline", () => {
    const points = volatilityPoints(SEED);
    expect(points.map((p) => p.pdVolatility)).toEqual([0.5, 0, 1]);
    const at99 = insurancePolicyYear(SEED).badYear[1];
    expect(points[0]).toEqual({ pdVolatility: 0.5, withoutCover: at99.withoutCover, withCover: at99.withCover });
    // Poisson defaults give the thinnest tail; a volatility of 1 the thickest.
    expect(points[1].withoutCover).toBeLessThan(points[0].withoutCover);
    expect(points[2].withoutCover).toBeGreaterThan(points[0].withoutCover);
  });
});

describe("the portfolio selection", () => {
  it("reads 4 columns: outstanding, credit limit (blank: unnamed), PD, LGD, under a header", () => {
    const parsed = parsePortfolioSelection(
      [["Encours", "Limite", "PD (%)", "LGD (%)"], [50000, "", 2, 100], [40000, 30000, 5, 45], [800, null, 10, 100]],
      "Feuil1!C3:F6",
    );
    expect(parsed).toEqual({ exposures: [50000, 40000, 800], pds: [0.02, 0.05, 0.1], lgds: [1, 0.45, 1], creditLimits: [null, 30000, null] });
  });

  it("still reads 2 and 3 columns, every buyer unnamed", () => {
    expect(parsePortfolioSelection([[1000, 0.02], [2000, 0.01]])).toEqual({ exposures: [1000, 2000], pds: [0.02, 0.01], lgds: [1, 1], creditLimits: [null, null] });
  });

  it("names the cell of a blank outstanding in the 4-column layout", () => {
    const parsed = parsePortfolioSelection([[null, 30000, 0.02, 1], [1000, "", 0.02, 1]], "B2:E3");
    expect(isCoreError(parsed) && parsed.messageIn("fr")).toBe(
      "La cellule B2 est vide : chaque ligne doit porter un encours, une PD et une LGD positifs ou nuls (une limite de crédit peut rester vide).",
    );
  });

  it("refuses 5 columns, saying which layouts it reads", () => {
    const parsed = parsePortfolioSelection([[1, 2, 3, 4, 5]]);
    expect(isCoreError(parsed) && parsed.messageIn("en")).toMatch(/^Select 2 to 4 columns: .*\(the selection has 5\)\.$/);
  });
});

describe("the inserted sheet", () => {
  const label = (name: keyof typeof PARAMETERS, language: "fr" | "en") => PARAMETERS[name].label[language];

  it.each(["fr", "en"] as const)("labels every policy term with the catalogue's label, as the pane's field (%s)", (language) => {
    const sheet = build("live", language);
    for (const name of ["insured_turnover", "premium_rate", "min_premium", "insurance_tax_rate", "cover_rate", "deductible", "threshold", "discretionary_limit",
      "aggregate_deductible", "max_liability_multiple", "profit_share_rate", "monitoring_fee", "enquiry_fee", "fee_vat_rate", "indemnity_delay_months",
      "pd_volatility", "payment_days", "sales_vat_rate", "pd", "lgd"] as const) {
      expect(sheet.cells.find((cell) => cell.address === addressOf(sheet, label(name, language)))?.role).toBe("input");
    }
  });

  it("spills CREDIT.POLICYYEAR over the portfolio's columns and the terms, in the catalogue's argument order", () => {
    const sheet = build("live");
    const spill = sheet.cells.find((cell) => cell.formula?.startsWith("=ENCOURS.CREDIT.POLICYYEAR("));
    const at = (name: keyof typeof PARAMETERS) => addressOf(sheet, label(name, "en"));
    const terms = [at("insured_turnover"), at("premium_rate"), "H5:H24", "F5:F24", at("pd_volatility"), at("cover_rate"), at("deductible"), at("threshold"),
      at("discretionary_limit"), at("aggregate_deductible"), at("max_liability_multiple"), at("profit_share_rate"), at("min_premium"),
      at("insurance_tax_rate"), at("monitoring_fee"), at("enquiry_fee"), "", at("fee_vat_rate")].join(",");
    expect(spill?.formula).toBe(`=ENCOURS.CREDIT.POLICYYEAR(E5:E24,G5:G24,${terms})`);
    const [q95] = lossTailOf(sheet).rows;
    expect(q95.withCover.formula).toBe(`=ENCOURS.CREDIT.KEPTQUANTILE(E5:E24,G5:G24,${q95.level.address},${terms})`);
    // The headline rows read the spill, row by row in POLICY_FIGURES order.
    const row = Number(spill?.address.slice(1));
    expect(sheet.cells.find((cell) => cell.address === addressOf(sheet, "Yearly cost of cover"))?.formula).toBe(`=B${row + POLICY_FIGURES.indexOf("yearlyCost")}`);
    expect(sheet.cells.some((cell) => cell.address.startsWith("A") && Number(cell.address.slice(1)) > row && Number(cell.address.slice(1)) < row + POLICY_FIGURES.length)).toBe(false);
  });

  it("writes the read portfolio's credit limits, leaving an unnamed buyer's blank", () => {
    const sheet = build("live", "fr", read);
    expect(sheet.cells.filter((cell) => /^[EFGH][5-7]$/.test(cell.address)).map((cell) => [cell.address, cell.value])).toEqual([
      ["E5", 50000], ["G5", 0.02], ["H5", 1], ["E6", 40000], ["F6", 30000], ["G6", 0.05], ["H6", 0.45], ["E7", 800], ["G7", 0.1], ["H7", 1],
    ]);
  });

  it("computes the illustrative buyers natively from the turnover, VAT and payment days, as the pane models them", () => {
    for (const inputs of [SEED, { ...SEED, vatIncluded: true }]) {
      const sheet = build("shareable", "en", inputs);
      const value = evaluate(sheet);
      const buyers = insuranceBuyers(inputs);
      buyers.forEach((buyer, i) => relClose(value(`E${5 + i}`), buyer.exposure));
    }
  });

  it.each([["the illustrative portfolio", SEED], ["a read portfolio", read]] as const)("writes the pane's figures as values in the shareable variant (%s)", (_name, inputs) => {
    const sheet = build("shareable", "en", inputs);
    expect(sheet.cells.some((cell) => cell.formula?.includes("ENCOURS."))).toBe(false);
    const year = insurancePolicyYear(inputs);
    const value = evaluate(sheet);
    relClose(value(addressOf(sheet, "Yearly cost of cover")), year.yearlyCost);
    relClose(value(addressOf(sheet, "Expected loss without cover")), year.expectedLoss);
    relClose(value(addressOf(sheet, "Expected indemnity")), year.expectedIndemnity);
    relClose(value(addressOf(sheet, "Maximum liability")), year.charges.maxLiability);
    relClose(value(addressOf(sheet, "Indemnity delay (months)")), 6);
    const rows = lossTailOf(sheet).rows;
    expect(rows.map((row) => [row.level.value, row.withoutCover.value, row.withCover.value])).toEqual(
      year.badYear.map((at) => [at.level, at.withoutCover, at.withCover]),
    );
  });

  it("writes the core's refusal as text in the shareable sheet when a term is refused", () => {
    const sheet = build("shareable", "fr", { ...SEED, profitShareRate: 1.5 });
    const cell = sheet.cells.find((c) => c.address === addressOf(sheet, "Coût annuel de l'assurance"));
    expect(cell).toMatchObject({ format: "text" });
    expect(String(cell?.value)).toMatch(/^profit_share_rate /);
  });
});
