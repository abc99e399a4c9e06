/**
 * Checks what comes back from the workbook's settings before the pane uses it: a workbook may hold inputs
 * saved by an older version, edited by hand or corrupted. Anything that does not match the current shape
 * exactly is ignored (null), so the simulator falls back to its seeds. Pure: no Office here.
 */
import { CoreError } from "../../core";
import type { SimulatorInputs } from "../proposals/inputs";

/**
 * Longest name (client, offer, broker…) kept in the settings or written into a sheet. 120 characters hold any
 * company's legal name with its legal form; beyond that the text is a paste accident, and a 20 MiB name
 * would be kept in the workbook's settings and written into its cells.
 */
export const MAX_NAME_LENGTH = 120;
/** Longest settings value read at all (JSON text), so that a corrupt huge value is not even parsed. */
export const MAX_STORED_CHARS = 64 * 1024;

/** The refusal of a name over {@link MAX_NAME_LENGTH} characters, or null when the name fits. */
export const nameTooLong = (text: string, argument: string): CoreError | null =>
  text.length <= MAX_NAME_LENGTH
    ? null
    : new CoreError("VALUE", `A name is at most ${MAX_NAME_LENGTH} characters long; this one has ${text.length}: shorten it.`,
      `Un nom compte au plus ${MAX_NAME_LENGTH} caractères ; celui-ci en a ${text.length} : raccourcissez-le.`, argument);

/** Settings key of each simulator's inputs. */
export const settingsKey = (kind: keyof SimulatorInputs): string => `encours.inputs.${kind}`;
/** Bumped when a simulator's inputs change shape: older shapes are then ignored. */
const SETTINGS_VERSION = 1;

export interface StoredInputs<T> {
  version: number;
  inputs: T;
}

type Check = (value: unknown) => boolean;
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);
const num: Check = (value) => typeof value === "number" && Number.isFinite(value);
const name: Check = (value) => typeof value === "string" && nameTooLong(value, "name") === null;
const numbers: Check = (value) => Array.isArray(value) && value.every(num);
const oneOf = (...allowed: unknown[]): Check => (value) => allowed.includes(value);
/** A field added after inputs were first saved: absent in older settings, which the seed then completes. */
const added = (check: Check): Check => (value) => value === undefined || check(value);
const bool: Check = (value) => typeof value === "boolean";
const nullable = (check: Check): Check => (value) => value === null || check(value);
const shape = (fields: Record<string, Check>): Check => (value) =>
  isRecord(value) && Object.entries(fields).every(([key, check]) => check(value[key]));

const offer = shape({ name, advanceRate: num, serviceFeeRate: num, minAnnualFee: num, financingRate: num, fixedFees: num });
const portfolio: Check = (value) =>
  shape({ exposures: numbers, pds: numbers, lgds: numbers })(value) &&
  [(value as { pds: number[] }).pds, (value as { lgds: number[] }).lgds].every((list) => list.length === (value as { exposures: number[] }).exposures.length);

const SHAPES: Record<keyof SimulatorInputs, Record<string, Check>> = {
  factoring: {
    clientName: name, amount: num, days: num, advanceRate: num, serviceFeeRate: num, minFee: num, financingRate: num,
    dayBasis: oneOf(360, 365), annualTurnover: num, dsoDays: num, usage: num, minAnnualFee: num, fixedFees: num,
  },
  offers: {
    clientName: name, annualTurnover: num, dsoDays: num, usage: num,
    offers: (value) => Array.isArray(value) && value.length >= 2 && value.length <= 4 && value.every(offer),
  },
  insurance: {
    clientName: name, insuredTurnover: num, premiumRate: num, minPremium: num, coverRate: num, deductible: num, pd: num, lgd: num,
    portfolio: nullable(portfolio),
  },
  dso: {
    clientName: name, receivables: num, currentReceivables: nullable(num),
    sales: (value) => numbers(value) && (value as number[]).length > 0, periodDays: num, vatRate: num,
  },
  diagnostic: {
    clientName: name, turnover: num, paymentDays: num, top5Share: num, grossMargin: num, objective: oneOf("cash", "protection", "both", "unsure"),
    vatIncluded: added(bool), agreedTermsDays: added(num), factoringGuarantee: added(bool),
  },
};

/** Only the known fields, deep-copied, so that nothing stored beside them reaches the pane. */
const pick = (value: Record<string, unknown>, fields: Record<string, Check>): Record<string, unknown> =>
  Object.fromEntries(Object.keys(fields).filter((key) => value[key] !== undefined).map((key) => [key, JSON.parse(JSON.stringify(value[key])) as unknown]));

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
  const fields = SHAPES[kind];
  if (!fields || !shape(fields)(value.inputs)) return null;
  return pick(value.inputs as Record<string, unknown>, fields) as unknown as SimulatorInputs[K];
};
