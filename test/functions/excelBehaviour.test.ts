// How each function behaves in a sheet (DESIGN.md, "Excel behaviour, for every function"): omitted optionals,
// blank cells (0 on desktop, null on the web), numeric and other text, TRUE/FALSE, rates typed as 90 instead
// of 90 %, negative amounts, ranges of different shapes, empty ranges, spill shapes, and an error kept in its
// own cell of a spill. Every call goes BY ID through the registry, as Excel calls it.
//
// Expected figures are worked by hand from the catalogue's formulas (DESIGN.md, "Excel function catalogue")
// on the seed example of the design: a 10 000 € invoice at 60 days, 90 % advance, 1 % service fee, 5 % a
// year ACT/360 — cost 100 + 10 000 × 0.9 × 0.05 × 60 / 360 = 175.
import { CATALOGUE } from "../support/catalogue";
import { callAsExcel, isErrorValue, loadRegistry, type Registry } from "../../testkit/registry";

let registry: Registry;
beforeAll(async () => {
  registry = await loadRegistry();
});

const call = (id: string, ...args: unknown[]): unknown => callAsExcel(registry, id, args);

/** The one cell of a range-aware function's result for single values. */
const single = (result: unknown): unknown => {
  expect(Array.isArray(result)).toBe(true);
  expect(result).toHaveLength(1);
  expect((result as unknown[][])[0]).toHaveLength(1);
  return (result as unknown[][])[0][0];
};

const expectError = (result: unknown, code: string, ...fragments: string[]): void => {
  expect(isErrorValue(result)).toBe(true);
  expect(result).toMatchObject({ code });
  for (const fragment of fragments) expect((result as { message?: string }).message).toContain(fragment);
};

/** For each range-aware function, arguments that work (catalogue order) and the result worked by hand. */
const RANGE_AWARE_EXAMPLES: Record<string, { args: unknown[]; expected: number }> = {
  "FACTOR.ADVANCE": { args: [10000, 0.9], expected: 9000 },
  "FACTOR.COST": { args: [10000, 60, 0.01, 0.05, 0.9, 0, 360], expected: 175 },
  "FACTOR.NET": { args: [10000, 60, 0.01, 0.05, 0.9, 0, 360], expected: 9825 },
  // 175 / 9 000 × 365 / 60
  "FACTOR.APR": { args: [10000, 60, 0.01, 0.05, 0.9, 0, 360, false], expected: (175 / 9000) * (365 / 60) },
  // 1 200 000 × 60 / 365 × 0.9 × 1
  "FACTOR.LINE": { args: [1200000, 60, 0.9, 1], expected: (1200000 * 60 * 0.9) / 365 },
  // max(12 000, 0) + line × 0.05 + 0
  "FACTOR.ANNUALCOST": { args: [1200000, 60, 0.01, 0.05, 0.9, 1, 0, 0], expected: 12000 + ((1200000 * 60 * 0.9) / 365) * 0.05 },
  "CREDIT.PREMIUM": { args: [1200000, 0.003, 0], expected: 3600 },
  "CREDIT.INDEMNITY": { args: [50000, 0.9, null, 0, 0], expected: 45000 },
  // 900 / (0.9 × 50 000)
  "CREDIT.BREAKEVENPD": { args: [900, 50000, 1, 0.9, null], expected: 0.02 },
  // R314-6 annex: 9 000 × 5 % × 60/360 = 75 over 9 000 × 60 debit numbers, × 365
  "FACTOR.TEG": { args: [10000, 60, 0.9, 0, 0, 0.05, false, true, false, 0, 360, 0], expected: (75 / 540000) * 365 },
  // premium 1 200 000 × 0.25 % = 3 000, + 9 % insurance tax (CGI art. 1001); no buyers, no fees
  "CREDIT.POLICYCHARGES": { args: [1200000, 0.0025, 0, 0.09, 0, 0, 0, null, 0.2], expected: 3270 },
  // 15 January 2026 (serial 46037) + 30 days (L441-10 default) = 14 February 2026 (46067)
  "RECEIVABLES.DUEDATE": { args: [46037, 30, false], expected: 46067 },
  // Les Echos Publishing (2018): 15 000 × 15 % × 30/365 = 184.93, + 40 € (D441-5)
  "RECEIVABLES.LATEPENALTY": { args: [15000, 43205, 43235, 0.15, 365, 40], expected: 15000 * 0.15 * (30 / 365) + 40 },
};

const rangeAware = CATALOGUE.filter((c) => c.kind === "range-aware");
const required = (id: string): number => CATALOGUE.find((c) => c.id === id)!.args.filter((a) => !a.startsWith("[")).length;
const argumentNames = (id: string): string[] => CATALOGUE.find((c) => c.id === id)!.args.map((a) => a.replace(/[[\]]/g, ""));

describe("every range-aware function", () => {
  it("has a worked example here", () => {
    expect(Object.keys(RANGE_AWARE_EXAMPLES).sort()).toEqual(rangeAware.map((c) => c.id).sort());
  });

  describe.each(rangeAware.map((c) => c.id))("%s", (id) => {
    const { args, expected } = RANGE_AWARE_EXAMPLES[id];

    it("gives the worked example in a single cell", () => {
      expect(single(call(id, ...args))).toBeCloseTo(expected, 9);
    });

    it("takes the catalogue's defaults for omitted optionals (null)", () => {
      const requiredOnly = args.slice(0, required(id));
      expect(single(call(id, ...requiredOnly))).toBeCloseTo(expected, 9);
      expect(single(call(id, ...requiredOnly, ...Array(args.length - required(id)).fill(null)))).toBeCloseTo(expected, 9);
    });

    it("reads numeric text as the number it spells", () => {
      const asText = args.map((a) => (typeof a === "number" ? ` ${a} ` : a));
      expect(single(call(id, ...asText))).toBeCloseTo(expected, 9);
    });

    it.each(argumentNames(id).map((name, i) => [name, i] as const))("answers #VALUE! naming %s when it is a word", (name, i) => {
      const withText = [...args];
      withText[i] = "ninety";
      expectError(call(id, ...withText), "#VALUE!", name, '"ninety"');
    });

    it("spills with the shape of a range, single values broadcast", () => {
      const first = args[0] as number;
      const grid = [
        [first, first * 2, first * 3],
        [first * 4, first * 5, first * 6],
      ];
      const result = call(id, grid, ...args.slice(1)) as unknown[][];
      expect(result).toHaveLength(2);
      result.forEach((row, r) => {
        expect(row).toHaveLength(3);
        row.forEach((value, c) => expect(value).toEqual(single(call(id, grid[r][c], ...args.slice(1)))));
      });
    });

    it("answers #VALUE! with both shapes when two ranges differ", () => {
      const [first, second] = args as number[];
      const names = argumentNames(id);
      const result = call(id, [[first], [first], [first]], [[second], [second]], ...args.slice(2));
      expectError(result, "#VALUE!", `${names[0]} is 3×1`, `${names[1]} is 2×1`);
    });

    it("keeps an error in its own cell of the spill", () => {
      const first = args[0];
      const result = call(id, [[first], ["n/a"], [first]], ...args.slice(1)) as unknown[][];
      expect(result[0][0]).toBeCloseTo(expected, 9);
      expectError(result[1][0], "#VALUE!", `${argumentNames(id)[0]} (row 2, column 1)`);
      expect(result[2][0]).toBeCloseTo(expected, 9);
    });

    it("answers #N/A for an empty range", () => {
      expectError(call(id, [], ...args.slice(1)), "#N/A", "is empty");
    });

    it("answers #VALUE! naming the first argument when it is negative", () => {
      const negative = [...args];
      negative[0] = -1;
      expectError(call(id, ...negative), "#VALUE!", argumentNames(id)[0]);
    });

    it("passes an error from a cell through", () => {
      const na = new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable, "no quote yet");
      expect(call(id, na, ...args.slice(1))).toBe(na);
    });
  });
});

describe("FACTOR.ADVANCE in a sheet", () => {
  it("counts a blank advance_rate cell as 0, whether desktop sends 0 or the web null", () => {
    expect(single(call("FACTOR.ADVANCE", 10000, [[0]]))).toBe(0);
    expect(single(call("FACTOR.ADVANCE", 10000, [[null]]))).toBe(0);
  });

  it("reads an advance rate typed as text with a percent sign", () => {
    expect(single(call("FACTOR.ADVANCE", 10000, "80%"))).toBeCloseTo(8000, 9);
  });

  it("counts TRUE as 1, as Excel arithmetic does", () => {
    expect(single(call("FACTOR.ADVANCE", true))).toBeCloseTo(0.9, 12);
  });

  it("answers a rate typed as 90 with a message showing 90% or 0.9", () => {
    expectError(call("FACTOR.ADVANCE", 10000, 90), "#VALUE!", "advance_rate", "90% or 0.9");
  });

  it("spills a column of invoices against a column of rates", () => {
    expect(call("FACTOR.ADVANCE", [[10000], [20000]], [[0.9], [0.8]])).toEqual([[9000], [16000]]);
  });
});

describe("FACTOR.COST, FACTOR.NET and FACTOR.APR in a sheet", () => {
  it("uses ACT/365 on request: 10 000 × 0.9 × 0.05 × 60 / 365 + 100", () => {
    expect(single(call("FACTOR.COST", 10000, 60, null, null, null, null, 365))).toBeCloseTo(100 + (10000 * 0.9 * 0.05 * 60) / 365, 9);
  });

  it("answers #VALUE! for a day basis other than 360 or 365", () => {
    expectError(call("FACTOR.COST", 10000, 60, null, null, null, null, 300), "#VALUE!", "day_basis");
  });

  it("applies the minimum fee: max(10 000 × 0.01, 250) + 75", () => {
    expect(single(call("FACTOR.COST", 10000, 60, null, null, null, 250))).toBeCloseTo(325, 9);
  });

  it("answers #VALUE! for a financing rate typed as 5 for 5 %", () => {
    expectError(call("FACTOR.NET", 10000, 60, null, 5), "#VALUE!", "financing_rate", "between 0 and 1");
  });

  it("compounds with compound=TRUE, also given as 1 or the text TRUE: (1 + 175/9000)^(365/60) − 1", () => {
    const compounded = Math.pow(1 + 175 / 9000, 365 / 60) - 1;
    for (const flag of [true, 1, "TRUE", "vrai"]) {
      expect(single(call("FACTOR.APR", 10000, 60, null, null, null, null, null, flag))).toBeCloseTo(compounded, 9);
    }
  });

  it("reads a blank compound as FALSE", () => {
    expect(single(call("FACTOR.APR", 10000, 60, null, null, null, null, null, [[null]]))).toBeCloseTo((175 / 9000) * (365 / 60), 9);
  });

  it("answers #VALUE! for a compound that is neither TRUE nor FALSE", () => {
    expectError(call("FACTOR.APR", 10000, 60, null, null, null, null, null, "yes"), "#VALUE!", "compound must be TRUE or FALSE");
  });

  it("answers #DIV/0! for 0 days, in that cell only of a spill", () => {
    const result = call("FACTOR.APR", 10000, [[60], [0]]) as unknown[][];
    expect(result[0][0]).toBeCloseTo((175 / 9000) * (365 / 60), 9);
    expectError(result[1][0], "#DIV/0!");
  });
});

describe("FACTOR.SCHEDULE in a sheet", () => {
  it("spills day, label and cash flow, without a header row: 9 000 at day 0, 10 000 − 9 000 − 175 = 825 at day 60", () => {
    expect(call("FACTOR.SCHEDULE", 10000, 60)).toEqual([
      [0, "Advance", 9000],
      [60, "Balance", 825],
    ]);
  });

  it("accepts a single cell given as a 1×1 range and numeric text", () => {
    expect(call("FACTOR.SCHEDULE", [[10000]], "60")).toEqual([
      [0, "Advance", 9000],
      [60, "Balance", 825],
    ]);
  });

  it("answers #VALUE! for a range of several cells where it takes one value", () => {
    expectError(call("FACTOR.SCHEDULE", [[10000], [20000]], 60), "#VALUE!", "amount must be a single value, not a 2×1 range");
  });

  it("answers #VALUE! naming the argument for text and out-of-range rates", () => {
    expectError(call("FACTOR.SCHEDULE", "ten thousand", 60), "#VALUE!", "amount");
    expectError(call("FACTOR.SCHEDULE", 10000, 60, null, null, 90), "#VALUE!", "90% or 0.9");
  });
});

describe("CREDIT.INDEMNITY in a sheet", () => {
  it("reads a blank credit limit as no limit, whether desktop sends 0 or the web null: 0.9 × 50 000", () => {
    for (const blank of [null, [[null]], [[0]], [[""]]]) expect(single(call("CREDIT.INDEMNITY", 50000, null, blank))).toBeCloseTo(45000, 9);
  });

  it("pays nothing below the threshold and takes the deductible before the cover rate", () => {
    expect(single(call("CREDIT.INDEMNITY", 400, null, null, null, 500))).toBe(0);
    // 0.9 × (50 000 − 1 000)
    expect(single(call("CREDIT.INDEMNITY", 50000, null, null, 1000))).toBeCloseTo(44100, 9);
  });

  it("spills one indemnity per claim, limits per claim with blanks meaning none", () => {
    expect(call("CREDIT.INDEMNITY", [[50000], [50000]], 0.9, [[40000], [null]])).toEqual([[36000], [45000]]);
  });
});

describe("CREDIT.PREMIUM and CREDIT.BREAKEVENPD in a sheet", () => {
  it("applies the minimum premium: max(1 200 000 × 0.003, 5 000)", () => {
    expect(single(call("CREDIT.PREMIUM", 1200000, 0.003, 5000))).toBe(5000);
  });

  it("answers #VALUE! for a premium rate typed as a percentage number", () => {
    expectError(call("CREDIT.PREMIUM", 1200000, 30), "#VALUE!", "rate");
  });

  it("caps the break-even indemnity at the credit limit: 900 / (0.9 × 40 000)", () => {
    expect(single(call("CREDIT.BREAKEVENPD", 900, 50000, null, null, 40000))).toBeCloseTo(0.025, 12);
  });

  it("answers #DIV/0! when no indemnity is possible and #NUM! when the premium exceeds it", () => {
    expectError(call("CREDIT.BREAKEVENPD", 900, 0), "#DIV/0!");
    expectError(call("CREDIT.BREAKEVENPD", 90000, 50000), "#NUM!");
  });
});

describe("CREDIT.EXPECTEDLOSS and CREDIT.NETCOST in a sheet", () => {
  const exposures = [[100000], [50000]];
  const pds = [[0.02], [0.05]];

  it("sums exposure × pd × lgd over the portfolio: 100 000 × 0.02 + 50 000 × 0.05", () => {
    expect(call("CREDIT.EXPECTEDLOSS", exposures, pds)).toBeCloseTo(4500, 9);
  });

  it("broadcasts a single lgd and reads an lgd range shaped like exposures", () => {
    expect(call("CREDIT.EXPECTEDLOSS", exposures, pds, 0.45)).toBeCloseTo(2025, 9);
    expect(call("CREDIT.EXPECTEDLOSS", exposures, pds, [[0.5], [1]])).toBeCloseTo(3500, 9);
  });

  it("reads a portfolio laid out in rows as well as in columns", () => {
    expect(call("CREDIT.EXPECTEDLOSS", [[100000, 50000]], [[0.02, 0.05]])).toBeCloseTo(4500, 9);
  });

  it("answers #VALUE! with both shapes when pds is not shaped like exposures", () => {
    expectError(call("CREDIT.EXPECTEDLOSS", exposures, [[0.02, 0.05]]), "#VALUE!", "exposures is 2×1", "pds is 1×2");
    expectError(call("CREDIT.EXPECTEDLOSS", exposures, pds, [[0.5], [1], [1]]), "#VALUE!", "exposures is 2×1", "lgds is 3×1");
  });

  it("names the cell when a header was selected with the figures", () => {
    expectError(call("CREDIT.EXPECTEDLOSS", [["Exposure"], [100000]], [["PD"], [0.02]]), "#VALUE!", "exposures (row 1, column 1)", '"Exposure"');
  });

  it("counts blank cells as 0 exposures, whether desktop sends 0 or the web null", () => {
    expect(call("CREDIT.EXPECTEDLOSS", [[100000], [null], [0]], [[0.02], [null], [0]])).toBeCloseTo(2000, 9);
  });

  it("answers a pd typed as 2 for 2 % with the rate message", () => {
    expectError(call("CREDIT.EXPECTEDLOSS", exposures, [[2], [0.05]]), "#VALUE!", "pds", "between 0 and 1");
  });

  it("answers #N/A for an empty portfolio", () => {
    expectError(call("CREDIT.EXPECTEDLOSS", [], []), "#N/A");
  });

  it("nets the expected indemnity from the premium: 3 600 − 0.9 × 4 500", () => {
    expect(call("CREDIT.NETCOST", 3600, exposures, pds)).toBeCloseTo(-450, 9);
  });

  it("reads blank credit limits as none and caps at the others: 3 600 − 0.9 × (0.02 × 40 000 + 0.05 × 50 000)", () => {
    expect(call("CREDIT.NETCOST", 3600, exposures, pds, null, null, [[40000], [null]])).toBeCloseTo(3600 - 0.9 * 3300, 9);
  });

  it("answers #VALUE! when the premium is a range of several cells", () => {
    expectError(call("CREDIT.NETCOST", [[3600], [100]], exposures, pds), "#VALUE!", "premium must be a single value, not a 2×1 range");
  });

  it("answers #VALUE! naming a negative exposure", () => {
    expectError(call("CREDIT.EXPECTEDLOSS", [[-100000], [50000]], pds), "#VALUE!", "exposures");
  });
});

describe("DSO, DSO.BESTPOSSIBLE and DSO.DELINQUENT in a sheet", () => {
  // support.benjipays.com, "Mastering DSO calculation: the count back method": 212 000 of receivables,
  // monthly sales 70 000, 80 000, 100 000 oldest first -> 73.7 days (also in cases.json).
  const sales = [[70000], [80000], [100000]];

  it("reads the newest period first with newest_first=TRUE (also as the text VRAI)", () => {
    const newestFirst = [[100000], [80000], [70000]];
    expect(call("DSO", 212000, newestFirst, null, null, true)).toBeCloseTo(73.714285714, 6);
    expect(call("DSO", 212000, newestFirst, null, null, "VRAI")).toBeCloseTo(73.714285714, 6);
  });

  it("grosses sales up by the VAT rate: 212 000 against 1.2 × sales", () => {
    // 120 000 → 30 days, then 92 000 / 96 000 × 30
    expect(call("DSO", 212000, sales, null, 0.2)).toBeCloseTo(30 + (92000 / 96000) * 30, 9);
  });

  it("answers #N/A asking for older periods when receivables exceed all sales", () => {
    expectError(call("DSO", 300000, sales), "#N/A", "add older periods");
  });

  it("answers #VALUE! with both shapes when period_days is not shaped like sales", () => {
    expectError(call("DSO", 212000, sales, [[30], [31]]), "#VALUE!", "sales is 3×1", "period_days is 2×1");
  });

  it("answers #VALUE! when receivables is a range", () => {
    expectError(call("DSO", [[212000], [1]], sales), "#VALUE!", "receivables must be a single value");
  });

  it("answers #N/A for empty sales", () => {
    expectError(call("DSO", 212000, []), "#N/A");
  });

  it("gives the best possible DSO of 90 000 not yet due: 90 000 / 100 000 × 30", () => {
    expect(call("DSO.BESTPOSSIBLE", 90000, sales)).toBeCloseTo(27, 9);
  });

  it("gives the days delinquent as DSO − best possible DSO: (30 + 30 + 32 000 / 70 000 × 30) − 27", () => {
    expect(call("DSO.DELINQUENT", 212000, 90000, sales)).toBeCloseTo(60 + (32000 / 70000) * 30 - 27, 9);
  });

  it("answers #VALUE! when current receivables exceed receivables", () => {
    expectError(call("DSO.DELINQUENT", 90000, 212000, sales), "#VALUE!", "current_receivables");
  });
});

describe("CONCENTRATION.TOP and CONCENTRATION.HHI in a sheet", () => {
  const values = [[10], [40], [5], [30], [10], [5]];

  it("takes the 5 largest by default: (40 + 30 + 10 + 10 + 5) / 100", () => {
    expect(call("CONCENTRATION.TOP", values)).toBeCloseTo(0.95, 12);
  });

  it("takes the n largest: (40 + 30) / 100, n given as text too", () => {
    expect(call("CONCENTRATION.TOP", values, 2)).toBeCloseTo(0.7, 12);
    expect(call("CONCENTRATION.TOP", values, "2")).toBeCloseTo(0.7, 12);
  });

  it("answers #VALUE! for n that is not a whole number of 1 or more", () => {
    expectError(call("CONCENTRATION.TOP", values, 2.5), "#VALUE!", "n");
    expectError(call("CONCENTRATION.TOP", values, 0), "#VALUE!", "n");
  });

  it("sums the squared shares: 0.1² + 0.4² + 0.05² + 0.3² + 0.1² + 0.05²", () => {
    expect(call("CONCENTRATION.HHI", values)).toBeCloseTo(0.275, 12);
  });

  it("reads a 2-D range as one list of values", () => {
    expect(call("CONCENTRATION.HHI", [[10, 40, 5], [30, 10, 5]])).toBeCloseTo(0.275, 12);
  });

  it("answers #DIV/0! when the values add up to 0 (all blank)", () => {
    expectError(call("CONCENTRATION.HHI", [[null], [0]]), "#DIV/0!");
  });
});

describe("CREDIT.LOSSQUANTILE and CREDIT.LOSSDIST in a sheet", () => {
  // McNeil, Frey, Embrechts, Quantitative Risk Management (qrmtutorial, 11_CreditRisk+.R), as in cases.json:
  // 500 obligors, exposure 1, pd 1 %, pd_volatility √0.2 — the default count is negative binomial NB(5, 0.5),
  // P(k) = C(k + 4, 4) / 2^(k + 5), and the 95 % quantile interpolated between grid points is 10.44336996336996.
  const column = (value: number): number[][] => Array.from({ length: 500 }, () => [value]);
  const ones = column(1);
  const pds = column(0.01);
  const volatility = Math.sqrt(0.2);
  const binomial = (n: number, k: number): number => {
    let result = 1;
    for (let i = 1; i <= k; i++) result = (result * (n - k + i)) / i;
    return result;
  };

  it("spills loss, probability and cumulative probability, the probabilities those of NB(5, 0.5)", () => {
    const rows = call("CREDIT.LOSSDIST", ones, pds, null, volatility) as number[][];
    expect(rows.every((row) => row.length === 3)).toBe(true);
    for (let k = 0; k < 40; k++) {
      expect(rows[k][0]).toBe(k);
      expect(rows[k][1]).toBeCloseTo(binomial(k + 4, 4) / 2 ** (k + 5), 12);
    }
    expect(rows[rows.length - 1][2]).toBeGreaterThanOrEqual(1 - 1e-9);
  });

  it("models the loss the seller keeps once a cover term is given: exposures of 2 at 50 % cover keep 1 each", () => {
    expect(call("CREDIT.LOSSQUANTILE", column(2), pds, 0.95, null, volatility, 0.5)).toBeCloseTo(10.44336996336996, 6);
  });

  it("models the gross loss when no cover term is given, a zero cover leaving it unchanged", () => {
    const gross = call("CREDIT.LOSSQUANTILE", ones, pds, 0.95, null, volatility);
    expect(gross).toBeCloseTo(10.44336996336996, 6);
    expect(call("CREDIT.LOSSQUANTILE", ones, pds, 0.95, null, volatility, 0)).toBeCloseTo(gross as number, 12);
  });

  it("answers a level typed as 95 with a message showing 99% or 0.99", () => {
    expectError(call("CREDIT.LOSSQUANTILE", ones, pds, 95), "#VALUE!", "level", "99% or 0.99");
  });

  it("answers #VALUE! when level is a range", () => {
    expectError(call("CREDIT.LOSSQUANTILE", ones, pds, [[0.95], [0.99]]), "#VALUE!", "level must be a single value, not a 2×1 range");
  });

  it("answers #VALUE! with both shapes when pds or cover terms are not shaped like exposures", () => {
    expectError(call("CREDIT.LOSSDIST", [[1], [1]], [[0.01, 0.01]]), "#VALUE!", "exposures is 2×1", "pds is 1×2");
    expectError(call("CREDIT.LOSSDIST", [[1], [1]], [[0.01], [0.01]], null, null, [[0.9], [0.9], [0.9]]), "#VALUE!", "cover_rate is 3×1");
  });

  it("answers #N/A for an empty portfolio", () => {
    expectError(call("CREDIT.LOSSQUANTILE", [], [], 0.99), "#N/A");
  });
});
