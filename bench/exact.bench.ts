/**
 * The core's two number engines held to each other at scale: for every fast path of src/core/exact.ts, the
 * checks of testkit/exactPaths.ts (the public function, the internal fast path and the documented formula in
 * decimal.js, compared with Object.is) on CASES deterministic fast-check cases, half typed decimals of a few
 * digits, half any kind (formula-computed 17-digit doubles, any double in range). Every row expects 0
 * mismatches; the baseline column says how many cases each engine took, so that a fast path no longer
 * reached shows too. test/core/exactPaths.test.ts runs the same checks on a few thousand cases. About 2 minutes;
 * EXACT_CASES=20000 in the environment for a quicker run.
 */
import fc from "fast-check";
import { performance } from "node:perf_hooks";
import { type Engine, EXACT_PATHS } from "../testkit/exactPaths";
import type { BenchRow, BenchSection } from "./types";

const CASES = Number(process.env.EXACT_CASES ?? 300_000);
/** Cases are drawn in batches (each with its own seed) so that no more than one batch is held at a time. */
const BATCH = 10_000;

export const run: BenchSection = async () => {
  const rows: BenchRow[] = [];
  for (const [p, path] of EXACT_PATHS.entries()) {
    const start = performance.now();
    const engines: Record<Engine, number> = { integers: 0, bigint: 0, decimal: 0 };
    let mismatches = 0;
    let first = "";
    for (let batch = 0; batch * BATCH < CASES; batch++) {
      for (const c of fc.sample(path.cases, { numRuns: BATCH, seed: 1000 * p + batch })) {
        const outcome = path.check(c);
        engines[outcome.engine]++;
        if (outcome.mismatches.length > 0) {
          mismatches++;
          first ||= `first: ${JSON.stringify(c)}: ${outcome.mismatches[0]}`;
        }
      }
    }
    const seconds = (performance.now() - start) / 1000;
    rows.push({
      figure: `${path.name}: same double as decimal.js, ${CASES.toLocaleString("en-US")} random cases`,
      value: `${mismatches} mismatches (${seconds.toFixed(1)} s)`,
      baseline: `engine taken: integers ${engines.integers}, BigInt ${engines.bigint}, decimal.js ${engines.decimal}`,
      ratio: (mismatches / CASES).toString(),
      goal: "0 mismatches",
      met: mismatches === 0,
      note: first || undefined,
    });
  }
  return rows;
};
