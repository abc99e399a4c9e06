/**
 * A workbook host for tests and benchmarks: HyperFormula (GPL-3.0, devDependency, never bundled) running every
 * ENCOURS custom function the way Excel runs it.
 *
 * Everything the host knows about a function comes from the same metadata Excel gets (functions.json: id,
 * parameters with `dimensionality` and `optional`, `result.dimensionality`) and from the function the add-in
 * associates with that id. There is no second list of functions: one generic adapter serves them all.
 *
 * What the adapter does, as Excel does it (../shared/OFFICE-NOTES.md, "Custom functions"):
 * - typed `=ENCOURS.<ID>(...)`: the namespace is prepended to the metadata id;
 * - omitted optional arguments (missing or empty, `F(1,,2)`) arrive as `null`;
 * - a `matrix` parameter receives a nested array, even for a single cell or a literal (`[[x]]`); blank cells are
 *   `null` as on Excel on the web, or `0` as on Excel desktop (option `blank`);
 * - a scalar parameter given a multi-cell range is lifted: the function is called once per cell and the results
 *   spill with the broadcast shape (Excel's dynamic-array behaviour for custom functions);
 * - an error value in an argument is the result, without calling the function (Excel does the same unless a
 *   function opts into capturing calculation errors);
 * - `CustomFunctions.Error` becomes the matching cell error with its message, also inside a returned matrix;
 * - any other throw is caught (a throw would abort HyperFormula's evaluation) and shows as a bare `#VALUE!`,
 *   as Excel shows an unhandled exception; the host records it in `unhandled` so tests can assert there was none;
 * - NaN, Infinity and `undefined` never reach a cell: they become `#NUM!` / blank, and are recorded too.
 *
 * Spill sizes must be known from the formula text before anything is evaluated (HyperFormula reserves the
 * spill area when it builds the dependency graph). The host derives them from the argument ranges:
 * - a function whose result is a matrix spills with the broadcast shape of its matrix arguments (rows = the
 *   largest height, columns = the largest width), which is the shape of an element-wise result;
 * - a few functions return a table whose shape does not follow their arguments (FACTOR.SCHEDULE,
 *   CREDIT.LOSSDIST). For those the host declares a fixed size (TABLE_SPILLS below, overridable per host):
 *   a shorter table is padded with blank cells, a longer one is an error `#SPILL!` that says how many rows it
 *   needed, never a silently cut table.
 */
import {
  ArraySize,
  CellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
} from "hyperformula";
import type { ConfigParams, FunctionPluginDefinition, RawCellContent } from "hyperformula";
import { FUNCTIONS } from "../src/catalogue";

/** One parameter as custom-functions-metadata writes it into functions.json. */
export interface ParameterMetadata {
  name: string;
  description?: string;
  type?: string; // "number" | "string" | "boolean" | "any"
  dimensionality?: string; // "matrix" | "scalar" (absent = scalar)
  optional?: boolean;
  repeating?: boolean;
}

/** One function as custom-functions-metadata writes it into functions.json. */
export interface FunctionMetadataJson {
  id: string;
  name: string;
  description?: string;
  parameters: ParameterMetadata[];
  result?: { type?: string; dimensionality?: string };
  options?: Record<string, unknown>;
}

/** What the add-in registers for one id: the associated function and its functions.json entry. */
export interface RegistryEntry {
  fn: (...args: never[]) => unknown;
  metadata: FunctionMetadataJson;
}

export type Registry = ReadonlyMap<string, RegistryEntry>;

/** A fixed spill area for a function whose result is a table not shaped like its arguments. */
export interface TableSpill {
  rows: number;
  columns: number;
}

/**
 * Declared spill areas for table results.
 * - FACTOR.SCHEDULE: two cash-flow rows (advance at day 0, balance when the debtor pays) of three columns
 *   (day, label, cash flow); one more row is reserved in case a header row is added.
 * - CREDIT.LOSSDIST: a CreditRisk+ loss grid (loss, probability, cumulative probability) from 0 to the sum of
 *   all bands. With the default band unit L = ceil(max exposure / 100) each obligor takes at most 100 bands, so
 *   the grid has at most 100 × n + 1 rows: 20 001 rows cover any portfolio of up to 200 obligors (a 3-obligor
 *   portfolio already takes ~600). A longer grid is reported as #SPILL! with the size needed.
 */
export const TABLE_SPILLS: Readonly<Record<string, TableSpill>> = {
  "FACTOR.SCHEDULE": { rows: 3, columns: 3 },
  "CREDIT.LOSSDIST": { rows: 20_001, columns: 3 },
};

/**
 * The spill of a table function the catalogue sizes by itself: a table of labelled rows (its cell texts: one row
 * per figure, FACTOR.PROGRAMME, CREDIT.POLICYYEAR, RECEIVABLES.AGEDBALANCE) or one row per item of its first
 * argument (CREDIT.CONTRIBUTIONS: one row per buyer). Tables sized otherwise are in TABLE_SPILLS.
 */
const catalogueSpill = (id: string, first: ArraySize | undefined): TableSpill | undefined => {
  const entry = FUNCTIONS.find((candidate) => candidate.id === id);
  if (!entry || entry.shape !== "table" || !entry.columns) return undefined;
  if (entry.cellText) return { rows: Object.keys(entry.cellText).length, columns: entry.columns.length };
  return first ? { rows: first.height * first.width, columns: entry.columns.length } : undefined;
};

export interface HostOptions {
  /**
   * How a blank cell reaches a function: `null` as on Excel on the web and newer desktop builds (default), `0`
   * as on older desktop builds (office-js issue 4702), `""` as some hosts send an empty string.
   */
  blank?: "null" | "zero" | "empty";
  /** Spill areas of table results, merged over TABLE_SPILLS. */
  tableSpills?: Record<string, TableSpill>;
  /** Extra HyperFormula configuration (licenseKey, smartRounding and useArrayArithmetic are set by the host). */
  config?: Partial<ConfigParams>;
}

/** An exception that was not a CustomFunctions.Error: Excel would show a bare #VALUE!. */
export interface UnhandledCall {
  id: string;
  error: unknown;
}

export const NAMESPACE = "ENCOURS";

const ERROR_TYPES: Readonly<Record<string, ErrorType>> = {
  "#VALUE!": ErrorType.VALUE,
  "#N/A": ErrorType.NA,
  "#DIV/0!": ErrorType.DIV_BY_ZERO,
  "#NUM!": ErrorType.NUM,
  "#REF!": ErrorType.REF,
  "#NAME?": ErrorType.NAME,
  "#NULL!": ErrorType.ERROR,
};

type Cell = number | string | boolean | null;
type HfScalar = number | string | boolean | typeof EmptyValue | CellError;
type Ast = { type: string };
type CallAst = { args: Ast[] };

/** A CustomFunctions.Error as the runtime (or testkit/customFunctions.ts) builds it. */
const isCustomFunctionsError = (value: unknown): value is { code: string; message?: string } => {
  const runtime = (globalThis as { CustomFunctions?: { Error?: new (...a: never[]) => unknown } }).CustomFunctions;
  if (runtime?.Error && value instanceof runtime.Error) return true;
  return typeof value === "object" && value !== null && typeof (value as { code?: unknown }).code === "string"
    && (value as { code: string }).code in ERROR_TYPES && !(value instanceof Error);
};

class ArgumentError {
  constructor(readonly error: CellError) {}
}

/** State shared by one registration: the registry, options and the record of unhandled throws. */
interface Binding {
  registry: Registry;
  blank: Cell;
  tableSpills: Record<string, TableSpill>;
  unhandled: UnhandledCall[];
}

/** HyperFormula values (numbers may come as typed numbers, e.g. a percentage) to what Excel hands a function. */
function toCell(value: unknown, blank: Cell, type: string | undefined): Cell {
  if (typeof value === "number") return value; // most cells: nothing to convert
  if (value instanceof CellError) throw new ArgumentError(value);
  if (value === EmptyValue || value === undefined || value === null) return blank;
  if (typeof value === "object" && "val" in (value as object)) return (value as { val: number }).val;
  if (typeof value === "string" || typeof value === "boolean") {
    if (type === "number" && typeof value === "boolean") return value ? 1 : 0;
    if (type === "number" && typeof value === "string") {
      // Excel converts numeric text for a number parameter and refuses other text before calling.
      const n = value.trim() === "" ? NaN : Number(value);
      if (Number.isFinite(n)) return n;
      throw new ArgumentError(new CellError(ErrorType.VALUE, `"${value}" is text where a number is expected`));
    }
    return value;
  }
  throw new ArgumentError(new CellError(ErrorType.VALUE, "unsupported value"));
}

/** A range's rows (or a single value, as [[value]]) as the nested array a `matrix` parameter receives. */
function toMatrix(value: unknown, blank: Cell, type: string | undefined): Cell[][] {
  if (!(value instanceof SimpleRangeValue)) return [[toCell(value, blank, type)]];
  const data = value.data as unknown[][];
  const rows: Cell[][] = new Array(data.length);
  for (let r = 0; r < data.length; r++) {
    const source = data[r];
    const row: Cell[] = new Array(source.length);
    for (let c = 0; c < source.length; c++) row[c] = toCell(source[c], blank, type);
    rows[r] = row;
  }
  return rows;
}

/** One returned element to a HyperFormula value. */
function fromResult(value: unknown, id: string, binding: Binding): HfScalar {
  if (value === null) return EmptyValue;
  if (typeof value === "number") {
    if (Number.isFinite(value)) return value;
    binding.unhandled.push({ id, error: new Error(`non-finite result ${value}`) });
    return new CellError(ErrorType.NUM, `non-finite result ${value}`);
  }
  if (typeof value === "string" || typeof value === "boolean") return value;
  if (isCustomFunctionsError(value)) return new CellError(ERROR_TYPES[value.code] ?? ErrorType.VALUE, value.message);
  binding.unhandled.push({ id, error: new Error(`unsupported result ${String(value)}`) });
  return new CellError(ErrorType.VALUE);
}

const isMatrix = (p: { dimensionality?: string } | undefined): boolean => p?.dimensionality === "matrix";

/**
 * Whether the call is a whole formula for which HyperFormula reserved one cell. HyperFormula sizes a formula
 * once, when it is built or entered, with the function's size method (sizeEncours below): a 1×1 size makes a
 * plain (scalar) formula vertex, anything larger an array vertex with that area. The vertex being evaluated is
 * in the interpreter state; when its formula is this very call and it is one cell wide and high, the declared
 * size is 1×1 without sizing the arguments again at every recalculation.
 */
function reservesOneCell(ast: CallAst, state: unknown): boolean {
  const vertex = (state as { formulaVertex?: { formula?: unknown; width: number; height: number } }).formulaVertex;
  return vertex !== undefined && vertex.formula === ast && vertex.width === 1 && vertex.height === 1;
}

function broadcast(sizes: Array<{ width: number; height: number }>): { width: number; height: number } {
  return { width: Math.max(1, ...sizes.map((s) => s.width)), height: Math.max(1, ...sizes.map((s) => s.height)) };
}

/** What the adapter needs of one function at every call, read from its metadata once per registration. */
interface Bound {
  id: string;
  fn: RegistryEntry["fn"];
  metadata: FunctionMetadataJson;
  params: ParameterMetadata[];
  /** Whether each parameter is a `matrix` one. */
  matrix: boolean[];
  /** The number of parameters that are not optional. */
  required: number;
  resultIsMatrix: boolean;
}

const bind = (id: string, entry: RegistryEntry): Bound => ({
  id,
  fn: entry.fn,
  metadata: entry.metadata,
  params: entry.metadata.parameters,
  matrix: entry.metadata.parameters.map(isMatrix),
  required: entry.metadata.parameters.filter((p) => !p.optional).length,
  resultIsMatrix: isMatrix(entry.metadata.result),
});

/** The plugin class for one registry: every ENCOURS function, built from its metadata. */
function buildPlugin(binding: Binding): { plugin: FunctionPluginDefinition; names: Record<string, string> } {
  class EncoursPlugin extends FunctionPlugin {
    static override implementedFunctions: FunctionPluginDefinition["implementedFunctions"] = {};

    /** Calls the function; any throw is returned (a CustomFunctions.Error) or recorded and shown as #VALUE!. */
    private invoke(bound: Bound, args: unknown[]): unknown {
      try {
        return bound.fn(...(args as never[]));
      } catch (error) {
        if (isCustomFunctionsError(error)) return error;
        binding.unhandled.push({ id: bound.id, error });
        return new CellError(ErrorType.VALUE);
      }
    }

    callEncours(bound: Bound, ast: CallAst, state: unknown): unknown {
      const { id, params } = bound;
      const count = params.length;
      if (ast.args.length > count || ast.args.length < bound.required) {
        return new CellError(ErrorType.NA, `${NAMESPACE}.${id} takes ${bound.required}..${count} arguments, got ${ast.args.length}`);
      }
      try {
        // Each argument is evaluated, then converted: matrix parameters to nested arrays, scalar parameters to a
        // value or a range to lift over. Every argument is evaluated even after one fails to convert, and the
        // first failure in argument order is the result.
        const args = ast.args;
        let lifted: Array<{ index: number; range: SimpleRangeValue }> | undefined;
        let failed = false;
        let failure: unknown;
        const prepared: unknown[] = new Array(count);
        for (let i = 0; i < count; i++) {
          const argAst = i < args.length ? args[i] : undefined;
          if (argAst === undefined || argAst.type === "EMPTY") {
            prepared[i] = null;
            continue;
          }
          const value = this.evaluateAst(argAst as never, state as never);
          if (failed) continue;
          try {
            const type = params[i].type;
            if (bound.matrix[i]) prepared[i] = toMatrix(value, binding.blank, type);
            else if (!(value instanceof SimpleRangeValue)) prepared[i] = toCell(value, binding.blank, type);
            else if (value.width() === 1 && value.height() === 1) prepared[i] = toCell(value.data[0][0], binding.blank, type);
            else {
              (lifted ??= []).push({ index: i, range: value });
              prepared[i] = null;
            }
          } catch (error) {
            failed = true;
            failure = error;
          }
        }
        if (failed) throw failure;
        if (lifted) return this.lift(bound, prepared, lifted);
        return this.toValue(bound, this.invoke(bound, prepared), ast, state);
      } catch (error) {
        if (error instanceof ArgumentError) return error.error;
        binding.unhandled.push({ id, error });
        return new CellError(ErrorType.VALUE);
      }
    }

    /** Excel lifts a scalar parameter given a range: one call per cell, results spilled. */
    private lift(bound: Bound, prepared: unknown[], lifted: Array<{ index: number; range: SimpleRangeValue }>): SimpleRangeValue | CellError {
      const { id, metadata } = bound;
      if (bound.resultIsMatrix) return new CellError(ErrorType.VALUE, "a range was given where one value is expected");
      const shape = broadcast(lifted.map(({ range }) => ({ width: range.width(), height: range.height() })));
      const out: HfScalar[][] = [];
      for (let r = 0; r < shape.height; r++) {
        const row: HfScalar[] = [];
        for (let c = 0; c < shape.width; c++) {
          const args = [...prepared];
          let argumentError: CellError | undefined;
          for (const { index, range } of lifted) {
            const cell = range.data[range.height() === 1 ? 0 : r]?.[range.width() === 1 ? 0 : c];
            try {
              args[index] = cell === undefined ? new CellError(ErrorType.NA) : toCell(cell, binding.blank, metadata.parameters[index].type);
            } catch (error) {
              if (!(error instanceof ArgumentError)) throw error;
              argumentError = error.error;
            }
          }
          const result = argumentError ?? this.invoke(bound, args);
          row.push(result instanceof CellError ? result : fromResult(result, id, binding));
        }
        out.push(row);
      }
      return SimpleRangeValue.onlyValues(out as never);
    }

    /** A returned value to a cell value or a spilled range of exactly the declared size. */
    private toValue(bound: Bound, result: unknown, ast: CallAst, state: unknown): unknown {
      if (result instanceof CellError) return result;
      const { id } = bound;
      // Not an array: a value, or (for a matrix function, which may throw before building its matrix) an
      // error for the whole call.
      if (!Array.isArray(result)) return fromResult(result, id, binding);
      // One value in one reserved cell (a per-row formula): the value itself. HyperFormula's evaluateAst
      // unwraps a 1×1 SimpleRangeValue into its value wherever a call's result goes (cell, argument, operand),
      // so a 1×1 range would only be built to be taken apart again.
      if (result.length === 1 && bound.resultIsMatrix && reservesOneCell(ast, state)) {
        const only: unknown = result[0];
        if (!Array.isArray(only)) return fromResult(only, id, binding);
        if (only.length === 1) return fromResult(only[0], id, binding);
      }
      const rows: HfScalar[][] = new Array(result.length);
      for (let r = 0; r < result.length; r++) {
        const source: unknown = result[r];
        if (!Array.isArray(source)) rows[r] = [fromResult(source, id, binding)];
        else {
          const row: HfScalar[] = new Array(source.length);
          for (let c = 0; c < source.length; c++) row[c] = fromResult(source[c], id, binding);
          rows[r] = row;
        }
      }
      if (!bound.resultIsMatrix) return rows[0]?.[0] ?? EmptyValue;
      const declared = this.sizeEncours(bound, ast, state);
      const height = rows.length;
      let width = 0;
      for (const row of rows) width = Math.max(width, row.length);
      if (height > declared.height || width > declared.width) {
        return new CellError(ErrorType.SPILL, `${NAMESPACE}.${id} returned ${height}×${width}, the host declared ${declared.height}×${declared.width}`);
      }
      if (height === declared.height && rows.every((row) => row.length === declared.width)) return SimpleRangeValue.onlyValues(rows as never);
      const padded: HfScalar[][] = [];
      for (let r = 0; r < declared.height; r++) {
        const row: HfScalar[] = [];
        for (let c = 0; c < declared.width; c++) row.push(rows[r]?.[c] ?? EmptyValue);
        padded.push(row);
      }
      return SimpleRangeValue.onlyValues(padded as never);
    }

    /** The spill area, from the formula text only (HyperFormula sizes arrays before evaluating anything). */
    sizeEncours(bound: Bound, ast: CallAst, state: unknown): ArraySize {
      const { id, metadata } = bound;
      const argSize = (i: number): ArraySize | undefined => {
        const a = ast.args[i];
        return a === undefined || a.type === "EMPTY" ? undefined : this.arraySizeForAst(a as never, state as never);
      };
      if (isMatrix(metadata.result)) {
        const table = binding.tableSpills[id] ?? catalogueSpill(id, argSize(0));
        if (table) return new ArraySize(table.columns, table.rows);
        const sizes = metadata.parameters.map((p, i) => (isMatrix(p) ? argSize(i) : undefined)).filter((s): s is ArraySize => !!s);
        const shape = broadcast(sizes);
        return new ArraySize(shape.width, shape.height);
      }
      const liftedSizes = metadata.parameters.map((p, i) => (isMatrix(p) ? undefined : argSize(i)))
        .filter((s): s is ArraySize => !!s && (s.width > 1 || s.height > 1));
      if (liftedSizes.length === 0) return ArraySize.scalar();
      const shape = broadcast(liftedSizes);
      return new ArraySize(shape.width, shape.height);
    }
  }

  const names: Record<string, string> = {};
  let n = 0;
  for (const [id, entry] of binding.registry) {
    const { metadata } = entry;
    const bound = bind(id, entry);
    const name = `${NAMESPACE}.${id}`.toUpperCase();
    const method = `encours${n}`;
    const sizeMethod = `encoursSize${n}`;
    n += 1;
    EncoursPlugin.implementedFunctions[name] = {
      method,
      sizeOfResultArrayMethod: sizeMethod,
      // Informational only: the adapter reads its arguments itself (runFunction's coercion is not Excel's).
      parameters: metadata.parameters.map((p) => ({
        argumentType: isMatrix(p) ? FunctionArgumentType.ANY : FunctionArgumentType.SCALAR,
        optionalArg: p.optional === true,
      })),
    };
    const proto = EncoursPlugin.prototype as unknown as Record<string, unknown>;
    proto[method] = function (this: EncoursPlugin, ast: CallAst, state: unknown) {
      return this.callEncours(bound, ast, state);
    };
    proto[sizeMethod] = function (this: EncoursPlugin, ast: CallAst, state: unknown) {
      return this.sizeEncours(bound, ast, state);
    };
    names[name] = name;
  }
  return { plugin: EncoursPlugin as unknown as FunctionPluginDefinition, names };
}

let registered: FunctionPluginDefinition | undefined;

/**
 * Excel's bare logical constants: `=F(…,TRUE)` is valid Excel, but HyperFormula only knows the functions
 * TRUE() and FALSE() and reads a bare TRUE as an unknown name (#NAME?). Named expressions fill the gap.
 */
const EXCEL_CONSTANTS = [
  { name: "TRUE", expression: "=TRUE()" },
  { name: "FALSE", expression: "=FALSE()" },
];

/** A HyperFormula workbook hosting the ENCOURS functions of `registry`. */
export class EncoursWorkbook {
  readonly hf: HyperFormula;
  /** Exceptions that were not CustomFunctions.Error (Excel: bare #VALUE!); tests expect none. */
  readonly unhandled: UnhandledCall[];

  private constructor(hf: HyperFormula, unhandled: UnhandledCall[]) {
    this.hf = hf;
    this.unhandled = unhandled;
  }

  /**
   * Builds a workbook from sheets of raw contents (values and formulas, row-major). HyperFormula registers
   * plugins globally: building a workbook replaces the ENCOURS plugin of the previous one.
   */
  static build(registry: Registry, sheets: Record<string, RawCellContent[][]>, options: HostOptions = {}): EncoursWorkbook {
    const binding: Binding = {
      registry,
      blank: options.blank === "zero" ? 0 : options.blank === "empty" ? "" : null,
      tableSpills: { ...TABLE_SPILLS, ...(options.tableSpills ?? {}) },
      unhandled: [],
    };
    const { plugin, names } = buildPlugin(binding);
    if (registered) HyperFormula.unregisterFunctionPlugin(registered);
    HyperFormula.registerFunctionPlugin(plugin, { enGB: names, enUS: names });
    registered = plugin;
    const hf = HyperFormula.buildFromSheets(sheets, {
      licenseKey: "gpl-v3",
      smartRounding: false,
      useArrayArithmetic: true, // dynamic-array Excel: ranges in scalar positions spill
      ...(options.config ?? {}),
    }, EXCEL_CONSTANTS);
    return new EncoursWorkbook(hf, binding.unhandled);
  }

  sheetId(sheet: string): number {
    const id = this.hf.getSheetId(sheet);
    if (id === undefined) throw new Error(`no sheet ${sheet}`);
    return id;
  }

  /** A cell's value by sheet name and A1 address: number, string, boolean, null (blank) or a DetailedCellError. */
  value(sheet: string, a1: string): ReturnType<HyperFormula["getCellValue"]> {
    const address = this.hf.simpleCellAddressFromString(a1, this.sheetId(sheet));
    if (!address) throw new Error(`bad address ${a1}`);
    return this.hf.getCellValue(address);
  }

  /** The values of a rectangular range, e.g. "A1:C3". */
  values(sheet: string, a1Range: string): ReturnType<HyperFormula["getRangeValues"]> {
    const range = this.hf.simpleCellRangeFromString(a1Range, this.sheetId(sheet));
    if (!range) throw new Error(`bad range ${a1Range}`);
    return this.hf.getRangeValues(range);
  }

  /** Sets one cell and returns the cells whose values changed, as "Sheet!A1" strings, sorted. */
  set(sheet: string, a1: string, content: RawCellContent): string[] {
    const address = this.hf.simpleCellAddressFromString(a1, this.sheetId(sheet));
    if (!address) throw new Error(`bad address ${a1}`);
    const changes = this.hf.setCellContents(address, content);
    return changes
      .filter((c): c is typeof c & { address: { sheet: number; row: number; col: number } } => "address" in c)
      .map((c) => `${this.hf.getSheetName(c.address.sheet)}!${this.hf.simpleCellAddressToString(c.address, c.address.sheet)?.split("!").pop()}`)
      .sort();
  }

  destroy(): void {
    this.hf.destroy();
  }
}

/** A1 column letters for a zero-based column index: the proposal sheets' own. */
export { columnLetter } from "../src/taskpane/proposals/layout";
