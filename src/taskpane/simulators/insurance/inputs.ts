/**
 * The credit insurance simulator's inputs: the portfolio (a turnover split between illustrative buyers, or the
 * buyers read from the sheet) and the policy's terms as a contract writes them. Rates are decimals, money in
 * euros; the names follow the core's PolicyTerms (src/core/insurance/policy.ts).
 */
import type { StatedPolicyTerms } from "../../../core";
import { type Check, nullable, num, ofParameter, SEED_CLIENT, shape, str } from "../shape";

/**
 * A portfolio of buyers read from the sheet: equal-length arrays. `exposures` is each buyer's outstanding (or
 * peak outstanding), € TTC: what a default loses; `creditLimits` the limit the insurer granted, null = unnamed.
 */
export interface Portfolio {
  exposures: number[];
  pds: number[];
  lgds: number[];
  creditLimits: Array<number | null>;
}

/** The policy's terms as the core states them (StatedPolicyTerms), with the portfolio they apply to. */
export interface InsuranceInputs extends StatedPolicyTerms {
  clientName: string;
  /** Whether the insured turnover includes VAT (with no portfolio read, the outstanding is drawn from it TTC). */
  vatIncluded: boolean;
  /** VAT rate that turns an HT turnover into what buyers owe (TTC). */
  vatRate: number;
  /** Days buyers really take to pay: outstanding = turnover TTC × days / 365. */
  paymentDays: number;
  /** Default-rate volatility as a multiple of the pd. */
  pdVolatility: number;
  /** Default probability of each illustrative buyer. */
  pd: number;
  lgd: number;
  /** Set when the portfolio was read from the sheet; then it replaces the illustrative buyers. */
  portfolio: Portfolio | null;
}

/** The seed: the core's worked example (src/core/insurance/policy.ts, creditPolicyYear) with its defaults written out. */
export const INSURANCE_SEED: InsuranceInputs = {
  clientName: SEED_CLIENT,
  insuredTurnover: 1200000,
  vatIncluded: false,
  vatRate: 0.2,
  paymentDays: 60,
  premiumRate: 0.0025,
  minPremium: 1500,
  insuranceTaxRate: 0.09,
  coverRate: 0.9,
  deductible: 0,
  threshold: 0,
  discretionaryLimit: null,
  aggregateDeductible: 0,
  maxLiabilityMultiple: 30,
  profitShareRate: 0,
  monitoringFee: 0,
  enquiryFee: 0,
  feeVatRate: 0.2,
  indemnityDelayMonths: 6,
  pdVolatility: 0.5,
  pd: 0.02,
  lgd: 1,
  portfolio: null,
};

const limits: Check = (value) => Array.isArray(value) && value.every((item) => item === null || num(item));

const portfolio: Check = (value) =>
  shape({ exposures: ofParameter("exposures"), pds: ofParameter("pds"), lgds: ofParameter("lgds"), creditLimits: limits })(value) &&
  [(value as Portfolio).pds, (value as Portfolio).lgds, (value as Portfolio).creditLimits].every(
    (list) => list.length === (value as Portfolio).exposures.length,
  );

export const INSURANCE_STORED: Readonly<Record<keyof InsuranceInputs, Check>> = {
  clientName: str, insuredTurnover: ofParameter("insured_turnover"), vatIncluded: ofParameter("vat_included"), vatRate: ofParameter("sales_vat_rate"),
  paymentDays: ofParameter("payment_days"), premiumRate: ofParameter("premium_rate"), minPremium: ofParameter("min_premium"),
  insuranceTaxRate: ofParameter("insurance_tax_rate"), coverRate: ofParameter("cover_rate"), deductible: ofParameter("deductible"),
  threshold: ofParameter("threshold"), discretionaryLimit: ofParameter("discretionary_limit"), aggregateDeductible: ofParameter("aggregate_deductible"),
  maxLiabilityMultiple: ofParameter("max_liability_multiple"), profitShareRate: ofParameter("profit_share_rate"), monitoringFee: ofParameter("monitoring_fee"),
  enquiryFee: ofParameter("enquiry_fee"), feeVatRate: ofParameter("fee_vat_rate"), indemnityDelayMonths: ofParameter("indemnity_delay_months"),
  pdVolatility: ofParameter("pd_volatility"), pd: ofParameter("pd"), lgd: ofParameter("lgd"),
  portfolio: nullable(portfolio),
};
