/**
 * The client's year a factoring offer is applied to (turnover, DSO, invoices, buyers): the same four fields in
 * the Affacturage tab's programme card and in the offer comparison, read back in this order.
 */
import type { Field, Form } from "../../ui/form";
import { addParameters, readNumbers } from "../../ui/simulator";

export const PROFILE_KEYS = ["annualTurnover", "dsoDays", "invoices", "buyers"] as const;

export type ProgrammeProfile = Record<(typeof PROFILE_KEYS)[number], number>;

/** The four fields, started from `initial`, and what they hold now. */
export const profileFields = (form: Form, initial: ProgrammeProfile): { fields: Field[]; read: () => ProgrammeProfile } => ({
  fields: addParameters(form, initial, ["annual_turnover", "dso_days", "invoices", "buyers"]),
  read: () => readNumbers(form, PROFILE_KEYS),
});
