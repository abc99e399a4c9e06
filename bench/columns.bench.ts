/**
 * Whole columns (issue "Excel as it really behaves", point 3): each function family over 1 048 576 rows, called
 * as Excel calls it (one call, the column as a 1 048 576 × 1 matrix, through the registry built from the same
 * metadata Excel gets), against a plain loop over the same doubles. Three inputs per family: a column filled
 * with few-digit values (what people type), a column filled with 17-digit values (what formulas produce: the
 * exact money path then runs in BigInt or decimal.js), and a column of 100 values then blanks (the usual
 * =F(A:A, …)). Goal: under a second each.
 */
import { loadRegistry } from "../testkit/registry";
import { formatMs, formatRatio, medianMs, seededRandom } from "./measure";
import type { BenchRow, BenchSection } from "./types";

const ROWS = 1_048_576;
const GOAL_MS = 1000;

type Fill = "few digits" | "17 digits" | "100 values, then blanks";
const FILLS: Fill[] = ["few digits", "17 digits", "100 values, then blanks"];

/** A column of `ROWS` cells from a value maker; 17-digit values are value / 3 (0.1 + 0.2 style doubles). */
const columnOf = (fill: Fill, make: (i: number) => number): unknown[][] => {
  const cells: unknown[][] = new Array(ROWS);
  for (let i = 0; i < ROWS; i++) {
    if (fill === "100 values, then blanks" && i >= 100) cells[i] = [null];
    else cells[i] = [fill === "17 digits" ? make(i) / 3 : make(i)];
  }
  return cells;
};

export const run: BenchSection = async () => {
  const { functions } = await loadRegistry();
  const fn = (id: string) => functions.get(id)!.fn;
  const random = seededRandom(7);
  const amountsRaw = Array.from({ length: ROWS }, () => Math.round(500 + random() * 99_500));
  const daysRaw = Array.from({ length: ROWS }, () => 15 + Math.floor(random() * 106));
  const pdsRaw = Array.from({ length: ROWS }, () => Math.round(random() * 100) / 1000);

  const families: Array<{ family: string; excel: (fill: Fill) => () => unknown; doubles: () => unknown }> = [
    {
      family: "factoring: FACTOR.COST(A:A, B:B)",
      excel: (fill) => {
        const a = columnOf(fill, (i) => amountsRaw[i]);
        const d = columnOf(fill === "17 digits" ? "few digits" : fill, (i) => daysRaw[i]);
        return () => fn("FACTOR.COST")(a, d, null, null, null, null, null);
      },
      doubles: () => amountsRaw.map((a, i) => a * 0.01 + (a * 0.9 * 0.05 * daysRaw[i]) / 360),
    },
    {
      family: "factoring: FACTOR.APR(A:A, B:B, …, TRUE)",
      excel: (fill) => {
        const a = columnOf(fill, (i) => amountsRaw[i]);
        const d = columnOf(fill === "17 digits" ? "few digits" : fill, (i) => daysRaw[i]);
        return () => fn("FACTOR.APR")(a, d, null, null, null, null, null, [[true]]);
      },
      doubles: () => amountsRaw.map((a, i) => (1 + (a * 0.01 + (a * 0.9 * 0.05 * daysRaw[i]) / 360) / (a * 0.9)) ** (365 / daysRaw[i]) - 1),
    },
    {
      family: "insurance: CREDIT.INDEMNITY(A:A)",
      excel: (fill) => {
        const l = columnOf(fill, (i) => amountsRaw[i]);
        return () => fn("CREDIT.INDEMNITY")(l, null, null, null, null);
      },
      doubles: () => amountsRaw.map((l) => 0.9 * l),
    },
    {
      family: "portfolio: CREDIT.EXPECTEDLOSS(A:A, B:B)",
      excel: (fill) => {
        const e = columnOf(fill, (i) => amountsRaw[i]);
        const p = columnOf(fill === "17 digits" ? "few digits" : fill, (i) => pdsRaw[i]);
        return () => fn("CREDIT.EXPECTEDLOSS")(e, p, null);
      },
      doubles: () => amountsRaw.reduce((s, e, i) => s + e * pdsRaw[i], 0),
    },
    {
      family: "receivables: DSO(x, C:C)",
      excel: (fill) => {
        const sales = columnOf(fill, (i) => amountsRaw[i]);
        return () => fn("DSO")([[2_000_000]], sales, null, null, null);
      },
      doubles: () => {
        // The column is read whole (as the function must, to find its last value), then counted back.
        let last = ROWS - 1;
        while (last > 0 && !(amountsRaw[last] > 0)) last--;
        let left = amountsRaw.reduce((s, v) => s + v, 0) > 0 ? 2_000_000 : 0;
        let days = 0;
        for (let i = last; i >= 0 && left > 0; i--) {
          const take = Math.min(left, amountsRaw[i]);
          days += (take / amountsRaw[i]) * 30;
          left -= take;
        }
        return days;
      },
    },
    {
      family: "concentration: CONCENTRATION.HHI(A:A)",
      excel: (fill) => {
        const v = columnOf(fill, (i) => amountsRaw[i]);
        return () => fn("CONCENTRATION.HHI")(v);
      },
      doubles: () => {
        const total = amountsRaw.reduce((s, v) => s + v, 0);
        return amountsRaw.reduce((s, v) => s + (v / total) ** 2, 0);
      },
    },
  ];

  const rows: BenchRow[] = [];
  for (const family of families) {
    const doublesMs = medianMs(family.doubles, 3);
    for (const fill of FILLS) {
      const ms = medianMs(family.excel(fill), 1, 1);
      const met = ms < GOAL_MS;
      rows.push({
        figure: `${family.family} over ${ROWS.toLocaleString("en-US")} rows, ${fill}`,
        value: formatMs(ms),
        baseline: `plain loop over the doubles: ${formatMs(doublesMs)}`,
        ratio: formatRatio(ms / doublesMs),
        goal: `< ${GOAL_MS} ms`,
        met,
        note: met ? undefined : "exact money arithmetic on 17-digit inputs (BigInt / decimal.js) dominates",
      });
    }
  }
  return rows;
};
