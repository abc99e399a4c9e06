import { creditRiskPlus, lossQuantile } from "../../src/core/portfolio";
import { coreErrorOf } from "../../testkit/coreError";
import { mcNeilPortfolio } from "./helpers";

describe("creditRiskPlus argument errors", () => {
  it("answers VALUE with both lengths when pds and exposures differ in length", () => {
    const error = coreErrorOf(() => creditRiskPlus({ exposures: [1, 2, 3], pds: [0.01, 0.02] }));
    expect(error.code).toBe("VALUE");
    expect(error.message).toBe("exposures and pds must have the same number of values (3 and 2 given)");
    expect(error.messageFr).toBe("exposures et pds doivent avoir le même nombre de valeurs (3 et 2 fournies)");
  });

  it("answers VALUE with both lengths when pds is empty beside exposures", () => {
    const error = coreErrorOf(() => creditRiskPlus({ exposures: [1, 2, 3], pds: [] }));
    expect(error.code).toBe("VALUE");
    expect(error.message).toBe("exposures and pds must have the same number of values (3 and 0 given)");
  });

  it("answers VALUE with both lengths when lgds and exposures differ in length", () => {
    const error = coreErrorOf(() => creditRiskPlus({ exposures: [1, 2], pds: [0.01, 0.02], lgds: [0.5, 0.5, 0.5] }));
    expect(error.code).toBe("VALUE");
    expect(error.message).toMatch(/exposures and lgds .*\(2 and 3 given\)/);
  });

  it("answers VALUE with both lengths when cover terms and exposures differ in length", () => {
    const error = coreErrorOf(() => creditRiskPlus({ exposures: [1, 2], pds: [0.01, 0.02], cover: { creditLimits: [5] } }));
    expect(error.code).toBe("VALUE");
    expect(error.message).toMatch(/exposures and credit_limits .*\(2 and 1 given\)/);
  });

  it("answers VALUE naming pds when a pd is above 1", () => {
    const error = coreErrorOf(() => creditRiskPlus({ exposures: [1, 2], pds: [0.01, 1.5] }));
    expect(error.code).toBe("VALUE");
    expect(error.message).toMatch(/^pds \(value 2\) must be between 0 and 1/);
    expect(error.messageFr).toMatch(/^pds \(valeur 2\) doit être compris entre 0 et 1/);
  });

  it("answers VALUE naming pds when a pd is negative", () => {
    const error = coreErrorOf(() => creditRiskPlus({ exposures: [1], pds: [-0.01] }));
    expect(error.code).toBe("VALUE");
    expect(error.argument).toBe("pds");
  });

  it("answers VALUE naming exposures when an exposure is negative", () => {
    const error = coreErrorOf(() => creditRiskPlus({ exposures: [1, -2], pds: [0.01, 0.01] }));
    expect(error.code).toBe("VALUE");
    expect(error.message).toMatch(/^exposures \(value 2\) must be 0 or more/);
  });

  it("answers VALUE naming lgds when an lgd is above 1", () => {
    const error = coreErrorOf(() => creditRiskPlus({ exposures: [1], pds: [0.01], lgds: 1.2 }));
    expect(error.code).toBe("VALUE");
    expect(error.message).toMatch(/^lgds must be between 0 and 1/);
  });

  it("answers VALUE naming pd_volatility when it is negative", () => {
    const error = coreErrorOf(() => creditRiskPlus({ exposures: [1], pds: [0.01], pdVolatility: -0.1 }));
    expect(error.code).toBe("VALUE");
    expect(error.message).toBe("pd_volatility must be 0 or more (e.g. 0.5)");
    expect(error.messageFr).toBe("pd_volatility doit être supérieur ou égal à 0 (par ex. 0,5)");
  });

  it("answers VALUE naming cover_rate, credit_limits and deductible when they are out of range", () => {
    const base = { exposures: [1], pds: [0.01] };
    expect(coreErrorOf(() => creditRiskPlus({ ...base, cover: { coverRates: 2 } })).argument).toBe("cover_rate");
    expect(coreErrorOf(() => creditRiskPlus({ ...base, cover: { creditLimits: -1 } })).argument).toBe("credit_limits");
    const deductible = coreErrorOf(() => creditRiskPlus({ ...base, cover: { deductibles: [-5] } }));
    expect(deductible.code).toBe("VALUE");
    expect(deductible.message).toMatch(/^deductible \(value 1\) must be 0 or more/);
  });

  it("answers VALUE naming band_unit when it is 0", () => {
    const error = coreErrorOf(() => creditRiskPlus({ exposures: [1], pds: [0.01], bandUnit: 0 }));
    expect(error.code).toBe("VALUE");
    expect(error.message).toBe("band_unit must be more than 0 (e.g. 1000)");
  });

  it("answers NA for an empty portfolio", () => {
    const error = coreErrorOf(() => creditRiskPlus({ exposures: [], pds: [] }));
    expect(error.code).toBe("NA");
    expect(error.message).toMatch(/^exposures is empty/);
  });
});

describe("lossQuantile argument errors", () => {
  const dist = creditRiskPlus(mcNeilPortfolio());

  it.each([0, 1, -0.5, 1.5, Number.NaN])("answers VALUE for level %p, outside (0, 1)", (level) => {
    const error = coreErrorOf(() => lossQuantile(dist, level));
    expect(error.code).toBe("VALUE");
    expect(error.message).toBe("level must be strictly between 0 and 1 (99% or 0.99)");
    expect(error.messageFr).toBe("level doit être strictement compris entre 0 et 1 (99 % ou 0,99)");
  });

  it("answers VALUE when given something other than a loss distribution", () => {
    const error = coreErrorOf(() => lossQuantile({} as never, 0.99));
    expect(error.code).toBe("VALUE");
    expect(error.message).toMatch(/creditRiskPlus/);
  });
});
