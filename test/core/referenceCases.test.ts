import { creditIndemnity, dsoCountback, factoringAdvance, factoringCost } from "../../src/core";
import { loadReferenceCases } from "../support/referenceCases";

/**
 * The published worked examples of ../shared/reference/cases.json that the core answers, loaded at test
 * time so that the file stays the single source. Arguments come in the Excel catalogue's order; null means
 * "omitted, take the default". The cases, with their sources:
 * - FACTOR.ADVANCE 10000, 0.9 → 9000        seed: Insegur, "Comment fonctionne l'affacturage ? (exemple concret)"
 * - FACTOR.ADVANCE 20000, 0.9 → 18000       seed: Affacturage.org Groupe, "Premiere etape"
 * - FACTOR.COST 500, 30 days, 0 %, 18 %, 100 %, -, 360 → 7.5   help.getdefacto.com "Understand your invoice and fees"
 * - CREDIT.INDEMNITY 50000, 0.9 → 45000     seed: Affacturage.org Groupe, "Troisieme etape"
 * - DSO 212000 on 70000/80000/100000, 30 days → 73.714          support.benjipays.com "Mastering DSO calculation: the count back method"
 * - DSO 90000000 on 99241024 (30 d) / 85853156 (31 d) → 32.25   mrexcel.com thread 1255273 "add numbers backwards cumulatively until threshold"
 * - DSO 150000 on 1800000, 365 days → 30.4167                  trymesha.com "The 2 DSO calculation formulas"
 * CREDIT.LOSSQUANTILE belongs to the portfolio module and is tested there.
 */

const cases = loadReferenceCases();

/** Excel's omitted argument (null) becomes an omitted option. */
const opt = (value: unknown): number | undefined => (value === null || value === undefined ? undefined : (value as number));

/** A range (matrix) or a scalar, as the function layer would flatten it. */
const list = (value: unknown): number[] => (Array.isArray(value) ? (value as unknown[][]).flat() as number[] : [value as number]);
const numberOrList = (value: unknown): number | number[] | undefined =>
  value === null || value === undefined ? undefined : Array.isArray(value) ? list(value) : (value as number);

const answer: Record<string, (args: unknown[]) => number> = {
  "FACTOR.ADVANCE": ([amount, advanceRate]) => factoringAdvance({ amount: amount as number, advanceRate: opt(advanceRate) }),
  "FACTOR.COST": ([amount, days, serviceFeeRate, financingRate, advanceRate, minFee, dayBasis]) =>
    factoringCost({
      amount: amount as number,
      days: days as number,
      serviceFeeRate: opt(serviceFeeRate),
      financingRate: opt(financingRate),
      advanceRate: opt(advanceRate),
      minFee: opt(minFee),
      dayBasis: opt(dayBasis),
    }).total,
  "CREDIT.INDEMNITY": ([loss, coverRate, creditLimit, deductible, threshold]) =>
    creditIndemnity({ loss: loss as number, coverRate: opt(coverRate), creditLimit: opt(creditLimit), deductible: opt(deductible), threshold: opt(threshold) }),
  DSO: ([receivables, sales, periodDays, vatRate, newestFirst]) =>
    dsoCountback({
      receivables: receivables as number,
      sales: list(sales),
      periodDays: numberOrList(periodDays),
      vatRate: opt(vatRate),
      newestFirst: newestFirst === null || newestFirst === undefined ? undefined : (newestFirst as boolean),
    }),
};

const coreCases = cases.filter((c) => c.function in answer);

describe("published reference cases", () => {
  it("covers the seven cases the core answers", () => {
    expect(coreCases.map((c) => c.function)).toEqual(["FACTOR.ADVANCE", "FACTOR.ADVANCE", "FACTOR.COST", "CREDIT.INDEMNITY", "DSO", "DSO", "DSO"]);
  });

  it.each(coreCases.map((c) => [c.function, c.source, c] as const))("%s matches %s", (_name, _source, c) => {
    const result = answer[c.function](c.args);
    expect(Math.abs(result - c.expected)).toBeLessThanOrEqual(c.tol);
  });
});
