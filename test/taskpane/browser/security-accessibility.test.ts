/**
 * The pane's Content-Security-Policy holds in a real browser (nothing refused while every tab renders and
 * recalculates, no inline script or style in the built page), and axe-core finds no serious or critical
 * accessibility violation on any tab, in French and in English.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Browser } from "playwright-core";
import { ensureBuilt, launch, openPane, openTab, pageCspViolations, runAxe, serve, type StaticServer } from "../../../testkit/browser-harness";

const TABS = ["Affacturage", "Assurance-crédit", "DSO", "Diagnostic", "Créances"];

let dist: string;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  dist = ensureBuilt();
  server = await serve(dist);
  browser = await launch();
}, 240000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("Content-Security-Policy", () => {
  it("is a strict policy in the built page's meta tag", () => {
    const html = readFileSync(path.join(dist, "taskpane.html"), "utf8");
    const policy = /http-equiv=["']?Content-Security-Policy["']?\s+content="([^"]+)"/i.exec(html)?.[1] ?? "";
    const directives = new Map(policy.split(";").map((part) => part.trim().split(/\s+/)).map(([name, ...values]) => [name, values.join(" ")]));
    expect(directives.get("default-src")).toBe("'self'");
    expect(directives.get("script-src")).toBe("'self' https://appsforoffice.microsoft.com");
    // Excel on the web applies inline styles to the page (office-js issue 1687): see test/addin/csp.test.ts.
    expect(directives.get("style-src")).toBe("'self' 'unsafe-inline'");
    expect(directives.get("img-src")).toBe("'self' data:");
    expect(directives.get("connect-src")).toBe("'self'");
    expect(directives.get("object-src")).toBe("'none'");
    expect(directives.get("base-uri")).toBe("'none'");
    expect(policy).not.toMatch(/unsafe-eval/);
    expect(directives.get("script-src")).not.toMatch(/unsafe-inline/);
  });

  it("leaves no inline script or style in the built page, and keeps the functions chunk", () => {
    const html = readFileSync(path.join(dist, "taskpane.html"), "utf8");
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes, body] of scripts) {
      expect(attributes).toMatch(/\bsrc=/);
      expect(body.trim()).toBe("");
    }
    expect(html).not.toMatch(/<style\b|\sstyle=|\son[a-z]+=/i);
    expect(scripts.map(([, attributes]) => /src=["']?([^"'\s>]+)/.exec(attributes)?.[1])).toEqual(
      expect.arrayContaining(["https://appsforoffice.microsoft.com/lib/1/hosted/office.js", "functions.js", "taskpane.js"]),
    );
  });

  it("refuses nothing while every tab renders and recalculates", async () => {
    const session = await openPane(browser, server.url);
    try {
      for (const tab of TABS) {
        await openTab(session.page, tab);
        await session.page.locator(".tabpanel:not([hidden]) input.control").first().fill("12 345");
        await session.page.waitForTimeout(300);
      }
      await session.page.getByRole("button", { name: "EN", exact: true }).click();
      expect(session.cspViolations).toEqual([]);
      expect(await pageCspViolations(session.page)).toEqual([]);
      expect(session.pageErrors).toEqual([]);
    } finally {
      await session.close();
    }
  });
});

describe("accessibility (axe-core)", () => {
  for (const locale of ["fr-FR", "en-US"]) {
    it(`finds no serious or critical violation on any tab (${locale})`, async () => {
      // axe is a test script injected inline: this context alone lets it past the CSP checked above.
      const session = await openPane(browser, server.url, { locale, bypassCsp: true });
      try {
        const names = locale === "fr-FR" ? TABS : ["Factoring", "Credit insurance", "DSO", "Diagnostic", "Receivables"];
        const found: string[] = [];
        for (const tab of names) {
          await openTab(session.page, tab);
          const violations = await runAxe(session.page);
          found.push(...violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${tab}: ${v.id} (${v.impact}) ${v.help} ×${v.nodes}`));
        }
        expect(found).toEqual([]);
      } finally {
        await session.close();
      }
    });
  }

  it("labels every field and ties each error to its field", async () => {
    const session = await openPane(browser, server.url);
    try {
      for (const tab of TABS) {
        await openTab(session.page, tab);
        const unlabelled = await session.page.evaluate(() =>
          [...document.querySelectorAll(".tabpanel:not([hidden]) input, .tabpanel:not([hidden]) select, .tabpanel:not([hidden]) textarea")]
            .filter((control) => (control as HTMLInputElement).labels?.length !== 1)
            .map((control) => control.id),
        );
        expect(unlabelled).toEqual([]);
      }
      await openTab(session.page, "Affacturage");
      const amount = session.page.getByLabel("Montant de la facture").and(session.page.locator(".control"));
      await amount.fill("-5");
      await session.page.waitForSelector(".has-error");
      const describedBy = (await amount.getAttribute("aria-describedby")) ?? "";
      expect(describedBy).toMatch(/-error$/);
      expect(await session.page.locator(`[id="${describedBy}"]`).textContent()).toBe("Montant de la facture doit être supérieur ou égal à 0 (par ex. 10000)");
      expect(await session.page.locator(".tabpanel:not([hidden]) .results[aria-live='polite']").count()).toBeGreaterThan(0);
    } finally {
      await session.close();
    }
  });
});
