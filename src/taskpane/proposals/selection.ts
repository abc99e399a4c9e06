/**
 * Pure parsers of a selected range's values (as Excel returns them: numbers, strings, booleans, "" for
 * blanks) into simulator inputs. A selection that does not fit gives a CoreError whose EN/FR message says
 * which cell or what shape is wrong; nothing is thrown.
 */
import type { CoreError } from "../../core";
import { paneError, type Translate } from "../i18n/text";
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

const selectionError = (say: (t: Translate) => string): CoreError => paneError("VALUE", "selection", say);

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
    return selectionError((t) => t("selSalesEmpty"));
  }
  const rows = values.length;
  const columns = values[0].length;
  if (rows > 1 && columns > 1) {
    return selectionError((t) => t("selSalesShape", { rows, columns }));
  }
  const origin = originOf(address);
  const cells = values.flatMap((row, rowIndex) => row.map((cell, columnIndex) => ({ cell, name: cellName(origin, rowIndex, columnIndex) })));
  const startsWithHeader = typeof cells[0].cell === "string" && !isBlank(cells[0].cell) && numberIn(cells[0].cell) === null;
  const data = startsWithHeader ? cells.slice(1) : cells;
  if (data.length === 0) {
    return selectionError((t) => t("selSalesHeaderOnly"));
  }
  const sales: number[] = [];
  for (const { cell, name } of data) {
    if (isBlank(cell)) {
      return selectionError((t) => t("selSalesCellEmpty", { cell: name }));
    }
    const n = numberIn(cell);
    if (n === null) {
      return selectionError((t) => t("selSalesCellNotNumber", { cell: name, value: String(cell) }));
    }
    if (n < 0) {
      return selectionError((t) => t("selSalesCellNegative", { cell: name }));
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
    return selectionError((t) => t("selPortfolioEmpty"));
  }
  const columns = values[0].length;
  if (columns < 2 || columns > 4) {
    return selectionError((t) => t("selPortfolioShape", { columns }));
  }
  // Which list each column fills, in the order of the selection.
  const roles: ReadonlyArray<"exposure" | "limit" | "pd" | "lgd"> =
    columns === 2 ? ["exposure", "pd"] : columns === 3 ? ["exposure", "pd", "lgd"] : ["exposure", "limit", "pd", "lgd"];
  const origin = originOf(address);
  const hasHeader = values[0].some((cell) => typeof cell === "string" && !isBlank(cell) && numberIn(cell) === null);
  const lists = { exposure: [] as number[], limit: [] as Array<number | null>, pd: [] as number[], lgd: [] as number[] };
  const what = columns >= 3 ? "selRowWithLgd" : "selRowWithoutLgd";
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
        const problem = (t: Translate) => (isBlank(cell) ? t("selCellIsEmpty") : n === null ? t("selCellIsNotNumber", { value: String(cell) }) : t("selCellIsNegative"));
        return selectionError((t) =>
          t(columns === 4 ? "selPortfolioCellLimitBlank" : "selPortfolioCell", { cell: name, problem: problem(t), what: t(what) }));
      }
      lists[role].push(n);
    }
  }
  const exposures = lists.exposure;
  if (exposures.length === 0) {
    return selectionError((t) => t("selPortfolioNoBuyer"));
  }
  const pdRates = asRates(lists.pd);
  if (pdRates === null) {
    return selectionError((t) => t("selPdsOutOfRange"));
  }
  const lgdRates = columns >= 3 ? asRates(lists.lgd) : exposures.map(() => 1);
  if (lgdRates === null) {
    return selectionError((t) => t("selLgdsOutOfRange"));
  }
  const creditLimits = columns === 4 ? lists.limit : exposures.map(() => null);
  return { exposures, pds: pdRates, lgds: lgdRates, creditLimits };
};
