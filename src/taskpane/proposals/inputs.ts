/**
 * The inputs of each task-pane simulator, and the seed example each one starts with.
 * Shared by the visible pane (src/taskpane/ui), the proposal builders (./index.ts) and the workbook
 * settings (../office/workbook.ts). Rates are decimals (90 % = 0.9), money in euros, durations in days.
 */
import type { DiagnoseOptions, OfferTerms } from "../../core";

/** Factoring: one invoice, and the yearly programme it belongs to. */
export interface FactoringInputs {
  clientName: string;
  /** Invoice amount, € (incl. VAT, as assigned to the factor). */
  amount: number;
  /** Days until the debtor pays. */
  days: number;
  advanceRate: number;
  /** Service fee (commission d'affacturage) on the invoice amount. */
  serviceFeeRate: number;
  /** Per-invoice minimum service fee, €. */
  minFee: number;
  /** Annual financing rate (commission de financement). */
  financingRate: number;
  /** ACT/360 by default: French factoring contracts use the money-market basis. */
  dayBasis: 360 | 365;
  annualTurnover: number;
  dsoDays: number;
  /** Share of the line actually drawn, 0..1. */
  usage: number;
  minAnnualFee: number;
  fixedFees: number;
}

/** One factor's offer, as written in its proposal: the terms the core's offer comparison takes. */
export type FactoringOffer = OfferTerms;

/** Two to four offers applied to one client's profile. */
export interface OffersInputs {
  clientName: string;
  annualTurnover: number;
  dsoDays: number;
  usage: number;
  /** 2..4 offers. */
  offers: FactoringOffer[];
}

/** A portfolio of buyers read from the sheet: equal-length arrays. */
export interface Portfolio {
  exposures: number[];
  pds: number[];
  lgds: number[];
}

/** Credit insurance. */
export interface InsuranceInputs {
  clientName: string;
  insuredTurnover: number;
  premiumRate: number;
  minPremium: number;
  coverRate: number;
  /** Deductible per claim, €. */
  deductible: number;
  /** Expected default rate (share of the insured turnover lost to defaults in a year before recovery). */
  pd: number;
  lgd: number;
  /** Set when the portfolio was read from the sheet; then it replaces turnover × pd × lgd for losses. */
  portfolio: Portfolio | null;
}

/** Days sales outstanding. */
export interface DsoInputs {
  clientName: string;
  /** Receivables outstanding at the end of the last period, € (incl. VAT). */
  receivables: number;
  /** Receivables not yet due, € (incl. VAT); null when not known. */
  currentReceivables: number | null;
  /** Sales per period, oldest first. */
  sales: number[];
  periodDays: number;
  /** VAT rate when sales are net of VAT (0 when they already include it). */
  vatRate: number;
}

/** What the diagnostic needs to answer "protéger ou cash ?": the core's figures, for a named client. */
export interface DiagnosticInputs extends Omit<DiagnoseOptions, "assumptions"> {
  clientName: string;
}

export type SimulatorInputs = {
  factoring: FactoringInputs;
  offers: OffersInputs;
  insurance: InsuranceInputs;
  dso: DsoInputs;
  diagnostic: DiagnosticInputs;
};

export type SimulatorKind = keyof SimulatorInputs;

export const SIMULATOR_KINDS: readonly SimulatorKind[] = ["factoring", "offers", "insurance", "dso", "diagnostic"];

const SEED_CLIENT = "Client exemple";

/**
 * The seed examples every simulator starts with (French SME practice: 10 000 € at 60 days, 90 % advanced,
 * 1 % service fee, 5 % financing on ACT/360).
 */
export const SEED_INPUTS: SimulatorInputs = {
  factoring: {
    clientName: SEED_CLIENT,
    amount: 10000,
    days: 60,
    advanceRate: 0.9,
    serviceFeeRate: 0.01,
    minFee: 0,
    financingRate: 0.05,
    dayBasis: 360,
    annualTurnover: 1200000,
    dsoDays: 60,
    usage: 1,
    minAnnualFee: 0,
    fixedFees: 0,
  },
  offers: {
    clientName: SEED_CLIENT,
    annualTurnover: 1200000,
    dsoDays: 60,
    usage: 1,
    // Three offers that look alike on the headline rates but bill differently: a bank factor with a low
    // rate and an annual minimum, a specialist with a lower fee but higher financing and a subscription,
    // an online factor with no minimum and no fixed fees but a higher service fee.
    offers: [
      { name: "Offre A — banque", advanceRate: 0.9, serviceFeeRate: 0.005, minAnnualFee: 6000, financingRate: 0.045, fixedFees: 1500 },
      { name: "Offre B — affactureur", advanceRate: 0.85, serviceFeeRate: 0.0035, minAnnualFee: 0, financingRate: 0.052, fixedFees: 3600 },
      { name: "Offre C — en ligne", advanceRate: 0.92, serviceFeeRate: 0.008, minAnnualFee: 0, financingRate: 0.039, fixedFees: 0 },
    ],
  },
  insurance: {
    clientName: SEED_CLIENT,
    insuredTurnover: 1200000,
    premiumRate: 0.0025,
    minPremium: 1500,
    coverRate: 0.9,
    deductible: 0,
    pd: 0.02,
    lgd: 1,
    portfolio: null,
  },
  dso: {
    clientName: SEED_CLIENT,
    receivables: 245000,
    currentReceivables: 180000,
    // Twelve months of sales net of VAT, oldest first.
    sales: [95000, 102000, 98000, 110000, 105000, 99000, 87000, 92000, 108000, 115000, 112000, 120000],
    periodDays: 30,
    vatRate: 0.2,
  },
  diagnostic: {
    clientName: SEED_CLIENT,
    turnover: 2000000,
    paymentDays: 60,
    top5Share: 0.45,
    grossMargin: 0.3,
    objective: "unsure",
  },
};
