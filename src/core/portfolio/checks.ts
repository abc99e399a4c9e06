/**
 * Argument checks of the portfolio functions. The shared checks (lists, rates, credit limits, lengths) come
 * from `../validate`; the arguments only CreditRisk+ has (pd_volatility, level, band_unit, the insurer's
 * layer) get their messages here, in the same words and both languages.
 */
import { type Bilingual, ARGUMENT_EXAMPLES, MESSAGES } from "../messages";
import { checkSameLength, fail, isOmitted } from "../validate";

/** Arguments of the portfolio functions that the shared message file does not list. */
type PortfolioArgument = "pd_volatility" | "level" | "band_unit" | "aggregate_deductible" | "max_liability" | "max_grid_points";

const EXAMPLES: Record<PortfolioArgument, string> = {
  pd_volatility: "0.5",
  level: "0.99",
  band_unit: "1000",
  aggregate_deductible: "20000",
  max_liability: "150000",
  max_grid_points: "1000000",
};

const frDecimal = (example: string): string => example.replace(".", ",");

export const PORTFOLIO_MESSAGES = {
  notNonNegative: (argument: PortfolioArgument): Bilingual => ({
    en: `${argument} must be a number of 0 or more (e.g. ${EXAMPLES[argument]})`,
    fr: `${argument} doit être un nombre supérieur ou égal à 0 (par ex. ${frDecimal(EXAMPLES[argument])})`,
  }),
  notPositive: (argument: PortfolioArgument): Bilingual => ({
    en: `${argument} must be a number more than 0 (e.g. ${EXAMPLES[argument]})`,
    fr: `${argument} doit être un nombre strictement supérieur à 0 (par ex. ${frDecimal(EXAMPLES[argument])})`,
  }),
  notAPositiveInteger: (argument: PortfolioArgument): Bilingual => ({
    en: `${argument} must be a whole number of 1 or more (e.g. ${EXAMPLES[argument]})`,
    fr: `${argument} doit être un nombre entier supérieur ou égal à 1 (par ex. ${EXAMPLES[argument]})`,
  }),
  levelOutside: (): Bilingual => ({
    en: "level must be strictly between 0 and 1 (99% or 0.99)",
    fr: "level doit être strictement compris entre 0 et 1 (99 % ou 0,99)",
  }),
  levelBeyondGrid: (covered: number): Bilingual => ({
    en: `level is beyond the computed loss distribution, which covers a probability of ${covered}: give a larger band_unit`,
    fr: `level dépasse la distribution de pertes calculée, qui couvre une probabilité de ${String(covered).replace(".", ",")} : indiquez un band_unit plus grand`,
  }),
  notADistribution: (): Bilingual => ({
    en: "the loss distribution must come from creditRiskPlus (unit, losses, probabilities, cumulative)",
    fr: "la distribution de pertes doit provenir de creditRiskPlus (unit, losses, probabilities, cumulative)",
  }),
};

/** An optional finite number; `positive` rejects 0 too. */
export const optionalNumber = (value: unknown, argument: PortfolioArgument, fallback: number, positive = false): number => {
  if (isOmitted(value)) return fallback;
  if (typeof value !== "number" || !Number.isFinite(value) || value < 0 || (positive && value === 0)) {
    return fail("VALUE", positive ? PORTFOLIO_MESSAGES.notPositive(argument) : PORTFOLIO_MESSAGES.notNonNegative(argument), argument);
  }
  return value;
};

/** An optional whole number of 1 or more. */
export const optionalCount = (value: unknown, argument: PortfolioArgument, fallback: number): number => {
  if (isOmitted(value)) return fallback;
  return typeof value === "number" && Number.isInteger(value) && value >= 1
    ? value
    : fail("VALUE", PORTFOLIO_MESSAGES.notAPositiveInteger(argument), argument);
};

/** Deductibles once for all (scalar) or per buyer (list as long as `exposures`), each 0 or more. */
export const broadcastDeductibles = (value: unknown, exposures: readonly number[], fallback: number): number[] => {
  const example = ARGUMENT_EXAMPLES.deductible;
  const label: Bilingual = { en: "deductible", fr: "deductible" };
  const check = (item: unknown, itemLabel: Bilingual): number =>
    typeof item === "number" && Number.isFinite(item) && item >= 0
      ? item
      : fail("VALUE", MESSAGES.notNonNegative(itemLabel, example), "deductible");
  if (isOmitted(value)) return exposures.map(() => fallback);
  if (typeof value === "number") {
    const scalar = check(value, label);
    return exposures.map(() => scalar);
  }
  if (!Array.isArray(value)) return fail("VALUE", MESSAGES.notANumberOrList(label, example), "deductible");
  checkSameLength(exposures, "exposures", value, "deductible");
  return value.map((item: unknown, index: number) => check(item, MESSAGES.element(label, index + 1)));
};
