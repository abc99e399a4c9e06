/**
 * The built task pane in a real browser (Debian's chromium via playwright-core), as a plain browser sees it:
 * office.js cannot load (every non-localhost request is refused), so the pane runs as the preview.
 *
 * Expected figures are the seeds' (the simulators' inputs.ts files, src/taskpane/simulators/) worked by hand;
 * one invoice's money is shown to the cent, yearly and portfolio money to the euro (i18n/format.ts, PRECISION):
 * - the Affacturage tab's figures (invoice, programme, offers): factoring.test.ts;
 * - insurance: its own file, ./insurance.test.ts;
 * - DSO, countback (support.benjipays.com, "Mastering DSO calculation: the count back method"): 245 000 of
 *   receivables over sales ×1.2 VAT, last months 144 000 and 134 400: 30 + 101 000 / 134 400 × 30 = 52.5 days;
 *   accounting ratio 245 000 / 1 491 600 × 360 = 59.1; not yet due 180 000: 30 + 36 000 / 134 400 × 30 = 38.0;
 *   delinquent 52.5 − 38.0 = 14.5;
 * - diagnostic 2 000 000 € HT at 60 days against 30 agreed, top 5 = 45 %, margin 30 % (diagnose's worked example):
 *   receivables 2 000 000 × 1.2 × 60/365 = 394 520.55 (exposure at default, TTC); cash freed × 0.9 = 355 068.49;
 *   expected loss 7 890.41; largest customer 35 506.85; 118 356.16 of sales to earn it back; 30 days late and
 *   concentration → both.
 */
import type { Page } from "playwright-core";
import { existsSync } from "node:fs";
import path from "node:path";
import { PARAMETERS } from "../../../src/catalogue";
import { PREVIEW_EXPLANATION } from "../../../src/taskpane/office/workbook";
import { distDir, expectFigures, fieldErrorOf, figure, fillAndWaitForFigure, openPane, openTab, paneForEachTest, plain, waitForFigure } from "../../../testkit/browser-harness";
import { DIAGNOSTIC_SEED_FIGURES } from "../../../testkit/pane-seed-figures";

const pane = paneForEachTest();
let page: Page;

beforeEach(async () => {
  page = pane.page;
});

/** The control labelled `label` (not its help button, whose name is "Aide : <label>"). */
const fieldByLabel = (label: string) =>
  page.locator(".tabpanel:not([hidden])").getByLabel(label, { exact: false }).and(page.locator(".control")).first();

const fieldError = (label: string): Promise<string> => fieldErrorOf(fieldByLabel(label));

// The Affacturage tab (invoice, programme, offer comparison): factoring.test.ts.

describe("DSO tab", () => {
  beforeEach(() => openTab(page, "DSO"));

  it("shows the countback and accounting DSO side by side, the best possible DSO and the delay", async () => {
    await expectFigures(page, {
      dsoCountback: "52,5 j",
      dsoAccounting: "59,1 j",
      dsoBest: "38,0 j",
      dsoDelinquent: "14,5 j",
    });
  });

  it("recalculates from typed monthly sales and leaves best possible DSO empty without not-due receivables", async () => {
    // support.benjipays.com's countback example: 212 000 over 70 000, 80 000, 100 000 → 73.7 days.
    await fieldByLabel("Créances clients").fill("212 000");
    await fieldByLabel("TVA à ajouter").fill("0");
    await fieldByLabel("dont non échues").fill("");
    await fillAndWaitForFigure(fieldByLabel("Ventes par mois"), "70 000\n80 000\n100 000", "dsoCountback", "73,7 j");
    expect(await figure(page, "dsoBest")).toBe("—");
  });

  it("says to add older periods when the receivables exceed every sale given", async () => {
    await fieldByLabel("Ventes par mois").fill("1 000; 2 000");
    await page.waitForSelector(".tabpanel:not([hidden]) .has-error");
    expect(await fieldError("Créances clients")).toBe("Créances clients (TTC) dépasse le total des ventes fournies : ajoutez des périodes plus anciennes");
    expect(await figure(page, "dsoCountback")).toBe("52,5 j");
  });
});

describe("Diagnostic tab", () => {
  beforeEach(() => openTab(page, "Diagnostic"));

  it("answers 'protéger ou cash ?' for the seed with figures and reasons", async () => {
    await expectFigures(page, DIAGNOSTIC_SEED_FIGURES);
    expect(await page.locator(".tabpanel:not([hidden]) .reasons li").count()).toBeGreaterThan(0);
  });

  it("recommends factoring alone when the objective is cash and customers are spread", async () => {
    await page.locator(".tabpanel:not([hidden])").getByRole("textbox", { name: "Part des 5 premiers clients", exact: true }).fill("10 %");
    await page.locator(".tabpanel:not([hidden])").getByRole("combobox", { name: "Votre objectif", exact: true }).selectOption("cash");
    await waitForFigure(page, "recommendation", "Affacturage");
  });
});

describe("language", () => {
  it("switches to English and back, numbers included", async () => {
    await page.getByRole("button", { name: "EN", exact: true }).click();
    expect(await page.getAttribute("html", "lang")).toBe("en");
    expect(await page.getByRole("tab", { name: "Factoring" }).getAttribute("aria-selected")).toBe("true");
    expect(await figure(page, "cashFreed")).toBe("€9,000.00");
    expect(await figure(page, "allIn")).toBe("11.83%");
    await fillAndWaitForFigure(fieldByLabel("Invoice amount"), "20,000.00", "cashFreed", "€18,000.00");
    await page.getByRole("button", { name: "FR", exact: true }).click();
    expect(await figure(page, "cashFreed")).toBe("18 000,00 €");
    expect(await page.getByRole("tab", { name: "Affacturage" }).count()).toBe(1);
  });

  it("shows English messages for an invalid field in English", async () => {
    await page.getByRole("button", { name: "EN", exact: true }).click();
    await fieldByLabel("Advance rate").fill("150%");
    await page.waitForSelector(".tabpanel:not([hidden]) .has-error");
    expect(await fieldError("Advance rate")).toBe("Advance rate must be between 0 and 1 (90% or 0.9)");
  });

  it("starts in English when the browser's language is not French", async () => {
    const english = await openPane(pane.browser, pane.server.url, { locale: "en-US" });
    try {
      expect(await english.page.getAttribute("html", "lang")).toBe("en");
      expect(await figure(english.page, "cashFreed")).toBe("€9,000.00");
    } finally {
      await english.close();
    }
  });
});

describe("fields a broker can demo", () => {
  const errorText = async (label: string): Promise<string> => {
    await page.waitForSelector(".tabpanel:not([hidden]) .has-error");
    return fieldError(label);
  };

  it("reformats a typed amount when the field is left", async () => {
    await fieldByLabel("Montant de la facture").fill("20000");
    await fieldByLabel("Montant de la facture").press("Tab");
    expect(plain(await fieldByLabel("Montant de la facture").inputValue())).toBe("20 000");
    // hand-worked: 20 000 × 0.9 = 18 000.
    await waitForFigure(page, "cashFreed", "18 000,00 €");
  });

  it("reads currency signs and grouping marks of either spelling", async () => {
    // hand-worked: 12 345.50 × 0.9 = 11 110.95.
    await fillAndWaitForFigure(fieldByLabel("Montant de la facture"), "12.345,50 €", "cashFreed", "11 110,95 €");
    await fillAndWaitForFigure(fieldByLabel("Montant de la facture"), "EUR 20 000", "cashFreed", "18 000,00 €");
  });

  it("asks which number an ambiguous French entry means instead of guessing", async () => {
    await fieldByLabel("Montant de la facture").fill("10.000");
    expect(await errorText("Montant de la facture")).toBe("10 000 ou 10 ?");
    expect(await fieldByLabel("Montant de la facture").getAttribute("aria-invalid")).toBe("true");
  });

  it("asks which number an ambiguous English entry means instead of guessing", async () => {
    await page.getByRole("button", { name: "EN", exact: true }).click();
    await fieldByLabel("Invoice amount").fill("20,000");
    expect(await errorText("Invoice amount")).toBe("20,000 or 20?");
  });

  it("reads 80 in a percent field as 80 %, as Excel does, and 0,8 as 80 % too", async () => {
    // hand-worked: 10 000 × 0.8 = 8 000.
    await fillAndWaitForFigure(fieldByLabel("Taux d'avance"), "80", "cashFreed", "8 000,00 €");
    await fieldByLabel("Taux d'avance").press("Tab");
    expect(plain(await fieldByLabel("Taux d'avance").inputValue())).toBe("80 %");
    await fillAndWaitForFigure(fieldByLabel("Taux d'avance"), "0,75", "cashFreed", "7 500,00 €");
  });

  it("says a word typed in a rate field is not a number, naming the field by its label", async () => {
    await fieldByLabel("Taux d'avance").fill("abc");
    expect(await errorText("Taux d'avance")).toBe("Taux d'avance doit être un nombre (par ex. 0,9)");
  });

  it("flags every invalid field at once, each with its own reason", async () => {
    await fieldByLabel("Montant de la facture").fill("abc");
    await fieldByLabel("Jours jusqu'au paiement").fill("-1");
    await fieldByLabel("Taux d'avance").fill("150 %");
    await page.waitForFunction(() => document.querySelectorAll(".tabpanel:not([hidden]) .has-error").length >= 3);
    expect(await fieldError("Montant de la facture")).toBe("Montant de la facture doit être un nombre (par ex. 10000)");
    expect(await fieldError("Jours jusqu'au paiement")).toBe("Jours jusqu'au paiement doit être supérieur ou égal à 0 (par ex. 60)");
    expect(await fieldError("Taux d'avance")).toBe("Taux d'avance doit être compris entre 0 et 1 (90 % ou 0,9)");
  });

  it("marks stale results with a visible banner until the fields are corrected", async () => {
    const banner = page.locator(".tabpanel:not([hidden]) .stale-banner").first();
    expect(await banner.isVisible()).toBe(false);
    await fieldByLabel("Montant de la facture").fill("abc");
    await banner.waitFor({ state: "visible" });
    expect(plain(await banner.textContent())).toBe("Résultats non à jour : corrigez les champs signalés");
    await fieldByLabel("Montant de la facture").fill("10 000");
    await banner.waitFor({ state: "hidden" });
  });

  it("keeps the fields where they are when an error appears", async () => {
    const next = fieldByLabel("Taux d'avance");
    const before = await next.boundingBox();
    await fieldByLabel("Montant de la facture").fill("abc");
    await page.waitForSelector(".tabpanel:not([hidden]) .has-error");
    expect(await next.boundingBox()).toEqual(before);
  });

  it("keeps what was typed across a language switch: a wrong entry as typed, a right one in the new format", async () => {
    await fieldByLabel("Montant de la facture").fill("abc");
    await fieldByLabel("Jours jusqu'au paiement").fill("45");
    await fieldByLabel("Taux d'avance").fill("85 %");
    await page.getByRole("button", { name: "EN", exact: true }).click();
    expect(await fieldByLabel("Invoice amount").inputValue()).toBe("abc");
    expect(await errorText("Invoice amount")).toBe("Invoice amount must be a number (e.g. 10000)");
    expect(await fieldByLabel("Days until payment").inputValue()).toBe("45");
    expect(await fieldByLabel("Advance rate").inputValue()).toBe("85%");
  });

  it("opens a field's help: label, description, unit, Excel name and a help page in a new window", async () => {
    const button = page.getByRole("region", { name: "Une facture" }).getByRole("button", { name: "Aide : Taux d'avance" });
    expect(await button.getAttribute("aria-expanded")).toBe("false");
    await button.click();
    expect(await button.getAttribute("aria-expanded")).toBe("true");
    const popover = page.locator(`[id="${await button.getAttribute("aria-controls")}"]`);
    expect(await popover.isVisible()).toBe(true);
    const text = plain(await popover.textContent());
    expect(text).toContain(PARAMETERS.advance_rate.label.fr);
    expect(text).toContain(PARAMETERS.advance_rate.description.fr);
    expect(text).toContain("Unité : %");
    expect(text).toContain("Excel : advance_rate");
    const link = popover.getByRole("link");
    const href = (await link.getAttribute("href")) ?? "";
    expect(href).toMatch(/^help\/fr\/[a-z.]+\.html$/);
    expect(existsSync(path.join(distDir(), href))).toBe(true);
    expect(await link.getAttribute("target")).toBe("_blank");
    expect(await link.getAttribute("rel")).toContain("noopener");
    await popover.press("Escape");
    expect(await popover.isVisible()).toBe(false);
  });

  it("shows no Excel argument name in the default view of any tab, in either language", async () => {
    const snakeCase = Object.keys(PARAMETERS).filter((name) => name.includes("_"));
    for (const [button, tabs] of [
      ["FR", ["Affacturage", "Assurance-crédit", "DSO", "Diagnostic", "Créances"]],
      ["EN", ["Factoring", "Credit insurance", "DSO", "Diagnostic", "Receivables"]],
    ] as const) {
      await page.getByRole("button", { name: button, exact: true }).click();
      for (const tab of tabs) {
        await openTab(page, tab);
        const shown = await page.locator(".tabpanel:not([hidden])").innerText();
        expect(snakeCase.filter((name) => shown.includes(name))).toEqual([]);
        expect(shown).not.toMatch(/\b[a-z]+_[a-z_]+\b/);
      }
    }
  });
});

describe("keyboard", () => {
  it("moves between tabs with the arrow keys, Home and End", async () => {
    await page.getByRole("tab", { name: "Affacturage" }).focus();
    await page.keyboard.press("ArrowRight");
    expect(await page.getByRole("tab", { name: "Assurance-crédit" }).getAttribute("aria-selected")).toBe("true");
    expect(await page.locator("#panel-insurance").isVisible()).toBe(true);
    // The last tab is the one the simulators' registry lists last (Créances since the FEC import).
    const last = (await page.getByRole("tab").last().textContent()) ?? "";
    await page.keyboard.press("End");
    expect(await page.getByRole("tab", { name: last }).getAttribute("aria-selected")).toBe("true");
    await page.keyboard.press("ArrowRight");
    expect(await page.getByRole("tab", { name: "Affacturage" }).getAttribute("aria-selected")).toBe("true");
    await page.keyboard.press("ArrowLeft");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(last);
    expect(last).toBe("Créances");
  });
});

describe("preview mode", () => {
  it("disables the workbook buttons with a one-line explanation on every tab", async () => {
    for (const tab of ["Affacturage", "Assurance-crédit", "DSO", "Diagnostic"]) {
      await openTab(page, tab);
      const buttons = page.locator(".tabpanel:not([hidden]) .action-buttons button");
      const count = await buttons.count();
      expect(count).toBeGreaterThanOrEqual(2);
      for (let i = 0; i < count; i++) expect(await buttons.nth(i).isDisabled()).toBe(true);
      const explanation = page.locator(".tabpanel:not([hidden]) .preview-explanation").first();
      expect(plain(await explanation.textContent())).toBe(plain(PREVIEW_EXPLANATION.fr));
      const describedBy = await buttons.first().getAttribute("aria-describedby");
      expect(await explanation.getAttribute("id")).toBe(describedBy);
    }
    for (const tab of ["Assurance-crédit", "DSO"]) {
      await openTab(page, tab);
      expect(await page.getByRole("button", { name: "Utiliser la sélection" }).isDisabled()).toBe(true);
    }
  });

  it("loads nothing from outside localhost but office.js, which fails", async () => {
    expect(pane.session.blocked.length).toBeGreaterThan(0);
    expect(pane.session.blocked.every((url) => url.startsWith("https://appsforoffice.microsoft.com/"))).toBe(true);
  });
});

describe("narrow pane", () => {
  it("fits 320 px without horizontal scrolling on every tab", async () => {
    await page.setViewportSize({ width: 320, height: 800 });
    const tabs = await page.getByRole("tab").allTextContents();
    expect(tabs).toEqual(["Affacturage", "Assurance-crédit", "DSO", "Diagnostic", "Créances"]);
    for (const tab of tabs) {
      await openTab(page, tab);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBe(0);
    }
  });
});
