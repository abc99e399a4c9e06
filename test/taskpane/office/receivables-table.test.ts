/**
 * insertTable (the Créances tab's "Insérer"): the invoice list written as an Excel table on a new sheet, with
 * office-addin-mock probes for the free sheet and table names (loaded and synced before they are read).
 */
import { OfficeMockObject } from "office-addin-mock";
import { canInsertTables, createExcelHost, createPreviewHost, type TableSheet } from "../../../src/taskpane/office/workbook";

interface WrittenRange { address: string; values?: unknown[][]; numberFormat?: unknown[][]; autofit: boolean }
interface WrittenSheet { name: string; ranges: WrittenRange[]; tables: Array<{ address: string; hasHeaders: boolean; name?: string }> }

const fakeWorkbook = (sheetNames: string[], tableNames: string[]) => {
  const probes: OfficeMockObject[] = [];
  const added: WrittenSheet[] = [];
  let syncs = 0;
  const probe = (taken: boolean): OfficeMockObject => {
    const mock = new OfficeMockObject({ isNullObject: !taken });
    probes.push(mock);
    return mock;
  };
  const context = {
    workbook: {
      worksheets: {
        getItemOrNullObject: (name: string) => probe(sheetNames.includes(name) || added.some((s) => s.name === name)),
        add: (name: string) => {
          const sheet: WrittenSheet = { name, ranges: [], tables: [] };
          added.push(sheet);
          return {
            getRange: (address: string) => {
              const range: WrittenRange = { address, autofit: false };
              sheet.ranges.push(range);
              return Object.assign(range, { format: { autofitColumns: () => (range.autofit = true) } });
            },
            tables: {
              add: (address: string, hasHeaders: boolean) => {
                const table: { address: string; hasHeaders: boolean; name?: string } = { address, hasHeaders };
                sheet.tables.push(table);
                return table;
              },
            },
          };
        },
      },
      tables: { getItemOrNullObject: (name: string) => probe(tableNames.includes(name)) },
    },
    sync: async () => {
      syncs++;
      for (const mock of probes) await mock.sync();
    },
  };
  const host = createExcelHost({ run: (batch) => batch(context as never), displayLanguage: "fr-FR" });
  return { host, added, syncs: () => syncs };
};

const invoices = (count: number): TableSheet => ({
  baseName: "Factures FEC",
  tableBaseName: "FacturesFEC",
  headers: ["Compte client", "Client", "Pièce", "Date facture", "Échéance", "Montant TTC", "Payée le"],
  formats: ["text", "text", "text", "date", "date", "currency", "date"],
  rows: Array.from({ length: count }, (_unused, i) => [`C${i}`, i === 0 ? "=HYPERLINK(\"x\")" : `Client ${i}`, `F${i}`, 45678 + i, 45708 + i, 100 + i, i % 2 === 0 ? "" : 45710 + i]),
});

describe("insertTable", () => {
  it("writes the headers and rows on a new sheet and makes them an Excel table under a free name", async () => {
    const fake = fakeWorkbook(["Factures FEC"], ["FacturesFEC", "FacturesFEC2"]);
    if (!canInsertTables(fake.host)) throw new Error("the Excel host writes tables");
    const result = await fake.host.insertTable(invoices(3));
    // "Factures FEC" is taken: the sheet is "Factures FEC (2)"; FacturesFEC and FacturesFEC2 are taken: FacturesFEC3.
    expect(result).toEqual({ sheetName: "Factures FEC (2)", tableName: "FacturesFEC3" });
    const sheet = fake.added[0];
    expect(sheet.tables).toEqual([{ address: "A1:G4", hasHeaders: true, name: "FacturesFEC3" }]);
    const header = sheet.ranges.find((range) => range.address === "A1:G1");
    expect(header?.values).toEqual([["Compte client", "Client", "Pièce", "Date facture", "Échéance", "Montant TTC", "Payée le"]]);
    const body = sheet.ranges.find((range) => range.address === "A2:G4");
    expect(body?.numberFormat?.[0]).toEqual(["@", "@", "@", "yyyy-mm-dd", "yyyy-mm-dd", "#,##0.00 €", "yyyy-mm-dd"]);
    expect(body?.values?.[1]).toEqual(["C1", "Client 1", "F1", 45679, 45709, 101, 45711]);
  });

  it("writes a customer's name that looks like a formula as text, never as a formula", async () => {
    const fake = fakeWorkbook([], []);
    if (!canInsertTables(fake.host)) throw new Error("the Excel host writes tables");
    await fake.host.insertTable(invoices(1));
    const body = fake.added[0].ranges.find((range) => range.address === "A2:G2");
    expect(body?.values?.[0][1]).toBe("'=HYPERLINK(\"x\")");
    expect(body?.numberFormat?.[0][1]).toBe("@");
  });

  it("writes a long list in blocks of 5 000 rows, so that no request exceeds Office's payload limit", async () => {
    const fake = fakeWorkbook([], []);
    if (!canInsertTables(fake.host)) throw new Error("the Excel host writes tables");
    await fake.host.insertTable(invoices(12001));
    const blocks = fake.added[0].ranges.filter((range) => range.values && range.address !== "A1:G1").map((range) => range.address);
    // hand-worked: 12 001 rows from row 2: 2–5001, 5002–10001, 10002–12002.
    expect(blocks).toEqual(["A2:G5001", "A5002:G10001", "A10002:G12002"]);
    expect(fake.added[0].tables[0].address).toBe("A1:G12002");
  });

  it("is not offered by the preview host, which has no workbook", () => {
    expect(canInsertTables(createPreviewHost("fr"))).toBe(false);
  });
});
