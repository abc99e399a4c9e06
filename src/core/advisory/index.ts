/** Advice built on the core's math: offer comparison and the "protéger ou cash ?" diagnostic. */
export {
  compareFactoringOffers,
  compareOffersHonestly,
  type CompareOffersOptions,
  type OfferTerms,
  type OfferComparison,
  type CompareOffersHonestlyOptions,
  type HonestOffer,
  type HonestOfferComparison,
  type HonestComparison,
  type ComparabilityWarning,
} from "./compareOffers";
export {
  diagnose,
  DIAGNOSTIC_ASSUMPTIONS,
  DEFAULT_AGREED_TERMS_DAYS,
  type DiagnoseOptions,
  type DiagnosisAssumptionCode,
  type DiagnosisNote,
  type DiagnosisReasonCode,
  type DiagnosticAssumptions,
  type Diagnosis,
  type Objective,
  type Recommendation,
} from "./diagnose";
export type { Bilingual as AdvisoryText } from "../messages";
