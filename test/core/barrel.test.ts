import * as fs from "fs";
import * as path from "path";
import * as core from "../../src/core";

// The barrel is the core's only public face: it must hold the contract's API (../../contract/CONTRACT.md,
// "Core API") and nothing internal (validation helpers, decimal internals).

const contract = [
  "FACTORING_DEFAULTS", "factoringAdvance", "factoringCost", "factoringNet", "factoringApr", "factoringSchedule", "factoringLine", "factoringAnnualCost",
  // Offer terms (DESIGN.md, "Factoring offer terms"): the TEG of art. R314-6, one invoice with its timeline, a programme.
  "FACTORING_OFFER_DEFAULTS", "factoringTeg", "factoringOfferInvoice", "factoringProgramme", "factoringProgrammeFigures", "PROGRAMME_FIGURES",
  "CREDIT_DEFAULTS", "creditExpectedLoss", "creditPremium", "creditIndemnity", "creditExpectedIndemnity", "creditNetCost", "creditBreakEvenPd",
  // Exposure at default and the policy's yearly terms (DESIGN.md, "Exposure" and "Credit-insurance policy terms").
  "POLICY_DEFAULTS", "outstandingFromTurnover", "portfolioExposures", "creditPolicyCharges", "creditPolicyYear", "BAD_YEAR_LEVELS", "creditPolicyFigures", "creditKeptLossQuantile", "POLICY_FIGURES", "policyFigureValues",
  "DSO_DEFAULTS", "dsoCountback", "dsoCountbackDetail", "dsoAccountingRatio", "dsoBestPossible", "dsoDelinquent",
  "CONCENTRATION_DEFAULTS", "concentrationTop", "concentrationHhi", "CoreError", "isCoreError",
  // The core's messages, for the function layer's checks of the same rules (an empty range).
  "CORE_MESSAGES",
];

// Sibling modules of other owners (portfolio: RISK; advisory and any later one) join the barrel with their
// own exports; they are not this module's to list.
const ownModules = ["factoring", "insurance", "receivables", "concentration"];
const otherModulesExports = (): string[] => {
  const coreDir = path.join(__dirname, "../../src/core");
  return fs
    .readdirSync(coreDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !ownModules.includes(entry.name) && fs.existsSync(path.join(coreDir, entry.name, "index.ts")))
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    .flatMap((entry) => Object.keys(require(path.join(coreDir, entry.name))));
};

describe("the core barrel", () => {
  it("exports every function and constant of the contract", () => {
    expect(Object.keys(core)).toEqual(expect.arrayContaining(contract));
  });

  it("exports nothing else besides the other owners' modules", () => {
    const others = Object.keys(core).filter((name) => !contract.includes(name) && !otherModulesExports().includes(name));
    expect(others).toEqual([]);
  });

  it.each([["FACTORING_DEFAULTS", core.FACTORING_DEFAULTS], ["CREDIT_DEFAULTS", core.CREDIT_DEFAULTS], ["DSO_DEFAULTS", core.DSO_DEFAULTS],
    ["CONCENTRATION_DEFAULTS", core.CONCENTRATION_DEFAULTS]])(
    "exports %s frozen, so that no caller can change another's defaults",
    (_name, defaults) => {
      expect(Object.isFrozen(defaults)).toBe(true);
    },
  );
});
