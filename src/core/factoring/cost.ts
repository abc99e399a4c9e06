import { bigInvoiceCost, checkInvoiceTerms, exactInvoiceCost, invoiceCost } from "./terms";
import type { InvoiceTerms } from "./defaults";
import { finiteResult } from "../validate";

/**
 * The factor's charges on one invoice, and the advance they relate to, declared once for every engine: as doubles
 * here, in decimals and as exact doubles in terms.ts.
 */
export interface InvoiceCostParts<Amount> {
  /** Cash paid on assignment: amount × advanceRate. */
  advance: Amount;
  /** max(amount × serviceFeeRate, minFee). */
  serviceFee: Amount;
  /** advance × financingRate × days / dayBasis. */
  financingCommission: Amount;
  /** serviceFee + financingCommission. */
  total: Amount;
}

/** The factor's charges on one invoice, and the advance they relate to. */
export type FactoringCost = InvoiceCostParts<number>;

/**
 * What factoring one invoice costs: a service fee on the whole amount (with a per-invoice minimum) plus a
 * financing commission on the cash advanced, for the days until the debtor pays. The commission counts
 * actual days over 360 by default (ACT/360): French factoring contracts use the money-market basis.
 *
 * Amounts and days must be 0 or more: a credit note (negative amount) is not assigned to a factor.
 *
 * @throws CoreError VALUE for a missing, non-finite or negative amount/days/min_fee, a rate outside 0..1,
 *   or a day_basis other than 360 or 365; NUM if the result overflows a double
 *
 * @example
 * // 10 000 € at 60 days, defaults (advance 90 %, service 1 %, financing 5 %, ACT/360):
 * // service 10 000 × 1 % = 100; commission 9 000 × 5 % × 60 / 360 = 75
 * factoringCost({ amount: 10000, days: 60 })
 * // => { advance: 9000, serviceFee: 100, financingCommission: 75, total: 175 }
 */
export const factoringCost = (options: InvoiceTerms): FactoringCost => {
  const terms = checkInvoiceTerms(options);
  // Exact on scaled integers when the digits allow, else on BigInt decimals (exact.ts): the same doubles as the
  // decimal.js path.
  const exact = exactInvoiceCost(terms) ?? bigInvoiceCost(terms);
  if (exact) return { advance: exact.advance, serviceFee: exact.serviceFee, financingCommission: exact.financingCommission, total: exact.total };
  const cost = invoiceCost(terms);
  return {
    advance: finiteResult(cost.advance),
    serviceFee: finiteResult(cost.serviceFee),
    financingCommission: finiteResult(cost.financingCommission),
    total: finiteResult(cost.total),
  };
};
