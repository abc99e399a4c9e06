/**
 * Exact decimal arithmetic on small scaled integers, the fast path of the core's hot functions (internal).
 *
 * A double such as 0.9 or 10000 is read by decimal.js as its shortest decimal spelling ("0.9"), i.e. as an
 * integer m scaled by 10^-k (9 × 10^-1). When every input of a formula has a few digits (amounts to the cent,
 * rates such as 0.05, whole days: the usual case), the exact decimal result is a fraction N / D of integers
 * below 2^53, which doubles hold exactly; one IEEE division N / D then gives the correctly rounded double of
 * the exact result. That is the very double the decimal.js path gives:
 * - without a division (an advance, an indemnity), decimal.js is exact too (a few digits, far below its 40),
 *   and its conversion to a double is correctly rounded (the decimal string read by Number);
 * - with a division (ACT/360 commissions, countback's pro rata), decimal.js rounds to 40 significant digits,
 *   a relative error below 5e-40 per step, a few steps, all on non-negative terms. That cannot move the result
 *   across a rounding boundary between two doubles: a boundary is a midpoint b / 2^j with b a 54-bit integer,
 *   and N / D with D < 2^53 differs from it (when not equal, and then both paths agree) by at least
 *   1 / (D × 2^j), i.e. 2^-107 ≈ 6e-33 relative, far more than 1e-39.
 * So the fast path changes no result; when any intermediate would leave the integers held exactly (too many
 * digits, a power of ten beyond the table), callers take the decimal.js path, as before.
 */

// 10^k for k = 0..22, the powers of ten a double holds exactly (parsed, not computed, so that each is exact).
const POW10: readonly number[] = Array.from({ length: 23 }, (_, k) => Number(`1e${k}`));

/** Integers below this are held exactly by a double (2^53). */
export const SAFE = 2 ** 53;

// The scaled digits of an input stay at or below 2^51: then the double's spacing (at most |x| × 2^-52) is less
// than 10^-k, so no other decimal with k places reads as the same double, and the one found is the shortest
// spelling decimal.js reads. 15 places cover cents, rates to 1e-13 and the like.
const UNIQUE = 2 ** 51;
const MAX_PLACES = 15;

/**
 * The number of decimal places k of the shortest decimal spelling of `x` (the value `new Decimal(x)` holds),
 * when its digits as an integer, x × 10^k, are at most 2^51; otherwise -1 (too many digits: use decimal.js).
 */
export const placesOf = (x: number): number => {
  for (let k = 0; k <= MAX_PLACES; k++) {
    const p = POW10[k];
    const m = Math.round(x * p);
    if (!(Math.abs(m) <= UNIQUE)) return -1;
    if (m / p === x) return k;
  }
  return -1;
};

/** The digits of `x` as an integer at its own places k (= placesOf(x) ≥ 0): x × 10^k, exactly. */
export const digitsOf = (x: number, k: number): number => Math.round(x * POW10[k]);

/** 10^k, exact (0 ≤ k ≤ 22). */
export const pow10 = (k: number): number => POW10[k];

/** The largest k for which pow10(k) is exact. */
export const MAX_POW10 = 22;

/** m × 10^(to − from): an integer at `from` places brought to `to` ≥ from places; NaN when it would not be exact. */
export const rescale = (m: number, from: number, to: number): number => {
  if (to - from > MAX_POW10) return NaN;
  const r = m * POW10[to - from];
  return Math.abs(r) < SAFE ? r : NaN;
};

/** a × b for exact integers, or NaN when the product is not exact (2^53 or more). */
export const times = (a: number, b: number): number => {
  const r = a * b;
  return Math.abs(r) < SAFE ? r : NaN;
};

/** The product a × b of two doubles read as decimals, correctly rounded; NaN when it is not exact on this path. */
export const exactProduct = (a: number, b: number): number => {
  const ka = placesOf(a);
  const kb = placesOf(b);
  if (ka < 0 || kb < 0) return NaN;
  const product = times(digitsOf(a, ka), digitsOf(b, kb));
  // ka + kb ≤ 30 may exceed the exact powers: division by an inexact 10^k would round twice.
  return ka + kb <= MAX_POW10 ? product / POW10[ka + kb] + 0 : NaN; // + 0: -0 becomes 0, as toNumber does
};
