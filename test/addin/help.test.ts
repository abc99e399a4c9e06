/*
 * The help pages' content: one entry per function, example formulas written as Excel writes them in each
 * language, and example results that are what the ENCOURS function itself returns for those arguments.
 */
import * as path from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import * as functions from "../../src/functions/functions";
import { HELP, type ExampleArg, type HelpExample, type ResultTable } from "../../src/help/content";
import { buildHelpSite, computeExample, exampleFormula } from "../../src/help/generate";

const FUNCTIONS_FILE = path.resolve(__dirname, "..", "..", "src", "functions", "functions.ts");

interface Parameter { name: string; dimensionality?: string }
interface FunctionMetadata { id: string; name: string; description: string; parameters: Parameter[] }

let metadata: { functions: FunctionMetadata[] };
let functionNames: Map<string, string>;

beforeAll(async () => {
  const generated = await generateCustomFunctionsMetadata(FUNCTIONS_FILE, true);
  expect(generated.errors).toEqual([]);
  metadata = JSON.parse(generated.metadataJson);
  functionNames = new Map(generated.associate.map((a: { id: string; functionName: string }) => [a.id, a.functionName]));
});

/** An example argument as Excel hands it to the function: ranges and range-aware scalars as matrices. */
function excelArgument(arg: ExampleArg, example: HelpExample, parameter: Parameter | undefined): unknown {
  if (arg === null) return null;
  const value = typeof arg === "object" ? ("percent" in arg ? arg.percent : example.data![arg.column].values.map((v) => [v])) : arg;
  if (parameter?.dimensionality === "matrix" && !Array.isArray(value)) return [[value]];
  return value;
}

const numbersOf = (row: unknown[]): number[] => row.filter((cell): cell is number => typeof cell === "number");

describe("help content", () => {
  it("has a method, a worked example and a source for every function Excel knows", () => {
    for (const fn of metadata.functions) {
      const entry = HELP[fn.id];
      expect({ id: fn.id, documented: entry !== undefined }).toEqual({ id: fn.id, documented: true });
      expect(entry.examples.length).toBeGreaterThan(0);
      expect(entry.source.en.length).toBeGreaterThan(20);
      expect(entry.source.fr.length).toBeGreaterThan(20);
    }
  });

  it("writes example formulas with commas in English and semicolons and decimal commas in French", () => {
    const premium = HELP["CREDIT.PREMIUM"].examples[0];
    expect(exampleFormula("CREDIT.PREMIUM", premium, "en")).toBe("=ENCOURS.CREDIT.PREMIUM(5000000, 0.25%, 10000)");
    expect(exampleFormula("CREDIT.PRIME", premium, "fr")).toBe("=ENCOURS.CREDIT.PRIME(5000000; 0,25%; 10000)");
    expect(exampleFormula("DSO", HELP.DSO.examples[0], "en")).toBe("=ENCOURS.DSO(212000, A2:A4, 30)");
  });

  it("gives the published DSO countback figure: 73.71 days (support.benjipays.com, count back method)", () => {
    expect(computeExample("DSO", HELP.DSO.examples[0])).toBeCloseTo(73.714285714, 6);
  });

  it("gives the published factoring cost: 7.50 € for 500 € over 30 days at 0.05% a day (help.getdefacto.com)", () => {
    expect(computeExample("FACTOR.COST", HELP["FACTOR.COST"].examples[0])).toBeCloseTo(7.5, 9);
  });

  it("gives the seed's indemnity: 90% of a 50,000 € loss is 45,000 € (Affacturage.org Groupe)", () => {
    expect(computeExample("CREDIT.INDEMNITY", HELP["CREDIT.INDEMNITY"].examples[0])).toBe(45000);
  });

  it("shows, for every example, the value the ENCOURS function returns for the same arguments", () => {
    let compared = 0;
    for (const fn of metadata.functions) {
      const implementation = (functions as unknown as Record<string, (...args: unknown[]) => unknown>)[functionNames.get(fn.id)!];
      for (const example of HELP[fn.id].examples) {
        const args = example.args.map((arg, i) => excelArgument(arg, example, fn.parameters[i]));
        const returned = implementation(...args);
        const expected = computeExample(fn.id, example);
        if (typeof expected === "number") {
          const value = Array.isArray(returned) ? returned[0][0] : returned;
          expect({ id: fn.id, value }).toEqual({ id: fn.id, value: expect.closeTo(expected, 9) });
        } else {
          const rows = (returned as unknown[][]).map(numbersOf);
          for (const row of (expected as ResultTable).rows) expect(rows).toContainEqual(numbersOf(row));
        }
        compared++;
      }
    }
    expect(compared).toBeGreaterThanOrEqual(metadata.functions.length);
  });

  it("builds an index and a page per function in each language", () => {
    const site = buildHelpSite({ functions: metadata, functionsFr: metadata });
    expect(Object.keys(site).length).toBe(2 * metadata.functions.length + 2);
    expect(site["en/factor.apr.html"]).toContain("(1 + cost / advance)^(365 / days) − 1");
    expect(site["fr/factor.apr.html"]).toContain('lang="fr"');
  });

  it("refuses to build a page for a function it has no content for", () => {
    const unknown = { functions: [{ id: "FACTOR.UNKNOWN", name: "FACTOR.UNKNOWN", description: "", parameters: [] }] };
    expect(() => buildHelpSite({ functions: unknown, functionsFr: unknown })).toThrow("src/help/content.ts has no entry for FACTOR.UNKNOWN");
  });
});
