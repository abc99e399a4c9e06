/**
 * Every parameter of every Excel function, declared once (STYLE.md, practice 9): its Excel name, the key the
 * core's option objects use, its kind, its default, a worked example, its label and description in both
 * languages. The core's validation and defaults, the function layer, the Excel metadata (English and French),
 * the help pages and the task pane's fields all read this table; nothing here is typed anywhere else.
 *
 * Descriptions are the Excel metadata's parameter lines (what Excel shows while a formula is typed), so they
 * spell out units, bounds, the example and the default. A function whose use of a parameter differs (a single
 * value where other functions accept a range) overrides the description in its own entry (functions.ts).
 */
import type { Text } from "./text";

/**
 * What a parameter holds, which decides how a cell is read, how it is checked and how the pane shows it:
 * - amount: currency units, 0 or more;          - rate: a decimal from 0 to 1 (a cell formatted as %);
 * - days: a number of days, 0 or more;          - count: a number of things (buyers, invoices);
 * - limit: an amount where blank or 0 means "no limit";
 * - basis: a day-count basis, 360 or 365;       - boolean: TRUE/FALSE;
 * - signedRate: a decimal from -1 to 1 (an index, negative in some years: Euribor 3M in 2015–2022);
 * - level: a probability strictly between 0 and 1;
 * - multiple: a non-negative real (a volatility as a multiple of the pd);
 * - date: an Excel date serial number;         - dateOrNone: a date, where blank or 0 means "none" (not paid);
 * - daysOrNone: a number of days, where blank or 0 means "not stated";
 * - terms: payment terms, a number of days or their wording ("45 jours fin de mois");
 * - list: a list of values (a core option only: a buyer list).
 */
export type ParameterKind =
  | "amount"
  | "rate"
  | "signedRate"
  | "days"
  | "count"
  | "limit"
  | "basis"
  | "boolean"
  | "level"
  | "multiple"
  | "date"
  | "dateOrNone"
  | "daysOrNone"
  | "terms"
  | "list";

/**
 * How a parameter is given in an aggregate or table function (an elementwise function reads every parameter
 * cell by cell, whatever its form):
 * - single: one value;
 * - list: a range read as a list (a portfolio, a sales history), required;
 * - perItem: one value for all, or a range shaped like `sameShapeAs` (lgds, period_days, credit_limits);
 * - matrix: a range read as rows (a correlation matrix).
 */
export type ParameterForm = "single" | "list" | "perItem" | "matrix";

export interface ParameterEntry {
  /** The core's option key (camelCase). */
  readonly key: string;
  readonly kind: ParameterKind;
  readonly form: ParameterForm;
  /** For lists and per-item values: the list whose shape this one must have. */
  readonly sameShapeAs?: string;
  /**
   * The value an omitted argument takes (the core applies it); `undefined`: the argument is required;
   * `null`: "none" (no credit limit).
   */
  readonly default?: number | boolean | null;
  /** A worked value, as a decimal string so that its percentage is exact ("0.003" is 0.3 %). */
  readonly example: string;
  /** The field's label in the task pane and the row label in proposal sheets. */
  readonly label: Text;
  /** The Excel metadata's parameter line (for a core option, what it means). */
  readonly description: Text;
  /**
   * "excel" (default): an argument of at least one Excel function. "core": an option of the core's API that
   * the task pane fills (a buyer list, a turnover split) but no Excel function takes; declared here all the
   * same, so that its name, default and label live in one place.
   */
  readonly scope?: "excel" | "core";
  /**
   * A list whose trailing blank (or 0) cells are not items: a sales history given as a whole column,
   * =ENCOURS.DSO(B1, C:C), ends at its last value. Older Excel desktop builds send a blank cell as 0, so a
   * trailing 0 cannot be told from a blank and is dropped too; per-item values shaped like it are cut alike.
   */
  readonly trailingBlanksEnd?: boolean;
}

const entry = <E extends Record<string, ParameterEntry>>(entries: E): { readonly [K in keyof E]: ParameterEntry } => Object.freeze(entries);

export const PARAMETERS = entry({
  // ------------------------------------------------------------------------------------------- factoring
  amount: {
    key: "amount",
    kind: "amount",
    form: "single",
    example: "10000",
    label: { en: "Invoice amount", fr: "Montant de la facture" },
    description: {
      en: "Invoice amount in currency units, 0 or more (e.g. 10000).",
      fr: "Montant de la facture en unités monétaires, 0 ou plus (par ex. 10000).",
    },
  },
  days: {
    key: "days",
    kind: "days",
    form: "single",
    example: "60",
    label: { en: "Days until payment", fr: "Jours jusqu'au paiement" },
    description: {
      en: "Days from assignment until the customer pays, 0 or more (e.g. 60).",
      fr: "Jours entre la cession et le paiement du client, 0 ou plus (par ex. 60).",
    },
  },
  service_fee_rate: {
    key: "serviceFeeRate",
    kind: "rate",
    form: "single",
    default: 0.01,
    example: "0.01",
    label: { en: "Service fee", fr: "Commission d'affacturage" },
    description: {
      en: "Service fee as a share of the amount, a decimal from 0 to 1 (e.g. 1% or 0.01; default 0.01).",
      fr: "Commission d'affacturage en part du montant, décimal de 0 à 1 (par ex. 1 % ou 0,01 ; 0,01 par défaut).",
    },
  },
  financing_rate: {
    key: "financingRate",
    kind: "rate",
    form: "single",
    default: 0.05,
    example: "0.05",
    label: { en: "Annual financing rate", fr: "Taux de financement annuel" },
    description: {
      en: "Annual financing rate on the cash advanced, a decimal (e.g. 5% or 0.05; default 0.05).",
      fr: "Taux annuel de financement de la somme avancée, décimal (par ex. 5 % ou 0,05 ; 0,05 par défaut).",
    },
  },
  advance_rate: {
    key: "advanceRate",
    kind: "rate",
    form: "single",
    default: 0.9,
    example: "0.9",
    label: { en: "Advance rate", fr: "Taux d'avance" },
    description: {
      en: "Share of the amount advanced, a decimal from 0 to 1 (e.g. 90% or 0.9; default 0.9).",
      fr: "Part du montant avancée, décimal de 0 à 1 (par ex. 90 % ou 0,9 ; 0,9 par défaut).",
    },
  },
  min_fee: {
    key: "minFee",
    kind: "amount",
    form: "single",
    default: 0,
    example: "50",
    label: { en: "Minimum fee per invoice", fr: "Minimum par facture" },
    description: {
      en: "Minimum service fee per invoice in currency units, 0 or more (default 0).",
      fr: "Commission minimale par facture en unités monétaires, 0 ou plus (0 par défaut).",
    },
  },
  day_basis: {
    key: "dayBasis",
    kind: "basis",
    form: "single",
    default: 360,
    example: "360",
    label: { en: "Day basis", fr: "Base de calcul" },
    description: {
      en: "Days in the financing year: 360 (money-market basis, default) or 365.",
      fr: "Jours de l'année de financement : 360 (base monétaire, par défaut) ou 365.",
    },
  },
  compound: {
    key: "compound",
    kind: "boolean",
    form: "single",
    default: false,
    example: "TRUE",
    label: { en: "Compounded rate", fr: "Taux composé" },
    description: {
      en: "FALSE (default) for the simple annual rate; TRUE for the compounded rate, equal to XIRR of the flows.",
      fr: "FAUX (par défaut) pour le taux annuel simple ; VRAI pour le taux composé, égal au TRI.PAIEMENTS des flux.",
    },
  },
  annual_turnover: {
    key: "annualTurnover",
    kind: "amount",
    form: "single",
    example: "1200000",
    label: { en: "Annual turnover assigned", fr: "Chiffre d'affaires annuel cédé" },
    description: {
      en: "Turnover assigned to the factor in a year, in currency units, 0 or more (e.g. 1200000).",
      fr: "Chiffre d'affaires cédé au factor sur un an, en unités monétaires, 0 ou plus (par ex. 1200000).",
    },
  },
  dso_days: {
    key: "dsoDays",
    kind: "days",
    form: "single",
    example: "60",
    label: { en: "DSO (days)", fr: "DSO (jours)" },
    description: {
      en: "Days sales outstanding of that turnover, 0 or more (e.g. 60).",
      fr: "Délai moyen de paiement (DSO) de ce chiffre d'affaires en jours, 0 ou plus (par ex. 60).",
    },
  },
  usage: {
    key: "usage",
    kind: "rate",
    form: "single",
    default: 1,
    example: "0.8",
    label: { en: "Line usage", fr: "Utilisation de l'encours" },
    description: {
      en: "Share of the available advance actually drawn, a decimal from 0 to 1 (e.g. 80% or 0.8; default 1).",
      fr: "Part de l'avance disponible réellement utilisée, décimal de 0 à 1 (par ex. 80 % ou 0,8 ; 1 par défaut).",
    },
  },
  min_annual_fee: {
    key: "minAnnualFee",
    kind: "amount",
    form: "single",
    default: 0,
    example: "1500",
    label: { en: "Minimum annual fee", fr: "Minimum annuel de commission" },
    description: {
      en: "Minimum yearly service fee in currency units, 0 or more (default 0).",
      fr: "Commission annuelle minimale en unités monétaires, 0 ou plus (0 par défaut).",
    },
  },
  fixed_fees: {
    key: "fixedFees",
    kind: "amount",
    form: "single",
    default: 0,
    example: "500",
    label: { en: "Fixed yearly fees", fr: "Frais fixes annuels" },
    description: {
      en: "File, subscription and other yearly fees in currency units, 0 or more (default 0).",
      fr: "Frais de dossier, d'abonnement et autres frais annuels en unités monétaires, 0 ou plus (0 par défaut).",
    },
  },

  // ------------------------------------------------------------------------- factoring offers as written
  reserve_rate: {
    key: "reserveRate",
    kind: "rate",
    form: "single",
    default: 0,
    example: "0.1",
    label: { en: "Guarantee reserve", fr: "Retenue de garantie" },
    description: {
      en: "Guarantee reserve held until the buyer pays, as a share of the invoice incl. VAT, from 0 to below 1 and at most advance_rate (e.g. 10% or 0.1; default 0).",
      fr: "Retenue de garantie conservée jusqu'au paiement de l'acheteur, en part de la facture TTC, de 0 à moins de 1 et au plus advance_rate (par ex. 10 % ou 0,1 ; 0 par défaut).",
    },
  },
  index_rate: {
    key: "indexRate",
    kind: "signedRate",
    form: "single",
    default: 0,
    example: "0.03",
    label: { en: "Index (Euribor 3M)", fr: "Indice (Euribor 3 mois)" },
    description: {
      en: "Reference index of the financing as typed in the contract, e.g. Euribor 3M, a decimal from -1 to 1 (e.g. 3% or 0.03; default 0).",
      fr: "Indice de référence du financement tel que le contrat le fixe, par ex. l'Euribor 3 mois, décimal de -1 à 1 (par ex. 3 % ou 0,03 ; 0 par défaut).",
    },
  },
  margin: {
    key: "margin",
    kind: "rate",
    form: "single",
    default: 0.05,
    example: "0.015",
    label: { en: "Margin over the index", fr: "Marge sur l'indice" },
    description: {
      en: "Margin added to the index, a decimal from 0 to 1 (e.g. 1.5% or 0.015; default 0.05, with an index of 0 the 5% of FACTOR.COST).",
      fr: "Marge ajoutée à l'indice, décimal de 0 à 1 (par ex. 1,5 % ou 0,015 ; 0,05 par défaut, soit avec un indice nul les 5 % d'AFFACTURAGE.COUT).",
    },
  },
  index_floor: {
    key: "indexFloor",
    kind: "boolean",
    form: "single",
    default: false,
    example: "TRUE",
    label: { en: "Index floored at 0", fr: "Indice plancher à 0" },
    description: {
      en: "TRUE when the contract floors the index at 0 (default FALSE).",
      fr: "VRAI quand le contrat plancher l'indice à 0 (FAUX par défaut).",
    },
  },
  financing_on_gross: {
    key: "financingOnGross",
    kind: "boolean",
    form: "single",
    default: true,
    example: "FALSE",
    label: { en: "Financing charged on the gross advance", fr: "Financement calculé sur l'avance brute" },
    description: {
      en: "TRUE (default) when the financing commission runs on the whole advance, reserve included; FALSE when it runs net of the reserve.",
      fr: "VRAI (par défaut) quand la commission de financement porte sur toute l'avance, retenue comprise ; FAUX quand elle porte sur l'avance nette de la retenue.",
    },
  },
  precounted: {
    key: "precounted",
    kind: "boolean",
    form: "single",
    default: false,
    example: "TRUE",
    label: { en: "Commission taken in advance (précomptée)", fr: "Commission précomptée" },
    description: {
      en: "TRUE when the financing commission is taken when the advance is paid (précomptée); FALSE (default) when charged at the end (post-comptée).",
      fr: "VRAI quand la commission de financement est prélevée au versement de l'avance (précomptée) ; FAUX (par défaut) quand elle est perçue à la fin (post-comptée).",
    },
  },
  collection_days: {
    key: "collectionDays",
    kind: "days",
    form: "single",
    default: 0,
    example: "10",
    label: { en: "Collection days added", fr: "Jours d'encaissement ajoutés" },
    description: {
      en: "Days the contract adds to the financing period for collection (jours de valeur), 0 or more (default 0).",
      fr: "Jours que le contrat ajoute à la durée de financement pour l'encaissement (jours de valeur), 0 ou plus (0 par défaut).",
    },
  },
  financing_fees: {
    key: "financingFees",
    kind: "amount",
    form: "single",
    default: 0,
    example: "150",
    label: { en: "Fees tied to the financing", fr: "Frais liés au financement" },
    description: {
      en: "Fees the contract ties to the financing (counted in the TEG), in currency units, 0 or more (default 0).",
      fr: "Frais que le contrat lie au financement (comptés dans le TEG), en unités monétaires, 0 ou plus (0 par défaut).",
    },
  },
  per_invoice_min_fee: {
    key: "perInvoiceMinFee",
    kind: "amount",
    form: "single",
    default: 0,
    example: "5",
    label: { en: "Minimum commission per invoice", fr: "Commission minimale par facture" },
    description: {
      en: "Minimum factoring commission per invoice in currency units, 0 or more (default 0).",
      fr: "Commission d'affacturage minimale par facture en unités monétaires, 0 ou plus (0 par défaut).",
    },
  },
  invoices: {
    key: "invoices",
    kind: "count",
    form: "single",
    default: 0,
    example: "1200",
    label: { en: "Invoices a year", fr: "Factures par an" },
    description: {
      en: "Invoices ceded in a year, 0 or more (needed with a per-invoice minimum or fee; default 0).",
      fr: "Factures cédées par an, 0 ou plus (nécessaire avec un minimum ou des frais par facture ; 0 par défaut).",
    },
  },
  per_invoice_fee: {
    key: "perInvoiceFee",
    kind: "amount",
    form: "single",
    default: 0,
    example: "2",
    label: { en: "Fee per invoice", fr: "Frais par facture" },
    description: {
      en: "Handling fee per invoice in currency units excl. VAT, 0 or more (default 0).",
      fr: "Frais de gestion par facture en unités monétaires HT, 0 ou plus (0 par défaut).",
    },
  },
  buyers: {
    key: "buyers",
    kind: "count",
    form: "single",
    default: 0,
    example: "40",
    label: { en: "Buyers", fr: "Acheteurs" },
    description: {
      en: "Number of buyers the per-buyer fees are charged on (approval, monitoring), 0 or more (default 0).",
      fr: "Nombre d'acheteurs sur lesquels les frais par acheteur sont perçus (agrément, surveillance), 0 ou plus (0 par défaut).",
    },
  },
  per_buyer_fee: {
    key: "perBuyerFee",
    kind: "amount",
    form: "single",
    default: 0,
    example: "30",
    label: { en: "Fee per buyer", fr: "Frais par acheteur" },
    description: {
      en: "Yearly fee per buyer (approval, monitoring) in currency units excl. VAT, 0 or more (default 0).",
      fr: "Frais annuels par acheteur (agrément, surveillance) en unités monétaires HT, 0 ou plus (0 par défaut).",
    },
  },
  file_fee: {
    key: "fileFee",
    kind: "amount",
    form: "single",
    default: 0,
    example: "500",
    label: { en: "File fee", fr: "Frais de dossier" },
    description: {
      en: "File (set-up) fee of the year in currency units excl. VAT, 0 or more (default 0).",
      fr: "Frais de dossier de l'année en unités monétaires HT, 0 ou plus (0 par défaut).",
    },
  },
  yearly_fees: {
    key: "yearlyFees",
    kind: "amount",
    form: "single",
    default: 0,
    example: "1200",
    label: { en: "Other yearly fees", fr: "Autres frais annuels" },
    description: {
      en: "Subscription and other yearly fees in currency units excl. VAT, 0 or more (default 0).",
      fr: "Abonnement et autres frais annuels en unités monétaires HT, 0 ou plus (0 par défaut).",
    },
  },
  commission_vat_rate: {
    key: "vatRate",
    kind: "rate",
    form: "single",
    default: 0.2,
    example: "0.2",
    label: { en: "VAT on commissions and fees", fr: "TVA sur commissions et frais" },
    description: {
      en: "VAT rate on the factoring commission and the fees (none on financing), a decimal (e.g. 20% or 0.2; default 0.2).",
      fr: "Taux de TVA sur la commission d'affacturage et les frais (aucune sur le financement), décimal (par ex. 20 % ou 0,2 ; 0,2 par défaut).",
    },
  },
  cover_quota: {
    key: "coverQuota",
    kind: "rate",
    form: "single",
    default: 0,
    example: "0.9",
    label: { en: "Credit cover included (quota)", fr: "Garantie incluse (quotité)" },
    description: {
      en: "Share of approved buyers' unpaid invoices the factor bears (with guarantee), a decimal from 0 to 1 (default 0: unpaid invoices come back to you, with recourse).",
      fr: "Part des impayés des acheteurs agréés supportée par le factor (avec garantie), décimal de 0 à 1 (0 par défaut : les impayés vous reviennent, avec recours).",
    },
  },
  recourse_days: {
    key: "recourseDays",
    kind: "daysOrNone",
    form: "single",
    default: null,
    example: "90",
    label: { en: "Recourse after (days overdue)", fr: "Recours après (jours de retard)" },
    description: {
      en: "Days overdue after which an unpaid invoice is de-financed and comes back to you; blank or 0 when not stated (default).",
      fr: "Jours de retard au-delà desquels une facture impayée est définancée et vous revient ; vide ou 0 si le contrat ne le dit pas (par défaut).",
    },
  },

  // ------------------------------------------------------------------------------------ credit insurance
  exposures: {
    key: "exposures",
    kind: "amount",
    form: "list",
    example: "50000",
    label: { en: "Exposure", fr: "Encours" },
    description: {
      en: "Amounts owed by each buyer in currency units, 0 or more: a range, one buyer per cell (e.g. 50000).",
      fr: "Montant dû par chaque acheteur en unités monétaires, 0 ou plus : une plage, un acheteur par cellule (par ex. 50000).",
    },
  },
  pds: {
    key: "pds",
    kind: "rate",
    form: "list",
    sameShapeAs: "exposures",
    example: "0.02",
    label: { en: "Expected default rate", fr: "Taux de défaut attendu" },
    description: {
      en: "One-year default probability of each buyer, decimals from 0 to 1 (e.g. 2% or 0.02): a range shaped like exposures.",
      fr: "Probabilité de défaut à un an de chaque acheteur, décimaux de 0 à 1 (par ex. 2 % ou 0,02) : une plage de même forme qu'exposures.",
    },
  },
  lgds: {
    key: "lgds",
    kind: "rate",
    form: "perItem",
    sameShapeAs: "exposures",
    default: 1,
    example: "0.45",
    label: { en: "Loss given default", fr: "Perte en cas de défaut" },
    description: {
      en: "Loss given default, decimals from 0 to 1 (e.g. 45% or 0.45): one value for all buyers or a range shaped like exposures (default 1).",
      fr: "Perte en cas de défaut, décimaux de 0 à 1 (par ex. 45 % ou 0,45) : une valeur pour tous ou une plage de même forme qu'exposures (1 par défaut).",
    },
  },
  insured_turnover: {
    key: "insuredTurnover",
    kind: "amount",
    form: "single",
    example: "1200000",
    label: { en: "Insured turnover", fr: "Chiffre d'affaires assuré" },
    description: {
      en: "Turnover insured in a year, in currency units, 0 or more (e.g. 1200000).",
      fr: "Chiffre d'affaires assuré sur un an, en unités monétaires, 0 ou plus (par ex. 1200000).",
    },
  },
  rate: {
    key: "rate",
    kind: "rate",
    form: "single",
    example: "0.003",
    label: { en: "Premium rate", fr: "Taux de prime" },
    description: {
      en: "Premium rate on the turnover, a decimal from 0 to 1 (e.g. 0.3% or 0.003).",
      fr: "Taux de prime sur le chiffre d'affaires, décimal de 0 à 1 (par ex. 0,3 % ou 0,003).",
    },
  },
  min_premium: {
    key: "minPremium",
    kind: "amount",
    form: "single",
    default: 0,
    example: "2000",
    label: { en: "Minimum premium", fr: "Prime minimum" },
    description: {
      en: "Minimum yearly premium in currency units, 0 or more (default 0).",
      fr: "Prime annuelle minimale en unités monétaires, 0 ou plus (0 par défaut).",
    },
  },
  loss: {
    key: "loss",
    kind: "amount",
    form: "single",
    example: "50000",
    label: { en: "Unpaid amount claimed", fr: "Montant impayé déclaré" },
    description: {
      en: "Unpaid amount claimed, in currency units, 0 or more (e.g. 50000).",
      fr: "Montant impayé déclaré, en unités monétaires, 0 ou plus (par ex. 50000).",
    },
  },
  cover_rate: {
    key: "coverRate",
    kind: "rate",
    form: "single",
    default: 0.9,
    example: "0.9",
    label: { en: "Cover rate", fr: "Quotité garantie" },
    description: {
      en: "Share of the insured loss the insurer pays, a decimal from 0 to 1 (e.g. 90% or 0.9; default 0.9).",
      fr: "Part de la perte assurée payée par l'assureur, décimal de 0 à 1 (par ex. 90 % ou 0,9 ; 0,9 par défaut).",
    },
  },
  credit_limit: {
    key: "creditLimit",
    kind: "limit",
    form: "single",
    default: null,
    example: "40000",
    label: { en: "Credit limit", fr: "Limite de crédit" },
    description: {
      en: "Credit limit granted on the buyer, in currency units; blank or 0 means no limit (default none).",
      fr: "Limite de crédit (agrément) accordée sur l'acheteur, en unités monétaires ; vide ou 0 = sans limite (sans limite par défaut).",
    },
  },
  credit_limits: {
    key: "creditLimits",
    kind: "limit",
    form: "perItem",
    sameShapeAs: "exposures",
    default: null,
    example: "40000",
    label: { en: "Credit limits", fr: "Limites de crédit" },
    description: {
      en: "Credit limit on each buyer in currency units: one value for all or a range shaped like exposures; blank or 0 means no limit (default none).",
      fr: "Limite de crédit de chaque acheteur en unités monétaires : une valeur pour tous ou une plage de même forme qu'exposures ; vide ou 0 = sans limite (sans limite par défaut).",
    },
  },
  deductible: {
    key: "deductible",
    kind: "amount",
    form: "single",
    default: 0,
    example: "1000",
    label: { en: "Deductible per claim", fr: "Franchise par sinistre" },
    description: {
      en: "Amount of each claim the seller keeps, in currency units, 0 or more (default 0).",
      fr: "Part de chaque sinistre gardée par le vendeur (franchise), en unités monétaires, 0 ou plus (0 par défaut).",
    },
  },
  threshold: {
    key: "threshold",
    kind: "amount",
    form: "single",
    default: 0,
    example: "500",
    label: { en: "Claim threshold", fr: "Seuil d'intervention" },
    description: {
      en: "Smallest loss the policy pays on, in currency units, 0 or more (default 0).",
      fr: "Plus petite perte indemnisée par la police (seuil), en unités monétaires, 0 ou plus (0 par défaut).",
    },
  },
  premium: {
    key: "premium",
    kind: "amount",
    form: "single",
    example: "3000",
    label: { en: "Premium", fr: "Prime" },
    description: {
      en: "Yearly premium in currency units, 0 or more (e.g. 3000). A single value.",
      fr: "Prime annuelle en unités monétaires, 0 ou plus (par ex. 3000). Une valeur unique.",
    },
  },
  exposure: {
    key: "exposure",
    kind: "amount",
    form: "single",
    example: "50000",
    label: { en: "Exposure", fr: "Encours" },
    description: {
      en: "Amount owed by the buyer, in currency units, 0 or more (e.g. 50000).",
      fr: "Montant dû par l'acheteur, en unités monétaires, 0 ou plus (par ex. 50000).",
    },
  },
  lgd: {
    key: "lgd",
    kind: "rate",
    form: "single",
    default: 1,
    example: "0.45",
    label: { en: "Loss given default", fr: "Perte en cas de défaut" },
    description: {
      en: "Loss given default, a decimal from 0 to 1 (e.g. 45% or 0.45; default 1).",
      fr: "Perte en cas de défaut, décimal de 0 à 1 (par ex. 45 % ou 0,45 ; 1 par défaut).",
    },
  },
  level: {
    key: "level",
    kind: "level",
    form: "single",
    example: "0.99",
    label: { en: "Confidence level", fr: "Seuil" },
    description: {
      en: "Quantile level, a decimal strictly between 0 and 1 (e.g. 99% or 0.99).",
      fr: "Niveau du quantile, décimal strictement entre 0 et 1 (par ex. 99 % ou 0,99).",
    },
  },
  pd_volatility: {
    key: "pdVolatility",
    kind: "multiple",
    form: "single",
    default: 0.5,
    example: "0.5",
    label: { en: "Default-rate volatility", fr: "Volatilité du taux de défaut" },
    description: {
      en: "Volatility of the default rate as a multiple of the pd, 0 or more (default 0.5; 0 gives Poisson defaults).",
      fr: "Volatilité du taux de défaut en multiple de la probabilité de défaut, 0 ou plus (0,5 par défaut ; 0 = loi de Poisson).",
    },
  },

  // ----------------------------------------------------------------------------------------- receivables
  receivables: {
    key: "receivables",
    kind: "amount",
    form: "single",
    example: "212000",
    label: { en: "Trade receivables (incl. VAT)", fr: "Créances clients (TTC)" },
    description: {
      en: "Receivables outstanding at the end of the last period, in currency units, 0 or more (e.g. 212000).",
      fr: "Créances clients à la fin de la dernière période, en unités monétaires, 0 ou plus (par ex. 212000).",
    },
  },
  current_receivables: {
    key: "currentReceivables",
    kind: "amount",
    form: "single",
    example: "150000",
    label: { en: "of which not yet due", fr: "dont non échues" },
    description: {
      en: "Receivables not yet due, in currency units, 0 or more (e.g. 90000).",
      fr: "Créances non échues, en unités monétaires, 0 ou plus (par ex. 90000).",
    },
  },
  sales: {
    key: "sales",
    kind: "amount",
    form: "list",
    trailingBlanksEnd: true,
    example: "100000",
    label: { en: "Sales per month, oldest first", fr: "Ventes par mois, de la plus ancienne à la plus récente" },
    description: {
      en: "Sales of each period in currency units, oldest first: a range, one period per cell (e.g. 70000, 80000, 100000); blank or 0 cells after the last value are not periods (C:C works).",
      fr: "Ventes de chaque période en unités monétaires, la plus ancienne d'abord : une plage, une période par cellule (par ex. 70000, 80000, 100000) ; les cellules vides ou à 0 après la dernière valeur ne sont pas des périodes (C:C fonctionne).",
    },
  },
  period_days: {
    key: "periodDays",
    kind: "days",
    form: "perItem",
    sameShapeAs: "sales",
    default: 30,
    example: "30",
    label: { en: "Days per period", fr: "Jours par période" },
    description: {
      en: "Days in each period: one number for all or a range shaped like sales (default 30).",
      fr: "Jours de chaque période : un nombre pour toutes ou une plage de même forme que sales (30 par défaut).",
    },
  },
  vat_rate: {
    key: "vatRate",
    kind: "rate",
    form: "single",
    default: 0,
    example: "0.2",
    label: { en: "VAT to add to sales", fr: "TVA à ajouter aux ventes" },
    description: {
      en: "VAT rate when sales are net of VAT and receivables include it, a decimal (e.g. 20% or 0.2; default 0).",
      fr: "Taux de TVA quand les ventes sont hors taxes et les créances TTC, décimal (par ex. 20 % ou 0,2 ; 0 par défaut).",
    },
  },
  newest_first: {
    key: "newestFirst",
    kind: "boolean",
    form: "single",
    default: false,
    example: "FALSE",
    label: { en: "Newest period first", fr: "Période la plus récente d'abord" },
    description: {
      en: "TRUE when the first period of sales is the most recent (default FALSE: oldest first).",
      fr: "VRAI quand la première période de sales est la plus récente (FAUX par défaut : la plus ancienne d'abord).",
    },
  },
  values: {
    key: "values",
    kind: "amount",
    form: "list",
    example: "250000",
    label: { en: "Amounts per customer", fr: "Montants par client" },
    description: {
      en: "Amounts per customer in currency units, 0 or more: a range (e.g. receivables by customer).",
      fr: "Montants par client en unités monétaires, 0 ou plus : une plage (par ex. les créances par client).",
    },
  },
  n: {
    key: "n",
    kind: "count",
    form: "single",
    default: 5,
    example: "5",
    label: { en: "Number of largest customers", fr: "Nombre de plus gros clients" },
    description: {
      en: "How many of the largest values to count, a whole number of 1 or more (default 5).",
      fr: "Nombre de plus grandes valeurs à compter, entier de 1 ou plus (5 par défaut).",
    },
  },
  // ------------------------------------------------------------------- credit insurance as written (policy)
  premium_rate: {
    key: "premiumRate",
    kind: "rate",
    form: "single",
    example: "0.0025",
    label: { en: "Premium rate", fr: "Taux de prime" },
    description: {
      en: "Premium rate on the insured turnover, a decimal from 0 to 1 (e.g. 0.25% or 0.0025).",
      fr: "Taux de prime sur le chiffre d'affaires assuré, décimal de 0 à 1 (par ex. 0,25 % ou 0,0025).",
    },
  },
  insurance_tax_rate: {
    key: "insuranceTaxRate",
    kind: "rate",
    form: "single",
    default: 0.09,
    example: "0.09",
    label: { en: "Insurance tax", fr: "Taxe sur les conventions d'assurance" },
    description: {
      en: "Insurance premium tax on the premium (taxe spéciale sur les conventions d'assurance, CGI art. 1001), a decimal (e.g. 9% or 0.09; default 0.09).",
      fr: "Taxe spéciale sur les conventions d'assurance appliquée à la prime (CGI art. 1001), décimal (par ex. 9 % ou 0,09 ; 0,09 par défaut).",
    },
  },
  monitoring_fee: {
    key: "monitoringFee",
    kind: "amount",
    form: "single",
    default: 0,
    example: "80",
    label: { en: "Monitoring fee per buyer", fr: "Frais de surveillance par acheteur" },
    description: {
      en: "Yearly monitoring fee per buyer (frais de surveillance) in currency units excl. VAT, 0 or more (default 0).",
      fr: "Frais de surveillance annuels par acheteur en unités monétaires HT, 0 ou plus (0 par défaut).",
    },
  },
  enquiry_fee: {
    key: "enquiryFee",
    kind: "amount",
    form: "single",
    default: 0,
    example: "150",
    label: { en: "Enquiry fee", fr: "Frais d'étude" },
    description: {
      en: "Fee per credit-limit enquiry (frais d'étude) in currency units excl. VAT, 0 or more (default 0).",
      fr: "Frais d'étude par demande d'agrément en unités monétaires HT, 0 ou plus (0 par défaut).",
    },
  },
  enquiries: {
    key: "enquiries",
    kind: "count",
    form: "single",
    default: null,
    example: "20",
    label: { en: "Enquiries a year", fr: "Demandes d'agrément par an" },
    description: {
      en: "Credit-limit enquiries in the year, 0 or more (default: one per buyer, as in a first year).",
      fr: "Demandes d'agrément dans l'année, 0 ou plus (par défaut : une par acheteur, comme une première année).",
    },
  },
  fee_vat_rate: {
    key: "feeVatRate",
    kind: "rate",
    form: "single",
    default: 0.2,
    example: "0.2",
    label: { en: "VAT on fees", fr: "TVA sur les frais" },
    description: {
      en: "VAT rate on the monitoring and enquiry fees (the premium bears insurance tax, not VAT), a decimal (e.g. 20% or 0.2; default 0.2).",
      fr: "Taux de TVA sur les frais de surveillance et d'étude (la prime supporte la taxe d'assurance, pas la TVA), décimal (par ex. 20 % ou 0,2 ; 0,2 par défaut).",
    },
  },
  discretionary_limit: {
    key: "discretionaryLimit",
    kind: "limit",
    form: "single",
    default: null,
    example: "15000",
    label: { en: "Discretionary limit (unnamed buyers)", fr: "Limite discrétionnaire (acheteurs non dénommés)" },
    description: {
      en: "Cover of a buyer without a named credit limit, in currency units; blank or 0 means covered in full (default).",
      fr: "Couverture d'un acheteur sans limite de crédit nominative, en unités monétaires ; vide ou 0 = couvert en totalité (par défaut).",
    },
  },
  aggregate_deductible: {
    key: "aggregateDeductible",
    kind: "amount",
    form: "single",
    default: 0,
    example: "20000",
    label: { en: "Annual aggregate deductible", fr: "Franchise annuelle globale" },
    description: {
      en: "Indemnities of the year the insurer does not pay (annual aggregate deductible), in currency units, 0 or more (default 0).",
      fr: "Indemnités de l'année que l'assureur ne paie pas (franchise annuelle globale), en unités monétaires, 0 ou plus (0 par défaut).",
    },
  },
  max_liability_multiple: {
    key: "maxLiabilityMultiple",
    kind: "multiple",
    form: "single",
    default: 30,
    example: "30",
    label: { en: "Maximum liability (× premium)", fr: "Plafond d'indemnisation (× prime)" },
    description: {
      en: "Most the insurer pays in a year, as a multiple of the premium (plafond d'indemnisation), 0 or more (e.g. 30; default 30).",
      fr: "Maximum que l'assureur paie dans l'année, en multiple de la prime (plafond d'indemnisation), 0 ou plus (par ex. 30 ; 30 par défaut).",
    },
  },
  profit_share_rate: {
    key: "profitShareRate",
    kind: "rate",
    form: "single",
    default: 0,
    example: "0.2",
    label: { en: "Profit share", fr: "Participation bénéficiaire" },
    description: {
      en: "Share of premium − claims − fees paid back when positive (participation bénéficiaire), a decimal from 0 to 1 (e.g. 20% or 0.2; default 0).",
      fr: "Part de prime − sinistres − frais reversée quand elle est positive (participation bénéficiaire), décimal de 0 à 1 (par ex. 20 % ou 0,2 ; 0 par défaut).",
    },
  },
  indemnity_delay_months: {
    key: "indemnityDelayMonths",
    kind: "days",
    form: "single",
    default: 6,
    example: "6",
    scope: "core",
    label: { en: "Indemnity paid after (months)", fr: "Indemnité versée après (mois)" },
    description: {
      en: "Months between a default and the indemnity (an assumption to state, not a legal figure; default 6).",
      fr: "Mois entre un défaut et l'indemnité (une hypothèse à annoncer, pas un chiffre légal ; 6 par défaut).",
    },
  },
  turnover: {
    key: "turnover",
    kind: "amount",
    form: "single",
    example: "1200000",
    scope: "core",
    label: { en: "Annual B2B turnover", fr: "Chiffre d'affaires B2B annuel" },
    description: {
      en: "Yearly sales to business customers, HT or TTC as vat_included says.",
      fr: "Ventes annuelles aux clients professionnels, HT ou TTC selon vat_included.",
    },
  },
  vat_included: {
    key: "vatIncluded",
    kind: "boolean",
    form: "single",
    example: "TRUE",
    scope: "core",
    label: { en: "Turnover incl. VAT (TTC)", fr: "Chiffre d'affaires TTC" },
    description: {
      en: "TRUE when the turnover is typed incl. VAT (TTC), FALSE when excl. VAT (HT).",
      fr: "VRAI quand le chiffre d'affaires est saisi TTC, FAUX quand il est HT.",
    },
  },
  sales_vat_rate: {
    key: "vatRate",
    kind: "rate",
    form: "single",
    default: 0.2,
    example: "0.2",
    scope: "core",
    label: { en: "VAT rate on sales", fr: "Taux de TVA sur les ventes" },
    description: {
      en: "VAT rate that turns a turnover HT into the TTC amounts buyers owe (default 0.2).",
      fr: "Taux de TVA qui passe un chiffre d'affaires HT aux montants TTC dus par les acheteurs (0,2 par défaut).",
    },
  },
  payment_days: {
    key: "paymentDays",
    kind: "days",
    form: "single",
    example: "60",
    scope: "core",
    label: { en: "Average payment delay (days)", fr: "Délai de paiement moyen (jours)" },
    description: {
      en: "Days buyers really take to pay (the DSO), 0 or more.",
      fr: "Jours que les acheteurs mettent réellement à payer (le DSO), 0 ou plus.",
    },
  },
  pd: {
    key: "pd",
    kind: "rate",
    form: "single",
    example: "0.02",
    scope: "core",
    label: { en: "Expected default rate", fr: "Taux de défaut attendu" },
    description: {
      en: "One-year default probability of a buyer, a decimal from 0 to 1.",
      fr: "Probabilité de défaut à un an d'un acheteur, décimal de 0 à 1.",
    },
  },
  outstanding: {
    key: "outstanding",
    kind: "amount",
    form: "single",
    example: "50000",
    scope: "core",
    label: { en: "Outstanding", fr: "Encours" },
    description: { en: "What a buyer owes, incl. VAT.", fr: "Ce que doit un acheteur, TTC." },
  },
  peak_outstanding: {
    key: "peakOutstanding",
    kind: "amount",
    form: "single",
    default: null,
    example: "60000",
    scope: "core",
    label: { en: "Peak outstanding", fr: "Encours de pointe" },
    description: { en: "The most a buyer owes in the year, incl. VAT (used instead of outstanding when given).", fr: "Le plus haut encours de l'acheteur dans l'année, TTC (remplace l'encours s'il est donné)." },
  },
  gross_losses: {
    key: "grossLosses",
    kind: "amount",
    form: "list",
    example: "50000",
    scope: "core",
    label: { en: "Loss on default", fr: "Perte en cas de défaut" },
    description: { en: "What each buyer's default costs before cover (exposure × lgd).", fr: "Ce que coûte le défaut de chaque acheteur avant assurance (encours × perte en cas de défaut)." },
  },
  indemnities: {
    key: "indemnities",
    kind: "amount",
    form: "list",
    example: "45000",
    scope: "core",
    label: { en: "Indemnity owed", fr: "Indemnité due" },
    description: { en: "What the insurer owes on each default before the yearly terms.", fr: "Ce que l'assureur doit sur chaque défaut avant les conditions annuelles." },
  },
  profit_share_base: {
    key: "profitShareBase",
    kind: "amount",
    form: "single",
    default: 0,
    example: "3000",
    scope: "core",
    label: { en: "Profit share base", fr: "Assiette de la participation" },
    description: { en: "Premium − fees, from which the year's insurer payments are taken for the profit share.", fr: "Prime − frais, dont on retire les paiements de l'année pour la participation bénéficiaire." },
  },
  max_liability: {
    key: "maxLiability",
    kind: "limit",
    form: "single",
    default: null,
    example: "90000",
    scope: "core",
    label: { en: "Maximum liability", fr: "Plafond d'indemnisation" },
    description: { en: "The most the insurer pays in a year, in currency units; none by default.", fr: "Le maximum que l'assureur paie dans l'année, en unités monétaires ; aucun par défaut." },
  },

  // --------------------------------------------------------------------------- CreditRisk+ as published
  band_unit: {
    key: "bandUnit",
    kind: "limit",
    form: "single",
    default: null,
    example: "1000",
    label: { en: "Band unit", fr: "Unité de bande" },
    description: {
      en: "Loss unit of the CreditRisk+ grid in currency units, more than 0; blank or 0: the largest exposure / 100, rounded up (default). A larger unit covers larger portfolios.",
      fr: "Unité de perte de la grille CreditRisk+ en unités monétaires, plus de 0 ; vide ou 0 : la plus grande exposition / 100, arrondie au-dessus (par défaut). Une unité plus grande couvre de plus gros portefeuilles.",
    },
  },
  sectors: {
    key: "sectors",
    kind: "count",
    form: "perItem",
    sameShapeAs: "exposures",
    default: null,
    example: "1",
    label: { en: "Sector", fr: "Secteur" },
    description: {
      en: "Sector of each buyer, a whole number from 1 (0: no sector, defaults independent), one value or a range shaped like exposures (default: one sector for all).",
      fr: "Secteur de chaque acheteur, entier à partir de 1 (0 : aucun secteur, défauts indépendants), une valeur ou une plage de même forme qu'exposures (par défaut : un seul secteur).",
    },
  },
  sector_volatilities: {
    key: "sectorVolatilities",
    kind: "multiple",
    form: "perItem",
    default: null,
    example: "0.75",
    label: { en: "Sector volatility", fr: "Volatilité du secteur" },
    description: {
      en: "Relative default-rate volatility of each sector (σ_k / μ_k), 0 or more: one value or one per sector in sector order (default pd_volatility).",
      fr: "Volatilité relative du taux de défaut de chaque secteur (σ_k / μ_k), 0 ou plus : une valeur ou une par secteur dans l'ordre des secteurs (pd_volatility par défaut).",
    },
  },
  sector_correlations: {
    key: "sectorCorrelations",
    kind: "multiple",
    form: "matrix",
    default: null,
    example: "0.5",
    label: { en: "Sector correlations", fr: "Corrélations des secteurs" },
    description: {
      en: "Correlation matrix of the sectors' default rates, a square range with 1 on the diagonal, values from -1 to 1 (default: independent sectors).",
      fr: "Matrice de corrélation des taux de défaut des secteurs, une plage carrée avec 1 sur la diagonale, valeurs de -1 à 1 (par défaut : secteurs indépendants).",
    },
  },
  sector_weights: {
    key: "sectorWeights",
    kind: "rate",
    form: "matrix",
    default: null,
    example: "0.5",
    scope: "core",
    label: { en: "Sector weights", fr: "Poids sectoriels" },
    description: { en: "One row per buyer, one column per sector, each 0..1, rows summing to at most 1.", fr: "Une ligne par acheteur, une colonne par secteur, chacun de 0 à 1, lignes de somme au plus 1." },
  },
  max_grid_points: {
    key: "maxGridPoints",
    kind: "count",
    form: "single",
    default: 1000000,
    example: "1000000",
    scope: "core",
    label: { en: "Grid points at most", fr: "Points de grille au plus" },
    description: { en: "The most points the loss grid may have.", fr: "Le nombre maximal de points de la grille des pertes." },
  },

  // -------------------------------------------------------------------------- receivables from the books
  invoice_date: {
    key: "invoiceDate",
    kind: "date",
    form: "single",
    example: "46023",
    label: { en: "Invoice date", fr: "Date de facture" },
    description: { en: "Date of the invoice (an Excel date, e.g. DATE(2026,1,15)).", fr: "Date de la facture (une date Excel, par ex. DATE(2026;1;15))." },
  },
  terms: {
    key: "terms",
    kind: "terms",
    form: "single",
    default: 30,
    example: "45",
    label: { en: "Payment terms", fr: "Délai de paiement convenu" },
    description: {
      en: "Payment terms: a number of days or their wording (\"60 jours\", \"45 jours fin de mois\", \"fin de mois 45 jours\"); default 30 days (Code de commerce L441-10).",
      fr: "Délai de paiement : un nombre de jours ou son libellé (« 60 jours », « 45 jours fin de mois », « fin de mois 45 jours ») ; 30 jours par défaut (Code de commerce L441-10).",
    },
  },
  end_of_month_first: {
    key: "endOfMonthFirst",
    kind: "boolean",
    form: "single",
    default: false,
    example: "TRUE",
    label: { en: "End of month, then the days", fr: "Fin de mois, puis les jours" },
    description: {
      en: "For \"N jours fin de mois\": FALSE (default) counts the days then goes to the end of that month; TRUE goes to the end of the month then adds the days (both are tolerated).",
      fr: "Pour « N jours fin de mois » : FAUX (par défaut) compte les jours puis va à la fin de ce mois ; VRAI va à la fin du mois puis ajoute les jours (les deux sont tolérés).",
    },
  },
  due_date: {
    key: "dueDate",
    kind: "date",
    form: "single",
    example: "46083",
    label: { en: "Due date", fr: "Date d'échéance" },
    description: { en: "Due date of the invoice (an Excel date).", fr: "Date d'échéance de la facture (une date Excel)." },
  },
  paid_date: {
    key: "paidDate",
    kind: "date",
    form: "single",
    example: "46113",
    label: { en: "Payment date", fr: "Date de paiement" },
    description: {
      en: "Date the invoice was paid, or the date of the reckoning if still unpaid (an Excel date).",
      fr: "Date du paiement de la facture, ou date du calcul si elle est encore impayée (une date Excel).",
    },
  },
  interest_rate: {
    key: "interestRate",
    kind: "rate",
    form: "single",
    example: "0.1215",
    label: { en: "Late-payment interest rate", fr: "Taux des pénalités de retard" },
    description: {
      en: "Annual late-payment interest rate, a decimal (e.g. 12.15% or 0.1215: the ECB main refinancing rate + 10 points, unless the contract says otherwise).",
      fr: "Taux annuel des pénalités de retard, décimal (par ex. 12,15 % ou 0,1215 : le taux de refinancement de la BCE + 10 points, sauf clause contraire).",
    },
  },
  interest_day_basis: {
    key: "dayBasis",
    kind: "basis",
    form: "single",
    default: 365,
    example: "365",
    label: { en: "Day basis of the interest", fr: "Base de calcul des pénalités" },
    description: { en: "Days in the interest year: 365 (default) or 360 if the contract says so.", fr: "Jours de l'année des pénalités : 365 (par défaut) ou 360 si le contrat le prévoit." },
  },
  recovery_fee: {
    key: "recoveryFee",
    kind: "amount",
    form: "single",
    default: 40,
    example: "40",
    label: { en: "Fixed recovery fee", fr: "Indemnité forfaitaire de recouvrement" },
    description: {
      en: "Fixed recovery fee per invoice paid late, in currency units (default 40, Code de commerce D441-5).",
      fr: "Indemnité forfaitaire pour frais de recouvrement par facture payée en retard, en unités monétaires (40 par défaut, Code de commerce D441-5).",
    },
  },
  invoice_dates: {
    key: "invoiceDates",
    kind: "date",
    form: "list",
    example: "46023",
    label: { en: "Invoice dates", fr: "Dates des factures" },
    description: { en: "Date of each invoice: a range, one invoice per cell (Excel dates).", fr: "Date de chaque facture : une plage, une facture par cellule (dates Excel)." },
  },
  amounts: {
    key: "amounts",
    kind: "amount",
    form: "list",
    sameShapeAs: "invoice_dates",
    example: "1200",
    label: { en: "Amounts incl. VAT", fr: "Montants TTC" },
    description: { en: "Amount incl. VAT of each invoice, 0 or more: a range shaped like invoice_dates.", fr: "Montant TTC de chaque facture, 0 ou plus : une plage de même forme qu'invoice_dates." },
  },
  paid_dates: {
    key: "paidDates",
    kind: "dateOrNone",
    form: "perItem",
    sameShapeAs: "invoice_dates",
    default: null,
    example: "46113",
    label: { en: "Payment dates", fr: "Dates de paiement" },
    description: {
      en: "Date each invoice was paid, blank or 0 while unpaid: a range shaped like invoice_dates (default: all unpaid).",
      fr: "Date de paiement de chaque facture, vide ou 0 si impayée : une plage de même forme qu'invoice_dates (par défaut : toutes impayées).",
    },
  },
  as_of: {
    key: "asOf",
    kind: "date",
    form: "single",
    example: "46112",
    label: { en: "At date", fr: "À la date du" },
    description: { en: "Date of the balance, e.g. the closing date of the year (an Excel date).", fr: "Date de la balance, par ex. la date de clôture de l'exercice (une date Excel)." },
  },
  turnover_ht: {
    key: "turnover",
    kind: "amount",
    form: "single",
    example: "3000000",
    label: { en: "Year's turnover excl. VAT", fr: "Chiffre d'affaires HT de l'exercice" },
    description: { en: "The year's turnover excl. VAT, more than 0, for the % of turnover row (e.g. 3000000).", fr: "Chiffre d'affaires HT de l'exercice, plus de 0, pour la ligne % du chiffre d'affaires (par ex. 3000000)." },
  },
  months: {
    key: "months",
    kind: "count",
    form: "single",
    default: 12,
    example: "12",
    scope: "core",
    label: { en: "Months", fr: "Mois" },
    description: { en: "How many months of the DSO series, ending with the month of the date (default 12).", fr: "Nombre de mois de la série de DSO, finissant au mois de la date (12 par défaut)." },
  },
  date: {
    key: "date",
    kind: "date",
    form: "single",
    example: "46023",
    scope: "core",
    label: { en: "Date", fr: "Date" },
    description: { en: "An Excel date serial.", fr: "Un numéro de série de date Excel." },
  },
});

/** The Excel name of a parameter (snake_case), as formulas, messages and the pane's help show it. */
export type ParameterName = keyof typeof PARAMETERS;

export const isParameterName = (name: string): name is ParameterName => Object.prototype.hasOwnProperty.call(PARAMETERS, name);

/** The default of an optional parameter; throws (a programming error, caught by the catalogue's tests) for a required one. */
export const defaultOf = <T extends number | boolean | null = number>(name: ParameterName): T => {
  const value = PARAMETERS[name].default;
  if (value === undefined) throw new Error(`${name} is required: it has no default`);
  return value as T;
};
