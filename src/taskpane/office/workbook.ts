/**
 * The thin Office.js module of the task pane: the only code that talks to Excel (STYLE.md, practice 6).
 * It writes proposal sheets, reads the selection and keeps each simulator's inputs in the workbook's
 * settings. Outside Office it hands out a preview host whose workbook actions reject with an explanation.
 * Tested with office-addin-mock (test/taskpane/office).
 */
import { CoreError } from "../../core";
import { paneError, TEXT } from "../i18n/text";
import type { SimulatorInputs } from "../proposals/inputs";
import { columnLetter } from "../proposals/layout";
import { NUMBER_FORMATS, type ChartKind, type PrintSetup, type ProposalCell, type ProposalSheet } from "../proposals/types";
import type { FormulaForm, InsertResult, WorkbookHost } from "./host";
import { FUNCTIONS_NAMESPACE, toFrenchLocalFormula } from "./localFormula";
import { fromStored, nameTooLong, settingsKey, toStored } from "./settings";
import { candidateSheetName } from "./sheetName";

export type { FormulaForm, InsertResult, WorkbookHost } from "./host";

/** Why workbook actions are off in preview, in one line. */
export const PREVIEW_EXPLANATION = TEXT.previewExplanation;

/** How long connectWorkbook waits for Office before showing the preview (it keeps waiting behind it). */
const DEFAULT_PREVIEW_AFTER_MS = 3000;
/** How long connectWorkbook keeps waiting for a late Office behind the preview. */
const DEFAULT_GIVE_UP_AFTER_MS = 120000;
/** How often connectWorkbook looks for a late office.js (the `Office` global). */
const DEFAULT_POLL_MS = 250;

const languageOf = (tag: string | undefined | null): "fr" | "en" => (typeof tag === "string" && tag.toLowerCase().startsWith("fr") ? "fr" : "en");

const previewError = (): CoreError => new CoreError("NA", PREVIEW_EXPLANATION.en, PREVIEW_EXPLANATION.fr, "workbook");

/**
 * The host used outside Office: simulators work, workbook actions reject with {@link PREVIEW_EXPLANATION}.
 * Settings are not kept (there is no workbook): loadSettings gives null and saveSettings does nothing.
 */
export const createPreviewHost = (language: "fr" | "en"): WorkbookHost => ({
  available: false,
  language,
  insertProposal: () => Promise.reject(previewError()),
  readSelection: () => Promise.reject(previewError()),
  loadSettings: () => null,
  saveSettings: () => Promise.resolve(),
});

/** Office.context.document.settings: the store used before workbook.settings, read once to migrate. */
export type LegacySettings = Pick<Office.Settings, "get" | "remove" | "saveAsync">;

/** What the Excel host needs from Office.js; tests hand in office-addin-mock objects. */
export interface ExcelDependencies {
  run: <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;
  /** The old settings store, migrated into workbook.settings on open; absent where there is none. */
  legacySettings?: LegacySettings;
  displayLanguage: string;
}

const CHART_TYPES: Record<ChartKind, Excel.ChartType> = {
  column: "ColumnClustered" as Excel.ChartType,
  bar: "BarClustered" as Excel.ChartType,
  line: "Line" as Excel.ChartType,
  pie: "Pie" as Excel.ChartType,
};

// An input cell is tinted so that the client sees what to change; the notice is italic and grey.
const INPUT_FILL = "#FFF4CE";
const NOTICE_COLOR = "#605E5C";
const TITLE_SIZE = 14;
/** Names tried per round trip when looking for a free sheet name, and the most tried before giving up. */
const NAMES_PER_ROUND = 8;
const MAX_NAMES = 1000;
/**
 * Excel's text number format. A cell formatted as text keeps what is typed or written as text, "=…" included
 * (Microsoft: "Format numbers as text", https://support.microsoft.com/office/format-numbers-as-text-583160db-936b-4e52-bdff-6f1863518ba4).
 */
const TEXT_FORMAT = "@";
/**
 * Leading characters that make Excel read a written value as a formula: Range.values documents that a value
 * starting with "=" is a formula (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-values-member),
 * and Excel's entry rules also take "+", "-" and "@". Such a text also gets an apostrophe, Excel's text
 * prefix, in case a host ignores the text format: the name then shows with a leading apostrophe at worst.
 */
const FORMULA_LEAD = /^[=+\-@]/;
/** What Excel shows for an unknown function name, in English and in French Excel. */
const NAME_ERRORS = new Set(["#NAME?", "#NOM?"]);
/** Decimal separator of French number literals when Excel does not tell its own (ExcelApi 1.11 cultureInfo). */
const FRENCH_DECIMAL_SEPARATOR = ",";

/** Roles whose text comes from the user (client name, offer names) or repeats it (title). */
const USER_TEXT_ROLES = new Set(["client", "heading", "title", "input", "label"]);

const writeCell = (sheet: Excel.Worksheet, cell: ProposalCell): void => {
  const range = sheet.getRange(cell.address);
  // The format first, so that a value written as text is not re-read by Excel as a date, a number or a formula.
  const text = typeof cell.value === "string";
  range.numberFormat = [[text ? TEXT_FORMAT : NUMBER_FORMATS[cell.format]]];
  if (cell.formula !== undefined) range.formulas = [[cell.formula]];
  else if (typeof cell.value === "string") range.values = [[FORMULA_LEAD.test(cell.value) ? `'${cell.value}` : cell.value]];
  else range.values = [[cell.value ?? ""]];
  if (cell.bold) range.format.font.bold = true;
  if (cell.role === "title") range.format.font.size = TITLE_SIZE;
  if (cell.role === "input") range.format.fill.color = INPUT_FILL;
  if (cell.role === "notice") {
    range.format.font.italic = true;
    range.format.font.color = NOTICE_COLOR;
  }
};

/**
 * The print set-up (worksheet.pageLayout, ExcelApi 1.9): print area, portrait, one page wide, header and
 * footer on every page (https://learn.microsoft.com/javascript/api/excel/excel.pagelayout). Queued with
 * the cells; insertProposal syncs it on its own so that a host without ExcelApi 1.9 still gets the sheet.
 */
const setUpPrinting = (sheet: Excel.Worksheet, print: PrintSetup): void => {
  const page = sheet.pageLayout;
  page.setPrintArea(print.area);
  page.orientation = "Portrait" as Excel.PageOrientation;
  page.zoom = { horizontalFitToPages: print.pagesWide };
  page.centerHorizontally = false;
  const headers = page.headersFooters.defaultForAllPages;
  headers.leftHeader = print.leftHeader;
  headers.rightHeader = print.rightHeader;
  headers.leftFooter = print.leftFooter;
  headers.rightFooter = print.rightFooter;
};

/** Refuses, before anything is written, a name longer than the settings accept (the same rule). */
const checkTexts = (proposal: ProposalSheet): void => {
  for (const cell of proposal.cells) {
    if (typeof cell.value !== "string" || !USER_TEXT_ROLES.has(cell.role)) continue;
    const problem = nameTooLong(cell.value, cell.address);
    if (problem) throw problem;
  }
};

/** An object Excel may answer with a null object: a worksheet or a table looked up by name. */
interface NullableByName {
  isNullObject: boolean;
  load(property: "isNullObject"): unknown;
}

/**
 * The first name among candidate(1), candidate(2), … for which `lookUp` finds nothing, asking Excel
 * NAMES_PER_ROUND names per sync; null when the first MAX_NAMES are all taken.
 */
const firstFreeName = async (context: Excel.RequestContext, candidate: (n: number) => string, lookUp: (name: string) => NullableByName): Promise<string | null> => {
  for (let first = 1; first <= MAX_NAMES; first += NAMES_PER_ROUND) {
    const candidates = Array.from({ length: NAMES_PER_ROUND }, (_unused, index) => candidate(first + index));
    const probes = candidates.map((name) => {
      const probe = lookUp(name);
      probe.load("isNullObject");
      return probe;
    });
    await context.sync();
    const free = probes.findIndex((probe) => probe.isNullObject === true);
    if (free >= 0) return candidates[free];
  }
  return null;
};

/** The first free name among base, "base (2)", …, asking Excel a few names at a time. */
const freeSheetName = async (context: Excel.RequestContext, base: string): Promise<string> => {
  const worksheets = context.workbook.worksheets;
  const free = await firstFreeName(context, (n) => candidateSheetName(base, n), (name) => worksheets.getItemOrNullObject(name));
  if (free !== null) return free;
  throw paneError("NA", "sheet", (t) => t("errNoFreeSheetName", { base }));
};

/** The cells among `cells` whose value is #NAME? once Excel has calculated them. */
const nameErrors = async (context: Excel.RequestContext, sheet: Excel.Worksheet, cells: ProposalCell[]): Promise<ProposalCell[]> => {
  const ranges = cells.map((cell) => {
    const range = sheet.getRange(cell.address);
    range.load("values");
    return range;
  });
  await context.sync();
  return cells.filter((_cell, index) => {
    const value = ranges[index].values?.[0]?.[0];
    return typeof value === "string" && NAME_ERRORS.has(value.trim().toUpperCase());
  });
};

/** The workbook's decimal separator (ExcelApi 1.11), or the French one where Excel cannot tell. */
const decimalSeparator = async (context: Excel.RequestContext): Promise<string> => {
  try {
    const numberFormat = context.application.cultureInfo.numberFormat;
    numberFormat.load("numberDecimalSeparator");
    await context.sync();
    const separator = numberFormat.numberDecimalSeparator;
    return typeof separator === "string" && separator.length === 1 ? separator : FRENCH_DECIMAL_SEPARATOR;
  } catch {
    return FRENCH_DECIMAL_SEPARATOR;
  }
};

/**
 * Checks the ENCOURS formulas just written and, where Excel answers #NAME? (office-js issue 891: English
 * custom-function names through `formulas` in a localized Excel), rewrites them in French through
 * `formulasLocal`, then checks again. French names exist only where Office runs in French (the manifest
 * gives functions-fr.json to the French locales only), so the French form is tried only then.
 */
const settleFormulas = async (context: Excel.RequestContext, sheet: Excel.Worksheet, proposal: ProposalSheet, language: "fr" | "en"):
  Promise<{ formulas: FormulaForm; unresolvedCells: string[] }> => {
  const custom = proposal.cells.filter((cell) => cell.formula?.toUpperCase().includes(`${FUNCTIONS_NAMESPACE}.`));
  if (custom.length === 0) return { formulas: "invariant", unresolvedCells: [] };
  const failing = await nameErrors(context, sheet, custom);
  if (failing.length === 0) return { formulas: "invariant", unresolvedCells: [] };
  const unresolved = { formulas: "unresolved" as const, unresolvedCells: failing.map((cell) => cell.address) };
  if (language !== "fr") return unresolved;
  const separator = await decimalSeparator(context);
  const rewritten = failing.map((cell) => ({ cell, local: toFrenchLocalFormula(cell.formula ?? "", separator) }));
  try {
    for (const { cell, local } of rewritten) if (local !== null) sheet.getRange(cell.address).formulasLocal = [[local]];
    await context.sync();
  } catch {
    // Excel refused the French text (another formula language after all): the English formulas stay.
    return unresolved;
  }
  const still = await nameErrors(context, sheet, failing);
  return still.length === 0 ? { formulas: "french-local", unresolvedCells: [] } : { formulas: "unresolved", unresolvedCells: still.map((cell) => cell.address) };
};

/** How a column of an inserted table shows its values. */
export type TableColumnFormat = "text" | "date" | "currency";

/** A list written as an Excel table on a new sheet: headers in row 1, one row per record. */
export interface TableSheet {
  /** The sheet's name before the " (2)" that makes it free. */
  baseName: string;
  /** The table's name before the "2" that makes it free: letters, digits and "_" only. */
  tableBaseName: string;
  headers: string[];
  /** One per column. */
  formats: TableColumnFormat[];
  /** Text is written as text, never as a formula; "" leaves a cell empty. */
  rows: Array<Array<string | number>>;
}

export interface TableInsertResult {
  sheetName: string;
  tableName: string;
}

/** A host that can write Excel tables (the Excel host; not the preview nor the hosts of other tests). */
export interface TableWriter {
  insertTable(table: TableSheet): Promise<TableInsertResult>;
}

export const canInsertTables = (host: WorkbookHost): host is WorkbookHost & TableWriter =>
  typeof (host as Partial<TableWriter>).insertTable === "function";

/** Rows written per range: Office.js refuses requests above about 5 MB (Office add-in resource limits). */
const TABLE_BLOCK_ROWS = 5000;
const TABLE_FORMATS: Readonly<Record<TableColumnFormat, string>> = { text: TEXT_FORMAT, date: "yyyy-mm-dd", currency: NUMBER_FORMATS.currency };

/** The first free table name among base, base2, base3, … (table names are workbook-wide). */
const freeTableName = async (context: Excel.RequestContext, base: string): Promise<string> => {
  const free = await firstFreeName(context, (n) => (n === 1 ? base : `${base}${n}`), (name) => context.workbook.tables.getItemOrNullObject(name));
  if (free !== null) return free;
  throw paneError("NA", "table", (t) => t("errNoFreeTableName", { base }));
};

/** Headers and rows, block by block, each column formatted first so that text stays text. */
const writeTable = (sheet: Excel.Worksheet, table: TableSheet): void => {
  const last = columnLetter(table.headers.length - 1);
  const header = sheet.getRange(`A1:${last}1`);
  header.numberFormat = [table.headers.map(() => TEXT_FORMAT)];
  header.values = [table.headers.map((text) => (FORMULA_LEAD.test(text) ? `'${text}` : text))];
  for (let start = 0; start < table.rows.length; start += TABLE_BLOCK_ROWS) {
    const block = table.rows.slice(start, start + TABLE_BLOCK_ROWS);
    const range = sheet.getRange(`A${start + 2}:${last}${start + 1 + block.length}`);
    range.numberFormat = block.map(() => table.formats.map((format) => TABLE_FORMATS[format]));
    range.values = block.map((row) => row.map((cell) => (typeof cell === "string" && FORMULA_LEAD.test(cell) ? `'${cell}` : cell)));
  }
  table.headers.forEach((_header, index) => {
    const letter = columnLetter(index);
    sheet.getRange(`${letter}:${letter}`).format.autofitColumns();
  });
};

/** A settings value kept in workbook.settings: the stored inputs as JSON text (fromStored reads both forms). */
const settingsText = <K extends keyof SimulatorInputs>(value: SimulatorInputs[K]): string => JSON.stringify(toStored<K>(value));

const settingsError = (detail: string): CoreError =>
  paneError("NA", "settings", (t) => (detail ? t("errSettingsNotSavedBecause", { detail }) : t("errSettingsNotSaved")));

const detailOf = (error: unknown): string => (error instanceof Error ? error.message : typeof error === "string" ? error : "");

/** Removes migrated keys from the old store; a failure only leaves a stale copy that is never read again. */
const forgetLegacy = (legacy: LegacySettings | undefined, keys: string[]): Promise<void> =>
  new Promise((resolve) => {
    if (!legacy || keys.length === 0) return resolve();
    try {
      for (const key of keys) legacy.remove(key);
      legacy.saveAsync(() => resolve());
    } catch {
      resolve();
    }
  });

/**
 * The WorkbookHost over real Excel APIs, with the settings already read (see {@link openExcelHost}).
 * Settings live in Excel's workbook.settings (ExcelApi 1.4), "limited to per file and add-in combination"
 * (https://learn.microsoft.com/javascript/api/excel/excel.settingcollection).
 */
export const createExcelHost = (deps: ExcelDependencies, storedSettings: ReadonlyMap<string, unknown> = new Map()): WorkbookHost => {
  const language = languageOf(deps.displayLanguage);
  const stored = new Map(storedSettings);
  const host: WorkbookHost & TableWriter = {
    available: true,
    language,

    insertTable: (table: TableSheet): Promise<TableInsertResult> =>
      deps.run(async (context) => {
        const name = await freeSheetName(context, table.baseName);
        const tableName = await freeTableName(context, table.tableBaseName);
        // Only the sheet just added is written to: existing sheets are never touched.
        const sheet = context.workbook.worksheets.add(name);
        writeTable(sheet, table);
        const last = columnLetter(table.headers.length - 1);
        const excelTable = sheet.tables.add(`A1:${last}${Math.max(2, table.rows.length + 1)}`, true);
        excelTable.name = tableName;
        await context.sync();
        return { sheetName: name, tableName };
      }),

    insertProposal: (proposal: ProposalSheet): Promise<InsertResult> =>
      deps.run(async (context) => {
        checkTexts(proposal);
        const name = await freeSheetName(context, proposal.baseName);
        // Only the sheet just added is written to: existing sheets are never touched.
        const sheet = context.workbook.worksheets.add(name);
        for (const cell of proposal.cells) writeCell(sheet, cell);
        proposal.columnWidths.forEach((width, index) => {
          const letter = columnLetter(index);
          sheet.getRange(`${letter}:${letter}`).format.columnWidth = width;
        });
        if (proposal.chart) {
          const spec = proposal.chart;
          const chart = sheet.charts.add(CHART_TYPES[spec.kind], sheet.getRange(spec.dataRange), spec.seriesBy === "rows" ? "Rows" : "Columns");
          chart.title.text = spec.title;
          chart.setPosition(spec.topLeft, spec.bottomRight);
        }
        sheet.activate();
        await context.sync();
        let printed = false;
        if (proposal.print) {
          try {
            setUpPrinting(sheet, proposal.print);
            await context.sync();
            printed = true;
          } catch {
            // An Excel without page layout (before ExcelApi 1.9) keeps the sheet as written, unprinted set-up.
          }
        }
        return { sheetName: name, printSetUp: printed, ...(await settleFormulas(context, sheet, proposal, language)) };
      }),

    readSelection: () =>
      deps.run(async (context) => {
        const range = context.workbook.getSelectedRange();
        range.load("address,values");
        await context.sync();
        const { address, values } = range;
        if (typeof address !== "string" || !Array.isArray(values)) {
          throw paneError("NA", "selection", (t) => t("errSelectionUnreadable"));
        }
        return { address, values: values.map((row) => [...row]) as unknown[][] };
      }),

    loadSettings: <K extends keyof SimulatorInputs>(key: K): SimulatorInputs[K] | null => {
      try {
        return fromStored(key, stored.get(settingsKey(key)));
      } catch {
        return null;
      }
    },

    saveSettings: async <K extends keyof SimulatorInputs>(key: K, value: SimulatorInputs[K]): Promise<void> => {
      const text = settingsText<K>(value);
      try {
        await deps.run(async (context) => {
          context.workbook.settings.add(settingsKey(key), text);
          await context.sync();
        });
      } catch (error) {
        throw settingsError(detailOf(error));
      }
      stored.set(settingsKey(key), text);
    },
  };
  return host;
};

const SIMULATOR_KINDS: Array<keyof SimulatorInputs> = ["factoring", "offers", "insurance", "dso", "diagnostic", "receivables"];

/**
 * Reads every simulator's settings from workbook.settings and gives the Excel host. A key that
 * workbook.settings lacks but the old store (Office.context.document.settings) holds is copied over; once
 * that write has synced, the key is removed from the old store. A failed migration keeps the old value in use.
 */
export async function openExcelHost(deps: ExcelDependencies): Promise<WorkbookHost> {
  const keys = SIMULATOR_KINDS.map(settingsKey);
  const stored = new Map<string, unknown>();
  const migrated: string[] = [];
  try {
    await deps.run(async (context) => {
      const items = keys.map((key) => context.workbook.settings.getItemOrNullObject(key));
      // *OrNullObject: first ask whether each exists, then load the values of those that do.
      for (const item of items) item.load("isNullObject");
      await context.sync();
      const present = items.map((item, index) => ({ item, key: keys[index] })).filter(({ item }) => item.isNullObject !== true);
      for (const { item } of present) item.load("value");
      if (present.length > 0) await context.sync();
      for (const { item, key } of present) stored.set(key, item.value);
      const legacy = deps.legacySettings;
      if (!legacy) return;
      const toMigrate = keys.filter((key) => !stored.has(key)).map((key) => ({ key, value: legacy.get(key) as unknown })).filter(({ value }) => value !== null && value !== undefined);
      if (toMigrate.length === 0) return;
      for (const { key, value } of toMigrate) stored.set(key, value);
      for (const { key, value } of toMigrate) context.workbook.settings.add(key, typeof value === "string" ? value : JSON.stringify(value));
      await context.sync();
      migrated.push(...toMigrate.map(({ key }) => key));
    });
  } catch {
    // Settings that cannot be read leave the simulators on their seeds; what was read is kept.
  }
  await forgetLegacy(deps.legacySettings, migrated);
  return createExcelHost(deps, stored);
}

export interface ConnectOptions {
  /** How long to wait for Office before handing out the preview host (ms, default 3000). */
  previewAfterMs?: number;
  /** How long to keep waiting behind the preview for a late Office (ms, default 120000). */
  giveUpAfterMs?: number;
  /** How often to look for a late office.js (ms, default 250). */
  pollMs?: number;
  /** Called once with the Excel host when Office comes up after the preview was handed out. */
  onConnected?: (host: WorkbookHost) => void;
}

const delay = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Office.onReady's answer once office.js is there, or null when it never comes (by the deadline) or fails. */
const officeReady = async (deadline: number, pollMs: number): Promise<{ host: Office.HostType | null } | null> => {
  // office.js may load after our scripts (a slow CDN): look for it until the deadline.
  while (typeof Office === "undefined" || typeof Office.onReady !== "function") {
    if (Date.now() >= deadline) return null;
    await delay(pollMs);
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  const expiry = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), Math.max(0, deadline - Date.now()));
  });
  try {
    return await Promise.race([Office.onReady(), expiry]);
  } catch {
    return null;
  } finally {
    if (timer !== undefined) clearTimeout(timer);
  }
};

/**
 * Gives the Excel host when Office reports Excel within `previewAfterMs` (at once when office.js is not loaded
 * yet); otherwise the preview host (office.js absent or late, a plain browser, another Office application)
 * while it keeps waiting up to `giveUpAfterMs`:
 * if Excel comes up in that time, `onConnected` receives the Excel host, so that the pane switches without a
 * reload. Office.onReady resolves once office.js is loaded and reports the host
 * (https://learn.microsoft.com/office/dev/add-ins/develop/initialize-add-in). A number is `previewAfterMs`.
 */
export async function connectWorkbook(options: number | ConnectOptions = {}): Promise<WorkbookHost> {
  const settings: ConnectOptions = typeof options === "number" ? { previewAfterMs: options } : options;
  // Without office.js at all (a plain browser, or the CDN still loading) the preview shows at once, so that the
  // simulators are not held back; a late office.js still switches the pane over through onConnected.
  const officeLoaded = typeof Office !== "undefined" && typeof Office.onReady === "function";
  const previewAfterMs = officeLoaded ? (settings.previewAfterMs ?? DEFAULT_PREVIEW_AFTER_MS) : 0;
  const deadline = Date.now() + Math.max(previewAfterMs, settings.giveUpAfterMs ?? DEFAULT_GIVE_UP_AFTER_MS);
  const browserLanguage = typeof navigator !== "undefined" ? navigator.language : undefined;
  const preview = createPreviewHost(languageOf(browserLanguage));

  const connecting: Promise<WorkbookHost | null> = officeReady(deadline, settings.pollMs ?? DEFAULT_POLL_MS)
    .then((info) =>
      info !== null && String(info.host) === "Excel" && typeof Excel !== "undefined"
        ? openExcelHost({
          run: (batch) => Excel.run(batch),
          legacySettings: Office.context.document?.settings,
          displayLanguage: Office.context.displayLanguage,
        })
        : null)
    .catch(() => null);

  const PREVIEW = Symbol("preview");
  let timer: ReturnType<typeof setTimeout> | undefined;
  const first = await Promise.race([
    connecting,
    new Promise<typeof PREVIEW>((resolve) => {
      timer = setTimeout(() => resolve(PREVIEW), previewAfterMs);
    }),
  ]);
  if (timer !== undefined) clearTimeout(timer);
  if (first !== PREVIEW) return first ?? preview;
  void connecting.then((host) => {
    if (host) settings.onConnected?.(host);
  });
  return preview;
}
