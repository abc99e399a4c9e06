import { Decimal, dec } from "../decimal";
import { checkNonNegative, checkOptions, optionalDayBasis, optionalNonNegative, optionalRate } from "../validate";
import { FACTORING_DEFAULTS } from "./defaults";

/** Invoice terms once checked and defaulted (internal: shared by cost, net, APR and schedule). */
export interface CheckedTerms {
  amount: number;
  days: number;
  serviceFeeRate: number;
  financingRate: number;
  advanceRate: number;
  minFee: number;
  dayBasis: number;
}

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
export interface DecimalCost {
  advance: Decimal;
  serviceFee: Decimal;
  financingCommission: Decimal;
  total: Decimal;
}

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
