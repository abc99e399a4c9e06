/**
 * The diagnostic's reasons and assumptions in words: the core gives codes and figures (diagnose), the text
 * module gives the sentences, the pane's formatters give the figures in the pane's language.
 */
import type { DiagnosisAssumptionCode, DiagnosisNote, DiagnosisReasonCode } from "../../../core";
import type { Formatters, TextKey, Translate } from "../../i18n";

const REASON_KEYS: Readonly<Record<DiagnosisReasonCode, TextKey>> = {
  objectiveCash: "diagReasonObjectiveCash",
  objectiveProtection: "diagReasonObjectiveProtection",
  objectiveBoth: "diagReasonObjectiveBoth",
  paidLate: "diagReasonPaidLate",
  paidOnTerms: "diagReasonPaidOnTerms",
  concentrated: "diagReasonConcentrated",
  notConcentrated: "diagReasonNotConcentrated",
  heavyLoss: "diagReasonHeavyLoss",
  bearableLoss: "diagReasonBearableLoss",
  guaranteeCovers: "diagReasonGuaranteeCovers",
  recommendInsurance: "diagReasonRecommendInsurance",
  recommendFactoring: "diagReasonRecommendFactoring",
  recommendBoth: "diagReasonRecommendBoth",
  recommendNeither: "diagReasonRecommendNeither",
};

const ASSUMPTION_KEYS: Readonly<Record<DiagnosisAssumptionCode, TextKey>> = {
  exposureAtDefault: "diagAssumeExposureAtDefault",
  largestCustomerMinimum: "diagAssumeLargestCustomerMinimum",
  factoringTerms: "diagAssumeFactoringTerms",
  agreedTerms: "diagAssumeAgreedTerms",
};

/** The figures quoted in euros, and those quoted in days; every other figure is a share, shown as a percentage. */
const MONEY = new Set(["receivables", "cashFreed", "factoringYearlyCost", "largestCustomerLoss", "turnoverToRecoverLoss"]);
const DAYS = new Set(["paymentDays", "agreedTermsDays", "daysLate", "lateDaysMark"]);

const shown = (format: Formatters, name: string, figure: number): string =>
  MONEY.has(name) ? format.moneyRounded(figure) : DAYS.has(name) ? format.plain(figure) : format.percent(figure);

const worded = (key: TextKey, values: Readonly<Record<string, number>>, t: Translate, format: Formatters): string =>
  t(key, Object.fromEntries(Object.entries(values).map(([name, figure]) => [name, shown(format, name, figure)])));

export const reasonText = (note: DiagnosisNote<DiagnosisReasonCode>, t: Translate, format: Formatters): string =>
  worded(REASON_KEYS[note.code], note.values, t, format);

export const assumptionText = (note: DiagnosisNote<DiagnosisAssumptionCode>, t: Translate, format: Formatters): string =>
  worded(ASSUMPTION_KEYS[note.code], note.values, t, format);
