/** Advice built on the core's math: offer comparison and the "protéger ou cash ?" diagnostic. */
export { compareFactoringOffers, type CompareOffersOptions, type OfferTerms, type OfferComparison } from "./compareOffers";
export {
  diagnose,
  DIAGNOSTIC_ASSUMPTIONS,
  type DiagnoseOptions,
  type DiagnosticAssumptions,
  type Diagnosis,
  type Objective,
  type Recommendation,
} from "./diagnose";
export type { Bilingual as AdvisoryText } from "./messages";
