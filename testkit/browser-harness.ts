/**
 * Drives the built task pane (dist/taskpane.html) in Debian's chromium through playwright-core: a tiny
 * static server on a random localhost port, a browser whose requests to any other host are refused (so
 * office.js fails at once and the pane runs as the preview, as in an offline browser), and collectors for
 * console messages, CSP violations and page errors. Shared by the browser tests, bench/pane.bench.ts and
 * scripts/screenshots.js.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { type Browser, type BrowserContext, chromium, type Locator, type Page } from "playwright-core";
import { repoRoot } from "./paths";

export { repoRoot };

export const distDir = (): string => path.join(repoRoot(), "dist");

/** Runs the production webpack build into `outputPath` (default dist/). */
export const build = (outputPath?: string): void => {
  const args = [path.join(repoRoot(), "node_modules", "webpack-cli", "bin", "cli.js"), "--mode", "production"];
  if (outputPath) args.push("--env", `outputPath=${outputPath}`);
  execFileSync(process.execPath, args, { cwd: repoRoot(), stdio: "pipe" });
};

/** Builds dist/ once when `npm test` did not (dist/taskpane.html missing). */
export const ensureBuilt = (): string => {
  const dist = distDir();
  if (!existsSync(path.join(dist, "taskpane.html"))) build();
  return dist;
};

/** Debian's chromium: `which chromium`, else /usr/bin/chromium; a clear failure when neither exists. */
export const chromiumPath = (): string => {
  const candidates: string[] = [];
  try {
    const found = execFileSync("which", ["chromium"], { encoding: "utf8" }).trim();
    if (found) candidates.push(found);
  } catch {
    // `which` exits 1 when chromium is not on PATH; the fixed path below is the last chance.
  }
  candidates.push("/usr/bin/chromium");
  const executable = candidates.find((candidate) => existsSync(candidate));
  if (!executable) {
    throw new Error(
      "chromium is not installed: the task pane's browser tests need Debian's chromium (apt-get install -y chromium; .ci/run installs it).",
    );
  }
  return executable;
};

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".xml": "application/xml; charset=utf-8",
};

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

/** Serves a folder on 127.0.0.1 at a random port; nothing outside the folder. */
export const serve = (dir: string): Promise<StaticServer> =>
  new Promise((resolve) => {
    const root = path.resolve(dir);
    const server = createServer((request, response) => {
      const pathname = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
      const file = path.resolve(root, `.${pathname === "/" ? "/taskpane.html" : pathname}`);
      if (!file.startsWith(root + path.sep) || !existsSync(file)) {
        response.writeHead(404).end();
        return;
      }
      response.writeHead(200, { "Content-Type": CONTENT_TYPES[path.extname(file)] ?? "application/octet-stream", "Cache-Control": "no-store" });
      response.end(readFileSync(file));
    });
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo;
      resolve({ url: `http://127.0.0.1:${port}`, close: () => new Promise((done) => server.close(() => done())) });
    });
  });

/**
 * Launches headless chromium with the flags of OFFICE-NOTES.md. playwright gives every launch a fresh
 * temporary --user-data-dir of its own (and refuses one passed in `args`).
 */
export const launch = (): Promise<Browser> =>
  chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });

const isLocal = (url: string): boolean => {
  const { protocol, hostname } = new URL(url);
  return protocol === "data:" || protocol === "blob:" || hostname === "127.0.0.1" || hostname === "localhost";
};

export interface PaneSession {
  context: BrowserContext;
  page: Page;
  /** Every console message, as "type: text". */
  console: string[];
  /** CSP violations, from the securitypolicyviolation event and the console. */
  cspViolations: string[];
  /** Uncaught exceptions in the page. */
  pageErrors: string[];
  /** URLs refused because they are not on localhost. */
  blocked: string[];
  close(): Promise<void>;
}

export interface PaneOptions {
  locale?: string;
  width?: number;
  height?: number;
  /** Wait for the first results (html[data-ready]); default true. */
  waitReady?: boolean;
  /** Page to open (default taskpane.html). */
  page?: string;
  /** Let test scripts injected inline (axe-core) past the page's CSP; only for the accessibility check. */
  bypassCsp?: boolean;
}

/** Opens the pane in a fresh context: remote hosts blocked, collectors attached, first results awaited. */
export const openPane = async (browser: Browser, baseUrl: string, options: PaneOptions = {}): Promise<PaneSession> => {
  const context = await browser.newContext({
    locale: options.locale ?? "fr-FR",
    viewport: { width: options.width ?? 360, height: options.height ?? 900 },
    deviceScaleFactor: 1,
    bypassCSP: options.bypassCsp ?? false,
  });
  const blocked: string[] = [];
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (isLocal(url)) return route.continue();
    blocked.push(url);
    return route.abort("internetdisconnected");
  });
  // Init scripts run through the DevTools protocol, outside the page's CSP.
  await context.addInitScript(() => {
    const store: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = store;
    document.addEventListener("securitypolicyviolation", (event) => {
      store.push(`${event.violatedDirective} blocked ${event.blockedURI || "inline"}`);
    });
  });
  const page = await context.newPage();
  const session: PaneSession = {
    context,
    page,
    console: [],
    cspViolations: [],
    pageErrors: [],
    blocked,
    close: () => context.close(),
  };
  page.on("console", (message) => {
    const text = message.text();
    session.console.push(`${message.type()}: ${text}`);
    if (/Content Security Policy/i.test(text)) session.cspViolations.push(text);
  });
  page.on("pageerror", (error) => session.pageErrors.push(error.message));
  await page.goto(`${baseUrl}/${options.page ?? "taskpane.html"}`);
  if (options.waitReady ?? true) await page.waitForSelector("html[data-ready='true']", { timeout: 15000 });
  return session;
};

/** CSP violations the page itself recorded (securitypolicyviolation events). */
export const pageCspViolations = (page: Page): Promise<string[]> =>
  page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []);

/** Intl writes narrow and ordinary no-break spaces and a real minus sign; tests compare with plain text. */
export const plain = (text: string | null): string => (text ?? "").replace(/[\u00a0\u202f]/g, " ").replace(/\u2212/g, "-").trim();

/** The text of a figure (data-figure attribute) in the visible panel, plain spaces. */
export const figure = async (page: Page, key: string): Promise<string> =>
  plain(await page.locator(`.tabpanel:not([hidden]) [data-figure="${key}"]`).first().textContent());

/** Waits until a figure shows the expected text (the pane recalculates shortly after typing). */
export const waitForFigure = async (page: Page, key: string, expected: string): Promise<void> => {
  await page.waitForFunction(
    ([figureKey, text]) => {
      const element = document.querySelector(`.tabpanel:not([hidden]) [data-figure="${figureKey}"]`);
      const shown = (element?.textContent ?? "").replace(/[\u00a0\u202f]/g, " ").replace(/\u2212/g, "-").trim();
      return shown === text;
    },
    [key, expected] as const,
    { timeout: 5000 },
  ).catch(async () => {
    throw new Error(`figure ${key}: expected "${expected}", shows "${await figure(page, key)}"`);
  });
};

/** The texts of several figures of the visible panel, by key, as one object. */
export const figures = async (page: Page, keys: readonly string[]): Promise<Record<string, string>> => {
  const shown: Record<string, string> = {};
  for (const key of keys) shown[key] = await figure(page, key);
  return shown;
};

/** Expects the visible panel to show each figure's text (plain spaces): one comparison, whose diff names every figure that differs. */
export const expectFigures = async (page: Page, expected: Readonly<Record<string, string>>): Promise<void> => {
  expect(await figures(page, Object.keys(expected))).toEqual(expected);
};

/** Types `text` into a field, then waits until the figure `key` shows `expected`. */
export const fillAndWaitForFigure = async (field: Locator, text: string, key: string, expected: string): Promise<void> => {
  await field.fill(text);
  await waitForFigure(field.page(), key, expected);
};

/** The error message shown under a field (the element of its aria-describedby whose id ends in -error), plain spaces; "" when none. */
export const fieldErrorOf = async (field: Locator): Promise<string> => {
  const describedBy = (await field.getAttribute("aria-describedby")) ?? "";
  const ids = describedBy.split(" ").filter((id) => id.endsWith("-error"));
  return ids.length === 0 ? "" : plain(await field.page().locator(`[id="${ids[0]}"]`).textContent());
};

/** Selects a tab by clicking it. */
export const openTab = async (page: Page, name: string): Promise<void> => {
  await page.getByRole("tab", { name }).click();
  await page.waitForSelector(`[role="tab"][aria-selected="true"]:text-is("${name}")`);
};

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: number;
}

/**
 * Runs axe-core on the page (WCAG 2.x A/AA rules and best practices) and returns the violations. axe is
 * injected from node_modules as an inline script, which the page's CSP rightly refuses: open the session
 * with `bypassCsp: true` for this check only.
 */
export const runAxe = async (page: Page): Promise<AxeViolation[]> => {
  await page.addScriptTag({ path: path.join(repoRoot(), "node_modules", "axe-core", "axe.min.js") });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: Array<{ id: string; impact: string | null; help: string; nodes: unknown[] }> }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] } });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.length }));
  });
};

/**
 * One served build and one browser for a test file, and a fresh pane (preview mode, French) for each test, whose
 * page errors fail the test: registers the jest hooks, returns live views of the current session and page.
 * Tests that need more set-up add their own beforeEach after calling it (jest runs hooks in order).
 */
export const paneForEachTest = (): { readonly session: PaneSession; readonly page: Page; readonly server: StaticServer; readonly browser: Browser } => {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  let session: PaneSession | undefined;
  beforeAll(async () => {
    server = await serve(ensureBuilt());
    browser = await launch();
  }, 240000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  beforeEach(async () => {
    session = await openPane(browser as Browser, (server as StaticServer).url);
  });
  afterEach(async () => {
    expect(session?.pageErrors).toEqual([]);
    await session?.close();
  });
  return {
    get session() {
      return session as PaneSession;
    },
    get page() {
      return (session as PaneSession).page;
    },
    get server() {
      return server as StaticServer;
    },
    get browser() {
      return browser as Browser;
    },
  };
};
