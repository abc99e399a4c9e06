/**
 * An independent brute-force simulation of a year under a credit-insurance policy, for the statistical tests of
 * the capped tail: it shares no code with src/core (no lattice, no recursion). Model: single-sector CreditRisk+
 * — a gamma factor X with mean 1 and variance pd_volatility², then, given X, independent Poisson defaults with
 * intensity pd_i × X for each obligor, drawn as a Poisson total N ~ P(X Σ pd) spread over the obligors in
 * proportion to their pd (the same law, in O(N) per year). Each default costs its exact gross loss and owes its
 * exact indemnity; the insurer pays min(cap, max(0, Σ indemnities − AD)).
 */
import { gamma, seededUniform } from "./random";

export { seededUniform };

// Math's functions held in module constants: Jest runs tests in a vm context, where every read of a global
// (Math) goes through the context's interceptor and a million-year simulation slows down tenfold.
const { exp, sqrt, min, max, ceil, floor } = Math;

/**
 * Poisson by inversion of the cumulative. A mean above 30 is drawn as a sum of Poisson draws of mean at most 30
 * (e^{−mean} underflows past 745, and inversion would stop at 0).
 */
const poisson = (mean: number, random: () => number): number => {
  if (mean > 30) {
    const pieces = ceil(mean / 30);
    let total = 0;
    for (let k = 0; k < pieces; k += 1) total += poisson(mean / pieces, random);
    return total;
  }
  const u = random();
  let k = 0;
  let probability = exp(-mean);
  let cumulative = probability;
  while (u > cumulative && probability > 0) {
    k += 1;
    probability *= mean / k;
    cumulative += probability;
  }
  return k;
};

export interface SimulatedYear {
  /** sorted gross losses, one per simulated year */
  gross: Float64Array;
  /** sorted losses kept with cover */
  kept: Float64Array;
  /** mean and standard error of the insurer's payment */
  payment: { mean: number; standardError: number };
  /** mean and standard error of the profit share */
  profitShare: { mean: number; standardError: number };
}

export interface SimulationInput {
  grossLosses: number[];
  indemnities: number[];
  pds: number[];
  pdVolatility: number;
  aggregateDeductible: number;
  maxLiability: number;
  profitShareRate: number;
  profitShareBase: number;
}

export const simulateYears = (input: SimulationInput, years: number, seed: number): SimulatedYear => {
  const random = seededUniform(seed);
  const mu = input.pds.reduce((s, p) => s + p, 0);
  let running = 0;
  const cumulativePd = Float64Array.from(input.pds, (p) => (running += p / mu));
  const pick = (): number => {
    const u = random();
    let low = 0;
    let high = cumulativePd.length - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (cumulativePd[middle] >= u) high = middle;
      else low = middle + 1;
    }
    return low;
  };
  const variance = input.pdVolatility ** 2;
  const shape = variance > 0 ? 1 / variance : 0;
  const gross = new Float64Array(years);
  const kept = new Float64Array(years);
  let paymentSum = 0;
  let paymentSquares = 0;
  let shareSum = 0;
  let shareSquares = 0;
  for (let year = 0; year < years; year += 1) {
    const factor = variance > 0 ? gamma(shape, random) / shape : 1;
    const defaults = poisson(factor * mu, random);
    let g = 0;
    let c = 0;
    for (let k = 0; k < defaults; k += 1) {
      const i = pick();
      g += input.grossLosses[i];
      c += input.indemnities[i];
    }
    const paid = min(input.maxLiability, max(0, c - input.aggregateDeductible));
    const share = input.profitShareRate * max(0, input.profitShareBase - paid);
    gross[year] = g;
    kept[year] = g - paid;
    paymentSum += paid;
    paymentSquares += paid * paid;
    shareSum += share;
    shareSquares += share * share;
  }
  const summary = (sum: number, squares: number) => {
    const mean = sum / years;
    return { mean, standardError: sqrt(max(0, squares / years - mean * mean) / years) };
  };
  return { gross: gross.sort(), kept: kept.sort(), payment: summary(paymentSum, paymentSquares), profitShare: summary(shareSum, shareSquares) };
};

/**
 * A distribution-free confidence interval of the `level` quantile from a sorted sample: the order statistics
 * n p ± z √(n p (1 − p)) (normal approximation of the binomial count below the quantile).
 */
export const quantileInterval = (sorted: Float64Array, level: number, z = 4): [number, number] => {
  const n = sorted.length;
  const spread = z * sqrt(n * level * (1 - level));
  const low = max(0, floor(n * level - spread) - 1);
  const high = min(n - 1, ceil(n * level + spread));
  return [sorted[low], sorted[high]];
};
