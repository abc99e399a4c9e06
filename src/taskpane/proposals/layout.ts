/**
 * A pure sheet layout: rows are allocated top to bottom, every cell that a formula refers to is given a
 * key, and formulas name keys in braces ("=ENCOURS.FACTOR.ADVANCE({amount},{advanceRate})") so that each
 * address is computed once, where the cell is placed, and never typed twice.
 */
import type { CellFormat, CellRole, ChartSpec, PrintSetup, ProposalCell, ProposalSheet } from "./types";

/** Column letters from a 0-based index: 0 → A, 25 → Z, 26 → AA. */
export const columnLetter = (index: number): string => {
  let n = index + 1;
  let letters = "";
  while (n > 0) {
    const remainder = (n - 1) % 26;
    letters = String.fromCharCode(65 + remainder) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
};

/** An A1 address from a 0-based column and a 1-based row. */
export const cellAddress = (column: number, row: number): string => `${columnLetter(column)}${row}`;

/** What goes into a cell: a constant, or a formula whose {key} placeholders the layout resolves. */
export type Content = { value: string | number } | { formula: string };

export const value = (v: string | number): Content => ({ value: v });
export const formula = (f: string): Content => ({ formula: f });

const LABEL_COLUMN = 0;
const VALUE_COLUMN = 1;

export class SheetLayout {
  private readonly cellsByAddress = new Map<string, ProposalCell>();
  private readonly keys = new Map<string, string>();
  private readonly pending: Array<{ cell: ProposalCell; template: string }> = [];
  private row = 1;

  /** The next free row (1-based) and moves past it. */
  takeRow(): number {
    return this.row++;
  }

  /** Leaves `count` rows blank. */
  skip(count = 1): void {
    this.row += count;
  }

  get currentRow(): number {
    return this.row;
  }

  /** Places one cell; a key makes its address available to formulas as {key}. */
  put(column: number, row: number, content: Content, format: CellFormat, role: CellRole, key?: string): string {
    const address = cellAddress(column, row);
    if (this.cellsByAddress.has(address)) throw new Error(`cell ${address} is placed twice`);
    if (key !== undefined) {
      if (this.keys.has(key)) throw new Error(`key ${key} is used twice`);
      this.keys.set(key, address);
    }
    const cell: ProposalCell = { address, format, role };
    if (role === "title" || role === "heading" || role === "label" || role === "client") cell.bold = true;
    if ("formula" in content) this.pending.push({ cell, template: content.formula });
    else cell.value = content.value;
    this.cellsByAddress.set(address, cell);
    return address;
  }

  /** A label in column A and its content in column B, on a new row. */
  labelled(label: string, content: Content, format: CellFormat, role: CellRole, key?: string): string {
    const row = this.takeRow();
    this.put(LABEL_COLUMN, row, value(label), "text", "label");
    return this.put(VALUE_COLUMN, row, content, format, role, key);
  }

  /** A bold heading in column A, on a new row. */
  heading(text: string): number {
    const row = this.takeRow();
    this.put(LABEL_COLUMN, row, value(text), "text", "heading");
    return row;
  }

  /** The address of a keyed cell. */
  ref(key: string): string {
    const address = this.keys.get(key);
    if (address === undefined) throw new Error(`no cell has the key ${key}`);
    return address;
  }

  /** Whether a key was placed. */
  has(key: string): boolean {
    return this.keys.has(key);
  }

  /** Resolves {key} placeholders in a formula. */
  resolve(template: string): string {
    return template.replace(/\{([A-Za-z0-9_.:]+)\}/g, (_match, key: string) => this.ref(key));
  }

  /** The finished sheet: formulas resolved, cells in reading order. */
  build(sheet: { baseName: string; title: string; notice: string; columnWidths: number[]; chart?: ChartSpec }): ProposalSheet {
    for (const { cell, template } of this.pending) cell.formula = this.resolve(template);
    const order = (address: string): [number, string] => {
      const match = /^([A-Z]+)(\d+)$/.exec(address);
      return match ? [Number(match[2]), match[1].padStart(3, " ")] : [0, address];
    };
    const cells = [...this.cellsByAddress.values()].sort((a, b) => {
      const [rowA, colA] = order(a.address);
      const [rowB, colB] = order(b.address);
      return rowA - rowB || (colA < colB ? -1 : colA > colB ? 1 : 0);
    });
    return { ...sheet, cells, print: printSetup({ ...sheet, cells }) };
  }
}

/** 0-based column and 1-based row of an A1 address. */
const position = (address: string): { column: number; row: number } => {
  const match = /^([A-Z]+)(\d+)$/.exec(address);
  if (!match) return { column: 0, row: 1 };
  return { column: [...match[1]].reduce((n, letter) => n * 26 + letter.charCodeAt(0) - 64, 0) - 1, row: Number(match[2]) };
};

/** A text as Excel's header and footer show it: "&" starts a code there, "&&" is a literal "&". */
const headerText = (text: string): string => text.replace(/&/g, "&&");

/**
 * The print set-up of a sheet: the area from A1 to the last cell or chart corner, one page wide, the title
 * and the notice in the header, the date and "page n / N" in the footer.
 */
export const printSetup = (sheet: { title: string; notice: string; cells: ProposalCell[]; chart?: ChartSpec }): PrintSetup => {
  const corners = [...sheet.cells.map((cell) => cell.address), ...(sheet.chart ? [sheet.chart.bottomRight] : [])].map(position);
  const lastColumn = Math.max(0, ...corners.map((corner) => corner.column));
  const lastRow = Math.max(1, ...corners.map((corner) => corner.row));
  return {
    area: `A1:${cellAddress(lastColumn, lastRow)}`,
    pagesWide: 1,
    leftHeader: headerText(sheet.title),
    rightHeader: headerText(sheet.notice),
    leftFooter: "&D",
    rightFooter: "&P / &N",
  };
};

/** A range from two addresses, e.g. range("B4", "B15") → "B4:B15". */
export const range = (from: string, to: string): string => `${from}:${to}`;
