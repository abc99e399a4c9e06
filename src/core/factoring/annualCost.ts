import { Decimal, dec } from "../decimal";
import { checkOptions, finiteResult, optionalNonNegative, optionalRate } from "../validate";
import { FACTORING_DEFAULTS } from "./defaults";
import { checkLine, type LineOptions } from "./line";

/** Options of {@link factoringAnnualCost}: the line's, plus the yearly fees. */
export interface AnnualCostOptions extends LineOptions {
  /** Service fee on the turnover, 0..1 (default 0.01). */
  serviceFeeRate?: number;
  /** Annual financing rate on the line, 0..1 (default 0.05). */
  financingRate?: number;
  /** Minimum yearly service fee, 0 or more (default 0). */
  minAnnualFee?: number;
  /** File, subscription and other yearly fees, 0 or more (default 0). */
  fixedFees?: number;
}

/** The yearly cost of a factoring programme, part by part. */
export interface AnnualCost {
  /** Average financed outstanding ({@link factoringLine}). */
  line: number;
  /** max(turnover × serviceFeeRate, minAnnualFee). */
  serviceFee: number;
  /** line × financingRate. */
  financingCost: number;
  /** The fixed fees as given. */
  fixedFees: number;
  /** serviceFee + financingCost + fixedFees. */
  total: number;
}

/**
 * Yearly cost of factoring a turnover: max(turnover × serviceFeeRate, minAnnualFee) + line × financingRate
 * + fixedFees. Financing is charged on the average line over a year, so the yearly rate applies as is.
 *
 * Day basis: line × financingRate counts the financing on 365 days a year, where {@link factoringCost} counts
 * ACT/360 by default, so a year of invoices costs 365/360 more in FACTOR.COST than here. Kept as is because
 * published results (FACTOR.ANNUALCOST in workbooks) must not move; {@link factoringProgramme} gives the yearly
 * cost on the contract's day basis (ACT/360 by default, as FACTOR.COST) with the full offer terms.
 *
 * @throws CoreError VALUE for a missing, non-finite or negative amount/DSO/fee, or a rate outside 0..1; NUM on overflow
 *
 * @example
 * // 1 200 000 € at 60 days, 90 % advance, 1 % service, 5 % financing, 500 € fixed fees:
 * // line 1 200 000 × 60 / 365 × 0.9 = 177 534.25; service 12 000; financing 8 876.71; total 21 376.71
 * factoringAnnualCost({ annualTurnover: 1200000, dsoDays: 60, fixedFees: 500 })
 * // => { line: 177534.24657534246, serviceFee: 12000, financingCost: 8876.712328767124, fixedFees: 500, total: 21376.712328767124 }
 */
export const factoringAnnualCost = (options: AnnualCostOptions): AnnualCost => {
  const o = checkOptions(options);
  const { annualTurnover, dsoDays } = checkLine(o);
  const serviceFeeRate = optionalRate(o.serviceFeeRate, "service_fee_rate", FACTORING_DEFAULTS.serviceFeeRate);
  const financingRate = optionalRate(o.financingRate, "financing_rate", FACTORING_DEFAULTS.financingRate);
  const advanceRate = optionalRate(o.advanceRate, "advance_rate", FACTORING_DEFAULTS.advanceRate);
  const usage = optionalRate(o.usage, "usage", FACTORING_DEFAULTS.usage);
  const minAnnualFee = optionalNonNegative(o.minAnnualFee, "min_annual_fee", FACTORING_DEFAULTS.minAnnualFee);
  const fixedFees = optionalNonNegative(o.fixedFees, "fixed_fees", FACTORING_DEFAULTS.fixedFees);

  const line = dec(annualTurnover).times(dsoDays).div(365).times(advanceRate).times(usage);
  const serviceFee = Decimal.max(dec(annualTurnover).times(serviceFeeRate), minAnnualFee);
  const financingCost = line.times(financingRate);
  return {
    line: finiteResult(line),
    serviceFee: finiteResult(serviceFee),
    financingCost: finiteResult(financingCost),
    fixedFees,
    total: finiteResult(serviceFee.plus(financingCost).plus(fixedFees)),
  };
};
