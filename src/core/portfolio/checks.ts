/**
 * Argument checks of the portfolio functions. The shared checks (lists, rates, credit limits, lengths) come
 * from `../validate`; the arguments only CreditRisk+ has (pd_volatility, level, band_unit, the insurer's
 * layer) get their messages here, in the same words and both languages.
 */
import { type Bilingual, ARGUMENT_EXAMPLES, MESSAGES } from "../messages";
import { checkSameLength, fail, isOmitted } from "../validate";

/** Arguments of the portfolio functions that the shared message file does not list. */
type PortfolioArgument =
  | "pd_volatility"
  | "level"
  | "band_unit"
  | "aggregate_deductible"
  | "max_liability"
  | "max_grid_points"
  | "sector_volatilities";

const EXAMPLES: Record<PortfolioArgument, string> = {
  pd_volatility: "0.5",
  level: "0.99",
  band_unit: "1000",
  aggregate_deductible: "20000",
  max_liability: "150000",
  max_grid_points: "1000000",
  sector_volatilities: "0.75",
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
    en: `level is beyond the computed loss distribution, which covers a probability of ${covered}: give a larger band_unit, or model fewer, larger buyers`,
    fr: `level dépasse la distribution de pertes calculée, qui couvre une probabilité de ${String(covered).replace(".", ",")} : indiquez un band_unit plus grand, ou modélisez moins d'acheteurs, plus grands`,
  }),
  gridTooShort: (points: number, covered: number, unit: number): Bilingual => ({
    en: `the loss distribution needs more than ${points} grid points of band_unit ${unit} (they cover a probability of ${covered} only): give a larger band_unit, or model fewer, larger buyers`,
    fr: `la distribution de pertes demande plus de ${points} points de band_unit ${String(unit).replace(".", ",")} (ils ne couvrent qu'une probabilité de ${String(covered).replace(".", ",")}) : indiquez un band_unit plus grand, ou modélisez moins d'acheteurs, plus grands`,
  }),
  sectorIdsAndWeights: (): Bilingual => ({
    en: "give either sectors (one sector per buyer) or sector_weights (one column per sector), not both",
    fr: "indiquez soit sectors (un secteur par acheteur), soit sector_weights (une colonne par secteur), pas les deux",
  }),
  notASectorId: (position: number): Bilingual => ({
    en: `sectors (value ${position}) must be a whole number of 0 or more (e.g. 2; 0 for no sector)`,
    fr: `sectors (valeur ${position}) doit être un nombre entier supérieur ou égal à 0 (par ex. 2 ; 0 pour aucun secteur)`,
  }),
  notSectorWeights: (position: number): Bilingual => ({
    en: `sector_weights (row ${position}) must hold numbers from 0 to 1 that add up to 1 or less (e.g. 0.6, 0.3)`,
    fr: `sector_weights (ligne ${position}) doit contenir des nombres de 0 à 1 dont la somme ne dépasse pas 1 (par ex. 0,6 ; 0,3)`,
  }),
  notOnePerSector: (argument: "sector_volatilities" | "sector_weights", sectors: number, given: number): Bilingual => ({
    en: `${argument} must give one value per sector (${sectors} sectors, ${given} given)`,
    fr: `${argument} doit donner une valeur par secteur (${sectors} secteurs, ${given} fournies)`,
  }),
  notACorrelationMatrix: (sectors: number): Bilingual => ({
    en: `sector_correlations must be a ${sectors} × ${sectors} symmetric table with 1 on the diagonal and values from -1 to 1`,
    fr: `sector_correlations doit être un tableau symétrique ${sectors} × ${sectors} avec des 1 sur la diagonale et des valeurs de -1 à 1`,
  }),
  negativeVariance: (): Bilingual => ({
    en: "sector_correlations give the portfolio a negative variance: they are not a correlation matrix",
    fr: "sector_correlations donnent au portefeuille une variance négative : ce n'est pas une matrice de corrélation",
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
