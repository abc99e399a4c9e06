import { type Decimal, dec } from "../decimal";
import { MESSAGES } from "../messages";
import { fail, finiteResult, optionalBoolean } from "../validate";
import type { InvoiceTerms } from "./defaults";
import { checkInvoiceTerms, invoiceCost } from "./terms";

// ln(Number.MAX_VALUE) ≈ 709.78: beyond it (1 + r)^k is not a double. Estimated in doubles first, so that
// decimal.js is never asked for a huge power that would overflow anyway; 710 leaves a margin for the
// estimate's rounding, and finiteResult catches what lies between.
const LARGEST_LOG = 710;

// Below this a period rate would lose digits in 1 + r (40 significant digits): use series instead.
const SMALL = dec(1e-12);

/**
 * (1 + r)^k − 1 without losing a tiny r in 1 + r: for r ≤ 1e-12, k × ln(1 + r) by its series
 * r − r²/2 + r³/3 (next term below 1e-36 relative), then e^x − 1 by x + x²/2 + x³/6 when x is also tiny.
 */
const compoundGrowth = (r: Decimal, k: Decimal): Decimal => {
  if (r.greaterThan(SMALL)) return r.plus(1).pow(k).minus(1);
  const x = k.times(r.minus(r.pow(2).div(2)).plus(r.pow(3).div(3)));
  return x.greaterThan(SMALL) ? x.exp().minus(1) : x.plus(x.pow(2).div(2)).plus(x.pow(3).div(6));
};

/**
 * Annualised cost of the cash advanced, all fees included (the spirit of the French TEG):
 * simple `cost / advance × 365 / days`, or with `compound: true`, `(1 + cost / advance)^(365 / days) − 1`,
 * which equals Excel's XIRR of the flows (advance in, advance + cost out after `days`). Annualised on 365
 * days whatever the day basis of the commission: it compares with other annual rates the user knows.
 * Peers disagree on this convention; the help page states ours.
 *
 * @throws CoreError VALUE as {@link factoringCost} or a non-boolean compound; DIV0 when the advance is 0
 *   (amount or advance_rate 0) or days is 0; NUM when the rate overflows a double (tiny days, compound)
 *
 * @example
 * // 10 000 € at 60 days, defaults: cost 175 on an advance of 9 000
 * factoringApr({ amount: 10000, days: 60 }) // => 0.11828703703703704 (175 / 9000 × 365 / 60)
 * factoringApr({ amount: 10000, days: 60, compound: true }) // => 0.1242899914172048 ((1 + 175/9000)^(365/60) − 1)
 */
export const factoringApr = (options: InvoiceTerms & { compound?: boolean }): number => {
  const terms = checkInvoiceTerms(options);
  const compound = optionalBoolean((options as { compound?: unknown }).compound, "compound", false);
  const cost = invoiceCost(terms);
  if (cost.advance.isZero()) return fail("DIV0", MESSAGES.aprNoAdvance(), "advance_rate");
  if (terms.days === 0) return fail("DIV0", MESSAGES.aprNoDays(), "days");
  const periodRate = cost.total.div(cost.advance);
  const periodsPerYear = dec(365).div(terms.days);
  if (!compound) return finiteResult(periodRate.times(periodsPerYear));
  if (periodsPerYear.toNumber() * Math.log1p(periodRate.toNumber()) > LARGEST_LOG) return fail("NUM", MESSAGES.tooLarge());
  return finiteResult(compoundGrowth(periodRate, periodsPerYear));
};
