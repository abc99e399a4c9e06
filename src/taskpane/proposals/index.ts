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
export { insuranceFigureCalls, insuranceFigures, type InsuranceFigureCalls, type InsuranceFigures } from "../simulators/insurance/figures";
export { ILLUSTRATIVE_BUYERS, illustrativePortfolio, lossPortfolio, retainedLossModel, TAIL_LEVELS } from "../simulators/insurance/portfolio";
