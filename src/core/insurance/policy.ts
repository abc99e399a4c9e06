import { defaultOf } from "../../catalogue/parameters";
import { Decimal, dec, toNumber } from "../decimal";
import { cappedLossDistribution } from "../portfolio/cappedLoss";
import { lossQuantile } from "../portfolio/lossQuantile";
import type { LossDistribution } from "../portfolio/types";
import {
  checkNonNegative,
  checkOptions,
  checkRate,
  finiteResult,
  isOmitted,
  optionalLimit,
  optionalNonNegative,
  optionalRate,
} from "../validate";
import { type BuyerExposure, exposuresOf, type PortfolioExposureOptions } from "./exposure";
import { POLICY_DEFAULTS } from "./policyDefaults";

/** The terms of a whole-turnover credit-insurance policy (DESIGN.md, "Credit-insurance policy terms"). */
export interface PolicyTerms {
  /** Turnover declared to the insurer, €, 0 or more: the premium's base. */
  insuredTurnover: number;
  /** Premium rate on the insured turnover, 0..1 (e.g. 0.25 % or 0.0025). */
  premiumRate: number;
  /** Minimum yearly premium, € (default 0). */
  minPremium?: number;
  /** Taxe spéciale sur les conventions d'assurance on the premium, 0..1 (default 9 %, CGI art. 1001). */
  insuranceTaxRate?: number;
  /** Monitoring fee per buyer and year (frais de surveillance), € HT (default 0). */
  monitoringFee?: number;
  /** Enquiry fee per credit-limit request (frais d'étude), € HT (default 0). */
  enquiryFee?: number;
  /** Number of credit-limit requests in the year (default: the number of buyers, as in a first year). */
  enquiries?: number;
  /** VAT on the fees, 0..1 (default 20 %). */
  feeVatRate?: number;
  /** Share of an insured loss the insurer pays, 0..1 (default 0.9). */
  coverRate?: number;
  /** Amount the seller keeps on each claim, € (default 0). */
  deductible?: number;
  /** A claim (the amount owed) below this pays nothing, € (default 0). */
  threshold?: number;
  /** Cover of an unnamed buyer (no credit limit of its own), €; null or omitted = covered in full. */
  discretionaryLimit?: number | null;
  /** Annual aggregate deductible: the first indemnities of the year the insurer does not pay, € (default 0). */
  aggregateDeductible?: number;
  /** Maximum liability as a multiple of the premium (default 30). */
  maxLiabilityMultiple?: number;
  /** Profit share: this rate × max(0, premium − insurer payments − fees), 0..1 (default 0). */
  profitShareRate?: number;
  /** Months from a default to its indemnity, for display and the cash view (default 6). */
  indemnityDelayMonths?: number;
}

/**
 * Every term a contract states, none omitted (an unnamed buyer's cover still null: covered in full): what
 * checkTerms gives with the defaults applied, and what a caller keeping every term (the pane) stores.
 */
export type StatedPolicyTerms = Required<Omit<PolicyTerms, "enquiries">>;

/** Checked terms, defaults applied (internal): the enquiries stay null when not stated (one per buyer). */
interface CheckedTerms extends StatedPolicyTerms {
  enquiries: number | null;
}

/** Checks the policy terms in the order a policy states them. */
const checkTerms = (o: Record<string, unknown>): CheckedTerms => ({
  insuredTurnover: checkNonNegative(o.insuredTurnover, "insured_turnover"),
  premiumRate: checkRate(o.premiumRate, "premium_rate"),
  minPremium: optionalNonNegative(o.minPremium, "min_premium", POLICY_DEFAULTS.minPremium),
  insuranceTaxRate: optionalRate(o.insuranceTaxRate, "insurance_tax_rate", POLICY_DEFAULTS.insuranceTaxRate),
  monitoringFee: optionalNonNegative(o.monitoringFee, "monitoring_fee", POLICY_DEFAULTS.monitoringFee),
  enquiryFee: optionalNonNegative(o.enquiryFee, "enquiry_fee", POLICY_DEFAULTS.enquiryFee),
  enquiries: isOmitted(o.enquiries) ? null : checkNonNegative(o.enquiries, "enquiries"),
  feeVatRate: optionalRate(o.feeVatRate, "fee_vat_rate", POLICY_DEFAULTS.feeVatRate),
  coverRate: optionalRate(o.coverRate, "cover_rate", POLICY_DEFAULTS.coverRate),
  deductible: optionalNonNegative(o.deductible, "deductible", POLICY_DEFAULTS.deductible),
  threshold: optionalNonNegative(o.threshold, "threshold", POLICY_DEFAULTS.threshold),
  discretionaryLimit: optionalLimit(o.discretionaryLimit, "discretionary_limit"),
  aggregateDeductible: optionalNonNegative(o.aggregateDeductible, "aggregate_deductible", POLICY_DEFAULTS.aggregateDeductible),
  maxLiabilityMultiple: optionalNonNegative(o.maxLiabilityMultiple, "max_liability_multiple", POLICY_DEFAULTS.maxLiabilityMultiple),
  profitShareRate: optionalRate(o.profitShareRate, "profit_share_rate", POLICY_DEFAULTS.profitShareRate),
  indemnityDelayMonths: optionalNonNegative(o.indemnityDelayMonths, "indemnity_delay_months", POLICY_DEFAULTS.indemnityDelayMonths),
});

/** What the policy bills in a year, € (decimals inside, doubles out). */
export interface PolicyCharges {
  /** max(insured turnover × rate, minimum premium) */
  premium: number;
  /** premium × insurance tax rate */
  insuranceTax: number;
  /** monitoring fee × buyers + enquiry fee × enquiries, HT */
  fees: number;
  /** fees × fee VAT rate */
  feesVat: number;
  /** premium + insurance tax + fees + fee VAT */
  total: number;
  /** maximum liability multiple × premium: the most the insurer pays in a year */
  maxLiability: number;
}

interface DecimalCharges {
  premium: Decimal;
  insuranceTax: Decimal;
  fees: Decimal;
  feesVat: Decimal;
  maxLiability: Decimal;
}

const chargesOf = (terms: CheckedTerms, buyers: number): DecimalCharges => {
  const premium = Decimal.max(dec(terms.insuredTurnover).times(terms.premiumRate), terms.minPremium);
  const fees = dec(terms.monitoringFee).times(buyers).plus(dec(terms.enquiryFee).times(terms.enquiries ?? buyers));
  return {
    premium,
    insuranceTax: premium.times(terms.insuranceTaxRate),
    fees,
    feesVat: fees.times(terms.feeVatRate),
    maxLiability: premium.times(terms.maxLiabilityMultiple),
  };
};

/**
 * What a policy bills in a year for a number of buyers: premium = max(insured turnover × rate, minimum
 * premium); insurance tax on the premium (taxe spéciale sur les conventions d'assurance, CGI art. 1001, 9 % by
 * default); monitoring fee per buyer and enquiry fee per limit request, with VAT; and the maximum liability,
 * multiple × premium.
 *
 * @throws CoreError VALUE for a negative or non-finite amount or count, a rate outside 0..1, a negative multiple; NUM on overflow
 *
 * @example
 * // 1 200 000 € at 0.25 %, minimum 1 500 €; 20 buyers at 80 € + 20 enquiries at 150 €
 * creditPolicyCharges({ insuredTurnover: 1200000, premiumRate: 0.0025, minPremium: 1500, monitoringFee: 80, enquiryFee: 150, buyers: 20 })
 * // => { premium: 3000, insuranceTax: 270, fees: 4600, feesVat: 920, total: 8790, maxLiability: 90000 }
 */
export const creditPolicyCharges = (options: PolicyTerms & { buyers: number }): PolicyCharges => {
  const o = checkOptions(options);
  const terms = checkTerms(o);
  const buyers = optionalNonNegative(o.buyers, "buyers", defaultOf("buyers"));
  const c = chargesOf(terms, buyers);
  return {
    premium: finiteResult(c.premium),
    insuranceTax: finiteResult(c.insuranceTax),
    fees: finiteResult(c.fees),
    feesVat: finiteResult(c.feesVat),
    total: finiteResult(c.premium.plus(c.insuranceTax).plus(c.fees).plus(c.feesVat)),
    maxLiability: finiteResult(c.maxLiability),
  };
};

/** One buyer's default: what it costs before cover and what the policy owes on it before the yearly terms. */
interface Claim {
  grossLoss: Decimal;
  indemnity: Decimal;
}

/**
 * A default of this buyer (DESIGN.md, "Exposure"): the seller loses exposure × lgd; a claim (the amount owed)
 * below the threshold pays nothing; otherwise the insured part is min(exposure, limit) × lgd — recoveries
 * shared pro rata between the insured and the uninsured part — with the buyer's named limit or, for an
 * unnamed buyer, the discretionary limit; then the per-claim deductible, then the cover rate.
 */
const claimOf = (buyer: BuyerExposure, terms: CheckedTerms): Claim => {
  const exposure = dec(buyer.exposure);
  const grossLoss = exposure.times(buyer.lgd);
  if (exposure.lessThan(terms.threshold)) return { grossLoss, indemnity: dec(0) };
  const limit = buyer.creditLimit ?? terms.discretionaryLimit;
  const insured = (limit === null ? exposure : Decimal.min(exposure, limit)).times(buyer.lgd);
  return { grossLoss, indemnity: Decimal.max(0, insured.minus(terms.deductible)).times(terms.coverRate) };
};

/** Loss without and with cover in one scenario, €. */
export interface ScenarioLoss {
  withoutCover: number;
  withCover: number;
}

/** The largest buyers (by exposure) fail together: gross − min(cap, max(0, Σ indemnities − AD)). */
const scenarioOf = (claims: readonly Claim[], charges: DecimalCharges, terms: CheckedTerms): ScenarioLoss => {
  const gross = claims.reduce((s, c) => s.plus(c.grossLoss), dec(0));
  const owed = claims.reduce((s, c) => s.plus(c.indemnity), dec(0));
  const paid = Decimal.min(charges.maxLiability, Decimal.max(0, owed.minus(terms.aggregateDeductible)));
  return { withoutCover: finiteResult(gross), withCover: finiteResult(gross.minus(paid)) };
};

/** Options of {@link creditPolicyYear}: the portfolio (a buyer list or a turnover split) and the policy. */
export type PolicyYearOptions = PortfolioExposureOptions & PolicyTerms & {
  /** Default-rate volatility as a multiple of the pd (default 0.5, as CREDIT.LOSSQUANTILE). */
  pdVolatility?: number;
};

/** One level of the bad-year table. */
export interface BadYearLoss extends ScenarioLoss {
  /** 0.95: the loss exceeded one year in 20; 0.99: one year in 100. */
  level: number;
}

/** What {@link creditPolicyYear} returns; amounts in €. */
export interface PolicyYear {
  /** Σ exposure, € TTC. */
  totalExposure: number;
  /** Σ pd × exposure × lgd: the expected yearly loss without cover. */
  expectedLoss: number;
  charges: PolicyCharges;
  /** Σ pd × indemnity per claim, before the aggregate deductible and the cap. */
  expectedClaimsOwed: number;
  /** E[min(max liability, max(0, Σ indemnities − aggregate deductible))]. */
  expectedIndemnity: number;
  /** profit share rate × E[max(0, premium − insurer payment − fees)]. */
  expectedProfitShare: number;
  /** premium + insurance tax + fees + fee VAT − expected indemnity − expected profit share. */
  yearlyCost: number;
  /** expected loss − expected indemnity: the loss kept on average. */
  expectedKeptLoss: number;
  /** Months from a default to its indemnity (display and cash view). */
  indemnityDelayMonths: number;
  /** 95 % and 99 % losses of a year without and with cover, honouring the cap and the aggregate deductible. */
  badYear: BadYearLoss[];
  /** The largest buyer fails; the two largest fail (both in the same year). */
  largestBuyerFails: ScenarioLoss;
  twoLargestBuyersFail: ScenarioLoss;
  /** For a chart: the year's loss without cover and kept with cover, on one lattice. */
  distribution: { withoutCover: LossDistribution; withCover: LossDistribution };
}

/** The levels of the bad-year table. */
export const BAD_YEAR_LEVELS = [0.95, 0.99] as const;

/**
 * A credit-insurance policy over one year on a portfolio: what it bills, what it pays back on average, its
 * yearly cost, and the loss kept in a bad year and when the largest buyers fail.
 *
 * yearly cost = premium + tax + fees (with VAT) − expected indemnity − expected profit share, where the
 * expected indemnity honours the annual aggregate deductible and the maximum liability (multiple × premium)
 * and the profit share is rate × max(0, premium − insurer payments − fees HT) in expectation. Both, and the
 * 95 %/99 % losses, come from the joint CreditRisk+ law of the year's gross loss and indemnities
 * ({@link cappedLossDistribution}: method, accuracy and speed there). Each buyer's default costs
 * exposure × lgd and is indemnified as {@link claimOf} says.
 *
 * @throws CoreError as {@link portfolioExposures} and {@link creditPolicyCharges}; NUM on overflow
 *
 * @example
 * // The pane's seed: 1 200 000 € HT at 60 days, 20 equal buyers, pd 2 %, 0.25 % premium (min 1 500 €), 30× cap
 * creditPolicyYear({ buyers: 20, turnover: 1200000, vatIncluded: false, paymentDays: 60, pd: 0.02,
 *   insuredTurnover: 1200000, premiumRate: 0.0025, minPremium: 1500 }).expectedLoss // => 4734.2465…
 */
export const creditPolicyYear = (options: PolicyYearOptions): PolicyYear => {
  const o = checkOptions(options);
  const buyers = exposuresOf(o);
  const terms = checkTerms(o);
  const pdVolatility = o.pdVolatility;
  const charges = chargesOf(terms, buyers.length);
  const claims = buyers.map((buyer) => claimOf(buyer, terms));

  const premium = charges.premium;
  const fees = charges.fees;
  const tail = cappedLossDistribution({
    grossLosses: claims.map((c) => toNumber(c.grossLoss)),
    indemnities: claims.map((c) => toNumber(Decimal.min(c.indemnity, c.grossLoss))),
    pds: buyers.map((b) => b.pd),
    pdVolatility: isOmitted(pdVolatility) ? POLICY_DEFAULTS.pdVolatility : (pdVolatility as number),
    aggregateDeductible: terms.aggregateDeductible,
    maxLiability: toNumber(charges.maxLiability),
    profitShareRate: terms.profitShareRate,
    profitShareBase: toNumber(Decimal.max(0, premium.minus(fees))),
  });

  const expectedLoss = buyers.reduce((s, b, i) => s.plus(claims[i].grossLoss.times(b.pd)), dec(0));
  const expectedClaimsOwed = buyers.reduce((s, b, i) => s.plus(claims[i].indemnity.times(b.pd)), dec(0));
  const billed = premium.plus(charges.insuranceTax).plus(fees).plus(charges.feesVat);
  const yearlyCost = billed.minus(tail.expectedInsurerPayment).minus(tail.expectedProfitShare);

  const order = buyers.map((_, i) => i).sort((a, b) => buyers[b].exposure - buyers[a].exposure);
  const largest = order.slice(0, 1).map((i) => claims[i]);
  const twoLargest = order.slice(0, 2).map((i) => claims[i]);
  return {
    totalExposure: finiteResult(buyers.reduce((s, b) => s.plus(b.exposure), dec(0))),
    expectedLoss: finiteResult(expectedLoss),
    charges: {
      premium: finiteResult(premium),
      insuranceTax: finiteResult(charges.insuranceTax),
      fees: finiteResult(fees),
      feesVat: finiteResult(charges.feesVat),
      total: finiteResult(billed),
      maxLiability: finiteResult(charges.maxLiability),
    },
    expectedClaimsOwed: finiteResult(expectedClaimsOwed),
    expectedIndemnity: tail.expectedInsurerPayment,
    expectedProfitShare: tail.expectedProfitShare,
    yearlyCost: finiteResult(yearlyCost),
    expectedKeptLoss: finiteResult(expectedLoss.minus(tail.expectedInsurerPayment)),
    indemnityDelayMonths: terms.indemnityDelayMonths,
    badYear: BAD_YEAR_LEVELS.map((level) => ({
      level,
      withoutCover: lossQuantile(tail.gross, level),
      withCover: lossQuantile(tail.kept, level),
    })),
    largestBuyerFails: scenarioOf(largest, charges, terms),
    twoLargestBuyersFail: scenarioOf(twoLargest, charges, terms),
    distribution: { withoutCover: tail.gross, withCover: tail.kept },
  };
};
