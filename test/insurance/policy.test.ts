import fc from "fast-check";
import {
  creditPolicyCharges,
  creditPolicyYear,
  outstandingFromTurnover,
  POLICY_DEFAULTS,
  portfolioExposures,
  type PolicyYearOptions,
} from "../../src/core";
import { expectCoreError } from "../../testkit/coreError";
import { deepFreeze } from "../core/deepFreeze";

describe("outstandingFromTurnover", () => {
  it("grosses an HT turnover up by the VAT rate, then takes payment_days / 365 of it", () => {
    // hand-worked: 1 200 000 × 1.2 = 1 440 000 TTC; × 60 / 365 = 236 712.33 (DESIGN.md, "Exposure")
    expect(outstandingFromTurnover({ turnover: 1200000, vatIncluded: false, paymentDays: 60 })).toBeCloseTo(236712.3287671233, 8);
  });

  it("takes a TTC turnover as it is", () => {
    // hand-worked: 1 200 000 × 60 / 365 = 197 260.27
    expect(outstandingFromTurnover({ turnover: 1200000, vatIncluded: true, paymentDays: 60 })).toBeCloseTo(197260.2739726027, 8);
  });

  it("uses the VAT rate typed", () => {
    // hand-worked: 365 000 × 1.055 × 30 / 365 = 31 650
    expect(outstandingFromTurnover({ turnover: 365000, vatIncluded: false, vatRate: 0.055, paymentDays: 30 })).toBe(31650);
  });

  it("asks whether the turnover includes VAT", () => {
    expectCoreError(
      () => outstandingFromTurnover({ turnover: 1000, paymentDays: 60 } as never),
      "VALUE",
      "vat_included must be TRUE or FALSE (e.g. TRUE)",
    );
  });

  it("rejects negative payment days, naming payment_days", () => {
    expectCoreError(() => outstandingFromTurnover({ turnover: 1000, vatIncluded: true, paymentDays: -1 }), "VALUE", "payment_days must be 0 or more (e.g. 60)");
  });
});

describe("portfolioExposures", () => {
  it("takes a buyer's peak outstanding as its exposure at default, else its outstanding", () => {
    const buyers = portfolioExposures({
      buyers: [
        { outstanding: 40000, peakOutstanding: 55000, pd: 0.02, creditLimit: 50000 },
        { outstanding: 8000, pd: 0.05, lgd: 0.6 },
      ],
    });
    expect(buyers).toEqual([
      { exposure: 55000, pd: 0.02, lgd: 1, creditLimit: 50000 },
      { exposure: 8000, pd: 0.05, lgd: 0.6, creditLimit: null },
    ]);
  });

  it("splits the average outstanding evenly between the number of buyers", () => {
    // hand-worked: 236 712.33 / 20 = 11 835.62 each
    const buyers = portfolioExposures({ buyers: 20, turnover: 1200000, vatIncluded: false, paymentDays: 60, pd: 0.02 });
    expect(buyers).toHaveLength(20);
    expect(buyers[7].exposure).toBeCloseTo(11835.616438356165, 8);
    expect(buyers[7]).toMatchObject({ pd: 0.02, lgd: 1, creditLimit: null });
  });

  it("rejects a credit limit that is not a number, naming credit_limit", () => {
    expectCoreError(
      () => portfolioExposures({ buyers: [{ outstanding: 1000, pd: 0.02, creditLimit: "40000" as unknown as number }] }),
      "VALUE",
      "credit_limit must be a number (e.g. 40000)",
    );
  });

  it("answers NA for an empty buyer list", () => {
    expectCoreError(() => portfolioExposures({ buyers: [] }), "NA", "buyers is empty: give at least one value");
  });

  it("asks for a list or a turnover", () => {
    expectCoreError(() => portfolioExposures({ buyers: 20 }), "VALUE", /^give either buyers/);
  });

  it("does not change the buyers it is given", () => {
    const buyers = deepFreeze([{ outstanding: 1000, pd: 0.02 }]);
    expect(portfolioExposures({ buyers })[0].exposure).toBe(1000);
  });
});

describe("creditPolicyCharges", () => {
  const terms = { insuredTurnover: 1200000, premiumRate: 0.0025, minPremium: 1500, monitoringFee: 80, enquiryFee: 150, buyers: 20 };

  it("bills the premium, the insurance tax, the fees with VAT and sets the maximum liability", () => {
    // hand-worked: premium max(1 200 000 × 0.25 % = 3 000, 1 500) = 3 000; tax 9 % (CGI art. 1001) = 270;
    // fees 20 × 80 + 20 × 150 = 4 600 HT, VAT 20 % = 920; total 8 790; cap 30 × 3 000 = 90 000
    expect(creditPolicyCharges(terms)).toEqual({ premium: 3000, insuranceTax: 270, fees: 4600, feesVat: 920, total: 8790, maxLiability: 90000 });
  });

  it("charges the minimum premium to a small seller", () => {
    // hand-worked: 400 000 × 0.25 % = 1 000 < 1 500; tax 135; cap 20 × 1 500 = 30 000
    const small = creditPolicyCharges({ insuredTurnover: 400000, premiumRate: 0.0025, minPremium: 1500, buyers: 5, maxLiabilityMultiple: 20 });
    expect(small).toMatchObject({ premium: 1500, insuranceTax: 135, fees: 0, maxLiability: 30000 });
  });

  it("counts enquiries apart from buyers when told", () => {
    // hand-worked: 20 × 80 + 3 × 150 = 2 050
    expect(creditPolicyCharges({ ...terms, enquiries: 3 }).fees).toBe(2050);
  });

  it("declares its defaults once, frozen", () => {
    expect(Object.isFrozen(POLICY_DEFAULTS)).toBe(true);
    expect(POLICY_DEFAULTS).toMatchObject({ insuranceTaxRate: 0.09, feeVatRate: 0.2, maxLiabilityMultiple: 30 });
  });

  it.each([
    ["monitoring_fee", { monitoringFee: -1 }, "monitoring_fee must be 0 or more (e.g. 80)"],
    ["enquiry_fee", { enquiryFee: -5 }, "enquiry_fee must be 0 or more (e.g. 150)"],
    ["max_liability_multiple", { maxLiabilityMultiple: -1 }, "max_liability_multiple must be 0 or more (e.g. 30)"],
    ["profit_share_rate", { profitShareRate: 1.5 }, "profit_share_rate must be between 0 and 1 (20% or 0.2)"],
    ["insurance_tax_rate", { insuranceTaxRate: 9 }, "insurance_tax_rate must be between 0 and 1 (9% or 0.09)"],
    ["indemnity_delay_months", { indemnityDelayMonths: Number.NaN }, "indemnity_delay_months must be a number (e.g. 6)"],
    ["discretionary_limit", { discretionaryLimit: "15000" }, "discretionary_limit must be a number (e.g. 15000)"],
  ])("rejects a bad %s, naming it", (_argument, bad, message) => {
    expectCoreError(() => creditPolicyCharges({ ...terms, ...(bad as object) }), "VALUE", message);
  });
});

/** Buyers of the scenario tests: one each kind of claim. */
const scenarioBuyers = {
  buyers: [
    // named limit 40 000 on 50 000 owed, lgd 50 %: insured min(50 000, 40 000) × 0.5 = 20 000
    { outstanding: 50000, pd: 0.01, lgd: 0.5, creditLimit: 40000 },
    // unnamed, 30 000 owed: the discretionary limit 15 000 applies
    { outstanding: 30000, pd: 0.01 },
    // below the claim threshold: pays nothing
    { outstanding: 400, pd: 0.01 },
  ],
  insuredTurnover: 1000000,
  premiumRate: 0.003,
  deductible: 1000,
  threshold: 500,
  discretionaryLimit: 15000,
};

describe("creditPolicyYear, scenarios", () => {
  it("shares recoveries pro rata on a buyer with a credit limit: min(exposure, limit) × lgd, then deductible, then cover", () => {
    // hand-worked: gross 50 000 × 0.5 = 25 000; indemnity 0.9 × (20 000 − 1 000) = 17 100; kept 7 900
    // (min(exposure × lgd, limit) would have paid 0.9 × (25 000 − 1 000) = 21 600)
    expect(creditPolicyYear(scenarioBuyers).largestBuyerFails).toEqual({ withoutCover: 25000, withCover: 7900 });
  });

  it("covers an unnamed buyer up to the discretionary limit", () => {
    // hand-worked: the second buyer: 0.9 × (15 000 − 1 000) = 12 600; both fail: gross 25 000 + 30 000 = 55 000,
    // paid 17 100 + 12 600 = 29 700 (cap 30 × 3 000 = 90 000 not reached), kept 25 300
    expect(creditPolicyYear(scenarioBuyers).twoLargestBuyersFail).toEqual({ withoutCover: 55000, withCover: 25300 });
  });

  it("pays nothing on a claim below the threshold", () => {
    // hand-worked: only the 400 € buyer: owed 0, so kept = gross = 400; expected owed: the two others only,
    // 0.01 × 17 100 + 0.01 × 12 600 = 297
    const year = creditPolicyYear(scenarioBuyers);
    expect(year.expectedClaimsOwed).toBeCloseTo(297, 9);
    const alone = creditPolicyYear({ ...scenarioBuyers, buyers: [{ outstanding: 400, pd: 0.01 }] });
    expect(alone.largestBuyerFails).toEqual({ withoutCover: 400, withCover: 400 });
  });

  it("applies the aggregate deductible and then the cap when the two largest fail", () => {
    // hand-worked: 100 000 and 80 000 owed, lgd 1, 90 % cover: owed 90 000 + 72 000 = 162 000; less the
    // aggregate deductible 10 000 = 152 000; capped at 30 × 3 000 = 90 000; kept 180 000 − 90 000 = 90 000
    const year = creditPolicyYear({
      buyers: [{ outstanding: 100000, pd: 0.01 }, { outstanding: 80000, pd: 0.01 }, { outstanding: 5000, pd: 0.02 }],
      insuredTurnover: 1200000,
      premiumRate: 0.0025,
      aggregateDeductible: 10000,
    });
    expect(year.twoLargestBuyersFail).toEqual({ withoutCover: 180000, withCover: 90000 });
    // one: 90 000 − 10 000 = 80 000 paid, kept 20 000
    expect(year.largestBuyerFails).toEqual({ withoutCover: 100000, withCover: 20000 });
  });
  it("prices a year where no buyer owes anything: no loss, no indemnity, the premium is the whole cost", () => {
    // hand-worked: every outstanding 0, so every loss and indemnity is 0; cost = premium + tax = 0.001 × 1 000 000
    // × 1.09 = 1 090 (CGI art. 1001, 6°: 9 %). Found by the laws below (fast-check seed 753912505): the spread
    // of a zero loss was 0 / 0, and the year failed "too large" instead.
    const year = creditPolicyYear({ buyers: [{ outstanding: 0, pd: 0.1 }, { outstanding: 0, pd: 0 }], insuredTurnover: 1000000, premiumRate: 0.001 });
    expect(year.expectedIndemnity).toBe(0);
    expect(year.yearlyCost).toBeCloseTo(1090, 9);
    expect(year.badYear.map((bad) => [bad.withoutCover, bad.withCover])).toEqual([[0, 0], [0, 0]]);
    expect(year.largestBuyerFails).toEqual({ withoutCover: 0, withCover: 0 });
  });
});

describe("creditPolicyYear, the pane's seed (1 200 000 € HT, 60 days, 20 buyers, pd 2 %)", () => {
  // src/taskpane/proposals/inputs.ts SEED_INPUTS.insurance: insured turnover 1 200 000, premium rate 0.25 %,
  // minimum 1 500, cover 90 %, no deductible, pd 2 %, lgd 1; portfolio.ts: 20 equal buyers.
  const seed: PolicyYearOptions = {
    buyers: 20,
    turnover: 1200000,
    vatIncluded: false,
    paymentDays: 60,
    pd: 0.02,
    insuredTurnover: 1200000,
    premiumRate: 0.0025,
    minPremium: 1500,
  };
  const year = creditPolicyYear(seed);
  const each = 1200000 * 1.2 * (60 / 365) / 20;

  it("expects a loss on what buyers owe, not on a year's sales", () => {
    // hand-worked: 236 712.33 × 2 % = 4 734.25 € TTC (the pane's turnover × pd said 24 000 €)
    expect(year.expectedLoss).toBeCloseTo(4734.246575342466, 8);
  });

  it("expects an indemnity of 90 % of it, the 30× cap of 90 000 € almost never binding", () => {
    // hand-worked: owed 0.9 × 4 734.25 = 4 260.82; the cap binds from 9 defaults in a year, P ≈ 6e-8
    expect(year.expectedClaimsOwed).toBeCloseTo(4260.821917808219, 8);
    expect(year.expectedIndemnity).toBeLessThanOrEqual(year.expectedClaimsOwed);
    expect(year.expectedIndemnity).toBeCloseTo(4260.82, 1);
  });

  it("costs premium + tax − expected indemnity a year", () => {
    // hand-worked: 3 000 + 270 − 4 260.82 = −990.82: at pd 2 % the policy returns more than it costs on average
    expect(year.yearlyCost).toBeCloseTo(3270 - year.expectedIndemnity, 9);
    expect(year.yearlyCost).toBeCloseTo(-990.82, 1);
  });

  it("puts the bad years at two and three defaults, within the lattice of the grid", () => {
    // hand-worked: defaults ~ NB(α = 4, β = 0.25 × 0.4 = 0.1): P(0) = 1.1^−4 = 0.6830, P(≤1) = 0.9314,
    // P(≤2) = 0.9878, P(≤3) = 0.9981: the 95 % year has 2 defaults, the 99 % year 3; a default costs 11 835.62
    // without cover and 1 183.56 kept with cover. lossQuantile interpolates on the lattice of L: within 2L.
    const slack = 2 * year.distribution.withoutCover.unit;
    const [bad95, bad99] = year.badYear;
    expect(Math.abs(bad95.withoutCover - 2 * each)).toBeLessThanOrEqual(slack);
    expect(Math.abs(bad99.withoutCover - 3 * each)).toBeLessThanOrEqual(slack);
    expect(Math.abs(bad95.withCover - 0.2 * each)).toBeLessThanOrEqual(slack);
    expect(Math.abs(bad99.withCover - 0.3 * each)).toBeLessThanOrEqual(slack);
  });

  it("shows the largest and the two largest buyers failing", () => {
    expect(year.largestBuyerFails.withoutCover).toBeCloseTo(each, 8);
    expect(year.largestBuyerFails.withCover).toBeCloseTo(0.1 * each, 8);
    expect(year.twoLargestBuyersFail.withCover).toBeCloseTo(0.2 * each, 8);
  });

  it("returns the indemnity delay for the cash view", () => {
    expect(year.indemnityDelayMonths).toBe(6);
  });
});

describe("creditPolicyYear, laws", () => {
  const arbitraryYear = fc.record({
    exposures: fc.array(fc.integer({ min: 0, max: 50000 }), { minLength: 1, maxLength: 8 }),
    pd: fc.double({ min: 0, max: 0.2, noNaN: true }),
    premiumRate: fc.double({ min: 0.001, max: 0.01, noNaN: true }),
    multiple: fc.double({ min: 0, max: 40, noNaN: true }),
    aggregateDeductible: fc.integer({ min: 0, max: 20000 }),
    profitShareRate: fc.double({ min: 0, max: 1, noNaN: true }),
  });
  const yearOf = (o: { exposures: number[]; pd: number; premiumRate: number; multiple: number; aggregateDeductible: number; profitShareRate: number }) =>
    creditPolicyYear({
      buyers: o.exposures.map((outstanding) => ({ outstanding, pd: o.pd })),
      insuredTurnover: 1000000,
      premiumRate: o.premiumRate,
      maxLiabilityMultiple: o.multiple,
      aggregateDeductible: o.aggregateDeductible,
      profitShareRate: o.profitShareRate,
    });

  it("never pays more than the cap or what is owed, and the cost adds up", () => {
    fc.assert(
      fc.property(arbitraryYear, (o) => {
        const year = yearOf(o);
        expect(year.expectedIndemnity).toBeLessThanOrEqual(Math.min(year.charges.maxLiability, year.expectedClaimsOwed) + 1e-6);
        expect(year.expectedProfitShare).toBeLessThanOrEqual(o.profitShareRate * year.charges.premium + 1e-6);
        expect(year.yearlyCost).toBeCloseTo(year.charges.total - year.expectedIndemnity - year.expectedProfitShare, 6);
      }),
      { numRuns: 40 },
    );
  });

  it("keeps no more with cover than without, in a bad year and when the largest buyers fail", () => {
    fc.assert(
      fc.property(arbitraryYear, (o) => {
        const year = yearOf(o);
        for (const bad of year.badYear) expect(bad.withCover).toBeLessThanOrEqual(bad.withoutCover + 2 * year.distribution.withoutCover.unit);
        expect(year.largestBuyerFails.withCover).toBeLessThanOrEqual(year.largestBuyerFails.withoutCover);
        expect(year.twoLargestBuyersFail.withCover).toBeLessThanOrEqual(year.twoLargestBuyersFail.withoutCover);
      }),
      { numRuns: 40 },
    );
  });
});

describe("creditPolicyYear, edge cases", () => {
  it("keeps nothing when no buyer can fail, and costs the premium and its tax", () => {
    // hand-worked: pd 0: no loss; 400 000 × 0.3 % = 1 200, tax 9 % = 108; cost 1 308
    const year = creditPolicyYear({ buyers: [{ outstanding: 50000, pd: 0 }], insuredTurnover: 400000, premiumRate: 0.003 });
    expect(year.badYear).toEqual([
      { level: 0.95, withoutCover: 0, withCover: 0 },
      { level: 0.99, withoutCover: 0, withCover: 0 },
    ]);
    expect(year.yearlyCost).toBe(1308);
  });

  it("pays nothing under a zero maximum liability", () => {
    // hand-worked: cap 0 × premium = 0: the seller keeps the whole loss, 50 000 when the buyer fails
    const year = creditPolicyYear({ buyers: [{ outstanding: 50000, pd: 0.05 }], insuredTurnover: 400000, premiumRate: 0.003, maxLiabilityMultiple: 0 });
    expect(year.expectedIndemnity).toBe(0);
    expect(year.largestBuyerFails).toEqual({ withoutCover: 50000, withCover: 50000 });
  });
});
