import { dec } from "../decimal";
import { finiteResult } from "../validate";
import type { InvoiceTerms } from "./defaults";
import { checkInvoiceTerms, invoiceCost } from "./terms";

/** One cash flow to the seller. */
export interface ScheduleRow {
  /** Days after assignment. */
  day: number;
  /** "advance" on assignment, "balance" when the debtor pays. */
  kind: "advance" | "balance";
  /** Cash received by the seller (negative if the cost exceeds the reserve). */
  cashFlow: number;
}

/**
 * The seller's cash timeline for one factored invoice: the advance at day 0, then the balance
 * (amount − advance − cost) on the day the debtor pays. The two flows add up to {@link factoringNet}.
 * The cost is all taken from the balance, as factors do when they settle the reserve.
 *
 * @throws CoreError as {@link factoringCost}
 *
 * @example
 * // 10 000 € at 60 days, defaults: advance 9 000, cost 175, balance 10 000 − 9 000 − 175 = 825
 * factoringSchedule({ amount: 10000, days: 60 })
 * // => [ { day: 0, kind: "advance", cashFlow: 9000 }, { day: 60, kind: "balance", cashFlow: 825 } ]
 */
export const factoringSchedule = (options: InvoiceTerms): ScheduleRow[] => {
  const terms = checkInvoiceTerms(options);
  const cost = invoiceCost(terms);
  return [
    { day: 0, kind: "advance", cashFlow: finiteResult(cost.advance) },
    { day: terms.days, kind: "balance", cashFlow: finiteResult(dec(terms.amount).minus(cost.advance).minus(cost.total)) },
  ];
};
