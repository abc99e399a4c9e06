/**
 * Whole columns are a normal input (issue "Excel as it really behaves", point 3): =ENCOURS.DSO(B1, C:C) passes
 * 1 048 576 cells, all blank after the last month. Blank cells after the last value of a sales range are not
 * periods; a blank inside the range is a period of 0 sales. Reference: support.benjipays.com, "Mastering DSO
 * calculation: the count back method" — 212 000 of receivables over 70 000, 80 000, 100 000 (oldest first),
 * 30-day months: 30 + 30 + 32 000 / 70 000 × 30 = 73.714 days (published 73.7).
 */
import { callAsExcel, loadRegistry, type Registry } from "../../testkit/registry";

const EXCEL_ROWS = 1_048_576;
let registry: Registry;
beforeAll(async () => {
  registry = await loadRegistry();
});

/** A whole column: the months given, then blank cells as one platform sends them. */
const column = (months: number[], blank: null | 0 | ""): unknown[][] => {
  const cells: unknown[][] = new Array(EXCEL_ROWS);
  for (let i = 0; i < EXCEL_ROWS; i++) cells[i] = [i < months.length ? months[i] : blank];
  return cells;
};

describe("DSO over a whole column", () => {
  it.each([null, 0, ""] as const)("ends the sales at their last value, blanks arriving as %p", (blank) => {
    expect(callAsExcel(registry, "DSO", [212000, column([70000, 80000, 100000], blank)])).toBeCloseTo(30 + 30 + (32000 / 70000) * 30, 9);
  });

  it("cuts a period_days column shaped like the sales at the same place", () => {
    const days = column([31, 28, 31], null);
    // 212 000 over 100 000 (31 days) and 80 000 (28 days), then 32 000 of March's 70 000 (31 days)
    expect(callAsExcel(registry, "DSO", [212000, column([70000, 80000, 100000], null), days])).toBeCloseTo(31 + 28 + (32000 / 70000) * 31, 9);
  });

  it("counts a blank inside the range as a month of 0 sales", () => {
    // 100 000 + 80 000 + 0 (the blank month, 30 days) + 32 000 of 70 000: 30 + 30 + 30 + 13.714 = 103.714 days
    const sales = [[70000], [null], [80000], [100000]];
    expect(callAsExcel(registry, "DSO", [212000, sales])).toBeCloseTo(90 + (32000 / 70000) * 30, 9);
  });

  it("answers #N/A when the column holds no sale at all", () => {
    const result = callAsExcel(registry, "DSO", [212000, column([], null)]) as { code?: string };
    expect(result.code).toBe("#N/A");
  });
});

describe("elementwise functions over whole columns", () => {
  it("computes each filled row and gives the blank tail the blank row's answer, row by row", () => {
    // FACTOR.APR(A:A, B:B, , , , , , TRUE) with 100 invoices of 10 000 at 60 days, then blank rows:
    // compound (1 + 175 / 9 000)^(365/60) − 1 per invoice; a blank row is an invoice of 0: #DIV/0! (no advance)
    const amounts = column(Array(100).fill(10000), null);
    const days = column(Array(100).fill(60), null);
    const result = callAsExcel(registry, "FACTOR.APR", [amounts, days, null, null, null, null, null, true]) as unknown[][];
    expect(result).toHaveLength(EXCEL_ROWS);
    expect(result[99][0]).toBeCloseTo((1 + 175 / 9000) ** (365 / 60) - 1, 12);
    expect((result[100][0] as { code?: string }).code).toBe("#DIV/0!");
    expect((result[EXCEL_ROWS - 1][0] as { code?: string }).code).toBe("#DIV/0!");
  });

  it("still names the row of a bad cell after a run of identical ones", () => {
    const amounts = [[10000], ["abc"], ["abc"]];
    const result = callAsExcel(registry, "FACTOR.ADVANCE", [amounts]) as Array<Array<{ message?: string }>>;
    expect(result[1][0].message).toContain("row 2");
    expect(result[2][0].message).toContain("row 3");
  });
});

describe("no silent truncation", () => {
  it("answers #NUM! naming band_unit when the loss grid cannot cover the distribution, instead of a short table", () => {
    // 20 000 buyers of 100 at pd 1, pd_volatility 0: CreditRisk+ counts Poisson defaults of mean 20 000, a loss
    // around 2 000 000 (sd 100 × √20 000 ≈ 14 142); with the default unit of 1 (ceil(100 / 100)) the grid needs
    // more than 2 000 000 points, over the 1 000 000 allowed.
    const exposures = Array.from({ length: 20000 }, () => [100]);
    const pds = Array.from({ length: 20000 }, () => [1]);
    const result = callAsExcel(registry, "CREDIT.LOSSDIST", [exposures, pds, null, 0]) as { code?: string; message?: string };
    expect(result.code).toBe("#NUM!");
    // Excel keeps messages on #VALUE! and #N/A only; the message is still there for hosts that show it.
    expect(result.message).toContain("band_unit");
    // With a band unit of 100 given, the whole distribution fits (to the grid's 1e-12 of mass), median 2 000 000.
    const table = callAsExcel(registry, "CREDIT.LOSSDIST", [exposures, pds, null, 0, null, null, null, 100]) as number[][];
    expect(table[table.length - 1][2]).toBeGreaterThan(1 - 1e-11);
    const median = table.find((row) => row[2] >= 0.5)?.[0] ?? 0;
    expect(Math.abs(median - 2_000_000)).toBeLessThanOrEqual(100);
  });
});
