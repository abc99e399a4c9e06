/**
 * The single-sector CreditRisk+ recursion (Credit Suisse First Boston, "CreditRisk+: A Credit Risk Management
 * Framework", 1997, section A10), in doubles.
 *
 * Model. Obligor A defaults with a Poisson intensity λ_A × X / μ, where X is one gamma-distributed sector
 * factor with mean μ = Σ λ_A and standard deviation pdVolatility × μ (the sector's relative volatility). A
 * default costs v_A band units, and λ_A = ε_A / v_A = pd_A E_A / (v_A L) (A4), so that the expected loss is
 * kept. creditRiskPlus.ts runs this recursion once per independent sector and convolves the results. The number of defaults is negative binomial and the loss has the generating function
 *
 *   G(z) = ((1 − p) / (1 − p A(z)))^α,   α = μ²/σ² = 1/pdVolatility²,  β = σ²/μ,  p = β/(1 + β),
 *   A(z) = Σ_A (λ_A/μ) z^{v_A} = Σ_j f_j z^j   (f_j: the share of the expected defaults in band j),
 *
 * a compound negative binomial. Panjer's recursion for the (a, b, 0) class with a = p, b = (α − 1) p and
 * f_0 = 0 gives
 *
 *   P(0) = (1 − p)^α = exp(−α log1p(β)),
 *   P(n) = (p/n) Σ_{j=1..min(n, m)} (n + (α − 1) j) f_j P(n − j),   n ≥ 1,
 *
 * which is the technical document's A_n recursion. With pdVolatility = 0 (or so small that β underflows) the factor is constant and the loss
 * is compound Poisson: P(0) = e^{−μ}, P(n) = (1/n) Σ_j j μ_j P(n − j), with μ_j = μ f_j.
 * Every coefficient p f_j (n + (α − 1) j)/n is positive (j ≤ n, so n + (α − 1) j ≥ α j > 0 even for
 * α < 1): the recursion adds positive terms only, so it is forward stable; the relative rounding error of
 * P(n) grows at most linearly with n (about n × 1e-16).
 *
 * Underflow. P(0) underflows for a large portfolio (e^{−μ} < 1e-308 once μ > 708). The recursion is linear
 * and homogeneous in P, so it runs on scaled values h(n) = P(n) / e^{s}, starting from h(0) = 1 and
 * s = log P(0). When a new h(n) leaves [1e-100, 1e100], the last m values (all the recursion still reads)
 * are divided by it and s grows by its logarithm. The probabilities are written out as h(n) e^{s}, through
 * exp(log h(n) + s) when e^{s} itself is outside the double range, so a probability of 1e-300 is kept and
 * anything below 5e-324 becomes 0.
 *
 * Grid length. The recursion stops at the first of: (1) the cumulative probability reaches 1 − 1e-12;
 * (2) past the mean, the mass of the last block of m points (m = the largest band) is below the mass of the
 * block before and the geometric tail this decay implies is below 1e-14, while the cumulative is at least
 * 1 − 1e-11 (this catches the case where rounding keeps the running sum a few 1e-13 short of 1 − 1e-12; from
 * 1 − 1e-9 it stopped a sparse lattice, bands 40 and 41 with α = 1/4, with 1e-11 of the mass still missing);
 * (3) `maxGridPoints` points, or 4e8 multiply-adds, whichever comes first. `massLost` reports what is missing,
 * and `capped` says that the grid stopped at (3) rather than because the mass was covered.
 */

/** Bands of a portfolio: distinct band values in increasing order with their expected numbers of defaults. */
export interface Bands {
  /** the distinct bands v_j (whole numbers ≥ 1), increasing */
  readonly values: readonly number[];
  /** μ_j = Σ ε_A / v_j over the obligors in band j (ε_A = E_A p_A / L, the technical document's A4) */
  readonly expectedDefaults: readonly number[];
}

export interface RecursionResult {
  probabilities: number[];
  /** 1 − Σ probabilities, never below 0 */
  massLost: number;
  /** true when the grid stopped at the point or work cap before the mass was covered */
  capped: boolean;
}

/** The grid stops once 1 − Σ probabilities is at most this (shared by the joint grid of cappedLoss). */
export const TARGET_MASS_LOST = 1e-12;
/** A geometric tail bound at most this ends the grid early: the rest is below any figure's precision. */
export const TAIL_NEGLIGIBLE = 1e-14;
const TAIL_CHECK_FROM = 1e-11;
/** Rows are rescaled outside [LOW, HIGH], so that neither overflows nor underflows in a long recursion. */
export const HIGH = 1e100;
export const LOW = 1e-100;
const WORK_BUDGET = 4e8;

/** Kahan–Neumaier sum: the mean and the variance stay exact to a few ulps for 10 000 terms. */
export const stableSum = (terms: Iterable<number>): number => {
  let sum = 0;
  let compensation = 0;
  for (const term of terms) {
    const t = sum + term;
    compensation += Math.abs(sum) >= Math.abs(term) ? sum - t + term : term - t + sum;
    sum = t;
  }
  return sum + compensation;
};

/** The loss distribution on the grid 0, 1, 2, ... band units (see the file comment for the method). */
export const panjerRecursion = (bands: Bands, pdVolatility: number, maxGridPoints: number): RecursionResult => {
  const count = bands.values.length;
  const mu = stableSum(bands.expectedDefaults);
  if (count === 0 || !(mu > 0)) return { probabilities: [1], massLost: 0, capped: false };

  const bandValues = Float64Array.from(bands.values);
  const constantTerm = new Float64Array(count); // p f_j
  const slopeTerm = new Float64Array(count); // p (α − 1) j f_j, divided by n at each step
  let logScale: number;
  // β = σ²/μ with σ = pdVolatility × μ. α = 1/pdVolatility² is never formed: it overflows for a tiny
  // pdVolatility, whereas p (α − 1) = μ (1 − pdVolatility²)/(1 + β) and α log1p(β) = μ log1p(β)/β stay finite.
  const beta = pdVolatility * pdVolatility * mu;
  if (beta > 0) {
    const p = beta / (1 + beta);
    const pAlphaMinusOne = (mu * (1 - pdVolatility * pdVolatility)) / (1 + beta);
    for (let k = 0; k < count; k += 1) {
      const share = bands.expectedDefaults[k] / mu;
      constantTerm[k] = p * share;
      slopeTerm[k] = pAlphaMinusOne * bandValues[k] * share;
    }
    logScale = -mu * (Math.log1p(beta) / beta);
  } else {
    for (let k = 0; k < count; k += 1) slopeTerm[k] = bandValues[k] * bands.expectedDefaults[k];
    logScale = -mu;
  }

  const largestBand = bandValues[count - 1];
  const bandedMean = stableSum(bands.values.map((v, k) => v * bands.expectedDefaults[k]));
  const pointCap = Math.max(1, Math.min(maxGridPoints, Math.floor(WORK_BUDGET / count)));

  let scaled = new Float64Array(Math.min(pointCap, 1024));
  const probabilities: number[] = [];
  let scale = Math.exp(logScale);
  let scaleInRange = scale > 1e-290 && scale < 1e290;
  let cumulative = 0;
  let blockMass = 0;
  let previousBlockMass = Number.POSITIVE_INFINITY;
  let converged = false;

  const rescale = (n: number, by: number): void => {
    const from = Math.max(0, n - largestBand);
    for (let i = from; i <= n; i += 1) scaled[i] /= by;
    logScale += Math.log(by);
    scale = Math.exp(logScale);
    scaleInRange = scale > 1e-290 && scale < 1e290;
  };

  for (let n = 0; n < pointCap; n += 1) {
    if (n === scaled.length) {
      const grown = new Float64Array(Math.min(pointCap, scaled.length * 2));
      grown.set(scaled);
      scaled = grown;
    }
    let value: number;
    if (n === 0) {
      value = 1;
    } else {
      let constantSum = 0;
      let slopeSum = 0;
      for (let k = 0; k < count; k += 1) {
        const j = bandValues[k];
        if (j > n) break;
        const previous = scaled[n - j];
        constantSum += constantTerm[k] * previous;
        slopeSum += slopeTerm[k] * previous;
      }
      value = constantSum + slopeSum / n;
    }
    scaled[n] = value;
    if (value > HIGH || (value > 0 && value < LOW && n % 64 === 0)) {
      // Downwards, only every 64 points and by the largest value still read, so that a lattice gap (a tiny
      // h(n) beside large ones) never pushes the others out of range.
      let by = value;
      if (value < LOW) {
        by = 0;
        for (let i = Math.max(0, n - largestBand); i <= n; i += 1) by = Math.max(by, scaled[i]);
      }
      if (by > 0 && (by > HIGH || by < LOW)) rescale(n, by);
    }
    const h = scaled[n];
    const probability = scaleInRange ? h * scale : h > 0 ? Math.exp(Math.log(h) + logScale) : 0;
    probabilities.push(probability);
    cumulative += probability;
    blockMass += probability;

    if (1 - cumulative <= TARGET_MASS_LOST) {
      converged = true;
      break;
    }
    if ((n + 1) % largestBand === 0) {
      if (n > bandedMean && 1 - cumulative <= TAIL_CHECK_FROM && Number.isFinite(previousBlockMass) && blockMass < previousBlockMass) {
        const ratio = blockMass / previousBlockMass;
        const tail = (blockMass * ratio) / (1 - ratio);
        if (tail <= TAIL_NEGLIGIBLE) {
          converged = true;
          break;
        }
      }
      previousBlockMass = blockMass;
      blockMass = 0;
    }
  }
  return { probabilities, massLost: Math.max(0, 1 - cumulative), capped: !converged };
};
