/**
 * The built task pane in a real browser (Debian's chromium via playwright-core), as a plain browser sees it:
 * office.js cannot load (every non-localhost request is refused), so the pane runs as the preview.
 *
 * Expected figures are the seeds' (the simulators' inputs.ts files (src/taskpane/simulators/)) worked by hand:
 * - invoice 10 000 € at 60 days, 90 % advanced, 1 % fee, 5 % on ACT/360 (seed: Insegur, "Comment fonctionne
 *   l'affacturage ? (exemple concret)"): advance 9 000; fee 100; financing 10 000 × 0.9 × 0.05 × 60/360 = 75;
 *   net 9 825; annualised 175 / 9 000 × 365/60 = 11.83 %;
 * - programme 1 200 000 € at 60 days: line 1 200 000 × 60/365 × 0.9 = 177 534.25; cost 12 000 + 8 876.71;
 * - offers A/B/C on that profile: A 6 000 + 177 534.25 × 4.5 % + 1 500 = 15 489.04 (cheapest),
 *   B 4 200 + 167 671.23 × 5.2 % + 3 600 = 16 518.90, C 9 600 + 181 479.45 × 3.9 % = 16 677.70;
 * - insurance 1 200 000 € at 0.25 % (minimum 1 500), as 20 illustrative buyers of 60 000 € (simulators/insurance/portfolio.ts):
 *   premium 3 000; expected loss 20 × 60 000 × 2 % = 24 000; indemnity 90 % = 21 600; net cost −18 600;
 *   break-even 3 000 / (0.9 × 1 200 000) = 0.28 %; with a 5 000 € deductible per claim: indemnity
 *   0.9 × 20 × 2 % × 55 000 = 19 800, net cost −16 800, break-even 3 000 / (0.9 × 20 × 55 000) = 0.30 %;
 * - DSO, countback (support.benjipays.com, "Mastering DSO calculation: the count back method"): 245 000 of
 *   receivables over sales ×1.2 VAT, last months 144 000 and 134 400: 30 + 101 000 / 134 400 × 30 = 52.5 days;
 *   accounting ratio 245 000 / 1 491 600 × 360 = 59.1; not yet due 180 000: 30 + 36 000 / 134 400 × 30 = 38.0;
 *   delinquent 52.5 − 38.0 = 14.5;
 * - diagnostic 2 000 000 € HT at 60 days against 30 agreed, top 5 = 45 %, margin 30 % (diagnose's worked example):
 *   receivables 2 000 000 × 1.2 × 60/365 = 394 520.55 (exposure at default, TTC); cash freed × 0.9 = 355 068.49;
 *   expected loss 7 890.41; largest customer 35 506.85; 118 356.16 of sales to earn it back; 30 days late and
 *   concentration → both.
 */
import type { Browser, Page } from "playwright-core";
import { PREVIEW_EXPLANATION } from "../../../src/taskpane/office/workbook";
import { ensureBuilt, figure, launch, openPane, openTab, type PaneSession, plain, serve, type StaticServer, waitForFigure } from "../../../testkit/browser-harness";

let server: StaticServer;
let browser: Browser;
let session: PaneSession;
let page: Page;

beforeAll(async () => {
  server = await serve(ensureBuilt());
  browser = await launch();
}, 240000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

beforeEach(async () => {
  session = await openPane(browser, server.url);
  page = session.page;
});

afterEach(async () => {
  expect(session.pageErrors).toEqual([]);
  await session.close();
});

const fieldByLabel = (label: string) => page.locator(".tabpanel:not([hidden])").getByLabel(label, { exact: false }).first();

const fieldError = async (label: string): Promise<string> => {
  const describedBy = (await fieldByLabel(label).getAttribute("aria-describedby")) ?? "";
  const ids = describedBy.split(" ").filter((id) => id.endsWith("-error"));
  return ids.length === 0 ? "" : plain(await page.locator(`[id="${ids[0]}"]`).textContent());
};

describe("Affacturage tab", () => {
  it("shows the seed invoice's advance, fees, net and annualised cost", async () => {
    expect(await figure(page, "advance")).toBe("9 000,00 €");
    expect(await figure(page, "serviceFee")).toBe("100,00 €");
    expect(await figure(page, "financingCommission")).toBe("75,00 €");
    expect(await figure(page, "totalCost")).toBe("175,00 €");
    expect(await figure(page, "net")).toBe("9 825,00 €");
    expect(await figure(page, "apr")).toBe("11,83 %");
  });

  it("shows the seed programme's line, annual cost and annualised cost", async () => {
    expect(await figure(page, "line")).toBe("177 534,25 €");
    expect(await figure(page, "annualCost")).toBe("20 876,71 €");
    expect(await figure(page, "annualFinancingCost")).toBe("8 876,71 €");
    expect(await figure(page, "annualisedCost")).toBe("11,76 %");
  });

  it("compares the three seed offers and highlights the cheapest", async () => {
    const rows = page.locator("[data-offer-row]");
    expect(await rows.count()).toBe(3);
    const cheapest = page.locator("[data-offer-row].is-cheapest");
    expect(await cheapest.count()).toBe(1);
    expect(plain(await cheapest.locator("th").textContent())).toBe("Offre A — banquela moins chère");
    expect(plain(await cheapest.locator("td").first().textContent())).toBe("15 489,04 €");
    expect(plain(await rows.nth(1).locator("td").first().textContent())).toBe("16 518,90 €");
    expect(plain(await rows.nth(2).locator("td").first().textContent())).toBe("16 677,70 €");
  });

  it("recalculates as the user types, reading French numbers with spaces and percent signs", async () => {
    await fieldByLabel("Montant de la facture").fill("20 000");
    await waitForFigure(page, "advance", "18 000,00 €");
    await fieldByLabel("Taux d'avance").fill("85 %");
    await waitForFigure(page, "advance", "17 000,00 €");
    await fieldByLabel("Taux d'avance").fill("0,8");
    await waitForFigure(page, "advance", "16 000,00 €");
  });

  it("shows why an invalid field is wrong, in the core's words, while the other results stay", async () => {
    await fieldByLabel("Taux d'avance").fill("150 %");
    await page.waitForSelector(".tabpanel:not([hidden]) .has-error");
    expect(await fieldError("Taux d'avance")).toBe("advance_rate doit être compris entre 0 et 1 (90 % ou 0,9)");
    expect(await fieldByLabel("Taux d'avance").getAttribute("aria-invalid")).toBe("true");
    // Figures that need the advance rate keep their last value, marked stale.
    expect(await figure(page, "advance")).toBe("9 000,00 €");
    expect(await page.locator('[data-figure="advance"]').getAttribute("class")).toContain("is-stale");
  });

  it("keeps recalculating the figures an invalid field does not feed", async () => {
    await fieldByLabel("Taux de financement annuel").fill("cinq");
    await page.waitForSelector(".tabpanel:not([hidden]) .has-error");
    expect(await fieldError("Taux de financement annuel")).toBe("financing_rate doit être compris entre 0 et 1 (5 % ou 0,05)");
    await fieldByLabel("Montant de la facture").fill("20 000");
    // The advance needs only the amount and the advance rate; the net needs the financing rate too.
    await waitForFigure(page, "advance", "18 000,00 €");
    expect(await figure(page, "net")).toBe("9 825,00 €");
    expect(await page.locator('[data-figure="net"]').getAttribute("class")).toContain("is-stale");
  });

  it("says a text that is not a number must be a number", async () => {
    await fieldByLabel("Jours jusqu'au paiement").fill("soixante");
    await page.waitForSelector(".tabpanel:not([hidden]) .has-error");
    expect(await fieldError("Jours jusqu'au paiement")).toBe("days doit être un nombre (par ex. 60)");
    expect(await figure(page, "advance")).toBe("9 000,00 €");
  });

  it("adds a fourth offer and removes it again", async () => {
    await page.getByRole("button", { name: "Ajouter une offre" }).click();
    expect(await page.locator("[data-offer-row]").count()).toBe(4);
    expect(await page.getByRole("button", { name: "Ajouter une offre" }).isDisabled()).toBe(true);
    await page.getByRole("button", { name: "Retirer l'offre 4" }).click();
    expect(await page.locator("[data-offer-row]").count()).toBe(3);
  });
});

describe("Assurance-crédit tab", () => {
  beforeEach(() => openTab(page, "Assurance-crédit"));

  it("shows the seed premium, expected loss, indemnity, net cost and break-even default rate", async () => {
    expect(await figure(page, "premium")).toBe("3 000,00 €");
    expect(await figure(page, "expectedLoss")).toBe("24 000,00 €");
    expect(await figure(page, "expectedIndemnity")).toBe("21 600,00 €");
    expect(await figure(page, "netCost")).toBe("-18 600,00 €");
    expect(await figure(page, "breakEvenPd")).toBe("0,28 %");
  });

  it("shows the 95 % and 99 % losses with cover below those without", async () => {
    const euros = async (key: string): Promise<number> => Number((await figure(page, key)).replace(/[^\d,]/g, "").replace(",", "."));
    const [gross95, gross99, net95, net99] = [await euros("q95-gross"), await euros("q99-gross"), await euros("q95-net"), await euros("q99-net")];
    // A bad year costs more than the expected 24 000 €; 90 % cover leaves the seller a tenth of it.
    expect(gross99).toBeGreaterThan(24000);
    expect(gross99).toBeGreaterThanOrEqual(gross95);
    expect(net99).toBeLessThan(gross99);
    expect(net95).toBeLessThan(gross95);
    expect(await figure(page, "q99-net")).toMatch(/^\d[\d ]*,\d\d €$/);
  });

  it("takes a 5 000 € deductible off each illustrative buyer's claim, as the inserted sheet does", async () => {
    // 20 buyers of 60 000 €: indemnity 0.9 × 20 × 2 % × 55 000 = 19 800; net cost 3 000 − 19 800 = −16 800;
    // break-even 3 000 / (0.9 × 20 × 55 000) = 0.303 % (shown 0,3 %); the expected loss without cover stays 24 000.
    await fieldByLabel("Franchise par sinistre").fill("5000");
    await waitForFigure(page, "expectedIndemnity", "19 800,00 €");
    expect(await figure(page, "expectedLoss")).toBe("24 000,00 €");
    expect(await figure(page, "netCost")).toBe("-16 800,00 €");
    expect(await figure(page, "breakEvenPd")).toBe("0,3 %");
  });

  it("reads the premium minimum when the rate gives less", async () => {
    await fieldByLabel("Taux de prime").fill("0,1 %");
    await waitForFigure(page, "premium", "1 500,00 €");
  });

  it("names the cover rate when it is above 100 %", async () => {
    await fieldByLabel("Quotité garantie").fill("120 %");
    await page.waitForSelector(".tabpanel:not([hidden]) .has-error");
    expect(await fieldError("Quotité garantie")).toMatch(/^cover_rate doit être compris entre 0 et 1/);
    expect(await figure(page, "premium")).toBe("3 000,00 €");
  });
});

describe("DSO tab", () => {
  beforeEach(() => openTab(page, "DSO"));

  it("shows the countback and accounting DSO side by side, the best possible DSO and the delay", async () => {
    expect(await figure(page, "dsoCountback")).toBe("52,5 j");
    expect(await figure(page, "dsoAccounting")).toBe("59,1 j");
    expect(await figure(page, "dsoBest")).toBe("38,0 j");
    expect(await figure(page, "dsoDelinquent")).toBe("14,5 j");
  });

  it("recalculates from typed monthly sales and leaves best possible DSO empty without not-due receivables", async () => {
    // support.benjipays.com's countback example: 212 000 over 70 000, 80 000, 100 000 → 73.7 days.
    await fieldByLabel("Créances clients").fill("212 000");
    await fieldByLabel("TVA à ajouter").fill("0");
    await fieldByLabel("dont non échues").fill("");
    await fieldByLabel("Ventes par mois").fill("70 000\n80 000\n100 000");
    await waitForFigure(page, "dsoCountback", "73,7 j");
    expect(await figure(page, "dsoBest")).toBe("—");
  });

  it("says to add older periods when the receivables exceed every sale given", async () => {
    await fieldByLabel("Ventes par mois").fill("1 000; 2 000");
    await page.waitForSelector(".tabpanel:not([hidden]) .has-error");
    expect(await fieldError("Créances clients")).toBe("receivables dépasse le total des ventes fournies : ajoutez des périodes plus anciennes");
    expect(await figure(page, "dsoCountback")).toBe("52,5 j");
  });
});

describe("Diagnostic tab", () => {
  beforeEach(() => openTab(page, "Diagnostic"));

  it("answers 'protéger ou cash ?' for the seed with figures and reasons", async () => {
    expect(await figure(page, "cashFreed")).toBe("355 068,49 €");
    expect(await figure(page, "expectedLoss")).toBe("7 890,41 €");
    expect(await figure(page, "largestCustomerLoss")).toBe("35 506,85 €");
    expect(await figure(page, "turnoverToRecoverLoss")).toBe("118 356,16 €");
    expect(await figure(page, "recommendation")).toBe("Affacturage et assurance-crédit");
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
    expect(await figure(page, "advance")).toBe("€9,000.00");
    expect(await figure(page, "apr")).toBe("11.83%");
    await fieldByLabel("Invoice amount").fill("20,000");
    await waitForFigure(page, "advance", "€18,000.00");
    await page.getByRole("button", { name: "FR", exact: true }).click();
    expect(await figure(page, "advance")).toBe("18 000,00 €");
    expect(await page.getByRole("tab", { name: "Affacturage" }).count()).toBe(1);
  });

  it("shows English messages for an invalid field in English", async () => {
    await page.getByRole("button", { name: "EN", exact: true }).click();
    await fieldByLabel("Advance rate").fill("150%");
    await page.waitForSelector(".tabpanel:not([hidden]) .has-error");
    expect(await fieldError("Advance rate")).toBe("advance_rate must be between 0 and 1 (90% or 0.9)");
  });

  it("starts in English when the browser's language is not French", async () => {
    const english = await openPane(browser, server.url, { locale: "en-US" });
    try {
      expect(await english.page.getAttribute("html", "lang")).toBe("en");
      expect(await figure(english.page, "advance")).toBe("€9,000.00");
    } finally {
      await english.close();
    }
  });
});

describe("keyboard", () => {
  it("moves between tabs with the arrow keys, Home and End", async () => {
    await page.getByRole("tab", { name: "Affacturage" }).focus();
    await page.keyboard.press("ArrowRight");
    expect(await page.getByRole("tab", { name: "Assurance-crédit" }).getAttribute("aria-selected")).toBe("true");
    expect(await page.locator("#panel-insurance").isVisible()).toBe(true);
    await page.keyboard.press("End");
    expect(await page.getByRole("tab", { name: "Diagnostic" }).getAttribute("aria-selected")).toBe("true");
    await page.keyboard.press("ArrowRight");
    expect(await page.getByRole("tab", { name: "Affacturage" }).getAttribute("aria-selected")).toBe("true");
    await page.keyboard.press("ArrowLeft");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Diagnostic");
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
    expect(session.blocked.length).toBeGreaterThan(0);
    expect(session.blocked.every((url) => url.startsWith("https://appsforoffice.microsoft.com/"))).toBe(true);
  });
});

describe("narrow pane", () => {
  it("fits 320 px without horizontal scrolling on every tab", async () => {
    await page.setViewportSize({ width: 320, height: 800 });
    for (const tab of ["Affacturage", "Assurance-crédit", "DSO", "Diagnostic"]) {
      await openTab(page, tab);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBe(0);
    }
  });
});
