/**
 * A proposal's formula in the form French Excel reads through `Range.formulasLocal`: French function names,
 * ";" between arguments and the locale's decimal separator. Used only as the fallback of the sheet insert
 * (./workbook.ts) when Excel answers #NAME? to the English (invariant) formula, as office-js issue 891
 * reports for custom functions in a localized Excel:
 * https://github.com/OfficeDev/office-js/issues/891 ("Translated custom functions cannot be added through
 * Excel API": `range.formulas` with the English custom-function name gives #NAME? once the display language
 * is not English, while built-in names are translated). Pure: no Office here.
 */
import { functionEntry } from "../../catalogue";

/** The custom functions' namespace, the same in every language (manifest.xml, Functions.Namespace). */
export const FUNCTIONS_NAMESPACE = "ENCOURS";

/**
 * The French name of an ENCOURS function from its English name (without the namespace), or undefined.
 * The one access point to the English→French name table: the catalogue's French names (its ids are the
 * English names; a test holds them against the generated metadata).
 */
export const frenchFunctionName = (englishName: string): string | undefined => {
  try {
    return functionEntry(englishName.toUpperCase()).fr;
  } catch {
    return undefined;
  }
};

/**
 * French names of the built-in functions and constants the proposals use, from Microsoft's French function
 * reference, e.g. https://support.microsoft.com/fr-fr/office/sommeprod-sommeprod-fonction-16753e75-9f68-4874-94ac-4d2145a2fd2e
 * (SOMMEPROD), SOMME (SUM), NB (COUNT), SI (IF), ET (AND), OU (OR), NON (NOT); MIN and MAX keep their names;
 * VRAI/FAUX are TRUE/FALSE.
 */
const BUILT_IN_FR: Readonly<Record<string, string>> = {
  SUM: "SOMME",
  SUMPRODUCT: "SOMMEPROD",
  COUNT: "NB",
  IF: "SI",
  AND: "ET",
  OR: "OU",
  NOT: "NON",
  MIN: "MIN",
  MAX: "MAX",
  TRUE: "VRAI",
  FALSE: "FAUX",
};

/** French Excel's argument separator (the list separator of the French locales). */
const FRENCH_ARGUMENT_SEPARATOR = ";";

/**
 * The French local form of an invariant formula, or null when it holds a function this module cannot name in
 * French (the caller then keeps the invariant form). String literals are left as they are.
 *
 * @example toFrenchLocalFormula("=IF(B4>0,ENCOURS.FACTOR.ADVANCE(B4,0.9),\"a, b\")", ",")
 * // => "=SI(B4>0;ENCOURS.AFFACTURAGE.AVANCE(B4;0,9);\"a, b\")"
 */
export const toFrenchLocalFormula = (formula: string, decimalSeparator: string): string | null => {
  let out = "";
  let index = 0;
  while (index < formula.length) {
    const character = formula[index];
    if (character === '"') {
      // A string literal runs to the next lone quote ("" is an escaped quote inside it).
      let end = index + 1;
      while (end < formula.length && !(formula[end] === '"' && formula[end + 1] !== '"')) end += formula[end] === '"' ? 2 : 1;
      out += formula.slice(index, end + 1);
      index = end + 1;
      continue;
    }
    const rest = formula.slice(index);
    const identifier = /^[A-Za-z_][A-Za-z0-9_.]*/.exec(rest)?.[0];
    if (identifier !== undefined) {
      const isCall = formula[index + identifier.length] === "(";
      const upper = identifier.toUpperCase();
      if (upper.startsWith(`${FUNCTIONS_NAMESPACE}.`)) {
        const french = frenchFunctionName(upper.slice(FUNCTIONS_NAMESPACE.length + 1));
        if (french === undefined) return null;
        out += `${FUNCTIONS_NAMESPACE}.${french}`;
      } else if (isCall || upper === "TRUE" || upper === "FALSE") {
        const french = BUILT_IN_FR[upper];
        if (french === undefined) return null;
        out += french;
      } else {
        out += identifier; // a cell reference such as B4 or $C$10
      }
      index += identifier.length;
      continue;
    }
    const decimal = /^\d+\.\d+/.exec(rest)?.[0];
    if (decimal !== undefined) {
      out += decimal.replace(".", decimalSeparator);
      index += decimal.length;
      continue;
    }
    out += character === "," ? FRENCH_ARGUMENT_SEPARATOR : character;
    index++;
  }
  return out;
};
