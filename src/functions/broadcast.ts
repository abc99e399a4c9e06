/**
 * The three shapes of Encours functions, built from argument specs (args.ts) and a compute step that calls
 * the core. Each builder returns the positional function Excel calls, its arguments in the order of the list
 * it is given (the catalogue's declared order, never an object's key order), and guarantees what reaches a
 * cell: finite numbers (or a table's text labels), or an Excel error. The compute step receives the values
 * under the core's option keys, omitted ones as `undefined`, so that the core applies each default once.
 *
 * - `elementwise`: range-aware functions. Every argument may be a range; single cells broadcast; the result
 *   spills with the ranges' common shape. A problem in one cell stays in that cell of the spill.
 * - `aggregate`: ranges read as a portfolio, one number back.
 * - `table`: single values (or a portfolio) in, a spilled table out.
 */
import { CoreError, CORE_MESSAGES as MESSAGES } from "../core";
import { type CellSpec, cellLabel, fail, type Grid, gridShape, isFiniteNumber, isOmitted, isSingleCell, type RangeSpec, readCell, toGrid } from "./args";
import { type ExcelError, isExcelError, toExcelError } from "./errors";

type Spec = CellSpec<unknown> | RangeSpec<unknown>;

/** One argument of a function, in Excel's position order: its Excel name (messages), core key (values), spec. */
export interface Argument<S extends Spec = Spec> {
  readonly name: string;
  readonly key: string;
  readonly spec: S;
}

/** The arguments as the compute step receives them, under the core's option keys. */
export type Values = Record<string, unknown>;

/** An argument list from named specs, in the order written (for hand-built functions such as tests'; each name is its key). */
export const argumentsOf = <S extends Spec>(specs: ReadonlyArray<readonly [string, S]>): Array<Argument<S>> =>
  specs.map(([name, spec]) => ({ name, key: name, spec }));

/** A cell of a spilled result: a number, a table's text label, or an error in its own cell. */
export type Cell = number | string | ExcelError;

/** A number for a cell: never NaN or Infinity (the core guarantees it; this is the last guard). */
const finite = (value: unknown): number => {
  if (typeof value === "number" && Number.isFinite(value)) return value === 0 ? 0 : value;
  throw new CoreError("NUM", MESSAGES.notFinite().en, MESSAGES.notFinite().fr);
};

/** Runs `body`; every problem leaves as an Excel error (thrown, as Excel's runtime expects). */
const guarded = <R>(body: () => R): R => {
  try {
    return body();
  } catch (problem) {
    throw toExcelError(problem);
  }
};

const assertSameShape = (first: string, firstGrid: Grid, second: string, secondGrid: Grid): void => {
  if (firstGrid.rows !== secondGrid.rows || firstGrid.columns !== secondGrid.columns) {
    fail("VALUE", MESSAGES.shapeMismatch(first, gridShape(firstGrid), second, gridShape(secondGrid)), second);
  }
};

/** [[x]]: how Excel passes a single value to a range-aware parameter. */
const isOneByOne = (value: unknown): value is [[unknown]] =>
  Array.isArray(value) && value.length === 1 && Array.isArray(value[0]) && value[0].length === 1 && 0 in value[0];

/**
 * Range-aware: every argument a cell spec, broadcast over the common shape of the ranges given.
 *
 * The loop over the cells is the hot path of a spilled column (10 000 cells) and of a sheet filled with one
 * formula per row (10 000 calls): nothing is allocated per cell but the result, one values object is reused
 * for every cell (the compute steps copy what they need from it and keep no reference), and a label for a
 * message is built only when a cell is wrong.
 */
export const elementwise = <V extends Values = Values>(args: ReadonlyArray<Argument<CellSpec<unknown>>>, compute: (values: V) => number) => {
  const names = args.map((arg) => arg.name);
  const keys = args.map((arg) => arg.key);
  const cellSpecs = args.map((arg) => arg.spec);
  const singleLabels = names.map((name) => ({ en: name, fr: name }));
  const count = names.length;
  return (...given: unknown[]): Cell[][] => {
    try {
      const grids: Array<Grid | undefined> = new Array(count);
      let shaped: Grid | undefined;
      let shapedName = "";
      for (let i = 0; i < count; i++) {
        const arg = given[i];
        // A single value ([[x]], or x from a JavaScript caller) is a 1×1 grid; the common case gets its own.
        const grid = isOmitted(arg) ? undefined : isOneByOne(arg) ? { rows: 1, columns: 1, cells: arg[0] } : toGrid(arg, names[i]);
        grids[i] = grid;
        if (!grid || isSingleCell(grid)) continue;
        if (shaped) assertSameShape(shapedName, shaped, names[i], grid);
        else {
          shaped = grid;
          shapedName = names[i];
        }
      }
      // Single values are read once, not once per cell of a 10 000-row spill; their problem, if any, is kept
      // and becomes the error of every cell that reaches it (arguments are read in order, cell by cell).
      const values: Values = {};
      const ranges: Array<Grid | undefined> = new Array(count);
      const problems: unknown[] = new Array(count);
      const failed: boolean[] = new Array(count);
      for (let i = 0; i < count; i++) {
        const spec = cellSpecs[i];
        const grid = grids[i];
        values[keys[i]] = undefined;
        failed[i] = false;
        if (!grid) values[keys[i]] = spec.omitted;
        else if (!isSingleCell(grid)) ranges[i] = grid;
        else {
          try {
            values[keys[i]] = readCell(spec, grid.cells[0], singleLabels[i], names[i]);
          } catch (problem) {
            problems[i] = problem;
            failed[i] = true;
          }
        }
      }
      const rows = shaped?.rows ?? 1;
      const columns = shaped?.columns ?? 1;
      const result: Cell[][] = new Array(rows);
      // A cell whose range values are the very ones of the cell before it (the blank tail of a whole column,
      // a repeated row) gets the same result without computing it again: 1 048 576 rows of a column that holds
      // 100 values cost 100 computations, not a million errors built one by one.
      const rangeIndexes: number[] = [];
      if (shaped) for (let i = 0; i < count; i++) if (ranges[i]) rangeIndexes.push(i);
      let previous: Cell | undefined;
      for (let row = 0; row < rows; row++) {
        const line: Cell[] = new Array(columns);
        for (let column = 0; column < columns; column++) {
          const index = row * columns + column;
          if (previous !== undefined && index > 0) {
            let same = true;
            for (const i of rangeIndexes) {
              const cells = (ranges[i] as Grid).cells;
              const value = cells[index];
              // Only values that read without a message naming their cell (text would name its row).
              if (!Object.is(value, cells[index - 1]) || !(typeof value === "number" || typeof value === "boolean" || value === null || value === undefined || value === "")) {
                same = false;
                break;
              }
            }
            if (same) {
              line[column] = previous;
              continue;
            }
          }
          try {
            for (let i = 0; i < count; i++) {
              const grid = ranges[i];
              if (grid) {
                const value = grid.cells[index];
                values[keys[i]] = isFiniteNumber(value)
                  ? cellSpecs[i].fromNumber(value)
                  : cellSpecs[i].read(value, () => cellLabel(names[i], grid, index), names[i]);
              } else if (failed[i]) throw problems[i];
            }
            line[column] = finite(compute(values as V));
          } catch (problem) {
            line[column] = toExcelError(problem);
          }
          previous = line[column];
        }
        result[row] = line;
      }
      // One cell: Excel shows a thrown error's message most reliably, so a lone error is thrown.
      if (rows === 1 && columns === 1 && isExcelError(result[0][0])) throw result[0][0];
      return result;
    } catch (problem) {
      throw toExcelError(problem);
    }
  };
};

/**
 * Reads the arguments of an aggregate or table function: shapes first (so a mismatch is reported before the
 * cells' contents), then values. A cell spec here is a single value: a range of more than one cell is #VALUE!.
 */
const readArguments = <V extends Values>(args: readonly Argument[], given: unknown[]): V => {
  const grids = new Map<string, Grid>();
  args.forEach(({ name, spec }, i) => {
    if (isOmitted(given[i])) {
      if (spec.kind === "range" && spec.required) fail("NA", MESSAGES.empty(name), name);
      return;
    }
    const grid = toGrid(given[i], name);
    if (spec.kind === "cell" && !isSingleCell(grid)) fail("VALUE", MESSAGES.notASingleValue(name, gridShape(grid)), name);
    grids.set(name, grid);
  });
  for (const { name, spec } of args) {
    const grid = grids.get(name);
    if (spec.kind !== "range" || !spec.sameShapeAs || !grid) continue;
    const pairedGrid = grids.get(spec.sameShapeAs);
    if (!pairedGrid || (spec.singleBroadcasts && isSingleCell(grid))) continue;
    assertSameShape(spec.sameShapeAs, pairedGrid, name, grid);
  }
  const values: Values = {};
  for (const { name, key, spec } of args) {
    const grid = grids.get(name);
    if (spec.kind === "cell") values[key] = grid ? readCell(spec, grid.cells[0], { en: name, fr: name }, name) : spec.omitted;
    else values[key] = grid ? spec.read(grid, name) : spec.omitted;
  }
  return values as V;
};

/** Ranges read as a portfolio, one number back. */
export const aggregate =
  <V extends Values = Values>(args: readonly Argument[], compute: (values: V) => number) =>
  (...given: unknown[]): number =>
    guarded(() => finite(compute(readArguments<V>(args, given))));

/** A spilled table: numbers, and text only where the function documents labels. */
export const table =
  <V extends Values = Values>(args: readonly Argument[], compute: (values: V) => Array<Array<number | string>>) =>
  (...given: unknown[]): Cell[][] =>
    guarded(() => compute(readArguments<V>(args, given)).map((row) => row.map((cell) => (typeof cell === "string" ? cell : finite(cell)))));
