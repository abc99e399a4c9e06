/**
 * French function metadata (functions-fr.json) from the English one that custom-functions-metadata generates
 * (functions.json) and the French texts of the catalogue (`catalogueTranslations`). The manifest points Excel
 * at the French file for fr-FR (`<bt:Override Locale="fr-fr" …>` on the metadata URL); Excel needs the same
 * ids in both files, and it is the ids that formulas store, so a workbook opens in either language.
 *
 * Usage (the build calls it after the metadata plugin has emitted functions.json):
 *
 *   localizeMetadata(functionsJson, catalogueTranslations(), "https://localhost:3000/help/fr/") // => functions-fr.json
 *
 * - `functionsJson`: the parsed functions.json ({ functions: [...] });
 * - `translations`: id -> { name, description, parameters: { name: description } } (the catalogue's French);
 * - `helpBaseUrl`: where the French help pages live, ending with "/"; each function's helpUrl becomes
 *   `<helpBaseUrl><id lower-case>.html`. Omitted: the English helpUrl with "/help/en/" replaced by "/help/fr/".
 *
 * Returns a new object (the input is not touched): same functions in the same order, same ids, types,
 * dimensionality and options; French name, description and parameter descriptions; French helpUrl.
 * Parameter names stay as they are: they are the snake_case names the error messages quote in both languages.
 * Throws when the table does not match the metadata one to one (a function or parameter without a French
 * text, or a translation for an id that no longer exists), so that a build never ships half-translated.
 *
 * Pure: no file system, no Office, so webpack, the help generator and the tests use it alike.
 */

import { FUNCTIONS, parametersOf } from "../catalogue";

export interface FunctionTranslation {
  name: string;
  description: string;
  parameters: Record<string, string>;
}

export type Translations = Record<string, FunctionTranslation>;

interface ParameterMetadata {
  name: string;
  description?: string;
  [key: string]: unknown;
}

interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  helpUrl?: string;
  parameters: ParameterMetadata[];
  [key: string]: unknown;
}

export interface FunctionsMetadata {
  functions: FunctionMetadata[];
  [key: string]: unknown;
}

const frenchHelpUrl = (fn: FunctionMetadata, helpBaseUrl: string | undefined): string | undefined => {
  if (helpBaseUrl !== undefined) return `${helpBaseUrl}${fn.id.toLowerCase()}.html`;
  return fn.helpUrl?.replace("/help/en/", "/help/fr/");
};

export const localizeMetadata = (functionsJson: FunctionsMetadata, translations: Translations, helpBaseUrl?: string): FunctionsMetadata => {
  const problems: string[] = [];
  const ids = new Set(functionsJson.functions.map((fn) => fn.id));
  for (const id of Object.keys(translations)) {
    if (!ids.has(id)) problems.push(`${id}: translated but not a function any more`);
  }
  const functions = functionsJson.functions.map((fn): FunctionMetadata => {
    const french = translations[fn.id];
    if (!french) {
      problems.push(`${fn.id}: no French translation`);
      return fn;
    }
    const names = new Set(fn.parameters.map((p) => p.name));
    for (const name of Object.keys(french.parameters ?? {})) {
      if (!names.has(name)) problems.push(`${fn.id}: translated parameter ${name} does not exist`);
    }
    const parameters = fn.parameters.map((parameter) => {
      const description = french.parameters?.[parameter.name];
      if (!description) problems.push(`${fn.id}: no French description for parameter ${parameter.name}`);
      return { ...parameter, description: description ?? parameter.description };
    });
    if (!french.name || !french.description) problems.push(`${fn.id}: French name or description missing`);
    const helpUrl = frenchHelpUrl(fn, helpBaseUrl);
    return { ...fn, name: french.name, description: french.description, parameters, ...(helpUrl === undefined ? {} : { helpUrl }) };
  });
  if (problems.length > 0) throw new Error(`the French translations do not match the functions:\n- ${problems.join("\n- ")}`);
  return { ...functionsJson, functions };
};

/** The French name, description and parameter lines of every function, as the catalogue declares them. */
export const catalogueTranslations = (): Translations =>
  Object.fromEntries(
    FUNCTIONS.map((entry) => [
      entry.id,
      {
        name: entry.fr,
        description: entry.description.fr,
        parameters: Object.fromEntries(parametersOf(entry).map((p) => [p.name, p.description.fr])),
      },
    ]),
  );
