import { dec, toNumber } from "../decimal";
import { MESSAGES } from "../messages";
import { fail, finiteResult, optionalBoolean } from "../validate";
import type { InvoiceTerms } from "./defaults";
import { type CheckedTerms, checkInvoiceTerms, exactInvoiceCost, invoiceCost } from "./terms";

/**
 * The rate in doubles from the exact cost and advance (each the correctly rounded value of the decimal one), for
 * the usual ranges: a few ulps from the all-decimal path (≤ 1e-15 relative simple, (4 + 2y) ulps compounded over y = 365/days × ln(1 + r): far below the 0.01 % a rate is shown
 * to), and what lets a whole column of 1 048 576 invoices take well under a second. undefined outside those
 * ranges (extreme fees or days, or no exact cost): the decimal path answers.
 */
/** Advance and cost of an invoice in doubles (a few ulps from the decimal values; the rate's fallback only). */
const doubleCost = (terms: CheckedTerms): { advance: number; total: number } => {
  const advance = terms.amount * terms.advanceRate;
  return { advance, total: Math.max(terms.amount * terms.serviceFeeRate, terms.minFee) + (advance * terms.financingRate * terms.days) / terms.dayBasis };
};

const doubleApr = (total: number, advance: number, days: number, compound: boolean): number | undefined => {
  if (!(advance >= 1e-6 && days >= 1e-6 && days <= 1e9)) return undefined;
  const periodRate = total / advance;
  if (periodRate === 0) return 0;
  if (!(periodRate >= 1e-12 && periodRate <= 1e6)) return undefined;
  if (!compound) return (periodRate * 365) / days;
  const rate = Math.expm1((365 / days) * Math.log1p(periodRate));
  return Number.isFinite(rate) ? rate : undefined;
};

/*
 * The compound rate (1 + r)^k − 1 runs in doubles: e^(k × ln(1 + r)) − 1 through Math.log1p and Math.expm1,
 * which keep a tiny r (1e-18 stays 1e-18 where 1 + r would round it away) and a tiny result. The result is a rate, not money
 * (DESIGN.md, "Numbers": statistics may use doubles), and it is exact enough: r comes from the decimal ratio
 * cost / advance rounded once to a double (relative error ≤ 1.1e-16), log1p, the product and expm1 add a few
 * ulps, and the error of y = k × ln(1 + r) reaches the result multiplied by y × e^y / (e^y − 1) ≤ 1 + y. For
 * the invoices of a factoring book (y below 1) the result is within a few 1e-16 relative of the exact value,
 * about 1e-13 at the largest y a double allows (709); decimal.js at 40 digits spent most of FACTOR.APR's time
 * on exp and ln for digits a cell never shows.
 */
// 365 as a decimal, made once.
const DAYS_PER_YEAR = dec(365);

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
 * factoringApr({ amount: 10000, days: 60, compound: true }) // => 0.12428999141720479 ((1 + 175/9000)^(365/60) − 1)
 */
export const factoringApr = (options: InvoiceTerms & { compound?: boolean }): number => {
  const terms = checkInvoiceTerms(options);
  const compound = optionalBoolean((options as { compound?: unknown }).compound, "compound", false);
  // A rate, not money: when the exact cost needs BigInt or decimal.js (inputs of 17 digits, as formulas make
  // them), the cost in doubles is within a few ulps too, which a rate shown to 0.01 % cannot tell apart.
  const exact = exactInvoiceCost(terms) ?? doubleCost(terms);
  if (exact.advance > 0 && terms.days > 0) {
    const fast = doubleApr(exact.total, exact.advance, terms.days, compound);
    if (fast !== undefined) return fast + 0;
  }
  const cost = invoiceCost(terms);
  if (cost.advance.isZero()) return fail("DIV0", MESSAGES.aprNoAdvance(), "advance_rate");
  if (terms.days === 0) return fail("DIV0", MESSAGES.aprNoDays(), "days");
  // The ratio stays decimal (money over money); only the compounding of the rate runs in doubles.
  const periodRate = cost.total.div(cost.advance);
  const periodsPerYear = DAYS_PER_YEAR.div(terms.days);
  const simple = periodRate.times(periodsPerYear);
  if (!compound) return finiteResult(simple);
  // A zero cost compounds to 0 whatever the days (365 / days may not be a double for days near 0).
  if (periodRate.isZero()) return 0;
  const r = toNumber(periodRate);
  // y = 365 / days × ln(1 + r), one rounding to a double from decimals, so that a y or an r below the normal
  // doubles (days of 1e300, fees of 1e-320) keeps its digits; below 1e-20, ln(1 + r) = r to 1e-20 relative.
  const y = r < 1e-20 ? toNumber(simple) : toNumber(periodsPerYear.times(Math.log1p(r)));
  const rate = Math.expm1(y);
  return Number.isFinite(rate) ? rate + 0 : fail("NUM", MESSAGES.tooLarge());
};
