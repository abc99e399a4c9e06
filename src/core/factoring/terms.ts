import { Decimal, dec } from "../decimal";
import { type BigDecimal, bigCompare, bigDividedBy, bigMinus, bigNumber, bigOf, bigPlus, bigTimes, digitsOf, placesOf, pow10, rescale, SAFE, times } from "../exact";
import { checkNonNegative, checkOptions, optionalDayBasis, optionalNonNegative, optionalRate } from "../validate";
import type { InvoiceCostParts } from "./cost";
import { FACTORING_DEFAULTS, type InvoiceTerms } from "./defaults";

/** Invoice terms once checked and defaulted (internal: shared by cost, net, APR and schedule). */
export type CheckedTerms = Required<InvoiceTerms>;

/** Checks every invoice term, in the catalogue's argument order so the first bad argument is the one reported. */
export const checkInvoiceTerms = (options: unknown): CheckedTerms => {
  const o = checkOptions(options);
  return {
    amount: checkNonNegative(o.amount, "amount"),
    days: checkNonNegative(o.days, "days"),
    serviceFeeRate: optionalRate(o.serviceFeeRate, "service_fee_rate", FACTORING_DEFAULTS.serviceFeeRate),
    financingRate: optionalRate(o.financingRate, "financing_rate", FACTORING_DEFAULTS.financingRate),
    advanceRate: optionalRate(o.advanceRate, "advance_rate", FACTORING_DEFAULTS.advanceRate),
    minFee: optionalNonNegative(o.minFee, "min_fee", FACTORING_DEFAULTS.minFee),
    dayBasis: optionalDayBasis(o.dayBasis, "day_basis", FACTORING_DEFAULTS.dayBasis),
  };
};

/** The cost of one invoice in decimals, before conversion at the edge. */
export type DecimalCost = InvoiceCostParts<Decimal>;

/**
 * serviceFee = max(amount × serviceFeeRate, minFee); financingCommission = advance × financingRate × days / dayBasis.
 * The commission runs on the cash advanced only, for the actual days (ACT/360 by default: French practice).
 */
export const invoiceCost = (terms: CheckedTerms): DecimalCost => {
  const advance = dec(terms.amount).times(terms.advanceRate);
  const serviceFee = Decimal.max(dec(terms.amount).times(terms.serviceFeeRate), terms.minFee);
  // dayBasis is 360 or 365 (checked), so this division is safe.
  const financingCommission = advance.times(terms.financingRate).times(terms.days).div(terms.dayBasis);
  return { advance, serviceFee, financingCommission, total: serviceFee.plus(financingCommission) };
};

/** The cost of one invoice as doubles, each the correctly rounded exact value (internal). */
export interface ExactCost extends InvoiceCostParts<number> {
  /** amount − total, correctly rounded too. */
  net: number;
}

// 10^13 × 365 < 2^53: the commission's denominator 10^k × dayBasis is exact up to 13 places.
const MAX_COMMISSION_PLACES = 13;

/**
 * {@link invoiceCost} on scaled integers (see exact.ts): the same doubles as the decimal.js path once converted,
 * or null when an intermediate would not be exact, and the caller takes the decimal.js path.
 */
export const exactInvoiceCost = (terms: CheckedTerms): ExactCost | null => {
  const ka = placesOf(terms.amount);
  const kr = placesOf(terms.advanceRate);
  const kf = placesOf(terms.serviceFeeRate);
  const kn = placesOf(terms.financingRate);
  const kd = placesOf(terms.days);
  const km = placesOf(terms.minFee);
  if ((ka | kr | kf | kn | kd | km) < 0) return null;
  const amount = digitsOf(terms.amount, ka);
  // advance = amount × advanceRate, at ka + kr places.
  const kAdvance = ka + kr;
  const advance = times(amount, digitsOf(terms.advanceRate, kr));
  // serviceFee = max(amount × serviceFeeRate, minFee), compared at common places.
  const kProduct = ka + kf;
  const product = times(amount, digitsOf(terms.serviceFeeRate, kf));
  const minFee = digitsOf(terms.minFee, km);
  const kCompare = Math.max(kProduct, km);
  const productAtCompare = rescale(product, kProduct, kCompare);
  const minFeeAtCompare = rescale(minFee, km, kCompare);
  const productFirst = productAtCompare >= minFeeAtCompare;
  const serviceFee = productFirst ? product : minFee;
  const kFee = productFirst ? kProduct : km;
  // financingCommission = advance × financingRate × days / dayBasis: numerator at kc places, over 10^kc × dayBasis.
  const kc = kAdvance + kn + kd;
  const commission = times(times(advance, digitsOf(terms.financingRate, kn)), digitsOf(terms.days, kd));
  // total and net over one denominator 10^k × dayBasis (exact: k ≤ 13).
  const k = Math.max(kFee, kc, ka);
  if (k > MAX_COMMISSION_PLACES) return null;
  const feePart = times(rescale(serviceFee, kFee, k), terms.dayBasis);
  const amountPart = times(rescale(amount, ka, k), terms.dayBasis);
  const commissionPart = rescale(commission, kc, k);
  const total = feePart + commissionPart;
  const net = amountPart - total;
  // A NaN marks an inexact step (see exact.ts); the comparisons below are false for NaN.
  const exact = advance >= 0 && productAtCompare >= 0 && minFeeAtCompare >= 0 && commission >= 0 && feePart >= 0
    && amountPart >= 0 && commissionPart >= 0 && total < SAFE && Math.abs(net) < SAFE;
  if (!exact) return null;
  const denominator = pow10(k) * terms.dayBasis;
  // + 0: -0 (from an amount of -0) becomes 0, as toNumber does.
  return {
    advance: advance / pow10(kAdvance) + 0,
    serviceFee: serviceFee / pow10(kFee) + 0,
    financingCommission: commission / (pow10(kc) * terms.dayBasis) + 0,
    total: total / denominator + 0,
    net: net / denominator + 0,
  };
};

/** The decimals of {@link invoiceCost} on BigInt (exact.ts), with the amount that net subtracts from. */
interface BigCost extends InvoiceCostParts<BigDecimal> {
  amount: BigDecimal;
}

/**
 * {@link invoiceCost} on BigInt decimals (exact.ts), for the terms the scaled integers cannot hold (an amount of
 * 16–17 significant digits, as a formula makes it: 100 000 / 3): each step rounded as decimal.js rounds it (40
 * significant digits, half to even: exact for these products and sums, the division by the day basis correctly
 * rounded). Null when a step leaves the powers of ten of exact.ts (then decimal.js decides).
 */
const bigCostOf = (terms: CheckedTerms): BigCost | null => {
  const amount = bigOf(terms.amount);
  const advance = bigTimes(amount, bigOf(terms.advanceRate));
  const product = bigTimes(amount, bigOf(terms.serviceFeeRate));
  if (!advance || !product) return null;
  const minFee = bigOf(terms.minFee);
  // Decimal.max(product, minFee): equal values give the same double, whichever is kept; NaN: too far apart in places.
  const order = bigCompare(product, minFee);
  if (order !== order) return null;
  const serviceFee = order >= 0 ? product : minFee;
  const financed = bigTimes(advance, bigOf(terms.financingRate));
  const accrued = financed && bigTimes(financed, bigOf(terms.days));
  const financingCommission = accrued && bigDividedBy(accrued, terms.dayBasis);
  const total = financingCommission && bigPlus(serviceFee, financingCommission);
  return total ? { amount, advance, serviceFee, financingCommission: financingCommission as BigDecimal, total } : null;
};

/**
 * {@link invoiceCost} converted as the decimal.js path converts it (the correctly rounded double of each decimal):
 * the very doubles of that path, for terms the scaled integers cannot hold. Null when a step leaves the doubles
 * this path converts (too large, below the normal range), and the caller takes decimal.js. Not for the APR,
 * which takes doubles when the integers give up (apr.ts).
 */
export const bigInvoiceCost = (terms: CheckedTerms): InvoiceCostParts<number> | null => {
  const decimals = bigCostOf(terms);
  if (!decimals) return null;
  const cost = {
    advance: bigNumber(decimals.advance),
    serviceFee: bigNumber(decimals.serviceFee),
    financingCommission: bigNumber(decimals.financingCommission),
    total: bigNumber(decimals.total),
  };
  // NaN: a decimal beyond the normal doubles (decimal.js then decides, and reports an overflow).
  const converted = cost.advance === cost.advance && cost.serviceFee === cost.serviceFee
    && cost.financingCommission === cost.financingCommission && cost.total === cost.total;
  return converted ? cost : null;
};

/** amount − total of {@link bigInvoiceCost}, as decimal.js gives it; NaN when this path gives up. */
export const bigInvoiceNet = (terms: CheckedTerms): number => {
  const decimals = bigCostOf(terms);
  const net = decimals && bigMinus(decimals.amount, decimals.total);
  return net ? bigNumber(net) : Number.NaN;
};
