import { MESSAGES } from "../messages";
import { checkNonNegative, checkOptions, fail, finiteResult } from "../validate";
import type { SalesHistory } from "./defaults";
import { checkHistory, countback } from "./history";

/**
 * Average days delinquent: countback DSO − best possible DSO, the days that late payers add beyond the
 * payment terms. Current receivables are a part of all receivables, so they may not exceed them; the result
 * is then never negative (the countback grows with the receivables).
 *
 * @throws CoreError VALUE for a bad argument or current_receivables above receivables; otherwise as {@link dsoCountback}
 *
 * @example
 * // 212 000 € receivables of which 90 000 € not yet due; sales 70 000, 80 000, 100 000:
 * // DSO 73.714 − best possible 27
 * dsoDelinquent({ receivables: 212000, currentReceivables: 90000, sales: [70000, 80000, 100000] }) // => 46.714285714285715
 */
export const dsoDelinquent = (options: SalesHistory & { receivables: number; currentReceivables: number }): number => {
  const o = checkOptions(options);
  const receivables = checkNonNegative(o.receivables, "receivables");
  const currentReceivables = checkNonNegative(o.currentReceivables, "current_receivables");
  if (currentReceivables > receivables) {
    return fail("VALUE", MESSAGES.notMoreThan("current_receivables", "receivables"), "current_receivables");
  }
  const history = checkHistory(o);
  const dso = countback(receivables, history, "receivables");
  const best = countback(currentReceivables, history, "current_receivables");
  return finiteResult(dso.minus(best));
};
