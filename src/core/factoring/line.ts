import { dec } from "../decimal";
import { checkNonNegative, checkOptions, finiteResult, optionalRate } from "../validate";
import { FACTORING_DEFAULTS } from "./defaults";

/** Options of {@link factoringLine}. */
export interface LineOptions {
  /** Turnover assigned to the factor in a year, 0 or more. */
  annualTurnover: number;
  /** Days sales outstanding of that turnover, 0 or more. */
  dsoDays: number;
  /** Share advanced, 0..1 (default 0.9). */
  advanceRate?: number;
  /** Share of the available advance actually drawn, 0..1 (default 1). */
  usage?: number;
}

/** Checks the line's arguments (shared with the annual cost and the programme). */
export const checkLine = (o: Record<string, unknown>): { annualTurnover: number; dsoDays: number } => ({
  annualTurnover: checkNonNegative(o.annualTurnover, "annual_turnover"),
  dsoDays: checkNonNegative(o.dsoDays, "dso_days"),
});

/**
 * Average financed outstanding of a factoring programme: turnover × dsoDays / 365 × advanceRate × usage.
 * turnover × DSO / 365 is the average receivables on the books (a calendar year: DSO counts calendar days);
 * the factor finances the advanced share of it, as far as the seller draws.
 *
 * @throws CoreError VALUE for a missing, non-finite or negative turnover/DSO, or a rate outside 0..1; NUM on overflow
 *
 * @example
 * // 1 200 000 € a year at 60 days DSO, 90 % advance, fully drawn: 1 200 000 × 60 / 365 × 0.9
 * factoringLine({ annualTurnover: 1200000, dsoDays: 60 }) // => 177534.24657534246
 */
export const factoringLine = (options: LineOptions): number => {
  const o = checkOptions(options);
  const { annualTurnover, dsoDays } = checkLine(o);
  const advanceRate = optionalRate(o.advanceRate, "advance_rate", FACTORING_DEFAULTS.advanceRate);
  const usage = optionalRate(o.usage, "usage", FACTORING_DEFAULTS.usage);
  return finiteResult(dec(annualTurnover).times(dsoDays).div(365).times(advanceRate).times(usage));
};
