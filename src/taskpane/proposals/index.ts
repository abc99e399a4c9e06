/**
 * Proposal sheets: what "Insert into sheet" writes for each simulator, as plain data (ProposalSheet), in two
 * variants — "live" (labelled inputs and ENCOURS.* formulas over them) and "shareable" (native Excel
 * formulas where the math is plain arithmetic, values computed by the core for the rest, so that the
 * sheet reads the same without the add-in) — and the parsers of a selected range.
 */
import { type ProposalOptions } from "./common";
import { buildDiagnosticProposal } from "./diagnostic";
import { buildDsoProposal } from "./dso";
import { buildFactoringProposal } from "./factoring";
import type { SimulatorInputs } from "./inputs";
import { buildInsuranceProposal } from "./insurance";
import { buildOffersProposal } from "./offers";
import type { ProposalSheet } from "./types";

export * from "./inputs";
export * from "./types";
export { NOTICE, type ProposalOptions, type ProposalLanguage, type Variant } from "./common";
export { parsePortfolioSelection, parseSalesSelection } from "./selection";
export { insuranceFigureCalls, insuranceFigures, type InsuranceFigureCalls, type InsuranceFigures } from "./figures";
export { ILLUSTRATIVE_BUYERS, illustrativePortfolio, lossPortfolio, retainedLossModel, TAIL_LEVELS } from "./portfolio";

const BUILDERS: { [K in keyof SimulatorInputs]: (inputs: SimulatorInputs[K], options: ProposalOptions) => ProposalSheet } = {
  factoring: buildFactoringProposal,
  offers: buildOffersProposal,
  insurance: buildInsuranceProposal,
  dso: buildDsoProposal,
  diagnostic: buildDiagnosticProposal,
};

/** The sheet to insert for a simulator's inputs. */
export function buildProposal<K extends keyof SimulatorInputs>(kind: K, inputs: SimulatorInputs[K], options: ProposalOptions): ProposalSheet {
  const build = BUILDERS[kind] as (inputs: SimulatorInputs[K], options: ProposalOptions) => ProposalSheet;
  return build(inputs, options);
}
