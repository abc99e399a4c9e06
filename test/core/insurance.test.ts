import {
  creditBreakEvenPd,
  creditExpectedIndemnity,
  creditExpectedLoss,
  creditIndemnity,
  creditNetCost,
  creditPremium,
} from "../../src/core";

describe("creditExpectedLoss", () => {
  it("sums exposure × pd with a loss given default of 1", () => {
    // 100 000 × 2 % + 50 000 × 5 % = 2 000 + 2 500 = 4 500
    expect(creditExpectedLoss({ exposures: [100000, 50000], pds: [0.02, 0.05] })).toBe(4500);
  });

  it("applies one lgd to every buyer", () => {
    // 4 500 × 0.4 = 1 800
    expect(creditExpectedLoss({ exposures: [100000, 50000], pds: [0.02, 0.05], lgds: 0.4 })).toBe(1800);
  });

  it("applies an lgd per buyer", () => {
    // 2 000 × 0.5 + 2 500 × 0.2 = 1 000 + 500
    expect(creditExpectedLoss({ exposures: [100000, 50000], pds: [0.02, 0.05], lgds: [0.5, 0.2] })).toBe(1500);
  });

  it("is exact where doubles are not", () => {
    // 0.1 × 0.1 × 1 + 0.2 × 0.1 × 1 = 0.03 (0.1*0.1 + 0.2*0.1 is 0.030000000000000006 in doubles)
    expect(creditExpectedLoss({ exposures: [0.1, 0.2], pds: [0.1, 0.1] })).toBe(0.03);
  });
});

describe("creditPremium", () => {
  it("is the rate on the insured turnover above the minimum", () => {
    // 1 200 000 × 0.3 % = 3 600 > 2 000
    expect(creditPremium({ insuredTurnover: 1200000, rate: 0.003, minPremium: 2000 })).toBe(3600);
  });

  it("is the minimum premium when the rate gives less", () => {
    // 400 000 × 0.3 % = 1 200 < 2 000
    expect(creditPremium({ insuredTurnover: 400000, rate: 0.003, minPremium: 2000 })).toBe(2000);
  });
});

describe("creditIndemnity", () => {
  it.each([
    // 0.9 × 50 000
    { what: "pays the cover rate on the loss", claim: { loss: 50000 }, indemnity: 45000 },
    // 0.9 × min(50 000, 40 000) = 36 000
    { what: "caps the insured loss at the credit limit", claim: { loss: 50000, creditLimit: 40000 }, indemnity: 36000 },
    // 0.8 × (min(50 000, 40 000) − 1 000) = 31 200
    { what: "takes the deductible before the cover rate", claim: { loss: 50000, coverRate: 0.8, creditLimit: 40000, deductible: 1000 }, indemnity: 31200 },
    { what: "returns 0 when the loss is below the threshold", claim: { loss: 499, threshold: 500 }, indemnity: 0 },
    // 0.9 × 500
    { what: "pays a loss equal to the threshold", claim: { loss: 500, threshold: 500 }, indemnity: 450 },
    { what: "never pays a negative indemnity when the deductible exceeds the loss", claim: { loss: 800, deductible: 1000 }, indemnity: 0 },
    { what: "takes a null credit limit as no limit", claim: { loss: 50000, creditLimit: null }, indemnity: 45000 },
  ])("$what", ({ claim, indemnity }) => {
    expect(creditIndemnity(claim)).toBe(indemnity);
  });
});

describe("creditExpectedIndemnity", () => {
  it("sums pd × cover × the loss capped by each buyer's limit", () => {
    // 0.02 × 0.9 × min(100 000, 60 000) + 0.05 × 0.9 × 50 000 = 1 080 + 2 250
    expect(creditExpectedIndemnity({ exposures: [100000, 50000], pds: [0.02, 0.05], creditLimits: [60000, null] })).toBe(3330);
  });

  it("applies one credit limit to every buyer", () => {
    // 0.9 × (0.02 × 30 000 + 0.05 × 30 000) = 0.9 × 2 100 = 1 890
    expect(creditExpectedIndemnity({ exposures: [100000, 50000], pds: [0.02, 0.05], creditLimits: 30000 })).toBe(1890);
  });

  it("caps the loss after lgd, not the exposure", () => {
    // loss 100 000 × 0.5 = 50 000 < limit 60 000: 0.1 × 0.9 × 50 000 = 4 500
    expect(creditExpectedIndemnity({ exposures: [100000], pds: [0.1], lgds: 0.5, creditLimits: 60000 })).toBe(4500);
  });

  it("takes one deductible off every claim before the cover rate", () => {
    // 0.02 × 0.9 × (60 000 − 5 000) + 0.05 × 0.9 × (50 000 − 5 000) = 990 + 2 025
    expect(creditExpectedIndemnity({ exposures: [100000, 50000], pds: [0.02, 0.05], creditLimits: [60000, null], deductibles: 5000 })).toBe(3015);
  });

  it("takes each buyer's own deductible, and pays nothing on a claim the deductible covers", () => {
    // 0.02 × 0.9 × (100 000 − 5 000) + 0.05 × 0.9 × max(0, 50 000 − 60 000) = 1 710 + 0
    expect(creditExpectedIndemnity({ exposures: [100000, 50000], pds: [0.02, 0.05], deductibles: [5000, 60000] })).toBe(1710);
  });

  it("takes the deductible off the loss after lgd", () => {
    // 0.1 × 0.9 × (100 000 × 0.5 − 2 000) = 0.09 × 48 000 = 4 320
    expect(creditExpectedIndemnity({ exposures: [100000], pds: [0.1], lgds: 0.5, deductibles: 2000 })).toBe(4320);
  });

  it("is the same with a deductible of 0, a null one or none", () => {
    const book = { exposures: [100000, 50000], pds: [0.02, 0.05], creditLimits: [60000, null] };
    expect(creditExpectedIndemnity({ ...book, deductibles: 0 })).toBe(3330);
    expect(creditExpectedIndemnity({ ...book, deductibles: [0, 0] })).toBe(3330);
    expect(creditExpectedIndemnity({ ...book, deductibles: null as never })).toBe(3330);
  });

  it("is Σ pd × creditIndemnity of each buyer's claim", () => {
    const exposures = [120000, 80000, 45000, 30000];
    const pds = [0.01, 0.03, 0.05, 0.02];
    const lgds = [0.6, 1, 0.8, 0.5];
    const creditLimits = [50000, null, 40000, null];
    const deductibles = [5000, 5000, 2500, 20000];
    const byClaim = exposures.reduce(
      (sum, exposure, i) => sum + pds[i] * creditIndemnity({ loss: exposure * lgds[i], coverRate: 0.85, creditLimit: creditLimits[i], deductible: deductibles[i] }),
      0,
    );
    // 0.01 × 0.85 × 45 000 + 0.03 × 0.85 × 75 000 + 0.05 × 0.85 × 33 500 + 0 = 382.5 + 1 912.5 + 1 423.75
    expect(byClaim).toBeCloseTo(3718.75, 9);
    expect(creditExpectedIndemnity({ exposures, pds, lgds, coverRate: 0.85, creditLimits, deductibles })).toBe(3718.75);
  });
});

describe("creditNetCost", () => {
  it("is the premium less the expected indemnity", () => {
    // 3 600 − 0.9 × (2 000 + 2 500) = 3 600 − 4 050 = −450
    expect(creditNetCost({ premium: 3600, exposures: [100000, 50000], pds: [0.02, 0.05] })).toBe(-450);
  });

  it("is positive when the cover costs more than it returns on average", () => {
    // 5 000 − 0.8 × 0.01 × 200 000 = 5 000 − 1 600
    expect(creditNetCost({ premium: 5000, exposures: [200000], pds: [0.01], coverRate: 0.8 })).toBe(3400);
  });

  it("takes the deductible per claim off the expected indemnity", () => {
    // 3 600 − 0.9 × (0.02 × 95 000 + 0.05 × 45 000) = 3 600 − 3 735
    expect(creditNetCost({ premium: 3600, exposures: [100000, 50000], pds: [0.02, 0.05], deductibles: 5000 })).toBe(-135);
  });
});

describe("creditBreakEvenPd", () => {
  it("is the premium over the largest indemnity", () => {
    // 900 / (0.9 × 50 000) = 0.02
    expect(creditBreakEvenPd({ premium: 900, exposure: 50000 })).toBe(0.02);
  });

  it("uses the loss after lgd capped by the credit limit", () => {
    // 600 / (0.8 × min(100 000 × 0.5, 40 000)) = 600 / 32 000 = 0.01875
    expect(creditBreakEvenPd({ premium: 600, exposure: 100000, lgd: 0.5, coverRate: 0.8, creditLimit: 40000 })).toBe(0.01875);
  });

  it("is 1 when the premium equals the largest indemnity", () => {
    expect(creditBreakEvenPd({ premium: 45000, exposure: 50000 })).toBe(1);
  });

  it("is 0 for a free cover", () => {
    expect(creditBreakEvenPd({ premium: 0, exposure: 50000 })).toBe(0);
  });

  it("takes the deductible off the claim before the cover rate", () => {
    // 900 / (0.9 × (50 000 − 5 000)) = 900 / 40 500
    expect(creditBreakEvenPd({ premium: 900, exposure: 50000, deductible: 5000 })).toBe(900 / 40500);
    // 600 / (0.8 × (min(50 000, 40 000) − 8 000)) = 600 / 25 600
    expect(creditBreakEvenPd({ premium: 600, exposure: 100000, lgd: 0.5, coverRate: 0.8, creditLimit: 40000, deductible: 8000 })).toBe(0.0234375);
  });

  it("is the same with a deductible of 0 or none", () => {
    expect(creditBreakEvenPd({ premium: 900, exposure: 50000, deductible: 0 })).toBe(0.02);
  });
});
