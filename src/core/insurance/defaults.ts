import { defaultOf } from "../../catalogue/parameters";
/**
 * Defaults of the credit-insurance functions (DESIGN.md, "Credit insurance"): a default loses the whole
 * exposure (lgd 1) unless told otherwise, since an insured seller recovers little from an insolvent buyer;
 * 90 % cover is the usual French policy quota; no deductible, no claim threshold, no minimum premium.
 * Frozen: the task pane and the functions share one runtime, so no caller may change the others' defaults.
 */
export const CREDIT_DEFAULTS = Object.freeze({
  lgd: defaultOf("lgd"),
  coverRate: defaultOf("cover_rate"),
  deductible: defaultOf("deductible"),
  threshold: defaultOf("threshold"),
  minPremium: defaultOf("min_premium"),
});

/** A portfolio of buyers, one value per buyer in each list. */
export interface PortfolioOptions {
  /** Amount owed by each buyer, 0 or more. */
  exposures: number[];
  /** One-year default probability of each buyer, 0..1. */
  pds: number[];
  /** Loss given default, one for all or one per buyer, 0..1 (default 1). */
  lgds?: number[] | number;
}

/** A portfolio with the policy's cover terms. */
export interface CoveredPortfolioOptions extends PortfolioOptions {
  /** Share of an insured loss the insurer pays, 0..1 (default 0.9). */
  coverRate?: number;
  /** Credit limit granted by the insurer, one for all or one per buyer; null = no limit (default). */
  creditLimits?: Array<number | null> | number | null;
  /**
   * Amount the seller keeps on each claim, one for all or one per buyer, 0 or more (default 0): a default
   * of buyer i is paid coverRate × max(0, min(exposure × lgd, creditLimit) − deductible), as
   * {@link creditIndemnity} pays one claim. Named as creditRiskPlus's `cover.deductibles`; messages name the
   * Excel argument `deductible` (CREDIT.INDEMNITY, CREDIT.LOSSQUANTILE).
   */
  deductibles?: number[] | number;
}
