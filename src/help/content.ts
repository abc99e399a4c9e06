/*
 * What each help page says beyond the function's metadata: the method as a formula, a worked example,
 * and where the method comes from. Example results are never typed here: the generator runs the example's
 * own arguments through the ENCOURS function itself when the pages are generated, so a page cannot drift
 * from what Excel shows.
 */
import type { Language, Text } from "../catalogue";

export type { Language, Text };

/** One argument of an example formula, in the function's argument order. */
export type ExampleArg =
  | number
  | boolean
  | string // text, written in quotes in the formula ("45 jours fin de mois")
  | null // omitted: the default applies
  | { percent: number } // written 90% in the formula, 0.9 in the computation
  | { column: number }; // a range of the example's data table: 0 = column A, rows 2 and below

export type ResultFormat = "money" | "rate" | "days" | "share" | "number" | "date";

/** A spilled result: column headers and rows. */
export interface ResultTable {
  headers: Text[];
  rows: Array<Array<number | Text>>;
  /** Rows left out of the page (a loss distribution is long). */
  omittedRows?: number;
}

/**
 * How a table function's spilled result is shown: the function returns rows of numbers and English text; the
 * page adds the column headers and says the text in each language.
 */
export interface TableLayout {
  headers: Text[];
  /** A text cell in each language, by the text the function returns; a text not listed is shown as returned. */
  cells?: Record<string, Text>;
  /** Only the first rows whose cell in nonZeroColumn is not 0 are shown; the others are counted as not shown. */
  shown?: { first: number; nonZeroColumn: number };
}

export interface HelpExample {
  situation: Text;
  data?: Array<{ header: Text; values: number[] }>;
  args: ExampleArg[];
  format: ResultFormat;
  /** Table functions only. */
  table?: TableLayout;
}

export interface HelpEntry {
  /** The method, as a formula in words and symbols. */
  method: Text;
  examples: HelpExample[];
  /** Where the method and the example figures come from. */
  source: Text;
}

const SEED = "Insegur, « Comment fonctionne l'affacturage ? (exemple concret) »; Affacturage.org Groupe";

const SEED_INVOICE: Text = {
  en: "A 10,000 € invoice paid by the customer after 60 days; service fee 1%, financing 5% a year (ACT/360), 90% advanced.",
  fr: "Une facture de 10 000 € payée par le client à 60 jours ; commission d'affacturage 1 %, financement 5 % l'an (base 360), avance 90 %.",
};
const SEED_INVOICE_ARGS: ExampleArg[] = [10000, 60, { percent: 0.01 }, { percent: 0.05 }, { percent: 0.9 }];

const PORTFOLIO = {
  exposures: { header: { en: "Exposure (€)", fr: "Encours (€)" }, values: [100000, 50000, 20000, 20000, 10000] },
  pds: { header: { en: "Default probability", fr: "Probabilité de défaut" }, values: [0.02, 0.03, 0.05, 0.05, 0.1] },
};
const PORTFOLIO_SITUATION: Text = {
  en: "Five customers with their exposures and one-year default probabilities; the whole exposure is lost on default.",
  fr: "Cinq clients, leur encours et leur probabilité de défaut à un an ; tout l'encours est perdu en cas de défaut.",
};

const CREDITRISK_PLUS: Text = {
  en: "Credit Suisse First Boston, CreditRisk+: A Credit Risk Management Framework (1997), sections A4–A10: exposure bands, gamma-distributed default rates (negative binomial mixture), Panjer recursion.",
  fr: "Credit Suisse First Boston, CreditRisk+: A Credit Risk Management Framework (1997), sections A4–A10 : bandes d'exposition, taux de défaut de loi gamma (mélange binomial négatif), récurrence de Panjer.",
};

const DSO_SALES = {
  header: { en: "Monthly sales incl. VAT (€), oldest first", fr: "Ventes mensuelles TTC (€), de la plus ancienne" },
  values: [70000, 80000, 100000],
};
const DSO_SOURCE: Text = {
  en: "Countback (exhaustion) method: support.benjipays.com, “Mastering DSO calculation: the count back method” (same figures, published 73.7 days); one period: the accounting ratio, trymesha.com, “The 2 DSO calculation formulas”.",
  fr: "Méthode par épuisement du chiffre d'affaires : support.benjipays.com, « Mastering DSO calculation: the count back method » (mêmes chiffres, 73,7 jours publiés) ; une seule période : le ratio comptable, trymesha.com, « The 2 DSO calculation formulas ».",
};

const CONCENTRATION_VALUES = {
  header: { en: "Turnover by customer (€)", fr: "Chiffre d'affaires par client (€)" },
  values: [500000, 300000, 200000, 100000, 50000, 30000, 20000],
};

export const HELP: Record<string, HelpEntry> = {
  "FACTOR.ADVANCE": {
    method: { en: "advance = amount × advance_rate", fr: "avance = montant × taux_avance" },
    examples: [{
      situation: { en: "A 10,000 € invoice (excl. VAT) assigned to the factor, 90% advanced.", fr: "Une facture de 10 000 € HT cédée au factor, avance de 90 %." },
      args: [10000, { percent: 0.9 }],
      format: "money",
    }],
    source: { en: `Seed example: ${SEED}.`, fr: `Exemple de départ : ${SEED}.` },
  },
  "FACTOR.COST": {
    method: {
      en: "cost = max(amount × service_fee_rate, min_fee) + amount × advance_rate × financing_rate × days / day_basis. The financing commission uses the money-market basis ACT/360 unless day_basis is 365.",
      fr: "coût = max(montant × taux_commission, commission_min) + montant × taux_avance × taux_financement × jours / base. La commission de financement suit la base monétaire ACT/360, sauf base 365.",
    },
    examples: [{
      situation: {
        en: "A 500 € invoice financed in full for 30 days at 0.05% a day (18% a year on ACT/360), no service fee.",
        fr: "Une facture de 500 € financée à 100 % pendant 30 jours à 0,05 % par jour (18 % l'an en base 360), sans commission d'affacturage.",
      },
      args: [500, 30, { percent: 0 }, { percent: 0.18 }, { percent: 1 }, null, 360],
      format: "money",
    }],
    source: {
      en: "Worked example: help.getdefacto.com, “Understand your invoice and fees” (7.50 €). ACT/360: French factoring contracts use the money-market basis.",
      fr: "Exemple publié : help.getdefacto.com, « Understand your invoice and fees » (7,50 €). Base 360 : les contrats d'affacturage français suivent la base monétaire.",
    },
  },
  "FACTOR.NET": {
    method: { en: "net = amount − cost (see FACTOR.COST)", fr: "net = montant − coût (voir AFFACTURAGE.COUT)" },
    examples: [{ situation: SEED_INVOICE, args: SEED_INVOICE_ARGS, format: "money" }],
    source: { en: `Seed example: ${SEED}.`, fr: `Exemple de départ : ${SEED}.` },
  },
  "FACTOR.APR": {
    method: {
      en: "The all-in annualised cost (coût global annualisé) of the cash actually advanced, every fee included. It is not the regulatory TEG a contract prints (see FACTOR.TEG, which leaves the service fee out). Simple (compound FALSE, the default): cost / advance × 365 / days. Compound (TRUE): (1 + cost / advance)^(365 / days) − 1, which equals Excel's XIRR of the two flows (advance received, advance + cost repaid after days). Always annualised on 365 days, whatever the commission's day basis, so it compares with the other annual rates a CFO knows. Other publishers divide by the invoice amount or leave the service fee out: their rates are lower and not comparable.",
      fr: "Le coût global annualisé de la trésorerie réellement avancée, tous frais compris. Ce n'est pas le TEG réglementaire qu'imprime un contrat (voir AFFACTURAGE.TEG, qui laisse de côté la commission d'affacturage). Simple (composé FAUX, par défaut) : coût / avance × 365 / jours. Composé (VRAI) : (1 + coût / avance)^(365 / jours) − 1, égal au TRI.PAIEMENTS d'Excel sur les deux flux (avance reçue, avance + coût rendus après jours). Toujours annualisé sur 365 jours, quelle que soit la base de la commission, pour se comparer aux autres taux annuels. D'autres éditeurs divisent par le montant de la facture ou omettent la commission d'affacturage : leurs taux sont plus bas et pas comparables.",
    },
    examples: [
      { situation: SEED_INVOICE, args: SEED_INVOICE_ARGS, format: "rate" },
      {
        situation: { en: "The same invoice, compound rate.", fr: "La même facture, taux composé." },
        args: [...SEED_INVOICE_ARGS, null, null, true],
        format: "rate",
      },
    ],
    source: {
      en: "Convention of Encours: all charges per euro advanced, annualised on 365 days; compound form: Excel XIRR on 365 days.",
      fr: "Convention d'Encours : tous les coûts par euro avancé, annualisés sur 365 jours ; forme composée : TRI.PAIEMENTS d'Excel sur 365 jours.",
    },
  },
  "FACTOR.TEG": {
    method: {
      en: "One-day period rate = (financing commission, pre- or post-counted, on the whole advance including the part on the reserve + fees tied to the financing − reductions granted on the reserve) / (debit numbers − credit numbers of the reserve account), where debit numbers = gross financing (amount × advance_rate) × financing days and the reserve's credit numbers = reserve (amount × reserve_rate) × the same days; financing days = days + collection_days; the commission runs at (index, floored at 0 when index_floor is TRUE) + margin on the day_basis. TEG = period rate × 365 (proportional). The factoring commission and service fees are outside it.",
      fr: "Taux de période d'un jour = (commission de financement, précomptée ou post-comptée, assise sur l'intégralité de l'avance y compris sur la retenue de garantie + frais liés au financement − réfactions accordées au titre de la retenue) / (nombres débiteurs − nombres créditeurs du compte de retenue de garantie), avec nombres débiteurs = montant brut de financement (montant × taux d'avance) × jours de financement et nombres créditeurs = retenue (montant × taux de retenue) × les mêmes jours ; jours de financement = jours + jours d'encaissement ; la commission court au taux (indice, plancher 0 si demandé) + marge sur la base de calcul. TEG = taux de période × 365 (taux proportionnel). La commission d'affacturage et les frais de service n'y entrent pas.",
    },
    examples: [
      {
        situation: SEED_INVOICE,
        args: [10000, 60, { percent: 0.9 }],
        format: "rate",
      },
      {
        situation: {
          en: "The same invoice fully financed with a 10% guarantee reserve, the commission charged on the gross advance: 83.33 € over 9 000 € × 60 days.",
          fr: "La même facture financée à 100 % avec une retenue de garantie de 10 %, la commission assise sur l'avance brute : 83,33 € sur 9 000 € × 60 jours.",
        },
        args: [10000, 60, { percent: 1 }, { percent: 0.1 }],
        format: "rate",
      },
    ],
    source: {
      en: "Code de la consommation, art. R314-6 and its annex (formerly R313-1-1, inserted by décret n° 2008-449 of 7 May 2008, JORFTEXT000018778173): proportional annual rate, one-day period rate by the method of numbers, numerator and denominator as quoted above.",
      fr: "Code de la consommation, art. R314-6 et son annexe (anciennement R313-1-1, créé par le décret n° 2008-449 du 7 mai 2008, JORFTEXT000018778173) : taux annuel proportionnel, taux de période d'un jour par la méthode des nombres, numérateur et dénominateur tels que cités ci-dessus.",
    },
  },
  "FACTOR.PROGRAMME": {
    method: {
      en: "A steady year of invoices incl. VAT, each financed for dso_days + collection_days. Factoring commission = max(Σ max(invoice × service_fee_rate, per_invoice_min_fee), min_annual_fee); financing = turnover × advance_rate (or net of the reserve) × (index + margin) × days / day_basis; fees = buyers × per_buyer_fee + invoices × per_invoice_fee + file_fee + yearly_fees (+ financing_fees); VAT on the commission and fees only (shown, not counted: the seller recovers it). Average cash freed = turnover × (advance_rate − reserve_rate) × days / 365 (less pre-counted commissions). Cost per euro of cash freed = total cost / average cash freed: the figure to rank offers on, at equal cash freed.",
      fr: "Une année régulière de factures TTC, chacune financée dso_jours + jours d'encaissement. Commission d'affacturage = max(Σ max(facture × taux, minimum par facture), minimum annuel) ; financement = CA × taux d'avance (ou net de la retenue) × (indice + marge) × jours / base ; frais = acheteurs × frais par acheteur + factures × frais par facture + frais de dossier + frais annuels (+ frais de financement) ; TVA sur la commission et les frais seulement (montrée, non comptée : le vendeur la récupère). Trésorerie libérée moyenne = CA × (taux d'avance − taux de retenue) × jours / 365 (moins les commissions précomptées). Coût par euro de trésorerie libérée = coût total / trésorerie libérée moyenne : le chiffre pour classer des offres, à trésorerie égale.",
    },
    examples: [{
      situation: {
        en: "1.2 M€ incl. VAT ceded a year, paid at 60 days, 90% advanced, 10% reserve, Euribor 3M 2.1% + 1.5% margin, 1% commission.",
        fr: "1,2 M€ TTC cédés par an, payés à 60 jours, avance 90 %, retenue 10 %, Euribor 3 mois 2,1 % + marge 1,5 %, commission 1 %.",
      },
      args: [1200000, 60, { percent: 0.9 }, { percent: 0.1 }, { percent: 0.021 }, { percent: 0.015 }],
      format: "money",
      table: { headers: [{ en: "Figure", fr: "Indicateur" }, { en: "Value", fr: "Valeur" }] },
    }],
    source: {
      en: "DESIGN.md, “Factoring offer terms” (commission on TTC ceded, VAT on the commission only — CGI art. 261 C exempts financing —, reserve, index + margin, ACT/360); TEG: Code de la consommation art. R314-6 and annex.",
      fr: "DESIGN.md, « Factoring offer terms » (commission sur le TTC cédé, TVA sur la commission seulement — le CGI art. 261 C exonère le financement —, retenue, indice + marge, ACT/360) ; TEG : Code de la consommation art. R314-6 et annexe.",
    },
  },
  "FACTOR.SCHEDULE": {
    method: {
      en: "Day 0: advance = amount × advance_rate. Day days: balance = amount − advance − cost, paid when the customer pays the factor.",
      fr: "Jour 0 : avance = montant × taux_avance. Jour jours : solde = montant − avance − coût, versé quand le client paie le factor.",
    },
    examples: [{
      situation: SEED_INVOICE,
      args: SEED_INVOICE_ARGS,
      format: "money",
      table: {
        headers: [{ en: "Day", fr: "Jour" }, { en: "Flow", fr: "Flux" }, { en: "Cash (€)", fr: "Trésorerie (€)" }],
        cells: { Advance: { en: "Advance", fr: "Avance" }, Balance: { en: "Balance", fr: "Solde" } },
      },
    }],
    source: { en: `Seed example: ${SEED}.`, fr: `Exemple de départ : ${SEED}.` },
  },
  "FACTOR.LINE": {
    method: { en: "line = annual_turnover × dso_days / 365 × advance_rate × usage", fr: "encours = CA_annuel × dso_jours / 365 × taux_avance × utilisation" },
    examples: [{
      situation: { en: "1.2 M€ of B2B turnover a year, customers pay in 60 days, 90% advanced, all invoices assigned.", fr: "1,2 M€ de CA B2B par an, clients payant à 60 jours, avance 90 %, toutes les factures cédées." },
      args: [1200000, 60, { percent: 0.9 }, { percent: 1 }],
      format: "money",
    }],
    source: {
      en: "Average receivables = turnover × DSO / 365 (the accounting definition of DSO, trymesha.com, “The 2 DSO calculation formulas”).",
      fr: "Encours clients moyen = CA × DSO / 365 (définition comptable du DSO, trymesha.com, « The 2 DSO calculation formulas »).",
    },
  },
  "FACTOR.ANNUALCOST": {
    method: {
      en: "annual cost = max(turnover × service_fee_rate, min_annual_fee) + FACTOR.LINE × financing_rate + fixed_fees",
      fr: "coût annuel = max(CA × taux_commission, commission_min_annuelle) + AFFACTURAGE.ENCOURS × taux_financement + frais_fixes",
    },
    examples: [{
      situation: {
        en: "1.2 M€ a year, 60 days DSO, service fee 1% (at least 5,000 €), financing 5%, 90% advanced, 1,200 € of yearly fixed fees.",
        fr: "1,2 M€ par an, DSO 60 jours, commission 1 % (au moins 5 000 €), financement 5 %, avance 90 %, 1 200 € de frais fixes annuels.",
      },
      args: [1200000, 60, { percent: 0.01 }, { percent: 0.05 }, { percent: 0.9 }, { percent: 1 }, 5000, 1200],
      format: "money",
    }],
    source: { en: "Built from FACTOR.LINE and the fee terms of French factoring contracts.", fr: "Construit à partir d'AFFACTURAGE.ENCOURS et des conditions tarifaires des contrats d'affacturage français." },
  },
  "CREDIT.EXPECTEDLOSS": {
    method: { en: "expected loss = Σ exposure × pd × lgd", fr: "perte attendue = Σ encours × pd × lgd" },
    examples: [{
      situation: { en: "The five-customer portfolio below, 60% lost on default.", fr: "Le portefeuille de cinq clients ci-dessous, 60 % perdus en cas de défaut." },
      data: [PORTFOLIO.exposures, PORTFOLIO.pds],
      args: [{ column: 0 }, { column: 1 }, { percent: 0.6 }],
      format: "money",
    }],
    source: { en: "Basel Committee, “An Explanatory Note on the Basel II IRB Risk Weight Functions” (2005): EL = PD × LGD × EAD.", fr: "Comité de Bâle, « An Explanatory Note on the Basel II IRB Risk Weight Functions » (2005) : EL = PD × LGD × EAD." },
  },
  "CREDIT.PREMIUM": {
    method: { en: "premium = max(insured_turnover × rate, min_premium)", fr: "prime = max(CA_assuré × taux, prime_min)" },
    examples: [{
      situation: { en: "5 M€ of insured turnover at 0.25%, minimum premium 10,000 €.", fr: "5 M€ de CA assuré à 0,25 %, prime minimale 10 000 €." },
      args: [5000000, { percent: 0.0025 }, 10000],
      format: "money",
    }],
    source: { en: "Usual tariff of whole-turnover credit insurance policies: a rate on insured turnover with a minimum premium.", fr: "Tarification usuelle des polices globales d'assurance-crédit : un taux sur le CA assuré avec une prime minimale." },
  },
  "CREDIT.INDEMNITY": {
    method: {
      en: "0 if loss < threshold, else cover_rate × max(0, min(loss, credit_limit) − deductible)",
      fr: "0 si perte < seuil, sinon quotité × max(0, min(perte, limite_crédit) − franchise)",
    },
    examples: [{
      situation: { en: "The main customer goes bankrupt owing 50,000 €; 90% cover, no limit, no deductible.", fr: "Le principal client fait faillite en devant 50 000 € ; quotité garantie 90 %, sans limite ni franchise." },
      args: [50000, { percent: 0.9 }],
      format: "money",
    }],
    source: { en: `Seed example: Affacturage.org Groupe, “Troisième étape”.`, fr: `Exemple de départ : Affacturage.org Groupe, « Troisième étape ».` },
  },
  "CREDIT.NETCOST": {
    method: { en: "net cost = premium − Σ cover_rate × min(exposure, credit_limit) × pd × lgd", fr: "coût net = prime − Σ quotité × min(encours, limite) × pd × lgd" },
    examples: [{
      situation: { en: "A 6,000 € premium covering the five-customer portfolio at 90%.", fr: "Une prime de 6 000 € couvrant à 90 % le portefeuille de cinq clients." },
      data: [PORTFOLIO.exposures, PORTFOLIO.pds],
      args: [6000, { column: 0 }, { column: 1 }, { percent: 1 }, { percent: 0.9 }],
      format: "money",
    }],
    source: { en: "Expected indemnity as in CREDIT.EXPECTEDLOSS with the policy's cover terms.", fr: "Indemnité attendue comme CREDIT.PERTEATTENDUE avec les conditions de la police." },
  },
  "CREDIT.BREAKEVENPD": {
    method: { en: "pd = premium / (cover_rate × min(exposure, credit_limit) × lgd)", fr: "pd = prime / (quotité × min(encours, limite) × lgd)" },
    examples: [{
      situation: { en: "A 6,000 € premium for one 100,000 € customer covered at 90%.", fr: "Une prime de 6 000 € pour un client de 100 000 € couvert à 90 %." },
      args: [6000, 100000, { percent: 1 }, { percent: 0.9 }],
      format: "rate",
    }],
    source: { en: "Solves expected indemnity = premium for the default probability.", fr: "Résout indemnité attendue = prime pour la probabilité de défaut." },
  },
  "CREDIT.LOSSQUANTILE": {
    method: {
      en: "CreditRisk+ (one sector): band unit L = ceil(largest exposure / 100); each exposure rounded up to a whole number of bands; default rates gamma-distributed with σ = pd_volatility × pd; the loss distribution by Panjer recursion; the quantile interpolated linearly between grid points.",
      fr: "CreditRisk+ (un seul secteur) : unité de bande L = arrondi supérieur(plus grand encours / 100) ; chaque encours arrondi à un nombre entier de bandes ; taux de défaut de loi gamma d'écart-type σ = volatilité_pd × pd ; distribution des pertes par la récurrence de Panjer ; quantile interpolé linéairement entre deux points de la grille.",
    },
    examples: [{
      situation: PORTFOLIO_SITUATION,
      data: [PORTFOLIO.exposures, PORTFOLIO.pds],
      args: [{ column: 0 }, { column: 1 }, { percent: 0.99 }],
      format: "money",
    }],
    source: CREDITRISK_PLUS,
  },
  "CREDIT.LOSSDIST": {
    method: {
      en: "The CreditRisk+ distribution behind CREDIT.LOSSQUANTILE, spilled as loss, probability and cumulative probability, one row per band.",
      fr: "La distribution CreditRisk+ qui sert à CREDIT.QUANTILEPERTE, renvoyée en plage : perte, probabilité et probabilité cumulée, une ligne par bande.",
    },
    examples: [{
      situation: PORTFOLIO_SITUATION,
      data: [PORTFOLIO.exposures, PORTFOLIO.pds],
      args: [{ column: 0 }, { column: 1 }],
      format: "share",
      table: {
        headers: [{ en: "Loss (€)", fr: "Perte (€)" }, { en: "Probability", fr: "Probabilité" }, { en: "Cumulative", fr: "Cumulée" }],
        // Only the grid points a default can reach carry probability; the page shows the first of them.
        shown: { first: 12, nonZeroColumn: 1 },
      },
    }],
    source: CREDITRISK_PLUS,
  },
  "CREDIT.CONTRIBUTIONS": {
    method: {
      en: "Each buyer's expected loss p·x; its contribution to the standard deviation r = p·x·(x + Σ_k θ_k Σ_l ρ_kl ω_k ω_l EL_l) / UL (one sector: r = p·x·(x + ω²·EL) / UL), which add up to UL; its contribution to the quantile q = p·x + r·(Q − EL) / UL, which add up to Q. x is the buyer's loss on default (retained when cover terms are given), ω the relative default-rate volatility.",
      fr: "Perte attendue de chaque acheteur p·x ; sa contribution à l'écart type r = p·x·(x + Σ_k θ_k Σ_l ρ_kl ω_k ω_l EL_l) / UL (un secteur : r = p·x·(x + ω²·EL) / UL), dont la somme est UL ; sa contribution au quantile q = p·x + r·(Q − EL) / UL, dont la somme est Q. x est la perte de l'acheteur en cas de défaut (gardée si des conditions d'assurance sont données), ω la volatilité relative du taux de défaut.",
    },
    examples: [{
      situation: PORTFOLIO_SITUATION,
      data: [PORTFOLIO.exposures, PORTFOLIO.pds],
      args: [{ column: 0 }, { column: 1 }, { percent: 0.99 }],
      format: "money",
      table: {
        headers: [{ en: "Expected loss (€)", fr: "Perte attendue (€)" }, { en: "To the std. dev. (€)", fr: "À l'écart type (€)" }, { en: "To the 99% loss (€)", fr: "À la perte à 99 % (€)" }],
      },
    }],
    source: {
      en: "CSFP, CreditRisk+ technical document (1997), risk contributions; Bürgisser, Kurth, Wagner, Wolf, “Integrating correlations”, Risk, July 1999 (formula 15), as implemented in QuantLib's CreditRiskPlus (marginal loss).",
      fr: "CSFP, document technique CreditRisk+ (1997), contributions au risque ; Bürgisser, Kurth, Wagner, Wolf, « Integrating correlations », Risk, juillet 1999 (formule 15), tel que l'implémente CreditRiskPlus de QuantLib (marginal loss).",
    },
  },
  "CREDIT.POLICYCHARGES": {
    method: {
      en: "charges = max(insured_turnover × premium_rate, min_premium) × (1 + insurance_tax_rate) + (buyers × monitoring_fee + enquiries × enquiry_fee) × (1 + fee_vat_rate); enquiries default to one per buyer. The premium bears the insurance tax, not VAT; the fees bear VAT.",
      fr: "frais = max(CA assuré × taux de prime, prime minimale) × (1 + taxe d'assurance) + (acheteurs × frais de surveillance + demandes × frais d'étude) × (1 + TVA) ; une demande par acheteur par défaut. La prime supporte la taxe d'assurance, pas la TVA ; les frais supportent la TVA.",
    },
    examples: [{
      situation: {
        en: "1.2 M€ insured at 0.25% (minimum 1,500 €), 20 buyers monitored at 80 € and studied at 150 € each.",
        fr: "1,2 M€ assurés à 0,25 % (minimum 1 500 €), 20 acheteurs surveillés à 80 € et étudiés à 150 € chacun.",
      },
      args: [1200000, { percent: 0.0025 }, 1500, null, 20, 80, 150],
      format: "money",
    }],
    source: {
      en: "Insurance tax: Code général des impôts art. 1001 (taxe spéciale sur les conventions d'assurance; 9% for “toutes autres assurances”, the line credit insurance falls under); fees and VAT: the insurers' published tariffs (frais de surveillance, frais d'étude).",
      fr: "Taxe d'assurance : Code général des impôts art. 1001 (taxe spéciale sur les conventions d'assurance ; 9 % pour « toutes autres assurances », la ligne dont relève l'assurance-crédit) ; frais et TVA : tarifs publiés des assureurs (frais de surveillance, frais d'étude).",
    },
  },
  "CREDIT.POLICYYEAR": {
    method: {
      en: "Each buyer's default costs x = exposure × lgd and is owed cover_rate × max(0, min(x, limit × lgd) − deductible) if x reaches the threshold (limit: the buyer's own, else the discretionary limit). The insurer pays min(cap, max(0, Σ owed − aggregate_deductible)) with cap = max_liability_multiple × premium; the profit share is profit_share_rate × max(0, premium − fees − payments). Both depend on the whole year's claims, so the joint law of (gross loss, indemnities) is computed exactly on the CreditRisk+ model by a bivariate Panjer recursion (Sundt 1999) on the gamma-mixed defaults; yearly cost = premium + tax + fees + VAT − expected payment − expected profit share.",
      fr: "Le défaut de chaque acheteur coûte x = encours × perte en cas de défaut, et ouvre droit à quotité × max(0, min(x, limite × perte) − franchise) si x atteint le seuil (limite : celle de l'acheteur, sinon la limite discrétionnaire). L'assureur paie min(plafond, max(0, Σ dû − franchise annuelle)) avec plafond = multiple × prime ; la participation vaut taux × max(0, prime − frais − paiements). Les deux dépendent des sinistres de toute l'année : la loi jointe (perte brute, indemnités) est calculée exactement sur le modèle CreditRisk+ par une récurrence de Panjer bivariée (Sundt 1999) ; coût annuel = prime + taxe + frais + TVA − paiement attendu − participation attendue.",
    },
    examples: [{
      situation: {
        en: "Five buyers (below), 1.2 M€ insured at 0.25% with a 30× maximum liability and 90% cover.",
        fr: "Cinq acheteurs (ci-dessous), 1,2 M€ assurés à 0,25 % avec un plafond de 30 fois la prime et une quotité de 90 %.",
      },
      data: [PORTFOLIO.exposures, PORTFOLIO.pds],
      args: [{ column: 0 }, { column: 1 }, 1200000, { percent: 0.0025 }],
      format: "money",
      table: { headers: [{ en: "Figure", fr: "Indicateur" }, { en: "Value (€)", fr: "Valeur (€)" }] },
    }],
    source: {
      en: "DESIGN.md, “Credit-insurance policy terms” (whole-turnover policy); Sundt, “On multivariate Panjer recursions”, ASTIN Bulletin 29 (1999); CSFP CreditRisk+ (1997).",
      fr: "DESIGN.md, « Credit-insurance policy terms » (police globale) ; Sundt, « On multivariate Panjer recursions », ASTIN Bulletin 29 (1999) ; CSFP CreditRisk+ (1997).",
    },
  },
  "CREDIT.KEPTQUANTILE": {
    method: {
      en: "The level quantile of the loss kept = gross loss − the insurer's payment of the year, from the joint law of CREDIT.POLICYYEAR (maximum liability and aggregate deductible honoured), interpolated linearly between grid points.",
      fr: "Le quantile de la perte gardée = perte brute − paiement de l'assureur de l'année, tiré de la loi jointe de CREDIT.ANNEEPOLICE (plafond et franchise annuelle compris), interpolé linéairement entre les points de la grille.",
    },
    examples: [{
      situation: {
        en: "The same five buyers and policy: the loss kept one year in 100.",
        fr: "Les mêmes cinq acheteurs et la même police : la perte gardée une année sur 100.",
      },
      data: [PORTFOLIO.exposures, PORTFOLIO.pds],
      args: [{ column: 0 }, { column: 1 }, { percent: 0.99 }, 1200000, { percent: 0.0025 }],
      format: "money",
    }],
    source: {
      en: "As CREDIT.POLICYYEAR: Sundt (1999) bivariate Panjer recursion on the CreditRisk+ model (CSFP 1997).",
      fr: "Comme CREDIT.ANNEEPOLICE : récurrence de Panjer bivariée de Sundt (1999) sur le modèle CreditRisk+ (CSFP 1997).",
    },
  },
  DSO: {
    method: {
      en: "Countback: take the sales (incl. VAT) from the most recent period backwards until they add up to the receivables; DSO = the days of the periods used in full + the last period's days × the share of its sales still needed. One period only: receivables / sales × days.",
      fr: "Épuisement du chiffre d'affaires : retrancher des créances les ventes TTC en remontant depuis la période la plus récente ; DSO = jours des périodes entièrement épuisées + jours de la dernière × part de ses ventes encore nécessaire. Une seule période : créances / ventes × jours.",
    },
    examples: [{
      situation: {
        en: "212,000 € of receivables at the end of the third month; three months of sales, oldest first, 30 days each.",
        fr: "212 000 € de créances clients à la fin du troisième mois ; trois mois de ventes, du plus ancien au plus récent, 30 jours chacun.",
      },
      data: [DSO_SALES],
      args: [212000, { column: 0 }, 30],
      format: "days",
    }],
    source: DSO_SOURCE,
  },
  "DSO.BESTPOSSIBLE": {
    method: { en: "The DSO countback applied to the receivables not yet due.", fr: "Le DSO par épuisement appliqué aux créances non échues." },
    examples: [{
      situation: { en: "Of the 212,000 € above, 150,000 € are not yet due.", fr: "Sur les 212 000 € ci-dessus, 150 000 € ne sont pas encore échus." },
      data: [DSO_SALES],
      args: [150000, { column: 0 }, 30],
      format: "days",
    }],
    source: DSO_SOURCE,
  },
  "DSO.DELINQUENT": {
    method: { en: "average days delinquent = DSO − best possible DSO", fr: "retard moyen = DSO − DSO optimal" },
    examples: [{
      situation: { en: "212,000 € of receivables, of which 150,000 € not yet due.", fr: "212 000 € de créances, dont 150 000 € non échus." },
      data: [DSO_SALES],
      args: [212000, 150000, { column: 0 }, 30],
      format: "days",
    }],
    source: DSO_SOURCE,
  },
  "CONCENTRATION.TOP": {
    method: { en: "share = sum of the n largest values / sum of all values", fr: "part = somme des n plus grandes valeurs / somme de toutes les valeurs" },
    examples: [{
      situation: { en: "Seven customers; share of the three largest.", fr: "Sept clients ; part des trois plus grands." },
      data: [CONCENTRATION_VALUES],
      args: [{ column: 0 }, 3],
      format: "rate",
    }],
    source: { en: "Customer concentration ratio, as credit insurers and factors read it before granting limits.", fr: "Ratio de concentration clients, tel que le lisent assureurs-crédit et factors avant d'accorder des limites." },
  },
  "CONCENTRATION.HHI": {
    method: { en: "HHI = Σ share², from 1/n (even spread) to 1 (one customer)", fr: "HHI = Σ part², de 1/n (répartition égale) à 1 (un seul client)" },
    examples: [{
      situation: { en: "The same seven customers.", fr: "Les mêmes sept clients." },
      data: [CONCENTRATION_VALUES],
      args: [{ column: 0 }],
      format: "share",
    }],
    source: { en: "Herfindahl–Hirschman index (Hirschman 1945; Herfindahl 1950), as used by the US DoJ/FTC Horizontal Merger Guidelines.", fr: "Indice de Herfindahl-Hirschman (Hirschman 1945 ; Herfindahl 1950), utilisé notamment par les Horizontal Merger Guidelines du DoJ/FTC." },
  },
  "RECEIVABLES.DUEDATE": {
    method: {
      en: "“N jours”: invoice date + N. “N jours fin de mois”: invoice date + N, then the end of that month (end_of_month_first FALSE) or the end of the invoice's month + N (TRUE); “fin de mois N jours”: end of month + N. Omitted terms: 30 days. Agreed terms may not exceed 60 days from the invoice date or 45 days end of month (L441-10).",
      fr: "« N jours » : date de facture + N. « N jours fin de mois » : date de facture + N, puis la fin de ce mois (fin_de_mois_d_abord FAUX) ou la fin du mois de la facture + N (VRAI) ; « fin de mois N jours » : fin de mois + N. Délai omis : 30 jours. Le délai convenu ne peut dépasser 60 jours à compter de la date d'émission de la facture ou 45 jours fin de mois (L441-10).",
    },
    examples: [
      {
        situation: { en: "An invoice of 15 January 2026 at 45 days end of month, counted days first.", fr: "Une facture du 15 janvier 2026 à 45 jours fin de mois, comptés jours d'abord." },
        args: [46037, "45 jours fin de mois"],
        format: "date",
      },
      {
        situation: { en: "The same invoice, end of month first.", fr: "La même facture, fin de mois d'abord." },
        args: [46037, "45 jours fin de mois", true],
        format: "date",
      },
    ],
    source: {
      en: "Code de commerce art. L441-10 I (30 days by default; at most 60 days from the invoice date or 45 days end of month); both ways of counting 45 days end of month are tolerated by the DGCCRF.",
      fr: "Code de commerce art. L441-10 I (30 jours par défaut ; au plus 60 jours à compter de l'émission de la facture ou 45 jours fin de mois) ; les deux façons de compter 45 jours fin de mois sont tolérées par la DGCCRF.",
    },
  },
  "RECEIVABLES.LATEPENALTY": {
    method: {
      en: "days late = paid_date − due_date (0 if paid on time); penalty = amount × interest_rate × days late / interest_day_basis + recovery_fee when days late > 0. Simple interest on the amount incl. VAT; the rate is the ECB's main refinancing rate + 10 points unless the contract says otherwise.",
      fr: "jours de retard = date de paiement − échéance (0 si payé à temps) ; pénalités = montant × taux × jours de retard / base + indemnité forfaitaire si jours de retard > 0. Intérêts simples sur le montant TTC ; le taux est celui de refinancement de la BCE + 10 points sauf clause contraire.",
    },
    examples: [{
      situation: { en: "A 15,000 € invoice incl. VAT paid 30 days late, penalties at 15%.", fr: "Une facture de 15 000 € TTC payée avec 30 jours de retard, pénalités à 15 %." },
      args: [15000, 43205, 43235, { percent: 0.15 }],
      format: "money",
    }],
    source: {
      en: "Code de commerce art. L441-10 II (penalties from the day after the due date; ECB rate + 10 points) and D441-5 (40 € recovery fee); worked example: Les Echos Publishing, “Le point sur les pénalités de retard” (2018): 15,000 × 15% × 30/365 = 184.93 €.",
      fr: "Code de commerce art. L441-10 II (pénalités dès le lendemain de l'échéance ; taux BCE + 10 points) et D441-5 (indemnité forfaitaire de 40 €) ; exemple chiffré : Les Echos Publishing, « Le point sur les pénalités de retard » (2018) : 15 000 × 15 % × 30/365 = 184,93 €.",
    },
  },
  "RECEIVABLES.AGEDBALANCE": {
    method: {
      en: "Invoices issued on or before as_of and not paid by then; days late = as_of − due date (invoice date + terms). Column 0 day: not yet due (indicative, outside the total); then 1–30, 31–60, 61–90, 91 days and more, and the total of 1 day and more. Rows: number of invoices, amount incl. VAT, amount / the year's turnover excl. VAT.",
      fr: "Factures émises au plus tard à la date et non réglées à cette date ; jours de retard = date − échéance (date de facture + délai). Colonne 0 jour : non échues (indicatif, hors total) ; puis 1 à 30, 31 à 60, 61 à 90, 91 jours et plus, et le total 1 jour et plus. Lignes : nombre de factures, montant TTC, montant / chiffre d'affaires HT de l'exercice.",
    },
    examples: [{
      situation: {
        en: "Four invoices at 30 days, one paid, the balance on 30 June 2026, a turnover of 100,000 € excl. VAT.",
        fr: "Quatre factures à 30 jours, dont une payée, la balance au 30 juin 2026, un chiffre d'affaires de 100 000 € HT.",
      },
      data: [
        { header: { en: "Invoice date", fr: "Date de facture" }, values: [46037, 46082, 46113, 46174] },
        { header: { en: "Amount incl. VAT (€)", fr: "Montant TTC (€)" }, values: [1200, 2400, 3600, 600] },
        { header: { en: "Paid on", fr: "Payée le" }, values: [46100, 0, 0, 0] },
      ],
      args: [{ column: 0 }, { column: 1 }, 46203, 100000, { column: 2 }],
      format: "number",
      table: {
        headers: [
          { en: "", fr: "" },
          { en: "0 day", fr: "0 jour" },
          { en: "1–30", fr: "1 à 30" },
          { en: "31–60", fr: "31 à 60" },
          { en: "61–90", fr: "61 à 90" },
          { en: "91+", fr: "91 et plus" },
          { en: "1 day +", fr: "1 jour et plus" },
        ],
        cells: {
          "Number of invoices": { en: "Invoices", fr: "Nombre de factures" },
          "Amount incl. VAT": { en: "Amount incl. VAT", fr: "Montant TTC" },
          "% of turnover excl. VAT": { en: "% of turnover", fr: "% du CA HT" },
        },
      },
    }],
    source: {
      en: "Code de commerce art. D441-6 I, 2° and the model table of the arrêté of 20 March 2017 (management report: invoices issued, unpaid at the closing date and past due).",
      fr: "Code de commerce art. D441-6 I, 2° et le tableau modèle de l'arrêté du 20 mars 2017 (rapport de gestion : factures émises non réglées à la date de clôture dont le terme est échu).",
    },
  },
};
