import { connectWorkbook, createPreviewHost, PREVIEW_EXPLANATION, type WorkbookHost } from "../../../src/taskpane/office/workbook";
import { buildProposal, SEED_INPUTS } from "../../../src/taskpane/proposals";
import { coreRejectionOf } from "../../../testkit/coreError";
import { fakeExcel, fakeSettings } from "./fakeExcel";

const globals = globalThis as unknown as Record<string, unknown>;

afterEach(() => {
  delete globals.Office;
  delete globals.Excel;
});

describe("connectWorkbook", () => {
  it("gives a preview host when office.js is not loaded at all", async () => {
    const started = Date.now();
    const host = await connectWorkbook({ previewAfterMs: 5000, giveUpAfterMs: 60, pollMs: 10 });
    // No office.js: the preview shows at once, without waiting for previewAfterMs.
    expect(Date.now() - started).toBeLessThan(1000);
    expect(host.available).toBe(false);
    const error = await coreRejectionOf(host.insertProposal(buildProposal("dso", SEED_INPUTS.dso, { variant: "live", language: "fr" })));
    expect(error.message).toBe(PREVIEW_EXPLANATION.en);
    expect(error.messageFr).toBe(PREVIEW_EXPLANATION.fr);
  });

  it("gives a preview host when Office.onReady reports no host (a plain browser)", async () => {
    globals.Office = { onReady: () => Promise.resolve({ host: null, platform: null }) };
    const host = await connectWorkbook(1000);
    expect(host.available).toBe(false);
    expect((await coreRejectionOf(host.readSelection())).messageIn("en")).toBe(PREVIEW_EXPLANATION.en);
  });

  it("gives a preview host when Office never answers", async () => {
    globals.Office = { onReady: () => new Promise(() => undefined) };
    const connected = jest.fn();
    const host = await connectWorkbook({ previewAfterMs: 10, giveUpAfterMs: 40, onConnected: connected });
    expect(host.available).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(connected).not.toHaveBeenCalled();
  });

  const excelOffice = (onReady: () => Promise<unknown>) => {
    const fake = fakeExcel({ Feuil1: {} });
    globals.Excel = fake.excel;
    return { onReady, context: { displayLanguage: "fr-FR", document: { settings: fakeSettings() } } };
  };

  it("shows the preview while Office is slow, then hands over the Excel host when Office answers, without a reload", async () => {
    let answer: (info: unknown) => void = () => undefined;
    globals.Office = excelOffice(() => new Promise((resolve) => (answer = resolve)));
    const connected = new Promise<WorkbookHost>((resolve) => {
      void connectWorkbook({ previewAfterMs: 10, giveUpAfterMs: 5000, onConnected: resolve }).then((host) => {
        expect(host.available).toBe(false);
        answer({ host: "Excel", platform: "OfficeOnline" });
      });
    });
    const host = await connected;
    expect(host.available).toBe(true);
    expect(host.language).toBe("fr");
  });

  it("finds office.js that loads after the pane's scripts", async () => {
    const connected = new Promise<WorkbookHost>((resolve) => {
      void connectWorkbook({ previewAfterMs: 10, giveUpAfterMs: 5000, pollMs: 5, onConnected: resolve }).then((host) => {
        expect(host.available).toBe(false);
        setTimeout(() => {
          globals.Office = excelOffice(() => Promise.resolve({ host: "Excel", platform: "PC" }));
        }, 30);
      });
    });
    expect((await connected).available).toBe(true);
  });

  it("connects at once, with no preview, when Office answers in time", async () => {
    const connected = jest.fn();
    globals.Office = excelOffice(() => Promise.resolve({ host: "Excel", platform: "PC" }));
    const host = await connectWorkbook({ previewAfterMs: 1000, onConnected: connected });
    expect(host.available).toBe(true);
    expect(connected).not.toHaveBeenCalled();
  });

  it("gives the Excel host inside Excel, in Office's display language, over Excel.run", async () => {
    const fake = fakeExcel({ Feuil1: {} });
    globals.Excel = fake.excel;
    globals.Office = {
      onReady: () => Promise.resolve({ host: "Excel", platform: "PC" }),
      context: { displayLanguage: "fr-FR", document: { settings: fakeSettings() } },
    };
    const host = await connectWorkbook(1000);
    expect(host.available).toBe(true);
    expect(host.language).toBe("fr");
    const { sheetName } = await host.insertProposal(buildProposal("diagnostic", SEED_INPUTS.diagnostic, { variant: "live", language: "fr" }));
    expect(sheetName).toBe("Diagnostic - Client exemple");
    expect(fake.added[0].activated).toBe(true);
  });
});

describe("the preview host", () => {
  it("keeps no settings and does not fail when asked to save them", async () => {
    const host = createPreviewHost("fr");
    expect(host.loadSettings("factoring")).toBeNull();
    await expect(host.saveSettings("factoring", SEED_INPUTS.factoring)).resolves.toBeUndefined();
    expect(host.language).toBe("fr");
  });
});
