/**
 * Proposal sheets: what "Insert into sheet" writes for each simulator, as plain data (ProposalSheet), in two
 * variants — "live" (labelled inputs and ENCOURS.* formulas over them) and "shareable" (native Excel
 * formulas where the math is plain arithmetic, values computed by the core for the rest, so that the
 * sheet reads the same without the add-in) — and the parsers of a selected range. Each simulator's builder
 * lives in its folder (../simulators/<id>/proposal.ts); the list of them is ../simulators/index.ts.
 */
export * from "./inputs";
export * from "./types";
export { NOTICE, type ProposalOptions, type ProposalLanguage, type Variant } from "./common";
export { parsePortfolioSelection, parseSalesSelection } from "./selection";
export { buildProposal } from "../simulators";
export {
  badYearBuyers,
  expectedLossOnTurnover,
  ILLUSTRATIVE_BUYERS,
  insuranceBreakEvenPd,
  insuranceBuyers,
  insurancePolicyYear,
  policyTerms,
  TOP_BUYERS,
  volatilityPoints,
  type BadYearBuyer,
  type VolatilityPoint,
} from "../simulators/insurance/figures";
