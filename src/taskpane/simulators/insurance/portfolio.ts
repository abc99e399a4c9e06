/**
 * The buyers whose losses the credit-insurance simulator models, shared by the task pane (its 95 %/99 % table
 * and loss-distribution chart) and the proposal sheet (its portfolio columns and "Loss in a bad year" block),
 * so that both compute the same figures from the same inputs. Pure: no Office, no DOM.
 */
import type { InsuranceInputs, Portfolio } from "./inputs";

/**
 * Buyers in the illustrative portfolio used when none was read from the sheet. The tail of a year's loss
 * depends on how the turnover is spread; twenty equal buyers is a plain, stated assumption (the user can
 * read the real portfolio from the sheet instead).
 */
export const ILLUSTRATIVE_BUYERS = 20;

/** Twenty equal buyers sharing the insured turnover, each with the expected default rate and LGD typed. */
export const illustrativePortfolio = (inputs: Pick<InsuranceInputs, "insuredTurnover" | "pd" | "lgd">): Portfolio => ({
  exposures: Array.from({ length: ILLUSTRATIVE_BUYERS }, () => inputs.insuredTurnover / ILLUSTRATIVE_BUYERS),
  pds: Array.from({ length: ILLUSTRATIVE_BUYERS }, () => inputs.pd),
  lgds: Array.from({ length: ILLUSTRATIVE_BUYERS }, () => inputs.lgd),
});

/** The portfolio read from the sheet, or else the illustrative one. */
export const lossPortfolio = (inputs: InsuranceInputs): Portfolio => inputs.portfolio ?? illustrativePortfolio(inputs);

/** The quantile levels shown side by side: the loss exceeded one year in 20 and one year in 100. */
export const TAIL_LEVELS = [0.95, 0.99] as const;

/**
 * creditRiskPlus options for the loss the seller keeps under the policy: the cover rate and the deductible per
 * claim, no credit limit, the default pd_volatility — what
 * `ENCOURS.CREDIT.LOSSQUANTILE(exposures, pds, level, lgds, , cover_rate, , deductible)` computes.
 */
export const retainedLossModel = (
  buyers: Portfolio,
  terms: Pick<InsuranceInputs, "coverRate" | "deductible">,
): Portfolio & { cover: { coverRates: number; deductibles: number } } => ({
  ...buyers,
  cover: { coverRates: terms.coverRate, deductibles: terms.deductible },
});
