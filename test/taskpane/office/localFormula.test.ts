import { frenchFunctionName, toFrenchLocalFormula } from "../../../src/taskpane/office/localFormula";
import { FUNCTIONS } from "../../../src/catalogue";
import { buildProposal, SEED_INPUTS, type SimulatorInputs } from "../../../src/taskpane/proposals";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { generateCustomFunctionsMetadata } = require("custom-functions-metadata") as {
  generateCustomFunctionsMetadata: (input: string, wantConsoleOutput?: boolean) => Promise<{ metadataJson: string }>;
};

const FRENCH_NAMES = new Set(FUNCTIONS.map((entry) => entry.fr));

describe("the French local form of a formula", () => {
  it("names ENCOURS functions in French and separates arguments with semicolons", () => {
    expect(toFrenchLocalFormula("=ENCOURS.FACTOR.COST(B4,B5,B7,B9,B6,B8,B10)", ",")).toBe("=ENCOURS.AFFACTURAGE.COUT(B4;B5;B7;B9;B6;B8;B10)");
    expect(toFrenchLocalFormula("=ENCOURS.DSO.BESTPOSSIBLE(B4,B6:B17,B18,B19)", ",")).toBe("=ENCOURS.DSO.OPTIMAL(B4;B6:B17;B18;B19)");
    // DSO is DSO in both languages: the longest name is matched, not its prefix.
    expect(toFrenchLocalFormula("=ENCOURS.DSO(B4,B6:B17,B18,B19)", ",")).toBe("=ENCOURS.DSO(B4;B6:B17;B18;B19)");
  });

  it("translates the built-in functions and booleans the proposals use, and decimal points", () => {
    expect(toFrenchLocalFormula("=SUMPRODUCT(B5:B7,ENCOURS.CREDIT.INDEMNITY(C5:C7*D5:D7,B9,,B10))", ",")).toBe("=SOMMEPROD(B5:B7;ENCOURS.CREDIT.INDEMNITE(C5:C7*D5:D7;B9;;B10))");
    expect(toFrenchLocalFormula("=ENCOURS.FACTOR.APR(B4,B5,B7,B9,B6,B8,B10,TRUE)", ",")).toBe("=ENCOURS.AFFACTURAGE.TAUX(B4;B5;B7;B9;B6;B8;B10;VRAI)");
    expect(toFrenchLocalFormula("=B4/(SUM(B6:B17)*(1+B18))*COUNT(B6:B17)*0.5", ",")).toBe("=B4/(SOMME(B6:B17)*(1+B18))*NB(B6:B17)*0,5");
    // Swiss French keeps the decimal point (Excel tells the separator through cultureInfo).
    expect(toFrenchLocalFormula("=MAX(B4*0.25,B5)", ".")).toBe("=MAX(B4*0.25;B5)");
  });

  it("leaves string literals as they are, commas and escaped quotes included", () => {
    expect(toFrenchLocalFormula('=IF(B4=MIN(B4:D4),"✓ la moins chère, ""vraiment""","")', ",")).toBe('=SI(B4=MIN(B4:D4);"✓ la moins chère, ""vraiment""";"")');
  });

  it("gives null for a function it cannot name in French, so that the caller keeps the English form", () => {
    expect(toFrenchLocalFormula("=VLOOKUP(B4,C1:D9,2)", ",")).toBeNull();
    expect(toFrenchLocalFormula("=ENCOURS.NOSUCH(B4)", ",")).toBeNull();
    expect(frenchFunctionName("FACTOR.ADVANCE")).toBe("AFFACTURAGE.AVANCE");
    expect(frenchFunctionName("nosuch")).toBeUndefined();
  });

  it("can translate every formula of every proposal, in both variants and languages", () => {
    for (const kind of Object.keys(SEED_INPUTS) as Array<keyof SimulatorInputs>) {
      for (const variant of ["live", "shareable"] as const) {
        for (const language of ["fr", "en"] as const) {
          for (const cell of buildProposal(kind, SEED_INPUTS[kind] as never, { variant, language }).cells) {
            if (cell.formula === undefined) continue;
            const local = toFrenchLocalFormula(cell.formula, ",");
            const called = [...(local ?? "").matchAll(/ENCOURS\.([A-Z.]+)\(/g)].map((match) => match[1]);
            expect({ formula: cell.formula, translated: local !== null && called.every((name) => FRENCH_NAMES.has(name)) }).toEqual({ formula: cell.formula, translated: true });
          }
        }
      }
    }
  });

  it("reads names from a table whose keys are the functions' English names (ids equal names in the metadata)", async () => {
    const { metadataJson } = await generateCustomFunctionsMetadata("src/functions/functions.ts");
    const functions = (JSON.parse(metadataJson) as { functions: Array<{ id: string; name: string }> }).functions;
    expect(functions.length).toBeGreaterThanOrEqual(17);
    for (const fn of functions) {
      expect({ id: fn.id, name: fn.name }).toEqual({ id: fn.id, name: fn.id });
      expect({ id: fn.id, french: typeof frenchFunctionName(fn.name) }).toEqual({ id: fn.id, french: "string" });
    }
  });
});
