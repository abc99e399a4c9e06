/**
 * Every message the core can show, in English and French, in one place (as HyperFormula's
 * `error-message.ts` and dinero.js's assert messages): the Excel functions and the task pane show the same
 * words, and a translator reviews one file. Messages name the argument as the Excel function spells it
 * (snake_case), because that is what the user sees in the formula bar and in the pane's labels.
 */
import { PARAMETERS, type ParameterName } from "../catalogue/parameters";
import { Decimal } from "./decimal";
import fixedMessages from "./messages.json";

/** One message in both languages of Encours. */
export interface Bilingual {
  readonly en: string;
  readonly fr: string;
}

/** The snake_case name of an argument, as the Excel function and the task pane show it (the catalogue's parameter name). */
export type ArgumentName = ParameterName;

/**
 * A worked example value for each argument, from the catalogue, as a decimal string ("0.9", not 0.9, so that
 * the percentage shown beside a rate is exact: 0.003 × 100 in doubles is 0.30000000000000004).
 */
export const ARGUMENT_EXAMPLES: Readonly<Record<ArgumentName, string>> = Object.freeze(
  Object.fromEntries(Object.entries(PARAMETERS).map(([name, parameter]) => [name, parameter.example])) as Record<ArgumentName, string>,
);

/**
 * The arguments of the advisory functions (the task pane's diagnostic) that no Excel function takes, so the
 * catalogue does not list them, with their worked examples as the catalogue gives them for the others.
 */
const ADVICE_EXAMPLES = {
  default_rate: "0.02",
  loss_given_default: "1",
  agreed_terms_days: "30",
  late_days_mark: "15",
  factoring_guarantee: "FALSE",
  concentrated_top5_share: "0.4",
  heavy_loss_share_of_margin: "0.1",
  top5_share: "0.45",
  gross_margin: "0.3",
} as const;

/** Any argument a core message can name: an Excel function's parameter, or an advisory function's own. */
export type CoreArgument = ArgumentName | keyof typeof ADVICE_EXAMPLES;

/** The worked example of an argument, as its messages show it. */
export const exampleOf = (argument: CoreArgument): string =>
  argument in ADVICE_EXAMPLES ? ADVICE_EXAMPLES[argument as keyof typeof ADVICE_EXAMPLES] : ARGUMENT_EXAMPLES[argument as ArgumentName];

/** French writes decimals with a comma: "0,9", and TRUE/FALSE as VRAI/FAUX. */
const fr = (example: string): string =>
  example === "TRUE" ? "VRAI" : example === "FALSE" ? "FAUX" : example.replace(".", ",");

/** "0.003" -> "0.3", exactly: decimal arithmetic, as 0.003 × 100 in doubles is 0.30000000000000004. */
const percentOf = (example: string): string => new Decimal(example).times(100).toString();

/** The messages that carry an argument's name, an example or a figure: worded here, filled when raised. */
const WITH_FIGURES = {
  /** The label of one value inside a list: "sales (value 3)". */
  element: (argument: Bilingual, position: number): Bilingual => ({
    en: `${argument.en} (value ${position})`,
    fr: `${argument.fr} (valeur ${position})`,
  }),
  notANumber: (argument: Bilingual, example: string): Bilingual => ({
    en: `${argument.en} must be a number (e.g. ${example})`,
    fr: `${argument.fr} doit être un nombre (par ex. ${fr(example)})`,
  }),
  notNonNegative: (argument: Bilingual, example: string): Bilingual => ({
    en: `${argument.en} must be 0 or more (e.g. ${example})`,
    fr: `${argument.fr} doit être supérieur ou égal à 0 (par ex. ${fr(example)})`,
  }),
  notPositive: (argument: Bilingual, example: string): Bilingual => ({
    en: `${argument.en} must be more than 0 (e.g. ${example})`,
    fr: `${argument.fr} doit être strictement supérieur à 0 (par ex. ${fr(example)})`,
  }),
  notARate: (argument: Bilingual, example: string): Bilingual => ({
    en: `${argument.en} must be between 0 and 1 (${percentOf(example)}% or ${example})`,
    fr: `${argument.fr} doit être compris entre 0 et 1 (${fr(percentOf(example))} % ou ${fr(example)})`,
  }),
  notAPositiveRate: (argument: Bilingual, example: string): Bilingual => ({
    en: `${argument.en} must be more than 0 and at most 1 (${percentOf(example)}% or ${example})`,
    fr: `${argument.fr} doit être strictement supérieur à 0 et au plus égal à 1 (${fr(percentOf(example))} % ou ${fr(example)})`,
  }),
  notALevel: (argument: Bilingual, example: string): Bilingual => ({
    en: `${argument.en} must be strictly between 0 and 1 (${percentOf(example)}% or ${example})`,
    fr: `${argument.fr} doit être strictement compris entre 0 et 1 (${fr(percentOf(example))} % ou ${fr(example)})`,
  }),
  notADayBasis: (argument: Bilingual): Bilingual => ({
    en: `${argument.en} must be 360 or 365 (e.g. 360, the money-market basis)`,
    fr: `${argument.fr} doit valoir 360 ou 365 (par ex. 360, la base monétaire)`,
  }),
  notAPositiveInteger: (argument: Bilingual, example: string): Bilingual => ({
    en: `${argument.en} must be a whole number of 1 or more (e.g. ${example})`,
    fr: `${argument.fr} doit être un nombre entier supérieur ou égal à 1 (par ex. ${fr(example)})`,
  }),
  notABoolean: (argument: Bilingual, example: string): Bilingual => ({
    en: `${argument.en} must be TRUE or FALSE (e.g. ${example})`,
    fr: `${argument.fr} doit valoir VRAI ou FAUX (par ex. ${fr(example)})`,
  }),
  notAList: (argument: Bilingual, example: string): Bilingual => ({
    en: `${argument.en} must be a list of numbers (e.g. ${example}, ${example})`,
    fr: `${argument.fr} doit être une liste de nombres (par ex. ${fr(example)} ; ${fr(example)})`,
  }),
  notANumberOrList: (argument: Bilingual, example: string): Bilingual => ({
    en: `${argument.en} must be a number or a list of numbers (e.g. ${example})`,
    fr: `${argument.fr} doit être un nombre ou une liste de nombres (par ex. ${fr(example)})`,
  }),
  lengthMismatch: (first: string, second: string, firstLength: number, secondLength: number): Bilingual => ({
    en: `${first} and ${second} must have the same number of values (${firstLength} and ${secondLength} given)`,
    fr: `${first} et ${second} doivent avoir le même nombre de valeurs (${firstLength} et ${secondLength} fournies)`,
  }),
  empty: (argument: string): Bilingual => ({
    en: `${argument} is empty: give at least one value`,
    fr: `${argument} est vide : indiquez au moins une valeur`,
  }),
  notMoreThan: (argument: string, limit: string): Bilingual => ({
    en: `${argument} must not exceed ${limit} (e.g. 150000 of 212000)`,
    fr: `${argument} ne doit pas dépasser ${limit} (par ex. 150000 sur 212000)`,
  }),
  notASignedRate: (argument: Bilingual, example: string): Bilingual => ({
    en: `${argument.en} must be between -1 and 1 (${percentOf(example)}% or ${example}; an index below 0, as Euribor was in 2015-2022, is accepted)`,
    fr: `${argument.fr} doit être compris entre -1 et 1 (${fr(percentOf(example))} % ou ${fr(example)} ; un indice négatif, comme l'Euribor en 2015-2022, est accepté)`,
  }),
  olderPeriodsNeeded: (argument: string): Bilingual => ({
    en: `${argument} exceed all the sales given: add older periods`,
    fr: `${argument} dépasse le total des ventes fournies : ajoutez des périodes plus anciennes`,
  }),
  notADate: (argument: string, example: string): Bilingual => ({
    en: `${argument} must be a date from 1 March 1900 on (an Excel date serial, e.g. ${example})`,
    fr: `${argument} doit être une date à partir du 1er mars 1900 (un numéro de série de date Excel, par ex. ${example})`,
  }),
  notPaymentTerms: (argument: string, given?: string): Bilingual => ({
    en: `${argument} must be a number of days (e.g. 60) or read "N jours", "N jours fin de mois" or "fin de mois N jours" (e.g. 45 jours fin de mois)${given === undefined ? "" : `, not "${given}"`}`,
    fr: `${argument} doit être un nombre de jours (par ex. 60) ou s'écrire « N jours », « N jours fin de mois » ou « fin de mois N jours » (par ex. 45 jours fin de mois)${given === undefined ? "" : `, et non « ${given} »`}`,
  }),
  notOneOf: (argument: string, allowed: readonly string[]): Bilingual => ({
    en: `${argument} must be one of: ${allowed.join(", ")}`,
    fr: `${argument} doit valoir l'une des valeurs : ${allowed.join(", ")}`,
  }),
  notText: (argument: string): Bilingual => ({
    en: `${argument} must be text (a piece of the FEC file, decoded)`,
    fr: `${argument} doit être du texte (un morceau du fichier FEC, décodé)`,
  }),
  notBytes: (argument: string): Bilingual => ({
    en: `${argument} must be bytes (a Uint8Array piece of the FEC file)`,
    fr: `${argument} doit être des octets (un morceau Uint8Array du fichier FEC)`,
  }),
  notBooks: (argument: string): Bilingual => ({
    en: `${argument} must be the books read from a FEC (the result of the FEC reader)`,
    fr: `${argument} doit être la comptabilité lue dans un FEC (le résultat du lecteur de FEC)`,
  }),
  fecMissingField: (field: string): Bilingual => ({
    en: `the FEC's first line has no ${field} field, which LPF art. A47 A-1 requires: check the file's header`,
    fr: `la première ligne du FEC n'a pas de champ ${field}, obligatoire selon l'art. A47 A-1 du LPF : vérifiez l'en-tête du fichier`,
  }),
  notABuyer: (position: number): Bilingual => ({
    en: `buyers (value ${position}) must be a buyer: { outstanding, pd } with optional peak_outstanding, lgd and credit_limit`,
    fr: `buyers (valeur ${position}) doit être un acheteur : { outstanding, pd } avec peak_outstanding, lgd et credit_limit facultatifs`,
  }),
  indemnityAboveLoss: (position: number): Bilingual => ({
    en: `indemnities (value ${position}) must not exceed gross_losses (value ${position}): an insurer pays at most the loss`,
    fr: `indemnities (valeur ${position}) ne doit pas dépasser gross_losses (valeur ${position}) : l'assureur paie au plus la perte`,
  }),
  bandUnitTooFine: (unit: number): Bilingual => ({
    en: `band_unit ${unit} is too fine for these amounts: the joint loss grid would exceed its memory and time budget, give a larger band_unit or leave it blank`,
    fr: `band_unit ${fr(String(unit))} est trop fin pour ces montants : la grille conjointe des pertes dépasserait son budget de mémoire et de temps, indiquez un band_unit plus grand ou laissez-le vide`,
  }),
  levelBeyondGrid: (covered: number): Bilingual => ({
    en: `level is beyond the computed loss distribution, which covers a probability of ${covered}: give a larger band_unit, or model fewer, larger buyers`,
    fr: `level dépasse la distribution de pertes calculée, qui couvre une probabilité de ${fr(String(covered))} : indiquez un band_unit plus grand, ou modélisez moins d'acheteurs, plus grands`,
  }),
  gridTooShort: (points: number, covered: number, unit: number): Bilingual => ({
    en: `the loss distribution needs more than ${points} grid points of band_unit ${unit} (they cover a probability of ${covered} only): give a larger band_unit, or model fewer, larger buyers`,
    fr: `la distribution de pertes demande plus de ${points} points de band_unit ${fr(String(unit))} (ils ne couvrent qu'une probabilité de ${fr(String(covered))}) : indiquez un band_unit plus grand, ou modélisez moins d'acheteurs, plus grands`,
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
  /** A message about one offer of a list, with the offer it came from, so that the user knows which column to fix. */
  inOffer: (position: number, name: string, inner: Bilingual): Bilingual => ({
    en: `offer ${position}${name ? ` (${name})` : ""}: ${inner.en}`,
    fr: `offre ${position}${name ? ` (${name})` : ""} : ${inner.fr}`,
  }),
} as const;

/**
 * The messages that carry no figure are data, in messages.json beside this file (code → en, fr), as the
 * task pane's words are in its text.json; each is raised as `MESSAGES.code()` like the others.
 */
const FIXED = Object.fromEntries(
  Object.entries(fixedMessages satisfies Record<string, Bilingual>).map(([code, words]) => [code, (): Bilingual => ({ ...words })]),
) as { readonly [Code in keyof typeof fixedMessages]: () => Bilingual };

export const MESSAGES = { ...FIXED, ...WITH_FIGURES } as const;
