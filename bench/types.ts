/**
 * One line of the `npm run bench` table. Every figure is a ratio against a baseline measured in the same run
 * (medians of several runs), so that the table holds on any machine.
 */
export interface BenchRow {
  /** what is measured, e.g. "CreditRisk+ full distribution, 10 000 obligors" */
  figure: string;
  /** the measured value with its unit, e.g. "84 ms" */
  value: string;
  /** the baseline's value with its unit, e.g. "Monte Carlo 1e6 draws: 2 300 ms" */
  baseline: string;
  /** value / baseline, e.g. "0.037" */
  ratio: string;
  /** the goal, e.g. "< 200 ms", or "" */
  goal: string;
  /** whether the goal is met (null when there is no goal) */
  met: boolean | null;
  /** where a goal is missed: by how much and why */
  note?: string;
}

/** A benchmark section: bench/<name>.bench.ts exports `run` returning its rows. */
export type BenchSection = () => Promise<BenchRow[]>;
