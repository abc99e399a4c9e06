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
  numberFormat?: unknown[][];
  format: { font: Record<string, unknown>; fill: Record<string, unknown>; columnWidth?: number };
}

export interface ChartRecord {
  type: string;
  source: string;
  seriesBy: string;
  title: { text?: string };
  position?: [string, string];
}

export interface SheetRecord {
  name: string;
  ranges: Map<string, RangeRecord>;
  chartList: ChartRecord[];
  activated: boolean;
}

const newSheet = (name: string): SheetRecord => {
  const ranges = new Map<string, RangeRecord>();
  const chartList: ChartRecord[] = [];
  const sheet = {
    name,
    ranges,
    chartList,
    activated: false,
    getRange(address: string): RangeRecord {
      const known = ranges.get(address);
      if (known) return known;
      const record: RangeRecord = { address, format: { font: {}, fill: {} } };
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
}

export const fakeExcel = (existingSheets: Record<string, Record<string, unknown>>, selection?: { address: string; values: unknown[][] }): FakeExcel => {
  const toSync: OfficeMockObject[] = [];
  const fake: FakeExcel = {
    excel: undefined as never,
    added: [],
    existing: new Map(Object.entries(existingSheets)),
    existingAccesses: 0,
    syncCount: 0,
  };
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
            const sheet = newSheet(name);
            fake.added.push(sheet);
            return sheet;
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
        for (const mock of toSync) await mock.sync();
      },
    },
    async run<T>(this: { context: unknown }, batch: (context: unknown) => Promise<T>): Promise<T> {
      return batch(this.context);
    },
  };
  fake.excel = new OfficeMockObject(data) as FakeExcel["excel"];
  return fake;
};

/** Office.context.document.settings, in memory, with saveAsync succeeding unless told otherwise. */
export const fakeSettings = (initial: Record<string, unknown> = {}, fail?: string) => {
  const saved = new Map<string, unknown>(Object.entries(initial));
  const pending = new Map<string, unknown>(saved);
  return {
    saved,
    get: (name: string): unknown => pending.get(name) ?? null,
    set: (name: string, value: unknown): void => {
      pending.set(name, value);
    },
    saveAsync: (callback?: (result: Office.AsyncResult<void>) => void): void => {
      if (fail === undefined) for (const [key, value] of pending) saved.set(key, JSON.parse(JSON.stringify(value)));
      callback?.({ status: fail === undefined ? "succeeded" : "failed", error: fail === undefined ? undefined : { message: fail } } as unknown as Office.AsyncResult<void>);
    },
  };
};
