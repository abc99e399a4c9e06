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
 * - level: a probability strictly between 0 and 1;
 * - multiple: a non-negative real (a volatility as a multiple of the pd);
 * - date: an Excel date serial number.
 */
export type ParameterKind = "amount" | "rate" | "days" | "count" | "limit" | "basis" | "boolean" | "level" | "multiple" | "date";

/**
 * How a parameter is given in an aggregate or table function (an elementwise function reads every parameter
 * cell by cell, whatever its form):
 * - single: one value;
 * - list: a range read as a list (a portfolio, a sales history), required;
 * - perItem: one value for all, or a range shaped like `sameShapeAs` (lgds, period_days, credit_limits).
 */
export type ParameterForm = "single" | "list" | "perItem";

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
  /** The Excel metadata's parameter line. */
  readonly description: Text;
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
    kind: "rate",
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
      en: "Buyers the per-buyer fee is charged on, 0 or more (default 0).",
      fr: "Acheteurs sur lesquels les frais par acheteur sont perçus, 0 ou plus (0 par défaut).",
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
    kind: "limit",
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
    example: "100000",
    label: { en: "Sales per month, oldest first", fr: "Ventes par mois, de la plus ancienne à la plus récente" },
    description: {
      en: "Sales of each period in currency units, oldest first: a range, one period per cell (e.g. 70000, 80000, 100000).",
      fr: "Ventes de chaque période en unités monétaires, la plus ancienne d'abord : une plage, une période par cellule (par ex. 70000, 80000, 100000).",
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
