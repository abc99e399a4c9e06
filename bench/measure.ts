/**
 * Timing helpers shared by the benchmark sections: every figure is the median of several runs, measured with
 * the monotonic clock, after one warm-up run (the JIT's first compilation is not what a user waits for twice).
 */
import { performance } from "node:perf_hooks";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

// V8's full garbage collection, callable without starting node with --expose-gc.
setFlagsFromString("--expose-gc");
const collectGarbage = runInNewContext("gc") as () => void;

const median = (times: number[]): number => {
  const sorted = [...times].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** Median of `runs` timings of `task`, in milliseconds, after `warmup` untimed runs. */
export function medianMs(task: () => unknown, runs = 5, warmup = 1): number {
  for (let i = 0; i < warmup; i++) task();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    task();
    times.push(performance.now() - start);
  }
  return median(times);
}

/** One side of a comparison timed by `medianMsWithSetup`. */
export interface TimedCase<T> {
  setup(): T;
  task(state: T): unknown;
  teardown?(state: T): void;
}

/**
 * Medians of timings where each run needs a fresh setup that is not timed (e.g. a workbook to recalculate),
 * one median per case. The cases take turns (A, B, A, B, …), so that a burst of load from other jobs on a
 * shared machine falls on both sides of a ratio rather than on one. The garbage of the setup (and of the
 * previous run's teardown) is collected before the clock starts: a workbook's build leaves tens of MB that
 * would otherwise be collected during, and charged to, whichever timed task the collector happens to hit.
 */
export function medianMsWithSetup(cases: ReadonlyArray<TimedCase<unknown>>, runs = 5, warmup = 1): number[] {
  const times: number[][] = cases.map(() => []);
  for (let i = 0; i < runs + warmup; i++) {
    cases.forEach((c, k) => {
      const state = c.setup();
      collectGarbage();
      const start = performance.now();
      c.task(state);
      const elapsed = performance.now() - start;
      c.teardown?.(state);
      if (i >= warmup) times[k].push(elapsed);
    });
  }
  return times.map(median);
}

/** Deterministic pseudo-random numbers in [0, 1), so every run measures the same workbook. */
export { seededRandom } from "../testkit/random";

export const formatMs = (ms: number): string => (ms >= 100 ? `${ms.toFixed(0)} ms` : ms >= 10 ? `${ms.toFixed(1)} ms` : `${ms.toFixed(2)} ms`);
export const formatRatio = (ratio: number): string => (ratio >= 10 ? ratio.toFixed(1) : ratio >= 0.1 ? ratio.toFixed(2) : ratio.toFixed(3));
