/**
 * Timing helpers shared by the benchmark sections: every figure is the median of several runs, measured with
 * the monotonic clock, after one warm-up run (the JIT's first compilation is not what a user waits for twice).
 */
import { performance } from "node:perf_hooks";

/** Median of `runs` timings of `task`, in milliseconds, after `warmup` untimed runs. */
export function medianMs(task: () => unknown, runs = 5, warmup = 1): number {
  for (let i = 0; i < warmup; i++) task();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    task();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const mid = Math.floor(times.length / 2);
  return times.length % 2 === 1 ? times[mid] : (times[mid - 1] + times[mid]) / 2;
}

/** Median of timings where each run needs a fresh setup that is not timed (e.g. a workbook to recalculate). */
export function medianMsWithSetup<T>(setup: () => T, task: (state: T) => unknown, teardown: (state: T) => void = () => undefined,
  runs = 5, warmup = 1): number {
  const times: number[] = [];
  for (let i = 0; i < runs + warmup; i++) {
    const state = setup();
    const start = performance.now();
    task(state);
    const elapsed = performance.now() - start;
    teardown(state);
    if (i >= warmup) times.push(elapsed);
  }
  times.sort((a, b) => a - b);
  const mid = Math.floor(times.length / 2);
  return times.length % 2 === 1 ? times[mid] : (times[mid - 1] + times[mid]) / 2;
}

/** Deterministic pseudo-random numbers in [0, 1) (mulberry32), so every run measures the same workbook. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const formatMs = (ms: number): string => (ms >= 100 ? `${ms.toFixed(0)} ms` : ms >= 10 ? `${ms.toFixed(1)} ms` : `${ms.toFixed(2)} ms`);
export const formatRatio = (ratio: number): string => (ratio >= 10 ? ratio.toFixed(1) : ratio >= 0.1 ? ratio.toFixed(2) : ratio.toFixed(3));
