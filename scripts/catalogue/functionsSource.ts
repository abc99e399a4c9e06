/**
 * The text of src/functions/functions.ts, generated from the catalogue: one exported wrapper per function,
 * whose JSDoc is the Excel metadata that custom-functions-metadata reads (@customfunction, @param, @returns,
 * @helpurl). The JSDoc is the metadata tool's input format, so it is generated rather than typed: the
 * catalogue stays the one declaration. `npm run generate` writes the file; a test fails when it differs.
 */
import { FUNCTIONS, type FunctionEntry, parametersOf, wrapperName } from "../../src/catalogue";

/** Where the help pages are served during development (the build rewrites it for production). */
const HELP_BASE = "https://localhost:3000/help/en/";

/**
 * Every parameter is declared as a matrix (`unknown[][]`), single values included. Microsoft documents that an
 * omitted optional argument arrives as `null` and that a range argument arrives as a two-dimensional array
 * (learn.microsoft.com/office/dev/add-ins/excel/custom-functions-parameter-options, "Optional parameters" and
 * "Range parameters"); so a blank cell arrives as `[[null]]` (web, newer desktop) or `[[0]]` (older desktop,
 * office-js issue 4702), never as the bare `null` of "omitted". Blank and omitted can then be told apart on
 * every platform, and one blank rule holds everywhere: a blank cell counts as 0 (FALSE, "none" for a limit).
 */
const PARAMETER_TYPE = "unknown[][]";

const header = `/**
 * GENERATED from the catalogue (src/catalogue) by \`npm run generate\`: do not edit; edit the catalogue.
 *
 * Every Excel custom function of Encours (namespace ENCOURS), one exported wrapper each. The JSDoc of each is
 * its Excel metadata (custom-functions-metadata reads it); the implementation is built from the same catalogue
 * entry (implementations.ts), so a wrapper only hands its arguments over, in the declared order.
 */
import { implementation } from "./implementations";
`;

const wrapper = (entry: FunctionEntry): string => {
  const parameters = parametersOf(entry);
  const name = wrapperName(entry.id);
  const constant = entry.id.replace(/\./g, "_");
  const doc = [
    "/**",
    ` * ${entry.description.en}`,
    ` * @customfunction ${entry.id} ${entry.id}`,
    ...parameters.map((p) => ` * @param ${p.optional ? `[${p.name}]` : p.name} ${p.description.en}`),
    ` * @returns ${entry.returns}`,
    ` * @helpurl ${HELP_BASE}${entry.id.toLowerCase()}.html`,
    " */",
  ];
  const signature = parameters.map((p) => `${p.name}${p.optional ? "?" : ""}: ${PARAMETER_TYPE}`).join(", ");
  // An aggregate's result stays one value. Excel lifts a scalar parameter given a range (one call per cell), but
  // never a matrix one: a range given where one value is expected is #VALUE! naming the argument.
  const result = entry.shape === "aggregate" ? "number" : "unknown[][]";
  const call = parameters.map((p) => p.name).join(", ");
  return [
    `const ${constant} = implementation("${entry.id}");`,
    "",
    ...doc,
    `export function ${name}(${signature}): ${result} {`,
    `  return ${constant}(${call}) as ${result};`,
    "}",
  ].join("\n");
};

export const functionsSource = (): string => `${header}\n${FUNCTIONS.map(wrapper).join("\n\n")}\n`;
