import fc from "fast-check";
import { creditRiskPlus, lossQuantile, riskContributions } from "../../src/core/portfolio";
import { convolve } from "../../src/core/portfolio/convolve";
import { coreErrorOf } from "../../testkit/coreError";
import { seededRandom } from "../../testkit/random";
import { randomPortfolio, sum } from "./helpers";

// Reference: Bürgisser, Kurth, Wagner, Wolf, "Integrating correlations", Risk, July 1999, table A, table B and
// figure 1, as held by QuantLib's test-suite/creditriskplus.cpp (CreditRiskPlusExperimentalTest,
// testReferenceValues): 1 000 buyers of exposure 1 at pd 4% (sector 1), 1 000 of exposure 2 at pd 2%
// (sector 2), relative default variance 0.75² per sector, sector correlation 0.5, unit 0.1:
// EL 80, UL 53.1, sector ULs 30.7 and 31.3, 99% quantile 250 (QuantLib's tolerance 0.5).
const integratingCorrelations = () => ({
  exposures: [...new Array<number>(1000).fill(1), ...new Array<number>(1000).fill(2)],
  pds: [...new Array<number>(1000).fill(0.04), ...new Array<number>(1000).fill(0.02)],
  bandUnit: 0.1,
  sectors: {
    ids: [...new Array<number>(1000).fill(1), ...new Array<number>(1000).fill(2)],
    volatilities: [0.75, 0.75],
    correlations: [
      [1, 0.5],
      [0.5, 1],
    ],
  },
});

describe("creditRiskPlus with correlated sectors (Bürgisser et al. 1999, QuantLib's reference values)", () => {
  const dist = creditRiskPlus(integratingCorrelations());
  const contributions = riskContributions(integratingCorrelations(), 0.99);

  it("has the published expected loss 80", () => {
    expect(dist.mean).toBeCloseTo(80, 10);
    expect(contributions.expectedLoss).toBeCloseTo(80, 10);
  });

  it("has the published unexpected loss 53.1 (QuantLib: within 0.01)", () => {
    // hand-worked: 0.5625 × (40² + 40² + 2 × 0.5 × 40 × 40) + 1000 × 0.04 × 1 + 1000 × 0.02 × 4 = 2820; √2820 = 53.1037
    expect(Math.abs(dist.standardDeviation - 53.1)).toBeLessThan(0.01);
    expect(dist.standardDeviation).toBeCloseTo(Math.sqrt(2820), 10);
  });

  it("has the published sector expected losses 40 and 40 and unexpected losses 30.7 and 31.3", () => {
    const [first, second] = contributions.sectors;
    expect(first.expectedLoss).toBeCloseTo(40, 10);
    expect(second.expectedLoss).toBeCloseTo(40, 10);
    expect(Math.abs(first.standardDeviation - 30.7)).toBeLessThan(0.05);
    expect(Math.abs(second.standardDeviation - 31.3)).toBeLessThan(0.05);
  });

  it("has the published 99% quantile 250 (QuantLib: within 0.5)", () => {
    expect(Math.abs(lossQuantile(dist, 0.99) - 250)).toBeLessThan(0.5);
  });

  it("computes the loss as one sector with the overall relative variance 2700 / 80² (formula 13)", () => {
    // hand-worked: σ̂² = 0.5625 × 4800 / 6400 = 0.421875; one sector with pd_volatility √0.421875
    const { exposures, pds } = integratingCorrelations();
    const single = creditRiskPlus({ exposures, pds, bandUnit: 0.1, pdVolatility: Math.sqrt(0.421875) });
    expect(single.probabilities).toHaveLength(dist.probabilities.length);
    single.probabilities.forEach((p, k) => expect(Math.abs(p - dist.probabilities[k])).toBeLessThan(1e-15));
  });

  it("answers VALUE naming sector_correlations when the table is not a correlation matrix", () => {
    const options = integratingCorrelations();
    const asymmetric = coreErrorOf(() => creditRiskPlus({ ...options, sectors: { ...options.sectors, correlations: [[1, 0.5], [0.4, 1]] } }));
    expect(asymmetric.code).toBe("VALUE");
    expect(asymmetric.message).toBe("sector_correlations must be a 2 × 2 symmetric table with 1 on the diagonal and values from -1 to 1");
    const negative = coreErrorOf(() =>
      creditRiskPlus({
        exposures: [1, 1, 1],
        pds: [0.5, 0.5, 0.5],
        sectors: { ids: [1, 2, 3], volatilities: 2, correlations: [[1, -1, -1], [-1, 1, -1], [-1, -1, 1]] },
      }),
    );
    expect(negative.argument).toBe("sector_correlations");
    expect(negative.message).toMatch(/negative variance/);
  });
});

/** Small portfolios with sector ids 0..3 and real exposures. */
const sectorPortfolio = randomPortfolio(10, 500, (list) =>
  fc.record({
    ids: list(fc.integer({ min: 0, max: 3 })),
    bandUnit: fc.option(fc.double({ min: 0.5, max: 50, noNaN: true }), { nil: undefined }),
  }),
);

describe("creditRiskPlus with independent sectors", () => {
  it("is exactly the single-sector model when every buyer has full weight in one sector", () => {
    fc.assert(
      fc.property(sectorPortfolio, (o) => {
        const base = { exposures: o.exposures, pds: o.pds, lgds: o.lgds, pdVolatility: o.pdVolatility, bandUnit: o.bandUnit };
        const single = creditRiskPlus(base);
        const byIds = creditRiskPlus({ ...base, sectors: { ids: o.ids.map(() => 2) } });
        const byWeights = creditRiskPlus({ ...base, sectors: { weights: o.ids.map(() => [0, 1]) } });
        expect(byIds.probabilities).toEqual(single.probabilities);
        expect(byWeights.probabilities).toEqual(single.probabilities);
        expect(byIds.standardDeviation).toBe(single.standardDeviation);
      }),
      { numRuns: 40 },
    );
  });

  it("holds on its grid the banded model's mean and standard deviation Σ p x² + Σ_k ω_k² EL_k²", () => {
    fc.assert(
      fc.property(sectorPortfolio, (o) => {
        const sectors = Math.max(...o.ids);
        const volatilities = [0.3, o.pdVolatility, 1.2].slice(0, sectors);
        const dist = creditRiskPlus({ ...o, sectors: { ids: o.ids, volatilities } });
        const mean = sum(dist.probabilities.map((p, k) => p * dist.losses[k]));
        const variance = sum(dist.probabilities.map((p, k) => p * (dist.losses[k] - mean) ** 2));
        const scale = Math.max(1, dist.bandedMean);
        expect(Math.abs(mean - dist.bandedMean)).toBeLessThanOrEqual(1e-8 * scale);
        expect(Math.abs(Math.sqrt(variance) - dist.bandedStandardDeviation)).toBeLessThanOrEqual(1e-6 * Math.max(1, dist.bandedStandardDeviation));
      }),
      { numRuns: 40 },
    );
  });

  it("is compound Poisson whatever the sectors when every volatility is 0 (a product of Poisson laws)", () => {
    const base = { exposures: [1, 2, 3, 4], pds: [0.1, 0.2, 0.3, 0.4], pdVolatility: 0, bandUnit: 1 };
    const single = creditRiskPlus(base);
    const split = creditRiskPlus({ ...base, sectors: { weights: [[1, 0], [0.5, 0.5], [0, 0.3], [0, 0]] } });
    // each part's grid stops once it holds 1 − 1e-12 of its mass, so the two differ by up to that much
    single.probabilities.forEach((p, k) => expect(Math.abs(p - split.probabilities[k])).toBeLessThan(1e-12));
    expect(split.probabilities[0]).toBeCloseTo(Math.exp(-1), 15);
  });

  it("agrees with a Monte Carlo of two independent gamma sectors (99.99% interval)", () => {
    // sector 1: 300 buyers of 1 at pd 2%; sector 2: 100 buyers of 3 at pd 3%; ω = 0.75 in both; unit 1
    const options = {
      exposures: [...new Array<number>(300).fill(1), ...new Array<number>(100).fill(3)],
      pds: [...new Array<number>(300).fill(0.02), ...new Array<number>(100).fill(0.03)],
      bandUnit: 1,
      sectors: { ids: [...new Array<number>(300).fill(1), ...new Array<number>(100).fill(2)], volatilities: [0.75, 0.75] },
    };
    const dist = creditRiskPlus(options);
    const random = seededRandom(20261201);
    const draws = 100_000;
    const threshold = 20;
    let below = 0;
    for (let d = 0; d < draws; d += 1) {
      const n1 = poisson(6 * gammaMeanOne(1 / 0.5625, random), random);
      const n2 = poisson(3 * gammaMeanOne(1 / 0.5625, random), random);
      if (n1 + 3 * n2 <= threshold) below += 1;
    }
    const frequency = below / draws;
    const halfWidth = 3.9 * Math.sqrt((frequency * (1 - frequency)) / draws);
    expect(Math.abs(dist.cumulative[threshold] - frequency)).toBeLessThan(halfWidth);
  });

  it("answers VALUE naming sectors when a sector id is not a whole number of 0 or more", () => {
    const error = coreErrorOf(() => creditRiskPlus({ exposures: [1, 2], pds: [0.1, 0.1], sectors: { ids: [1, 1.5] } }));
    expect(error.code).toBe("VALUE");
    expect(error.message).toBe("sectors (value 2) must be a whole number of 0 or more (e.g. 2; 0 for no sector)");
    expect(error.messageFr).toBe("sectors (valeur 2) doit être un nombre entier supérieur ou égal à 0 (par ex. 2 ; 0 pour aucun secteur)");
  });

  it("answers VALUE naming sector_weights when a row adds up to more than 1", () => {
    const error = coreErrorOf(() => creditRiskPlus({ exposures: [1, 2], pds: [0.1, 0.1], sectors: { weights: [[0.5, 0.5], [0.7, 0.4]] } }));
    expect(error.argument).toBe("sector_weights");
    expect(error.message).toBe("sector_weights (row 2) must hold numbers from 0 to 1 that add up to 1 or less (e.g. 0.6, 0.3)");
  });

  it("answers VALUE when sectors and sector_weights are both given, or volatilities do not match the sectors", () => {
    const both = coreErrorOf(() => creditRiskPlus({ exposures: [1], pds: [0.1], sectors: { ids: [1], weights: [[1]] } }));
    expect(both.message).toBe("give either sectors (one sector per buyer) or sector_weights (one column per sector), not both");
    const count = coreErrorOf(() => creditRiskPlus({ exposures: [1], pds: [0.1], sectors: { ids: [2], volatilities: [0.5] } }));
    expect(count.argument).toBe("sector_volatilities");
    expect(count.message).toBe("sector_volatilities must give one value per sector (2 sectors, 1 given)");
  });
});

describe("convolve", () => {
  it("convolves by FFT to 1e-14 (absolute) of the exact law", () => {
    // 7 000 × 7 000 points exceed the direct method's budget (4e7), so the FFT runs; Poisson laws add up
    const a = poissonPmf(2000, 7000);
    const b = poissonPmf(1500, 7000);
    const byFft = convolve(a, b);
    const expected = poissonPmf(3500, 13_999); // Poisson(2000) + Poisson(1500) is Poisson(3500)
    let worst = 0;
    byFft.forEach((p, k) => (worst = Math.max(worst, Math.abs(p - expected[k]))));
    expect(worst).toBeLessThan(1e-14);
    expect(byFft).toHaveLength(13_999);
  });
});

/** Poisson(mean) probabilities 0..length − 1, through logarithms so that e^(−mean) cannot underflow. */
function poissonPmf(mean: number, length: number): number[] {
  const out: number[] = [];
  let logP = -mean;
  for (let k = 0; k < length; k += 1) {
    if (k > 0) logP += Math.log(mean / k);
    out.push(Math.exp(logP));
  }
  return out;
}

/** Gamma(shape, 1/shape), mean 1 (Marsaglia and Tsang, shape ≥ 1). */
function gammaMeanOne(shape: number, random: () => number): number {
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const x = Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
    const v = (1 + c * x) ** 3;
    if (v > 0 && Math.log(1 - random()) < 0.5 * x * x + d - d * v + d * Math.log(v)) return (d * v) / shape;
  }
}

/** Poisson by inversion (means below 60 here). */
function poisson(mean: number, random: () => number): number {
  let k = 0;
  let p = Math.exp(-mean);
  let cumulative = p;
  const u = random();
  while (u > cumulative && k < 1000) {
    k += 1;
    p *= mean / k;
    cumulative += p;
  }
  return k;
}
