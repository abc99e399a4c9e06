import { connectWorkbook, createPreviewHost, PREVIEW_EXPLANATION } from "../../../src/taskpane/office/workbook";
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
    const host = await connectWorkbook(50);
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
    const host = await connectWorkbook(10);
    expect(host.available).toBe(false);
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
