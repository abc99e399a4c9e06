// Every published worked example of ../shared/reference/cases.json, called BY ID through the registry exactly
// as Excel calls the function (a single value in a matrix parameter arrives as a 1×1 matrix, a range as rows
// of cells, an omitted argument as null). Each case's source is in its test name.
import { loadReferenceCases } from "../support/referenceCases";
import { callAsExcel, loadRegistry, type Registry } from "../../testkit/registry";

const cases = loadReferenceCases();

let registry: Registry;
beforeAll(async () => {
  registry = await loadRegistry();
});

describe("published reference cases, through the Excel functions", () => {
  it("has cases to run", () => {
    expect(cases.length).toBeGreaterThanOrEqual(9);
  });

  it.each(cases.map((c) => [`${c.function}: ${c.note} (source: ${c.source})`, c] as const))("%s", (_name, c) => {
    const result = callAsExcel(registry, c.function, c.args);
    // Range-aware functions spill: with single values the spill is one cell.
    const value = Array.isArray(result) ? (result as unknown[][])[0][0] : result;
    expect(typeof value).toBe("number");
    expect(Math.abs((value as number) - c.expected)).toBeLessThanOrEqual(c.tol);
  });
});
