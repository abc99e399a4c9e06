/**
 * The Assurance-crédit tab of the built pane in a real browser (Debian's chromium via playwright-core), as
 * ./pane.test.ts runs the others. Expected figures are the seed's (src/taskpane/simulators/insurance/inputs.ts),
 * worked by hand:
 * - outstanding 1 200 000 € HT × 1.2 (VAT 20 %) × 60 / 365 = 236 712.33 € over 20 buyers; expected loss × 2 % = 4 734.25 €;
 * - premium 1 200 000 × 0.25 % = 3 000; tax 9 % (CGI art. 1001) = 270; no fees: the policy bills 3 270.00 €;
 *   maximum liability 30 × 3 000 = 90 000 €; indemnity delay 6 months;
 * - break-even 3 000 / (0.9 × 236 712.33) = 1 095 000 / 77 760 000 = 1.41 %;
 * - the largest buyer fails: 11 835.62 € lost, 10 % kept with 90 % cover = 1 183.56 €;
 * - with monitoring 80 € and enquiry 150 € per buyer: fees 20 × 230 = 4 600 HT + 920 VAT, bill 8 790.00 €.
 * The yearly cost and the tail come from the core's joint law (src/core/insurance/policy.ts): the tests check
 * their relations (cost = bill − indemnity; cover lowers every loss kept), the core's own tests their values.
 */
import type { Page } from "playwright-core";
import { expectFigures, fieldErrorOf, figure, fillAndWaitForFigure, openTab, paneForEachTest, waitForFigure } from "../../../testkit/browser-harness";

const pane = paneForEachTest();
let page: Page;

beforeEach(async () => {
  page = pane.page;
  await openTab(page, "Assurance-crédit");
});

const panel = () => page.locator(".tabpanel:not([hidden])");
const textbox = (label: string) => panel().getByRole("textbox", { name: label, exact: true });
const euros = (text: string): number => Number(text.replace(/[^\d,-]/g, "").replace(",", "."));

/** Opens "Conditions du contrat", where the advanced terms are folded. */
const openTerms = async (): Promise<void> => {
  await panel().locator("summary", { hasText: "Conditions du contrat" }).click();
};

describe("Assurance-crédit tab", () => {
  it("shows the seed's expected loss on the outstanding, what the policy bills, its cap and indemnity delay", async () => {
    await expectFigures(page, {
      expectedLoss: "4 734,25 €",
      policyBills: "3 270,00 €",
      maxLiability: "90 000,00 €",
      indemnityDelay: "6 mois",
      breakEvenPd: "1,41 %",
      totalExposure: "Encours total exposé : 236 712,33 €.",
    });
  });

  it("heads with the yearly cost: what the policy bills less the expected indemnity and profit share", async () => {
    const cost = euros(await figure(page, "yearlyCost"));
    const indemnity = euros(await figure(page, "expectedIndemnity"));
    const share = euros(await figure(page, "expectedProfitShare"));
    expect(Math.abs(cost - (3270 - indemnity - share))).toBeLessThanOrEqual(0.011);
    // 90 % of the 4 734.25 € expected loss, less the rare years beyond the cap.
    expect(indemnity).toBeGreaterThan(4260.8);
    expect(indemnity).toBeLessThanOrEqual(4260.83);
  });

  it("shows the loss kept in a bad year and when the largest buyers fail, lower with cover", async () => {
    for (const key of ["q95", "q99", "largest", "twoLargest"]) {
      const gross = euros(await figure(page, `${key}-gross`));
      const net = euros(await figure(page, `${key}-net`));
      expect([key, net < gross]).toEqual([key, true]);
    }
    expect(await figure(page, "largest-gross")).toBe("11 835,62 €");
    expect(await figure(page, "largest-net")).toBe("1 183,56 €");
  });

  it("lists the buyers that make a bad year and the 99 % loss at three volatilities", async () => {
    expect(await panel().getByRole("table", { name: "Les acheteurs qui font une mauvaise année" }).locator("tbody tr").count()).toBe(10);
    const chosen = euros(await figure(page, "vol0-gross"));
    expect(chosen).toBe(euros(await figure(page, "q99-gross")));
    expect(euros(await figure(page, "vol1-gross"))).toBeLessThan(chosen);
    expect(euros(await figure(page, "vol2-gross"))).toBeGreaterThan(chosen);
  });

  it("follows the payment delay and the HT/TTC choice into the outstanding", async () => {
    // 1 200 000 TTC × 60 / 365 = 197 260.27; × 2 % = 3 945.21
    await panel().getByRole("combobox", { name: "Chiffre d'affaires TTC", exact: true }).selectOption("true");
    await waitForFigure(page, "expectedLoss", "3 945,21 €");
    // 1 200 000 TTC × 30 / 365 × 2 % = 1 972.60
    await fillAndWaitForFigure(textbox("Délai de paiement moyen (jours)"), "30", "expectedLoss", "1 972,60 €");
  });

  it("bills the fees typed under the contract's terms", async () => {
    await openTerms();
    await textbox("Frais de surveillance par acheteur").fill("80");
    await fillAndWaitForFigure(textbox("Frais d'étude"), "150", "policyBills", "8 790,00 €");
  });

  it("names the field of every term a policy cannot hold", async () => {
    await openTerms();
    const cases: Array<[string, string, RegExp]> = [
      ["Frais de surveillance par acheteur", "-5", /^Frais de surveillance par acheteur doit être supérieur ou égal à 0/],
      ["Plafond d'indemnisation (× prime)", "-1", /^Plafond d'indemnisation \(× prime\) doit être supérieur ou égal à 0/],
      ["Participation bénéficiaire", "150 %", /^Participation bénéficiaire doit être compris entre 0 et 1/],
    ];
    for (const [label, typed, message] of cases) {
      await textbox(label).fill(typed);
      await page.waitForFunction((name) => {
        const input = [...document.querySelectorAll(".tabpanel:not([hidden]) input")].find((element) => element.getAttribute("aria-invalid") === "true" && document.querySelector(`label[for="${element.id}"]`)?.textContent === name);
        return input !== undefined;
      }, label);
      expect(await fieldErrorOf(textbox(label))).toMatch(message);
    }
    // The figures keep their last values, marked stale, while a term is wrong.
    expect(await figure(page, "expectedLoss")).toBe("4 734,25 €");
  });
});
