/**
 * Every Excel function of Encours (namespace ENCOURS), declared once: id (permanent once published), French
 * name, shape, ordered parameters, the core function that computes it, descriptions. The function layer
 * builds each function from its entry (arguments read in this order, never by object-key order); the JSDoc
 * that custom-functions-metadata reads is generated from it (scripts/catalogue/generate-functions.ts, checked
 * by a test); the French metadata and the help pages read it.
 *
 * French names must not reuse a built-in Excel name in any language (DESIGN.md).
 */
import * as core from "../core";
import { PARAMETERS, type ParameterForm, type ParameterName } from "./parameters";
import type { Text } from "./text";

/**
 * - elementwise: range-aware; every argument may be a range, scalars broadcast, the result spills;
 * - aggregate: ranges read as a portfolio or a history, one value back;
 * - table: a spilled table.
 */
export type FunctionShape = "elementwise" | "aggregate" | "table";

/** A parameter as one function uses it: the catalogue's entry, or the entry with what this function says differently. */
export interface ParameterUse {
  readonly name: ParameterName;
  /** This function's parameter line, where it differs from the parameter's own. */
  readonly description?: Text;
  /** How an aggregate or table function takes it, where it differs from the parameter's own form. */
  readonly form?: ParameterForm;
  readonly sameShapeAs?: ParameterName;
  /**
   * Omitted, the argument is left out of the core's options altogether (cover terms of the portfolio
   * functions: given at all, the loss modelled is the one the seller keeps).
   */
  readonly ifGiven?: boolean;
}

export interface FunctionEntry {
  readonly id: string;
  /** The French name (functions-fr.json). */
  readonly fr: string;
  readonly shape: FunctionShape;
  readonly parameters: ReadonlyArray<ParameterName | ParameterUse>;
  /**
   * The core function that computes it, called with an options object under the parameters' keys. A reference,
   * not a name: the bundle keeps exactly the core functions the catalogue uses (the core itself reads only
   * catalogue/parameters.ts and text.ts, never this file, so there is no import cycle).
   */
  readonly core: (options: never) => unknown;
  /** The field of the core's result that the function returns (a cost's `total`), if not the whole result. */
  readonly pick?: string;
  readonly description: Text;
  /** Table functions: the fields of each row of the core's result, in column order. */
  readonly columns?: readonly string[];
  /** Table functions: the text a column's code becomes in the cell (English whatever the language, so a workbook computes the same for every reader). */
  readonly cellText?: Readonly<Record<string, string>>;
  /** The JSDoc @returns line (what Excel shows as the result; English, as the rest of the JSDoc). */
  readonly returns: string;
}

const INVOICE: ParameterName[] = ["amount", "days", "service_fee_rate", "financing_rate", "advance_rate", "min_fee", "day_basis"];
const HISTORY: ParameterName[] = ["sales", "period_days", "vat_rate", "newest_first"];
/** How an offer finances an invoice (FACTOR.TEG, FACTOR.PROGRAMME), in the order of DESIGN.md's "Factoring offer terms". */
const OFFER_FINANCING: ParameterName[] = [
  "advance_rate",
  "reserve_rate",
  "index_rate",
  "margin",
  "index_floor",
  "financing_on_gross",
  "precounted",
  "collection_days",
  "day_basis",
];

const SINGLE_VALUE: Text = { en: " A single value.", fr: " Une valeur unique." };
/** The parameter's own line with a sentence added (the table functions take single values only). */
const withNote = (description: Text, note: Text): Text => ({ en: description.en + note.en, fr: description.fr + note.fr });

const COVER_IF_GIVEN: Text = {
  en: "Share of the insured loss the insurer pays, decimals from 0 to 1: one value or a range shaped like exposures (no cover when cover_rate, credit_limits and deductible are all omitted; 0.9 otherwise).",
  fr: "Part de la perte assurée payée par l'assureur, décimal de 0 à 1 : une valeur pour tous ou une plage de même forme qu'exposures (sans assurance si cover_rate, credit_limits et deductible sont omis ; 0,9 par défaut sinon).",
};
const DEDUCTIBLE_PER_BUYER: Text = {
  en: "Amount of each claim the seller keeps, in currency units, 0 or more: one value or a range shaped like exposures (default 0).",
  fr: "Franchise par sinistre en unités monétaires, 0 ou plus : une valeur pour tous ou une plage de même forme qu'exposures (0 par défaut).",
};
const LOSS_MODEL: ParameterUse[] = [
  { name: "lgds" },
  { name: "pd_volatility" },
  { name: "cover_rate", description: COVER_IF_GIVEN, form: "perItem", sameShapeAs: "exposures", ifGiven: true },
  { name: "credit_limits", ifGiven: true },
  { name: "deductible", description: DEDUCTIBLE_PER_BUYER, form: "perItem", sameShapeAs: "exposures", ifGiven: true },
  { name: "band_unit" },
  { name: "sectors" },
  { name: "sector_volatilities" },
  { name: "sector_correlations" },
];

/** The policy's terms after the portfolio, in the order a broker reads a policy (CREDIT.POLICYYEAR, CREDIT.KEPTQUANTILE). */
const POLICY_TERMS: ParameterName[] = [
  "lgds",
  "credit_limits",
  "pd_volatility",
  "cover_rate",
  "deductible",
  "threshold",
  "discretionary_limit",
  "aggregate_deductible",
  "max_liability_multiple",
  "profit_share_rate",
  "min_premium",
  "insurance_tax_rate",
  "monitoring_fee",
  "enquiry_fee",
  "enquiries",
  "fee_vat_rate",
];

const ADVANCE_OF_RECEIVABLES: Text = {
  en: "Share of the receivables advanced, a decimal from 0 to 1 (e.g. 90% or 0.9; default 0.9).",
  fr: "Part des créances avancée, décimal de 0 à 1 (par ex. 90 % ou 0,9 ; 0,9 par défaut).",
};

export const FUNCTIONS: readonly FunctionEntry[] = Object.freeze<FunctionEntry[]>([
  // ------------------------------------------------------------------------------------------- factoring
  {
    id: "FACTOR.ADVANCE",
    fr: "AFFACTURAGE.AVANCE",
    shape: "elementwise",
    core: core.factoringAdvance,
    parameters: [
      {
        name: "amount",
        description: {
          en: "Invoice amount in currency units, 0 or more (e.g. 10000). A range gives one result per invoice.",
          fr: "Montant de la facture en unités monétaires, 0 ou plus (par ex. 10000). Une plage donne un résultat par facture.",
        },
      },
      {
        name: "advance_rate",
        description: {
          en: "Share of the amount paid on assignment, a decimal from 0 to 1 (e.g. 90% or 0.9; default 0.9).",
          fr: "Part du montant versée à la cession, décimal de 0 à 1 (par ex. 90 % ou 0,9 ; 0,9 par défaut).",
        },
      },
    ],
    description: {
      en: "Cash the factor pays when an invoice is assigned: amount × advance_rate. Accepts ranges (the result spills).",
      fr: "Somme versée par le factor à la cession d'une facture : montant × taux d'avance. Accepte des plages (le résultat se répand).",
    },
    returns: "Advance in currency units.",
  },
  {
    id: "FACTOR.COST",
    fr: "AFFACTURAGE.COUT",
    shape: "elementwise",
    core: core.factoringCost,
    pick: "total",
    parameters: INVOICE,
    description: {
      en: "Total factoring cost of an invoice: service fee plus financing commission on the cash advanced. Accepts ranges.",
      fr: "Coût total de l'affacturage d'une facture : commission d'affacturage plus commission de financement sur la somme avancée. Accepte des plages.",
    },
    returns: "Cost in currency units: max(amount × service_fee_rate, min_fee) + amount × advance_rate × financing_rate × days / day_basis.",
  },
  {
    id: "FACTOR.NET",
    fr: "AFFACTURAGE.NET",
    shape: "elementwise",
    core: core.factoringNet,
    parameters: INVOICE,
    description: {
      en: "All the cash the seller gets in the end for a factored invoice: amount − factoring cost. Accepts ranges.",
      fr: "Tout l'argent que le vendeur reçoit au final pour une facture affacturée : montant − coût de l'affacturage. Accepte des plages.",
    },
    returns: "Net cash in currency units.",
  },
  {
    id: "FACTOR.APR",
    fr: "AFFACTURAGE.TAUX",
    shape: "elementwise",
    core: core.factoringApr,
    parameters: [
      {
        name: "amount",
        description: {
          en: "Invoice amount in currency units, more than 0 (e.g. 10000).",
          fr: "Montant de la facture en unités monétaires, plus de 0 (par ex. 10000).",
        },
      },
      {
        name: "days",
        description: {
          en: "Days from assignment until the customer pays, more than 0 (e.g. 60).",
          fr: "Jours entre la cession et le paiement du client, plus de 0 (par ex. 60).",
        },
      },
      "service_fee_rate",
      "financing_rate",
      {
        name: "advance_rate",
        description: {
          en: "Share of the amount advanced, a decimal more than 0 and up to 1 (e.g. 90% or 0.9; default 0.9).",
          fr: "Part du montant avancée, décimal de 0 à 1 (par ex. 90 % ou 0,9 ; 0,9 par défaut).",
        },
      },
      "min_fee",
      {
        name: "day_basis",
        description: {
          en: "Days in the financing year for the commission: 360 (default) or 365.",
          fr: "Jours de l'année de financement : 360 (base monétaire, par défaut) ou 365.",
        },
      },
      "compound",
    ],
    description: {
      en: "All-in annualised cost of the cash advanced, every fee included (not the regulatory TEG: see FACTOR.TEG): cost / advance × 365 / days, or compounded. Accepts ranges.",
      fr: "Coût global annualisé de la somme avancée, tous frais compris (ce n'est pas le TEG réglementaire : voir AFFACTURAGE.TEG) : coût / avance × 365 / jours, ou composé. Accepte des plages.",
    },
    returns: "Annual rate as a decimal (0.118 is 11.8%).",
  },
  {
    id: "FACTOR.SCHEDULE",
    fr: "AFFACTURAGE.ECHEANCIER",
    shape: "table",
    core: core.factoringSchedule,
    columns: ["day", "kind", "cashFlow"],
    cellText: { advance: "Advance", balance: "Balance" },
    parameters: [
      { name: "amount", description: withNote(PARAMETERS.amount.description, SINGLE_VALUE) },
      { name: "days", description: withNote(PARAMETERS.days.description, SINGLE_VALUE) },
      "service_fee_rate",
      "financing_rate",
      "advance_rate",
      "min_fee",
      "day_basis",
    ],
    description: {
      en: "Cash timeline of a factored invoice, spilled as rows of day, label, cash flow: the advance at day 0, the balance when the customer pays.",
      fr: "Échéancier de trésorerie d'une facture affacturée, en lignes jour, libellé, flux : l'avance au jour 0, le solde au paiement du client.",
    },
    returns: 'Two rows of three columns: day (0, then days), label ("Advance", "Balance"), cash flow in currency units.',
  },
  {
    id: "FACTOR.LINE",
    fr: "AFFACTURAGE.ENCOURS",
    shape: "elementwise",
    core: core.factoringLine,
    parameters: ["annual_turnover", "dso_days", { name: "advance_rate", description: ADVANCE_OF_RECEIVABLES }, "usage"],
    description: {
      en: "Average financed outstanding of a factoring programme: turnover × dso_days / 365 × advance_rate × usage. Accepts ranges.",
      fr: "Encours moyen financé d'un contrat d'affacturage : CA × DSO / 365 × taux d'avance × utilisation. Accepte des plages.",
    },
    returns: "Average financed outstanding in currency units.",
  },
  {
    id: "FACTOR.ANNUALCOST",
    fr: "AFFACTURAGE.COUTANNUEL",
    shape: "elementwise",
    core: core.factoringAnnualCost,
    pick: "total",
    parameters: [
      "annual_turnover",
      "dso_days",
      {
        name: "service_fee_rate",
        description: {
          en: "Service fee as a share of the turnover, a decimal from 0 to 1 (e.g. 1% or 0.01; default 0.01).",
          fr: "Commission d'affacturage en part du chiffre d'affaires, décimal de 0 à 1 (par ex. 1 % ou 0,01 ; 0,01 par défaut).",
        },
      },
      {
        name: "financing_rate",
        description: {
          en: "Annual financing rate on the line, a decimal (e.g. 5% or 0.05; default 0.05).",
          fr: "Taux annuel de financement de l'encours, décimal (par ex. 5 % ou 0,05 ; 0,05 par défaut).",
        },
      },
      { name: "advance_rate", description: ADVANCE_OF_RECEIVABLES },
      "usage",
      "min_annual_fee",
      "fixed_fees",
    ],
    description: {
      en: "Yearly cost of a factoring programme: service fee on the turnover, financing of the line, fixed fees. Accepts ranges.",
      fr: "Coût annuel d'un contrat d'affacturage : commission sur le CA, financement de l'encours, frais fixes. Accepte des plages.",
    },
    returns: "Yearly cost in currency units: max(turnover × service_fee_rate, min_annual_fee) + line × financing_rate + fixed_fees.",
  },

  {
    id: "FACTOR.TEG",
    fr: "AFFACTURAGE.TEG",
    shape: "elementwise",
    core: core.factoringTeg,
    parameters: [
      "amount",
      "days",
      ...OFFER_FINANCING,
      "financing_fees",
    ],
    description: {
      en: "Regulatory effective rate (TEG) of a factoring advance, as the contract prints it (Code de la consommation R314-6 and annex): financing commissions and financing fees over the amounts financed, per day × 365. Service fees are outside it. Accepts ranges.",
      fr: "Taux effectif global (TEG) d'une avance d'affacturage, tel que le contrat l'imprime (Code de la consommation R314-6 et annexe) : commissions et frais de financement rapportés aux sommes financées, par jour × 365. Les commissions de service n'y entrent pas. Accepte des plages.",
    },
    returns: "TEG as a decimal (0.0507 is 5.07%), proportional to the one-day period rate.",
  },
  {
    id: "FACTOR.PROGRAMME",
    fr: "AFFACTURAGE.PROGRAMME",
    shape: "table",
    core: core.factoringProgrammeFigures,
    columns: ["figure", "value"],
    cellText: {
      cashFreed: "Average cash freed",
      reserveHeld: "Average reserve held",
      grossFinancing: "Average gross financing",
      factoringCommission: "Factoring commission",
      financingCommission: "Financing commission",
      serviceFees: "Service fees",
      financingFees: "Financing fees",
      totalCost: "Total cost excl. VAT",
      vat: "VAT",
      teg: "TEG",
      costPerTurnover: "Cost per euro of turnover",
      costPerCashFreed: "Cost per euro of cash freed",
      coverQuota: "Credit cover quota",
    },
    parameters: [
      { name: "annual_turnover", description: { en: "Turnover incl. VAT ceded to the factor in a year, in currency units, 0 or more (e.g. 1200000). A single value.", fr: "Chiffre d'affaires TTC cédé au factor sur un an, en unités monétaires, 0 ou plus (par ex. 1200000). Une valeur unique." } },
      "dso_days",
      ...OFFER_FINANCING,
      "service_fee_rate",
      "per_invoice_min_fee",
      "min_annual_fee",
      "invoices",
      "per_invoice_fee",
      "buyers",
      "per_buyer_fee",
      "file_fee",
      "yearly_fees",
      "financing_fees",
      "commission_vat_rate",
      "cover_quota",
      "recourse_days",
    ],
    description: {
      en: "A year of factoring under one offer, spilled as rows of figure and value: average cash freed (net of the reserve), charges excl. VAT, VAT, TEG, cost per euro of turnover and per euro of cash freed.",
      fr: "Une année d'affacturage selon une offre, en lignes libellé et valeur : trésorerie libérée moyenne (nette de la retenue), coûts HT, TVA, TEG, coût par euro de chiffre d'affaires et par euro de trésorerie libérée.",
    },
    returns: "Thirteen rows of two columns: the figure's name (English) and its value (currency units, or a decimal for rates).",
  },

  // ------------------------------------------------------------------------------------ credit insurance
  {
    id: "CREDIT.EXPECTEDLOSS",
    fr: "CREDIT.PERTEATTENDUE",
    shape: "aggregate",
    core: core.creditExpectedLoss,
    parameters: ["exposures", "pds", "lgds"],
    description: {
      en: "Expected yearly credit loss of a portfolio of buyers: the sum of exposure × pd × lgd.",
      fr: "Perte de crédit annuelle attendue d'un portefeuille d'acheteurs : somme de exposition × probabilité de défaut × perte en cas de défaut.",
    },
    returns: "Expected loss in currency units.",
  },
  {
    id: "CREDIT.PREMIUM",
    fr: "CREDIT.PRIME",
    shape: "elementwise",
    core: core.creditPremium,
    parameters: ["insured_turnover", "rate", "min_premium"],
    description: {
      en: "Yearly credit-insurance premium: insured turnover × rate, at least the minimum premium. Accepts ranges.",
      fr: "Prime annuelle d'assurance-crédit : chiffre d'affaires assuré × taux, au moins la prime minimale. Accepte des plages.",
    },
    returns: "Premium in currency units.",
  },
  {
    id: "CREDIT.INDEMNITY",
    fr: "CREDIT.INDEMNITE",
    shape: "elementwise",
    core: core.creditIndemnity,
    parameters: ["loss", "cover_rate", "credit_limit", "deductible", "threshold"],
    description: {
      en: "What the credit insurer pays on an unpaid claim: cover_rate × (the loss up to the credit limit, less the deductible). Accepts ranges.",
      fr: "Ce que paie l'assureur-crédit sur un impayé : quotité × (la perte dans la limite de crédit, moins la franchise). Accepte des plages.",
    },
    returns: "Indemnity in currency units (0 when the loss is below the threshold).",
  },
  {
    id: "CREDIT.NETCOST",
    fr: "CREDIT.COUTNET",
    shape: "aggregate",
    core: core.creditNetCost,
    parameters: ["premium", "exposures", "pds", "lgds", "cover_rate", "credit_limits"],
    description: {
      en: "Net yearly cost of credit insurance on a portfolio: premium − expected indemnity (above 0: the cover costs more than it returns on average).",
      fr: "Coût annuel net de l'assurance-crédit d'un portefeuille : prime − indemnité attendue (au-dessus de 0, l'assurance coûte plus qu'elle ne rapporte en moyenne).",
    },
    returns: "Net cost in currency units.",
  },
  {
    id: "CREDIT.BREAKEVENPD",
    fr: "CREDIT.PDEQUILIBRE",
    shape: "elementwise",
    core: core.creditBreakEvenPd,
    parameters: [
      {
        name: "premium",
        description: {
          en: "Yearly premium for this buyer's cover, in currency units, 0 or more (e.g. 900).",
          fr: "Prime annuelle de la couverture de cet acheteur, en unités monétaires, 0 ou plus (par ex. 900).",
        },
      },
      "exposure",
      "lgd",
      "cover_rate",
      "credit_limit",
    ],
    description: {
      en: "Default probability of a buyer at which the expected indemnity equals the premium: above it, the cover pays for itself. Accepts ranges.",
      fr: "Probabilité de défaut d'un acheteur à laquelle l'indemnité attendue égale la prime : au-delà, l'assurance est rentable. Accepte des plages.",
    },
    returns: "Break-even default probability as a decimal (0.02 is 2%).",
  },
  {
    id: "CREDIT.LOSSQUANTILE",
    fr: "CREDIT.QUANTILEPERTE",
    shape: "aggregate",
    core: core.portfolioLossQuantile,
    parameters: ["exposures", "pds", "level", ...LOSS_MODEL],
    description: {
      en: "Quantile of a portfolio's loss in a year (CreditRisk+), e.g. the loss exceeded only one year in 100; with cover terms, of the loss the seller keeps after indemnities.",
      fr: "Quantile de la perte annuelle d'un portefeuille (CreditRisk+) ; avec des conditions d'assurance, de la perte gardée par le vendeur après indemnités.",
    },
    returns: "Loss in currency units, interpolated linearly between the points of the loss grid.",
  },
  {
    id: "CREDIT.LOSSDIST",
    fr: "CREDIT.DISTRIBPERTE",
    shape: "table",
    core: core.portfolioLossTable,
    columns: ["loss", "probability", "cumulative"],
    parameters: ["exposures", "pds", ...LOSS_MODEL],
    description: {
      en: "Distribution of a portfolio's loss in a year (CreditRisk+), spilled as rows of loss, probability, cumulative probability.",
      fr: "Distribution de la perte annuelle d'un portefeuille (CreditRisk+), en lignes perte, probabilité, probabilité cumulée.",
    },
    returns: "One row per point of the loss grid, from a loss of 0: loss in currency units, its probability, the probability of a loss up to it.",
  },

  {
    id: "CREDIT.CONTRIBUTIONS",
    fr: "CREDIT.CONTRIBUTIONS",
    shape: "table",
    core: core.portfolioContributions,
    columns: ["expectedLoss", "stdDevContribution", "quantileContribution"],
    parameters: ["exposures", "pds", "level", ...LOSS_MODEL],
    description: {
      en: "Which buyers make a bad year (CreditRisk+ risk contributions), spilled one row per buyer: expected loss, contribution to the standard deviation, contribution to the level quantile; each column adds up to the portfolio's figure.",
      fr: "Quels acheteurs font une mauvaise année (contributions au risque CreditRisk+), une ligne par acheteur : perte attendue, contribution à l'écart type, contribution au quantile ; chaque colonne totalise le chiffre du portefeuille.",
    },
    returns: "One row per buyer, in the order given: expected loss, contribution to the standard deviation, contribution to the quantile (currency units).",
  },
  {
    id: "CREDIT.POLICYCHARGES",
    fr: "CREDIT.FRAISPOLICE",
    shape: "elementwise",
    core: core.creditPolicyCharges,
    pick: "total",
    parameters: [
      "insured_turnover",
      "premium_rate",
      "min_premium",
      "insurance_tax_rate",
      "buyers",
      "monitoring_fee",
      "enquiry_fee",
      "enquiries",
      "fee_vat_rate",
    ],
    description: {
      en: "What a credit-insurance policy bills in a year: premium (at least the minimum) + insurance tax + monitoring and enquiry fees + their VAT. Accepts ranges.",
      fr: "Ce que facture une police d'assurance-crédit sur un an : prime (au moins la prime minimale) + taxe d'assurance + frais de surveillance et d'étude + leur TVA. Accepte des plages.",
    },
    returns: "Yearly charges in currency units.",
  },
  {
    id: "CREDIT.POLICYYEAR",
    fr: "CREDIT.ANNEEPOLICE",
    shape: "table",
    core: core.creditPolicyFigures,
    columns: ["figure", "value"],
    cellText: {
      expectedLoss: "Expected loss",
      premium: "Premium",
      insuranceTax: "Insurance tax",
      fees: "Fees excl. VAT",
      feesVat: "VAT on fees",
      expectedIndemnity: "Expected indemnity (after cap and aggregate deductible)",
      expectedProfitShare: "Expected profit share",
      yearlyCost: "Yearly cost of cover",
      maxLiability: "Maximum liability",
      keptAt95WithoutCover: "Loss kept, 95% year, without cover",
      keptAt95WithCover: "Loss kept, 95% year, with cover",
      keptAt99WithoutCover: "Loss kept, 99% year, without cover",
      keptAt99WithCover: "Loss kept, 99% year, with cover",
      largestBuyerFailsWithoutCover: "Largest buyer fails, without cover",
      largestBuyerFailsWithCover: "Largest buyer fails, with cover",
      twoLargestFailWithoutCover: "Two largest buyers fail, without cover",
      twoLargestFailWithCover: "Two largest buyers fail, with cover",
    },
    parameters: ["exposures", "pds", "insured_turnover", "premium_rate", ...POLICY_TERMS],
    description: {
      en: "A year of a credit-insurance policy on a portfolio, spilled as rows of figure and value: expected loss, what the policy bills, expected indemnity under the maximum liability and aggregate deductible, profit share, yearly cost, and the loss kept in a bad year and when the largest buyers fail.",
      fr: "Une année de police d'assurance-crédit sur un portefeuille, en lignes libellé et valeur : perte attendue, ce que facture la police, indemnité attendue sous le plafond et la franchise annuelle, participation bénéficiaire, coût annuel, et la perte gardée une mauvaise année et si les plus gros acheteurs font défaut.",
    },
    returns: "Seventeen rows of two columns: the figure's name (English) and its value in currency units.",
  },
  {
    id: "CREDIT.KEPTQUANTILE",
    fr: "CREDIT.QUANTILEGARDE",
    shape: "aggregate",
    core: core.creditKeptLossQuantile,
    parameters: ["exposures", "pds", "level", "insured_turnover", "premium_rate", ...POLICY_TERMS],
    description: {
      en: "Quantile of the loss a seller keeps in a year under a credit-insurance policy, honouring the maximum liability (a multiple of the premium) and the annual aggregate deductible.",
      fr: "Quantile de la perte que garde un vendeur sur un an sous une police d'assurance-crédit, plafond d'indemnisation (multiple de la prime) et franchise annuelle globale compris.",
    },
    returns: "Loss kept in currency units, interpolated linearly between the points of the loss grid.",
  },

  // ----------------------------------------------------------------------------------------- receivables
  {
    id: "DSO",
    fr: "DSO",
    shape: "aggregate",
    core: core.dsoCountback,
    parameters: ["receivables", ...HISTORY],
    description: {
      en: "Days sales outstanding by the countback method: receivables are matched with the most recent sales first, period by period.",
      fr: "Délai moyen de paiement clients par la méthode par épuisement : les créances sont rapprochées des ventes les plus récentes d'abord, période par période.",
    },
    returns: "DSO in days.",
  },
  {
    id: "DSO.BESTPOSSIBLE",
    fr: "DSO.OPTIMAL",
    shape: "aggregate",
    core: core.dsoBestPossible,
    parameters: [
      {
        name: "current_receivables",
        description: {
          en: "Receivables not yet due, in currency units, 0 or more (e.g. 90000).",
          fr: "Créances non échues, en unités monétaires, 0 ou plus (par ex. 90000).",
        },
      },
      ...HISTORY,
    ],
    description: {
      en: "Best possible DSO: the countback DSO of the receivables not yet due, i.e. the DSO if every customer paid on time.",
      fr: "DSO optimal : le DSO par épuisement des seules créances non échues, c'est-à-dire le DSO si tous les clients payaient à l'échéance.",
    },
    returns: "Best possible DSO in days.",
  },
  {
    id: "DSO.DELINQUENT",
    fr: "DSO.RETARD",
    shape: "aggregate",
    core: core.dsoDelinquent,
    parameters: [
      {
        name: "receivables",
        description: {
          en: "All receivables outstanding, in currency units, 0 or more (e.g. 212000).",
          fr: "Toutes les créances clients, en unités monétaires, 0 ou plus (par ex. 212000).",
        },
      },
      {
        name: "current_receivables",
        description: {
          en: "The part of receivables not yet due, in currency units, 0 or more and at most receivables (e.g. 90000).",
          fr: "La part des créances non échue, en unités monétaires, de 0 à receivables (par ex. 90000).",
        },
      },
      ...HISTORY,
    ],
    description: {
      en: "Average days delinquent: DSO − best possible DSO, the days late payers add beyond the payment terms.",
      fr: "Retard moyen de paiement : DSO − DSO optimal, les jours que les retardataires ajoutent aux délais convenus.",
    },
    returns: "Days delinquent.",
  },
  {
    id: "CONCENTRATION.TOP",
    fr: "CONCENTRATION.TOP",
    shape: "aggregate",
    core: core.concentrationTop,
    parameters: ["values", "n"],
    description: {
      en: "Share of the n largest values in the total, e.g. the top-5 customers' share of receivables.",
      fr: "Part des n plus grandes valeurs dans le total, par ex. la part des 5 premiers clients dans les créances.",
    },
    returns: "Share as a decimal from 0 to 1 (0.62 is 62%).",
  },
  {
    id: "CONCENTRATION.HHI",
    fr: "CONCENTRATION.HHI",
    shape: "aggregate",
    core: core.concentrationHhi,
    parameters: ["values"],
    description: {
      en: "Herfindahl-Hirschman index of concentration: the sum of the squared shares of each value in the total.",
      fr: "Indice de concentration de Herfindahl-Hirschman : somme des carrés des parts de chaque valeur dans le total.",
    },
    returns: "Index from 0 to 1 (1: a single customer; 0.1: like ten equal customers).",
  },
  {
    id: "RECEIVABLES.DUEDATE",
    fr: "CREANCES.ECHEANCE",
    shape: "elementwise",
    core: core.invoiceDueDate,
    parameters: ["invoice_date", "terms", "end_of_month_first"],
    description: {
      en: "Due date of an invoice from its date and the payment terms (\"60 jours\", \"45 jours fin de mois\"…), as Code de commerce L441-10 counts them. Accepts ranges.",
      fr: "Date d'échéance d'une facture à partir de sa date et du délai de paiement (« 60 jours », « 45 jours fin de mois »…), comptée selon l'article L441-10 du Code de commerce. Accepte des plages.",
    },
    returns: "Due date as an Excel date serial (format the cell as a date).",
  },
  {
    id: "RECEIVABLES.LATEPENALTY",
    fr: "CREANCES.PENALITES",
    shape: "elementwise",
    core: core.lateInterest,
    pick: "total",
    parameters: [
      {
        name: "amount",
        description: {
          en: "Amount incl. VAT of the invoice, in currency units, 0 or more (e.g. 15000).",
          fr: "Montant TTC de la facture, en unités monétaires, 0 ou plus (par ex. 15000).",
        },
      },
      "due_date",
      "paid_date",
      "interest_rate",
      "interest_day_basis",
      "recovery_fee",
    ],
    description: {
      en: "Late-payment penalties an invoice paid late carries: simple interest on the amount incl. VAT from the day after the due date, plus the fixed recovery fee (Code de commerce L441-10, D441-5). Accepts ranges.",
      fr: "Pénalités de retard d'une facture payée en retard : intérêts simples sur le montant TTC à compter du lendemain de l'échéance, plus l'indemnité forfaitaire de recouvrement (Code de commerce L441-10, D441-5). Accepte des plages.",
    },
    returns: "Interest + recovery fee in currency units (0 when paid on time).",
  },
  {
    id: "RECEIVABLES.AGEDBALANCE",
    fr: "CREANCES.BALANCEAGEE",
    shape: "table",
    core: core.agedBalanceOfInvoices,
    columns: ["measure", "notDue", "days1to30", "days31to60", "days61to90", "days91plus", "overdue"],
    cellText: { invoices: "Number of invoices", amount: "Amount incl. VAT", share: "% of turnover excl. VAT" },
    parameters: ["invoice_dates", "amounts", "as_of", "turnover_ht", "paid_dates", "terms", "end_of_month_first"],
    description: {
      en: "Aged balance of the invoices issued, unpaid at a date, in the management report's legal layout (Code de commerce D441-6): columns 0 day (indicative), 1–30, 31–60, 61–90, 91 days and more, total of 1 day and more.",
      fr: "Balance âgée des factures émises non réglées à une date, au format légal du rapport de gestion (Code de commerce D441-6) : colonnes 0 jour (indicatif), 1 à 30, 31 à 60, 61 à 90, 91 jours et plus, total 1 jour et plus.",
    },
    returns: "Three rows of seven columns: the measure (number of invoices, amount incl. VAT, % of turnover excl. VAT), then the six columns of the legal table.",
  },
]);
