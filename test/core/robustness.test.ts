import fc from "fast-check";
import * as core from "../../src/core";

/**
 * Whatever it is given, the core returns finite numbers or throws a CoreError: never a TypeError, a
 * RangeError from decimal.js, NaN or Infinity. Inputs mix valid values with NaN, ±Infinity, -0, negatives,
 * huge and tiny numbers, text, booleans, null, undefined and nested arrays.
 */

const wildNumber = fc.oneof(
  fc.double(),
  fc.constantFrom(NaN, Infinity, -Infinity, -0, 0, 1, -1, 1e308, -1e308, 5e-324, Number.MAX_SAFE_INTEGER, 360, 365, 0.5, 90),
  fc.integer({ min: -10, max: 1000 }),
);
const wildScalar = fc.oneof(wildNumber, fc.constantFrom(null, undefined, "12", "", true, false, {}));
const wildList = fc.oneof(fc.array(wildNumber, { maxLength: 8 }), fc.array(wildScalar, { maxLength: 8 }), fc.constant([[1, 2]]));
const wild = fc.oneof({ weight: 3, arbitrary: wildNumber }, { weight: 1, arbitrary: wildScalar }, { weight: 2, arbitrary: wildList });
const sensibleList = fc.array(fc.double({ min: 0, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 8 });

const keys = [
  "amount", "days", "serviceFeeRate", "financingRate", "advanceRate", "minFee", "dayBasis", "compound",
  "annualTurnover", "dsoDays", "usage", "minAnnualFee", "fixedFees",
  "exposures", "pds", "lgds", "coverRate", "creditLimits", "insuredTurnover", "rate", "minPremium",
  "loss", "creditLimit", "deductible", "threshold", "premium", "exposure", "lgd",
  "receivables", "currentReceivables", "sales", "periodDays", "vatRate", "newestFirst", "values", "n",
] as const;

// Options with every key random: most calls fail validation early, so a second arbitrary keeps lists
// sensible and lets the randomness reach the arithmetic.
const wildOptions = fc.record(Object.fromEntries(keys.map((k) => [k, wild])) as Record<(typeof keys)[number], fc.Arbitrary<unknown>>, { requiredKeys: [] });
const nearlyValidOptions = fc.record({
  amount: wildNumber, days: wildNumber, annualTurnover: wildNumber, dsoDays: wildNumber, loss: wildNumber, premium: wildNumber,
  exposure: wildNumber, insuredTurnover: wildNumber, rate: fc.double({ min: 0, max: 1, noNaN: true }), receivables: wildNumber,
  currentReceivables: wildNumber, exposures: sensibleList, pds: sensibleList.map((l) => l.map((x) => x / 1e6)), sales: sensibleList,
  values: fc.oneof(sensibleList, fc.array(wildNumber, { minLength: 1, maxLength: 5 })), periodDays: fc.oneof(wildNumber, sensibleList),
  n: fc.oneof(wildNumber, fc.integer({ min: 1, max: 10 })), compound: fc.boolean(), creditLimit: fc.oneof(wildNumber, fc.constant(null)),
});

const functions = Object.entries(core).filter(([, value]) => typeof value === "function" && value !== core.CoreError && value !== core.isCoreError) as Array<
  [string, (options: unknown) => unknown]
>;

const allFinite = (value: unknown): boolean => {
  if (typeof value === "number") return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(allFinite);
  if (typeof value === "object" && value !== null) return Object.values(value).every(allFinite);
  return typeof value === "string" || typeof value === "boolean";
};

const coreFunctionNames = [
  "factoringAdvance", "factoringCost", "factoringNet", "factoringApr", "factoringSchedule", "factoringLine", "factoringAnnualCost",
  "creditExpectedLoss", "creditPremium", "creditIndemnity", "creditExpectedIndemnity", "creditNetCost", "creditBreakEvenPd",
  "dsoCountback", "dsoCountbackDetail", "dsoAccountingRatio", "dsoBestPossible", "dsoDelinquent", "concentrationTop", "concentrationHhi",
];

describe("robustness", () => {
  const mine = functions.filter(([name]) => coreFunctionNames.includes(name));

  it("reaches every function of this module", () => {
    expect(mine.map(([name]) => name).sort()).toEqual([...coreFunctionNames].sort());
  });

  it.each(mine)("%s returns finite numbers or throws a CoreError, whatever it is given", (_name, fn) => {
    const check = (options: unknown): boolean => {
      try {
        return allFinite(fn(options));
      } catch (error) {
        return core.isCoreError(error) && ["VALUE", "NA", "DIV0", "NUM"].includes(error.code) && error.message.length > 0 && error.messageFr.length > 0;
      }
    };
    fc.assert(fc.property(fc.oneof(wildOptions, nearlyValidOptions, wild), check), { numRuns: 300 });
  });
});
