/**
 * The workbook host itself: every ENCOURS function of the registry is callable as in Excel, and the adapter
 * behaves like Excel's custom-function runtime (omitted optionals, blanks, ranges, errors, spills).
 * Figures are hand-worked from the catalogue's definitions (../shared/DESIGN.md, "Excel function catalogue").
 */
import type { DetailedCellError, RawCellContent } from "hyperformula";
import { loadRegistry } from "../../testkit/registry";
import { EncoursWorkbook, type HostOptions, type Registry, type RegistryEntry, TABLE_SPILLS } from "../../testkit/hyperformula-host";

let registry: Registry;

beforeAll(async () => {
  registry = (await loadRegistry()).functions;
});

const errorOf = (value: unknown): DetailedCellError => value as DetailedCellError;

/** Asserts that a cell holds an error of this type whose message contains each part given. */
const expectCellError = (value: unknown, type: string, ...messageParts: string[]): void => {
  expect(errorOf(value).type).toBe(type);
  for (const part of messageParts) expect(errorOf(value).message).toContain(part);
};

/** A test on a workbook of `sheets` over the registry: built, checked, then destroyed (even when a check fails). */
const onWorkbook = (sheets: Record<string, RawCellContent[][]>, check: (wb: EncoursWorkbook) => void, options?: HostOptions) => (): void => {
  const wb = EncoursWorkbook.build(registry, sheets, options);
  try {
    check(wb);
  } finally {
    wb.destroy();
  }
};

describe("the host registers the registry's functions", () => {
  it("makes every function of the metadata callable under the ENCOURS namespace", onWorkbook({ S: [[1]] }, (wb) => {
    const names = wb.hf.getRegisteredFunctionNames();
    const missing = [...registry.keys()].filter((id) => !names.includes(`ENCOURS.${id}`));
    expect(registry.size).toBeGreaterThanOrEqual(17);
    expect(missing).toEqual([]);
  }));

  it("gives #NAME? for a name outside the catalogue, as Excel does", onWorkbook({ S: [["=ENCOURS.FACTOR.ADVANCES(100)"]] }, (wb) => {
    expectCellError(wb.value("S", "A1"), "NAME");
  }));

  it("reads names case-insensitively, as Excel does", onWorkbook({ S: [["=encours.factor.advance(10000)"]] }, (wb) => {
    expect(wb.value("S", "A1")).toBe(9000); // 10 000 × 0.9 (default advance_rate)
  }));
});

describe("arguments reach the functions as Excel passes them", () => {
  // FACTOR.COST(10 000, 60): 1 % service fee = 100; 10 000 × 0.9 × 5 % × 60/360 = 75; total 175
  const omitted = { S: [["=ENCOURS.FACTOR.COST(10000, 60)", "=ENCOURS.FACTOR.COST(10000, 60,,,,,)"]] };
  it("passes null for omitted optionals, so the catalogue defaults apply", onWorkbook(omitted, (wb) => {
    expect(wb.value("S", "A1")).toBeCloseTo(175, 9);
    expect(wb.value("S", "B1")).toBeCloseTo(175, 9);
    expect(wb.unhandled).toEqual([]);
  }));

  // FACTOR.COST(10 000, 60, , 0.06): service fee 100 (default 1 %) + 10 000 × 0.9 × 6 % × 60/360 = 90
  it("passes an empty argument between others as omitted", onWorkbook({ S: [["=ENCOURS.FACTOR.COST(10000, 60, , 0.06)"]] }, (wb) => {
    expect(wb.value("S", "A1")).toBeCloseTo(190, 9);
  }));

  // 10 000 at 60 days, defaults: cost 175 on an advance of 9 000; simple 175/9 000 × 365/60,
  // compound (1 + 175/9 000)^(365/60) − 1
  const aprs = { S: [["=ENCOURS.FACTOR.APR(10000, 60,,,,,, TRUE)", "=ENCOURS.FACTOR.APR(10000, 60,,,,,, FALSE)"]] };
  it("reads Excel's bare TRUE and FALSE constants (HyperFormula only has the functions TRUE() and FALSE())", onWorkbook(aprs, (wb) => {
    expect(wb.value("S", "A1")).toBeCloseTo((1 + 175 / 9000) ** (365 / 60) - 1, 12);
    expect(wb.value("S", "B1")).toBeCloseTo((175 / 9000) * (365 / 60), 12);
  }));

  it("gives #N/A with a message for too many arguments", onWorkbook({ S: [["=ENCOURS.CONCENTRATION.HHI(A2:A3, 1)"], [1], [2]] }, (wb) => {
    expectCellError(wb.value("S", "A1"), "NA", "ENCOURS.CONCENTRATION.HHI takes 1..1 arguments");
  }));

  // amounts in A1:A3 with rates in B1:B3, then with the single rate in C1: amount × rate
  const advances = {
    S: [
      [1000, 0.8, 0.5, "=ENCOURS.FACTOR.ADVANCE(A1:A3, B1:B3)", "=ENCOURS.FACTOR.ADVANCE(A1:A3, C1)"],
      [2000, 0.7],
      [4000, 0.6],
    ],
  };
  it("spills an element-wise function with the shape of its range arguments, a single cell broadcasting", onWorkbook(advances, (wb) => {
    expect(wb.values("S", "D1:E3")).toEqual([[800, 500], [1400, 1000], [2400, 2000]]);
  }));

  const mismatched = { S: [[1000, 0.8, 0.5, "=ENCOURS.FACTOR.ADVANCE(A1:A3, B1:C1)"], [2000], [4000]] };
  it("gives #VALUE! naming both shapes when two ranges do not match (DESIGN.md, Excel behaviour)", onWorkbook(mismatched, (wb) => {
    expectCellError(wb.value("S", "D1"), "VALUE", "3×1", "1×2");
  }));

  // Every parameter is a matrix (one blank rule on every platform), so Excel does not lift DSO's receivables
  // over a range: the function says so. Filled down one per row, sales 100 000 then 120 000 (oldest first):
  // 60 000 → 60/120 × 30 = 15 days; 150 000 → 30 + 30/100 × 30 = 39 days
  const dsos = {
    S: [
      [100000, 60000, "=ENCOURS.DSO(B1:B2, A1:A2)", "=ENCOURS.DSO(B1, $A$1:$A$2)"],
      [120000, 150000, null, "=ENCOURS.DSO(B2, $A$1:$A$2)"],
    ],
  };
  it("answers #VALUE! naming the argument when a range is given where one value is expected, and computes one per row", onWorkbook(dsos, (wb) => {
    expectCellError(wb.value("S", "C1"), "VALUE", "receivables must be a single value");
    expect(wb.value("S", "D1")).toBeCloseTo(15, 12);
    expect(wb.value("S", "D2")).toBeCloseTo(39, 12);
  }));

  // 10 000 at 60 days, defaults: advance 9 000 at day 0; balance 10 000 − 9 000 − 175 = 825 at day 60
  const schedule = { S: [["=ENCOURS.FACTOR.SCHEDULE(10000, 60)"]] };
  it("spills FACTOR.SCHEDULE into its declared table, padding the unused row with blanks", onWorkbook(schedule, (wb) => {
    const { rows, columns } = TABLE_SPILLS["FACTOR.SCHEDULE"];
    const table = wb.values("S", `A1:C${rows}`);
    expect(columns).toBe(3);
    expect(table[0][0]).toBe(0);
    expect(table[0][2]).toBeCloseTo(9000, 9);
    expect(table[1][0]).toBe(60);
    expect(table[1][2]).toBeCloseTo(825, 9);
    expect(table[2]).toEqual([null, null, null]);
  }));

  const oneRowSpill = { tableSpills: { "FACTOR.SCHEDULE": { rows: 1, columns: 3 } } };
  it("reports a table longer than its declared spill as #SPILL! with the size needed, never a cut table", onWorkbook(schedule, (wb) => {
    expectCellError(wb.value("S", "A1"), "SPILL", "returned 2×3");
  }, oneRowSpill));
});

describe("errors are returned values, never a crash", () => {
  const synthetic = (fn: RegistryEntry["fn"]): Registry => new Map([
    ["TEST.ECHO", { fn, metadata: { id: "TEST.ECHO", name: "TEST.ECHO", parameters: [{ name: "x", type: "any" }], result: {} } }],
  ]);
  const CF = (globalThis as unknown as { CustomFunctions: { Error: new (code: string, message?: string) => unknown } }).CustomFunctions;

  it.each([
    ["#VALUE!", "VALUE"],
    ["#N/A", "NA"],
    ["#DIV/0!", "DIV_BY_ZERO"],
    ["#NUM!", "NUM"],
  ])("turns a thrown CustomFunctions.Error %s into the matching cell error with its message", (code, type) => {
    const wb = EncoursWorkbook.build(synthetic(() => { throw new CF.Error(code, `why ${code}`); }), { S: [["=ENCOURS.TEST.ECHO(1)"]] });
    expect(errorOf(wb.value("S", "A1")).type).toBe(type);
    expect(errorOf(wb.value("S", "A1")).message).toBe(`why ${code}`);
    expect(wb.unhandled).toEqual([]);
    wb.destroy();
  });

  it("shows any other throw as a bare #VALUE! (as Excel does), keeps evaluating the rest and records it", () => {
    const wb = EncoursWorkbook.build(synthetic(() => { throw new TypeError("bug"); }), { S: [["=ENCOURS.TEST.ECHO(1)", "=1+1"]] });
    expect(errorOf(wb.value("S", "A1")).type).toBe("VALUE");
    expect(errorOf(wb.value("S", "A1")).message).toBe("");
    expect(wb.value("S", "B1")).toBe(2);
    expect(wb.unhandled.map((u) => (u.error as Error).message)).toEqual(["bug"]);
    wb.destroy();
  });

  it("never lets NaN or Infinity reach a cell", () => {
    const wb = EncoursWorkbook.build(synthetic(() => Number.NaN), { S: [["=ENCOURS.TEST.ECHO(1)"]] });
    expect(errorOf(wb.value("S", "A1")).type).toBe("NUM");
    expect(wb.unhandled).toHaveLength(1);
    wb.destroy();
  });

  it("returns an error argument without calling the function", () => {
    const calls: unknown[] = [];
    const wb = EncoursWorkbook.build(synthetic((x) => { calls.push(x); return 1; }), { S: [["=ENCOURS.TEST.ECHO(1/0)"]] });
    expect(errorOf(wb.value("S", "A1")).type).toBe("DIV_BY_ZERO");
    expect(calls).toEqual([]);
    wb.destroy();
  });

  it("passes a blank cell as null (Excel on the web) or 0 (Excel desktop)", () => {
    const seen: unknown[] = [];
    const echo = synthetic((x) => { seen.push(x); return 1; });
    EncoursWorkbook.build(echo, { S: [["=ENCOURS.TEST.ECHO(B1)", null]] }).destroy();
    EncoursWorkbook.build(echo, { S: [["=ENCOURS.TEST.ECHO(B1)", null]] }, { blank: "zero" }).destroy();
    expect(seen).toEqual([null, 0]);
  });
});
