import { PARAMETERS } from "../../catalogue/parameters";
import { checkNonNegative, checkOptions, finiteResult } from "../validate";
import type { CountbackDetail, SalesHistory } from "./defaults";
import { checkHistory, countback, type DecimalPeriod, exactCountback } from "./history";

/**
 * Days sales outstanding by the countback method (méthode par épuisement): receivables are taken from the
 * sales of the most recent period backwards, each period fully covered counting all its days, the last one
 * pro rata. Unlike the accounting ratio, it follows seasonality: a strong last month lowers the DSO at once.
 * With one period only, it is the accounting ratio receivables / sales × days (which may exceed the period).
 *
 * Receivables and sales must be 0 or more (credit notes are netted within a period's sales before).
 * Receivables 0 give 0 (with one period, sales must still be more than 0).
 *
 * @throws CoreError VALUE for a bad argument or a period_days list of another length than sales; NA for
 *   empty sales, or receivables above all the sales given with 2 or more periods ("add older periods");
 *   DIV0 for a single period without sales; NUM on overflow
 *
 * @example
 * // 212 000 € receivables; monthly sales 70 000, 80 000, 100 000 (oldest first), 30-day months:
 * // 100 000 → 30 days, 80 000 → 30 days, then 32 000 / 70 000 × 30 = 13.714 days
 * dsoCountback({ receivables: 212000, sales: [70000, 80000, 100000] }) // => 73.71428571428571
 */
export const dsoCountback = (options: SalesHistory & { receivables: number }): number => countbackOf(options, "receivables");

/**
 * The countback DSO of one amount of receivables (all of them, or only those not yet due for the best possible
 * DSO), read from the option the catalogue names `argument`.
 */
export const countbackOf = (options: unknown, argument: "receivables" | "current_receivables"): number => {
  const o = checkOptions(options);
  const receivables = checkNonNegative(o[PARAMETERS[argument].key], argument);
  const history = checkHistory(o);
  // Exact on scaled integers when the digits allow (exact.ts), the same double as decimal.js gives.
  const exact = exactCountback(receivables, history);
  return exact >= 0 ? exact : finiteResult(countback(receivables, history, argument));
};

/**
 * The countback DSO with every period's part, for charts and explanations: periods in the order the walk
 * visits them (most recent first), each with its position in the input, gross sales, days, the receivables
 * taken from it and the days it adds. Periods the walk does not reach are listed with 0 consumed and 0 days,
 * so that a chart can show the whole history.
 *
 * @throws CoreError as {@link dsoCountback}
 *
 * @example
 * dsoCountbackDetail({ receivables: 150000, sales: [80000, 100000] })
 * // => { dso: 48.75, periods: [
 * //      { index: 1, sales: 100000, days: 30, consumed: 100000, daysCounted: 30 },
 * //      { index: 0, sales: 80000, days: 30, consumed: 50000, daysCounted: 18.75 } ] }
 */
export const dsoCountbackDetail = (options: SalesHistory & { receivables: number }): CountbackDetail => {
  const o = checkOptions(options);
  const receivables = checkNonNegative(o.receivables, "receivables");
  const periods: DecimalPeriod[] = [];
  const dso = countback(receivables, checkHistory(o), "receivables", periods);
  return {
    dso: finiteResult(dso),
    periods: periods.map((period) => ({
      index: period.index,
      sales: finiteResult(period.gross),
      days: period.days,
      consumed: finiteResult(period.consumed),
      daysCounted: finiteResult(period.daysCounted),
    })),
  };
};
