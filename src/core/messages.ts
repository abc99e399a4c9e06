/**
 * Every message the core can show, in English and French, in one place (as HyperFormula's
 * `error-message.ts` and dinero.js's assert messages): the Excel functions and the task pane show the same
 * words, and a translator reviews one file. Messages name the argument as the Excel function spells it
 * (snake_case), because that is what the user sees in the formula bar and in the pane's labels.
 */
import { Decimal } from "./decimal";

/** One message in both languages of Encours. */
export interface Bilingual {
  readonly en: string;
  readonly fr: string;
}

/**
 * A worked example value for each argument, as a decimal string ("0.9", not 0.9, so that the percentage
 * shown beside a rate is exact: 0.003 × 100 in doubles is 0.30000000000000004).
 */
export const ARGUMENT_EXAMPLES = {
  amount: "10000",
  days: "60",
  service_fee_rate: "0.01",
  financing_rate: "0.05",
  advance_rate: "0.9",
  min_fee: "50",
  day_basis: "360",
  compound: "TRUE",
  annual_turnover: "1200000",
  dso_days: "60",
  usage: "0.8",
  min_annual_fee: "1500",
  fixed_fees: "500",
  exposures: "50000",
  pds: "0.02",
  lgds: "0.45",
  insured_turnover: "1200000",
  rate: "0.003",
  min_premium: "2000",
  loss: "50000",
  cover_rate: "0.9",
  credit_limit: "40000",
  credit_limits: "40000",
  deductible: "1000",
  threshold: "500",
  premium: "3000",
  exposure: "50000",
  lgd: "0.45",
  receivables: "212000",
  current_receivables: "150000",
  sales: "100000",
  period_days: "30",
  vat_rate: "0.2",
  newest_first: "FALSE",
  values: "250000",
  n: "5",
  turnover: "1200000",
  vat_included: "TRUE",
  payment_days: "60",
  buyers: "20",
  outstanding: "50000",
  peak_outstanding: "60000",
  insurance_tax_rate: "0.09",
  fee_vat_rate: "0.2",
  monitoring_fee: "80",
  enquiry_fee: "150",
  enquiries: "20",
  aggregate_deductible: "20000",
  max_liability_multiple: "30",
  profit_share_rate: "0.2",
  indemnity_delay_months: "6",
  discretionary_limit: "15000",
  pd_volatility: "0.5",
  pd: "0.02",
  gross_losses: "50000",
  indemnities: "45000",
  profit_share_base: "3000",
  band_unit: "1000",
} as const;

/** The snake_case name of an argument, as the Excel function and the task pane show it. */
export type ArgumentName = keyof typeof ARGUMENT_EXAMPLES;

/** French writes decimals with a comma: "0,9", and TRUE/FALSE as VRAI/FAUX. */
const fr = (example: string): string =>
  example === "TRUE" ? "VRAI" : example === "FALSE" ? "FAUX" : example.replace(".", ",");

/** "0.003" -> "0.3", exactly: decimal arithmetic, as 0.003 × 100 in doubles is 0.30000000000000004. */
const percentOf = (example: string): string => new Decimal(example).times(100).toString();

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
    fr: `band_unit ${String(unit).replace(".", ",")} est trop fin pour ces montants : la grille conjointe des pertes dépasserait son budget de mémoire et de temps, indiquez un band_unit plus grand ou laissez-le vide`,
  }),
  valuesSumZero: (): Bilingual => ({
    en: "values add up to 0: there is no total to take shares of",
    fr: "values totalise 0 : aucun total dont calculer des parts",
  }),
} as const;
