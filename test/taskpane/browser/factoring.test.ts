/**
 * The Affacturage tab in a real browser (Debian's chromium via playwright-core), as a plain browser sees it.
 *
 * Expected figures are the seeds' (src/taskpane/simulators/factoring/inputs.ts, offers/inputs.ts), worked by hand:
 * - invoice 10 000 € at 60 days, 90 % advanced, no reserve, 1 % commission, 5 % (index 0 + margin 5 %) on
 *   ACT/360, VAT 20 %: cash paid on assignment 9 000; financing 9 000 × 5 % × 60 / 360 = 75; commission 100;
 *   VAT 20 % × 100 = 20; cost excl. VAT 175; all-in 175 × 365 / (9 000 × 60) = 11.83 %; TEG (art. R314-6)
 *   75 / (9 000 × 60) × 365 = 5.07 %;
 * - the year, 1 200 000 € at 60 days: average cash freed 1 080 000 × 60 / 365 = 177 534.25; cost 12 000 + 9 000
 *   = 21 000; 1.75 % of turnover; 21 000 / 177 534.25 = 11.83 % per euro freed (factoringProgramme's @example);
 * - offers: the issue's case (test/core-advisory/compareOffersHonestly.test.ts): 3 650 000 € at 60 days, 40
 *   buyers; A advances 80 %: 42 240 € for 480 000 € freed, 8.80 %; B advances 90 %: 45 235 € for 540 000 €,
 *   8.38 %: B ranks first and takes the badge although it bills more euros. TEG of both 3.6 % × 365 / 360 = 3.65 %.
 * Inputs are located by role and exact name: a help button beside each label is named "Aide : <label>".
 */
import type { Page } from "playwright-core";
import { CORE_MESSAGES } from "../../../src/core";
import { expectFigures, figure, fillAndWaitForFigure, paneForEachTest, plain, waitForFigure } from "../../../testkit/browser-harness";

const pane = paneForEachTest();
let page: Page;

beforeEach(async () => {
  page = pane.page;
});

const panel = () => page.locator(".tabpanel:not([hidden])");
/** The text field of the factoring simulator (the tab's first part) named `label`. */
const invoiceField = (label: string) => panel().locator(".simulator").first().getByRole("textbox", { name: label, exact: true });
/** A text field of the n-th offer (0-based). */
const offerField = (n: number, label: string) => panel().locator("fieldset.offer").nth(n).getByRole("textbox", { name: label, exact: true });
const rows = () => panel().locator("[data-offer-row]");

describe("Affacturage tab: one invoice and the year under the offer's terms", () => {
  it("shows the seed invoice's cash, charges, the all-in annualised cost and the TEG beside it", async () => {
    await expectFigures(page, {
      cashFreed: "9 000,00 €",
      reserveHeld: "0,00 €",
      factoringCommission: "100,00 €",
      financingCommission: "75,00 €",
      vat: "20,00 €",
      totalCost: "175,00 €",
      allIn: "11,83 %",
      teg: "5,07 %",
    });
    // The all-in rate is called a "coût global annualisé", never a TEG.
    const allInLabel = plain(await panel().locator('[data-figure="allIn"]').locator("xpath=preceding-sibling::dt").textContent());
    expect(allInLabel).toBe("Coût global annualisé (tous frais, par euro libéré)");
  });

  it("shows the year's average cash freed and the three honest figures", async () => {
    await expectFigures(page, {
      yearCashFreed: "177 534,25 €",
      yearTotalCost: "21 000,00 €",
      yearTeg: "5,07 %",
      costPerTurnover: "1,75 %",
      costPerCashFreed: "11,83 %",
      cover: "Non",
    });
  });

  it("shows the cash freed net of a 10 % reserve, on the invoice and over the year", async () => {
    // Hand-worked: 10 000 × 90 % − 10 000 × 10 % = 8 000 € on assignment; over the year
    // 1 200 000 × (90 % − 10 %) × 60 / 365 = 157 808.22 € on average.
    await fillAndWaitForFigure(invoiceField("Retenue de garantie"), "10 %", "cashFreed", "8 000,00 €");
    expect(await figure(page, "reserveHeld")).toBe("1 000,00 €");
    await waitForFigure(page, "yearCashFreed", "157 808,22 €");
  });

  it("has no client name field of its own: the pane's header holds the one client of every tab", async () => {
    expect(await panel().getByRole("textbox", { name: "Nom du client", exact: true }).count()).toBe(0);
    expect(await page.getByRole("textbox", { name: "Client", exact: true }).count()).toBe(1);
  });

  it("folds the advanced terms until asked", async () => {
    const precounted = panel().locator(".simulator").first().getByRole("combobox", { name: "Commission précomptée", exact: true });
    expect(await precounted.isVisible()).toBe(false);
    await panel().locator(".simulator").first().locator("details.advanced-terms > summary").click();
    expect(await precounted.isVisible()).toBe(true);
    // A pre-counted commission is taken from the advance: 9 000 − 75 = 8 925 € paid on assignment.
    await precounted.selectOption("true");
    await waitForFigure(page, "cashFreed", "8 925,00 €");
  });

  it("accepts a negative index, as Euribor was in 2015–2022, and refuses one below -100 %", async () => {
    // Hand-worked (R314-6 annex): index −0.5 % + margin 5 % = 4.5 % on ACT/360: TEG 4.5 % × 365/360 = 4.56 %.
    const index = invoiceField("Indice (Euribor 3 mois)");
    await fillAndWaitForFigure(index, "-0,5 %", "teg", "4,56 %");
    await index.fill("-150 %");
    await page.waitForSelector(".tabpanel:not([hidden]) .has-error");
    expect(plain(await panel().locator(".field.has-error .field-error").first().textContent())).toMatch(/^Indice \(Euribor 3 mois\) doit être compris entre -1 et 1/);
  });
});

describe("Affacturage tab: the offer comparison", () => {
  it("ranks the 90 % offer first by cost per euro financed, with the only badge, although it bills more euros", async () => {
    expect(await rows().count()).toBe(2);
    const cells = async (n: number) => (await rows().nth(n).locator("td, th").allTextContents()).map(plain);
    expect(await cells(0)).toEqual(["1", "Offre B — avance 90 %coût le plus bas par euro financé", "8,38 %", "540 000 €", "45 235 €", "3,65 %", "sans assurance-crédit"]);
    expect(await cells(1)).toEqual(["2", "Offre A — avance 80 %", "8,80 %", "480 000 €", "42 240 €", "3,65 %", "sans assurance-crédit"]);
    expect(await panel().locator(".badge").count()).toBe(1);
    expect(await panel().getByText("la moins chère").count()).toBe(0);
  });

  it("warns, in the core's words, when one offer includes credit cover and the other does not", async () => {
    await offerField(0, "Garantie incluse (quotité)").fill("100 %");
    await page.waitForSelector('.tabpanel:not([hidden]) [data-warning="CREDIT_COVER_DIFFERS"]');
    expect(plain(await panel().locator('[data-warning="CREDIT_COVER_DIFFERS"]').textContent())).toBe(plain(CORE_MESSAGES.creditCoverDiffers().fr));
    expect(plain(await rows().nth(1).locator("td").last().textContent())).toBe("inclut l'assurance-crédit (100 %)");
  });

  it("re-ranks as an offer is edited: A at 95 % advance frees 570 000 € for 45 525 €, 7.99 %, and takes the badge", async () => {
    // Hand-worked: financing 3 467 500 × 3.6 % × 60 / 360 = 20 805; 21 900 + 20 805 + 40 × 45 + 1 020 = 45 525 €;
    // 3 467 500 × 60 / 365 = 570 000 € freed; 45 525 / 570 000 = 7.99 %.
    await offerField(0, "Taux d'avance").fill("95 %");
    await page.waitForFunction(() => document.querySelector(".tabpanel:not([hidden]) [data-offer-row] th")?.textContent?.startsWith("Offre A"));
    expect(plain(await rows().nth(0).locator("td").nth(1).textContent())).toBe("7,99 %");
    expect(plain(await rows().nth(0).locator(".badge").textContent())).toBe("coût le plus bas par euro financé");
  });

  it("names the field of the offer whose term is wrong", async () => {
    await offerField(1, "Retenue de garantie").fill("95 %");
    await page.waitForSelector(".tabpanel:not([hidden]) fieldset.offer .has-error");
    const error = plain(await panel().locator("fieldset.offer").nth(1).locator(".has-error .field-error").first().textContent());
    expect(error).toMatch(/^Retenue de garantie/);
  });

  it("keeps the ranking in view at 350 px while the last offer's terms are edited", async () => {
    await page.setViewportSize({ width: 350, height: 700 });
    const field = offerField(1, "Commission d'affacturage");
    await field.scrollIntoViewIfNeeded();
    await field.fill("0,5 %");
    const table = await panel().locator("table.comparison").boundingBox();
    const viewport = page.viewportSize();
    expect(table).not.toBeNull();
    expect(table && viewport ? table.y >= -1 && table.y < viewport.height : false).toBe(true);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBe(0);
  });

  it("adds a third and a fourth offer, then stops, and removes one again", async () => {
    const add = panel().getByRole("button", { name: "Ajouter une offre" });
    await add.click();
    await add.click();
    expect(await rows().count()).toBe(4);
    expect(await add.isDisabled()).toBe(true);
    await panel().getByRole("button", { name: "Retirer l'offre 4" }).click();
    expect(await rows().count()).toBe(3);
  });
});
