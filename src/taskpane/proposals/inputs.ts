/**
 * The inputs of each simulator and their seeds, as the workbook settings and the proposal builders see them.
 * Declared in each simulator's folder (../simulators/<id>/inputs.ts) and listed in ../simulators/index.ts.
 */
export type {
  DiagnosticInputs,
  DsoInputs,
  FactoringInputs,
  FactoringOffer,
  InsuranceInputs,
  OffersInputs,
  Portfolio,
  SimulatorInputs,
  SimulatorKind,
} from "../simulators";
export { SEED_INPUTS, SIMULATOR_KINDS } from "../simulators";
