/**
 * The three shapes of Encours functions, built from argument specs (args.ts) and a compute step that calls
 * the core. Each builder returns the positional function Excel calls (arguments in the specs' key order) and
 * guarantees what reaches a cell: finite numbers (or a table's text labels), or an Excel error.
 *
 * - `elementwise`: range-aware functions. Every argument may be a range; single cells broadcast; the result
 *   spills with the ranges' common shape. A problem in one cell stays in that cell of the spill.
 * - `aggregate`: ranges read as a portfolio, one number back.
 * - `table`: single values (or a portfolio) in, a spilled table out.
 */
import { CoreError } from "../core";
import { type CellSpec, cellLabel, fail, type Grid, gridShape, isOmitted, isSingleCell, type RangeSpec, toGrid } from "./args";
import { type ExcelError, isExcelError, toExcelError } from "./errors";
import { MESSAGES } from "./messages";

type Spec = CellSpec<unknown> | RangeSpec<unknown>;
type ValueOf<S> = S extends CellSpec<infer T> ? T : S extends RangeSpec<infer R> ? R : never;
/** The arguments as the compute step receives them, named as in Excel (snake_case). */
export type Values<S extends Record<string, Spec>> = { [K in keyof S]: ValueOf<S[K]> };

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

/** Range-aware: every argument a cell spec, broadcast over the common shape of the ranges given. */
export const elementwise = <S extends Record<string, CellSpec<unknown>>>(specs: S, compute: (values: Values<S>) => number) => {
  const names = Object.keys(specs);
  return (...args: unknown[]): Cell[][] =>
    guarded(() => {
      const grids = names.map((name, i) => (isOmitted(args[i]) ? undefined : toGrid(args[i], name)));
      let shaped: { name: string; grid: Grid } | undefined;
      grids.forEach((grid, i) => {
        if (!grid || isSingleCell(grid)) return;
        if (shaped) assertSameShape(shaped.name, shaped.grid, names[i], grid);
        else shaped = { name: names[i], grid };
      });
      // Single values are read once, not once per cell of a 10 000-row spill; their problem, if any, is kept.
      const readers = names.map((name, i): ((index: number) => unknown) => {
        const spec = specs[name];
        const grid = grids[i];
        if (!grid) return () => spec.omitted;
        if (!isSingleCell(grid)) return (index) => spec.read(grid.cells[index], cellLabel(name, grid, index), name);
        let single: { value: unknown } | { problem: unknown };
        try {
          single = { value: spec.read(grid.cells[0], { en: name, fr: name }, name) };
        } catch (problem) {
          single = { problem };
        }
        return () => {
          if ("problem" in single) throw single.problem;
          return single.value;
        };
      });
      const rows = shaped?.grid.rows ?? 1;
      const columns = shaped?.grid.columns ?? 1;
      const result: Cell[][] = [];
      for (let row = 0; row < rows; row++) {
        const line: Cell[] = [];
        for (let column = 0; column < columns; column++) {
          const index = row * columns + column;
          try {
            const values: Record<string, unknown> = {};
            names.forEach((name, i) => {
              values[name] = readers[i](index);
            });
            line.push(finite(compute(values as Values<S>)));
          } catch (problem) {
            line.push(toExcelError(problem));
          }
        }
        result.push(line);
      }
      // One cell: Excel shows a thrown error's message most reliably, so a lone error is thrown.
      if (rows === 1 && columns === 1 && isExcelError(result[0][0])) throw result[0][0];
      return result;
    });
};

/**
 * Reads the arguments of an aggregate or table function: shapes first (so a mismatch is reported before the
 * cells' contents), then values. A cell spec here is a single value: a range of more than one cell is #VALUE!.
 */
const readArguments = <S extends Record<string, Spec>>(specs: S, args: unknown[]): Values<S> => {
  const names = Object.keys(specs);
  const grids = new Map<string, Grid>();
  names.forEach((name, i) => {
    const spec = specs[name];
    if (isOmitted(args[i])) {
      if (spec.kind === "range" && spec.required) fail("NA", MESSAGES.emptyRange(name), name);
      return;
    }
    const grid = toGrid(args[i], name);
    if (spec.kind === "cell" && !isSingleCell(grid)) fail("VALUE", MESSAGES.notASingleValue(name, gridShape(grid)), name);
    grids.set(name, grid);
  });
  names.forEach((name) => {
    const spec = specs[name];
    const grid = grids.get(name);
    if (spec.kind !== "range" || !spec.sameShapeAs || !grid) return;
    const pairedGrid = grids.get(spec.sameShapeAs);
    if (!pairedGrid || (spec.singleBroadcasts && isSingleCell(grid))) return;
    assertSameShape(spec.sameShapeAs, pairedGrid, name, grid);
  });
  const values: Record<string, unknown> = {};
  names.forEach((name) => {
    const spec = specs[name];
    const grid = grids.get(name);
    if (spec.kind === "cell") values[name] = grid ? spec.read(grid.cells[0], { en: name, fr: name }, name) : spec.omitted;
    else values[name] = grid ? spec.read(grid, name) : spec.omitted;
  });
  return values as Values<S>;
};

/** Ranges read as a portfolio, one number back. */
export const aggregate =
  <S extends Record<string, Spec>>(specs: S, compute: (values: Values<S>) => number) =>
  (...args: unknown[]): number =>
    guarded(() => finite(compute(readArguments(specs, args))));

/** A spilled table: numbers, and text only where the function documents labels. */
export const table =
  <S extends Record<string, Spec>>(specs: S, compute: (values: Values<S>) => Array<Array<number | string>>) =>
  (...args: unknown[]): Cell[][] =>
    guarded(() => compute(readArguments(specs, args)).map((row) => row.map((cell) => (typeof cell === "string" ? cell : finite(cell)))));
