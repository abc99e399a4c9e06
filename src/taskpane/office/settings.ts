/**
 * Checks what comes back from the workbook's settings before the pane uses it: a workbook may hold inputs
 * saved by an older version, edited by hand or corrupted. Anything that does not match the current shape
 * exactly is ignored (null), so the simulator falls back to its seeds. Pure: no Office here.
 */
import type { SimulatorInputs } from "../proposals/inputs";
import { type Check, isRecord, shape } from "../simulators/shape";
import { STORED_SHAPES } from "../simulators/stored";

export { MAX_NAME_LENGTH, nameTooLong } from "./names";

/** Longest settings value read at all (JSON text), so that a corrupt huge value is not even parsed. */
export const MAX_STORED_CHARS = 64 * 1024;

/** Settings key of each simulator's inputs. */
export const settingsKey = (kind: keyof SimulatorInputs): string => `encours.inputs.${kind}`;
/** Bumped when a simulator's inputs change shape: older shapes are then ignored. */
const SETTINGS_VERSION = 1;

export interface StoredInputs<T> {
  version: number;
  inputs: T;
}

/** Only the known fields, deep-copied, so that nothing stored beside them reaches the pane. */
const pick = (value: Record<string, unknown>, fields: Readonly<Record<string, Check>>): Record<string, unknown> =>
  Object.fromEntries(Object.keys(fields).map((key) => [key, JSON.parse(JSON.stringify(value[key])) as unknown]));

/** The stored form of a simulator's inputs. */
export const toStored = <K extends keyof SimulatorInputs>(value: SimulatorInputs[K]): StoredInputs<SimulatorInputs[K]> => ({
  version: SETTINGS_VERSION,
  inputs: JSON.parse(JSON.stringify(value)) as SimulatorInputs[K],
});

/** The inputs from a stored value, or null when it is missing, corrupt or of another version. */
export const fromStored = <K extends keyof SimulatorInputs>(kind: K, stored: unknown): SimulatorInputs[K] | null => {
  // Settings may come back as the object saved, or as its JSON text (older hosts).
  let value = stored;
  if (typeof value === "string") {
    if (value.length > MAX_STORED_CHARS) return null;
    try {
      value = JSON.parse(value) as unknown;
    } catch {
      return null;
    }
  }
  if (!isRecord(value) || value.version !== SETTINGS_VERSION) return null;
  // The simulators declare their stored shapes (the same checks the pane applies when it restores).
  const fields = (STORED_SHAPES as Readonly<Record<string, Readonly<Record<string, Check>>>>)[kind];
  if (!fields || !shape(fields)(value.inputs)) return null;
  return pick(value.inputs as Record<string, unknown>, fields) as unknown as SimulatorInputs[K];
};
