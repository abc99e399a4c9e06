import { createExcelHost, openExcelHost, PREVIEW_EXPLANATION } from "../../../src/taskpane/office/workbook";
import { MAX_NAME_LENGTH, settingsKey } from "../../../src/taskpane/office/settings";
import { buildProposal, NOTICE, NUMBER_FORMATS, parseSalesSelection, SEED_INPUTS, type SimulatorInputs } from "../../../src/taskpane/proposals";
import { CoreError } from "../../../src/core";
import { fakeExcel, fakeSettings, type FakeExcel } from "./fakeExcel";

const depsOver = (fake: FakeExcel, legacy = fakeSettings(), displayLanguage = "fr-FR") =>
  ({ run: (batch: never) => fake.excel.run(batch), legacySettings: legacy, displayLanguage }) as unknown as Parameters<typeof createExcelHost>[0];
const hostOver = (fake: FakeExcel, legacy = fakeSettings(), displayLanguage = "fr-FR") => createExcelHost(depsOver(fake, legacy, displayLanguage));

const factoringSheet = () => buildProposal("factoring", SEED_INPUTS.factoring, { variant: "live", language: "fr" });

describe("insertProposal", () => {
  it("writes the proposal's values, formulas and number formats into a new sheet", async () => {
    const fake = fakeExcel({ Feuil1: { A1: "budget" } });
    const proposal = factoringSheet();
    const result = await hostOver(fake).insertProposal(proposal);

    expect(result.sheetName).toBe("Affacturage - Client exemple");
    expect(fake.added.map((sheet) => sheet.name)).toEqual(["Affacturage - Client exemple"]);
    const ranges = fake.added[0].ranges;
    expect(ranges.get("B4")?.values).toEqual([[10000]]);
    expect(ranges.get("B4")?.numberFormat).toEqual([["#,##0.00 €"]]);
    expect(ranges.get("B5")?.numberFormat).toEqual([["0"]]);
    expect(ranges.get("B6")?.numberFormat).toEqual([["0.00%"]]);
    // The invoice's TEG over amount, days and the offer's financing terms (B6:B14) and financing fees (B22).
    const tegCell = proposal.cells.find((cell) => cell.formula?.startsWith("=ENCOURS.FACTOR.TEG("));
    expect(tegCell?.formula).toBe("=ENCOURS.FACTOR.TEG(B4,B5,B6,B7,B8,B9,B10,B11,B12,B13,B14,B22)");
    expect(ranges.get(tegCell?.address ?? "")?.formulas).toEqual([["=ENCOURS.FACTOR.TEG(B4,B5,B6,B7,B8,B9,B10,B11,B12,B13,B14,B22)"]]);
    for (const cell of proposal.cells) {
      const written = ranges.get(cell.address);
      // Text is written into text-formatted cells ("@"), so that Excel never reads it as a formula or a number.
      expect(written?.numberFormat).toEqual([[typeof cell.value === "string" ? "@" : NUMBER_FORMATS[cell.format]]]);
      if (cell.formula !== undefined) expect(written?.formulas).toEqual([[cell.formula]]);
      else expect(written?.values).toEqual([[cell.value]]);
    }
  });

  it("bolds labels, shows the client name and the notice, tints the inputs and sets column widths", async () => {
    const fake = fakeExcel({});
    await hostOver(fake).insertProposal(factoringSheet());
    const ranges = fake.added[0].ranges;
    expect(ranges.get("A4")?.format.font.bold).toBe(true);
    expect(ranges.get("B2")?.values).toEqual([["Client exemple"]]);
    expect(ranges.get("A3")?.values).toEqual([[NOTICE.fr]]);
    expect(ranges.get("A3")?.format.font.italic).toBe(true);
    expect(ranges.get("B4")?.format.fill.color).toBe("#FFF4CE");
    expect(ranges.get("A:A")?.format.columnWidth).toBe(260);
    expect(ranges.get("B:B")?.format.columnWidth).toBe(110);
  });

  it("adds the chart over the proposal's range and activates the new sheet", async () => {
    const fake = fakeExcel({});
    await hostOver(fake).insertProposal(factoringSheet());
    const sheet = fake.added[0];
    expect(sheet.chartList).toHaveLength(1);
    expect(sheet.chartList[0]).toMatchObject({ type: "ColumnClustered", source: "D4:F7", seriesBy: "Columns", position: ["D9", "I25"] });
    expect(sheet.chartList[0].title.text).toBe("Trésorerie reçue cumulée : avec ou sans affacturage");
    expect(sheet.activated).toBe(true);
  });

  it("never touches existing sheets and de-duplicates the name, case-insensitively", async () => {
    const existingCells = { A1: "do not touch", B2: 42 };
    const fake = fakeExcel({
      "Affacturage - Client exemple": { ...existingCells },
      "AFFACTURAGE - CLIENT EXEMPL (2)": { ...existingCells },
    });
    const result = await hostOver(fake).insertProposal(factoringSheet());
    // 28 characters + " (3)" would pass Excel's 31: the base is cut, not the number.
    expect(result.sheetName).toBe("Affacturage - Client exempl (3)");
    expect(fake.existingAccesses).toBe(0);
    expect(fake.existing.get("Affacturage - Client exemple")).toEqual(existingCells);
    expect(fake.added).toHaveLength(1);
  });

  it("gives a second insertion of the same proposal its own sheet", async () => {
    const fake = fakeExcel({});
    const host = hostOver(fake);
    await host.insertProposal(factoringSheet());
    const second = await host.insertProposal(factoringSheet());
    expect(second.sheetName).toBe("Affacturage - Client exempl (2)");
    expect(fake.added.map((sheet) => sheet.name)).toEqual(["Affacturage - Client exemple", "Affacturage - Client exempl (2)"]);
  });

  it("keeps sheet names within Excel's 31 characters and without forbidden characters", async () => {
    const fake = fakeExcel({});
    const proposal = buildProposal("dso", { ...SEED_INPUTS.dso, clientName: "Dupont [Lyon]: agences/siège*" }, { variant: "shareable", language: "en" });
    const { sheetName } = await hostOver(fake).insertProposal(proposal);
    expect(sheetName.length).toBeLessThanOrEqual(31);
    expect(sheetName).not.toMatch(/[\\/?*[\]:]/);
    expect(sheetName).toBe("DSO - Dupont Lyon agences siège");
  });
});

describe("readSelection", () => {
  it("loads the selected range's address and values", async () => {
    const values = [["Ventes"], [100000], [120000]];
    const fake = fakeExcel({}, { address: "Feuil1!B1:B3", values });
    const selection = await hostOver(fake).readSelection();
    expect(selection).toEqual({ address: "Feuil1!B1:B3", values });
    expect(parseSalesSelection(selection.values, selection.address)).toEqual([100000, 120000]);
  });
});

describe("settings", () => {
  const open = (fake: FakeExcel, legacy = fakeSettings()) => openExcelHost(depsOver(fake, legacy));

  it("restores what was saved in workbook.settings, for each simulator", async () => {
    const fake = fakeExcel({});
    const host = await open(fake);
    const changed: SimulatorInputs = {
      ...SEED_INPUTS,
      factoring: { ...SEED_INPUTS.factoring, amount: 25000, dayBasis: 365 },
      insurance: { ...SEED_INPUTS.insurance, portfolio: { exposures: [50000, 20000], pds: [0.02, 0.05], lgds: [1, 0.45], creditLimits: [null, 30000] } },
      dso: { ...SEED_INPUTS.dso, currentReceivables: null },
    };
    for (const kind of Object.keys(changed) as Array<keyof SimulatorInputs>) await host.saveSettings(kind, changed[kind]);
    for (const kind of Object.keys(changed) as Array<keyof SimulatorInputs>) expect(host.loadSettings(kind)).toEqual(changed[kind]);
    // A workbook reopened: a new host over the saved workbook.settings only.
    const reopened = await open(fakeExcel({}, undefined, { settings: Object.fromEntries(fake.settings) }));
    for (const kind of Object.keys(changed) as Array<keyof SimulatorInputs>) expect(reopened.loadSettings(kind)).toEqual(changed[kind]);
  });

  it("gives null when nothing was saved", async () => {
    expect((await open(fakeExcel({}))).loadSettings("dso")).toBeNull();
  });

  it("copies a key from the old document settings into workbook.settings, then removes it from the old store", async () => {
    const changed = { ...SEED_INPUTS.dso, receivables: 123456 };
    const legacy = fakeSettings({ [settingsKey("dso")]: { version: 1, inputs: changed } });
    const fake = fakeExcel({});
    const host = await open(fake, legacy);
    expect(host.loadSettings("dso")).toEqual(changed);
    expect(JSON.parse(String(fake.settings.get(settingsKey("dso"))))).toEqual({ version: 1, inputs: changed });
    expect(legacy.saved.has(settingsKey("dso"))).toBe(false);
  });

  it("prefers workbook.settings over the old store and leaves the old store alone then", async () => {
    const inWorkbook = { ...SEED_INPUTS.dso, receivables: 1 };
    const legacy = fakeSettings({ [settingsKey("dso")]: { version: 1, inputs: { ...SEED_INPUTS.dso, receivables: 2 } } });
    const host = await open(fakeExcel({}, undefined, { settings: { [settingsKey("dso")]: JSON.stringify({ version: 1, inputs: inWorkbook }) } }), legacy);
    expect(host.loadSettings("dso")).toEqual(inWorkbook);
    expect(legacy.saved.has(settingsKey("dso"))).toBe(true);
  });

  it("keeps the old store's value in use and in place when the copy cannot be saved", async () => {
    const changed = { ...SEED_INPUTS.dso, receivables: 777 };
    const legacy = fakeSettings({ [settingsKey("dso")]: { version: 1, inputs: changed } });
    const host = await open(fakeExcel({}, undefined, { failSettings: "read-only workbook" }), legacy);
    expect(host.loadSettings("dso")).toEqual(changed);
    expect(legacy.saved.has(settingsKey("dso"))).toBe(true);
  });

  it("ignores corrupt, older or mistyped settings", async () => {
    const stored = (inputs: unknown, version = 1) => ({ version, inputs });
    const cases: Array<[keyof SimulatorInputs, unknown]> = [
      ["factoring", "{not json"],
      ["factoring", stored(SEED_INPUTS.factoring, 0)],
      ["factoring", SEED_INPUTS.factoring],
      ["factoring", stored({ ...SEED_INPUTS.factoring, amount: "10000" })],
      ["factoring", stored({ ...SEED_INPUTS.factoring, dayBasis: 364 })],
      ["offers", stored({ ...SEED_INPUTS.offers, offers: [SEED_INPUTS.offers.offers[0]] })],
      ["insurance", stored({ ...SEED_INPUTS.insurance, portfolio: { exposures: [1, 2], pds: [0.1], lgds: [1, 1] } })],
      ["dso", stored({ ...SEED_INPUTS.dso, sales: [1, null, 3] })],
      ["diagnostic", stored({ ...SEED_INPUTS.diagnostic, objective: "growth" })],
      ["diagnostic", 42],
    ];
    for (const [kind, value] of cases) {
      const host = await open(fakeExcel({}, undefined, { settings: { [settingsKey(kind)]: value } }));
      expect([kind, host.loadSettings(kind)]).toEqual([kind, null]);
    }
  });

  it("rejects a 20 MiB client name, and any name over the limit, in stored settings", async () => {
    const huge = "x".repeat(20 * 1024 * 1024);
    const over = "x".repeat(MAX_NAME_LENGTH + 1);
    const atLimit = "x".repeat(MAX_NAME_LENGTH);
    const host = await open(fakeExcel({}, undefined, {
      settings: {
        [settingsKey("diagnostic")]: JSON.stringify({ version: 1, inputs: { ...SEED_INPUTS.diagnostic, clientName: huge } }),
        [settingsKey("dso")]: { version: 1, inputs: { ...SEED_INPUTS.dso, clientName: over } },
        [settingsKey("offers")]: { version: 1, inputs: { ...SEED_INPUTS.offers, offers: SEED_INPUTS.offers.offers.map((offer) => ({ ...offer, name: over })) } },
        [settingsKey("factoring")]: { version: 1, inputs: { ...SEED_INPUTS.factoring, clientName: atLimit } },
      },
    }));
    expect(host.loadSettings("diagnostic")).toBeNull();
    expect(host.loadSettings("dso")).toBeNull();
    expect(host.loadSettings("offers")).toBeNull();
    expect(host.loadSettings("factoring")?.clientName).toBe(atLimit);
  });

  it("keeps only the known fields of a stored value, and reads settings stored as JSON text", async () => {
    const value = { version: 1, inputs: { ...SEED_INPUTS.diagnostic, script: "<img onerror=alert(1)>" } };
    const host = await open(fakeExcel({}, undefined, { settings: { [settingsKey("diagnostic")]: JSON.stringify(value) } }));
    expect(host.loadSettings("diagnostic")).toEqual(SEED_INPUTS.diagnostic);
  });

  it("rejects with an explanation when the workbook cannot save its settings", async () => {
    const host = await open(fakeExcel({}, undefined, { failSettings: "read-only workbook" }));
    await expect(host.saveSettings("dso", SEED_INPUTS.dso)).rejects.toThrow("The workbook settings could not be saved: read-only workbook");
  });
});

describe("the Excel host", () => {
  it("speaks French when Office's display language is French, English otherwise", () => {
    expect(hostOver(fakeExcel({}), fakeSettings(), "fr-CA").language).toBe("fr");
    expect(hostOver(fakeExcel({}), fakeSettings(), "de-DE").language).toBe("en");
    expect(hostOver(fakeExcel({})).available).toBe(true);
  });
});

describe("preview explanation", () => {
  it("fits on one line in both languages", () => {
    expect(PREVIEW_EXPLANATION.en).not.toMatch(/\n/);
    expect(PREVIEW_EXPLANATION.fr).not.toMatch(/\n/);
    expect(new CoreError("NA", PREVIEW_EXPLANATION.en, PREVIEW_EXPLANATION.fr).messageIn("fr")).toMatch(/^Les actions sur le classeur nécessitent Excel/);
  });
});

describe("live formulas in a localized Excel (office-js issue 891)", () => {
  const formulaCells = (fake: FakeExcel) => [...fake.added[0].ranges.values()].filter((range) => range.history.length > 0);

  it("keeps the English formulas when Excel resolves them, and says so", async () => {
    const fake = fakeExcel({}, undefined, { formulas: "invariant" });
    const result = await hostOver(fake).insertProposal(factoringSheet());
    expect(result).toEqual({ sheetName: "Affacturage - Client exemple", formulas: "invariant", unresolvedCells: [], printSetUp: true });
    for (const range of formulaCells(fake)) expect(range.history.map(([property]) => property)).toEqual(["formulas"]);
  });

  it("rewrites the cells answering #NAME? with French names and semicolons through formulasLocal", async () => {
    const fake = fakeExcel({}, undefined, { formulas: "french-local" });
    const proposal = factoringSheet();
    const result = await hostOver(fake).insertProposal(proposal);
    expect(result.formulas).toBe("french-local");
    expect(result.unresolvedCells).toEqual([]);
    const tegCell = proposal.cells.find((cell) => cell.formula?.startsWith("=ENCOURS.FACTOR.TEG("));
    expect(fake.added[0].ranges.get(tegCell?.address ?? "")?.history).toEqual([
      ["formulas", "=ENCOURS.FACTOR.TEG(B4,B5,B6,B7,B8,B9,B10,B11,B12,B13,B14,B22)"],
      ["formulasLocal", "=ENCOURS.AFFACTURAGE.TEG(B4;B5;B6;B7;B8;B9;B10;B11;B12;B13;B14;B22)"],
    ]);
    // Formulas without ENCOURS functions are left in the form Excel translates itself.
    const plain = proposal.cells.filter((cell) => cell.formula !== undefined && !cell.formula.includes("ENCOURS."));
    expect(plain.length).toBeGreaterThan(0);
    for (const cell of plain) expect(fake.added[0].ranges.get(cell.address)?.history).toEqual([["formulas", cell.formula]]);
  });

  it("does the same for the credit-insurance sheet, where ENCOURS calls sit inside SUMPRODUCT", async () => {
    const fake = fakeExcel({}, undefined, { formulas: "french-local" });
    const proposal = buildProposal("insurance", SEED_INPUTS.insurance, { variant: "live", language: "fr" });
    const result = await hostOver(fake).insertProposal(proposal);
    expect(result.formulas).toBe("french-local");
    const local = formulaCells(fake).flatMap((range) => range.history.filter(([property]) => property === "formulasLocal").map(([, text]) => String(text)));
    expect(local.length).toBeGreaterThan(0);
    for (const text of local) expect(text).not.toMatch(/ENCOURS\.CREDIT\.(PREMIUM|INDEMNITY|EXPECTEDLOSS|BREAKEVENPD|LOSSQUANTILE)\b/);
  });

  it("reports the cells still showing #NAME? when the functions are not registered at all", async () => {
    const fake = fakeExcel({}, undefined, { formulas: "unregistered" });
    const proposal = factoringSheet();
    const result = await hostOver(fake).insertProposal(proposal);
    const custom = proposal.cells.filter((cell) => cell.formula?.includes("ENCOURS.")).map((cell) => cell.address);
    expect(result.formulas).toBe("unresolved");
    expect(result.unresolvedCells).toEqual(custom);
  });

  it("does not try French names in an Excel that is not in French", async () => {
    const fake = fakeExcel({}, undefined, { formulas: "unregistered" });
    const result = await hostOver(fake, fakeSettings(), "de-DE").insertProposal(factoringSheet());
    expect(result.formulas).toBe("unresolved");
    for (const range of formulaCells(fake)) expect(range.history.map(([property]) => property)).toEqual(["formulas"]);
  });
});

describe("user text written into the sheet", () => {
  it("lands as text: a client name that looks like a formula is written into a text cell, with Excel's text prefix", async () => {
    const fake = fakeExcel({});
    const proposal = buildProposal("dso", { ...SEED_INPUTS.dso, clientName: '=HYPERLINK("http://x")' }, { variant: "live", language: "fr" });
    await hostOver(fake).insertProposal(proposal);
    const client = proposal.cells.find((cell) => cell.role === "client");
    const written = fake.added[0].ranges.get(client?.address ?? "");
    expect(written?.numberFormat).toEqual([["@"]]);
    expect(written?.values).toEqual([["'=HYPERLINK(\"http://x\")"]]);
    expect(written?.formulas).toBeUndefined();
    for (const lead of ["+33 1 23", "-Dupont", "@Dupont"]) {
      const other = fakeExcel({});
      const sheet = buildProposal("dso", { ...SEED_INPUTS.dso, clientName: lead }, { variant: "live", language: "fr" });
      await hostOver(other).insertProposal(sheet);
      expect(other.added[0].ranges.get(client?.address ?? "")?.values).toEqual([[`'${lead}`]]);
    }
  });

  it("writes an ordinary name as it is, into a text cell", async () => {
    const fake = fakeExcel({});
    await hostOver(fake).insertProposal(factoringSheet());
    expect(fake.added[0].ranges.get("B2")?.values).toEqual([["Client exemple"]]);
    expect(fake.added[0].ranges.get("B2")?.numberFormat).toEqual([["@"]]);
  });

  it("refuses a name over 120 characters before writing anything, naming the cell", async () => {
    const fake = fakeExcel({});
    const proposal = buildProposal("offers", { ...SEED_INPUTS.offers, offers: SEED_INPUTS.offers.offers.map((offer, index) => (index === 1 ? { ...offer, name: "y".repeat(MAX_NAME_LENGTH + 1) } : offer)) }, { variant: "live", language: "en" });
    const error = await hostOver(fake).insertProposal(proposal).then(() => null, (reason: unknown) => reason);
    expect(error).toBeInstanceOf(CoreError);
    expect((error as CoreError).code).toBe("VALUE");
    expect((error as CoreError).message).toBe(`A name is at most 120 characters long; this one has 121: shorten it.`);
    expect((error as CoreError).messageFr).toBe("Un nom compte au plus 120 caractères ; celui-ci en a 121 : raccourcissez-le.");
    expect(fake.added).toEqual([]);
  });
});
