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

/**
 * Σ a[i] × b[i] × c[i] of doubles read as decimals (lists of equal length), correctly rounded; NaN when it is not
 * exact on this path. Each product is an integer at ka + kb + kc places, the running sum an integer at the most
 * places met so far, all below 2^53: decimal.js holds each step exactly too (at most 16 digits of its 40), so
 * the one final division gives its double.
 */
export const exactSumOfProducts = (a: readonly number[], b: readonly number[], c: readonly number[]): number => {
  let sum = 0;
  let places = 0;
  for (let i = 0; i < a.length; i++) {
    const ka = placesOf(a[i]);
    const kb = placesOf(b[i]);
    const kc = placesOf(c[i]);
    if (ka < 0 || kb < 0 || kc < 0) return NaN;
    const product = times(times(digitsOf(a[i], ka), digitsOf(b[i], kb)), digitsOf(c[i], kc));
    const k = ka + kb + kc;
    if (k > places) {
      sum = rescale(sum, places, k) + product;
      places = k;
    } else {
      sum += rescale(product, k, places);
    }
    // NaN (an inexact step) fails this test too.
    if (!(Math.abs(sum) < SAFE)) return NaN;
  }
  return places <= MAX_POW10 ? sum / POW10[places] + 0 : NaN; // + 0: -0 becomes 0, as toNumber does
};

/*
 * Exact decimals of any double, on BigInt: the path for inputs with up to 17 significant digits (every double's
 * shortest spelling has at most 17, e.g. 0.29 × 100 = 28.999999999999996), which the integers below 2^53 above
 * cannot hold.
 *
 * A value is m × 10^-k (m a bigint, k an integer of either sign). Sums and products of such values are exact.
 * decimal.js rounds each operation's result to 40 significant digits (correctly, as it documents), so a result
 * whose digits m at its places k have at most 40 digits (|m| < 10^40) is exact there too: these helpers check
 * that bound after every step and give up (NaN, the caller takes decimal.js) beyond it. Both paths then hold
 * the same exact value; decimal.js converts it to a double by reading its decimal string (Number, correctly
 * rounded), and bigToDouble below rounds it correctly too: the same double.
 */

/** A decimal m × 10^-k. */
export interface BigDecimal {
  m: bigint;
  k: number;
}

/** 10^40: digits below it are held exactly by decimal.js's 40 significant digits. */
const DIGITS40 = 10n ** 40n;
const TWO54 = 2n ** 54n;
const TWO53 = 2n ** 53n;
/** 10^k as bigints, k = 0..MAX_BIG_POW10, made when first needed. */
const MAX_BIG_POW10 = 400;
const BIG_POW10: bigint[] = [1n];
const bigPow10 = (k: number): bigint => {
  for (let j = BIG_POW10.length; j <= k; j++) BIG_POW10.push(BIG_POW10[j - 1] * 10n);
  return BIG_POW10[k];
};
const abs = (m: bigint): bigint => (m < 0n ? -m : m);

/**
 * The decimal `new Decimal(x)` holds for a finite double x: decimal.js reads a number through its shortest
 * spelling, String(x) (e.g. "28.999999999999996", "1e-7", "1.5e+300"), and so does this.
 */
const bigDecimalOf = (x: number): BigDecimal => {
  const s = String(x);
  const e = s.indexOf("e");
  const mantissa = e < 0 ? s : s.slice(0, e);
  let k = e < 0 ? 0 : -Number(s.slice(e + 1));
  const dot = mantissa.indexOf(".");
  if (dot < 0) return { m: BigInt(mantissa), k };
  k += mantissa.length - dot - 1;
  return { m: BigInt(mantissa.slice(0, dot) + mantissa.slice(dot + 1)), k };
};

/**
 * m × 10^-k correctly rounded to a double (nearest, ties to even, as Number reads a decimal string); NaN when the
 * result would overflow or fall below the normal range (2^-1022), which the caller leaves to decimal.js.
 */
const bigToDouble = (m: bigint, k: number): number => {
  if (m === 0n) return 0;
  const negative = m < 0n;
  const a = negative ? -m : m;
  let r: number;
  if (k <= 0) {
    // An integer: BigInt to Number rounds to nearest, ties to even (ECMAScript's Number value for it).
    if (-k > 330) return NaN;
    r = Number(a * bigPow10(-k));
  } else if (a < TWO53 && k <= MAX_POW10) {
    // Both operands exact doubles: one IEEE division, correctly rounded.
    r = Number(a) / POW10[k];
  } else {
    if (k > MAX_BIG_POW10) return NaN;
    // q = floor(a × 2^s / 10^k) with at least 55 bits, its last bit set when the division leaves a remainder
    // (sticky bit). Rounding boundaries to 53 bits are then even integers: q and the exact quotient lie strictly
    // between the same two of them (or are both the same integer), so Number(q) rounds as the exact value does;
    // the scaling by 2^-s is exact for a normal result.
    const bits = Math.log2(Number(a)); // a < 10^40 here: finite
    const s = Math.max(0, Math.ceil(57 + k * Math.LOG2E * Math.LN10 - bits));
    if (s > 1074) return NaN;
    const scaled = a << BigInt(s);
    const d = bigPow10(k);
    let q = scaled / d;
    if (q < TWO54) return NaN; // not reached with the margin above
    if (q * d !== scaled) q |= 1n;
    r = Number(q) * 2 ** -s;
    if (r < 2 ** -1022) return NaN;
  }
  if (!Number.isFinite(r)) return NaN;
  return negative ? -r : r;
};

/**
 * The decimal `new Decimal(x)` holds, as {@link bigDecimalOf}: through the integers of {@link placesOf} when x
 * has a short spelling (the same value, without building its string), else through its string.
 */
export const bigOf = (x: number): BigDecimal => {
  const k = placesOf(x);
  return k >= 0 ? { m: BigInt(digitsOf(x, k)), k } : bigDecimalOf(x);
};

/** The number of decimal digits of a > 0. */
const digitCount = (a: bigint): number => {
  const estimate = Number(a);
  if (!(estimate < 1e300)) return a.toString().length; // beyond the doubles (sums far apart in places)
  // log10 of the nearest double is within one of the true digit count minus one: two comparisons settle it.
  let e = Math.max(0, Math.floor(Math.log10(estimate)));
  if (a >= bigPow10(e + 1)) e++;
  else if (a < bigPow10(e)) e--;
  return e + 1;
};

/**
 * m × 10^-k rounded to 40 significant digits, half to even, as decimal.js rounds every result (src/core/decimal.ts);
 * `inexact` says that the value is a little more than m × 10^-k (a division's remainder), which then must have
 * at least 41 digits. Null when the places would leave the powers of ten this file makes.
 */
const round40 = (m: bigint, k: number, inexact: boolean): BigDecimal | null => {
  const a = abs(m);
  if (a < DIGITS40) return { m, k };
  const drop = digitCount(a) - 40;
  if (drop > MAX_BIG_POW10) return null;
  const unit = bigPow10(drop);
  let q = a / unit;
  const r = a - q * unit;
  const half = unit >> 1n; // 5 × 10^(drop − 1)
  if (r > half || (r === half && (inexact || (q & 1n) === 1n))) q += 1n;
  return { m: m < 0n ? -q : q, k: k - drop };
};

/** x × y as decimal.js gives it (40 significant digits, half to even); null beyond this file's powers of ten. */
export const bigTimes = (x: BigDecimal, y: BigDecimal): BigDecimal | null => round40(x.m * y.m, x.k + y.k, false);

/** x + y as decimal.js gives it; null when the two are too far apart in places (then decimal.js decides). */
export const bigPlus = (x: BigDecimal, y: BigDecimal): BigDecimal | null => {
  if (x.m === 0n) return round40(y.m, y.k, false);
  if (y.m === 0n) return round40(x.m, x.k, false);
  const k = Math.max(x.k, y.k);
  if (k - Math.min(x.k, y.k) > MAX_BIG_POW10) return null;
  return round40(x.m * bigPow10(k - x.k) + y.m * bigPow10(k - y.k), k, false);
};

/** x − y as decimal.js gives it; null as {@link bigPlus}. */
export const bigMinus = (x: BigDecimal, y: BigDecimal): BigDecimal | null => bigPlus(x, { m: -y.m, k: y.k });

/** x / d for a whole d > 0, as decimal.js gives it (correctly rounded to 40 significant digits, half to even). */
export const bigDividedBy = (x: BigDecimal, d: number): BigDecimal | null => {
  if (x.m === 0n) return x;
  const divisor = BigInt(d);
  // Scaled so that the quotient has at least 41 digits: a × 10^t ≥ 10^(40 + digits of d) > 10^40 × d.
  const t = Math.max(0, 40 + String(d).length - (digitCount(abs(x.m)) - 1));
  if (t > MAX_BIG_POW10) return null;
  const scaled = x.m * bigPow10(t);
  const q = scaled / divisor;
  return round40(q, x.k + t, q * divisor !== scaled);
};

/** x compared with y: negative, 0 or positive as x is less than, equal to or more than y. */
export const bigCompare = (x: BigDecimal, y: BigDecimal): number => {
  const k = Math.max(x.k, y.k);
  if (k - Math.min(x.k, y.k) > MAX_BIG_POW10) return Number.NaN;
  const difference = x.m * bigPow10(k - x.k) - y.m * bigPow10(k - y.k);
  return difference === 0n ? 0 : difference > 0n ? 1 : -1;
};

/** The double decimal.js's toNumber gives for a decimal (correctly rounded; -0 as 0); NaN beyond the normal doubles. */
export const bigNumber = (x: BigDecimal): number => bigToDouble(x.m, x.k) + 0;

/** (a − b) × c of doubles read as decimals, correctly rounded as decimal.js gives it; NaN beyond its 40 digits. */
export const bigDifferenceTimes = (a: number, b: number, c: number): number => {
  const x = bigOf(a);
  const y = bigOf(b);
  const z = bigOf(c);
  const k = y.m === 0n ? x.k : Math.max(x.k, y.k);
  if (y.m !== 0n && k - Math.min(x.k, y.k) > 40) return NaN;
  const difference = y.m === 0n ? x.m : x.m * bigPow10(k - x.k) - y.m * bigPow10(k - y.k);
  if (abs(difference) >= DIGITS40) return NaN;
  const product = difference * z.m;
  if (abs(product) >= DIGITS40) return NaN;
  return bigToDouble(product, k + z.k) + 0;
};

/** Σ a[i] × b[i] × c[i] of doubles read as decimals, as decimal.js gives it (left to right); NaN beyond its 40 digits. */
export const bigSumOfProducts = (a: readonly number[], b: readonly number[], c: readonly number[]): number => {
  let sum = 0n;
  let places = 0;
  for (let i = 0; i < a.length; i++) {
    const x = bigDecimalOf(a[i]);
    const y = bigDecimalOf(b[i]);
    const z = bigDecimalOf(c[i]);
    const xy = x.m * y.m;
    if (abs(xy) >= DIGITS40) return NaN;
    const product = xy * z.m;
    if (abs(product) >= DIGITS40) return NaN;
    if (product === 0n) continue; // decimal.js adds an exact 0: the sum stays as it is
    const k = x.k + y.k + z.k;
    if (sum === 0n) {
      sum = product;
      places = k;
    } else if (Math.abs(k - places) > 40) {
      return NaN;
    } else if (k > places) {
      sum = sum * bigPow10(k - places) + product;
      places = k;
    } else {
      sum += product * bigPow10(places - k);
    }
    if (abs(sum) >= DIGITS40) return NaN;
  }
  return bigToDouble(sum, places) + 0;
};
