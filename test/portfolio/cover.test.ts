import fc from "fast-check";
import { creditRiskPlus, creditRiskPlusIndemnities, insurerExpectedPayment, lossQuantile } from "../../src/core/portfolio";
import { coreErrorOf } from "../../testkit/coreError";

// Two buyers: 100 at pd 2% (no limit) and 200 at pd 1% (credit limit 150), 90% cover, deductible 10.
// Indemnities: 0.9 × (100 − 10) = 81 and 0.9 × (150 − 10) = 126; retained: 19 and 74.
const twoBuyers = {
  exposures: [100, 200],
  pds: [0.02, 0.01],
  bandUnit: 1,
  cover: { coverRates: 0.9, creditLimits: [null, 150], deductibles: 10 },
};

describe("creditRiskPlus with cover terms", () => {
  it("models the loss the seller keeps: mean Σ pd × (loss − indemnity)", () => {
    const retained = creditRiskPlus(twoBuyers);
    expect(retained.mean).toBeCloseTo(19 * 0.02 + 74 * 0.01, 12);
    expect(retained.bandedMean).toBeCloseTo(1.12, 12);
  });

  it("models the insurer's indemnities: mean Σ pd × indemnity", () => {
    const indemnities = creditRiskPlusIndemnities(twoBuyers);
    expect(indemnities.mean).toBeCloseTo(81 * 0.02 + 126 * 0.01, 12);
  });

  it("splits the gross expected loss into retained and indemnified parts", () => {
    const gross = creditRiskPlus({ exposures: twoBuyers.exposures, pds: twoBuyers.pds });
    const retained = creditRiskPlus(twoBuyers);
    const indemnities = creditRiskPlusIndemnities(twoBuyers);
    expect(retained.mean + indemnities.mean).toBeCloseTo(gross.mean, 12);
  });

  it("treats a blank credit limit as no limit and defaults the cover rate to 90%", () => {
    const dist = creditRiskPlusIndemnities({ exposures: [100], pds: [0.05], cover: { creditLimits: [null] } });
    expect(dist.mean).toBeCloseTo(0.9 * 100 * 0.05, 12);
  });

  it("puts the retained loss at or below the gross loss at every quantile (same band unit)", () => {
    const buyers = fc.integer({ min: 1, max: 8 }).chain((size) => {
      const list = <T>(arbitrary: fc.Arbitrary<T>) => fc.array(arbitrary, { minLength: size, maxLength: size });
      return fc.record({
        exposures: list(fc.integer({ min: 0, max: 80 })),
        pds: list(fc.double({ min: 0, max: 0.2, noNaN: true })),
        lgds: list(fc.double({ min: 0, max: 1, noNaN: true })),
        coverRates: list(fc.double({ min: 0, max: 1, noNaN: true })),
        creditLimits: list(fc.option(fc.integer({ min: 0, max: 80 }))),
        deductibles: list(fc.integer({ min: 0, max: 20 })),
        pdVolatility: fc.double({ min: 0, max: 1.5, noNaN: true }),
      });
    });
    fc.assert(
      fc.property(buyers, fc.double({ min: 0.01, max: 0.999, noNaN: true }), (o, level) => {
        const base = { exposures: o.exposures, pds: o.pds, lgds: o.lgds, pdVolatility: o.pdVolatility, bandUnit: 1 };
        const gross = creditRiskPlus(base);
        const retained = creditRiskPlus({ ...base, cover: { coverRates: o.coverRates, creditLimits: o.creditLimits, deductibles: o.deductibles } });
        expect(lossQuantile(retained, level)).toBeLessThanOrEqual(lossQuantile(gross, level) + 1e-9);
      }),
      { numRuns: 60 },
    );
  });
});

describe("insurerExpectedPayment", () => {
  const coinFlip = {
    unit: 100,
    losses: [0, 100],
    probabilities: [0.5, 0.5],
    cumulative: [0.5, 1],
    mean: 50,
    standardDeviation: 50,
    bandedMean: 50,
    bandedStandardDeviation: 50,
    massLost: 0,
    truncated: false,
  };

  it("pays E[min(max(S − aggregate deductible, 0), max liability)] on the grid", () => {
    // S is 0 or 100 with probability 1/2: min(max(100 − 30, 0), 50) = 50, half the time
    expect(insurerExpectedPayment(coinFlip, { aggregateDeductible: 30, maxLiability: 50 })).toBe(25);
  });

  it("pays the whole expected indemnity without deductible or cap", () => {
    const indemnities = creditRiskPlusIndemnities(twoBuyers);
    // the grid leaves out a tail of mass ≤ 1e-12, worth a few 1e-10 of the mean here
    expect(Math.abs(insurerExpectedPayment(indemnities) - indemnities.bandedMean)).toBeLessThan(1e-9 * indemnities.bandedMean);
  });

  it("caps each year at max_liability: one buyer, 90 per default, Poisson defaults", () => {
    // S = 90 N with N ~ Poisson(0.02): E[min(S, 50)] = 50 × P(N ≥ 1) = 50 × (1 − e^(−0.02))
    const dist = creditRiskPlusIndemnities({ exposures: [100], pds: [0.02], pdVolatility: 0, bandUnit: 1 });
    // exact up to the tail the grid leaves out, worth at most massLost × max_liability
    const exact = 50 * -Math.expm1(-0.02);
    expect(Math.abs(insurerExpectedPayment(dist, { maxLiability: 50 }) - exact)).toBeLessThanOrEqual(50 * dist.massLost + 1e-14);
  });

  it("answers VALUE naming aggregate_deductible when it is negative", () => {
    const error = coreErrorOf(() => insurerExpectedPayment(coinFlip, { aggregateDeductible: -1 }));
    expect(error.code).toBe("VALUE");
    expect(error.message).toBe("aggregate_deductible must be 0 or more (e.g. 20000)");
    expect(error.messageFr).toBe("aggregate_deductible doit être supérieur ou égal à 0 (par ex. 20000)");
  });
});
