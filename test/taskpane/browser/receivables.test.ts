/**
 * The Créances tab in a real browser (the built pane, headless chromium, preview host): a generated FEC is
 * chosen in the file input, read in pieces in the FEC worker, and the figures appear; the generator knows the
 * answers (lines read, set-aside lines, open items). Cancelling stops the reading; the figures go to the DSO tab
 * through the pane's inputs. Inputs are found by role and exact name (the help buttons are named "Aide : …").
 */
import type { Page } from "playwright-core";
import { generateFec } from "../../../scripts/fec/generate";
import { openPane, openTab, paneForEachTest, plain, runAxe } from "../../../testkit/browser-harness";

const pane = paneForEachTest();
let page: Page;

const generated = generateFec({ seed: 3, customers: 40, lines: 20000, broken: { badDates: 2, badAmounts: 1, unbalanced: 1 } });
const file = { name: "FEC20251231.txt", mimeType: "text/plain", buffer: Buffer.from(generated.bytes()) };
const french = (n: number): string => n.toLocaleString("fr-FR").replace(/[\u00a0\u202f]/g, " ");

beforeEach(async () => {
  page = pane.page;
  await openTab(page, "Créances");
});

const statusText = async (): Promise<string> => plain(await page.locator(".tabpanel:not([hidden]) .recv-import [role=status]").textContent());

describe("the Créances tab", () => {
  it("says on screen that the file never leaves the machine", async () => {
    await page.getByText("Le fichier est lu sur cet ordinateur : il ne quitte jamais la machine.").waitFor();
    expect(await page.getByLabel("Importer un FEC").getAttribute("type")).toBe("file");
  });

  it("reads a FEC in the worker and shows the reconciliation, the set-aside lines and the warnings", async () => {
    await page.getByLabel("Importer un FEC").setInputFiles(file);
    await page.waitForSelector(".recv-summary", { timeout: 30000 });
    expect(await statusText()).toBe(`FEC lu : ${french(generated.expected.linesRead)} lignes.`);
    const summary = plain(await page.locator(".recv-summary").textContent());
    expect(summary).toContain(`Lignes lues${french(generated.expected.linesRead)}`);
    expect(summary).toContain("Rapprochement exact au centime.");
    // The generator's open items, to the cent, in French.
    const openItems = (generated.expected.openItemsCents / 100).toLocaleString("fr-FR", { style: "currency", currency: "EUR" }).replace(/[\u00a0\u202f]/g, " ");
    expect(summary).toContain(openItems);
    const firstSetAside = plain(await page.locator(".recv-set-aside li").first().textContent());
    expect(firstSetAside).toMatch(new RegExp(`^Ligne ${generated.expected.setAsideLines[0]} : `));
    expect(plain(await page.locator(".tabpanel:not([hidden]) section[role=alert]").textContent())).toContain("1 écritures déséquilibrées.");
    for (const caption of ["DSO par épuisement, 12 derniers mois", "Factures émises non réglées, échues (D441-6)", "Principaux clients", "Pénalités de retard exigibles"]) {
      expect(await page.locator("caption", { hasText: caption }).count()).toBe(1);
    }
    expect(await page.locator(".recv-table").nth(0).locator("tbody tr").count()).toBe(12);
    expect(pane.session.pageErrors).toEqual([]);
    expect(pane.session.cspViolations).toEqual([]);
  });

  it("names the field when the late-payment rate is not a rate", async () => {
    const rate = page.getByRole("textbox", { name: "Taux des pénalités de retard", exact: true });
    await rate.fill("1500 %");
    await page.waitForSelector(".tabpanel:not([hidden]) .field-error:has-text('Taux des pénalités de retard')");
    expect(await rate.getAttribute("aria-invalid")).toBe("true");
  });

  it("stops reading on Cancel and shows no figures", async () => {
    const big = generateFec({ seed: 4, customers: 200, lines: 100000 });
    await page.getByLabel("Importer un FEC").setInputFiles({ name: "big.txt", mimeType: "text/plain", buffer: Buffer.from(big.bytes()) });
    await page.getByRole("button", { name: "Annuler" }).click();
    expect(await statusText()).toBe("Lecture annulée.");
    await page.waitForTimeout(500);
    expect(await page.locator(".recv-summary").count()).toBe(0);
    expect(await page.locator(".recv-progress").isHidden()).toBe(true);
  });

  it("hands the monthly sales and the receivables to the DSO tab", async () => {
    await page.getByLabel("Importer un FEC").setInputFiles(file);
    await page.waitForSelector(".recv-send", { timeout: 30000 });
    await page.getByRole("button", { name: "Vers l'onglet DSO" }).click();
    expect(plain(await page.locator(".recv-send [role=status]").textContent())).toBe("Chiffres repris dans l'onglet « DSO ».");
    await openTab(page, "DSO");
    const receivables = await page.getByRole("textbox", { name: "Créances clients (TTC)", exact: true }).inputValue();
    // The last month ends with the file: its receivables are the generator's open items, to the cent.
    const cents = generated.expected.openItemsCents;
    expect(plain(receivables)).toBe((cents / 100).toLocaleString("fr-FR", { minimumFractionDigits: cents % 100 === 0 ? 0 : 2 }).replace(/[\u00a0\u202f]/g, " "));
  });

  it("keeps the imported FEC across a language switch: the same figures in English, and the invoices still inserted", async () => {
    // A stand-in for Excel (office.js blocked, the preview cannot insert): every Excel object is a recording proxy,
    // whose sheets and tables are always free (isNullObject true); the tables it was asked to add are kept.
    await pane.session.context.addInitScript(() => {
      const added: unknown[][] = [];
      const excel = (path: string): unknown => new Proxy(() => undefined, {
        get: (_target, key) => {
          if (key === "isNullObject") return true;
          if (key === "sync") return () => Promise.resolve();
          if (typeof key !== "string" || key === "then") return undefined;
          return excel(`${path}.${key}`);
        },
        set: () => true,
        apply: (_target, _this, args: unknown[]) => {
          if (path.endsWith("tables.add")) added.push(args);
          return excel(`${path}()`);
        },
      });
      Object.assign(window, {
        __tablesAdded: added,
        Office: { onReady: () => Promise.resolve({ host: "Excel" }), context: { displayLanguage: "fr-FR" } },
        Excel: { run: (batch: (context: unknown) => Promise<unknown>) => batch(excel("context")) },
      });
    });
    await page.reload();
    await page.waitForSelector("html[data-ready='true']");
    await openTab(page, "Créances");
    await page.getByLabel("Importer un FEC").setInputFiles(file);
    await page.waitForSelector(".recv-summary", { timeout: 30000 });
    const openItem = async (): Promise<string> => plain(await page.locator(".recv-summary .figure").nth(5).locator("dd").textContent());
    // The generator's open items, to the cent, in each language's format.
    const euros = generated.expected.openItemsCents / 100;
    const inFrench = euros.toLocaleString("fr-FR", { style: "currency", currency: "EUR" }).replace(/[\u00a0\u202f]/g, " ");
    expect(await openItem()).toBe(inFrench);
    // The last month's sales, receivables and DSO: digits only, their format being the language's.
    const lastMonth = async (): Promise<string[]> =>
      (await page.locator(".recv-table").nth(0).locator("tbody tr").last().locator("td").allTextContents()).map((text) => text.replace(/[^0-9]/g, ""));
    const lastMonthFr = await lastMonth();

    await page.getByRole("button", { name: "EN", exact: true }).click();
    await page.waitForSelector(`[role="tab"][aria-selected="true"]:text-is("Receivables")`);
    await page.waitForSelector(".recv-summary");
    expect(await openItem()).toBe(euros.toLocaleString("en-GB", { style: "currency", currency: "EUR" }));
    expect(await statusText()).toBe(`FEC read: ${generated.expected.linesRead.toLocaleString("en-GB")} lines.`);
    // The same twelve months, the last one's receivables the same figure (only its format changes).
    expect(await page.locator(".recv-table").nth(0).locator("tbody tr").count()).toBe(12);
    expect(lastMonthFr).toHaveLength(3);
    expect(await lastMonth()).toEqual(lastMonthFr);

    await page.getByRole("button", { name: "Insert the invoices and the aged balance" }).click();
    await page.waitForFunction(() => /inserted\.$/.test(document.querySelector(".recv-send [role=status]")?.textContent ?? ""), undefined, { timeout: 30000 });
    expect(plain(await page.locator(".recv-send [role=status]").textContent())).toBe("Table “FacturesFEC” (sheet “FEC invoices”) and sheet “Receivables - Example client” inserted.");
    // One table of seven columns, a row per invoice under its header row.
    const tables = await page.evaluate(() => (window as unknown as { __tablesAdded: unknown[][] }).__tablesAdded);
    expect(tables).toEqual([[`A1:G${generated.expected.invoices + 1}`, true]]);
  });

  it("shows the handed-over figures in a DSO tab built before the hand-over, keeping what was typed in another tab", async () => {
    await openTab(page, "Diagnostic");
    await page.locator(".tabpanel:not([hidden])").getByRole("textbox", { name: "Part des 5 premiers clients", exact: true }).fill("12 %");
    await openTab(page, "DSO");
    const receivablesField = page.getByRole("textbox", { name: "Créances clients (TTC)", exact: true });
    const seeded = await receivablesField.inputValue();
    await receivablesField.fill("123 456");
    await openTab(page, "Créances");
    await page.getByLabel("Importer un FEC").setInputFiles(file);
    await page.waitForSelector(".recv-send", { timeout: 30000 });
    await page.getByRole("button", { name: "Vers l'onglet DSO" }).click();
    await openTab(page, "DSO");
    // The last month ends with the file: its receivables are the generator's open items, to the cent.
    const cents = generated.expected.openItemsCents;
    const handedOver = (cents / 100).toLocaleString("fr-FR", { minimumFractionDigits: cents % 100 === 0 ? 0 : 2 }).replace(/[\u00a0\u202f]/g, " ");
    expect(handedOver).not.toBe(plain(seeded));
    expect(plain(await receivablesField.inputValue())).toBe(handedOver);
    await openTab(page, "Diagnostic");
    expect(plain(await page.locator(".tabpanel:not([hidden])").getByRole("textbox", { name: "Part des 5 premiers clients", exact: true }).inputValue())).toBe("12 %");
  });

  it("has no serious or critical accessibility violation once the figures are shown (axe-core)", async () => {
    // axe is injected inline: this context alone lets it past the CSP.
    const axeSession = await openPane(pane.browser, pane.server.url, { bypassCsp: true });
    try {
      await openTab(axeSession.page, "Créances");
      await axeSession.page.getByLabel("Importer un FEC").setInputFiles(file);
      await axeSession.page.waitForSelector(".recv-summary", { timeout: 30000 });
      const violations = await runAxe(axeSession.page);
      expect(violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id} ${v.help}`)).toEqual([]);
    } finally {
      await axeSession.close();
    }
  });
});
