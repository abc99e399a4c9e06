/**
 * @jest-environment jsdom
 *
 * The pane with a workbook host (what Excel gives; the real browser tests can only reach the preview):
 * inputs restored from the workbook's settings and saved on change, proposals inserted through the host,
 * the selection read into a simulator with a clear message when it does not fit. The host is a recording
 * fake of the WorkbookHost interface; the figures are the seeds' (see pane.test.ts for the worked values).
 */
import type { WorkbookHost } from "../../../src/taskpane/office/host";
import { buildProposal } from "../../../src/taskpane/proposals";
import { SEED_INPUTS, type SimulatorInputs } from "../../../src/taskpane/proposals/inputs";
import type { ProposalSheet } from "../../../src/taskpane/proposals/types";
import { mountPane } from "../../../src/taskpane/ui/app";
import { loadBroker, proposalHeader } from "../../../src/taskpane/ui/profile";

// jsdom has no canvas, so Chart.js cannot draw here (the browser tests see the real charts). These tests
// read figures and host calls: Chart.js is replaced by an inert class with its configuration API.
jest.mock("chart.js", () => {
  class Chart {
    static defaults = { font: {}, plugins: { legend: { labels: {} } } };
    static register(): void {}
    data: unknown;
    options: unknown;
    constructor(_canvas: unknown, config: { data: unknown; options: unknown }) {
      this.data = config.data;
      this.options = config.options;
    }
    update(): void {}
    destroy(): void {}
  }
  return { Chart, BarController: {}, BarElement: {}, CategoryScale: {}, Legend: {}, LinearScale: {}, LineController: {}, LineElement: {}, PointElement: {}, Tooltip: {} };
});

const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

interface RecordingHost extends WorkbookHost {
  saved: Array<{ key: string; value: unknown }>;
  inserted: ProposalSheet[];
}

const excelHost = (settings: Partial<SimulatorInputs> = {}, selection: unknown[][] = [[0]]): RecordingHost => {
  const host: RecordingHost = {
    available: true,
    language: "fr",
    saved: [],
    inserted: [],
    insertProposal: async (sheet) => {
      host.inserted.push(sheet);
      return { sheetName: "Affacturage (2)" };
    },
    readSelection: async () => ({ address: "Feuil1!B2:B4", values: selection }),
    loadSettings: <K extends keyof SimulatorInputs>(key: K) => (settings[key] ?? null) as SimulatorInputs[K] | null,
    saveSettings: async (key, value) => {
      host.saved.push({ key, value });
    },
  };
  return host;
};

const text = (selector: string): string => (document.querySelector(`.tabpanel:not([hidden]) ${selector}`)?.textContent ?? "").replace(/[\u00a0\u202f]/g, " ");

const type = (label: string, value: string): void => {
  const control = [...document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>(".tabpanel:not([hidden]) .control")].find(
    (element) => element.labels?.[0]?.textContent?.startsWith(label),
  );
  if (!control) throw new Error(`no field labelled ${label}`);
  control.value = value;
  control.dispatchEvent(new Event("input", { bubbles: true }));
};

const click = (name: string): void => {
  const button = [...document.querySelectorAll<HTMLButtonElement>(".tabpanel:not([hidden]) button, [role='tab']")].find((element) => element.textContent === name);
  if (!button) throw new Error(`no button ${name}`);
  button.click();
};

/** Mounts the pane on `host`, opens the DSO tab and reads the host's selection into its sales. */
const useSelectionInDso = async (host: RecordingHost): Promise<void> => {
  mountPane(root, host);
  click("DSO");
  click("Utiliser la sélection");
  await pause(50);
};

let root: HTMLElement;
beforeEach(() => {
  document.body.replaceChildren();
  root = document.createElement("div");
  document.body.appendChild(root);
});

describe("settings", () => {
  it("restores each simulator's inputs from the workbook's settings", () => {
    mountPane(root, excelHost({ factoring: { ...SEED_INPUTS.factoring, amount: 20000 } }));
    expect(text('[data-figure="cashFreed"]')).toBe("18 000,00 €");
  });

  it("starts from the seed when a stored rate is outside its kind's bounds (90 for 90 %)", () => {
    mountPane(root, excelHost({ factoring: { ...SEED_INPUTS.factoring, amount: 20000, advanceRate: 90 } }));
    // The seed's advance, hand-worked: 10 000 × 0.9 = 9 000.
    expect(text('[data-figure="cashFreed"]')).toBe("9 000,00 €");
  });

  it("saves the inputs once typing pauses, and not the untouched seeds", async () => {
    const host = excelHost();
    mountPane(root, host);
    await pause(700);
    expect(host.saved).toEqual([]);
    type("Montant de la facture", "12 000");
    await pause(900);
    expect(host.saved).toEqual([{ key: "factoring", value: { ...SEED_INPUTS.factoring, amount: 12000 } }]);
  });

  it("does not save while a field is invalid", async () => {
    const host = excelHost();
    mountPane(root, host);
    type("Taux d'avance", "abc");
    await pause(900);
    expect(host.saved).toEqual([]);
  });
});

describe("workbook actions", () => {
  it("enables the buttons and inserts the live proposal built from the simulator's inputs", async () => {
    const host = excelHost();
    mountPane(root, host);
    expect(document.querySelector(".preview-explanation")).toBeNull();
    click("Insérer dans une feuille");
    await pause(50);
    // The sheet carries the pane's header: no broker saved on this computer, today's date, 30 days' validity.
    const header = proposalHeader(loadBroker());
    expect(host.inserted).toEqual([buildProposal("factoring", SEED_INPUTS.factoring, { variant: "live", language: "fr", header })]);
    expect(text(".action-status")).toBe("Feuille « Affacturage (2) » insérée.");
  });

  it("inserts the shareable variant", async () => {
    const host = excelHost();
    mountPane(root, host);
    click("Version partageable");
    await pause(50);
    expect(host.inserted).toEqual([buildProposal("factoring", SEED_INPUTS.factoring, { variant: "shareable", language: "fr", header: proposalHeader(loadBroker()) })]);
  });

  it("refuses to insert while a field is invalid, and says why", async () => {
    const host = excelHost();
    mountPane(root, host);
    type("Taux d'avance", "150 %");
    await pause(300);
    click("Insérer dans une feuille");
    await pause(50);
    expect(host.inserted).toEqual([]);
    expect(text(".action-status")).toBe("Corrigez d'abord les champs signalés.");
  });

  it("fills the DSO sales from a selected column and recalculates", async () => {
    // support.benjipays.com's countback example: 212 000 over 70 000, 80 000, 100 000 → 73.7 days.
    await useSelectionInDso(excelHost({ dso: { ...SEED_INPUTS.dso, receivables: 212000, currentReceivables: null, vatRate: 0 } }, [[70000], [80000], [100000]]));
    expect(text('[data-figure="dsoCountback"]')).toBe("73,7 j");
    expect(text(".action-status")).toBe("Sélection Feuil1!B2:B4 lue.");
  });

  it("says when the selection does not fit, and keeps the sales typed", async () => {
    await useSelectionInDso(excelHost({}, [
      [1, 2],
      [3, 4],
    ]));
    expect(text(".action-status")).toBe("Sélectionnez une seule ligne ou une seule colonne de ventes (la sélection compte 2 lignes et 2 colonnes).");
    expect(text('[data-figure="dsoCountback"]')).toBe("52,5 j");
  });
});
