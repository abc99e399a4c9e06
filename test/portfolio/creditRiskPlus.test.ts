import { PORTFOLIO_DEFAULTS, creditRiskPlus, lossQuantile } from "../../src/core";
import { mcNeilPortfolio, sum } from "./helpers";

// Reference: qrmtutorial, "qrm code/11_Portfolio_Credit_Risk_Management/11_CreditRisk+.R" (McNeil, Frey,
// Embrechts, Quantitative Risk Management): 500 obligors, exposure 1, pd 1%, default-rate volatility √0.2 × pd.
// The default count is negative binomial NB(α = 5, p = 0.5), pmf C(k + 4, k) / 2^(k + 5); integer quantiles
// 11 (95%) and 14 (99%), linearly interpolated 10.44336996336996 and 13.932392156862743
// (/work/shared/reference/cases.json, CREDIT.LOSSQUANTILE).
describe("creditRiskPlus on McNeil's negative binomial case", () => {
  const dist = creditRiskPlus(mcNeilPortfolio());

  it("uses a band unit of 1 (ceil(1 / 100))", () => {
    expect(dist.unit).toBe(1);
  });

  it("gives the NB(5, 0.5) pmf C(k+4, k) / 2^(k+5) at every grid point to 1e-12", () => {
    let pmf = 1 / 32;
    dist.probabilities.forEach((probability, k) => {
      if (k > 0) pmf = (pmf * (k + 4)) / (2 * k);
      expect(Math.abs(probability - pmf)).toBeLessThan(1e-12);
    });
    expect(dist.losses.slice(0, 4)).toEqual([0, 1, 2, 3]);
  });

  it("stops once the cumulative probability reaches 1 − 1e-12 and reports the mass left out", () => {
    expect(dist.massLost).toBeLessThanOrEqual(1e-12);
    expect(1 - sum(dist.probabilities)).toBeCloseTo(dist.massLost, 15);
    expect(dist.cumulative[dist.cumulative.length - 1]).toBeGreaterThanOrEqual(1 - 1e-12);
  });

  it("has mean 5 and standard deviation √10, the NB(5, 0.5) moments", () => {
    expect(dist.mean).toBeCloseTo(5, 12);
    expect(dist.standardDeviation).toBeCloseTo(Math.sqrt(10), 12);
    expect(dist.bandedMean).toBeCloseTo(5, 12);
  });

  it("gives the published 95% quantile 10.44336996336996", () => {
    expect(Math.abs(lossQuantile(dist, 0.95) - 10.44336996336996)).toBeLessThan(1e-6);
  });

  it("gives the published 99% quantile 13.932392156862743", () => {
    expect(Math.abs(lossQuantile(dist, 0.99) - 13.932392156862743)).toBeLessThan(1e-6);
  });
});

describe("creditRiskPlus conventions", () => {
  it("uses ceil(largest E × LGD / 100) as band unit and ceil(E × LGD / L) as band", () => {
    // hand-worked: largest net exposure 250 → L = 3; 250 → band 84 (loss 252), 10 × 0.5 = 5 → band 2 (loss 6)
    const dist = creditRiskPlus({ exposures: [250, 10], pds: [0.01, 0.02], lgds: [1, 0.5], pdVolatility: 0 });
    expect(dist.unit).toBe(3);
    expect(dist.losses[84]).toBe(252);
    expect(dist.mean).toBeCloseTo(250 * 0.01 + 5 * 0.02, 12);
  });

  it("keeps the expected loss through the banding, as the technical document's ε_A / v_j (A4)", () => {
    // CSFP 1997, A4: ε_A = E_A p_A / L and μ_j = Σ ε_A / v_j. hand-worked: band 84 expects 250 × 0.01 / 252
    // defaults, band 2 expects 5 × 0.02 / 6; banded mean 252 × 250 × 0.01 / 252 + 6 × 5 × 0.02 / 6 = 2.6
    // (the default count on the rounded-up exposures gave 252 × 0.01 + 6 × 0.02 = 2.64 before).
    const dist = creditRiskPlus({ exposures: [250, 10], pds: [0.01, 0.02], lgds: [1, 0.5], pdVolatility: 0 });
    expect(dist.bandedMean).toBeCloseTo(2.6, 12);
    const mu84 = (250 * 0.01) / 252;
    const mu2 = (5 * 0.02) / 6;
    // compound Poisson: P(0) = e^(−μ), P(2) = μ_2 e^(−μ), P(84) includes μ_84 e^(−μ)
    expect(dist.probabilities[0]).toBeCloseTo(Math.exp(-(mu84 + mu2)), 15);
    expect(dist.probabilities[2]).toBeCloseTo(mu2 * Math.exp(-(mu84 + mu2)), 15);
  });

  it("takes the band unit given", () => {
    const dist = creditRiskPlus({ exposures: [250, 10], pds: [0.01, 0.02], bandUnit: 10 });
    expect(dist.unit).toBe(10);
    expect(dist.losses[3]).toBe(30);
  });

  it("counts an amount within rounding of a multiple of the unit as that multiple", () => {
    // 0.3 / 0.1 is 2.9999999999999996 and 0.7 / 0.1 is 7.000000000000001 in doubles
    const dist = creditRiskPlus({ exposures: [0.3, 0.7], pds: [0.5, 0.5], bandUnit: 0.1, pdVolatility: 0 });
    expect(dist.bandedMean).toBeCloseTo(0.5, 12);
  });

  it("is compound Poisson when pd_volatility is 0: P(0) = e^(−Σ pd)", () => {
    const dist = creditRiskPlus({ exposures: [1, 2, 3], pds: [0.1, 0.2, 0.3], pdVolatility: 0 });
    expect(dist.probabilities[0]).toBeCloseTo(Math.exp(-0.6), 15);
    expect(dist.probabilities[1]).toBeCloseTo(0.1 * Math.exp(-0.6), 15);
  });

  it("gives a loss of 0 with certainty when every pd or exposure is 0", () => {
    const dist = creditRiskPlus({ exposures: [100, 0], pds: [0, 0.5] });
    expect(dist.probabilities).toEqual([1]);
    expect(dist.mean).toBe(0);
    expect(dist.standardDeviation).toBe(0);
    expect(dist.massLost).toBe(0);
    expect(lossQuantile(dist, 0.99)).toBe(0);
  });

  it("defaults pd_volatility to 0.5: standard deviation √(Σ pd E² + 0.25 (Σ pd E)²)", () => {
    const dist = creditRiskPlus({ exposures: [100, 200], pds: [0.02, 0.01] });
    expect(dist.standardDeviation).toBeCloseTo(Math.sqrt(0.02 * 1e4 + 0.01 * 4e4 + 0.25 * 16), 12);
  });

  it("exports its defaults frozen: pd_volatility 0.5, lgd 1, cover_rate 0.9", () => {
    expect(Object.isFrozen(PORTFOLIO_DEFAULTS)).toBe(true);
    expect([PORTFOLIO_DEFAULTS.pdVolatility, PORTFOLIO_DEFAULTS.lgd, PORTFOLIO_DEFAULTS.coverRate]).toEqual([0.5, 1, 0.9]);
  });

  it("does not change its inputs", () => {
    const exposures = [300, 100, 200];
    const pds = [0.01, 0.03, 0.02];
    const lgds = [0.5, 0.4, 1];
    creditRiskPlus({ exposures, pds, lgds, cover: { coverRates: [0.9, 0.8, 0.7], creditLimits: [null, 50, 100], deductibles: 5 } });
    expect(exposures).toEqual([300, 100, 200]);
    expect(pds).toEqual([0.01, 0.03, 0.02]);
    expect(lgds).toEqual([0.5, 0.4, 1]);
  });
});

describe("lossQuantile", () => {
  const dist = creditRiskPlus(mcNeilPortfolio());

  it("interpolates between the grid points around the level: 10 + (0.95 − F(10)) / (F(11) − F(10))", () => {
    const f10 = dist.cumulative[10];
    const f11 = dist.cumulative[11];
    expect(f10).toBeLessThan(0.95);
    expect(f11).toBeGreaterThanOrEqual(0.95);
    expect(lossQuantile(dist, 0.95)).toBeCloseTo(10 + (0.95 - f10) / (f11 - f10), 12);
  });

  it("returns a grid point exactly when the level is its cumulative probability", () => {
    expect(lossQuantile(dist, dist.cumulative[7])).toBeCloseTo(7, 9);
  });

  it("returns 0 when P(loss = 0) already reaches the level", () => {
    expect(lossQuantile(dist, 1 / 64)).toBe(0);
  });

  it("scales by the band unit", () => {
    const scaled = creditRiskPlus({ ...mcNeilPortfolio(), exposures: new Array<number>(500).fill(1000), bandUnit: 1000 });
    expect(lossQuantile(scaled, 0.95)).toBeCloseTo(1000 * 10.44336996336996, 6);
  });

  it("interpolates over the last band unit below the first grid point reaching the level", () => {
    // exposure 1000, default unit ceil(1000 / 100) = 10: a default costs 100 grid steps, and F is flat in
    // between, so the 95% quantile lies between 10 990 and 11 000
    const fine = creditRiskPlus({ ...mcNeilPortfolio(), exposures: new Array<number>(500).fill(1000) });
    expect(fine.unit).toBe(10);
    expect(lossQuantile(fine, 0.95)).toBeCloseTo(10990 + 10 * 0.44336996336996, 6);
  });
});
