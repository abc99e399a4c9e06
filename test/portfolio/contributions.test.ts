import fc from "fast-check";
import { creditRiskPlus, lossQuantile, riskContributions, volatilitySensitivity } from "../../src/core";
import { coreErrorOf } from "../../testkit/coreError";
import { mcNeilPortfolio, randomPortfolio, sum } from "./helpers";

/** Random portfolios: real exposures, lgds, sector weights over two sectors (the rest idiosyncratic). */
const weightedPortfolio = randomPortfolio(12, 1e6, (list) =>
  fc.record({
    weights: list(fc.tuple(fc.double({ min: 0, max: 0.5, noNaN: true }), fc.double({ min: 0, max: 0.5, noNaN: true }))),
    correlation: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }),
  }),
);

const relative = (a: number, b: number): number => Math.abs(a - b) / Math.max(Math.abs(b), Number.MIN_VALUE);

describe("creditRiskPlus banding (CSFP 1997, A4: μ_j = Σ ε_A / v_j)", () => {
  it("keeps the expected loss: the banded mean is Σ E × PD × LGD to 1e-12 (relative)", () => {
    fc.assert(
      fc.property(weightedPortfolio, fc.option(fc.double({ min: 1, max: 1e5, noNaN: true }), { nil: undefined }), (o, bandUnit) => {
        const dist = creditRiskPlus({ exposures: o.exposures, pds: o.pds, lgds: o.lgds, pdVolatility: o.pdVolatility, bandUnit, maxGridPoints: 50_000 });
        const expected = sum(o.exposures.map((e, i) => e * o.pds[i] * o.lgds[i]));
        // below 1e-290 the products are subnormal doubles, which no longer carry 12 significant digits
        if (expected < 1e-290) expect(dist.bandedMean).toBeLessThanOrEqual(1e-289);
        else expect(relative(dist.bandedMean, expected)).toBeLessThanOrEqual(1e-12);
      }),
      { numRuns: 100 },
    );
  });
});

describe("riskContributions", () => {
  it("gives each buyer p x (x + Σ_k θ_k c_k) / UL: hand-worked on two Poisson buyers", () => {
    // hand-worked: pd_volatility 0, so UL² = 0.02 × 100² + 0.01 × 200² = 600; r_1 = 0.02 × 100 × 100 / √600,
    // r_2 = 0.01 × 200 × 200 / √600; they add up to 600 / √600 = √600
    const result = riskContributions({ exposures: [100, 200], pds: [0.02, 0.01], pdVolatility: 0 }, 0.99);
    expect(result.standardDeviation).toBeCloseTo(Math.sqrt(600), 12);
    expect(result.buyers[0].stdDevContribution).toBeCloseTo(200 / Math.sqrt(600), 12);
    expect(result.buyers[1].stdDevContribution).toBeCloseTo(400 / Math.sqrt(600), 12);
    expect(result.buyers[0].expectedLoss).toBeCloseTo(2, 12);
  });

  it("adds the sector term ω² EL for a single sector: hand-worked with pd_volatility 0.5", () => {
    // hand-worked: EL = 4, UL² = 600 + 0.25 × 16 = 604; r_1 = 0.02 × 100 × (100 + 0.25 × 4) / √604 = 202 / √604
    const result = riskContributions({ exposures: [100, 200], pds: [0.02, 0.01], pdVolatility: 0.5 }, 0.99);
    expect(result.buyers[0].stdDevContribution).toBeCloseTo(202 / Math.sqrt(604), 12);
    expect(result.buyers[1].stdDevContribution).toBeCloseTo((0.01 * 200 * 201) / Math.sqrt(604), 12);
  });

  it("scales the UL contributions to the quantile: q_A = EL_A + r_A (Q − EL) / UL", () => {
    const options = { exposures: [100, 200, 50], pds: [0.02, 0.01, 0.05], pdVolatility: 0.7 };
    const result = riskContributions(options, 0.995);
    // hand-worked: EL = 100 × 0.02 + 200 × 0.01 + 50 × 0.05 = 6.5
    expect(result.expectedLoss).toBeCloseTo(6.5, 12);
    const quantile = lossQuantile(creditRiskPlus(options), 0.995);
    expect(result.quantile).toBe(quantile);
    const { expectedLoss, stdDevContribution } = result.buyers[2];
    expect(result.buyers[2].quantileContribution).toBeCloseTo(expectedLoss + (stdDevContribution * (quantile - 6.5)) / result.standardDeviation, 12);
  });

  it("has contributions that add up to the expected loss, the standard deviation and the quantile (1e-9)", () => {
    fc.assert(
      fc.property(weightedPortfolio, fc.double({ min: 0.5, max: 0.999, noNaN: true }), (o, level) => {
        const correlations = o.correlation === undefined ? undefined : [[1, o.correlation], [o.correlation, 1]];
        const options = {
          exposures: o.exposures,
          pds: o.pds,
          lgds: o.lgds,
          pdVolatility: o.pdVolatility,
          sectors: { weights: o.weights.map(([a, b]) => [a, b]), correlations },
        };
        const result = riskContributions(options, level);
        const dist = creditRiskPlus(options);
        expect(result.standardDeviation).toBeCloseTo(dist.standardDeviation, 6);
        const scale = Math.max(1, result.standardDeviation, result.quantile);
        expect(Math.abs(sum(result.buyers.map((b) => b.expectedLoss)) - result.expectedLoss)).toBeLessThanOrEqual(1e-9 * scale);
        expect(Math.abs(sum(result.buyers.map((b) => b.stdDevContribution)) - result.standardDeviation)).toBeLessThanOrEqual(1e-9 * scale);
        expect(Math.abs(sum(result.buyers.map((b) => b.quantileContribution)) - result.quantile)).toBeLessThanOrEqual(1e-9 * scale);
      }),
      { numRuns: 60 },
    );
  });

  it("answers VALUE for a level outside (0, 1)", () => {
    const error = coreErrorOf(() => riskContributions(mcNeilPortfolio(), 1.5));
    expect(error.code).toBe("VALUE");
    expect(error.argument).toBe("level");
  });
});

describe("volatilitySensitivity", () => {
  it("gives the 99% loss at the pd_volatility given, at 0 and at 1: McNeil's case", () => {
    const result = volatilitySensitivity(mcNeilPortfolio());
    // qrmtutorial (McNeil, Frey, Embrechts), NB(5, 0.5): 99% quantile 13.932392156862743
    expect(result.quantile).toBeCloseTo(13.932392156862743, 6);
    expect(result.pdVolatility).toBeCloseTo(Math.sqrt(0.2), 15);
    // pd_volatility 0: Poisson(5) defaults, 99% between 10 and 11 (F(10) = 0.98630, F(11) = 0.99455, standard tables)
    expect(result.quantileAtZero).toBeGreaterThan(10);
    expect(result.quantileAtZero).toBeLessThan(11);
    expect(result.quantileAtZero).toBe(lossQuantile(creditRiskPlus({ ...mcNeilPortfolio(), pdVolatility: 0 }), 0.99));
    expect(result.quantileAtOne).toBe(lossQuantile(creditRiskPlus({ ...mcNeilPortfolio(), pdVolatility: 1 }), 0.99));
    expect(result.quantileAtOne).toBeGreaterThan(result.quantile);
  });

  it("replaces sector volatilities by the pd_volatility tried, and answers VALUE for something other than options", () => {
    const sectors = { ids: new Array<number>(500).fill(1), volatilities: [3] };
    const withSectors = volatilitySensitivity({ ...mcNeilPortfolio(), sectors });
    expect(withSectors.quantile).toBeCloseTo(13.932392156862743, 6);
    expect(coreErrorOf(() => volatilitySensitivity(undefined as never)).code).toBe("VALUE");
  });
});

describe("creditRiskPlus never truncates silently", () => {
  // 20 000 buyers of 100 at pd 1, pd_volatility 0: 20 000 defaults of 100, a loss of 2 000 000 on average;
  // the default band unit ceil(100 / 100) = 1 would need 2 million grid points, twice the cap
  const certainDefaults = { exposures: new Array<number>(20_000).fill(100), pds: new Array<number>(20_000).fill(1), pdVolatility: 0 };

  it("answers NUM naming band_unit when the grid cap stops it before the mass is covered", () => {
    const error = coreErrorOf(() => creditRiskPlus(certainDefaults));
    expect(error.code).toBe("NUM");
    expect(error.argument).toBe("band_unit");
    expect(error.message).toBe(
      "the loss distribution needs more than 1000000 grid points of band_unit 1 (they cover a probability of 0 only): give a larger band_unit, or model fewer, larger buyers",
    );
    expect(error.messageFr).toMatch(/^la distribution de pertes demande plus de 1000000 points de band_unit 1/);
  });

  it("computes it with a larger band_unit: 100 gives Poisson(20 000) defaults of one unit each", () => {
    const dist = creditRiskPlus({ ...certainDefaults, bandUnit: 100 });
    expect(dist.truncated).toBe(false);
    expect(dist.massLost).toBeLessThan(1e-9);
    // Poisson(20 000): mean 20 000, standard deviation √20 000 ≈ 141.4; the 50% quantile is near the mean
    expect(dist.mean).toBeCloseTo(2_000_000, 6);
    expect(Math.abs(lossQuantile(dist, 0.5) - 2_000_000)).toBeLessThan(100);
  });

  it("returns a truncated grid, flagged, to a caller who set max_grid_points", () => {
    const dist = creditRiskPlus({ ...certainDefaults, maxGridPoints: 1000 });
    expect(dist.truncated).toBe(true);
    expect(dist.probabilities).toHaveLength(1000);
    expect(dist.massLost).toBe(1);
    expect(coreErrorOf(() => lossQuantile(dist, 0.5)).code).toBe("NUM");
  });
});
