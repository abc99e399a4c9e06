/**
 * The credit-insurance simulator's figures, computed once, here, for the task pane (./view.ts) and checked
 * against the proposal sheet (./proposal.ts), whose CREDIT.POLICYYEAR and CREDIT.KEPTQUANTILE formulas run over
 * the same buyers and terms: a year of the policy (creditPolicyYear: what it bills, the expected indemnity under
 * the maximum liability and the aggregate deductible, the expected profit share, the yearly cost, the loss kept
 * in a bad year and when the largest buyers fail), the buyers that make a bad year (portfolioContributions) and
 * how much the 99 % loss rests on pd_volatility. All the math is the core's; this only says which call gets
 * which inputs. Pure: no Office, no DOM.
 */
import {
  type BuyerExposure,
  creditBreakEvenPd,
  creditExpectedIndemnity,
  creditExpectedLoss,
  creditPolicyYear,
  type PolicyTerms,
  type PolicyYear,
  portfolioContributions,
  portfolioExposures,
} from "../../../core";
import type { InsuranceInputs } from "./inputs";

/** Buyers in the illustrative portfolio used when none was read from the sheet (a plain, stated assumption). */
export const ILLUSTRATIVE_BUYERS = 20;

/** How many buyers the "bad year" table lists. */
export const TOP_BUYERS = 10;

/**
 * The buyers every figure reads, exposure at default in € TTC: the portfolio read from the sheet, or the
 * outstanding (turnover TTC × payment days / 365) split evenly between the illustrative buyers.
 */
export const insuranceBuyers = (inputs: InsuranceInputs): BuyerExposure[] => {
  const read = inputs.portfolio;
  if (read !== null) {
    return portfolioExposures({
      buyers: read.exposures.map((outstanding, i) => ({ outstanding, pd: read.pds[i], lgd: read.lgds[i], creditLimit: read.creditLimits[i] })),
    });
  }
  return portfolioExposures({
    buyers: ILLUSTRATIVE_BUYERS,
    turnover: inputs.insuredTurnover,
    vatIncluded: inputs.vatIncluded,
    vatRate: inputs.vatRate,
    paymentDays: inputs.paymentDays,
    pd: inputs.pd,
    lgd: inputs.lgd,
  });
};

/** The policy's terms as the core reads them (the enquiries left to the core: one per buyer, a first year). */
export const policyTerms = (inputs: InsuranceInputs): PolicyTerms => ({
  insuredTurnover: inputs.insuredTurnover,
  premiumRate: inputs.premiumRate,
  minPremium: inputs.minPremium,
  insuranceTaxRate: inputs.insuranceTaxRate,
  monitoringFee: inputs.monitoringFee,
  enquiryFee: inputs.enquiryFee,
  feeVatRate: inputs.feeVatRate,
  coverRate: inputs.coverRate,
  deductible: inputs.deductible,
  threshold: inputs.threshold,
  discretionaryLimit: inputs.discretionaryLimit,
  aggregateDeductible: inputs.aggregateDeductible,
  maxLiabilityMultiple: inputs.maxLiabilityMultiple,
  profitShareRate: inputs.profitShareRate,
  indemnityDelayMonths: inputs.indemnityDelayMonths,
});

/** A year of the policy on the buyers; throws the core's CoreError when it refuses the inputs. */
export const insurancePolicyYear = (inputs: InsuranceInputs, pdVolatility = inputs.pdVolatility): PolicyYear =>
  creditPolicyYear({ buyers: insuranceBuyers(inputs).map(({ exposure, pd, lgd, creditLimit }) => ({ outstanding: exposure, pd, lgd, creditLimit })), ...policyTerms(inputs), pdVolatility });

/**
 * The expected loss of a year on a turnover, from the same exposure model as the insurance tab: turnover TTC
 * × payment days / 365, × pd × lgd. Shared so that another tab (the diagnostic) states the same figure to the cent.
 */
export const expectedLossOnTurnover = (options: { turnover: number; vatIncluded: boolean; vatRate?: number; paymentDays: number; pd: number; lgd?: number }): number => {
  const buyers = portfolioExposures({ buyers: 1, ...options });
  return creditExpectedLoss({ exposures: buyers.map((b) => b.exposure), pds: buyers.map((b) => b.pd), lgds: buyers.map((b) => b.lgd) });
};

/** The buyers as lists, as the sheet's columns hold them (exposures at default, pds, lgds, limits). */
const portfolioOf = (inputs: InsuranceInputs) => {
  const buyers = insuranceBuyers(inputs);
  return {
    exposures: buyers.map((b) => b.exposure),
    pds: buyers.map((b) => b.pd),
    lgds: buyers.map((b) => b.lgd),
    creditLimits: buyers.map((b) => b.creditLimit),
  };
};

/**
 * The analyst's break-even: the one default probability, the same for every buyer, at which the expected
 * indemnity per claim equals the premium — CREDIT.BREAKEVENPD on what the policy would owe if every buyer failed
 * (CREDIT.EXPECTEDINDEMNITY at pd 1: each loss exposure × lgd capped by the buyer's limit or the discretionary
 * one, less the deductible). The yearly terms (aggregate deductible, maximum liability) and the claim threshold
 * are left out: a reading of the premium against the claims, not the yearly cost.
 */
export const insuranceBreakEvenPd = (inputs: InsuranceInputs, premium: number): number => {
  const book = portfolioOf(inputs);
  const owedIfAllFail = creditExpectedIndemnity({
    exposures: book.exposures,
    pds: book.pds.map(() => 1),
    lgds: book.lgds,
    coverRate: 1,
    creditLimits: book.creditLimits.map((limit) => limit ?? inputs.discretionaryLimit),
    deductibles: inputs.deductible,
  });
  return creditBreakEvenPd({ premium, exposure: owedIfAllFail, lgd: 1, coverRate: inputs.coverRate });
};

/** One buyer of the "bad year" table. */
export interface BadYearBuyer {
  /** 1-based position in the portfolio (the row read, or the illustrative buyer's number). */
  buyer: number;
  exposure: number;
  /** Its share of the 99 % loss without cover, €. */
  withoutCover: number;
  /** Its share of the 99 % loss kept with cover (cover rate, its limit or the discretionary one, deductible), €. */
  withCover: number;
}

/**
 * The buyers that make a bad year: each one's contribution to the 99 % loss without and with cover
 * (CREDIT.CONTRIBUTIONS: the CreditRisk+ contributions scaled to the quantile), the `TOP_BUYERS` largest without
 * cover first. The contributions with cover take the cover per claim (cover rate, credit limit, deductible); the
 * yearly aggregate deductible and maximum liability are not per buyer and are left out of them.
 */
export const badYearBuyers = (inputs: InsuranceInputs, level = 0.99): BadYearBuyer[] => {
  const book = portfolioOf(inputs);
  const base = { exposures: book.exposures, pds: book.pds, lgds: book.lgds, pdVolatility: inputs.pdVolatility, level };
  const limits = book.creditLimits.map((limit) => limit ?? inputs.discretionaryLimit);
  const gross = portfolioContributions(base);
  const kept = portfolioContributions({ ...base, coverRate: inputs.coverRate, creditLimits: limits, deductible: inputs.deductible });
  return gross
    .map((row, i) => ({ buyer: i + 1, exposure: book.exposures[i], withoutCover: row.quantileContribution, withCover: kept[i].quantileContribution }))
    .sort((a, b) => b.withoutCover - a.withoutCover || a.buyer - b.buyer)
    .slice(0, TOP_BUYERS);
};

/** The 99 % loss without and with cover at one pd_volatility. */
export interface VolatilityPoint {
  pdVolatility: number;
  withoutCover: number;
  withCover: number;
}

/**
 * How much the 99 % loss rests on pd_volatility, the least known input: the policy year's 99 % loss without
 * and with cover (cap and aggregate deductible included) at the chosen volatility, at 0 (Poisson defaults) and
 * at 1 (the default rate's standard deviation equal to its mean) — the same figure as the headline, one input moved.
 * `chosen`: the year at the chosen volatility when the caller has it (the pane's headline).
 */
export const volatilityPoints = (inputs: InsuranceInputs, chosen: PolicyYear = insurancePolicyYear(inputs)): VolatilityPoint[] =>
  [inputs.pdVolatility, 0, 1].map((pdVolatility, index) => {
    // The chosen volatility's year is the headline's, already computed by the caller.
    const at99 = (index === 0 ? chosen : insurancePolicyYear(inputs, pdVolatility)).badYear[1];
    return { pdVolatility, withoutCover: at99.withoutCover, withCover: at99.withCover };
  });
