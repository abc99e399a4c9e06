/**
 * Every message the core and the Excel function layer can show, in English and French, in one place (as
 * HyperFormula's `error-message.ts` and dinero.js's assert messages): the Excel functions and the task pane show
 * the same words, and a translator reviews one file. Messages name the argument as the Excel function spells it
 * (snake_case), because that is what the user sees in the formula bar and in the pane's labels.
 */
import { PARAMETERS, type ParameterName } from "../catalogue/parameters";
import { Decimal } from "./decimal";

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

/** A piece of text a cell held, as a message quotes it: at most 40 characters. */
const quoted = (text: string): string => `"${text.length > 40 ? `${text.slice(0, 40)}…` : text}"`;

export const MESSAGES = {
  /** The label of one value inside a list: "sales (value 3)". */
  element: (argument: Bilingual, position: number): Bilingual => ({
    en: `${argument.en} (value ${position})`,
    fr: `${argument.fr} (valeur ${position})`,
  }),
  notAnObject: (): Bilingual => ({
    en: "the arguments must be given as one object of named options",
    fr: "les arguments doivent être fournis dans un objet d'options nommées",
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
  tooLarge: (): Bilingual => ({
    en: "the result is too large to be shown as a number: check the sizes of the amounts and days",
    fr: "le résultat est trop grand pour être affiché : vérifiez l'ordre de grandeur des montants et des jours",
  }),
  aprNoAdvance: (): Bilingual => ({
    en: "the advance is 0 (amount or advance_rate is 0): there is no cash advanced to annualise a cost on",
    fr: "l'avance est nulle (amount ou advance_rate vaut 0) : aucun financement sur lequel annualiser un coût",
  }),
  aprNoDays: (): Bilingual => ({
    en: "days is 0: an annual rate needs a financing period of more than 0 days",
    fr: "days vaut 0 : un taux annuel suppose une durée de financement de plus de 0 jour",
  }),
  notASignedRate: (argument: Bilingual, example: string): Bilingual => ({
    en: `${argument.en} must be between -1 and 1 (${percentOf(example)}% or ${example}; an index below 0, as Euribor was in 2015-2022, is accepted)`,
    fr: `${argument.fr} doit être compris entre -1 et 1 (${fr(percentOf(example))} % ou ${fr(example)} ; un indice négatif, comme l'Euribor en 2015-2022, est accepté)`,
  }),
  reserveNotBelowOne: (): Bilingual => ({
    en: "reserve_rate must be below 1 (10% or 0.1): a reserve of the whole invoice frees no cash",
    fr: "reserve_rate doit être inférieur à 1 (10 % ou 0,1) : une retenue de toute la facture ne libère aucune trésorerie",
  }),
  reserveAboveAdvance: (): Bilingual => ({
    en: "reserve_rate must not exceed advance_rate: the reserve is held out of the cash advanced",
    fr: "reserve_rate ne doit pas dépasser advance_rate : la retenue de garantie est prélevée sur le financement",
  }),
  negativeFinancingRate: (): Bilingual => ({
    en: "index_rate + margin is below 0: set index_floor to TRUE if the contract floors the index at 0, or check the margin",
    fr: "index_rate + margin est négatif : mettez index_floor à VRAI si le contrat plancher l'indice à 0, ou vérifiez la marge",
  }),
  invoicesNeeded: (): Bilingual => ({
    en: "invoices must be more than 0 when per_invoice_min_fee or per_invoice_fee is set: they are charged per invoice (e.g. 1200)",
    fr: "invoices doit être strictement supérieur à 0 quand per_invoice_min_fee ou per_invoice_fee est renseigné : ils sont facturés par facture (par ex. 1200)",
  }),
  tegNoFinancing: (): Bilingual => ({
    en: "the cash financed is 0 (amount or annual_turnover is 0, or reserve_rate equals advance_rate): there is no advance to compute a TEG on",
    fr: "le financement net est nul (amount ou annual_turnover vaut 0, ou reserve_rate égale advance_rate) : aucune avance sur laquelle calculer un TEG",
  }),
  noCashFreed: (): Bilingual => ({
    en: "no cash is freed (amount, annual_turnover or days is 0, reserve_rate equals advance_rate, or a pre-counted commission takes it all): there is no cost per euro freed",
    fr: "aucune trésorerie n'est libérée (amount, annual_turnover ou days vaut 0, reserve_rate égale advance_rate, ou la commission précomptée absorbe tout) : pas de coût par euro libéré",
  }),
  noTurnover: (): Bilingual => ({
    en: "annual_turnover is 0: there is no turnover to take a cost per euro of",
    fr: "annual_turnover vaut 0 : aucun chiffre d'affaires sur lequel rapporter un coût",
  }),
  breakEvenNoIndemnity: (): Bilingual => ({
    en: "the largest possible indemnity is 0 (exposure, lgd, cover_rate or credit_limit is 0): no default probability breaks even",
    fr: "l'indemnité maximale est nulle (exposure, lgd, cover_rate ou credit_limit vaut 0) : aucune probabilité de défaut n'équilibre la prime",
  }),
  breakEvenDeductibleTakesAll: (): Bilingual => ({
    en: "the deductible is at least the insured claim (min(exposure × lgd, credit_limit)): the insurer pays nothing, so no default probability breaks even",
    fr: "la franchise (deductible) atteint le sinistre assuré (min(exposure × lgd, credit_limit)) : l'assureur ne paie rien, aucune probabilité de défaut n'équilibre la prime",
  }),
  breakEvenAboveOne: (): Bilingual => ({
    en: "the premium exceeds the largest possible indemnity: no default probability (at most 100%) breaks even",
    fr: "la prime dépasse l'indemnité maximale : aucune probabilité de défaut (100 % au plus) n'équilibre la prime",
  }),
  olderPeriodsNeeded: (argument: string): Bilingual => ({
    en: `${argument} exceed all the sales given: add older periods`,
    fr: `${argument} dépasse le total des ventes fournies : ajoutez des périodes plus anciennes`,
  }),
  singlePeriodNoSales: (): Bilingual => ({
    en: "sales is 0 for the only period given: a DSO cannot be computed (add periods or check the sales)",
    fr: "sales vaut 0 pour l'unique période fournie : le DSO est incalculable (ajoutez des périodes ou vérifiez les ventes)",
  }),
  salesSumZero: (): Bilingual => ({
    en: "sales add up to 0: the accounting DSO (receivables / sales × days) cannot be computed",
    fr: "les ventes totalisent 0 : le DSO comptable (créances / ventes × jours) est incalculable",
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
  fecEmpty: (): Bilingual => ({
    en: "the FEC is empty: its first line must hold the field names (JournalCode, JournalLib, EcritureNum…)",
    fr: "le FEC est vide : sa première ligne doit porter les noms des champs (JournalCode, JournalLib, EcritureNum…)",
  }),
  fecNoSeparator: (): Bilingual => ({
    en: "the FEC's first line is not a list of field names separated by tabs or |: check that the file is a FEC (LPF art. A47 A-1)",
    fr: "la première ligne du FEC n'est pas une liste de noms de champs séparés par des tabulations ou des | : vérifiez qu'il s'agit d'un FEC (LPF art. A47 A-1)",
  }),
  fecMissingField: (field: string): Bilingual => ({
    en: `the FEC's first line has no ${field} field, which LPF art. A47 A-1 requires: check the file's header`,
    fr: `la première ligne du FEC n'a pas de champ ${field}, obligatoire selon l'art. A47 A-1 du LPF : vérifiez l'en-tête du fichier`,
  }),
  fecMixedEncoding: (): Bilingual => ({
    en: "the FEC mixes encodings: it began as UTF-8, then holds bytes that are not UTF-8 (LPF art. A47 A-1 allows one character set per file)",
    fr: "le FEC mélange les encodages : il commence en UTF-8 puis contient des octets qui ne sont pas de l'UTF-8 (l'art. A47 A-1 du LPF impose un seul jeu de caractères par fichier)",
  }),
  fecReaderEnded: (): Bilingual => ({
    en: "the FEC reader has already ended: start a new reader for another file",
    fr: "le lecteur de FEC est déjà terminé : créez un nouveau lecteur pour un autre fichier",
  }),
  noYearTurnover: (): Bilingual => ({
    en: "the year's turnover HT (class 70 accounts) is 0 or less: the aged balance's % of turnover cannot be computed",
    fr: "le chiffre d'affaires HT de l'exercice (comptes 70) est nul ou négatif : le % du chiffre d'affaires de la balance âgée est incalculable",
  }),
  buyersOrTurnover: (): Bilingual => ({
    en: "give either buyers (a list of buyers with outstanding, pd, lgd and credit_limit) or turnover, vat_included, payment_days and buyers as a number",
    fr: "indiquez soit buyers (une liste d'acheteurs avec outstanding, pd, lgd et credit_limit), soit turnover, vat_included, payment_days et buyers sous forme de nombre",
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
  valuesSumZero: (): Bilingual => ({
    en: "values add up to 0: there is no total to take shares of",
    fr: "values totalise 0 : aucun total dont calculer des parts",
  }),
  levelBeyondGrid: (covered: number): Bilingual => ({
    en: `level is beyond the computed loss distribution, which covers a probability of ${covered}: give a larger band_unit, or model fewer, larger buyers`,
    fr: `level dépasse la distribution de pertes calculée, qui couvre une probabilité de ${fr(String(covered))} : indiquez un band_unit plus grand, ou modélisez moins d'acheteurs, plus grands`,
  }),
  gridTooShort: (points: number, covered: number, unit: number): Bilingual => ({
    en: `the loss distribution needs more than ${points} grid points of band_unit ${unit} (they cover a probability of ${covered} only): give a larger band_unit, or model fewer, larger buyers`,
    fr: `la distribution de pertes demande plus de ${points} points de band_unit ${fr(String(unit))} (ils ne couvrent qu'une probabilité de ${fr(String(covered))}) : indiquez un band_unit plus grand, ou modélisez moins d'acheteurs, plus grands`,
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
  notAnOfferList: (): Bilingual => ({
    en: "offers must be a list of factoring offers",
    fr: "offers doit être une liste d'offres d'affacturage",
  }),
  /** A message about one offer of a list, with the offer it came from, so that the user knows which column to fix. */
  inOffer: (position: number, name: string, inner: Bilingual): Bilingual => ({
    en: `offer ${position}${name ? ` (${name})` : ""}: ${inner.en}`,
    fr: `offre ${position}${name ? ` (${name})` : ""} : ${inner.fr}`,
  }),
  noLine: (): Bilingual => ({
    en: "the financed line is 0 (annual_turnover, dso_days, usage or advance_rate is 0): there is no cash freed to annualise a cost on",
    fr: "l'encours financé est nul (annual_turnover, dso_days, usage ou advance_rate vaut 0) : aucun financement sur lequel annualiser un coût",
  }),
  creditCoverDiffers: (): Bilingual => ({
    en: "some offers include credit cover (with guarantee) and others do not (with recourse): the cost per euro freed does not price the cover; weigh it apart",
    fr: "certaines offres incluent la garantie (sans recours) et d'autres non (avec recours) : le coût par euro financé ne valorise pas la garantie ; pesez-la à part",
  }),
  coverQuotaDiffers: (): Bilingual => ({
    en: "the offers cover different shares of the approved limits (cover_quota): the cost per euro freed does not price the difference",
    fr: "les offres garantissent des quotités différentes des agréments (cover_quota) : le coût par euro financé ne valorise pas l'écart",
  }),

  // ------------------------------------------------------------------------------------------------------------------
  // The Excel function layer's own checks (src/functions): the forms in which Excel hands values over (text, ranges,
  // shapes). Bounds are the core's rules above, so that each rule is worded once.
  /** "exposures (row 2, column 1)": the cell of a range a message is about. */
  cell: (argument: string, row: number, column: number): Bilingual => ({
    en: `${argument} (row ${row}, column ${column})`,
    fr: `${argument} (ligne ${row}, colonne ${column})`,
  }),
  notNumericText: (label: Bilingual, text: string): Bilingual => ({
    en: `${label.en} must be a number, not the text ${quoted(text)} (e.g. 10000, 0.9 or 90%)`,
    fr: `${label.fr} doit être un nombre, pas le texte ${quoted(text)} (par ex. 10000, 0,9 ou 90 %)`,
  }),
  notANumberInExcel: (label: Bilingual): Bilingual => ({
    en: `${label.en} must be a number (e.g. 10000, 0.9 or 90%)`,
    fr: `${label.fr} doit être un nombre (par ex. 10000, 0,9 ou 90 %)`,
  }),
  notTrueFalse: (label: Bilingual, text?: string): Bilingual => ({
    en: `${label.en} must be TRUE or FALSE${text === undefined ? "" : `, not the text ${quoted(text)}`}`,
    fr: `${label.fr} doit valoir VRAI ou FAUX${text === undefined ? "" : `, pas le texte ${quoted(text)}`}`,
  }),
  notASingleValue: (argument: string, shape: string): Bilingual => ({
    en: `${argument} must be a single value, not a ${shape} range`,
    fr: `${argument} doit être une valeur unique, pas une plage ${shape}`,
  }),
  notRectangular: (argument: string): Bilingual => ({
    en: `${argument} must be a rectangular range (every row as long as the first)`,
    fr: `${argument} doit être une plage rectangulaire (toutes les lignes de même longueur)`,
  }),
  shapeMismatch: (first: string, firstShape: string, second: string, secondShape: string): Bilingual => ({
    en: `${first} is ${firstShape} but ${second} is ${secondShape}: ranges must have the same shape (or be a single cell)`,
    fr: `${first} est une plage ${firstShape} mais ${second} est ${secondShape} : les plages doivent avoir la même forme (ou être une seule cellule)`,
  }),
  notFinite: (): Bilingual => ({
    en: "the result is too large to be shown as a number: check the sizes of the arguments",
    fr: "le résultat est trop grand pour être affiché : vérifiez l'ordre de grandeur des arguments",
  }),
  unexpected: (): Bilingual => ({
    en: "Encours could not compute this value: check the arguments' types and ranges",
    fr: "Encours n'a pas pu calculer cette valeur : vérifiez le type et les plages des arguments",
  }),
} as const;
