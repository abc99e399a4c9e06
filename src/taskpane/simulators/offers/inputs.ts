/** The offer comparison's inputs: two to four factoring offers applied to one client's profile. */
import type { OfferTerms } from "../../../core";
import { type Check, ofParameter, SEED_CLIENT, shape, str } from "../shape";

/** One factor's offer, as written in its proposal: the terms the core's offer comparison takes. */
export type FactoringOffer = OfferTerms;

export interface OffersInputs {
  clientName: string;
  annualTurnover: number;
  dsoDays: number;
  usage: number;
  /** 2..4 offers. */
  offers: FactoringOffer[];
}

export const MIN_OFFERS = 2;
export const MAX_OFFERS = 4;

export const OFFERS_SEED: OffersInputs = {
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
};

const offer = shape({
  name: str,
  advanceRate: ofParameter("advance_rate"),
  serviceFeeRate: ofParameter("service_fee_rate"),
  minAnnualFee: ofParameter("min_annual_fee"),
  financingRate: ofParameter("financing_rate"),
  fixedFees: ofParameter("fixed_fees"),
});

export const OFFERS_STORED: Readonly<Record<keyof OffersInputs, Check>> = {
  clientName: str, annualTurnover: ofParameter("annual_turnover"), dsoDays: ofParameter("dso_days"), usage: ofParameter("usage"),
  offers: (value) => Array.isArray(value) && value.length >= MIN_OFFERS && value.length <= MAX_OFFERS && value.every(offer),
};
