/**
 * Checks of a stored simulator's inputs: a workbook may hold inputs saved by an older version, edited by hand
 * or corrupted. Each simulator declares its stored shape with these; anything that does not match is ignored.
 */
export type Check = (value: unknown) => boolean;

export const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);
export const num: Check = (value) => typeof value === "number" && Number.isFinite(value);
export const str: Check = (value) => typeof value === "string";
export const numbers: Check = (value) => Array.isArray(value) && value.every(num);
export const oneOf = (...allowed: unknown[]): Check => (value) => allowed.includes(value);
export const nullable = (check: Check): Check => (value) => value === null || check(value);
export const shape = (fields: Readonly<Record<string, Check>>): Check => (value) =>
  isRecord(value) && Object.entries(fields).every(([key, check]) => check(value[key]));

/** The seed client's name every simulator starts with. */
export const SEED_CLIENT = "Client exemple";
