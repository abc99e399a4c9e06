import { dsoAccountingRatio, dsoBestPossible, dsoCountback, dsoCountbackDetail, dsoDelinquent } from "../../src/core";

const sales = [70000, 80000, 100000]; // monthly, oldest first (support.benjipays.com countback example)

describe("dsoCountback", () => {
  it("counts full months back and the last one pro rata", () => {
    // 212 000: 100 000 → 30 d, 80 000 → 30 d, 32 000 / 70 000 × 30 = 13.714 d; 73.714 d
    expect(dsoCountback({ receivables: 212000, sales })).toBeCloseTo(73.71428571428571, 12);
  });

  it("reads the newest period first when asked", () => {
    expect(dsoCountback({ receivables: 212000, sales: [100000, 80000, 70000], newestFirst: true })).toBeCloseTo(73.71428571428571, 12);
  });

  it("grosses net sales up by the VAT rate", () => {
    // gross 120 000 and 96 000: 120 000 → 30 d, 24 000 / 96 000 × 30 = 7.5 d
    expect(dsoCountback({ receivables: 144000, sales: [80000, 100000], vatRate: 0.2 })).toBe(37.5);
  });

  it("counts each period's own days", () => {
    // Dec 31 d fully (50 000), Nov 30 d: 20 000 / 40 000 × 30 = 15 d; 46 d
    expect(dsoCountback({ receivables: 70000, sales: [40000, 50000], periodDays: [30, 31] })).toBe(46);
  });

  it("returns the latest period's days when receivables equal its sales", () => {
    expect(dsoCountback({ receivables: 100000, sales })).toBe(30);
  });

  it("returns 0 for no receivables", () => {
    expect(dsoCountback({ receivables: 0, sales })).toBe(0);
  });

  it("counts the full days of a period without sales that it walks through", () => {
    // latest month 0 sales → 30 d; then 40 000 / 80 000 × 30 = 15 d
    expect(dsoCountback({ receivables: 40000, sales: [80000, 0] })).toBe(45);
  });

  it("uses the accounting ratio for a single period, which may exceed it", () => {
    // 150 000 / 100 000 × 30 = 45 d
    expect(dsoCountback({ receivables: 150000, sales: [100000] })).toBe(45);
  });

  it("consumes every period exactly when receivables equal all the sales", () => {
    expect(dsoCountback({ receivables: 250000, sales })).toBe(90);
  });
});

describe("dsoCountbackDetail", () => {
  it("lists the periods most recent first with what each adds", () => {
    // 100 000 → 30 d, 50 000 / 80 000 × 30 = 18.75 d; 48.75 d
    expect(dsoCountbackDetail({ receivables: 150000, sales: [80000, 100000] })).toEqual({
      dso: 48.75,
      periods: [
        { index: 1, sales: 100000, days: 30, consumed: 100000, daysCounted: 30 },
        { index: 0, sales: 80000, days: 30, consumed: 50000, daysCounted: 18.75 },
      ],
    });
  });

  it("lists the periods the walk does not reach with nothing counted", () => {
    const detail = dsoCountbackDetail({ receivables: 50000, sales });
    // 50 000 / 100 000 × 30 = 15 d
    expect(detail.dso).toBe(15);
    expect(detail.periods.map((p) => [p.index, p.consumed, p.daysCounted])).toEqual([[2, 50000, 15], [1, 0, 0], [0, 0, 0]]);
  });

  it("shows gross sales", () => {
    expect(dsoCountbackDetail({ receivables: 10, sales: [100, 100], vatRate: 0.2 }).periods[0].sales).toBe(120);
  });

  it("describes a single period by the accounting ratio", () => {
    expect(dsoCountbackDetail({ receivables: 150000, sales: [1800000], periodDays: 365 }).periods).toEqual([
      { index: 0, sales: 1800000, days: 365, consumed: 150000, daysCounted: 30.416666666666668 },
    ]);
  });
});

describe("dsoAccountingRatio", () => {
  it("is receivables over total sales times total days", () => {
    // 150 000 / 1 800 000 × 365 = 30.4167 (trymesha.com, "The 2 DSO calculation formulas")
    expect(dsoAccountingRatio({ receivables: 150000, sales: [1800000], periodDays: 365 })).toBeCloseTo(30.416666666666668, 12);
  });

  it("spreads over every period given", () => {
    // 212 000 / 250 000 × 90 = 76.32 d
    expect(dsoAccountingRatio({ receivables: 212000, sales })).toBe(76.32);
  });

  it("accepts receivables above all sales", () => {
    // 500 000 / 250 000 × 90 = 180 d
    expect(dsoAccountingRatio({ receivables: 500000, sales })).toBe(180);
  });
});

describe("dsoBestPossible", () => {
  it("is the countback of the receivables not yet due", () => {
    // 90 000 / 100 000 × 30 = 27 d
    expect(dsoBestPossible({ currentReceivables: 90000, sales })).toBe(27);
  });
});

describe("dsoDelinquent", () => {
  it("is the countback DSO less the best possible DSO", () => {
    // 73.714 − 27 = 46.714 d
    expect(dsoDelinquent({ receivables: 212000, currentReceivables: 90000, sales })).toBeCloseTo(46.714285714285715, 12);
  });

  it("is 0 when nothing is overdue", () => {
    expect(dsoDelinquent({ receivables: 90000, currentReceivables: 90000, sales })).toBe(0);
  });
});
