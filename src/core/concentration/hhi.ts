import { Decimal, dec, toNumber } from "../decimal";
import { digitsOf, placesOf, rescale } from "../exact";
import { MESSAGES } from "../messages";
import { checkNonNegativeList, checkOptions, fail, finiteResult } from "../validate";
import { checkTotal } from "./total";

// Below 2^26 a square is below 2^52: running sums of numbers stay exact until they pass 2^52, then move to BigInt.
const SMALL = 2 ** 26;
const FLUSH = 2 ** 52;

/**
 * Σ v² / (Σ v)² on the values' exact decimal digits, for values of a few decimal places (amounts as typed):
 * scaled to integers at their common places, summed exactly (numbers, then BigInt), divided once in decimals.
 * undefined when a value has too many digits for that (a 17-digit double): the caller takes decimal.js.
 */
const exactHhi = (values: readonly number[]): number | undefined => {
  const places = new Array<number>(values.length);
  let common = 0;
  for (let i = 0; i < values.length; i++) {
    const k = placesOf(values[i]);
    if (k < 0) return undefined;
    places[i] = k;
    if (k > common) common = k;
  }
  let sum = 0n;
  let squares = 0n;
  let partialSum = 0;
  let partialSquares = 0;
  for (let i = 0; i < values.length; i++) {
    const m = rescale(digitsOf(values[i], places[i]), places[i], common);
    if (Number.isNaN(m)) return undefined;
    partialSum += m;
    if (partialSum >= FLUSH) {
      sum += BigInt(partialSum);
      partialSum = 0;
    }
    if (m < SMALL) {
      partialSquares += m * m;
      if (partialSquares >= FLUSH) {
        squares += BigInt(partialSquares);
        partialSquares = 0;
      }
    } else {
      const big = BigInt(m);
      squares += big * big;
    }
  }
  sum += BigInt(partialSum);
  squares += BigInt(partialSquares);
  if (sum === 0n) return fail("DIV0", MESSAGES.valuesSumZero(), "values");
  return toNumber(new Decimal(squares.toString()).div(new Decimal((sum * sum).toString())));
};

/**
 * Herfindahl–Hirschman index of concentration: Σ share², from 1 / count (all equal) to 1 (one value holds
 * everything). On the 0..1 scale, not the antitrust 0..10 000. Values must be 0 or more.
 *
 * @throws CoreError VALUE for a non-list or a negative or non-finite value; NA for an empty list;
 *   DIV0 when the values add up to 0
 *
 * @example
 * // shares 0.5, 0.3, 0.2: 0.25 + 0.09 + 0.04
 * concentrationHhi({ values: [50, 30, 20] }) // => 0.38
 */
/**
 * Σ (v / total)² in doubles with compensated (Neumaier) sums, for values too long for the exact path (17-digit
 * doubles, as formulas make them): an index, not money, within a few ulps of the decimal value. undefined when
 * the total is not a finite positive double (the decimal path answers, with its messages).
 */
const doubleHhi = (values: readonly number[]): number | undefined => {
  const neumaier = (terms: (i: number) => number): number => {
    let sum = 0;
    let compensation = 0;
    for (let i = 0; i < values.length; i++) {
      const term = terms(i);
      const t = sum + term;
      compensation += Math.abs(sum) >= Math.abs(term) ? sum - t + term : term - t + sum;
      sum = t;
    }
    return sum + compensation;
  };
  const total = neumaier((i) => values[i]);
  if (!(total > 0 && total < Infinity)) return undefined;
  const hhi = neumaier((i) => (values[i] / total) ** 2);
  return Number.isFinite(hhi) ? hhi : undefined;
};

export const concentrationHhi = (options: { values: number[] }): number => {
  const o = checkOptions(options);
  const values = checkNonNegativeList(o.values, "values");
  const exact = exactHhi(values);
  if (exact !== undefined) return exact;
  const approximate = doubleHhi(values);
  if (approximate !== undefined) return approximate;
  const total = checkTotal(values);
  // Shares first, then squares: squaring large amounts first could overflow where shares cannot.
  return finiteResult(values.reduce((sum, value) => sum.plus(dec(value).div(total).pow(2)), dec(0)));
};
