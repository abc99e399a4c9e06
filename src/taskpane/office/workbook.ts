/**
 * The thin Office.js module of the task pane: the only code that talks to Excel (STYLE.md, practice 6).
 * It writes proposal sheets, reads the selection and keeps each simulator's inputs in the workbook's
 * settings. Outside Office it hands out a preview host whose workbook actions reject with an explanation.
 * Tested with office-addin-mock (test/taskpane/office).
 */
import { CoreError } from "../../core";
import type { SimulatorInputs } from "../proposals/inputs";
import { columnLetter } from "../proposals/layout";
import { NUMBER_FORMATS, type ChartKind, type ProposalCell, type ProposalSheet } from "../proposals/types";
import type { WorkbookHost } from "./host";
import { fromStored, settingsKey, toStored } from "./settings";
import { candidateSheetName } from "./sheetName";

export type { WorkbookHost } from "./host";

/** Why workbook actions are off in preview, in one line. */
export const PREVIEW_EXPLANATION = {
  en: "Workbook actions need Excel: open Encours from Excel's Home tab (this preview only runs the simulators).",
  fr: "Les actions sur le classeur nécessitent Excel : ouvrez Encours depuis l'onglet Accueil d'Excel (cet aperçu ne fait que les simulations).",
} as const;

/** How long connectWorkbook waits for Office.onReady before falling back to the preview. */
const DEFAULT_CONNECT_TIMEOUT_MS = 10000;

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

/** What the Excel host needs from Office.js; tests hand in office-addin-mock objects. */
export interface ExcelDependencies {
  run: <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;
  settings: Pick<Office.Settings, "get" | "set" | "saveAsync">;
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

const writeCell = (sheet: Excel.Worksheet, cell: ProposalCell): void => {
  const range = sheet.getRange(cell.address);
  // The format first, so that a value typed as text is not re-read by Excel as a date or a number.
  range.numberFormat = [[NUMBER_FORMATS[cell.format]]];
  if (cell.formula !== undefined) range.formulas = [[cell.formula]];
  else range.values = [[cell.value ?? ""]];
  if (cell.bold) range.format.font.bold = true;
  if (cell.role === "title") range.format.font.size = TITLE_SIZE;
  if (cell.role === "input") range.format.fill.color = INPUT_FILL;
  if (cell.role === "notice") {
    range.format.font.italic = true;
    range.format.font.color = NOTICE_COLOR;
  }
};

/** The first free name among base, "base (2)", …, asking Excel a few names at a time. */
const freeSheetName = async (context: Excel.RequestContext, base: string): Promise<string> => {
  const worksheets = context.workbook.worksheets;
  for (let first = 1; first <= MAX_NAMES; first += NAMES_PER_ROUND) {
    const candidates = Array.from({ length: NAMES_PER_ROUND }, (_unused, index) => candidateSheetName(base, first + index));
    const probes = candidates.map((name) => {
      const probe = worksheets.getItemOrNullObject(name);
      probe.load("isNullObject");
      return probe;
    });
    await context.sync();
    const free = probes.findIndex((probe) => probe.isNullObject === true);
    if (free >= 0) return candidates[free];
  }
  throw new CoreError("NA", `No free sheet name was found for "${base}": rename or delete some sheets and try again.`,
    `Aucun nom de feuille libre n'a été trouvé pour « ${base} » : renommez ou supprimez des feuilles puis réessayez.`, "sheet");
};

/** The WorkbookHost over real Excel APIs. */
export const createExcelHost = (deps: ExcelDependencies): WorkbookHost => ({
  available: true,
  language: languageOf(deps.displayLanguage),

  insertProposal: (proposal: ProposalSheet) =>
    deps.run(async (context) => {
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
      return { sheetName: name };
    }),

  readSelection: () =>
    deps.run(async (context) => {
      const range = context.workbook.getSelectedRange();
      range.load("address,values");
      await context.sync();
      const { address, values } = range;
      if (typeof address !== "string" || !Array.isArray(values)) {
        throw new CoreError("NA", "The selection could not be read: select a range of cells and try again.",
          "La sélection n'a pas pu être lue : sélectionnez une plage de cellules et réessayez.", "selection");
      }
      return { address, values: values.map((row) => [...row]) as unknown[][] };
    }),

  loadSettings: <K extends keyof SimulatorInputs>(key: K): SimulatorInputs[K] | null => {
    try {
      return fromStored(key, deps.settings.get(settingsKey(key)));
    } catch {
      return null;
    }
  },

  saveSettings: <K extends keyof SimulatorInputs>(key: K, value: SimulatorInputs[K]): Promise<void> =>
    new Promise((resolve, reject) => {
      deps.settings.set(settingsKey(key), toStored<K>(value));
      deps.settings.saveAsync((result) => {
        if (String(result.status) === "succeeded") resolve();
        else {
          const detail = result.error?.message ?? "";
          reject(new CoreError("NA", `The workbook settings could not be saved${detail ? `: ${detail}` : "."}`,
            `Les réglages du classeur n'ont pas pu être enregistrés${detail ? ` : ${detail}` : "."}`, "settings"));
        }
      });
    }),
});

/**
 * Waits for Office (at most `timeoutMs`) and gives the Excel host, or the preview host when office.js is
 * absent, Office.onReady reports no host (a plain browser) or another application than Excel, or Office does
 * not answer in time (office.js that cannot load, as in an offline browser).
 */
export async function connectWorkbook(timeoutMs: number = DEFAULT_CONNECT_TIMEOUT_MS): Promise<WorkbookHost> {
  const browserLanguage = typeof navigator !== "undefined" ? navigator.language : undefined;
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") return createPreviewHost(languageOf(browserLanguage));
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), timeoutMs);
  });
  let info: { host: Office.HostType | null } | null;
  try {
    info = await Promise.race([Office.onReady(), timeout]);
  } catch {
    info = null;
  } finally {
    if (timer !== undefined) clearTimeout(timer);
  }
  if (info === null || String(info.host) !== "Excel" || typeof Excel === "undefined") {
    return createPreviewHost(languageOf(browserLanguage));
  }
  return createExcelHost({
    run: (batch) => Excel.run(batch),
    settings: Office.context.document.settings,
    displayLanguage: Office.context.displayLanguage,
  });
}
