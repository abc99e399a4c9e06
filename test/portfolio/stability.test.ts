import { creditRiskPlus, lossQuantile } from "../../src/core/portfolio";
import { coreErrorOf } from "../../testkit/coreError";
import { sum } from "./helpers";

const obligors = 10_000;
const filled = (value: number) => new Array<number>(obligors).fill(value);
const allFinite = (values: readonly number[]) => values.every((x) => Number.isFinite(x));

describe("creditRiskPlus stability on 10 000 obligors", () => {
  it("stays finite and sums to 1 with a large α (pd_volatility 0.01, α = 10 000) where P(0) underflows", () => {
    // P(0) = (1 − p)^α = exp(−10 000 × log(1.2)) ≈ e^−1823, far below the smallest double
    const dist = creditRiskPlus({ exposures: filled(1), pds: filled(0.2), pdVolatility: 0.01 });
    expect(allFinite(dist.probabilities)).toBe(true);
    expect(dist.probabilities[0]).toBe(0);
    expect(Math.abs(1 - sum(dist.probabilities))).toBeLessThan(1e-10);
    expect(dist.massLost).toBeLessThan(1e-10);
    expect(sum(dist.probabilities.map((p, k) => p * k))).toBeCloseTo(2000, 6);
    expect(Number.isFinite(lossQuantile(dist, 0.999))).toBe(true);
  });

  it("stays finite in the Poisson limit with 5 000 expected defaults (e^−5000 underflows)", () => {
    const dist = creditRiskPlus({ exposures: filled(1), pds: filled(0.5), pdVolatility: 0 });
    expect(allFinite(dist.probabilities)).toBe(true);
    expect(Math.abs(1 - sum(dist.probabilities))).toBeLessThan(1e-10);
    // Poisson(5000): mean 5000, variance 5000
    const mean = sum(dist.probabilities.map((p, k) => p * k));
    const variance = sum(dist.probabilities.map((p, k) => p * (k - mean) ** 2));
    expect(mean).toBeCloseTo(5000, 6);
    expect(variance).toBeCloseTo(5000, 3);
  });

  it("keeps probabilities down to 1e-300 rather than flushing them to 0", () => {
    const dist = creditRiskPlus({ exposures: filled(1), pds: filled(0.5), pdVolatility: 0 });
    const smallest = dist.probabilities.reduce((min, p) => (p > 0 && p < min ? p : min), 1);
    expect(smallest).toBeLessThan(1e-300);
  });

  it("handles tiny pds (1e-300): no default almost surely, nothing NaN", () => {
    const dist = creditRiskPlus({ exposures: filled(5000), pds: filled(1e-300) });
    expect(dist.probabilities).toEqual([1]);
    expect(dist.mean).toBeCloseTo(5000 * 1e-300 * obligors, 300);
    expect(Number.isFinite(dist.standardDeviation)).toBe(true);
    expect(lossQuantile(dist, 0.999)).toBe(0);
  });

  it("handles a mixed portfolio with a heavy tail and reports the mass lost at the grid cap", () => {
    const exposures = Array.from({ length: obligors }, (_, i) => 1000 + ((i * 7919) % 1_000_000));
    const pds = Array.from({ length: obligors }, (_, i) => 0.001 + (i % 50) / 1000);
    // pd_volatility 3: α = 1/9, a tail too long for a 20 000-point grid
    const dist = creditRiskPlus({ exposures, pds, pdVolatility: 3, maxGridPoints: 20_000 });
    expect(dist.probabilities).toHaveLength(20_000);
    expect(allFinite(dist.probabilities)).toBe(true);
    expect(dist.massLost).toBeGreaterThan(1e-6);
    expect(Math.abs(1 - sum(dist.probabilities) - dist.massLost)).toBeLessThan(1e-12);
    const error = coreErrorOf(() => lossQuantile(dist, 1 - dist.massLost / 2));
    expect(error.code).toBe("NUM");
    expect(error.message).toMatch(/^level is beyond the computed loss distribution/);
  });

  it("handles exposures near the largest double without Infinity", () => {
    const dist = creditRiskPlus({ exposures: [1e300, 2e300], pds: [0.01, 0.02] });
    expect(Number.isFinite(dist.standardDeviation)).toBe(true);
    expect(dist.mean).toBeCloseTo(5e298, -285);
    expect(allFinite(dist.losses)).toBe(true);
  });
});
