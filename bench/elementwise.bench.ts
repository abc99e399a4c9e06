/**
 * Element-wise ENCOURS functions over a 100 000-cell range, called as Excel calls them (one call, the range as
 * a 100 000 × 1 matrix, through the registry built from the same metadata Excel gets): µs per cell, against
 * the same formula in plain doubles, with the core's own share. Two last rows show where exact money
 * arithmetic is spent in FACTOR.COST's core: on inputs of a few digits (amounts, rates such as 0.05, whole
 * days) the core computes exactly on scaled integers (src/core/exact.ts); on inputs with more digits (a rate
 * of 17 significant digits, as 0.05 + 0.01 computes) it takes decimal.js at 40 digits.
 */
import { creditIndemnity, factoringAdvance, factoringCost } from "../src/core";
import { loadRegistry } from "../testkit/registry";
import { formatMs, formatRatio, medianMs, seededRandom } from "./measure";
import type { BenchRow, BenchSection } from "./types";

const CELLS = 100_000;
const GOAL_US = 2;

export const run: BenchSection = async () => {
  const { functions } = await loadRegistry();
  const random = seededRandom(100);
  const amounts = Array.from({ length: CELLS }, () => [Math.round(500 + random() * 99_500)]);
  const days = Array.from({ length: CELLS }, () => [15 + Math.floor(random() * 106)]);
  const losses = Array.from({ length: CELLS }, () => [Math.round(random() * 200_000)]);
  const limits = Array.from({ length: CELLS }, () => [random() < 0.3 ? null : Math.round(random() * 150_000)]);

  const advanceFn = functions.get("FACTOR.ADVANCE")!.fn;
  const costFn = functions.get("FACTOR.COST")!.fn;
  const indemnityFn = functions.get("CREDIT.INDEMNITY")!.fn;

  const cases: Array<{ figure: string; excel: () => unknown; core: () => unknown; doubles: () => unknown }> = [
    {
      figure: "FACTOR.ADVANCE(amounts, 0.85)",
      excel: () => advanceFn(amounts, [[0.85]]),
      core: () => amounts.map(([a]) => [factoringAdvance({ amount: a, advanceRate: 0.85 })]),
      doubles: () => amounts.map(([a]) => [a * 0.85]),
    },
    {
      figure: "FACTOR.COST(amounts, days, 0.01, 0.05, 0.9)",
      excel: () => costFn(amounts, days, [[0.01]], [[0.05]], [[0.9]], null, null),
      core: () => amounts.map(([a], i) => [factoringCost({ amount: a, days: days[i][0], serviceFeeRate: 0.01, financingRate: 0.05, advanceRate: 0.9 }).total]),
      doubles: () => amounts.map(([a], i) => [Math.max(a * 0.01, 0) + (a * 0.9 * 0.05 * days[i][0]) / 360]),
    },
    {
      figure: "CREDIT.INDEMNITY(losses, 0.9, limits)",
      excel: () => indemnityFn(losses, [[0.9]], limits, null, null),
      core: () => losses.map(([l], i) => [creditIndemnity({ loss: l, coverRate: 0.9, creditLimit: limits[i][0] })]),
      doubles: () => losses.map(([l], i) => [0.9 * Math.max(0, Math.min(l, limits[i][0] ?? l))]),
    },
  ];

  const rows: BenchRow[] = [];
  for (const c of cases) {
    const excelMs = medianMs(c.excel, 3);
    const coreMs = medianMs(c.core, 3);
    const doublesMs = medianMs(c.doubles, 7);
    const perCell = (excelMs * 1000) / CELLS;
    const coreShare = Math.min(100, Math.round((coreMs / excelMs) * 100));
    rows.push({
      figure: `${c.figure} over ${CELLS.toLocaleString("en-US")} cells (Excel function, one call)`,
      value: `${perCell.toFixed(2)} µs/cell (${formatMs(excelMs)})`,
      baseline: `plain doubles: ${((doublesMs * 1000) / CELLS).toFixed(3)} µs/cell`,
      ratio: formatRatio(excelMs / doublesMs),
      goal: `≤ ${GOAL_US} µs/cell`,
      met: perCell <= GOAL_US,
      note: perCell <= GOAL_US
        ? `core alone ${((coreMs * 1000) / CELLS).toFixed(2)} µs/cell (~${coreShare} %; exact scaled-integer path: these inputs have few digits); `
          + "the rest is the function layer (reading, broadcasting) and the result matrix"
        : `missed by ${(perCell - GOAL_US).toFixed(2)} µs/cell (×${(perCell / GOAL_US).toFixed(1)}): the core alone takes `
          + `${((coreMs * 1000) / CELLS).toFixed(2)} µs/cell (~${coreShare} %)`,
    });
  }

  // Exact arithmetic vs doubles for the same function, on the richest formula (FACTOR.COST): first on the
  // inputs above (the exact fast path), then with rates of 17 significant digits (the decimal.js path).
  const coreMs = medianMs(cases[1].core, 3);
  const doublesMs = medianMs(cases[1].doubles, 7);
  rows.push({
    figure: `exact money arithmetic vs plain doubles: core factoringCost over ${CELLS.toLocaleString("en-US")} invoices (rates 0.01, 0.05, 0.9)`,
    value: `${((coreMs * 1000) / CELLS).toFixed(2)} µs/invoice (${formatMs(coreMs)})`,
    baseline: `plain doubles: ${((doublesMs * 1000) / CELLS).toFixed(3)} µs/invoice`,
    ratio: formatRatio(coreMs / doublesMs),
    goal: "",
    met: null,
    note: "the price of exact money arithmetic when the inputs have few digits: the option checks and a few operations on scaled "
      + "integers (src/core/exact.ts), the same doubles as decimal.js would give",
  });
  const fee = 0.005 + 0.005; // 0.01
  const financing = 0.05 + 0.01; // 0.060000000000000005: 17 significant digits
  const longRatesMs = medianMs(() => amounts.map(([a], i) => [factoringCost({ amount: a, days: days[i][0], serviceFeeRate: fee, financingRate: financing, advanceRate: 0.9 }).total]), 3);
  const longDoublesMs = medianMs(() => amounts.map(([a], i) => [Math.max(a * fee, 0) + (a * 0.9 * financing * days[i][0]) / 360]), 7);
  rows.push({
    figure: `decimal.js vs plain doubles: core factoringCost over ${CELLS.toLocaleString("en-US")} invoices, financing rate 0.05 + 0.01 (= 0.060000000000000005)`,
    value: `${((longRatesMs * 1000) / CELLS).toFixed(2)} µs/invoice (${formatMs(longRatesMs)})`,
    baseline: `plain doubles: ${((longDoublesMs * 1000) / CELLS).toFixed(3)} µs/invoice`,
    ratio: formatRatio(longRatesMs / longDoublesMs),
    goal: "",
    met: null,
    note: `a rate with 17 significant digits (as a formula computes it; a typed rate has few) leaves the exact fast path: decimal.js at 40 digits, `
      + `each operation allocating a Decimal, ×${(longRatesMs / coreMs).toFixed(1)} the fast path's time`,
  });
  return rows;
};
