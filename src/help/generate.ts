/*
 * Generates the static help site (dist/help/): for every function in functions.json, one page in English
 * (help/en/<id lower-case>.html, the @helpurl Excel opens) and one in French (help/fr/…), plus an index per
 * language. Names, descriptions and parameters come from the metadata Excel reads (functions.json and
 * functions-fr.json), the method, example and source from ./content, and every example result is what the
 * ENCOURS function itself (src/functions) returns for the example's arguments at generation time. Plain HTML
 * and one stylesheet: no script, strict CSP.
 */
import type { Cell } from "../functions/broadcast";
import { isExcelError } from "../functions/errors";
import { implementation } from "../functions/implementations";
import { HELP, type ExampleArg, type HelpExample, type Language, type ResultTable, type TableLayout, type Text } from "./content";

interface MetadataParameter { name: string; description?: string; optional?: boolean; repeating?: boolean; dimensionality?: string }
interface MetadataFunction { id: string; name: string; description?: string; parameters?: MetadataParameter[] }
export interface FunctionsMetadata { functions: MetadataFunction[] }

const NAMESPACE = "ENCOURS";
const CSP = "default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'";
const LOCALE: Record<Language, string> = { en: "en-US", fr: "fr-FR" };

const UI: Record<string, Text> = {
  site: { en: "Encours functions", fr: "Fonctions Encours" },
  other: { en: "Français", fr: "English" },
  syntax: { en: "Syntax", fr: "Syntaxe" },
  arguments: { en: "Arguments", fr: "Arguments" },
  argument: { en: "Argument", fr: "Argument" },
  required: { en: "Required", fr: "Obligatoire" },
  optional: { en: "Optional", fr: "Facultatif" },
  status: { en: "Required?", fr: "Obligatoire ?" },
  description: { en: "Description", fr: "Description" },
  method: { en: "Method", fr: "Méthode" },
  example: { en: "Example", fr: "Exemple" },
  formula: { en: "Formula", fr: "Formule" },
  result: { en: "Result", fr: "Résultat" },
  unrounded: { en: "unrounded value returned to Excel", fr: "valeur non arrondie renvoyée à Excel" },
  omitted: { en: "more rows not shown", fr: "autres lignes non affichées" },
  source: { en: "Source", fr: "Source" },
  function: { en: "Function", fr: "Fonction" },
  notice: {
    en: "Encours results are indicative, not a quote. Nothing you type leaves your computer.",
    fr: "Les résultats d'Encours sont indicatifs, ce n'est pas un devis. Rien de ce que vous saisissez ne quitte votre ordinateur.",
  },
  intro: {
    en: "Type =ENCOURS. in a cell to see these functions. Rates are decimals or percentages (90% or 0.9).",
    fr: "Tapez =ENCOURS. dans une cellule pour voir ces fonctions. Les taux sont des décimaux ou des pourcentages (90 % ou 0,9).",
  },
};

const escapeHtml = (text: string): string =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");

/** The page file name of a function: its id in lower case, as in its @helpurl. */
const helpFileName = (id: string): string => `${id.toLowerCase()}.html`;

const columnLetter = (index: number): string => String.fromCharCode(65 + index);

/** A number as typed in a formula: no grouping, the language's decimal separator. */
function formulaNumber(value: number, lang: Language): string {
  const text = String(Number(value.toPrecision(12)));
  return lang === "fr" ? text.replace(".", ",") : text;
}

function formulaArgument(arg: ExampleArg, example: HelpExample, lang: Language): string {
  if (arg === null) return "";
  if (typeof arg === "boolean") return lang === "fr" ? (arg ? "VRAI" : "FAUX") : arg ? "TRUE" : "FALSE";
  if (typeof arg === "number") return formulaNumber(arg, lang);
  if (typeof arg === "string") return `"${arg.replace(/"/g, '""')}"`;
  if ("percent" in arg) return `${formulaNumber(arg.percent * 100, lang)}%`;
  const rows = example.data?.[arg.column]?.values.length ?? 0;
  return `${columnLetter(arg.column)}2:${columnLetter(arg.column)}${rows + 1}`;
}

/** `=ENCOURS.NAME(a, b)` in English, `=ENCOURS.NOM(a; b)` in French (Excel's French list separator). */
export function exampleFormula(name: string, example: HelpExample, lang: Language): string {
  const args = [...example.args];
  while (args.length > 0 && args[args.length - 1] === null) args.pop();
  const separator = lang === "fr" ? "; " : ", ";
  return `=${NAMESPACE}.${name}(${args.map((arg) => formulaArgument(arg, example, lang)).join(separator)})`;
}

/** The example's arguments as Excel hands them to the function: omitted as null, 90% as 0.9, a data column as a one-column range. */
function excelArguments(example: HelpExample): unknown[] {
  return example.args.map((arg) => {
    if (arg === null || typeof arg !== "object") return arg;
    if ("percent" in arg) return arg.percent;
    const column = example.data?.[arg.column];
    if (!column) throw new Error(`example refers to data column ${arg.column}, which it does not define`);
    return column.values.map((value) => [value]);
  });
}

const isFiniteNumber = (cell: unknown): cell is number => typeof cell === "number" && Number.isFinite(cell);

/** An example whose formula would not show a finite number in Excel is an error in the content. */
const notANumber = (id: string, shown: unknown): Error =>
  new Error(`help example for ${id} does not give a finite number${isExcelError(shown) ? `: ${shown.code} ${shown.message ?? ""}` : ""}`);

/** What the example's formula shows in Excel: the function's result, or the error value it raises. */
function excelResult(id: string, example: HelpExample): unknown {
  try {
    return implementation(id)(...excelArguments(example));
  } catch (problem) {
    return problem;
  }
}

/** A spilled result as the page shows it: the layout's headers, text cells in each language, the rows it shows. */
function shownTable(id: string, returned: Cell[][], layout: TableLayout): ResultTable {
  const shown = layout.shown;
  const kept = shown ? returned.filter((row) => row[shown.nonZeroColumn] !== 0).slice(0, shown.first) : returned;
  const rows = kept.map((row) =>
    row.map((cell): number | Text => {
      if (isFiniteNumber(cell)) return cell;
      if (typeof cell === "string") return layout.cells?.[cell] ?? { en: cell, fr: cell };
      throw notANumber(id, cell);
    }),
  );
  return { headers: layout.headers, rows, ...(shown ? { omittedRows: returned.length - kept.length } : {}) };
}

/**
 * Runs an example through the ENCOURS function of that id, as Excel calls it: a single value, or for a table
 * function the spilled rows as its layout shows them.
 */
export function computeExample(id: string, example: HelpExample): number | ResultTable {
  const returned = excelResult(id, example);
  if (example.table) {
    if (!Array.isArray(returned)) throw notANumber(id, returned);
    return shownTable(id, returned as Cell[][], example.table);
  }
  const value = Array.isArray(returned) ? returned[0]?.[0] : returned;
  if (!isFiniteNumber(value)) throw notANumber(id, value);
  return value;
}

function formatValue(value: number, format: HelpExample["format"], lang: Language): string {
  const locale = LOCALE[lang];
  switch (format) {
    case "money":
      return new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);
    case "rate":
      return new Intl.NumberFormat(locale, { style: "percent", minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);
    case "days":
      return new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value) + (lang === "fr" ? " jours" : " days");
    case "date":
      // An Excel date serial: days since 30 December 1899 (exact from 1 March 1900 on).
      return new Intl.DateTimeFormat(locale, { timeZone: "UTC", day: "2-digit", month: "2-digit", year: "numeric" }).format(new Date(Date.UTC(1899, 11, 30) + value * 86400000));
    default:
      return new Intl.NumberFormat(locale, { maximumSignificantDigits: 6 }).format(value);
  }
}

const rawValue = (value: number, lang: Language): string => (lang === "fr" ? String(value).replace(".", ",") : String(value));

function dataTable(example: HelpExample, lang: Language): string {
  if (!example.data || example.data.length === 0) return "";
  const rows = Math.max(...example.data.map((column) => column.values.length));
  const head = `<tr><th scope="col"></th>${example.data.map((_, c) => `<th scope="col">${columnLetter(c)}</th>`).join("")}</tr>`;
  const headers = `<tr><th scope="row">1</th>${example.data.map((column) => `<th scope="col">${escapeHtml(column.header[lang])}</th>`).join("")}</tr>`;
  const body = Array.from({ length: rows }, (_, r) =>
    `<tr><th scope="row">${r + 2}</th>${example.data!.map((column) => `<td>${column.values[r] === undefined ? "" : escapeHtml(formatValue(column.values[r], "number", lang))}</td>`).join("")}</tr>`,
  ).join("\n");
  return `<table class="sheet">\n${head}\n${headers}\n${body}\n</table>`;
}

function resultHtml(result: number | ResultTable, example: HelpExample, lang: Language): string {
  if (typeof result === "number") {
    const colon = lang === "fr" ? " : " : ": ";
    return `<p class="result"><strong>${escapeHtml(formatValue(result, example.format, lang))}</strong> <span class="raw">(${UI.unrounded[lang]}${colon}${escapeHtml(rawValue(result, lang))})</span></p>`;
  }
  const head = `<tr>${result.headers.map((h) => `<th scope="col">${escapeHtml(h[lang])}</th>`).join("")}</tr>`;
  const body = result.rows
    .map((row) => `<tr>${row.map((cell, c) => {
      if (typeof cell !== "number") return `<td>${escapeHtml(cell[lang])}</td>`;
      const format = c === 0 && example.format !== "money" ? "number" : example.format;
      return `<td>${escapeHtml(formatValue(cell, format, lang))}</td>`;
    }).join("")}</tr>`)
    .join("\n");
  const more = result.omittedRows ? `<p class="note">… ${formatValue(result.omittedRows, "number", lang)} ${UI.omitted[lang]}</p>` : "";
  return `<table class="spill">\n${head}\n${body}\n</table>${more}`;
}

function page(lang: Language, title: string, body: string, otherHref: string): string {
  const other: Language = lang === "en" ? "fr" : "en";
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<link rel="stylesheet" href="../help.css">
</head>
<body>
<header><a href="index.html">${UI.site[lang]}</a> <a class="lang" href="${otherHref}" hreflang="${other}" lang="${other}">${UI.other[lang]}</a></header>
<main>
${body}
</main>
<footer>${escapeHtml(UI.notice[lang])}</footer>
</body>
</html>
`;
}

function functionPage(fn: MetadataFunction, lang: Language): string {
  const content = HELP[fn.id];
  if (!content) throw new Error(`src/help/content.ts has no entry for ${fn.id}`);
  const params = fn.parameters ?? [];
  const syntax = `=${NAMESPACE}.${fn.name}(${params
    .map((p) => (p.optional ? `[${p.name}]` : p.name) + (p.repeating ? ", …" : ""))
    .join(lang === "fr" ? "; " : ", ")})`;
  const argumentRows = params
    .map((p) => `<tr><td><code>${escapeHtml(p.name)}</code></td><td>${p.optional ? UI.optional[lang] : UI.required[lang]}</td><td>${escapeHtml(p.description ?? "")}</td></tr>`)
    .join("\n");
  const examples = content.examples
    .map((example) => {
      const result = computeExample(fn.id, example);
      return `<section class="example">
<p>${escapeHtml(example.situation[lang])}</p>
${dataTable(example, lang)}
<p>${UI.formula[lang]}</p>
<pre><code>${escapeHtml(exampleFormula(fn.name, example, lang))}</code></pre>
<p>${UI.result[lang]}</p>
${resultHtml(result, example, lang)}
</section>`;
    })
    .join("\n");
  const body = `<h1><code>${NAMESPACE}.${escapeHtml(fn.name)}</code></h1>
<p class="lead">${escapeHtml(fn.description ?? "")}</p>
<h2>${UI.syntax[lang]}</h2>
<pre><code>${escapeHtml(syntax)}</code></pre>
<h2>${UI.arguments[lang]}</h2>
<table>
<tr><th scope="col">${UI.argument[lang]}</th><th scope="col">${UI.status[lang]}</th><th scope="col">${UI.description[lang]}</th></tr>
${argumentRows}
</table>
<h2>${UI.method[lang]}</h2>
<p>${escapeHtml(content.method[lang])}</p>
<h2>${UI.example[lang]}</h2>
${examples}
<h2>${UI.source[lang]}</h2>
<p>${escapeHtml(content.source[lang])}</p>`;
  const otherLang = lang === "en" ? "fr" : "en";
  return page(lang, `${NAMESPACE}.${fn.name} · ${UI.site[lang]}`, body, `../${otherLang}/${helpFileName(fn.id)}`);
}

function indexPage(functions: MetadataFunction[], lang: Language): string {
  const rows = functions
    .map((fn) => `<tr><td><a href="${helpFileName(fn.id)}"><code>${NAMESPACE}.${escapeHtml(fn.name)}</code></a></td><td>${escapeHtml(fn.description ?? "")}</td></tr>`)
    .join("\n");
  const body = `<h1>${UI.site[lang]}</h1>
<p class="lead">${escapeHtml(UI.intro[lang])}</p>
<table>
<tr><th scope="col">${UI.function[lang]}</th><th scope="col">${UI.description[lang]}</th></tr>
${rows}
</table>`;
  return page(lang, UI.site[lang], body, `../${lang === "en" ? "fr" : "en"}/index.html`);
}

/**
 * Every page of the help site, by path relative to dist/help/.
 * @param metadata.functions the English metadata (functions.json)
 * @param metadata.functionsFr the French metadata (functions-fr.json), same ids
 */
export function buildHelpSite(metadata: { functions: FunctionsMetadata; functionsFr: FunctionsMetadata }): Record<string, string> {
  const english = metadata.functions.functions;
  const frenchById = new Map(metadata.functionsFr.functions.map((fn) => [fn.id, fn]));
  const french = english.map((fn) => {
    const translated = frenchById.get(fn.id);
    if (!translated) throw new Error(`functions-fr.json has no function ${fn.id}`);
    return translated;
  });
  const site: Record<string, string> = {
    "en/index.html": indexPage(english, "en"),
    "fr/index.html": indexPage(french, "fr"),
  };
  for (const fn of english) site[`en/${helpFileName(fn.id)}`] = functionPage(fn, "en");
  for (const fn of french) site[`fr/${helpFileName(fn.id)}`] = functionPage(fn, "fr");
  return site;
}
