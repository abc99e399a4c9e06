/**
 * The ENCOURS functions as Excel sees them: metadata generated from src/functions/functions.ts by the same
 * tool as the build (custom-functions-metadata), and each function looked up BY ID through the generator's
 * `associate` list (what the webpack plugin turns into CustomFunctions.associate calls). Tests — and a
 * workbook host such as HyperFormula — call functions this way, never by importing the core.
 */
import path from "node:path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import * as functions from "../src/functions/functions";
import { repoRoot } from "./paths";

export const FUNCTIONS_FILE = path.join(repoRoot(), "src", "functions", "functions.ts");

export interface ParameterMetadata {
  name: string;
  description?: string;
  type?: string;
  dimensionality?: "matrix";
  optional?: boolean;
  repeating?: boolean;
}

export interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  helpUrl?: string;
  parameters: ParameterMetadata[];
  result: { type?: string; dimensionality?: "matrix" };
}

export interface FunctionsJson {
  functions: FunctionMetadata[];
}

export interface RegisteredFunction {
  fn: (...args: unknown[]) => unknown;
  metadata: FunctionMetadata;
}

export interface Registry {
  /** id (e.g. "FACTOR.ADVANCE") -> the function and its metadata */
  functions: Map<string, RegisteredFunction>;
  /** functions.json as the build emits it */
  metadata: FunctionsJson;
  /** the generator's errors: it prints them but never fails, so tests assert there are none */
  errors: string[];
}

let cached: Promise<Registry> | undefined;

const build = async (): Promise<Registry> => {
  const result = await generateCustomFunctionsMetadata(FUNCTIONS_FILE);
  const metadata = JSON.parse(result.metadataJson) as FunctionsJson;
  const byId = new Map(metadata.functions.map((f) => [f.id, f]));
  const exported = functions as unknown as Record<string, unknown>;
  const registered = new Map<string, RegisteredFunction>();
  for (const { functionName, id } of result.associate) {
    const fn = exported[functionName];
    const meta = byId.get(id);
    if (typeof fn !== "function" || !meta) throw new Error(`${id}: no exported function ${functionName} or no metadata`);
    registered.set(id, { fn: fn as (...args: unknown[]) => unknown, metadata: meta });
  }
  return { functions: registered, metadata, errors: result.errors };
};

/** The registry, built once per process (per test file under jest, whose module registry is per file). */
export const loadRegistry = (): Promise<Registry> => (cached ??= build());

/** Returns the error Excel would show instead of throwing it, so a test can look at code and message. */
export interface ExcelErrorValue {
  code: string;
  message?: string;
}

export const isErrorValue = (value: unknown): value is ExcelErrorValue =>
  typeof value === "object" && value !== null && !Array.isArray(value) && typeof (value as { code?: unknown }).code === "string";

/**
 * Calls a function by id exactly as Excel does: a matrix parameter receives a single value as a 1×1 matrix,
 * omitted arguments (missing or undefined here) arrive as null, and a thrown CustomFunctions.Error becomes
 * the value returned, as the cell would show it. Anything else thrown is rethrown: Excel would show a bare
 * #VALUE!, which is a defect the test must see.
 */
export const callAsExcel = (registry: Registry, id: string, args: readonly unknown[]): unknown => {
  const entry = registry.functions.get(id);
  if (!entry) throw new Error(`no function ${id}`);
  const parameters = entry.metadata.parameters;
  if (args.length > parameters.length) throw new Error(`${id} takes at most ${parameters.length} arguments`);
  const excelArgs = parameters.map((parameter, i) => {
    const value = args[i];
    if (value === undefined || value === null) return null;
    if (parameter.dimensionality === "matrix" && !Array.isArray(value)) return [[value]];
    return value;
  });
  try {
    return entry.fn(...excelArgs);
  } catch (problem) {
    if (problem instanceof CustomFunctions.Error) return problem;
    throw problem;
  }
};
