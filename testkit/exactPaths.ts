/**
 * The core's two number engines held to each other: every fast path of src/core/exact.ts (scaled integers below
 * 2^53, BigInt up to decimal.js's 40 digits) must give the very double the decimal.js path gives (its header
 * argues why). Shared by test/core/exactPaths.test.ts (a few thousand fast-check cases per path) and
 * bench/exact.bench.ts (hundreds of thousands, mismatches counted).
 *
 * The decimal.js reference is not taken from the core's code: each one is the function's documented formula,
 * written here again with the core's Decimal clone (src/core/decimal.ts: 40 digits, half-even) and converted by
 * the core's `toNumber`. Each check compares three things with Object.is (so 0 and -0 differ): the public
 * function, the internal fast path when it gives a value, and that reference.
 *
 * Inputs are of three kinds, as a workbook holds them: typed decimals of a few digits (10 000, 1 234.56, 0.05,
 * 30), doubles that formulas compute (0.1 + 0.2 = 0.30000000000000004, 0.29 × 100 = 28.999999999999996, a / 3:
 * 16–17 significant digits), and any double in range (fast-check's, including subnormals and 17-digit values).
 */
import fc from "fast-check";
import {
  CoreError,
  type CoreErrorCode,
  creditExpectedLoss,
  creditIndemnity,
  dsoBestPossible,
  dsoCountback,
  dsoCountbackDetail,
  factoringAdvance,
  factoringCost,
  factoringNet,
} from "../src/core";
import { Decimal, dec, toNumber } from "../src/core/decimal";
import { bigDifferenceTimes, bigSumOfProducts, exactProduct, exactSumOfProducts, placesOf } from "../src/core/exact";
import { bigInvoiceCost, bigInvoiceNet, type CheckedTerms, exactInvoiceCost } from "../src/core/factoring/terms";
import { exactIndemnityOf } from "../src/core/insurance/terms";
import { checkHistory, exactCountback } from "../src/core/receivables/history";

/** Which engine the core used for a case. */
export type Engine = "integers" | "bigint" | "decimal";

/** What one case found: the engine the core took, and every disagreement (empty when all agree). */
export interface PathOutcome {
  engine: Engine;
  mismatches: string[];
}

/** One fast path: its cases and the check of one case. */
export interface ExactPath<Case> {
  /** e.g. "FACTOR.COST / FACTOR.NET (exactInvoiceCost)" */
  name: string;
  cases: fc.Arbitrary<Case>;
  check: (c: Case) => PathOutcome;
  /** formula-computed cases every run must hold (fast-check examples) */
  examples: Case[];
}

// ---------------------------------------------------------------------------------------------------------
// Inputs

/** A decimal typed in a cell: up to `digits` digits with 0..maxPlaces decimal places (1234.56, 90, 0.05). */
const typed = (digits: number, maxPlaces: number): fc.Arbitrary<number> =>
  fc.tuple(fc.integer({ min: 0, max: 10 ** digits - 1 }), fc.integer({ min: 0, max: maxPlaces })).map(([m, k]) => Number(`${m}e-${k}`));

/** A typed rate in 0..1 with 0..4 places (0.9, 0.05, 0.0125, 1). */
const typedRate: fc.Arbitrary<number> = fc.integer({ min: 0, max: 4 }).chain((k) => fc.integer({ min: 0, max: 10 ** k }).map((m) => Number(`${m}e-${k}`)));

/** A typed amount: money to the cent below 10 000 000. */
const typedAmount = typed(9, 2);

/** What a formula makes of two typed amounts: a sum, a product by a typed rate, a third (16–17 digits). */
const computedAmount: fc.Arbitrary<number> = fc
  .tuple(typedAmount, typedAmount, typedRate, fc.constantFrom("sum", "times", "third", "percent"))
  .map(([a, b, r, op]) => (op === "sum" ? a + b : op === "times" ? a * r : op === "third" ? a / 3 : (a / 100) * 100));

/** What a formula makes of typed rates, kept in 0..1: 0.1 + 0.2, 0.05 + 0.01, a product, a third, 1 − r. */
const computedRate: fc.Arbitrary<number> = fc
  .tuple(typedRate, typedRate, fc.constantFrom("sum", "times", "third", "complement"))
  .map(([a, b, op]) => {
    if (op === "sum") return a + b <= 1 ? a + b : a * b;
    if (op === "times") return a * b;
    return op === "third" ? a / 3 : 1 - a;
  });

const anyAmount = fc.double({ min: 0, max: 1e7, noNaN: true, noDefaultInfinity: true });
const anyRate = fc.double({ min: 0, max: 1, noNaN: true, noDefaultInfinity: true });

/** An amount of any kind: mostly typed, often computed, sometimes any double. */
const amount = fc.oneof({ weight: 3, arbitrary: typedAmount }, { weight: 3, arbitrary: computedAmount }, { weight: 1, arbitrary: anyAmount });
/** A rate in 0..1 of any kind. */
const rate = fc.oneof({ weight: 3, arbitrary: typedRate }, { weight: 3, arbitrary: computedRate }, { weight: 1, arbitrary: anyRate });
/** Days: whole days mostly, sometimes a decimal (typed or computed). */
const days = fc.oneof({ weight: 4, arbitrary: fc.integer({ min: 0, max: 400 }) }, { weight: 1, arbitrary: typed(5, 2) }, { weight: 1, arbitrary: fc.integer({ min: 0, max: 400 }).map((d) => d / 7) });

/** Cases where every input is typed (the fast path's home ground), and cases of any kind, half and half. */
const typedOrAny = <T>(typedCase: fc.Arbitrary<T>, anyCase: fc.Arbitrary<T>): fc.Arbitrary<T> => fc.oneof(typedCase, anyCase);

// ---------------------------------------------------------------------------------------------------------
// Comparison

const show = (x: unknown): string => (Object.is(x, -0) ? "-0" : typeof x === "number" ? String(x) : JSON.stringify(x));

/** Appends "label: got … , decimal.js gives …" when the two differ (Object.is: -0 differs from 0). */
const compare = (mismatches: string[], label: string, got: unknown, want: unknown): void => {
  if (!Object.is(got, want)) mismatches.push(`${label}: ${show(got)}, decimal.js gives ${show(want)}`);
};

/**
 * Every answer compared with the decimal.js reference, in order: the disagreements (empty when all agree). An answer
 * of `undefined` is a fast path that gave no value for this case, and is skipped.
 */
const disagreements = (want: unknown, answers: Record<string, unknown>): string[] => {
  const mismatches: string[] = [];
  for (const [label, got] of Object.entries(answers)) if (got !== undefined) compare(mismatches, label, got, want);
  return mismatches;
};

/** A value or the CoreError code a call ends with (anything else thrown is rethrown: a defect). */
const outcomeOf = (call: () => number): number | CoreErrorCode => {
  try {
    return call();
  } catch (error) {
    if (error instanceof CoreError) return error.code;
    throw error;
  }
};

// ---------------------------------------------------------------------------------------------------------
// FACTOR.COST, FACTOR.NET: exactInvoiceCost

/** Every invoice term given (the fast path is tried on the terms once checked and defaulted). */
export type InvoiceCase = CheckedTerms;

/**
 * The documented formula (src/core/factoring/terms.ts): advance = amount × advance_rate; service fee =
 * max(amount × service_fee_rate, min_fee); commission = advance × financing_rate × days / day_basis;
 * total = fee + commission; net = amount − total.
 */
export const referenceInvoiceCost = (t: InvoiceCase) => {
  const amountD = dec(t.amount);
  const advance = amountD.times(t.advanceRate);
  const serviceFee = Decimal.max(amountD.times(t.serviceFeeRate), t.minFee);
  const financingCommission = advance.times(t.financingRate).times(t.days).div(t.dayBasis);
  const total = serviceFee.plus(financingCommission);
  return {
    advance: toNumber(advance),
    serviceFee: toNumber(serviceFee),
    financingCommission: toNumber(financingCommission),
    total: toNumber(total),
    net: toNumber(amountD.minus(total)),
  };
};

const invoiceCase = (a: fc.Arbitrary<number>, r: fc.Arbitrary<number>, d: fc.Arbitrary<number>): fc.Arbitrary<InvoiceCase> =>
  fc.record({
    amount: a,
    days: d,
    serviceFeeRate: r,
    financingRate: r,
    advanceRate: r,
    minFee: fc.oneof(fc.constant(0), a),
    dayBasis: fc.constantFrom(360, 365),
  });

const invoiceCost: ExactPath<InvoiceCase> = {
  name: "FACTOR.COST / FACTOR.NET (exactInvoiceCost, bigInvoiceCost)",
  cases: typedOrAny(invoiceCase(typedAmount, typedRate, fc.integer({ min: 0, max: 400 })), invoiceCase(amount, rate, days)),
  check: (t) => {
    const mismatches: string[] = [];
    const want = referenceInvoiceCost(t);
    const cost = factoringCost(t);
    for (const key of ["advance", "serviceFee", "financingCommission", "total"] as const) compare(mismatches, `factoringCost.${key}`, cost[key], want[key]);
    compare(mismatches, "factoringNet", factoringNet(t), want.net);
    const fast = exactInvoiceCost(t);
    if (fast) for (const key of ["advance", "serviceFee", "financingCommission", "total", "net"] as const) compare(mismatches, `exactInvoiceCost.${key}`, fast[key], want[key]);
    // The BigInt path is checked on every case, not only where the core reaches it.
    const big = bigInvoiceCost(t);
    if (big) for (const key of ["advance", "serviceFee", "financingCommission", "total"] as const) compare(mismatches, `bigInvoiceCost.${key}`, big[key], want[key]);
    const bigNet = bigInvoiceNet(t);
    if (bigNet === bigNet) compare(mismatches, "bigInvoiceNet", bigNet, want.net);
    return { engine: fast ? "integers" : big ? "bigint" : "decimal", mismatches };
  },
  examples: [
    // 0.05 + 0.01 = 0.060000000000000005 (a rate a formula computes), 0.29 × 100 = 28.999999999999996
    { amount: 0.29 * 100, days: 30, serviceFeeRate: 0.1 + 0.2, financingRate: 0.05 + 0.01, advanceRate: 0.9, minFee: 0, dayBasis: 360 },
    { amount: 10000, days: 45, serviceFeeRate: 0.008, financingRate: 0.05, advanceRate: 0.9, minFee: 15, dayBasis: 360 },
    // a fee of 5e299 against a minimum of 5e-300: 599 places apart, beyond the powers of ten BigInt compares at
    { amount: 1e300, days: 0, serviceFeeRate: 0.5, financingRate: 0, advanceRate: 0.5, minFee: 5e-300, dayBasis: 360 },
  ],
};

// ---------------------------------------------------------------------------------------------------------
// FACTOR.ADVANCE: exactProduct

export interface AdvanceCase {
  amount: number;
  advanceRate: number;
}

const advance: ExactPath<AdvanceCase> = {
  name: "FACTOR.ADVANCE (exactProduct)",
  cases: typedOrAny(fc.record({ amount: typedAmount, advanceRate: typedRate }), fc.record({ amount, advanceRate: rate })),
  check: (c) => {
    // amount × advance_rate (src/core/factoring/advance.ts)
    const want = toNumber(dec(c.amount).times(c.advanceRate));
    const fast = exactProduct(c.amount, c.advanceRate);
    const mismatches = disagreements(want, { factoringAdvance: factoringAdvance(c), exactProduct: fast === fast ? fast : undefined });
    return { engine: fast === fast ? "integers" : "decimal", mismatches };
  },
  examples: [{ amount: 0.29 * 100, advanceRate: 0.8 + 0.1 }],
};

// ---------------------------------------------------------------------------------------------------------
// CREDIT.INDEMNITY: exactIndemnityOf (integers, then BigInt)

export interface IndemnityCase {
  loss: number;
  coverRate: number;
  creditLimit: number | null;
  deductible: number;
  threshold: number;
}

/** 0 below the threshold, else cover_rate × max(0, min(loss, credit_limit) − deductible) (src/core/insurance/indemnity.ts). */
export const referenceIndemnity = (c: IndemnityCase): number => {
  const loss = dec(c.loss);
  if (loss.lessThan(c.threshold)) return 0;
  const insured = c.creditLimit === null ? loss : Decimal.min(loss, c.creditLimit);
  return toNumber(Decimal.max(0, insured.minus(c.deductible)).times(c.coverRate));
};

const indemnityCase = (a: fc.Arbitrary<number>, r: fc.Arbitrary<number>): fc.Arbitrary<IndemnityCase> =>
  fc.record({
    loss: a,
    coverRate: r,
    creditLimit: fc.oneof(fc.constant(null), a),
    deductible: fc.oneof(fc.constant(0), a),
    threshold: fc.oneof(fc.constant(0), a),
  });

const indemnity: ExactPath<IndemnityCase> = {
  name: "CREDIT.INDEMNITY (exactIndemnityOf)",
  cases: typedOrAny(indemnityCase(typedAmount, typedRate), indemnityCase(amount, rate)),
  check: (c) => {
    const fast = exactIndemnityOf(c.loss, c);
    const mismatches = disagreements(referenceIndemnity(c), { creditIndemnity: creditIndemnity(c), exactIndemnityOf: fast >= 0 ? fast : undefined });
    // exactIndemnityOf tries integers first when every input has a short spelling (placesOf ≥ 0), else BigInt
    // (counted as integers when the integer step gives up on a too large product: rare, and only a label here).
    const short = [c.loss, c.creditLimit ?? 0, c.deductible, c.coverRate].every((x) => placesOf(x) >= 0);
    return { engine: !(fast >= 0) ? "decimal" : short ? "integers" : "bigint", mismatches };
  },
  examples: [{ loss: 0.29 * 100, coverRate: 0.9, creditLimit: null, deductible: 0.1 + 0.2, threshold: 0 }],
};

// ---------------------------------------------------------------------------------------------------------
// The BigInt difference × rate behind a 17-digit indemnity: bigDifferenceTimes

export interface DifferenceCase {
  a: number;
  b: number;
  c: number;
}

const bigDifference: ExactPath<DifferenceCase> = {
  name: "(a − b) × rate on BigInt (bigDifferenceTimes)",
  cases: fc.record({ a: amount, b: fc.oneof(fc.constant(0), amount), c: rate }),
  check: ({ a, b, c }) => {
    const fast = bigDifferenceTimes(a, b, c);
    const mismatches = disagreements(toNumber(dec(a).minus(b).times(c)), { bigDifferenceTimes: fast === fast ? fast : undefined });
    return { engine: fast === fast ? "bigint" : "decimal", mismatches };
  },
  examples: [{ a: 0.29 * 100, b: 0.1 + 0.2, c: 0.05 + 0.01 }],
};

// ---------------------------------------------------------------------------------------------------------
// CREDIT.EXPECTEDLOSS: exactSumOfProducts, then bigSumOfProducts

export interface PortfolioCase {
  exposures: number[];
  pds: number[];
  lgds: number[];
}

/** Σ exposure × pd × lgd, left to right from 0 (src/core/insurance/expectedLoss.ts). */
export const referenceExpectedLoss = (c: PortfolioCase): number =>
  toNumber(c.exposures.reduce((sum, exposure, i) => sum.plus(dec(exposure).times(c.pds[i]).times(c.lgds[i])), dec(0)));

const portfolioCase = (a: fc.Arbitrary<number>, r: fc.Arbitrary<number>): fc.Arbitrary<PortfolioCase> =>
  fc.array(fc.tuple(a, r, r), { minLength: 1, maxLength: 12 }).map((rows) => ({
    exposures: rows.map((row) => row[0]),
    pds: rows.map((row) => row[1]),
    lgds: rows.map((row) => row[2]),
  }));

const expectedLoss: ExactPath<PortfolioCase> = {
  name: "CREDIT.EXPECTEDLOSS (exactSumOfProducts, bigSumOfProducts)",
  cases: typedOrAny(portfolioCase(typedAmount, typedRate), portfolioCase(amount, rate)),
  check: (c) => {
    const integers = exactSumOfProducts(c.exposures, c.pds, c.lgds);
    // The BigInt path is checked on every case, not only where the core reaches it.
    const big = bigSumOfProducts(c.exposures, c.pds, c.lgds);
    const mismatches = disagreements(referenceExpectedLoss(c), {
      creditExpectedLoss: creditExpectedLoss(c),
      exactSumOfProducts: integers === integers ? integers : undefined,
      bigSumOfProducts: big === big ? big : undefined,
    });
    return { engine: integers === integers ? "integers" : big === big ? "bigint" : "decimal", mismatches };
  },
  examples: [{ exposures: [0.29 * 100, 100000], pds: [0.1 + 0.2, 0.02], lgds: [0.45, 0.05 + 0.01] }],
};

// ---------------------------------------------------------------------------------------------------------
// DSO.COUNTBACK, DSO.BESTPOSSIBLE: exactCountback

export interface CountbackCase {
  receivables: number;
  sales: number[];
  periodDays: number | number[];
  vatRate: number;
  newestFirst: boolean;
}

/**
 * The countback (src/core/receivables/history.ts): gross = sales × (1 + vat_rate); from the most recent period
 * backwards, a period fully absorbed counts its days, the last one remaining / gross × days; one period alone:
 * receivables / gross × days. Ends in DIV0 (one period without sales) or NA (receivables left over).
 */
export const referenceCountback = (c: CountbackCase): number | CoreErrorCode => {
  const count = c.sales.length;
  const daysOf = (i: number): number => (Array.isArray(c.periodDays) ? c.periodDays[i] : c.periodDays);
  const grossUp = dec(1).plus(c.vatRate);
  const grossOf = (i: number): Decimal => (grossUp.eq(1) ? dec(c.sales[i]) : dec(c.sales[i]).times(grossUp));
  if (count === 1) {
    const gross = grossOf(0);
    return gross.isZero() ? "DIV0" : toNumber(dec(c.receivables).div(gross).times(daysOf(0)));
  }
  let remaining = dec(c.receivables);
  let dso = dec(0);
  for (let step = 0; step < count && !remaining.isZero(); step++) {
    const i = c.newestFirst ? step : count - 1 - step;
    const gross = grossOf(i);
    if (remaining.greaterThanOrEqualTo(gross)) {
      remaining = remaining.minus(gross);
      dso = dso.plus(daysOf(i));
    } else {
      dso = dso.plus(remaining.div(gross).times(daysOf(i)));
      remaining = dec(0);
    }
  }
  return remaining.isZero() ? toNumber(dso) : "NA";
};

const countbackCase = (a: fc.Arbitrary<number>, r: fc.Arbitrary<number>, periodDay: fc.Arbitrary<number>): fc.Arbitrary<CountbackCase> =>
  fc
    .record({
      sales: fc.array(a, { minLength: 1, maxLength: 12 }),
      days: fc.array(periodDay, { minLength: 12, maxLength: 12 }),
      perPeriod: fc.boolean(),
      vatRate: fc.oneof(fc.constantFrom(0, 0.2, 0.1, 0.055, 0.021), r),
      newestFirst: fc.boolean(),
      // receivables as a share of the gross sales: up to 105 %, so that some walks run out (NA)
      share: fc.oneof(typedRate, r, fc.double({ min: 0, max: 1.05, noNaN: true })),
      roundToCents: fc.boolean(),
    })
    .map(({ sales, days: allDays, perPeriod, vatRate, newestFirst, share, roundToCents }) => {
      const total = sales.reduce((sum, s) => sum + s, 0) * (1 + vatRate);
      const receivables = roundToCents ? Math.round(total * share * 100) / 100 : total * share;
      return { receivables, sales, periodDays: perPeriod ? allDays.slice(0, sales.length) : allDays[0], vatRate, newestFirst };
    });

const wholeDays = fc.constantFrom(28, 29, 30, 31, 7, 90, 91, 92);

const countback: ExactPath<CountbackCase> = {
  name: "DSO.COUNTBACK / DSO.BESTPOSSIBLE (exactCountback)",
  cases: typedOrAny(
    countbackCase(typedAmount, typedRate, wholeDays),
    countbackCase(amount, rate, fc.oneof({ weight: 4, arbitrary: wholeDays }, { weight: 1, arbitrary: typed(4, 2).filter((d) => d > 0) })),
  ),
  check: (c) => {
    const fast = exactCountback(c.receivables, checkHistory({ ...c }));
    const mismatches = disagreements(referenceCountback(c), {
      dsoCountback: outcomeOf(() => dsoCountback(c)),
      dsoBestPossible: outcomeOf(() => dsoBestPossible({ ...c, currentReceivables: c.receivables })),
      // The core's own decimal.js path (the detail always walks in decimals).
      "dsoCountbackDetail.dso": outcomeOf(() => dsoCountbackDetail(c).dso),
      exactCountback: fast >= 0 ? fast : undefined,
    });
    return { engine: fast >= 0 ? "integers" : "decimal", mismatches };
  },
  examples: [
    // 212 000 € on 70 000, 80 000, 100 000 (the function's own example), and a 17-digit receivable with VAT 20 %
    { receivables: 212000, sales: [70000, 80000, 100000], periodDays: 30, vatRate: 0, newestFirst: false },
    { receivables: (70000 + 80000) * 1.2 * (0.1 + 0.2), sales: [70000, 80000], periodDays: [31, 30], vatRate: 0.2, newestFirst: true },
  ],
};

/** Every fast path of the core, each with its cases and its check. */
export const EXACT_PATHS = [invoiceCost, advance, indemnity, bigDifference, expectedLoss, countback] as ExactPath<unknown>[];

// ---------------------------------------------------------------------------------------------------------
// 17 significant digits: the inputs that take the BigInt paths (a whole column of formula results)

/** An amount as a formula leaves it, 16–17 significant digits: a typed amount over 3, 7 or 9, or times 1.1. */
const seventeenDigitAmount: fc.Arbitrary<number> = fc
  .tuple(typedAmount, fc.constantFrom(3, 7, 9, 1.1))
  .map(([a, d]) => (d === 1.1 ? a * d : a / d))
  .filter((a) => placesOf(a) < 0);

/** The same checks on cases whose amounts (and a share of the other inputs) have 16–17 significant digits. */
export const SEVENTEEN_DIGIT_PATHS = [
  {
    ...invoiceCost,
    // 33 333.333333333336 = 100 000 / 3 at 30 days, defaults; 28 999.999999999996 = 0.29 × 100 × 1 000, min fee 290
    examples: [
      { amount: 100000 / 3, days: 30, serviceFeeRate: 0.01, financingRate: 0.05, advanceRate: 0.9, minFee: 0, dayBasis: 360 },
      { amount: 0.29 * 100 * 1000, days: 45, serviceFeeRate: 0.01, financingRate: 0.05 + 0.01, advanceRate: 0.9, minFee: 290, dayBasis: 365 },
    ],
    name: "FACTOR.COST / FACTOR.NET on 17-digit amounts (bigInvoiceCost)",
    cases: fc.oneof(
      invoiceCase(seventeenDigitAmount, typedRate, fc.integer({ min: 0, max: 400 })),
      invoiceCase(seventeenDigitAmount, rate, days),
    ),
  },
  {
    ...indemnity,
    examples: [{ loss: 100000 / 3, coverRate: 0.9, creditLimit: null, deductible: 0, threshold: 0 }],
    name: "CREDIT.INDEMNITY on 17-digit losses (exactIndemnityOf)",
    cases: fc.oneof(indemnityCase(seventeenDigitAmount, typedRate), indemnityCase(seventeenDigitAmount, rate)),
  },
] as ExactPath<unknown>[];
