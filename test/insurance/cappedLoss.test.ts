import {
  cappedLossDistribution,
  type CappedLossOptions,
  creditRiskPlusIndemnities,
  insurerExpectedPayment,
  lossQuantile,
} from "../../src/core";
import { expectCoreError } from "../../testkit/coreError";
import { quantileInterval, seededUniform, simulateYears } from "../../testkit/insuranceMonteCarlo";

/** A portfolio drawn from a seed: exposures log-uniform, pds uniform, limits on the large buyers. */
const portfolio = (size: number, seed: number, o: { smallest: number; spread: number; pdLow: number; pdHigh: number; lgd: number; limit: number; deductible: number }) => {
  const random = seededUniform(seed);
  const exposures = Array.from({ length: size }, () => Math.round(o.smallest * Math.pow(o.spread, random())));
  const pds = exposures.map(() => o.pdLow + random() * (o.pdHigh - o.pdLow));
  const grossLosses = exposures.map((e) => e * o.lgd);
  // insured = min(exposure, limit) × lgd, then the deductible, then 90 % cover (DESIGN.md, "Exposure")
  const indemnities = exposures.map((e) => 0.9 * Math.max(0, Math.min(e, o.limit) * o.lgd - o.deductible));
  return { grossLosses, indemnities, pds };
};

const twenty = portfolio(20, 11, { smallest: 5000, spread: 12, pdLow: 0.01, pdHigh: 0.05, lgd: 0.8, limit: 30000, deductible: 500 });
const fiveHundred = portfolio(500, 12, { smallest: 2000, spread: 100, pdLow: 0.005, pdHigh: 0.04, lgd: 0.7, limit: 80000, deductible: 1000 });

type Case = [string, CappedLossOptions, number, number];
// name, options, simulated years, seed — 300 000 + 300 000 + 200 000 + 200 000 = 10⁶ simulated years in all
const cases: Case[] = [
  ["20 buyers, cap and aggregate deductible binding", { ...twenty, pdVolatility: 0.5, aggregateDeductible: 10000, maxLiability: 40000, profitShareRate: 0.3, profitShareBase: 12000 }, 300_000, 101],
  ["20 buyers, cap and aggregate deductible not binding", { ...twenty, pdVolatility: 0.5, aggregateDeductible: 0, maxLiability: 1e9 }, 300_000, 102],
  ["500 buyers, cap and aggregate deductible binding", { ...fiveHundred, pdVolatility: 0.5, aggregateDeductible: 100000, maxLiability: 400000, profitShareRate: 0.2, profitShareBase: 500000 }, 200_000, 103],
  ["500 buyers, cap and aggregate deductible not binding", { ...fiveHundred, pdVolatility: 0.5, aggregateDeductible: 0, maxLiability: 1e10 }, 200_000, 104],
];

describe("cappedLossDistribution against a brute-force Monte Carlo", () => {
  it.each(cases)("agrees on the 95 %% and 99 %% losses, the insurer's payment and the profit share: %s", (_name, options, years, seed) => {
    const core = cappedLossDistribution(options);
    const simulated = simulateYears(
      {
        grossLosses: options.grossLosses,
        indemnities: options.indemnities,
        pds: options.pds,
        pdVolatility: options.pdVolatility ?? 0.5,
        aggregateDeductible: options.aggregateDeductible ?? 0,
        maxLiability: options.maxLiability ?? Number.POSITIVE_INFINITY,
        profitShareRate: options.profitShareRate ?? 0,
        profitShareBase: options.profitShareBase ?? 0,
      },
      years,
      seed,
    );
    // The lattice moves each claim by less than L and lossQuantile interpolates inside a band: ±2L beside the
    // Monte Carlo's order-statistic interval (z = 4).
    const slack = 2 * core.unit;
    for (const level of [0.95, 0.99]) {
      const [keptLow, keptHigh] = quantileInterval(simulated.kept, level);
      expect(lossQuantile(core.kept, level)).toBeGreaterThanOrEqual(keptLow - slack);
      expect(lossQuantile(core.kept, level)).toBeLessThanOrEqual(keptHigh + slack);
      const [grossLow, grossHigh] = quantileInterval(simulated.gross, level);
      expect(lossQuantile(core.gross, level)).toBeGreaterThanOrEqual(grossLow - slack);
      expect(lossQuantile(core.gross, level)).toBeLessThanOrEqual(grossHigh + slack);
    }
    // Means: 4 standard errors, plus 0.5 % for the lattice (the payment is piecewise linear in C, so rounding
    // C to the band moves its mean slightly near the deductible and the cap).
    const payment = simulated.payment;
    expect(Math.abs(core.expectedInsurerPayment - payment.mean)).toBeLessThanOrEqual(4 * payment.standardError + 0.005 * payment.mean);
    const share = simulated.profitShare;
    expect(Math.abs(core.expectedProfitShare - share.mean)).toBeLessThanOrEqual(4 * share.standardError + 0.005 * share.mean + 1e-9);
    expect(core.massLost).toBeLessThanOrEqual(1e-9);
  });
});

describe("cappedLossDistribution, hand-worked", () => {
  // One buyer, Poisson (pd_volatility 0), pd 10 %: a default loses 100 000 and is owed 90 000; cap 30 000.
  // No default: e^{−0.1} = 0.904837; one: 0.1 e^{−0.1} = 0.090484; each default exceeds the cap alone.
  const one = { grossLosses: [100000], indemnities: [90000], pds: [0.1], pdVolatility: 0, maxLiability: 30000, profitShareRate: 0.5, profitShareBase: 1000, bandUnit: 10000 };
  const none = Math.exp(-0.1);
  const oneDefault = 0.1 * Math.exp(-0.1);

  it("expects the insurer to pay the cap whenever a default occurs", () => {
    // hand-worked: 30 000 × (1 − e^{−0.1}) = 2 854.88
    expect(cappedLossDistribution(one).expectedInsurerPayment).toBeCloseTo(30000 * (1 - none), 6);
  });

  it("expects the profit share only in a year without claims", () => {
    // hand-worked: 0.5 × max(0, 1 000 − 0) × e^{−0.1} = 452.42
    expect(cappedLossDistribution(one).expectedProfitShare).toBeCloseTo(500 * none, 6);
  });

  it("keeps gross − cap in a year with one default, interpolated on the grid as lossQuantile does", () => {
    // hand-worked: kept is 0 (p = e^{−0.1}) or 70 000 (one default): 7 bands of 10 000; F(6 bands) = e^{−0.1},
    // F(7) = 1.1 e^{−0.1}; 95 %: 10 000 × (6 + (0.95 − F(6)) / (F(7) − F(6))) = 64 991.2
    const kept = cappedLossDistribution(one).kept;
    expect(lossQuantile(kept, 0.95)).toBeCloseTo(10000 * (6 + (0.95 - none) / oneDefault), 4);
    expect(lossQuantile(kept, 0.99)).toBeCloseTo(10000 * (6 + (0.99 - none) / oneDefault), 4);
  });

  it("applies the aggregate deductible before the cap", () => {
    // hand-worked: one default pays min(30 000, 90 000 − 70 000) = 20 000, two or more pay 30 000:
    // E = 20 000 × 0.1 e^{−0.1} + 30 000 × (1 − e^{−0.1} − 0.1 e^{−0.1})
    const paid = cappedLossDistribution({ ...one, aggregateDeductible: 70000 }).expectedInsurerPayment;
    expect(paid).toBeCloseTo(20000 * oneDefault + 30000 * (1 - none - oneDefault), 6);
  });

  it("pays what the uncapped insurer layer pays when the amounts sit on the grid", () => {
    // Same model, same lattice (every amount a multiple of 100): the joint law summed over the gross loss is
    // the indemnity distribution of creditRiskPlusIndemnities, so both layers give one expected payment.
    const exposures = [1000, 3000, 4000, 2000, 12000, 6000];
    const pds = [0.03, 0.02, 0.05, 0.1, 0.01, 0.04];
    const indemnities = exposures.map((e) => 0.9 * Math.min(e, 5000)); // 900, 2 700, 3 600, 1 800, 4 500, 4 500: multiples of 100
    const layer = { aggregateDeductible: 1500, maxLiability: 6000 };
    const joint = cappedLossDistribution({ grossLosses: exposures, indemnities, pds, bandUnit: 100, ...layer });
    const marginal = creditRiskPlusIndemnities({ exposures, pds, bandUnit: 100, cover: { coverRates: 0.9, creditLimits: 5000 } });
    // to 1e-7: each grid stops at its own 1 − 1e-12 of mass
    expect(joint.expectedInsurerPayment).toBeCloseTo(insurerExpectedPayment(marginal, layer), 7);
  });

  it("keeps the exact expected gross loss and splits it into kept and paid", () => {
    const result = cappedLossDistribution({ ...twenty, aggregateDeductible: 10000, maxLiability: 40000 });
    const expected = twenty.grossLosses.reduce((s, g, i) => s + g * twenty.pds[i], 0);
    expect(result.expectedGrossLoss).toBeCloseTo(expected, 6);
    expect(result.expectedKeptLoss + result.expectedInsurerPayment).toBeCloseTo(expected, 6);
  });
});

describe("cappedLossDistribution, bad input", () => {
  it("rejects an indemnity above its loss, naming the argument", () => {
    expectCoreError(
      () => cappedLossDistribution({ grossLosses: [100], indemnities: [120], pds: [0.1] }),
      "VALUE",
      "indemnities (value 1) must not exceed gross_losses (value 1): an insurer pays at most the loss",
    );
  });

  it("rejects a negative max_liability", () => {
    expectCoreError(() => cappedLossDistribution({ grossLosses: [100], indemnities: [90], pds: [0.1], maxLiability: -1 }), "VALUE", /^max_liability must be 0 or more \(e.g. 90000\)$/);
  });

  it("rejects a band_unit so fine that the grid would exceed its budget", () => {
    expectCoreError(
      () => cappedLossDistribution({ grossLosses: [1e7, 2e7], indemnities: [9e6, 1.8e7], pds: [0.5, 0.5], bandUnit: 1 }),
      "VALUE",
      /^band_unit 1 is too fine/,
    );
  });
});
