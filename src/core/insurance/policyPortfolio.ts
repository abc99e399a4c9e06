import { type FigureRow, figuresAsRows } from "../figures";
import { lossQuantile } from "../portfolio/lossQuantile";
import { broadcastLimits, broadcastRate, checkNonNegativeList, checkOptions, checkRateList, checkSameLength } from "../validate";
import { creditPolicyYear, type PolicyTerms, type PolicyYear } from "./policy";
import { POLICY_DEFAULTS } from "./policyDefaults";

/**
 * A policy over a portfolio given as Excel gives it: one list per buyer attribute (exposures, pds, lgds,
 * credit limits) and the policy's terms, one option per argument (CREDIT.POLICYYEAR, CREDIT.KEPTQUANTILE).
 */
export interface PolicyPortfolioOptions extends PolicyTerms {
  /** What each buyer owes at default (outstanding, or peak outstanding), TTC, 0 or more. */
  exposures: number[];
  /** One-year default probability of each buyer, 0..1. */
  pds: number[];
  /** Loss given default, one for all or per buyer, 0..1 (default 1). */
  lgds?: number[] | number;
  /** Named credit limit per buyer (one for all or per buyer); null: none, the discretionary limit applies. */
  creditLimits?: Array<number | null> | number | null;
  /** Default-rate volatility as a multiple of the pd (default 0.5). */
  pdVolatility?: number;
}

const yearOf = (options: PolicyPortfolioOptions): PolicyYear => {
  const o = checkOptions(options);
  const exposures = checkNonNegativeList(o.exposures, "exposures");
  const pds = checkRateList(o.pds, "pds");
  checkSameLength(exposures, "exposures", pds, "pds");
  const lgds = broadcastRate(o.lgds, "lgds", POLICY_DEFAULTS.lgd, exposures, "exposures");
  const limits = broadcastLimits(o.creditLimits, "credit_limits", exposures, "exposures");
  const buyers = exposures.map((outstanding, i) => ({ outstanding, pd: pds[i], lgd: lgds[i], creditLimit: limits[i] }));
  return creditPolicyYear({ ...(options as PolicyTerms), buyers, pdVolatility: options.pdVolatility });
};

/** The figures CREDIT.POLICYYEAR spills, in order (the first column's codes). */
export const POLICY_FIGURES = [
  "expectedLoss",
  "premium",
  "insuranceTax",
  "fees",
  "feesVat",
  "expectedIndemnity",
  "expectedProfitShare",
  "yearlyCost",
  "maxLiability",
  "keptAt95WithoutCover",
  "keptAt95WithCover",
  "keptAt99WithoutCover",
  "keptAt99WithCover",
  "largestBuyerFailsWithoutCover",
  "largestBuyerFailsWithCover",
  "twoLargestFailWithoutCover",
  "twoLargestFailWithCover",
] as const;

/** One figure of a policy year as a row: its code and its value. */
export type PolicyFigure = FigureRow<(typeof POLICY_FIGURES)[number]>;

/** Every figure of CREDIT.POLICYYEAR by its code, from a policy year (the pane's sheet reads them by code too). */
export const policyFigureValues = (year: PolicyYear): Record<PolicyFigure["figure"], number> => {
  const [at95, at99] = year.badYear;
  return {
    expectedLoss: year.expectedLoss,
    premium: year.charges.premium,
    insuranceTax: year.charges.insuranceTax,
    fees: year.charges.fees,
    feesVat: year.charges.feesVat,
    expectedIndemnity: year.expectedIndemnity,
    expectedProfitShare: year.expectedProfitShare,
    yearlyCost: year.yearlyCost,
    maxLiability: year.charges.maxLiability,
    keptAt95WithoutCover: at95.withoutCover,
    keptAt95WithCover: at95.withCover,
    keptAt99WithoutCover: at99.withoutCover,
    keptAt99WithCover: at99.withCover,
    largestBuyerFailsWithoutCover: year.largestBuyerFails.withoutCover,
    largestBuyerFailsWithCover: year.largestBuyerFails.withCover,
    twoLargestFailWithoutCover: year.twoLargestBuyersFail.withoutCover,
    twoLargestFailWithCover: year.twoLargestBuyersFail.withCover,
  };
};

/**
 * A year of a credit-insurance policy on a portfolio as rows of figure and value: expected loss, what the policy
 * bills (premium, tax, fees and their VAT), the expected indemnity net of the aggregate deductible and the maximum
 * liability, the expected profit share, the yearly cost, the cap, the loss kept in a bad year (95 %, 99 %) and
 * when the largest buyers fail, without and with cover. See {@link creditPolicyYear} for the method.
 *
 * @example
 * // 20 buyers owing 11 835.62 € each at pd 2 %, 0.25 % on 1.2 M€ (min 1 500 €), 30× cap:
 * creditPolicyFigures({ exposures: Array(20).fill(11835.62), pds: Array(20).fill(0.02), insuredTurnover: 1200000, premiumRate: 0.0025, minPremium: 1500 })
 */
export const creditPolicyFigures = (options: PolicyPortfolioOptions): PolicyFigure[] => {
  return figuresAsRows(policyFigureValues(yearOf(options)), POLICY_FIGURES);
};

/**
 * The `level` quantile of the loss the seller keeps in a year under the policy, honouring the maximum liability
 * and the annual aggregate deductible (the joint law of gross loss and indemnities, {@link creditPolicyYear}).
 */
export const creditKeptLossQuantile = (options: PolicyPortfolioOptions & { level: number }): number =>
  lossQuantile(yearOf(options).distribution.withCover, options.level);
