/**
 * Declarative argument specs of the Excel functions (HyperFormula's `FunctionPlugin` argument metadata, in
 * small): each spec says how one argument's Excel values become what the core expects. The specs know
 * Excel's value forms — omitted arguments, blank cells, numeric text, TRUE/FALSE, ranges — and nothing about
 * the domain: bounds (a rate between 0 and 1, days of 0 or more) are checked once, by the core, with its
 * messages ("advance_rate must be between 0 and 1 (90% or 0.9)").
 *
 * How Excel values are read (the decisions where the catalogue is silent, taken as Excel's own functions do):
 * - an omitted argument arrives as `null`: it takes the spec's default;
 * - a blank cell arrives as 0 (Excel desktop), `null` (Excel on the web) or "": it counts as 0, except for
 *   `optionalOrNone` (credit limits), where blank — and therefore 0, which is what desktop sends for a blank —
 *   means "no limit";
 * - TRUE/FALSE in a number argument count as 1/0, as in Excel arithmetic (=TRUE*1 is 1, =ABS(TRUE) is 1);
 * - numeric text counts as the number it spells, as in Excel arithmetic (="0.9"*1 is 0.9, ="90%"*1 is 0.9):
 *   digits with an optional sign, decimal point, exponent, trailing % and spaces between digit groups
 *   ("1 000"); any other text, including "0,9" or "1,000" whose meaning depends on the locale, is #VALUE!
 *   naming the argument (and the cell, in a range);
 * - an error value in a cell (#N/A) passes through unchanged, as Excel's own functions propagate errors.
 */
import { type Bilingual, CoreError, type CoreErrorCode, CORE_MESSAGES as MESSAGES } from "../core";
import { isExcelError } from "./errors";

/** Throws the CoreError of a problem with an argument's form; errors.ts maps it to the Excel error. */
export const fail = (code: CoreErrorCode, message: Bilingual, argument: string): never => {
  throw new CoreError(code, message.en, message.fr, argument);
};

/** A range as Excel passes it (array of rows), flattened row-major; a single value is a 1×1 grid. */
export interface Grid {
  readonly rows: number;
  readonly columns: number;
  readonly cells: readonly unknown[];
}

/** An optional argument left out: Excel passes `null` (and JavaScript callers `undefined`). */
export const isOmitted = (value: unknown): value is null | undefined => value === null || value === undefined;

const isBlank = (value: unknown): boolean => isOmitted(value) || value === "";

/** "3×1": rows × columns, as Excel's status bar counts a selection. */
export const gridShape = (grid: Grid): string => `${grid.rows}×${grid.columns}`;

export const isSingleCell = (grid: Grid): boolean => grid.rows === 1 && grid.columns === 1;

/**
 * Excel's matrix (rows of cells) as a grid; a scalar is 1×1, a flat list one row (like the constant {1,2,3}).
 * Written as loops rather than some/every/flat (called once per argument of every call, 30 000 times in a
 * 10 000-row sheet), with their semantics: empty slots of a sparse array are skipped, as those methods skip them.
 */
export const toGrid = (value: unknown, argument: string): Grid => {
  if (!Array.isArray(value)) return { rows: 1, columns: 1, cells: [value] };
  const rows = value.length;
  if (rows === 0) return fail("NA", MESSAGES.empty(argument), argument);
  const first: unknown = value[0];
  // The usual cases first: one cell ([[x]]) and a column ([[x], [y], …]).
  if (rows === 1 && Array.isArray(first) && first.length === 1 && 0 in first) return { rows: 1, columns: 1, cells: [first[0]] };
  let nested = false;
  for (let r = 0; r < rows; r++) {
    if (r in value && Array.isArray(value[r])) {
      nested = true;
      break;
    }
  }
  if (!nested) return { rows: 1, columns: rows, cells: value };
  const columns = Array.isArray(first) ? first.length : -1;
  for (let r = 0; r < rows; r++) {
    if (!(r in value)) continue;
    const row: unknown = value[r];
    if (!Array.isArray(row) || row.length !== columns) return fail("VALUE", MESSAGES.notRectangular(argument), argument);
  }
  if (columns === 0) return fail("NA", MESSAGES.empty(argument), argument);
  const cells: unknown[] = [];
  for (let r = 0; r < rows; r++) {
    if (!(r in value)) continue;
    const row = value[r] as unknown[];
    for (let c = 0; c < columns; c++) if (c in row) cells.push(row[c]);
  }
  return { rows, columns, cells };
};

/** How a message names one cell: the argument alone for a single value, with its row and column in a range. */
export const cellLabel = (argument: string, grid: Grid, index: number): Bilingual =>
  isSingleCell(grid)
    ? { en: argument, fr: argument }
    : MESSAGES.cell(argument, Math.floor(index / grid.columns) + 1, (index % grid.columns) + 1);

/**
 * The name of a value in a message, or a function giving it: a range cell's label ("exposures (row 2,
 * column 1)") is built only when a message about that cell is written, not for every cell read.
 */
export type Label = Bilingual | (() => Bilingual);

const labelText = (label: Label): Bilingual => (typeof label === "function" ? label() : label);

/** A finite number: what almost every cell of a portfolio holds, read without any other check. */
export const isFiniteNumber = (value: unknown): value is number => typeof value === "number" && Number.isFinite(value);

// Numeric text as Excel's arithmetic reads it, once spaces between digit groups are taken out.
const NUMERIC_TEXT = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?%?$/i;

/** One Excel value as a number (see the rules at the top of the file). */
export const readNumber = (value: unknown, label: Label, argument: string): number => {
  if (typeof value === "number") return Number.isFinite(value) ? value : fail("VALUE", MESSAGES.notANumberInExcel(labelText(label)), argument);
  if (typeof value === "boolean") return value ? 1 : 0;
  if (isBlank(value)) return 0;
  if (isExcelError(value)) throw value;
  if (typeof value === "string") {
    const compact = value.replace(/\s/g, "");
    if (NUMERIC_TEXT.test(compact)) {
      const percent = compact.endsWith("%");
      const number = Number(percent ? compact.slice(0, -1) : compact);
      const result = percent ? number / 100 : number;
      if (Number.isFinite(result)) return result;
    }
    return fail("VALUE", MESSAGES.notNumericText(labelText(label), value), argument);
  }
  return fail("VALUE", MESSAGES.notANumberInExcel(labelText(label)), argument);
};

const TRUE_TEXT = new Set(["TRUE", "VRAI"]);
const FALSE_TEXT = new Set(["FALSE", "FAUX"]);

/** One Excel value as TRUE/FALSE: as Excel's IF reads it (numbers: 0 is FALSE), plus the text TRUE/FALSE (or VRAI/FAUX). */
const readBoolean = (value: unknown, label: Label, argument: string, blank: boolean): boolean => {
  if (typeof value === "boolean") return value;
  if (typeof value === "number" && Number.isFinite(value)) return value !== 0;
  if (isBlank(value)) return blank;
  if (isExcelError(value)) throw value;
  if (typeof value === "string") {
    const word = value.trim().toUpperCase();
    if (TRUE_TEXT.has(word)) return true;
    if (FALSE_TEXT.has(word)) return false;
    return fail("VALUE", MESSAGES.notTrueFalse(labelText(label), value), argument);
  }
  return fail("VALUE", MESSAGES.notTrueFalse(labelText(label)), argument);
};

/** How one cell (or a single-value argument) is read. */
export interface CellSpec<T> {
  readonly kind: "cell";
  /** The value of the argument when it is omitted. */
  readonly omitted: T;
  /** One Excel value as T; throws a CoreError (or the Excel error value the cell held). */
  readonly read: (value: unknown, label: Label, argument: string) => T;
  /** What `read` gives for a finite number (it cannot fail): the fast path for cells that hold one. */
  readonly fromNumber: (value: number) => T;
}

/** One cell through `spec`: a finite number by the fast path, anything else by `read` (label built on failure only). */
export const readCell = <T>(spec: CellSpec<T>, value: unknown, label: Label, argument: string): T =>
  isFiniteNumber(value) ? spec.fromNumber(value) : spec.read(value, label, argument);

const itself = (value: number): number => value;

/** A number; omitted counts as 0, as an empty argument does in Excel's own functions. */
export const num = (): CellSpec<number> => ({ kind: "cell", omitted: 0, read: readNumber, fromNumber: itself });

/** The same spec with a default for when the argument is omitted (blank cells still count as 0). */
export const optional = <T>(spec: CellSpec<T>, fallback: T): CellSpec<T> => ({ ...spec, omitted: fallback });

/** TRUE/FALSE; omitted or blank is FALSE. */
export const bool = (): CellSpec<boolean> => ({
  kind: "cell",
  omitted: false,
  read: (value, label, argument) => readBoolean(value, label, argument, false),
  fromNumber: (value) => value !== 0,
});

/**
 * A number where blank means "none" (credit_limit): omitted, blank or 0 gives null. 0 is included because
 * Excel desktop sends a blank cell as 0, so only this reading gives the same answer on every platform.
 */
export const optionalOrNone = (): CellSpec<number | null> => ({
  kind: "cell",
  omitted: null,
  read: (value, label, argument) => {
    const number = readNumber(value, label, argument);
    return number === 0 ? null : number;
  },
  fromNumber: (value) => (value === 0 ? null : value),
});

/** A range read as a list (a portfolio): row-major, optionally required to have another range's shape. */
export interface RangeSpec<R> {
  readonly kind: "range";
  /** The argument whose shape this range must have (exposures for pds). */
  readonly sameShapeAs?: string;
  /** A single cell is one value for every row of `sameShapeAs` (lgds = 0.45 for all), not a 1-row list. */
  readonly singleBroadcasts: boolean;
  /** A required range omitted is #N/A (no data); an optional one takes `omitted`. */
  readonly required: boolean;
  readonly omitted?: R;
  readonly read: (grid: Grid, argument: string) => R;
}

const readList = <T>(cell: CellSpec<T>, grid: Grid, argument: string): T[] =>
  grid.cells.map((value, index) => (isFiniteNumber(value) ? cell.fromNumber(value) : cell.read(value, () => cellLabel(argument, grid, index), argument)));

/** A required range read as a list, every cell through `cell`. */
export const range = <T>(cell: CellSpec<T>, options: { sameShapeAs?: string } = {}): RangeSpec<T[]> => ({
  kind: "range",
  sameShapeAs: options.sameShapeAs,
  singleBroadcasts: false,
  required: true,
  read: (grid, argument) => readList(cell, grid, argument),
});

/**
 * A range shaped like `sameShapeAs`, or one value for all of it (lgds, period_days, credit_limits); omitted
 * gives `cell.omitted` for all.
 */
export const rangeOrSingle = <T>(cell: CellSpec<T>, options: { sameShapeAs: string }): RangeSpec<T[] | T> => ({
  kind: "range",
  sameShapeAs: options.sameShapeAs,
  singleBroadcasts: true,
  required: false,
  omitted: cell.omitted,
  read: (grid, argument) => (isSingleCell(grid) ? readCell(cell, grid.cells[0], { en: argument, fr: argument }, argument) : readList(cell, grid, argument)),
});

/**
 * As `rangeOrSingle`, but an omitted argument gives `undefined`, so that the function can tell "not given"
 * from any value a cell can hold (cover terms: given at all, the loss modelled is the retained one).
 */
export const rangeOrSingleIfGiven = <T>(cell: CellSpec<T>, options: { sameShapeAs: string }): RangeSpec<T[] | T | undefined> => ({
  ...rangeOrSingle(cell, options),
  omitted: undefined,
});

/**
 * A number, or text passed through as it is (payment terms: 45, or "45 jours fin de mois"): numeric text reads
 * as its number, other text is left for the core to read (and to refuse with a message naming the argument).
 */
export const numberOrText = (): CellSpec<number | string> => ({
  kind: "cell",
  omitted: 0,
  read: (value, label, argument) => {
    if (typeof value === "string" && !isBlank(value) && !NUMERIC_TEXT.test(value.replace(/\s/g, ""))) return value;
    return readNumber(value, label, argument);
  },
  fromNumber: itself,
});

/** A range read as rows of numbers (a correlation matrix), every cell through `cell`. */
export const matrix = <T>(cell: CellSpec<T>): RangeSpec<T[][]> => ({
  kind: "range",
  singleBroadcasts: false,
  required: false,
  omitted: undefined,
  read: (grid, argument) => {
    const cells = readList(cell, grid, argument);
    return Array.from({ length: grid.rows }, (_, row) => cells.slice(row * grid.columns, (row + 1) * grid.columns));
  },
});
