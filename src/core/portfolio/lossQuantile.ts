import { MESSAGES } from "../messages";
import { checkLevel, fail } from "../validate";
import type { LossDistribution } from "./types";

/** The distribution's shape, checked because JavaScript callers can pass anything. */
export const checkDistribution = (dist: unknown): LossDistribution => {
  const candidate = dist as Partial<LossDistribution> | null;
  const valid =
    typeof candidate === "object" &&
    candidate !== null &&
    typeof candidate.unit === "number" &&
    Number.isFinite(candidate.unit) &&
    candidate.unit > 0 &&
    Array.isArray(candidate.probabilities) &&
    Array.isArray(candidate.cumulative) &&
    candidate.probabilities.length > 0 &&
    candidate.cumulative.length === candidate.probabilities.length;
  return valid ? (candidate as LossDistribution) : fail("VALUE", MESSAGES.notADistribution());
};

/**
 * The `level` quantile of a loss distribution, interpolated linearly between grid points: with k the first
 * grid point where the cumulative probability F reaches the level, the quantile is
 * L × (k − 1 + (level − F(k − 1)) / (F(k) − F(k − 1))), and 0 when F(0) already reaches it.
 * Level outside (0, 1): VALUE. Level beyond the computed grid (above 1 − massLost): NUM.
 *
 * @example
 * // NB(5, 0.5) default count, unit 1 (McNeil, Frey, Embrechts, Quantitative Risk Management, qrmtutorial):
 * // F(10) < 0.95 ≤ F(11), so the 95% quantile lies between 10 and 11
 * lossQuantile(creditRiskPlus({ exposures: Array(500).fill(1), pds: Array(500).fill(0.01), pdVolatility: Math.sqrt(0.2) }), 0.95)
 * // => 10.44336996336996
 */
export const lossQuantile = (dist: LossDistribution, level: number): number => {
  checkLevel(level, "level");
  const { unit, cumulative } = checkDistribution(dist);
  const last = cumulative.length - 1;
  if (!(cumulative[last] >= level)) return fail("NUM", MESSAGES.levelBeyondGrid(cumulative[last]), "level");
  // The cumulative never decreases: binary search for the first point reaching the level.
  let low = 0;
  let high = last;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (cumulative[middle] >= level) high = middle;
    else low = middle + 1;
  }
  if (low === 0) return 0;
  const below = cumulative[low - 1];
  return unit * (low - 1 + (level - below) / (cumulative[low] - below));
};
