/**
 * Checks of a stored simulator's inputs: a workbook may hold inputs saved by an older version, edited by hand
 * or corrupted. Each simulator declares its stored shape with these; anything that does not match is ignored.
 */
import { PARAMETERS, type ParameterKind, type ParameterName } from "../../catalogue";
import { nameTooLong } from "../office/names";

export type Check = (value: unknown) => boolean;

export const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);
export const num: Check = (value) => typeof value === "number" && Number.isFinite(value);
/** A name (client, offer, broker): text of at most MAX_NAME_LENGTH characters, as the sheet writes it. */
export const str: Check = (value) => typeof value === "string" && nameTooLong(value, "name") === null;
export const numbers: Check = (value) => Array.isArray(value) && value.every(num);
export const oneOf = (...allowed: unknown[]): Check => (value) => allowed.includes(value);
export const nullable = (check: Check): Check => (value) => value === null || check(value);
/** A field added after inputs were first saved: absent from older settings, which the seed then completes. */
export const added = (check: Check): Check => (value) => value === undefined || check(value);
export const bool: Check = (value) => typeof value === "boolean";
export const shape = (fields: Readonly<Record<string, Check>>): Check => (value) =>
  isRecord(value) && Object.entries(fields).every(([key, check]) => check(value[key]));

const finiteIn = (low: number, high: number): Check => (value) => typeof value === "number" && value >= low && value <= high;
const nonNegative: Check = (value) => num(value) && (value as number) >= 0;

/** The stored check of each kind of parameter: the same rule the pane's field applies before it saves. */
const KIND_CHECKS: Partial<Readonly<Record<ParameterKind, Check>>> = {
  amount: nonNegative,
  days: nonNegative,
  count: nonNegative,
  multiple: nonNegative,
  rate: finiteIn(0, 1),
  signedRate: finiteIn(-1, 1),
  level: finiteIn(0, 1),
  basis: oneOf(360, 365),
  limit: nullable(nonNegative),
  daysOrNone: nullable(nonNegative),
  boolean: (value) => typeof value === "boolean",
};

/**
 * The stored check of a catalogue parameter, from its kind; a list form: a non-empty list of such values; a
 * per-item form: one value or such a list.
 */
export const ofParameter = (name: ParameterName): Check => {
  const parameter = PARAMETERS[name];
  const check = KIND_CHECKS[parameter.kind] ?? num;
  const list: Check = (value) => Array.isArray(value) && value.length > 0 && value.every(check);
  return parameter.form === "list" ? list : parameter.form === "perItem" ? (value) => check(value) || list(value) : check;
};

/** The seed client's name every simulator starts with. */
export const SEED_CLIENT = "Client exemple";
