/** The offer comparison's inputs: two to four factoring offers, as written, applied to one client's year. */
import { type Check, isRecord, num, SEED_CLIENT, shape, str } from "../shape";
import { type OfferTermsInputs, TERMS_DEFAULT, TERMS_STORED } from "../factoring/terms";

/** One factor's offer, as written in its proposal: a name and every term. */
export interface FactoringOffer extends OfferTermsInputs {
  name: string;
}

export interface OffersInputs {
  clientName: string;
  /** Turnover TTC ceded in a year, €. */
  annualTurnover: number;
  /** Days the buyers take to pay (DSO). */
  dsoDays: number;
  /** Invoices ceded in a year (for per-invoice minimums and fees). */
  invoices: number;
  /** Buyers the per-buyer fees are charged on. */
  buyers: number;
  /** 2..4 offers. */
  offers: FactoringOffer[];
}

export const MIN_OFFERS = 2;
export const MAX_OFFERS = 4;

/**
 * The two offers (test/core-advisory/compareOffersHonestly.test.ts, hand-worked): 3 650 000 € TTC a year
 * at 60 days, 40 buyers; A advances 80 % at Euribor 3M 2.1 % + 1.5 %, 0.6 % commission, 45 € per buyer and
 * 1 020 € of yearly fees (8.80 % per euro freed); B advances 90 %, 0.65 % commission, 45 € per buyer (8.38 %).
 */
export const OFFERS_SEED: OffersInputs = {
  clientName: SEED_CLIENT,
  annualTurnover: 3650000,
  dsoDays: 60,
  invoices: 0,
  buyers: 40,
  offers: [
    { ...TERMS_DEFAULT, name: "Offre A — avance 80 %", advanceRate: 0.8, indexRate: 0.021, margin: 0.015, serviceFeeRate: 0.006, perBuyerFee: 45, yearlyFees: 1020 },
    { ...TERMS_DEFAULT, name: "Offre B — avance 90 %", advanceRate: 0.9, indexRate: 0.021, margin: 0.015, serviceFeeRate: 0.0065, perBuyerFee: 45 },
  ],
};

const offer = shape({ name: str, ...TERMS_STORED });

export const OFFERS_STORED: Readonly<Record<keyof OffersInputs, Check>> = {
  clientName: str, annualTurnover: num, dsoDays: num, invoices: num, buyers: num,
  offers: (value) => Array.isArray(value) && value.length >= MIN_OFFERS && value.length <= MAX_OFFERS && value.every((item) => isRecord(item) && offer(item)),
};
