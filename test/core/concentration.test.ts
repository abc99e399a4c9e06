import { concentrationHhi, concentrationTop } from "../../src/core";
import fc from "fast-check";
import { Decimal } from "../../src/core/decimal";

describe("concentrationTop", () => {
  it("is the share of the n largest values", () => {
    // total 100; 40 + 30 = 70 → 0.7
    expect(concentrationTop({ values: [10, 40, 5, 30, 10, 5], n: 2 })).toBe(0.7);
  });

  it("takes the top 5 by default", () => {
    // total 100; 40 + 30 + 10 + 10 + 5 = 95
    expect(concentrationTop({ values: [10, 40, 5, 30, 10, 5] })).toBe(0.95);
  });

  it("is 1 when n covers every value", () => {
    expect(concentrationTop({ values: [3, 1], n: 5 })).toBe(1);
  });

  it("is exact in decimals", () => {
    // 0.1 / (0.1 + 0.2) = 1/3
    expect(concentrationTop({ values: [0.1, 0.2], n: 1 })).toBeCloseTo(2 / 3, 15);
  });
});

describe("concentrationHhi", () => {
  it("sums squared shares", () => {
    // 0.5² + 0.3² + 0.2² = 0.25 + 0.09 + 0.04 = 0.38
    expect(concentrationHhi({ values: [50, 30, 20] })).toBe(0.38);
  });

  it("is 1 / count for equal values", () => {
    expect(concentrationHhi({ values: [7, 7, 7, 7] })).toBe(0.25);
  });

  it("is 1 when one value holds everything", () => {
    expect(concentrationHhi({ values: [0, 120, 0] })).toBe(1);
  });

  it("does not overflow on huge amounts", () => {
    // shares 0.5 and 0.5 even though 1e300² overflows a double
    expect(concentrationHhi({ values: [1e300, 1e300] })).toBe(0.5);
  });
});

describe("concentrationHhi's exact integer path", () => {
  it("agrees with Σ (v / total)² computed in 40-digit decimals, to the last bit or one", () => {
    // Amounts of a few decimals (what people type) take the scaled-integer path; the reference is the formula
    // in the core's decimal.js at 40 digits: the two differ at most by the final rounding to a double.
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10_000_000 }).map((c) => c / 100), { minLength: 1, maxLength: 60 }), (values) => {
        fc.pre(values.some((v) => v > 0));
        const total = values.reduce((s, v) => s.plus(v), new Decimal(0));
        const reference = values.reduce((s, v) => s.plus(new Decimal(v).div(total).pow(2)), new Decimal(0)).toNumber();
        const hhi = concentrationHhi({ values });
        expect(Math.abs(hhi - reference)).toBeLessThanOrEqual(Number.EPSILON * reference);
      }),
      { numRuns: 300 },
    );
  });
});
