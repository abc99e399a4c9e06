import { defaultOf } from "../../catalogue/parameters";

/**
 * Defaults of a whole-turnover credit-insurance policy (DESIGN.md, "Credit-insurance policy terms"), declared
 * once here until they move to the catalogue. Frozen: the task pane and the functions share one runtime.
 *
 * - insuranceTaxRate 9 %: the taxe spéciale sur les conventions d'assurance, Code général des impôts
 *   art. 1001 (version in force since 31 December 2023, LOI n° 2023-1322 art. 141), whose 6° taxes "toutes
 *   autres assurances" — credit insurance has no line of its own — at 9 %; it is levied on the premium and
 *   its accessories (art. 991). An input: a policy may fall under another line.
 * - feeVatRate 20 %: monitoring and enquiry fees are services billed with VAT (DESIGN.md), standard rate.
 * - maxLiabilityMultiple 30: the maximum liability (plafond d'indemnisation) is a multiple of the premium,
 *   typically 20–40×, often 30× (DESIGN.md).
 * - indemnityDelayMonths 6: an assumption for display — an insolvency is indemnified once the claim is
 *   admitted, a protracted default after the waiting period (often 150–180 days); a contract states its own.
 * - discretionaryLimit null: unnamed buyers covered in full, as the CREDIT.* functions treat a blank limit;
 *   a policy's discretionary limit (e.g. 15 000 €) should be typed.
 * - No fees, no aggregate deductible, no profit share, no claim threshold, 90 % cover, lgd 1 and
 *   pd_volatility 0.5 as CREDIT_DEFAULTS and PORTFOLIO_DEFAULTS.
 */
export const POLICY_DEFAULTS = Object.freeze({
  vatRate: defaultOf("sales_vat_rate"),
  lgd: defaultOf("lgd"),
  coverRate: defaultOf("cover_rate"),
  deductible: defaultOf("deductible"),
  threshold: defaultOf("threshold"),
  minPremium: defaultOf("min_premium"),
  insuranceTaxRate: defaultOf("insurance_tax_rate"),
  feeVatRate: defaultOf("fee_vat_rate"),
  monitoringFee: defaultOf("monitoring_fee"),
  enquiryFee: defaultOf("enquiry_fee"),
  aggregateDeductible: defaultOf("aggregate_deductible"),
  maxLiabilityMultiple: defaultOf("max_liability_multiple"),
  profitShareRate: defaultOf("profit_share_rate"),
  indemnityDelayMonths: defaultOf("indemnity_delay_months"),
  discretionaryLimit: defaultOf<number | null>("discretionary_limit"),
  pdVolatility: defaultOf("pd_volatility"),
});
