/**
 * The pane's header and theme, and the diagnostic's "neither", in a real browser (the preview, as
 * pane.test.ts runs it): one client for every tab, the broker's settings with their checks, the theme from
 * Office or from the system, and the diagnostic answering "ni l'un ni l'autre pour l'instant".
 */
import type { Page } from "playwright-core";
import { expectFigures, fillAndWaitForFigure, openTab, paneForEachTest, plain, waitForFigure } from "../../../testkit/browser-harness";
import { DIAGNOSTIC_SEED_FIGURES } from "../../../testkit/pane-seed-figures";

const pane = paneForEachTest();
let page: Page;

beforeEach(async () => {
  page = pane.page;
});

/** A text box of the visible panel or of the header, by its exact label. */
const textbox = (scope: Page | ReturnType<Page["locator"]>, label: string) => scope.getByRole("textbox", { name: label, exact: true });
const header = () => page.locator(".pane-header");
const panel = () => page.locator(".tabpanel:not([hidden])");

describe("one client for every tab", () => {
  it("shows a single client field in the header, above every tab, with the example name in the pane's language", async () => {
    expect(await textbox(header(), "Client").inputValue()).toBe("Client exemple");
    await page.getByRole("button", { name: "EN", exact: true }).click();
    expect(await textbox(header(), "Client").inputValue()).toBe("Example client");
  });

  it("keeps the name typed once across tabs and a language switch", async () => {
    await textbox(header(), "Client").fill("Dupont SAS");
    for (const tab of await page.getByRole("tab").allTextContents()) {
      await openTab(page, tab);
      expect(await page.getByRole("textbox", { name: "Client", exact: true }).count()).toBe(1);
      expect(await textbox(panel(), "Nom du client").count()).toBe(0);
    }
    await page.getByRole("button", { name: "EN", exact: true }).click();
    expect(await textbox(header(), "Client").inputValue()).toBe("Dupont SAS");
  });
});

describe("broker settings", () => {
  it("names the ORIAS field when it does not hold 8 digits, and saves a right one on this computer", async () => {
    await page.locator(".broker-settings summary").click();
    await textbox(header(), "Nom du cabinet").fill("Cabinet Durand");
    await textbox(header(), "N° ORIAS").fill("1234");
    expect(plain(await page.locator(".broker-settings [role=alert]:not([hidden])").first().textContent())).toBe("N° ORIAS : 8 chiffres (par ex. 07012345)");
    await textbox(header(), "N° ORIAS").fill("07 012 345");
    await page.waitForFunction(() => document.querySelector(".broker-status")?.textContent === "Enregistré sur cet ordinateur.");
    const stored = await page.evaluate(() => localStorage.getItem("encours.broker"));
    expect(JSON.parse(stored ?? "{}")).toEqual({ name: "Cabinet Durand", orias: "07012345", validityDays: 30 });
  });

  it("refuses a validity of 0 days, naming the field", async () => {
    await page.locator(".broker-settings summary").click();
    await textbox(header(), "Validité des propositions (jours)").fill("0");
    expect(plain(await page.locator(".broker-settings [role=alert]:not([hidden])").first().textContent())).toBe("Validité des propositions (jours) : un nombre entier de jours, de 1 à 365");
  });
});

describe("theme", () => {
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

  it("is light by default and dark when the system prefers dark", async () => {
    expect(await background()).toBe("rgb(250, 250, 250)");
    await page.emulateMedia({ colorScheme: "dark" });
    // webDarkTheme colorNeutralBackground2 #1f1f1f
    expect(await background()).toBe("rgb(31, 31, 31)");
  });

  it("follows Office's theme when the host gives one, over the system's preference", async () => {
    await pane.session.context.addInitScript(() => {
      (window as unknown as { Office: unknown }).Office = {
        context: { officeTheme: { bodyBackgroundColor: "#262626", bodyForegroundColor: "#f0f0f0", controlBackgroundColor: "#3b3b3b", controlForegroundColor: "#ffffff" } },
      };
    });
    await page.emulateMedia({ colorScheme: "light" });
    await page.reload();
    await page.waitForSelector("html[data-ready='true']");
    expect(await page.getAttribute("html", "data-theme")).toBe("dark");
    // Office's body background as the first neutral background: the cards and fields
    expect(await page.evaluate(() => getComputedStyle(document.querySelector(".pane-header") as Element).backgroundColor)).toBe("rgb(38, 38, 38)");
    expect(await page.evaluate(() => getComputedStyle(document.body).color)).toBe("rgb(240, 240, 240)");
  });
});

describe("diagnostic", () => {
  beforeEach(() => openTab(page, "Diagnostic"));

  it("answers 'ni l'un ni l'autre pour l'instant' when customers pay on terms and are spread, with no objective", async () => {
    await textbox(panel(), "Délai de paiement moyen (jours)").fill("30");
    await fillAndWaitForFigure(textbox(panel(), "Part des 5 premiers clients"), "10 %", "recommendation", "Ni l'un ni l'autre pour l'instant");
    const reasons = await panel().locator(".reasons li").allTextContents();
    expect(reasons.map(plain).at(-1)).toMatch(/^Recommandation : ni l'un ni l'autre pour l'instant — resserrez les délais et les relances/);
  });

  it("recommends factoring alone, never insurance on top, when a factoring with guarantee is in place", async () => {
    await panel().getByRole("combobox", { name: "Affacturage avec garantie" }).selectOption("true");
    await waitForFigure(page, "recommendation", "Affacturage");
    expect(await panel().locator('.reasons li[data-code="guaranteeCovers"]').count()).toBe(1);
  });

  it("works the seed out on the exposure at default, turnover TTC", async () => {
    // Hand-worked beside DIAGNOSTIC_SEED_FIGURES (diagnose's example), from 394 520.55 € of receivables TTC.
    await expectFigures(page, DIAGNOSTIC_SEED_FIGURES);
  });
});
