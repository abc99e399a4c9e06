/*
 * The task pane page's Content-Security-Policy (src/taskpane/taskpane.html, copied as is into dist/ by
 * html-webpack-plugin): exactly the sources Office's scripts need. office.js comes from Microsoft's CDN
 * (https://learn.microsoft.com/office/dev/add-ins/develop/understanding-the-javascript-api-for-office) and
 * Excel on the web applies inline styles (office-js issue 1687, https://github.com/OfficeDev/office-js/issues/1687).
 */
import * as fs from "fs";
import * as path from "path";

const ROOT = path.resolve(__dirname, "..", "..");
const html = fs.readFileSync(path.join(ROOT, "src", "taskpane", "taskpane.html"), "utf8");

/** Directive → sources, from the page's CSP meta tag. */
const policy = (page: string): Record<string, string[]> => {
  const content = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(page)?.[1] ?? "";
  return Object.fromEntries(
    content.split(";").map((directive) => directive.trim().split(/\s+/)).filter((parts) => parts[0] !== "").map(([name, ...sources]) => [name, sources]),
  );
};

describe("the task pane's Content-Security-Policy", () => {
  const csp = policy(html);

  it("allows scripts from the add-in and Office's CDN only, with no inline script and no eval", () => {
    expect(csp["script-src"]).toEqual(["'self'", "https://appsforoffice.microsoft.com"]);
    expect(Object.values(csp).flat()).not.toContain("'unsafe-eval'");
  });

  it("lets Office apply inline styles (Excel on the web) and nothing else inline", () => {
    expect(csp["style-src"]).toEqual(["'self'", "'unsafe-inline'"]);
    const inline = Object.entries(csp).filter(([, sources]) => sources.includes("'unsafe-inline'")).map(([name]) => name);
    expect(inline).toEqual(["style-src"]);
  });

  it("refuses everything else remote: connections, frames from elsewhere, plugins, forms, base URL", () => {
    expect(csp).toEqual({
      "default-src": ["'self'"],
      "script-src": ["'self'", "https://appsforoffice.microsoft.com"],
      "style-src": ["'self'", "'unsafe-inline'"],
      "img-src": ["'self'", "data:"],
      "font-src": ["'self'"],
      "connect-src": ["'self'"],
      "object-src": ["'none'"],
      "base-uri": ["'none'"],
      "form-action": ["'none'"],
    });
  });

  it("lets the Créances tab start its FEC worker from the add-in's own origin and from nowhere else", () => {
    // CSP Level 3: worker-src falls back to child-src, then script-src (https://www.w3.org/TR/CSP3/#directive-worker-src);
    // neither is set, so script-src decides: 'self' (fec-worker.js beside taskpane.html), no blob: and no data:.
    expect(csp["worker-src"]).toBeUndefined();
    expect(csp["child-src"]).toBeUndefined();
    expect(csp["script-src"]).toContain("'self'");
    expect(csp["script-src"]).not.toContain("blob:");
  });

  it("loads office.js from the CDN address the policy allows, and no inline script", () => {
    expect(html).toContain('<script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script>');
    expect(html).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
    expect(html).not.toMatch(/\sstyle="/);
  });
});
