/** The credit insurance simulator's inputs. Rates are decimals, money in euros. */
import { type Check, nullable, ofParameter, SEED_CLIENT, shape, str } from "../shape";

/** A portfolio of buyers read from the sheet: equal-length arrays. */
export interface Portfolio {
  exposures: number[];
  pds: number[];
  lgds: number[];
}

export interface InsuranceInputs {
  clientName: string;
  insuredTurnover: number;
  premiumRate: number;
  minPremium: number;
  coverRate: number;
  /** Deductible per claim, €. */
  deductible: number;
  /** Expected default rate (share of the insured turnover lost to defaults in a year before recovery). */
  pd: number;
  lgd: number;
  /** Set when the portfolio was read from the sheet; then it replaces turnover × pd × lgd for losses. */
  portfolio: Portfolio | null;
}

export const INSURANCE_SEED: InsuranceInputs = {
  clientName: SEED_CLIENT,
  insuredTurnover: 1200000,
  premiumRate: 0.0025,
  minPremium: 1500,
  coverRate: 0.9,
  deductible: 0,
  pd: 0.02,
  lgd: 1,
  portfolio: null,
};

const portfolio: Check = (value) =>
  shape({ exposures: ofParameter("exposures"), pds: ofParameter("pds"), lgds: ofParameter("lgds") })(value) &&
  [(value as Portfolio).pds, (value as Portfolio).lgds].every((list) => list.length === (value as Portfolio).exposures.length);

export const INSURANCE_STORED: Readonly<Record<keyof InsuranceInputs, Check>> = {
  clientName: str, insuredTurnover: ofParameter("insured_turnover"), premiumRate: ofParameter("rate"), minPremium: ofParameter("min_premium"), coverRate: ofParameter("cover_rate"), deductible: ofParameter("deductible"), pd: ofParameter("pd"), lgd: ofParameter("lgd"),
  portfolio: nullable(portfolio),
};
