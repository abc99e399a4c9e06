// Fuzz: every function, called BY ID as Excel calls it, with Excel-shaped inputs of every kind (numbers of
// any size, blanks as 0, null or "", numeric and other text, TRUE/FALSE, error values from cells, ranges of
// matching or clashing shapes, empty ranges). Whatever comes in, what reaches a cell is a finite number (or
// FACTOR.SCHEDULE's documented labels), or an Excel error of a known code whose #VALUE!/#N/A carries a message.
// A raw exception escaping a function fails the property (callAsExcel rethrows anything but an Excel error).
import fc from "fast-check";
import { functionEntry, isParameterName, parametersOf, PARAMETERS } from "../../src/catalogue";
import { CATALOGUE } from "../support/catalogue";
import { callAsExcel, loadRegistry, type ParameterMetadata, type Registry } from "../../testkit/registry";

const RUNS_PER_FUNCTION = 600;
/** Distinct argument shapes each function must be called with, per parameter (one parameter reaches about 20). */
const MIN_SHAPES_PER_PARAMETER = 10;
const KNOWN_CODES = ["#VALUE!", "#N/A", "#DIV/0!", "#NUM!"];
/** The text a table function may write in a cell: its documented labels (the catalogue's cellText), nothing else. */
const labelsOf = (id: string): string[] => Object.values(functionEntry(id).cellText ?? {});

let registry: Registry;
beforeAll(async () => {
  registry = await loadRegistry();
});

const cellErrors = [
  new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable, "no data in the sheet"),
  new CustomFunctions.Error(CustomFunctions.ErrorCode.divisionByZero),
];

/** One cell as Excel may hand it over. */
const excelValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: fc.double({ min: 0, max: 1, noNaN: true }) },
  { weight: 6, arbitrary: fc.double({ min: -1e3, max: 1e7, noNaN: true }) },
  { weight: 4, arbitrary: fc.integer({ min: -5, max: 400 }) },
  { weight: 1, arbitrary: fc.constantFrom(0, 1, 30, 360, 365, 1e300, -1e300, 5e-324, 1e-12) },
  { weight: 1, arbitrary: fc.double() },
  { weight: 2, arbitrary: fc.constantFrom(null, "", 0) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constantFrom("0.9", "90%", "1 000", "60", "abc", "TRUE", "VRAI", "0,9", " ", "1e400", "-0.5") },
  { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
  { weight: 1, arbitrary: fc.constantFrom(...cellErrors) },
);

const gridOf = (cell: fc.Arbitrary<unknown>, rows: number, columns: number): fc.Arbitrary<unknown[][]> =>
  fc.array(fc.array(cell, { minLength: columns, maxLength: columns }), { minLength: rows, maxLength: rows });
const grid = (rows: number, columns: number): fc.Arbitrary<unknown[][]> => gridOf(excelValue, rows, columns);

/** One argument: omitted, a single value, a range of the call's common shape, of another shape, or empty. */
const excelArgument = (rows: number, columns: number): fc.Arbitrary<unknown> =>
  fc.oneof(
    { weight: 2, arbitrary: fc.constant(null) },
    { weight: 5, arbitrary: excelValue },
    { weight: 5, arbitrary: grid(rows, columns) },
    { weight: 1, arbitrary: fc.integer({ min: 1, max: 3 }).chain((r) => grid(r, 1)) },
    { weight: 1, arbitrary: fc.constantFrom<unknown>([], [[]]) },
  );

const excelArguments = (count: number): fc.Arbitrary<unknown[]> =>
  fc
    .tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 3 }))
    .chain(([rows, columns]) => fc.array(excelArgument(rows, columns), { minLength: count, maxLength: count }));

// Plausible inputs, so that the fuzz also walks the computing paths and not only the argument checks: each
// parameter drawn from its domain (its kind in the catalogue), sometimes as numeric text or a blank, ranges of
// one shape.
const DATE = fc.integer({ min: 40000, max: 50000 });
const plausibleNumber = (name: string): fc.Arbitrary<unknown> => {
  const kind = isParameterName(name) ? PARAMETERS[name].kind : "amount";
  if (name === "n") return fc.integer({ min: 1, max: 8 });
  if (name === "sectors") return fc.integer({ min: 0, max: 2 });
  if (name === "turnover_ht") return fc.double({ min: 1, max: 1e7, noNaN: true });
  if (name === "margin") return fc.double({ min: 0, max: 0.05, noNaN: true });
  if (name === "reserve_rate") return fc.double({ min: 0, max: 0.2, noNaN: true });
  if (name === "advance_rate") return fc.double({ min: 0.5, max: 1, noNaN: true });
  switch (kind) {
    case "rate":
    case "level":
      return fc.double({ min: 0, max: 1, noNaN: true });
    case "signedRate":
      return fc.double({ min: -0.01, max: 0.05, noNaN: true });
    case "basis":
      return fc.constantFrom(360, 365);
    case "boolean":
      return fc.boolean();
    case "count":
      return fc.integer({ min: 0, max: 8 });
    case "days":
      return fc.integer({ min: 0, max: 400 });
    case "multiple":
      return fc.double({ min: 0, max: 2, noNaN: true });
    case "limit":
      return fc.oneof(fc.constant(null), fc.double({ min: 0, max: 1e6, noNaN: true }));
    case "date":
      return DATE;
    case "daysOrNone":
      return fc.oneof(fc.constant(null), fc.integer({ min: 0, max: 400 }));
    case "dateOrNone":
      return fc.oneof(fc.constant(null), DATE);
    case "terms":
      return fc.constantFrom(30, 60, "45 jours fin de mois", "fin de mois 30 jours", "60 jours");
    default:
      return fc.double({ min: 0, max: 1e6, noNaN: true });
  }
};
// A blank is not a date (it is #VALUE!, as it should): date lists get no blanks here, so that they compute.
const plausibleCell = (name: string): fc.Arbitrary<unknown> =>
  fc.oneof(
    { weight: 12, arbitrary: plausibleNumber(name) },
    { weight: 1, arbitrary: plausibleNumber(name).map((v) => (typeof v === "number" ? String(v) : v)) },
    { weight: isParameterName(name) && PARAMETERS[name].kind === "date" ? 0 : 1, arbitrary: fc.constantFrom(null, 0) },
  );
/** Whether a function takes this argument as a range (elementwise: any; else lists, per-item values, matrices). */
const takesRange = (id: string, index: number): boolean => {
  const entry = functionEntry(id);
  return entry.shape === "elementwise" || parametersOf(entry)[index]?.form !== "single";
};
const plausibleArguments = (id: string, parameters: ParameterMetadata[]): fc.Arbitrary<unknown[]> =>
  fc.tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 2 })).chain(([rows, columns]) =>
    fc.tuple(
      ...parameters.map((p, index) => {
        // Sector terms must match the sectors drawn: left to the Excel-shaped fuzz, plausible draws omit them.
        if (p.name === "sector_correlations" || p.name === "sector_volatilities") return fc.constant(null);
        const value = takesRange(id, index) ? fc.oneof(plausibleCell(p.name), gridOf(plausibleCell(p.name), rows, columns)) : plausibleCell(p.name);
        return p.optional ? fc.oneof({ weight: 1, arbitrary: fc.constant(null) }, { weight: 3, arbitrary: value }) : value;
      }),
    ),
  );

const expectExcelError = (value: unknown): void => {
  expect(value).toBeInstanceOf(CustomFunctions.Error);
  const { code, message } = value as { code: string; message?: string };
  expect(KNOWN_CODES).toContain(code);
  if (code === "#VALUE!" || code === "#N/A") expect(message).toEqual(expect.stringMatching(/\S/));
};

const expectCell = (value: unknown, id: string, column: number): void => {
  if (typeof value === "number") expect(Number.isFinite(value)).toBe(true);
  else if (typeof value === "string") expect([id, column, labelsOf(id).includes(value)]).toEqual([id, 0 + (id === "FACTOR.SCHEDULE" ? 1 : 0), true]);
  else expectExcelError(value);
};

/** The shape of one call's arguments: omitted, a scalar's type, an error value, or a range's rows × columns. */
const shapeOf = (args: readonly unknown[]): string =>
  args
    .map((a) => (a === null ? "-" : Array.isArray(a) ? `${a.length}x${(a[0] as unknown[] | undefined)?.length ?? 0}` : a instanceof CustomFunctions.Error ? "error" : typeof a))
    .join(",");

/** What the fuzz did with one function. */
interface FuzzStats {
  id: string;
  parameters: number;
  /** distinct argument shapes it was called with */
  shapes: number;
  /** calls that gave at least one number (reached the core and computed) */
  computed: number;
}

/** Fuzzes one function; throws, naming it, on the first result that is neither a finite number nor an Excel error. */
const fuzz = (id: string): FuzzStats => {
  const entry = registry.functions.get(id);
  if (!entry) throw new Error(`${id} is in the metadata but no function is associated with it`);
  const parameters = entry.metadata.parameters;
  const args = fc.oneof(excelArguments(parameters.length), plausibleArguments(id, parameters));
  const shapes = new Set<string>();
  let computed = 0;
  try {
    fc.assert(
      fc.property(args, (excelArgs) => {
        shapes.add(shapeOf(excelArgs));
        const result = callAsExcel(registry, id, excelArgs);
        if ((Array.isArray(result) ? (result as unknown[][]).flat() : [result]).some((v) => typeof v === "number")) computed++;
        if (Array.isArray(result)) {
          expect(result.length).toBeGreaterThan(0);
          for (const row of result as unknown[][]) row.forEach((value, column) => expectCell(value, id, column));
        } else if (typeof result === "number") {
          expect(Number.isFinite(result)).toBe(true);
        } else {
          expectExcelError(result);
        }
      }),
      { numRuns: RUNS_PER_FUNCTION },
    );
  } catch (error) {
    // fast-check's report (counterexample, seed) with the function's id in front.
    if (error instanceof Error) error.message = `${id}: ${error.message}`;
    throw error;
  }
  return { id, parameters: parameters.length, shapes: shapes.size, computed };
};

describe("every function under Excel-shaped fuzz", () => {
  // The list is the metadata Excel gets (functions.json, generated from src/functions/functions.ts), not a
  // hand list: a function added there is fuzzed without anyone remembering to add it here.
  it("answers finite numbers or Excel errors with messages, for every function of the metadata", () => {
    const ids = registry.metadata.functions.map((f) => f.id);
    const stats = ids.map(fuzz);
    // Every function of the metadata was fuzzed, and so every function of the catalogue.
    expect(stats.map((s) => s.id)).toEqual(ids);
    expect([...ids].sort()).toEqual(CATALOGUE.map((c) => c.id).sort());
    // Each was called with many argument shapes (omitted, scalars of each type, errors, ranges of each size),
    // and not only the argument checks ran: a good share of the calls reached the core and computed.
    const thin = stats.filter((s) => s.shapes < MIN_SHAPES_PER_PARAMETER * s.parameters || s.computed < RUNS_PER_FUNCTION / 10);
    expect(thin).toEqual([]);
  }, 180_000);
});
