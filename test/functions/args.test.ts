// The argument layer on its own: how Excel values are read, how ranges broadcast, how problems become Excel
// errors. The functions of the catalogue are tested through the registry in the other files.
import { CoreError } from "../../src/core";
import { bool, type CellSpec, num, optional, optionalOrNone, range, type RangeSpec, rangeOrSingle, readNumber, toGrid } from "../../src/functions/args";
import { aggregate, argumentsOf, elementwise, table } from "../../src/functions/broadcast";
import { excelError, isExcelError, toExcelError } from "../../src/functions/errors";

const label = { en: "amount", fr: "amount" };

/** The error a call throws, as Excel would show it. */
const thrown = (call: () => unknown): { code: string; message?: string } => {
  try {
    call();
  } catch (problem) {
    if (isExcelError(problem)) return problem;
    throw problem;
  }
  throw new Error("the call did not throw");
};

describe("reading one Excel value as a number", () => {
  it("keeps numbers as they are", () => {
    expect(readNumber(10000, label, "amount")).toBe(10000);
    expect(readNumber(-5.5, label, "amount")).toBe(-5.5);
  });

  it("counts blank cells as 0, whether desktop sends 0, the web null, or a formula an empty text", () => {
    expect(readNumber(0, label, "amount")).toBe(0);
    expect(readNumber(null, label, "amount")).toBe(0);
    expect(readNumber(undefined, label, "amount")).toBe(0);
    expect(readNumber("", label, "amount")).toBe(0);
  });

  it("counts TRUE as 1 and FALSE as 0, as Excel arithmetic does", () => {
    expect(readNumber(true, label, "amount")).toBe(1);
    expect(readNumber(false, label, "amount")).toBe(0);
  });

  it("reads numeric text as the number it spells, percentages and digit-group spaces included", () => {
    expect(readNumber("0.9", label, "advance_rate")).toBe(0.9);
    expect(readNumber("90%", label, "advance_rate")).toBe(0.9);
    expect(readNumber(" 1 000.50 ", label, "amount")).toBe(1000.5);
    expect(readNumber("1\u00a0000", label, "amount")).toBe(1000);
    expect(readNumber("-2.5e3", label, "amount")).toBe(-2500);
    expect(readNumber(".5", label, "amount")).toBe(0.5);
  });

  it("rejects other text with #VALUE! naming the argument and quoting the text", () => {
    for (const text of ["abc", "0,9", "1,000", "12 €", "--1", "%", "1e999"]) {
      const error = toExcelError(thrownCore(() => readNumber(text, label, "amount")));
      expect(error.code).toBe("#VALUE!");
      expect(error.message).toContain("amount must be a number");
      expect(error.message).toContain(`"${text}"`);
    }
  });

  it("rejects NaN, Infinity and objects with #VALUE!", () => {
    for (const value of [NaN, Infinity, -Infinity, {}, [1]]) {
      const error = toExcelError(thrownCore(() => readNumber(value, label, "amount")));
      expect(error.code).toBe("#VALUE!");
      expect(error.message).toBe("amount must be a number (e.g. 10000, 0.9 or 90%)");
    }
  });

  it("passes an error value from a cell through unchanged", () => {
    const na = new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable, "from the sheet");
    expect(thrownCore(() => readNumber(na, label, "amount"))).toBe(na);
  });
});

/** Whatever a reader throws (CoreError or an error value). */
const thrownCore = (call: () => unknown): unknown => {
  try {
    call();
  } catch (problem) {
    return problem;
  }
  throw new Error("the call did not throw");
};

describe("reading Excel's ranges", () => {
  it("treats a single value as a 1×1 range", () => {
    expect(toGrid(5, "amount")).toEqual({ rows: 1, columns: 1, cells: [5] });
  });

  it("flattens rows of cells row by row", () => {
    expect(toGrid([[1, 2], [3, 4]], "amount")).toEqual({ rows: 2, columns: 2, cells: [1, 2, 3, 4] });
  });

  it("treats a flat list as one row, like the array constant {1,2,3}", () => {
    expect(toGrid([1, 2, 3], "amount")).toEqual({ rows: 1, columns: 3, cells: [1, 2, 3] });
  });

  it("answers #N/A for an empty range and #VALUE! for ragged rows", () => {
    expect(toExcelError(thrownCore(() => toGrid([], "sales")))).toMatchObject({ code: "#N/A", message: "sales is empty: give at least one value" });
    expect(toExcelError(thrownCore(() => toGrid([[]], "sales")))).toMatchObject({ code: "#N/A" });
    expect(toExcelError(thrownCore(() => toGrid([[1, 2], [3]], "sales"))).message).toContain("rectangular");
  });
});

describe("elementwise (range-aware) functions", () => {
  const scaled = elementwise<{ amount: number; rate: number; flag: boolean; limit: number | null }>(
    argumentsOf<CellSpec<unknown>>([["amount", num()], ["rate", optional(num(), 0.5)], ["flag", bool()], ["limit", optionalOrNone()]]),
    (v) => {
    if (v.amount < 0) throw new CoreError("VALUE", "amount must be 0 or more (e.g. 10000)", "amount doit être supérieur ou égal à 0", "amount");
    return v.amount * v.rate * (v.flag ? 2 : 1) + (v.limit === null ? 0 : 1000);
    },
  );

  it("gives omitted optionals their defaults and returns a 1×1 matrix for single values", () => {
    expect(scaled(100, null, null, null)).toEqual([[50]]);
    expect(scaled([[100]], [[0.1]], [[true]], [[1]])).toEqual([[1020]]);
  });

  it("spills with the range's shape, single values broadcast", () => {
    expect(scaled([[100], [200], [300]], 0.1)).toEqual([[10], [20], [30]]);
    expect(scaled([[100, 200]], [[0.1, 0.2]])).toEqual([[10, 40]]);
  });

  it("reads blank limits (null, 0 or empty text) as no limit", () => {
    expect(scaled([[100], [100], [100], [100]], 1, false, [[null], [0], [""], [5]])).toEqual([[100], [100], [100], [1100]]);
  });

  it("answers #VALUE! with both shapes when two ranges differ", () => {
    const error = thrown(() => scaled([[1], [2], [3]], [[0.1], [0.2]]));
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toBe("amount is 3×1 but rate is 2×1: ranges must have the same shape (or be a single cell)");
  });

  it("keeps a problem in its own cell of the spill, with the cell's position in the message", () => {
    const result = scaled([[100], ["abc"], [-1], [300]], 0.1);
    expect(result[0][0]).toBe(10);
    expect(result[1][0]).toMatchObject({ code: "#VALUE!", message: expect.stringContaining("amount (row 2, column 1) must be a number") });
    expect(result[2][0]).toMatchObject({ code: "#VALUE!", message: "amount must be 0 or more (e.g. 10000)" });
    expect(result[3][0]).toBe(30);
  });

  it("puts a bad single value's error in every cell it reaches", () => {
    const result = scaled([[100], [200]], "high");
    expect(result.map((row) => (row[0] as { code: string }).code)).toEqual(["#VALUE!", "#VALUE!"]);
  });

  it("throws a lone error rather than returning it in a 1×1 matrix", () => {
    expect(thrown(() => scaled(-1)).code).toBe("#VALUE!");
  });

  it("turns a non-finite result into #NUM!", () => {
    const huge = elementwise<{ x: number }>(argumentsOf([["x", num()]]), (v) => v.x * 1e308);
    expect(thrown(() => huge(10)).code).toBe("#NUM!");
  });

  it("turns an unexpected exception into #VALUE! with a message, never a raw throw", () => {
    const broken = elementwise(argumentsOf([["x", num()]]), () => {
      throw new TypeError("cannot read properties of undefined");
    });
    const error = thrown(() => broken(1));
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toContain("Encours could not compute this value");
  });
});

describe("aggregate functions", () => {
  const weighted = aggregate<{ values: number[]; weights: number[] | number; n: number }>(
    argumentsOf<CellSpec<unknown> | RangeSpec<unknown>>([
      ["values", range(num())],
      ["weights", rangeOrSingle(optional(num(), 1), { sameShapeAs: "values" })],
      ["n", optional(num(), 2)],
    ]),
    (v) => {
      const weights = Array.isArray(v.weights) ? v.weights : v.values.map(() => v.weights as number);
      return v.values.reduce((sum, x, i) => sum + x * weights[i], 0) * v.n;
    },
  );

  it("reads ranges row-major as a portfolio and broadcasts a single weight", () => {
    expect(weighted([[1, 2], [3, 4]], [[1, 0], [0, 1]])).toBe(10);
    expect(weighted([[1], [2]], 3)).toBe(18);
    expect(weighted([[1], [2]], null, 1)).toBe(3);
  });

  it("answers #VALUE! with both shapes when parallel ranges differ", () => {
    expect(thrown(() => weighted([[1], [2], [3]], [[1, 2, 3]])).message).toBe(
      "values is 3×1 but weights is 1×3: ranges must have the same shape (or be a single cell)",
    );
  });

  it("requires single values where the function takes one", () => {
    expect(thrown(() => weighted([[1]], null, [[1], [2]])).message).toBe("n must be a single value, not a 2×1 range");
  });

  it("names the cell of a range that is not a number", () => {
    expect(thrown(() => weighted([[1], ["Exposure"]])).message).toBe(
      'values (row 2, column 1) must be a number, not the text "Exposure" (e.g. 10000, 0.9 or 90%)',
    );
  });

  it("answers #N/A when a required range is omitted or empty", () => {
    expect(thrown(() => weighted(null)).code).toBe("#N/A");
    expect(thrown(() => weighted([])).code).toBe("#N/A");
  });

  it("passes an error value from the sheet through", () => {
    const na = new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable);
    expect(thrown(() => weighted([[1], [na]]))).toBe(na);
  });
});

describe("tables", () => {
  const timeline = table<{ amount: number }>(argumentsOf([["amount", num()]]), (v) => [
    [0, "Start", v.amount],
    [1, "End", -v.amount],
  ]);

  it("spills numbers and the labels the function documents", () => {
    expect(timeline(5)).toEqual([
      [0, "Start", 5],
      [1, "End", -5],
    ]);
  });
});

describe("mapping problems to Excel errors", () => {
  it.each([
    ["VALUE", "#VALUE!"],
    ["NA", "#N/A"],
    ["DIV0", "#DIV/0!"],
    ["NUM", "#NUM!"],
  ] as const)("maps the core's %s to %s with its message", (code, excel) => {
    const error = toExcelError(new CoreError(code, "the reason", "la raison"));
    expect(error).toBeInstanceOf(CustomFunctions.Error);
    expect(error).toMatchObject({ code: excel, message: "the reason" });
  });

  it("shows the French message when Office's display language is French", () => {
    const global = globalThis as { Office?: unknown };
    global.Office = { context: { displayLanguage: "fr-FR" } };
    try {
      expect(toExcelError(new CoreError("VALUE", "the reason", "la raison")).message).toBe("la raison");
    } finally {
      delete global.Office;
    }
  });

  it("builds errors without Excel's runtime (browser preview) with the same shape", () => {
    const global = globalThis as { CustomFunctions?: unknown };
    const runtime = global.CustomFunctions;
    delete global.CustomFunctions;
    try {
      expect(excelError("#N/A", "no data")).toEqual({ code: "#N/A", message: "no data" });
    } finally {
      global.CustomFunctions = runtime;
    }
  });
});
