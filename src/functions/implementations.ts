/**
 * Every Excel function of the catalogue, built from its entry: the argument specs come from the parameters'
 * kinds and forms, in the catalogue's declared order; the compute step calls the core function the entry
 * names with an options object under the parameters' core keys. Omitted optional arguments reach the core as
 * `undefined`, so the core applies the catalogue's default, once. Adding a function adds no code here.
 */
import { type FunctionEntry, FUNCTIONS, parametersOf, type ResolvedParameter } from "../catalogue";
import { bool, type CellSpec, matrix, num, numberOrText, optionalOrNone, range, type RangeSpec, rangeOrSingle } from "./args";
import { aggregate, type Argument, type Cell, elementwise, table, type Values } from "./broadcast";

/** How one cell of a parameter is read; an optional parameter omitted is `undefined` (the core's default applies). */
const cellSpecOf = (parameter: ResolvedParameter): CellSpec<unknown> => {
  const spec: CellSpec<unknown> =
    parameter.kind === "boolean"
      ? bool()
      : parameter.kind === "limit" || parameter.kind === "dateOrNone" || parameter.kind === "daysOrNone"
        ? optionalOrNone()
        : parameter.kind === "terms"
          ? numberOrText()
          : num();
  return parameter.optional ? { ...spec, omitted: undefined } : spec;
};

/** How an aggregate or table function reads a parameter: one value, a list, or one value per item. */
const specOf = (parameter: ResolvedParameter): CellSpec<unknown> | RangeSpec<unknown> => {
  const cell = cellSpecOf(parameter);
  if (parameter.form === "list") return range(cell, { sameShapeAs: parameter.sameShapeAs });
  if (parameter.form === "perItem") return rangeOrSingle(cell, { sameShapeAs: parameter.sameShapeAs ?? "" });
  if (parameter.form === "matrix") return matrix(cell);
  return cell;
};

type CoreFunction = (options: Values) => unknown;

/** The core function an entry names, called with the values under the parameters' keys. */
const coreFunction = (entry: FunctionEntry): CoreFunction => entry.core as unknown as CoreFunction;

/** The number a function returns: the core's result, or the field of it that the entry picks. */
const numberOf = (entry: FunctionEntry, compute: CoreFunction) => {
  const pick = entry.pick;
  return pick === undefined ? (values: Values) => compute(values) as number : (values: Values) => (compute(values) as Record<string, number>)[pick];
};

/** A table function's rows: the entry's columns of each row the core returns, codes written as the entry's cell text. */
const rowsOf = (entry: FunctionEntry, compute: CoreFunction) => {
  const columns = entry.columns ?? [];
  const text = entry.cellText ?? {};
  return (values: Values): Array<Array<number | string>> =>
    (compute(values) as Array<Record<string, number | string>>).map((row) =>
      columns.map((column) => {
        const cell = row[column];
        return typeof cell === "string" ? (text[cell] ?? cell) : cell;
      }),
    );
};

/**
 * Lists that end at their last value (a sales history over a whole column): their trailing zeros (blank cells
 * read as 0) are dropped, and so are the matching cells of the per-item values shaped like them.
 */
const endingAtLastValue = (parameters: readonly ResolvedParameter[], compute: CoreFunction): CoreFunction => {
  const lists = parameters.filter((p) => p.trailingBlanksEnd);
  if (lists.length === 0) return compute;
  const followers = lists.map((list) => parameters.filter((p) => p.sameShapeAs === list.name && p.form === "perItem").map((p) => p.key));
  return (values) => {
    const cut: Values = { ...values };
    lists.forEach((list, i) => {
      const items = values[list.key];
      if (!Array.isArray(items)) return;
      let length = items.length;
      while (length > 0 && items[length - 1] === 0) length--;
      if (length === items.length) return;
      cut[list.key] = items.slice(0, length);
      for (const key of followers[i]) if (Array.isArray(values[key])) cut[key] = (values[key] as unknown[]).slice(0, length);
    });
    return compute(cut);
  };
};

const build = (entry: FunctionEntry): ((...args: unknown[]) => number | Cell[][]) => {
  const parameters = parametersOf(entry);
  const compute = endingAtLastValue(parameters, coreFunction(entry));
  if (entry.shape === "elementwise") {
    return elementwise(
      parameters.map((p): Argument<CellSpec<unknown>> => ({ name: p.name, key: p.key, spec: cellSpecOf(p) })),
      numberOf(entry, compute),
    );
  }
  const args = parameters.map((p): Argument => ({ name: p.name, key: p.key, spec: specOf(p) }));
  return entry.shape === "aggregate" ? aggregate(args, numberOf(entry, compute)) : table(args, rowsOf(entry, compute));
};

/** Each function by id, as Excel calls it (positional arguments). */
export const IMPLEMENTATIONS: ReadonlyMap<string, (...args: unknown[]) => number | Cell[][]> = new Map(
  FUNCTIONS.map((entry) => [entry.id, build(entry)]),
);

/** The implementation of a function id (the generated wrappers call it). */
export const implementation = (id: string): ((...args: unknown[]) => number | Cell[][]) => {
  const fn = IMPLEMENTATIONS.get(id);
  if (!fn) throw new Error(`no implementation of ${id}`);
  return fn;
};
