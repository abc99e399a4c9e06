import { Decimal } from "../../src/core/decimal";
import fc from "fast-check";
import {
  factoringAdvance,
  factoringAnnualCost,
  factoringApr,
  factoringCost,
  factoringLine,
  factoringNet,
  factoringSchedule,
} from "../../src/core";

// Hand-worked examples on the seed invoice (10 000 € at 60 days, advance 90 %) unless stated otherwise.

describe("factoringAdvance", () => {
  it.each([
    // 10 000 × 0.9 = 9 000
    { what: "pays 90 % of the invoice by default", invoice: { amount: 10000 }, advance: 9000 },
    // 12 345.67 × 0.8 = 9 876.536 (exact in decimals; 12345.67 * 0.8 in doubles is 9876.536000000002)
    { what: "applies the advance rate given", invoice: { amount: 12345.67, advanceRate: 0.8 }, advance: 9876.536 },
    { what: "takes null as an omitted advance rate", invoice: { amount: 20000, advanceRate: null as unknown as number }, advance: 18000 },
    { what: "returns 0 for an invoice of 0", invoice: { amount: 0 }, advance: 0 },
  ])("$what", ({ invoice, advance }) => {
    expect(factoringAdvance(invoice)).toBe(advance);
  });
});

describe("factoringCost", () => {
  it("adds the service fee and the financing commission on the advance (ACT/360)", () => {
    // service 10 000 × 1 % = 100; commission 9 000 × 5 % × 60 / 360 = 75; total 175
    expect(factoringCost({ amount: 10000, days: 60 })).toEqual({ advance: 9000, serviceFee: 100, financingCommission: 75, total: 175 });
  });

  it("uses 365 days a year when asked", () => {
    // commission 9 000 × 5 % × 73 / 365 = 90; service 100
    expect(factoringCost({ amount: 10000, days: 73, dayBasis: 365 }).financingCommission).toBe(90);
  });

  it("charges the minimum fee when it exceeds the service fee", () => {
    // max(1 000 × 1 % = 10, 50) = 50; commission 900 × 5 % × 36 / 360 = 4.5
    expect(factoringCost({ amount: 1000, days: 36, minFee: 50 })).toEqual({ advance: 900, serviceFee: 50, financingCommission: 4.5, total: 54.5 });
  });

  it("charges only the service fee for 0 days", () => {
    expect(factoringCost({ amount: 10000, days: 0 }).total).toBe(100);
  });

  it("keeps decimal sums exact", () => {
    // service 20 × 1 % = 0.2; commission 18 × 5 % × 40 / 360 = 0.1; 0.2 + 0.1 = 0.3 exactly
    // (in doubles 0.2 + 0.1 is 0.30000000000000004)
    expect(factoringCost({ amount: 20, days: 40 }).total).toBe(0.3);
  });
});

describe("factoringNet", () => {
  it("is the amount less the whole cost", () => {
    // 10 000 − 175 = 9 825
    expect(factoringNet({ amount: 10000, days: 60 })).toBe(9825);
  });

  it("is negative when a minimum fee exceeds a small invoice", () => {
    // 40 − max(0.4, 50) − 36 × 5 % × 30 / 360 (= 0.15) = −10.15
    expect(factoringNet({ amount: 40, days: 30, minFee: 50 })).toBe(-10.15);
  });
});

describe("factoringApr", () => {
  it("annualises the cost on the advance over 365 days (simple)", () => {
    // 175 / 9 000 × 365 / 60 = 0.118287037...
    expect(factoringApr({ amount: 10000, days: 60 })).toBeCloseTo(0.11828703703703704, 15);
  });

  it("compounds when asked, as XIRR of the two flows does", () => {
    // (1 + 175 / 9 000)^(365 / 60) − 1 = 0.12428999...
    expect(factoringApr({ amount: 10000, days: 60, compound: true })).toBeCloseTo(0.1242899914172048, 14);
  });

  it("gives the same simple and compound rate for a 365-day invoice", () => {
    // exponent 365 / 365 = 1: (1 + r) − 1 = r = 100 + 9 000 × 5 % × 365 / 360 (= 456.25) → 556.25 / 9 000
    const simple = factoringApr({ amount: 10000, days: 365 });
    expect(simple).toBeCloseTo(556.25 / 9000, 15);
    expect(factoringApr({ amount: 10000, days: 365, compound: true })).toBeCloseTo(simple, 15);
  });

  it("keeps the digits of a tiny period rate when compounding", () => {
    // cost 9 000 × 1e-9 × 30 / 360 = 7.5e-7 on 9 000: r = 8.333e-11 per 30 days, k = 365 / 30;
    // (1 + r)^k − 1 = k·r (1 + (k−1)/2·r + …): the second term (4.65e-10 relative) survives, checked to the
    // 1e-14 that doubles allow (1 + r in 40 digits would keep only 29 digits of r)
    const simple = factoringApr({ amount: 10000, days: 30, serviceFeeRate: 0, financingRate: 1e-9 });
    const compound = factoringApr({ amount: 10000, days: 30, serviceFeeRate: 0, financingRate: 1e-9, compound: true });
    expect(simple).toBeCloseTo(1.0138888888888889e-9, 24);
    expect(compound / simple - 1).toBeCloseTo(((365 / 30 - 1) / 2) * (7.5e-7 / 9000), 14);
  });

  it("compounds a tiny period rate over very many periods", () => {
    // r = 9 000 × 1e-9 × 1e-6 / 360 / 9 000 = 2.78e-18 per 1e-6 day, k = 3.65e8: x = k·ln(1 + r) = 1.0139e-9,
    // e^x − 1 = x (1 + x/2 + …)
    const simple = factoringApr({ amount: 10000, days: 1e-6, serviceFeeRate: 0, financingRate: 1e-9 });
    const compound = factoringApr({ amount: 10000, days: 1e-6, serviceFeeRate: 0, financingRate: 1e-9, compound: true });
    expect(simple).toBeCloseTo(1.0138888888888889e-9, 24);
    expect(compound / simple - 1).toBeCloseTo(simple / 2, 14);
  });

  it("is 0 when the factor charges nothing", () => {
    expect(factoringApr({ amount: 10000, days: 60, serviceFeeRate: 0, financingRate: 0, compound: true })).toBe(0);
  });
});

describe("factoringSchedule", () => {
  it("pays the advance at day 0 and the balance when the debtor pays", () => {
    // balance 10 000 − 9 000 − 175 = 825
    expect(factoringSchedule({ amount: 10000, days: 60 })).toEqual([
      { day: 0, kind: "advance", cashFlow: 9000 },
      { day: 60, kind: "balance", cashFlow: 825 },
    ]);
  });

  it("has flows adding up to the net amount", () => {
    const [advance, balance] = factoringSchedule({ amount: 12345.67, days: 45, minFee: 20 });
    expect(advance.cashFlow + balance.cashFlow).toBeCloseTo(factoringNet({ amount: 12345.67, days: 45, minFee: 20 }), 9);
  });
});

describe("factoringLine", () => {
  it("is the average receivables financed at the advance rate", () => {
    // 1 200 000 × 60 / 365 × 0.9 = 177 534.2465...
    expect(factoringLine({ annualTurnover: 1200000, dsoDays: 60 })).toBeCloseTo(177534.24657534246, 8);
  });

  it("scales with usage", () => {
    // 365 000 × 30 / 365 = 30 000; × 0.8 × 0.5 = 12 000
    expect(factoringLine({ annualTurnover: 365000, dsoDays: 30, advanceRate: 0.8, usage: 0.5 })).toBe(12000);
  });
});

describe("factoringAnnualCost", () => {
  it("adds service fee, financing of the line and fixed fees", () => {
    // line 365 000 × 30 / 365 × 0.9 = 27 000; service 3 650; financing 27 000 × 5 % = 1 350; fixed 500; total 5 500
    expect(factoringAnnualCost({ annualTurnover: 365000, dsoDays: 30, fixedFees: 500 })).toEqual({
      line: 27000, serviceFee: 3650, financingCost: 1350, fixedFees: 500, total: 5500,
    });
  });

  it("charges the yearly minimum when it exceeds the service fee", () => {
    // max(365 000 × 0.5 % = 1 825, 2 400) = 2 400; line 27 000 × 4 % = 1 080; total 3 480
    const cost = factoringAnnualCost({ annualTurnover: 365000, dsoDays: 30, serviceFeeRate: 0.005, financingRate: 0.04, minAnnualFee: 2400 });
    expect(cost.serviceFee).toBe(2400);
    expect(cost.total).toBe(3480);
  });
});

describe("factoringApr's double path", () => {
  it("stays within 1e-15 relative (simple) and a few ulps per compounded period (compound) of the rate computed in 40-digit decimals", () => {
    // Reference: the documented formula in the core's decimal.js — cost / advance × 365 / days, and
    // (1 + cost / advance)^(365 / days) − 1 — on the same invoice terms.
    fc.assert(
      fc.property(
        fc.integer({ min: 100, max: 10_000_000 }),
        fc.integer({ min: 1, max: 365 }),
        fc.integer({ min: 0, max: 500 }).map((bp) => bp / 10_000),
        fc.integer({ min: 1, max: 2000 }).map((bp) => bp / 10_000),
        fc.integer({ min: 10, max: 100 }).map((p) => p / 100),
        (amount, days, serviceFeeRate, financingRate, advanceRate) => {
          const advance = new Decimal(amount).times(advanceRate);
          const cost = Decimal.max(new Decimal(amount).times(serviceFeeRate), 0).plus(advance.times(financingRate).times(days).div(360));
          const r = cost.div(advance);
          const simple = r.times(365).div(days).toNumber();
          const compound = r.plus(1).pow(new Decimal(365).div(days)).minus(1).toNumber();
          const terms = { amount, days, serviceFeeRate, financingRate, advanceRate };
          expect(Math.abs(factoringApr(terms) - simple)).toBeLessThanOrEqual(1e-15 * simple);
          // Compounding y = 365 / days × ln(1 + r) periods magnifies a double's last bit by about y: the bound is
          // (4 + 2y) ulps, as for any (1 + r)^n evaluated through log1p and expm1.
          const y = (365 / days) * Math.log1p(r.toNumber());
          expect(Math.abs(factoringApr({ ...terms, compound: true }) - compound)).toBeLessThanOrEqual((4 + 2 * y) * Number.EPSILON * compound + 1e-300);
        },
      ),
      { numRuns: 500 },
    );
  });
});
