import { dec } from "../decimal";
import { FACTORING_DEFAULTS, factoringAnnualCost, factoringLine } from "../factoring";
import { outstandingFromTurnover } from "../insurance/exposure";
import { POLICY_DEFAULTS } from "../insurance/policyDefaults";
import { MESSAGES } from "../messages";
import {
  checkNonNegative,
  checkOptions,
  checkPositiveRate,
  checkRate,
  fail,
  finiteResult,
  optionalBoolean,
  optionalNonNegative,
  optionalRate,
} from "../validate";

export type Objective = "cash" | "protection" | "both" | "unsure";
/** "neither": no product for now — tighten the terms and the dunning, and carry the risk in house. */
export type Recommendation = "insurance" | "factoring" | "both" | "neither";

/** The few figures the diagnostic asks for. */
export interface DiagnoseOptions {
  /** Annual B2B turnover, €, HT or TTC as `vatIncluded` says. */
  turnover: number;
  /** TRUE when `turnover` includes VAT (TTC), FALSE when it is net of VAT (HT). No default. */
  vatIncluded: boolean;
  /** VAT rate on sales, 0..1 (default 0.2, CGI art. 278): turns an HT turnover into what customers owe. */
  vatRate?: number;
  /** Days customers really take to pay on average (the DSO), 0 or more. */
  paymentDays: number;
  /** Payment terms agreed with customers, days, 0 or more (default 30: Code de commerce L441-10, I). */
  agreedTermsDays?: number;
  /** Share of the five largest customers in the turnover, 0..1. */
  top5Share: number;
  /** Gross margin rate, more than 0 and at most 1. */
  grossMargin: number;
  objective: Objective;
  /** TRUE when a factoring contract with guarantee (credit cover by the factor) is in place or offered (default FALSE). */
  factoringGuarantee?: boolean;
  /** Overrides of {@link DIAGNOSTIC_ASSUMPTIONS}. */
  assumptions?: Partial<DiagnosticAssumptions>;
}

/** What the diagnostic assumes when the user gives only a few figures. */
export interface DiagnosticAssumptions {
  /** Share of receivables outstanding lost to customer failures in a year, before recovery. */
  defaultRate: number;
  /** Share of a failed customer's receivables never recovered. */
  lossGivenDefault: number;
  /** Factoring terms used to price the cash freed (the factoring seeds). */
  advanceRate: number;
  serviceFeeRate: number;
  financingRate: number;
  /** Days beyond the agreed terms from which customers are said to pay late enough to tie up cash. */
  lateDaysMark: number;
  /** Top-5 share from which the customer base is said to be concentrated. */
  concentratedTop5Share: number;
  /** Share of a year's gross margin that a single failure may cost before it is said to be heavy. */
  heavyLossShareOfMargin: number;
}

/**
 * The diagnostic's assumptions, stated so that a broker can show them to the client:
 * - 2 % of receivables outstanding fail in a year, nothing recovered (LGD 100 %): a prudent order of
 *   magnitude for SMEs' trade customers; replace it with the client's own loss history when known;
 * - factoring at the simulator's seed terms (90 % advanced, 1 % service fee, 5 % financing);
 * - customers paying 15 days or more beyond the agreed terms tie up cash (half a month late: an order of
 *   magnitude to state, not a legal figure; the legal caps of L441-10 bound the terms, not the lateness);
 * - a top-5 share of 40 % or more is concentrated; a single failure costing 10 % or more of a year's gross
 *   margin is heavy.
 */
export const DIAGNOSTIC_ASSUMPTIONS: Readonly<DiagnosticAssumptions> = {
  defaultRate: 0.02,
  lossGivenDefault: 1,
  advanceRate: FACTORING_DEFAULTS.advanceRate,
  serviceFeeRate: FACTORING_DEFAULTS.serviceFeeRate,
  financingRate: FACTORING_DEFAULTS.financingRate,
  lateDaysMark: 15,
  concentratedTop5Share: 0.4,
  heavyLossShareOfMargin: 0.1,
};

/** Agreed payment terms when none are given: 30 days after receipt of the goods (Code de commerce L441-10, I). */
export const DEFAULT_AGREED_TERMS_DAYS = 30;

/**
 * Why the diagnostic answers as it does, one code per reason, in the order they are given; the figures each
 * reason quotes are in `values` (amounts in €, shares as decimals, delays in days). The pane words them.
 * - objectiveCash / objectiveProtection / objectiveBoth: the stated objective (no values);
 * - paidLate / paidOnTerms: paymentDays, agreedTermsDays, daysLate, lateDaysMark, receivables, cashFreed,
 *   factoringYearlyCost;
 * - concentrated / notConcentrated: top5Share, concentratedTop5Share;
 * - heavyLoss / bearableLoss: largestCustomerLoss, lossShareOfMargin, heavyLossShareOfMargin,
 *   turnoverToRecoverLoss, grossMargin;
 * - guaranteeCovers: the factoring's guarantee already covers the protection, so no insurance on top (no values);
 * - recommendInsurance / recommendFactoring / recommendBoth / recommendNeither: the answer (no values).
 */
export type DiagnosisReasonCode =
  | "objectiveCash" | "objectiveProtection" | "objectiveBoth"
  | "paidLate" | "paidOnTerms"
  | "concentrated" | "notConcentrated"
  | "heavyLoss" | "bearableLoss"
  | "guaranteeCovers"
  | "recommendInsurance" | "recommendFactoring" | "recommendBoth" | "recommendNeither";

/**
 * What the diagnostic assumes, one code each, with its figures:
 * - exposureAtDefault: vatRate, defaultRate, lossGivenDefault (receivables = turnover TTC × payment days / 365);
 * - largestCustomerMinimum: largestCustomerShare (top 5 ÷ 5, a lower bound);
 * - factoringTerms: advanceRate, serviceFeeRate, financingRate;
 * - agreedTerms: agreedTermsDays, lateDaysMark.
 */
export type DiagnosisAssumptionCode = "exposureAtDefault" | "largestCustomerMinimum" | "factoringTerms" | "agreedTerms";

export interface DiagnosisNote<C extends string> {
  readonly code: C;
  readonly values: Readonly<Record<string, number>>;
}

/** The diagnostic's answer. Amounts in €, not rounded. */
export interface Diagnosis {
  /** Exposure at default: turnover TTC × paymentDays / 365 (outstandingFromTurnover). */
  receivablesOutstanding: number;
  /** The factoring line over the turnover TTC: the cash factoring would free. */
  cashFreed: number;
  /** What that factoring programme costs in a year. */
  factoringYearlyCost: number;
  /** receivablesOutstanding × defaultRate × lossGivenDefault. */
  expectedLoss: number;
  /** paymentDays − agreedTermsDays, 0 when customers pay within the terms. */
  daysLate: number;
  /** top5Share / 5: the smallest share the largest customer can hold (the five could be equal). */
  largestCustomerShare: number;
  /** receivablesOutstanding × largestCustomerShare. */
  largestCustomerExposure: number;
  /** largestCustomerExposure × lossGivenDefault: the loss if the largest customer fails (at least). */
  largestCustomerLoss: number;
  /** largestCustomerLoss / grossMargin: extra sales needed to earn that loss back. */
  turnoverToRecoverLoss: number;
  /** largestCustomerLoss / (turnover HT × grossMargin); 0 when the turnover is 0. */
  lossShareOfMargin: number;
  signals: { latePayment: boolean; concentrated: boolean; heavyLoss: boolean };
  /** What the client needs once the objective, the signals and a factoring guarantee are weighed. */
  needs: { cash: boolean; protection: boolean };
  recommendation: Recommendation;
  reasons: Array<DiagnosisNote<DiagnosisReasonCode>>;
  assumptions: DiagnosticAssumptions & { agreedTermsDays: number; vatRate: number };
  assumptionNotes: Array<DiagnosisNote<DiagnosisAssumptionCode>>;
}

const OBJECTIVES: readonly Objective[] = ["cash", "protection", "both", "unsure"];

const checkAssumptions = (value: unknown): DiagnosticAssumptions => {
  const given = value === undefined || value === null ? {} : checkOptions(value);
  const pick = (key: keyof DiagnosticAssumptions): unknown => (given[key] === undefined ? DIAGNOSTIC_ASSUMPTIONS[key] : given[key]);
  return {
    defaultRate: checkRate(pick("defaultRate"), "default_rate"),
    lossGivenDefault: checkRate(pick("lossGivenDefault"), "loss_given_default"),
    advanceRate: checkRate(pick("advanceRate"), "advance_rate"),
    serviceFeeRate: checkRate(pick("serviceFeeRate"), "service_fee_rate"),
    financingRate: checkRate(pick("financingRate"), "financing_rate"),
    lateDaysMark: checkNonNegative(pick("lateDaysMark"), "late_days_mark"),
    concentratedTop5Share: checkRate(pick("concentratedTop5Share"), "concentrated_top5_share"),
    heavyLossShareOfMargin: checkRate(pick("heavyLossShareOfMargin"), "heavy_loss_share_of_margin"),
  };
};

/**
 * The needs, then the answer: a stated objective is a need; a strong signal adds its own need. A factoring
 * with guarantee already covers the protection: the need for protection is then met by the factoring, and
 * credit insurance is never added on top of it.
 */
const weigh = (objective: Objective, cashSignal: boolean, protectionSignal: boolean, guarantee: boolean): { cash: boolean; protection: boolean } => {
  const cash = objective === "cash" || objective === "both" || cashSignal;
  const protection = objective === "protection" || objective === "both" || protectionSignal;
  return guarantee && protection ? { cash: true, protection: false } : { cash, protection };
};

const answer = (needs: { cash: boolean; protection: boolean }): Recommendation =>
  needs.cash && needs.protection ? "both" : needs.cash ? "factoring" : needs.protection ? "insurance" : "neither";

const RECOMMENDATION_CODES: Readonly<Record<Recommendation, DiagnosisReasonCode>> = {
  insurance: "recommendInsurance",
  factoring: "recommendFactoring",
  both: "recommendBoth",
  neither: "recommendNeither",
};

/**
 * "Protéger ou cash ?": from a few figures, the cash factoring would free and its yearly cost, the expected
 * loss on receivables, the loss if the largest customer fails and the sales needed to earn it back at the
 * gross margin, then a recommendation — credit insurance, factoring, both or neither for now — with its
 * reasons as codes and figures (the pane words them).
 *
 * Rules: the cash need is the objective "cash" or "both", or customers paying `lateDaysMark` days or more
 * beyond the agreed terms; the protection need is the objective "protection" or "both", or a concentrated
 * customer base (top 5 ≥ 40 %), or a heavy single loss (≥ 10 % of a year's gross margin). Both needs → both;
 * one → its product; none → neither (tighten terms and dunning, self-insure). With a factoring guarantee in
 * place or offered, the protection need is met by the factoring: never credit insurance on top of it.
 * Receivables are the exposure at default, turnover TTC × payment days / 365, as the Assurance-crédit tab
 * counts them; the margin is earned on the turnover HT.
 *
 * @throws CoreError VALUE for a negative or non-finite turnover, delay or terms, a vat_included that is not
 *   TRUE/FALSE, a share outside 0..1, a gross margin of 0, an unknown objective or bad assumption overrides
 *
 * @example
 * // 2 000 000 € HT (2 400 000 TTC) at 60 days against 30 agreed, top 5 = 45 %, margin 30 %:
 * // receivables 2 400 000 × 60 / 365 = 394 520.55; expected loss × 2 % = 7 890.41; 30 days late → cash;
 * // top 5 ≥ 40 % → protection; both
 * diagnose({ turnover: 2000000, vatIncluded: false, paymentDays: 60, top5Share: 0.45, grossMargin: 0.3, objective: "unsure" })
 * // => { receivablesOutstanding: 394520.5479452055, expectedLoss: 7890.41095890411, recommendation: "both", ... }
 */
export const diagnose = (options: DiagnoseOptions): Diagnosis => {
  const o = checkOptions(options);
  const turnover = checkNonNegative(o.turnover, "turnover");
  const paymentDays = checkNonNegative(o.paymentDays, "payment_days");
  const vatRate = optionalRate(o.vatRate, "sales_vat_rate", POLICY_DEFAULTS.vatRate);
  const receivables = dec(outstandingFromTurnover({ turnover, vatIncluded: o.vatIncluded as boolean, vatRate, paymentDays }));
  const vatIncluded = o.vatIncluded === true;
  const agreedTermsDays = optionalNonNegative(o.agreedTermsDays, "agreed_terms_days", DEFAULT_AGREED_TERMS_DAYS);
  const top5Share = checkRate(o.top5Share, "top5_share");
  const grossMargin = checkPositiveRate(o.grossMargin, "gross_margin");
  const objective = OBJECTIVES.includes(o.objective as Objective)
    ? (o.objective as Objective)
    : fail("VALUE", MESSAGES.notOneOf("objective", OBJECTIVES), "objective");
  const guarantee = optionalBoolean(o.factoringGuarantee, "factoring_guarantee", false);
  const a = checkAssumptions(o.assumptions);

  const turnoverTtc = vatIncluded ? dec(turnover) : dec(turnover).times(dec(1).plus(vatRate));
  const turnoverHt = vatIncluded ? dec(turnover).div(dec(1).plus(vatRate)) : dec(turnover);
  const programme = { annualTurnover: finiteResult(turnoverTtc), dsoDays: paymentDays, advanceRate: a.advanceRate, usage: 1 };
  const cashFreed = factoringLine(programme);
  const factoringYearlyCost = factoringAnnualCost({ ...programme, serviceFeeRate: a.serviceFeeRate, financingRate: a.financingRate }).total;
  const expectedLoss = receivables.times(a.defaultRate).times(a.lossGivenDefault);
  const daysLate = Math.max(0, paymentDays - agreedTermsDays);
  const largestShare = dec(top5Share).div(5);
  const largestExposure = receivables.times(largestShare);
  const largestLoss = largestExposure.times(a.lossGivenDefault);
  const toRecover = largestLoss.div(grossMargin);
  const yearlyMargin = turnoverHt.times(grossMargin);
  const lossShareOfMargin = yearlyMargin.isZero() ? dec(0) : largestLoss.div(yearlyMargin);

  const signals = {
    latePayment: paymentDays - agreedTermsDays >= a.lateDaysMark,
    concentrated: top5Share >= a.concentratedTop5Share,
    heavyLoss: lossShareOfMargin.gte(a.heavyLossShareOfMargin),
  };
  const needs = weigh(objective, signals.latePayment, signals.concentrated || signals.heavyLoss, guarantee);
  const recommendation = answer(needs);

  const figures = {
    receivables: finiteResult(receivables),
    expectedLoss: finiteResult(expectedLoss),
    largestShare: finiteResult(largestShare),
    largestExposure: finiteResult(largestExposure),
    largestLoss: finiteResult(largestLoss),
    toRecover: finiteResult(toRecover),
    lossShareOfMargin: finiteResult(lossShareOfMargin),
  };

  const reasons: Array<DiagnosisNote<DiagnosisReasonCode>> = [];
  if (objective !== "unsure") {
    reasons.push({ code: ({ cash: "objectiveCash", protection: "objectiveProtection", both: "objectiveBoth" } as const)[objective], values: {} });
  }
  reasons.push({
    code: signals.latePayment ? "paidLate" : "paidOnTerms",
    values: { paymentDays, agreedTermsDays, daysLate, lateDaysMark: a.lateDaysMark, receivables: figures.receivables, cashFreed, factoringYearlyCost },
  });
  reasons.push({ code: signals.concentrated ? "concentrated" : "notConcentrated", values: { top5Share, concentratedTop5Share: a.concentratedTop5Share } });
  reasons.push({
    code: signals.heavyLoss ? "heavyLoss" : "bearableLoss",
    values: {
      largestCustomerLoss: figures.largestLoss,
      lossShareOfMargin: figures.lossShareOfMargin,
      heavyLossShareOfMargin: a.heavyLossShareOfMargin,
      turnoverToRecoverLoss: figures.toRecover,
      grossMargin,
    },
  });
  if (guarantee && (objective === "protection" || objective === "both" || signals.concentrated || signals.heavyLoss)) {
    reasons.push({ code: "guaranteeCovers", values: {} });
  }
  reasons.push({ code: RECOMMENDATION_CODES[recommendation], values: {} });

  const assumptionNotes: Array<DiagnosisNote<DiagnosisAssumptionCode>> = [
    { code: "exposureAtDefault", values: { vatRate, defaultRate: a.defaultRate, lossGivenDefault: a.lossGivenDefault } },
    { code: "largestCustomerMinimum", values: { largestCustomerShare: figures.largestShare } },
    { code: "factoringTerms", values: { advanceRate: a.advanceRate, serviceFeeRate: a.serviceFeeRate, financingRate: a.financingRate } },
    { code: "agreedTerms", values: { agreedTermsDays, lateDaysMark: a.lateDaysMark } },
  ];

  return {
    receivablesOutstanding: figures.receivables,
    cashFreed,
    factoringYearlyCost,
    expectedLoss: figures.expectedLoss,
    daysLate,
    largestCustomerShare: figures.largestShare,
    largestCustomerExposure: figures.largestExposure,
    largestCustomerLoss: figures.largestLoss,
    turnoverToRecoverLoss: figures.toRecover,
    lossShareOfMargin: figures.lossShareOfMargin,
    signals,
    needs,
    recommendation,
    reasons,
    assumptions: { ...a, agreedTermsDays, vatRate },
    assumptionNotes,
  };
};
