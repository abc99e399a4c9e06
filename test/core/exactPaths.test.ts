/**
 * src/core/exact.ts claims its fast paths give the very double the decimal.js path gives. Each fast path is
 * held here to the function's documented formula computed with the core's Decimal (testkit/exactPaths.ts):
 * Object.is on every result, for typed decimals of a few digits, doubles that formulas compute (0.1 + 0.2,
 * 0.29 × 100) and any double in range. bench/exact.bench.ts runs the same checks on hundreds of thousands of cases.
 */
import fc from "fast-check";
import { type Engine, EXACT_PATHS, type ExactPath, SEVENTEEN_DIGIT_PATHS } from "../../testkit/exactPaths";

const RUNS = 3000;

/** Runs a path's check on RUNS cases, every one agreeing with decimal.js; how many cases each engine took. */
const enginesOf = (path: ExactPath<unknown>, seed: number): Record<Engine, number> => {
  const engines: Record<Engine, number> = { integers: 0, bigint: 0, decimal: 0 };
  fc.assert(
    fc.property(path.cases, (c) => {
      const outcome = path.check(c);
      engines[outcome.engine]++;
      expect(outcome.mismatches).toEqual([]);
    }),
    { numRuns: RUNS, seed, examples: path.examples.map((c) => [c]) },
  );
  return engines;
};

describe("the exact fast paths and the decimal.js path", () => {
  it.each(EXACT_PATHS.map((path) => [path.name, path] as const))("%s gives the same double as decimal.js", (_name, path) => {
    const engines = enginesOf(path, 20261201);
    // The comparison means something only if the fast path was taken: at least a quarter of the cases
    // (half of them have typed inputs only, which every fast path takes).
    expect(engines.integers + engines.bigint).toBeGreaterThan(RUNS / 4);
  });
});

describe("the BigInt fast paths on 17-digit inputs (what formulas leave in a whole column)", () => {
  it.each(SEVENTEEN_DIGIT_PATHS.map((path) => [path.name, path] as const))("%s gives the same double as decimal.js", (_name, path) => {
    const engines = enginesOf(path, 20261202);
    // Every amount has 16–17 digits: the scaled integers give up, and BigInt must take most cases.
    expect(engines.integers).toBe(0);
    expect(engines.bigint).toBeGreaterThan(RUNS / 2);
  });
});
