/**
 * The catalogue: every Excel function and every parameter of Encours, declared once, and the languages they
 * are described in. Pure data and lookups (no Office, no DOM, no core): the core reads its defaults and
 * examples here, the function layer its argument order and forms, the build its metadata and help pages, the
 * task pane its labels.
 */
import { FUNCTIONS, type FunctionEntry, type ParameterUse } from "./functions";
import { type ParameterEntry, type ParameterName, PARAMETERS } from "./parameters";

export * from "./text";
export * from "./parameters";
export * from "./functions";

/** A function's parameter as that function uses it: the catalogue's entry with the function's overrides applied. */
export interface ResolvedParameter extends ParameterEntry {
  readonly name: ParameterName;
  /** Has a default: may be omitted. */
  readonly optional: boolean;
  /** Omitted, it is left out of the core's options (see ParameterUse.ifGiven). */
  readonly ifGiven: boolean;
}

const resolve = (use: ParameterName | ParameterUse): ResolvedParameter => {
  const { name, ...overrides } = typeof use === "string" ? { name: use } : use;
  const own = PARAMETERS[name];
  const resolved = { ...own, ...overrides, name };
  return { ...resolved, optional: own.default !== undefined, ifGiven: overrides.ifGiven ?? false };
};

const resolvedCache = new Map<string, readonly ResolvedParameter[]>();

/** The parameters of a function, in its declared order (the order Excel passes them). */
export const parametersOf = (entry: FunctionEntry): readonly ResolvedParameter[] => {
  let resolved = resolvedCache.get(entry.id);
  if (!resolved) {
    resolved = Object.freeze(entry.parameters.map(resolve));
    resolvedCache.set(entry.id, resolved);
  }
  return resolved;
};

const byId = new Map(FUNCTIONS.map((entry) => [entry.id, entry]));

/** The catalogue entry of a function id ("FACTOR.COST"); throws for an unknown id (a programming error). */
export const functionEntry = (id: string): FunctionEntry => {
  const entry = byId.get(id);
  if (!entry) throw new Error(`no function ${id} in the catalogue`);
  return entry;
};

/** The JavaScript name of a function's wrapper: FACTOR.ANNUALCOST → factorAnnualcost is not readable, so ids map by words. */
export const wrapperName = (id: string): string =>
  id
    .toLowerCase()
    .split(".")
    .map((word, index) => (index === 0 ? word : word[0].toUpperCase() + word.slice(1)))
    .join("");
