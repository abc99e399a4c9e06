/**
 * Pure parsers of a selected range's values (as Excel returns them: numbers, strings, booleans, "" for
 * blanks) into simulator inputs. A selection that does not fit gives a CoreError whose EN/FR message says
 * which cell or what shape is wrong; nothing is thrown.
 */
import { CoreError } from "../../core";
import type { Portfolio } from "../simulators/insurance/inputs";
import { columnLetter } from "./layout";

interface Origin {
  column: number;
  row: number;
}

/** Top-left cell of an address such as "Feuil1!B2:B13" or "'Mes ventes'!C4"; A1 when unknown. */
const originOf = (address: string | undefined): Origin => {
  const match = address === undefined ? null : /([A-Z]+)(\d+)(?::|$)/.exec(address.replace(/^.*!/, "").replace(/\$/g, ""));
  if (!match) return { column: 0, row: 1 };
  const column = [...match[1]].reduce((n, letter) => n * 26 + letter.charCodeAt(0) - 64, 0) - 1;
  return { column, row: Number(match[2]) };
};

const cellName = (origin: Origin, rowIndex: number, columnIndex: number): string =>
  `${columnLetter(origin.column + columnIndex)}${origin.row + rowIndex}`;

const selectionError = (en: string, fr: string): CoreError => new CoreError("VALUE", en, fr, "selection");

const isBlank = (cell: unknown): boolean => cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "");

/** A number from a cell: numbers as they are, and text like "12 000,50", "2,5 %" or "0.9" (percent → /100). */
const numberIn = (cell: unknown): number | null => {
  if (typeof cell === "number") return Number.isFinite(cell) ? cell : null;
  if (typeof cell !== "string") return null;
  const text = cell.trim().replace(/[\s\u00a0\u202f€]/g, "");
  const percent = text.endsWith("%");
  const body = (percent ? text.slice(0, -1) : text).replace(",", ".");
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(body)) return null;
  const n = Number(body);
  return percent ? n / 100 : n;
};

const isRectangular = (values: unknown): values is unknown[][] =>
  Array.isArray(values) && values.length > 0 && values.every((row) => Array.isArray(row) && row.length === (values[0] as unknown[]).length) && (values[0] as unknown[]).length > 0;

/**
 * Sales history from one row or one column of numbers, oldest first (left to right, top to bottom).
 * A text header is allowed in the first cell; a blank or a text elsewhere is an error naming the cell.
 */
export const parseSalesSelection = (values: unknown[][], address?: string): number[] | CoreError => {
  if (!isRectangular(values)) {
    return selectionError("The selection is empty: select one row or one column of sales.", "La sélection est vide : sélectionnez une ligne ou une colonne de ventes.");
  }
  const rows = values.length;
  const columns = values[0].length;
  if (rows > 1 && columns > 1) {
    return selectionError(
      `Select one row or one column of sales (the selection has ${rows} rows and ${columns} columns).`,
      `Sélectionnez une seule ligne ou une seule colonne de ventes (la sélection compte ${rows} lignes et ${columns} colonnes).`,
    );
  }
  const origin = originOf(address);
  const cells = values.flatMap((row, rowIndex) => row.map((cell, columnIndex) => ({ cell, name: cellName(origin, rowIndex, columnIndex) })));
  const startsWithHeader = typeof cells[0].cell === "string" && !isBlank(cells[0].cell) && numberIn(cells[0].cell) === null;
  const data = startsWithHeader ? cells.slice(1) : cells;
  if (data.length === 0) {
    return selectionError("The selection holds a header only: include the sales below or beside it.", "La sélection ne contient qu'un en-tête : incluez les ventes qui le suivent.");
  }
  const sales: number[] = [];
  for (const { cell, name } of data) {
    if (isBlank(cell)) {
      return selectionError(`Cell ${name} is empty: fill it (0 if there were no sales) or select only the sales.`,
        `La cellule ${name} est vide : remplissez-la (0 s'il n'y a pas eu de ventes) ou ne sélectionnez que les ventes.`);
    }
    const n = numberIn(cell);
    if (n === null) {
      return selectionError(`Cell ${name} is not a number (${String(cell)}): select only the sales amounts.`,
        `La cellule ${name} n'est pas un nombre (${String(cell)}) : ne sélectionnez que les montants de ventes.`);
    }
    if (n < 0) {
      return selectionError(`Cell ${name} is negative: sales must be 0 or more.`, `La cellule ${name} est négative : les ventes doivent être positives ou nulles.`);
    }
    sales.push(n);
  }
  return sales;
};

/** A rate column read as decimals, or as percentage points when any value exceeds 1 (2 → 2 %). */
const asRates = (column: number[]): number[] | null => {
  if (column.every((n) => n >= 0 && n <= 1)) return column;
  if (column.every((n) => n >= 0 && n <= 100)) return column.map((n) => n / 100);
  return null;
};

/**
 * A portfolio from 2, 3 or 4 columns: outstanding (or peak outstanding, € TTC: what a default loses), default
 * probability, [loss given default] (1 when absent) — or, with 4 columns, outstanding, credit limit, PD, LGD, a
 * blank limit meaning an unnamed buyer (the policy's discretionary limit applies). An optional header row is
 * skipped; fully blank rows are ignored; PDs and LGDs may be decimals (0.02), percentages (2 %) or percentage
 * points (2).
 */
export const parsePortfolioSelection = (values: unknown[][], address?: string): Portfolio | CoreError => {
  if (!isRectangular(values)) {
    return selectionError("The selection is empty: select 2 to 4 columns (outstanding, [credit limit,] PD, [LGD]).", "La sélection est vide : sélectionnez 2 à 4 colonnes (encours, [limite de crédit,] PD, [LGD]).");
  }
  const columns = values[0].length;
  if (columns < 2 || columns > 4) {
    return selectionError(
      `Select 2 to 4 columns: outstanding and default probability; or outstanding, PD and loss given default; or outstanding, credit limit, PD and LGD (the selection has ${columns}).`,
      `Sélectionnez 2 à 4 colonnes : encours et probabilité de défaut ; ou encours, PD et perte en cas de défaut ; ou encours, limite de crédit, PD et LGD (la sélection en compte ${columns}).`,
    );
  }
  // Which list each column fills, in the order of the selection.
  const roles: ReadonlyArray<"exposure" | "limit" | "pd" | "lgd"> =
    columns === 2 ? ["exposure", "pd"] : columns === 3 ? ["exposure", "pd", "lgd"] : ["exposure", "limit", "pd", "lgd"];
  const origin = originOf(address);
  const hasHeader = values[0].some((cell) => typeof cell === "string" && !isBlank(cell) && numberIn(cell) === null);
  const lists = { exposure: [] as number[], limit: [] as Array<number | null>, pd: [] as number[], lgd: [] as number[] };
  const what = columns === 4 ? { en: "an outstanding, a PD and an LGD", fr: "un encours, une PD et une LGD" } : columns === 3 ? { en: "an outstanding, a PD and an LGD", fr: "un encours, une PD et une LGD" } : { en: "an outstanding and a PD", fr: "un encours et une PD" };
  for (let rowIndex = hasHeader ? 1 : 0; rowIndex < values.length; rowIndex++) {
    const row = values[rowIndex];
    if (row.every(isBlank)) continue;
    for (let columnIndex = 0; columnIndex < columns; columnIndex++) {
      const cell = row[columnIndex];
      const role = roles[columnIndex];
      const name = cellName(origin, rowIndex, columnIndex);
      if (role === "limit" && isBlank(cell)) {
        lists.limit.push(null);
        continue;
      }
      const n = isBlank(cell) ? null : numberIn(cell);
      if (n === null || n < 0) {
        const problem = isBlank(cell) ? { en: "is empty", fr: "est vide" } : n === null ? { en: `is not a number (${String(cell)})`, fr: `n'est pas un nombre (${String(cell)})` } : { en: "is negative", fr: "est négative" };
        const limitNote = columns === 4 ? { en: " (a credit limit may be blank)", fr: " (une limite de crédit peut rester vide)" } : { en: "", fr: "" };
        return selectionError(`Cell ${name} ${problem.en}: each row needs ${what.en} of 0 or more${limitNote.en}.`,
          `La cellule ${name} ${problem.fr} : chaque ligne doit porter ${what.fr} positifs ou nuls${limitNote.fr}.`);
      }
      lists[role].push(n);
    }
  }
  const exposures = lists.exposure;
  if (exposures.length === 0) {
    return selectionError("The selection holds no buyer: select rows of outstandings and PDs.", "La sélection ne contient aucun acheteur : sélectionnez des lignes d'encours et de PD.");
  }
  const pdRates = asRates(lists.pd);
  if (pdRates === null) {
    return selectionError("Default probabilities must be between 0 and 1 (2% or 0.02) or percentages up to 100.", "Les probabilités de défaut doivent être comprises entre 0 et 1 (2 % ou 0,02) ou des pourcentages jusqu'à 100.");
  }
  const lgdRates = columns >= 3 ? asRates(lists.lgd) : exposures.map(() => 1);
  if (lgdRates === null) {
    return selectionError("Losses given default must be between 0 and 1 (45% or 0.45) or percentages up to 100.", "Les pertes en cas de défaut doivent être comprises entre 0 et 1 (45 % ou 0,45) ou des pourcentages jusqu'à 100.");
  }
  const creditLimits = columns === 4 ? lists.limit : exposures.map(() => null);
  return { exposures, pds: pdRates, lgds: lgdRates, creditLimits };
};
