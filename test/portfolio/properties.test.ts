import fc from "fast-check";
import { creditRiskPlus, lossQuantile } from "../../src/core/portfolio";
import { sum } from "./helpers";

/** Small portfolios with whole exposures, so that with a band unit of 1 every amount is a multiple of it. */
const portfolio = fc
  .integer({ min: 1, max: 12 })
  .chain((size) =>
    fc.record({
      exposures: fc.array(fc.integer({ min: 0, max: 60 }), { minLength: size, maxLength: size }),
      pds: fc.array(fc.double({ min: 0, max: 0.3, noNaN: true }), { minLength: size, maxLength: size }),
      pdVolatility: fc.double({ min: 0, max: 2, noNaN: true }),
    }),
  );

const runs = { numRuns: 60 };

describe("creditRiskPlus properties", () => {
  it("has probabilities that add up to 1 within the reported mass lost", () => {
    fc.assert(
      fc.property(portfolio, (options) => {
        const dist = creditRiskPlus({ ...options, bandUnit: 1 });
        expect(dist.massLost).toBeLessThanOrEqual(1e-11);
        expect(Math.abs(1 - sum(dist.probabilities) - dist.massLost)).toBeLessThan(1e-14);
        expect(dist.probabilities.every((p) => Number.isFinite(p) && p >= 0)).toBe(true);
      }),
      runs,
    );
  });

  it("covers all but 1e-11 of the mass on a sparse lattice (bands 40 and 41, pd_volatility 2)", () => {
    // fast-check's counterexample: the block-decay stop once left 1.00000008e-11 of the mass out here
    const dist = creditRiskPlus({ exposures: [40, 41], pds: [0.00011010338252033103, 5e-324], pdVolatility: 1.99999755573375, bandUnit: 1 });
    expect(dist.massLost).toBeLessThanOrEqual(1e-11);
  });

  it("has a mean equal to Σ E × PD × LGD when every amount is a multiple of the unit", () => {
    fc.assert(
      fc.property(portfolio, fc.double({ min: 0, max: 1, noNaN: true }), (options, lgd) => {
        // with lgd 1 or 0.5 and even exposures, E × LGD stays a whole number
        const lgds = lgd < 0.5 ? 0.5 : 1;
        const exposures = options.exposures.map((e) => 2 * e);
        const dist = creditRiskPlus({ ...options, exposures, lgds, bandUnit: 1 });
        const expected = sum(exposures.map((e, i) => e * options.pds[i] * lgds));
        expect(dist.mean).toBeCloseTo(expected, 10);
        expect(dist.bandedMean).toBeCloseTo(expected, 10);
        // and the grid's own mean agrees, up to the tail left out
        const gridMean = sum(dist.probabilities.map((p, k) => p * dist.losses[k]));
        expect(Math.abs(gridMean - expected)).toBeLessThanOrEqual(1e-8 * Math.max(1, expected));
      }),
      runs,
    );
  });

  it("gives quantiles that never decrease with the level", () => {
    fc.assert(
      fc.property(
        portfolio,
        fc.double({ min: 0.001, max: 0.999, noNaN: true }),
        fc.double({ min: 0.001, max: 0.999, noNaN: true }),
        (options, a, b) => {
          const dist = creditRiskPlus(options);
          const [low, high] = a <= b ? [a, b] : [b, a];
          expect(lossQuantile(dist, low)).toBeLessThanOrEqual(lossQuantile(dist, high));
        },
      ),
      runs,
    );
  });

  it("tends to P(0) = 1 − pd and P(v) = pd for one obligor as pd_volatility tends to 0", () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-6, max: 0.05, noNaN: true }), fc.integer({ min: 1, max: 100 }), (pd, exposure) => {
        // unit ceil(exposure / 100) = 1, so the obligor sits in band v = exposure; the Poisson limit differs
        // from the Bernoulli default by O(pd²): e^(−pd) = 1 − pd + pd²/2 − ...
        const dist = creditRiskPlus({ exposures: [exposure], pds: [pd], pdVolatility: 1e-9 });
        expect(Math.abs(dist.probabilities[0] - (1 - pd))).toBeLessThanOrEqual(pd * pd);
        expect(Math.abs(dist.probabilities[exposure] - pd)).toBeLessThanOrEqual(pd * pd);
      }),
      runs,
    );
  });
});
