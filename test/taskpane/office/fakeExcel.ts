/**
 * An Excel workbook for office-addin-mock. The mock does not model collections, so worksheets.add,
 * getItemOrNullObject, getSelectedRange and charts.add are seeded as functions; the objects that code must
 * load (name probes, the selected range) are OfficeMockObjects, which give an error value instead of the
 * data when read without load + sync.
 */
import { OfficeMockObject } from "office-addin-mock";

export interface RangeRecord {
  address: string;
  values?: unknown[][];
  formulas?: unknown[][];
  formulasLocal?: unknown[][];
  numberFormat?: unknown[][];
  format: { font: Record<string, unknown>; fill: Record<string, unknown>; columnWidth?: number };
  /** Every formula text written to the cell, in order, with the property used. */
  history: Array<[string, unknown]>;
  load(properties: string): void;
}

/**
 * How the fake Excel answers formulas with ENCOURS functions:
 * - "invariant": English names through `formulas` work (Excel in English, or a localized Excel that
 *   translates custom functions);
 * - "french-local": office-js issue 891: English names give #NOM? until French names are written through
 *   `formulasLocal` (French Excel);
 * - "unregistered": the functions are not known at all, #NAME? in any form.
 */
export type FormulaBehaviour = "invariant" | "french-local" | "unregistered";

const ENGLISH_NAME = /ENCOURS\.(FACTOR|CREDIT\.(EXPECTEDLOSS|PREMIUM|INDEMNITY|NETCOST|BREAKEVENPD|LOSSQUANTILE|LOSSDIST)|DSO\.(BESTPOSSIBLE|DELINQUENT))/;

const calculated = (record: RangeRecord, behaviour: FormulaBehaviour): unknown => {
  const local = record.formulasLocal?.[0]?.[0];
  const invariant = record.formulas?.[0]?.[0];
  const text = String(local ?? invariant ?? "");
  if (!text.includes("ENCOURS.")) return 1;
  if (behaviour === "unregistered") return "#NAME?";
  if (behaviour === "invariant") return local === undefined ? 1 : "#NAME?";
  // French Excel: only French names, with ";" between arguments, written as local formulas, resolve.
  return local !== undefined && !ENGLISH_NAME.test(text) && !/,(?=(?:[^"]*"[^"]*")*[^"]*$)/.test(text) ? 1 : "#NOM?";
};

export interface ChartRecord {
  type: string;
  source: string;
  seriesBy: string;
  title: { text?: string };
  position?: [string, string];
}

/** worksheet.pageLayout as written: the print area, the page settings and the default header and footer. */
export interface PageLayoutRecord {
  printArea?: string;
  orientation?: string;
  zoom?: Record<string, unknown>;
  centerHorizontally?: boolean;
  headersFooters: { defaultForAllPages: Record<string, string> };
}

export interface SheetRecord {
  name: string;
  ranges: Map<string, RangeRecord>;
  chartList: ChartRecord[];
  activated: boolean;
  pageLayout: PageLayoutRecord & { setPrintArea(area: string): void };
}

const newSheet = (name: string, behaviour: FormulaBehaviour, noPageLayout: boolean): SheetRecord => {
  const ranges = new Map<string, RangeRecord>();
  const chartList: ChartRecord[] = [];
  const pageLayout: SheetRecord["pageLayout"] = {
    headersFooters: { defaultForAllPages: {} },
    setPrintArea(area: string) {
      // An Excel before ExcelApi 1.9 has no page layout: the call fails.
      if (noPageLayout) throw new Error("ApiNotFound: pageLayout needs ExcelApi 1.9");
      pageLayout.printArea = area;
    },
  };
  const sheet = {
    name,
    ranges,
    chartList,
    activated: false,
    pageLayout,
    getRange(address: string): RangeRecord {
      const known = ranges.get(address);
      if (known) return known;
      const cell: Partial<RangeRecord> = { address, format: { font: {}, fill: {} }, history: [] };
      const record = new Proxy(cell, {
        set(target, property, value) {
          if (property === "formulas" || property === "formulasLocal") target.history?.push([property, (value as unknown[][])[0][0]]);
          (target as Record<string | symbol, unknown>)[property] = value;
          return true;
        },
      }) as RangeRecord;
      record.load = (properties: string) => {
        if (properties.includes("values") && (cell.formulas || cell.formulasLocal)) cell.values = [[calculated(record, behaviour)]];
      };
      ranges.set(address, record);
      return record;
    },
    activate(): void {
      sheet.activated = true;
    },
    charts: {
      add(type: string, source: RangeRecord, seriesBy: string) {
        const chart: ChartRecord = { type, source: source.address, seriesBy, title: {} };
        chartList.push(chart);
        return Object.assign(chart, {
          setPosition(topLeft: string, bottomRight: string) {
            chart.position = [topLeft, bottomRight];
          },
        });
      },
    },
  };
  return sheet;
};

export interface FakeExcel {
  /** The object to hand to createExcelHost's `run` (or to install as the global Excel). */
  excel: OfficeMockObject & { run: <T>(batch: (context: unknown) => Promise<T>) => Promise<T> };
  /** Sheets added by the code under test. */
  added: SheetRecord[];
  /** Names of the sheets that existed before, with their cells, to check that nothing changed. */
  existing: Map<string, Record<string, unknown>>;
  /** How many times the code reached an existing sheet. */
  existingAccesses: number;
  syncCount: number;
  /** workbook.settings as saved (after a successful sync). */
  settings: Map<string, unknown>;
}

export interface FakeOptions {
  formulas?: FormulaBehaviour;
  /** workbook.settings as saved in the file. */
  settings?: Record<string, unknown>;
  /** When set, workbook.settings.add fails at sync with this message. */
  failSettings?: string;
  /** application.cultureInfo.numberFormat.numberDecimalSeparator. */
  decimalSeparator?: string;
  /** When true, worksheet.pageLayout fails as in an Excel before ExcelApi 1.9. */
  noPageLayout?: boolean;
}

export const fakeExcel = (existingSheets: Record<string, Record<string, unknown>>, selection?: { address: string; values: unknown[][] }, options: FakeOptions = {}): FakeExcel => {
  const toSync: OfficeMockObject[] = [];
  const behaviour = options.formulas ?? "invariant";
  const settings = new Map<string, unknown>(Object.entries(options.settings ?? {}));
  let pendingSettings: Array<[string, unknown]> = [];
  const fake: FakeExcel = {
    excel: undefined as never,
    added: [],
    existing: new Map(Object.entries(existingSheets)),
    existingAccesses: 0,
    syncCount: 0,
    settings,
  };
  const numberFormat = new OfficeMockObject({ numberDecimalSeparator: options.decimalSeparator ?? "," });
  const taken = (name: string): boolean =>
    [...fake.existing.keys(), ...fake.added.map((sheet) => sheet.name)].some((existingName) => existingName.toLowerCase() === name.toLowerCase());

  const data = {
    host: "excel",
    context: {
      workbook: {
        worksheets: {
          getItemOrNullObject(name: string) {
            const probe = new OfficeMockObject({ isNullObject: !taken(name), name });
            toSync.push(probe);
            return probe;
          },
          getItem() {
            fake.existingAccesses++;
            throw new Error("the code under test must not reach existing sheets");
          },
          add(name: string) {
            if (taken(name)) throw new Error(`A sheet named ${name} already exists`);
            const sheet = newSheet(name, behaviour, options.noPageLayout === true);
            fake.added.push(sheet);
            return sheet;
          },
        },
        settings: {
          getItemOrNullObject(key: string) {
            // Excel hands a stored object back as such; the mock can only hold it as JSON text (fromStored reads both).
            const value = settings.get(key);
            const item = new OfficeMockObject({ isNullObject: !settings.has(key), key, value: typeof value === "object" && value !== null ? JSON.stringify(value) : value ?? "" });
            toSync.push(item);
            return item;
          },
          add(key: string, value: unknown) {
            pendingSettings.push([key, value]);
          },
        },
        getSelectedRange() {
          if (!selection) throw new Error("no selection in this fake");
          const range = new OfficeMockObject({ address: selection.address, values: selection.values });
          toSync.push(range);
          return range;
        },
      },
      async sync() {
        fake.syncCount++;
        await numberFormat.sync();
        for (const mock of toSync) await mock.sync();
        const writes = pendingSettings;
        pendingSettings = [];
        if (writes.length > 0 && options.failSettings !== undefined) throw new Error(options.failSettings);
        for (const [key, value] of writes) settings.set(key, value);
      },
    },
    async run<T>(this: { context: unknown }, batch: (context: unknown) => Promise<T>): Promise<T> {
      return batch(this.context);
    },
  };
  fake.excel = new OfficeMockObject(data) as FakeExcel["excel"];
  // Attached after construction: office-addin-mock refuses a mock object nested in its data.
  (fake.excel as unknown as { context: Record<string, unknown> }).context.application = { cultureInfo: { numberFormat } };
  return fake;
};

/** Office.context.document.settings (the old store), in memory, with saveAsync succeeding unless told otherwise. */
export const fakeSettings = (initial: Record<string, unknown> = {}, fail?: string) => {
  const saved = new Map<string, unknown>(Object.entries(initial));
  const pending = new Map<string, unknown>(saved);
  return {
    saved,
    get: (name: string): unknown => pending.get(name) ?? null,
    set: (name: string, value: unknown): void => {
      pending.set(name, value);
    },
    remove: (name: string): void => {
      pending.delete(name);
    },
    saveAsync: (callback?: (result: Office.AsyncResult<void>) => void): void => {
      if (fail === undefined) {
        saved.clear();
        for (const [key, value] of pending) saved.set(key, JSON.parse(JSON.stringify(value)));
      }
      callback?.({ status: fail === undefined ? "succeeded" : "failed", error: fail === undefined ? undefined : { message: fail } } as unknown as Office.AsyncResult<void>);
    },
  };
};
