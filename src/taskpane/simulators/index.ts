/**
 * The simulators of the pane, listed once: each one's folder holds its view, its proposal sheet builder, its
 * seed inputs and the stored shape of its inputs. The pane's tabs, the settings restore and the proposal insert
 * read this list; adding a simulator is adding a folder and a line here.
 */
import type { TextKey } from "../i18n";
import type { ProposalOptions } from "../proposals/common";
import type { ProposalSheet } from "../proposals/types";
import type { PaneContext, SimulatorView } from "../ui/context";
import { buildDiagnosticProposal } from "./diagnostic/proposal";
import { DIAGNOSTIC_SEED, type DiagnosticInputs } from "./diagnostic/inputs";
import { buildDsoProposal } from "./dso/proposal";
import { DSO_SEED, type DsoInputs } from "./dso/inputs";
import { factoringView } from "./factoring/view";
import { buildFactoringProposal } from "./factoring/proposal";
import { FACTORING_SEED, type FactoringInputs } from "./factoring/inputs";
import { buildInsuranceProposal } from "./insurance/proposal";
import { INSURANCE_SEED, type InsuranceInputs } from "./insurance/inputs";
import { offersView } from "./offers/view";
import { buildOffersProposal } from "./offers/proposal";
import { OFFERS_SEED, type OffersInputs } from "./offers/inputs";
import { buildReceivablesProposal } from "./receivables/proposal";
import { RECEIVABLES_SEED, type ReceivablesInputs } from "./receivables/inputs";
import { diagnosticView } from "./diagnostic/view";
import { dsoView } from "./dso/view";
import { insuranceView } from "./insurance/view";
import { receivablesView } from "./receivables/view";
import { type Check, shape } from "./shape";
import { STORED_SHAPES } from "./stored";

export type { DiagnosticInputs } from "./diagnostic/inputs";
export type { DsoInputs } from "./dso/inputs";
export type { FactoringInputs } from "./factoring/inputs";
export type { InsuranceInputs, Portfolio } from "./insurance/inputs";
export type { FactoringOffer, OffersInputs } from "./offers/inputs";
export type { ReceivablesInputs } from "./receivables/inputs";

/** Each simulator's inputs, by simulator id. */
export type SimulatorInputs = {
  factoring: FactoringInputs;
  offers: OffersInputs;
  insurance: InsuranceInputs;
  dso: DsoInputs;
  diagnostic: DiagnosticInputs;
  receivables: ReceivablesInputs;
};

export type SimulatorKind = keyof SimulatorInputs;

/** The pane's tabs; a tab may hold more than one simulator (Affacturage: the invoice and the offer comparison). */
export type TabId = "factoring" | "insurance" | "dso" | "diagnostic" | "receivables";

export interface Simulator<K extends SimulatorKind> {
  readonly id: K;
  /** The tab that shows it, and the tab's label (the first simulator of a tab names it). */
  readonly tab: TabId;
  readonly label: TextKey;
  readonly view: (context: PaneContext, inputs: SimulatorInputs[K]) => SimulatorView;
  readonly proposal: (inputs: SimulatorInputs[K], options: ProposalOptions) => ProposalSheet;
  /** The example every simulator starts with. */
  readonly seed: SimulatorInputs[K];
  /** The stored shape of its inputs, field by field: a stored value that fails one check is ignored. */
  readonly stored: Readonly<Record<keyof SimulatorInputs[K], Check>>;
}

type Registry = { readonly [K in SimulatorKind]: Simulator<K> };

const REGISTRY: Registry = {
  factoring: { id: "factoring", tab: "factoring", label: "tabFactoring", view: factoringView, proposal: buildFactoringProposal, seed: FACTORING_SEED, stored: STORED_SHAPES.factoring },
  offers: { id: "offers", tab: "factoring", label: "tabFactoring", view: offersView, proposal: buildOffersProposal, seed: OFFERS_SEED, stored: STORED_SHAPES.offers },
  insurance: { id: "insurance", tab: "insurance", label: "tabInsurance", view: insuranceView, proposal: buildInsuranceProposal, seed: INSURANCE_SEED, stored: STORED_SHAPES.insurance },
  dso: { id: "dso", tab: "dso", label: "tabDso", view: dsoView, proposal: buildDsoProposal, seed: DSO_SEED, stored: STORED_SHAPES.dso },
  diagnostic: { id: "diagnostic", tab: "diagnostic", label: "tabDiagnostic", view: diagnosticView, proposal: buildDiagnosticProposal, seed: DIAGNOSTIC_SEED, stored: STORED_SHAPES.diagnostic },
  receivables: { id: "receivables", tab: "receivables", label: "tabReceivables", view: receivablesView, proposal: buildReceivablesProposal, seed: RECEIVABLES_SEED, stored: STORED_SHAPES.receivables },
};

/** The simulators in the order their tabs and views appear. */
export const SIMULATOR_KINDS = Object.keys(REGISTRY) as readonly SimulatorKind[];

export const simulator = <K extends SimulatorKind>(kind: K): Simulator<K> => REGISTRY[kind];

/** The seed inputs of every simulator. */
export const SEED_INPUTS: SimulatorInputs = {
  factoring: FACTORING_SEED,
  offers: OFFERS_SEED,
  insurance: INSURANCE_SEED,
  dso: DSO_SEED,
  diagnostic: DIAGNOSTIC_SEED,
  receivables: RECEIVABLES_SEED,
};

/** The tabs, in order, each with its label and its simulators. */
export const TABS: ReadonlyArray<{ id: TabId; label: TextKey; simulators: readonly SimulatorKind[] }> = SIMULATOR_KINDS.reduce<
  Array<{ id: TabId; label: TextKey; simulators: SimulatorKind[] }>
>((tabs, kind) => {
  const { tab, label } = REGISTRY[kind];
  const existing = tabs.find((entry) => entry.id === tab);
  if (existing) existing.simulators.push(kind);
  else tabs.push({ id: tab, label, simulators: [kind] });
  return tabs;
}, []);

/** Whether a value has the stored shape of a simulator's inputs. */
export const hasStoredShape = (kind: SimulatorKind, value: unknown): boolean => shape(REGISTRY[kind].stored)(value);

/** The sheet to insert for a simulator's inputs. */
export const buildProposal = <K extends SimulatorKind>(kind: K, inputs: SimulatorInputs[K], options: ProposalOptions): ProposalSheet =>
  REGISTRY[kind].proposal(inputs, { ...options, kind });

/** A simulator's view over its inputs. */
export const viewOf = <K extends SimulatorKind>(context: PaneContext, kind: K, inputs: SimulatorInputs[K]): SimulatorView => REGISTRY[kind].view(context, inputs);
