import { MESSAGES } from "../messages";
import { checkOptions, fail, optionalNonNegative } from "../validate";
import { checkDistribution } from "./lossQuantile";
import { stableSum } from "./panjer";
import type { InsurerLayer, LossDistribution } from "./types";

/**
 * What the insurer expects to pay in a year under an aggregate layer, exactly on the grid of an indemnity
 * distribution (from `creditRiskPlusIndemnities`): E[min(max(S − aggregateDeductible, 0), maxLiability)]
 * = Σ_k P(k) × min(max(k L − aggregateDeductible, 0), maxLiability). The grid's missing tail (`massLost`)
 * would add at most massLost × maxLiability.
 *
 * @example
 * // loss 0 or 100 with probability 1/2 each; the insurer pays above 30, at most 50
 * insurerExpectedPayment({ unit: 100, losses: [0, 100], probabilities: [0.5, 0.5], cumulative: [0.5, 1], ... },
 *   { aggregateDeductible: 30, maxLiability: 50 }) // => 25
 */
export const insurerExpectedPayment = (dist: LossDistribution, layer: InsurerLayer = {}): number => {
  const { unit, probabilities } = checkDistribution(dist);
  const options = checkOptions(layer);
  const aggregateDeductible = optionalNonNegative(options.aggregateDeductible, "aggregate_deductible", 0);
  const maxLiability = optionalNonNegative(options.maxLiability, "max_liability", Number.POSITIVE_INFINITY);
  const expected = stableSum(
    probabilities.map((probability, k) =>
      probability === 0 ? 0 : probability * Math.min(Math.max(k * unit - aggregateDeductible, 0), maxLiability),
    ),
  );
  return Number.isFinite(expected) ? expected : fail("NUM", MESSAGES.tooLarge());
};
