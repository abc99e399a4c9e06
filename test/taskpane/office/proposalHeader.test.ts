/**
 * A proposal a broker can sign, as the Office module writes it (office-addin-mock): the header with client,
 * broker, ORIAS number, date and validity; the terms block (sources and dates of the rates, HT/TTC, taxes,
 * approval of the buyers, exclusions); and the print set-up (area, one page wide, header and footer).
 */
import { createExcelHost } from "../../../src/taskpane/office/workbook";
import { buildProposal, SEED_INPUTS, type ProposalSheet } from "../../../src/taskpane/proposals";
import { printSetup } from "../../../src/taskpane/proposals/layout";
import { fakeExcel, fakeSettings, type FakeExcel } from "./fakeExcel";

const hostOver = (fake: FakeExcel) =>
  createExcelHost({ run: (batch: never) => fake.excel.run(batch), legacySettings: fakeSettings(), displayLanguage: "fr-FR" } as unknown as Parameters<typeof createExcelHost>[0]);

const header = { broker: { name: "Cabinet Durand", orias: "07012345" }, date: "2026-12-01", validityDays: 30 };
const diagnosticSheet = (language: "fr" | "en" = "fr", variant: "live" | "shareable" = "live"): ProposalSheet =>
  buildProposal("diagnostic", SEED_INPUTS.diagnostic, { variant, language, header });

const textOf = (fake: FakeExcel): string[] =>
  [...fake.added[0].ranges.values()].map((range) => range.values?.[0]?.[0]).filter((v): v is string => typeof v === "string");

const valueBeside = (fake: FakeExcel, label: string): unknown => {
  const ranges = fake.added[0].ranges;
  const labelled = [...ranges.values()].find((range) => range.values?.[0]?.[0] === label);
  if (!labelled) throw new Error(`no label ${label}`);
  return ranges.get(labelled.address.replace(/^A/, "B"))?.values?.[0]?.[0];
};

describe("the header of a proposal a broker can sign", () => {
  it("writes the client, the broker, the ORIAS number, the date and a validity of 30 days", async () => {
    const fake = fakeExcel({});
    await hostOver(fake).insertProposal(diagnosticSheet());
    expect(valueBeside(fake, "Client")).toBe("Client exemple");
    expect(valueBeside(fake, "Courtier")).toBe("Cabinet Durand");
    expect(valueBeside(fake, "N° ORIAS")).toBe("07012345");
    expect(valueBeside(fake, "Date")).toBe("1 décembre 2026");
    // hand-worked: 1 December 2026 + 30 days = 31 December 2026
    expect(valueBeside(fake, "Valable jusqu'au")).toBe("31 décembre 2026 (30 jours)");
    expect(fake.added[0].ranges.get("A3")?.values).toEqual([["Indicatif — ce n'est pas un devis"]]);
  });

  it("writes the ORIAS number as text, so that its leading zero stays", async () => {
    const fake = fakeExcel({});
    await hostOver(fake).insertProposal(diagnosticSheet());
    const orias = [...fake.added[0].ranges.values()].find((range) => range.values?.[0]?.[0] === "07012345");
    expect(orias?.numberFormat).toEqual([["@"]]);
  });

  it("leaves the broker out when none is set, and keeps the date and validity", () => {
    const sheet = buildProposal("diagnostic", SEED_INPUTS.diagnostic, { variant: "live", language: "en", header: { ...header, broker: null, validityDays: 45 } });
    const texts = sheet.cells.map((cell) => cell.value);
    expect(texts).not.toContain("Broker");
    // hand-worked: 1 December 2026 + 45 days = 15 January 2027
    expect(texts).toContain("15 January 2027 (45 days)");
  });
});

describe("the terms block", () => {
  it("states where the rates come from and when they were typed, HT/TTC, the taxes, the approvals and the exclusions", async () => {
    const fake = fakeExcel({});
    await hostOver(fake).insertProposal(diagnosticSheet());
    const texts = textOf(fake).join("\n");
    expect(texts).toContain("Taux et montants tels que saisis dans Encours le 1 décembre 2026.");
    expect(texts).toContain("Euribor 3 mois");
    expect(texts).toMatch(/encours TTC/);
    // CGI art. 1001, 6°: "toutes autres assurances" at 9 % (POLICY_DEFAULTS.insuranceTaxRate)
    expect(texts).toMatch(/taxe sur les conventions d'assurance de 9\s%\sen sus \(CGI art\. 1001, 6°\)/);
    expect(texts).toContain("CGI art. 261 C, 1°");
    expect(texts).toContain("Sous réserve d'agrément des acheteurs par l'assureur.");
    expect(texts).toContain("Sous réserve d'agrément des acheteurs par le factor.");
    expect(texts).toMatch(/factures litigieuses/);
  });

  it("is the same in the shareable variant and in English", () => {
    const shareable = diagnosticSheet("fr", "shareable").cells.map((cell) => cell.value);
    expect(shareable).toContain("Sous réserve d'agrément des acheteurs par l'assureur.");
    const english = diagnosticSheet("en").cells.map((cell) => cell.value);
    expect(english).toContain("Subject to the insurer's approval of the buyers.");
    expect(english).toContain("Indicative — not a quote");
  });
});

describe("the print set-up", () => {
  it("prints every cell and the chart, portrait, one page wide, with the date and page numbers in the footer", async () => {
    const fake = fakeExcel({});
    const sheet = diagnosticSheet();
    const result = await hostOver(fake).insertProposal(sheet);
    const page = fake.added[0].pageLayout;
    const lastRow = Math.max(...sheet.cells.map((cell) => Number(/\d+$/.exec(cell.address)?.[0])));
    // the chart spans D4:J20 (cellAddress(3, 4) to cellAddress(9, 20)): column J is the rightmost
    expect(page.printArea).toBe(`A1:J${lastRow}`);
    expect(page.orientation).toBe("Portrait");
    expect(page.zoom).toEqual({ horizontalFitToPages: 1 });
    expect(page.headersFooters.defaultForAllPages).toEqual({
      leftHeader: "Diagnostic — protéger ou cash ?",
      rightHeader: "Indicatif — ce n'est pas un devis",
      leftFooter: "&D",
      rightFooter: "&P / &N",
    });
    expect(result.printSetUp).toBe(true);
  });

  it("doubles an ampersand of the title, which Excel would read as a code", () => {
    const sheet = buildProposal("diagnostic", SEED_INPUTS.diagnostic, { variant: "live", language: "fr" });
    expect(sheet.print?.leftHeader).toBe("Diagnostic — protéger ou cash ?");
    expect(printSetup({ title: "Dupont & Fils", notice: "Indicatif", cells: sheet.cells }).leftHeader).toBe("Dupont && Fils");
  });

  it("still inserts the sheet in an Excel without page layout (before ExcelApi 1.9)", async () => {
    const fake = fakeExcel({}, undefined, { noPageLayout: true });
    const result = await hostOver(fake).insertProposal(diagnosticSheet());
    expect(result.printSetUp).toBe(false);
    expect(fake.added[0].ranges.get("B2")?.values).toEqual([["Client exemple"]]);
  });
});
