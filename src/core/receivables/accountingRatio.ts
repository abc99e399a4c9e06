import { dec } from "../decimal";
import { MESSAGES } from "../messages";
import { checkNonNegative, checkOptions, fail, finiteResult } from "../validate";
import type { SalesHistory } from "./defaults";
import { checkHistory, grossAt, indexAt } from "./history";

/**
 * DSO by the accounting ratio: receivables / Σ gross sales × Σ days. Simple and what annual accounts give,
 * but blind to seasonality (compare {@link dsoCountback}). Order of periods does not matter here.
 *
 * @throws CoreError VALUE for a bad argument; NA for empty sales; DIV0 when the sales add up to 0; NUM on overflow
 *
 * @example
 * // 150 000 € receivables on 1 800 000 € of yearly sales: 150 000 / 1 800 000 × 365
 * dsoAccountingRatio({ receivables: 150000, sales: [1800000], periodDays: 365 }) // => 30.416666666666668
 */
export const dsoAccountingRatio = (options: SalesHistory & { receivables: number }): number => {
  const o = checkOptions(options);
  const receivables = checkNonNegative(o.receivables, "receivables");
  const history = checkHistory(o);
  // Summed in the order of the walk (most recent first), as the countback visits the periods.
  let totalSales = dec(0);
  let totalDays = dec(0);
  for (let step = 0; step < history.sales.length; step++) {
    const index = indexAt(history, step);
    totalSales = totalSales.plus(grossAt(history, index));
    totalDays = totalDays.plus(history.days[index]);
  }
  if (totalSales.isZero()) return fail("DIV0", MESSAGES.salesSumZero(), "sales");
  return finiteResult(dec(receivables).div(totalSales).times(totalDays));
};
