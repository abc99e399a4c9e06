/**
 * One blank rule, the same on every platform (issue "Excel as it really behaves", point 2). A blank cell reaches
 * a custom function as null (Excel on the web, newer desktop builds), 0 (older desktop builds: office-js issue
 * 4702) or "" — and an omitted optional argument as null (learn.microsoft.com/office/dev/add-ins/excel/
 * custom-functions-parameter-options). Every parameter is declared a matrix, so a blank cell arrives as [[…]]
 * and an omitted one as a bare null: the two are told apart, and a blank counts as 0 (FALSE; "none" for a limit
 * or a date that may be missing) whichever of the three forms it takes.
 */
import { FUNCTIONS, parametersOf, PARAMETERS } from "../../src/catalogue";
import { callAsExcel, loadRegistry, type Registry } from "../../testkit/registry";
import { EncoursWorkbook } from "../../testkit/hyperformula-host";

let registry: Registry;
beforeAll(async () => {
  registry = await loadRegistry();
});

const BLANKS: ReadonlyArray<readonly [string, unknown]> = [
  ["null (web)", null],
  ["0 (older desktop)", 0],
  ['"" (empty text)', ""],
];

/** A call's result as a comparable value: numbers, labels, or an error's code and message. */
const outcome = (result: unknown): unknown =>
  result instanceof CustomFunctions.Error ? { error: result.code, message: result.message } : result;

/** A worked value for each parameter, from the catalogue's example (a list as a 2-row range). */
const exampleOf = (name: keyof typeof PARAMETERS): unknown => {
  const parameter = PARAMETERS[name];
  const value = parameter.kind === "boolean" ? parameter.example === "TRUE" : parameter.kind === "terms" ? Number(parameter.example) : Number(parameter.example);
  return parameter.form === "list" || parameter.form === "perItem" ? [[value], [value]] : value;
};

describe("a blank cell gives the same result on every platform, for every optional argument of every function", () => {
  for (const entry of FUNCTIONS) {
    const parameters = parametersOf(entry);
    const base = parameters.map((p) => (p.optional ? null : exampleOf(p.name)));
    for (const [index, p] of parameters.entries()) {
      if (!p.optional || p.form === "matrix") continue;
      it(`${entry.id}(…, ${p.name} blank, …)`, () => {
        const results = BLANKS.map(([, blank]) => {
          const args = [...base];
          // A blank single cell is a 1×1 range; a blank per-item range is a column of blanks.
          args[index] = p.form === "list" || p.form === "perItem" ? [[blank], [blank]] : [[blank]];
          return outcome(callAsExcel(registry, entry.id, args));
        });
        expect(results[1]).toEqual(results[0]);
        expect(results[2]).toEqual(results[0]);
      });
    }
  }
});

describe("the cases that used to depend on the machine now give one answer", () => {
  const formulas = {
    // n blank = 0: not a count of 1 or more, on every platform (it was 0.95 on the web, #VALUE! on desktop)
    top: "=ENCOURS.CONCENTRATION.TOP(A1:A6, B1)",
    // service_fee_rate blank = 0: balance 10 000 − 9 000 − 75 = 925 (it was 825 on the web)
    schedule: "=INDEX(ENCOURS.FACTOR.SCHEDULE(10000, 60, B1), 2, 3)",
    // cover_rate blank = 0: no indemnity, net cost = the premium 3 000 (it was 930 on the web)
    netcost: "=ENCOURS.CREDIT.NETCOST(3000, C1:C3, D1:D3, , B1)",
    // omitted (not blank) still takes the catalogue's default 90 %: 3 000 − 0.9 × 2 300 = 930
    omitted: "=ENCOURS.CREDIT.NETCOST(3000, C1:C3, D1:D3)",
  };
  for (const [label, blank] of [["null", "null"], ["zero", "zero"], ["empty", "empty"]] as const) {
    it(`with blanks arriving as ${label}`, () => {
      const wb = EncoursWorkbook.build(
        registry.functions,
        {
          S: [
            [400, null, 50000, 0.02, formulas.top, formulas.schedule, formulas.netcost, formulas.omitted],
            [300, null, 30000, 0.01],
            [100, null, 20000, 0.05],
            [100],
            [50],
            [50],
          ],
        },
        { blank },
      );
      expect((wb.value("S", "E1") as { type?: string }).type).toBe("VALUE");
      expect(wb.value("S", "F1")).toBeCloseTo(925, 9);
      expect(wb.value("S", "G1")).toBeCloseTo(3000, 9);
      expect(wb.value("S", "H1")).toBeCloseTo(930, 9);
      wb.destroy();
    });
  }
});
