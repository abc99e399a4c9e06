/**
 * Element-wise ENCOURS functions over a 100 000-cell range, called as Excel calls them (one call, the range as
 * a 100 000 × 1 matrix, through the registry built from the same metadata Excel gets): µs per cell, against
 * the same formula in plain doubles. A last row splits FACTOR.COST's time between the core's decimal.js
 * arithmetic and the function layer (argument reading, broadcasting, error mapping).
 */
import { creditIndemnity, factoringAdvance, factoringCost } from "../src/core";
import { loadRegistry } from "../test/support/registry";
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
      note: perCell <= GOAL_US ? `core (decimal.js) ${((coreMs * 1000) / CELLS).toFixed(2)} µs/cell`
        : `missed by ${(perCell - GOAL_US).toFixed(2)} µs/cell (×${(perCell / GOAL_US).toFixed(1)}): the core alone takes `
          + `${((coreMs * 1000) / CELLS).toFixed(2)} µs/cell (~${coreShare} %): its input checks and decimal.js arithmetic (40 digits), `
          + "not the function layer, are the cost",
    });
  }

  // decimal.js vs doubles for the same function, on the richest formula (FACTOR.COST).
  const coreMs = medianMs(cases[1].core, 3);
  const doublesMs = medianMs(cases[1].doubles, 7);
  rows.push({
    figure: `decimal.js vs plain doubles: core factoringCost over ${CELLS.toLocaleString("en-US")} invoices`,
    value: `${((coreMs * 1000) / CELLS).toFixed(2)} µs/invoice (${formatMs(coreMs)})`,
    baseline: `plain doubles: ${((doublesMs * 1000) / CELLS).toFixed(3)} µs/invoice`,
    ratio: formatRatio(coreMs / doublesMs),
    goal: "",
    met: null,
    note: "the price of exact money arithmetic: about 10 decimal.js operations (each allocating a 40-digit Decimal) and the option checks per invoice",
  });
  return rows;
};
