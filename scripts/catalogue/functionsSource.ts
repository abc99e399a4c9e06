/**
 * The text of src/functions/functions.ts, generated from the catalogue: one exported wrapper per function,
 * whose JSDoc is the Excel metadata that custom-functions-metadata reads (@customfunction, @param, @returns,
 * @helpurl). The JSDoc is the metadata tool's input format, so it is generated rather than typed: the
 * catalogue stays the one declaration. `npm run generate` writes the file; a test fails when it differs.
 */
import { FUNCTIONS, type FunctionEntry, parametersOf, type ResolvedParameter, wrapperName } from "../../src/catalogue";

/** Where the help pages are served during development (the build rewrites it for production). */
const HELP_BASE = "https://localhost:3000/help/en/";

/**
 * How Excel passes a parameter: as a matrix (`unknown[][]`: a range's rows of cells, a single value as 1×1)
 * or as one value (`unknown`). Elementwise functions take every argument as a matrix (any may be a range);
 * aggregate and table functions take lists and per-item values as matrices and single values as values.
 */
const isMatrix = (entry: FunctionEntry, parameter: ResolvedParameter): boolean => entry.shape === "elementwise" || parameter.form !== "single";

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
  const signature = parameters.map((p) => `${p.name}${p.optional ? "?" : ""}: ${isMatrix(entry, p) ? "unknown[][]" : "unknown"}`).join(", ");
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
