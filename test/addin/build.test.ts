/*
 * What the production build ships (dist/, built by `npm test` before jest runs, or here if missing) and
 * what a production URL build rewrites. The page's scripts are also run in a bare JavaScript context,
 * as a browser outside Excel would: no `Office`, no `CustomFunctions`.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as vm from "vm";
import * as zlib from "zlib";

const ROOT = path.resolve(__dirname, "..", "..");
const DIST = path.join(ROOT, "dist");
const WEBPACK = path.join(ROOT, "node_modules", "webpack", "bin", "webpack.js");

interface Metadata { functions: Array<{ id: string; name: string; helpUrl?: string }> }

function webpackBuild(extraArgs: string[]): void {
  execFileSync(process.execPath, [WEBPACK, "--mode", "production", ...extraArgs], { cwd: ROOT, stdio: "pipe" });
}

const read = (file: string): string => fs.readFileSync(path.join(DIST, file), "utf8");
const readJson = (file: string): Metadata => JSON.parse(read(file)) as Metadata;

/** Script files the task pane page loads, in order, apart from office.js. */
const pageScripts = (): string[] =>
  [...read("taskpane.html").matchAll(/<script[^>]*\ssrc="?([^"\s>]+)"?/g)].map((m) => m[1]).filter((src) => !/^https:/.test(src));

/** Every file below `dir` (recursively), with its modification time in ms. */
const filesWithTimes = (dir: string): Array<{ file: string; mtime: number }> =>
  fs.readdirSync(dir, { recursive: true, encoding: "utf8" })
    .map((file) => path.join(dir, file))
    .filter((file) => fs.statSync(file).isFile())
    .map((file) => ({ file, mtime: fs.statSync(file).mtimeMs }));

/** What dist/ is built from: the sources, the manifest, the icons and the build's configuration. */
const BUILD_INPUTS = ["src", "assets", "manifest.xml", "webpack.config.js"];
/** Outputs every build writes (webpack.config.js sets compareBeforeEmit: false, so even unchanged ones). */
const BUILD_OUTPUTS = ["functions.json", "functions-fr.json", "functions.js", "taskpane.html", "taskpane.js", "manifest.xml", "help/en/index.html", "help/fr/index.html"];

/**
 * Why dist/ cannot be trusted, or null: an output missing, or written before the newest of its inputs (a
 * source edited, or a branch checked out, since the last build). The tests below read dist/ as it is on disk.
 */
const staleDist = (): string | null => {
  const missing = BUILD_OUTPUTS.filter((file) => !fs.existsSync(path.join(DIST, file)));
  if (missing.length > 0) return `dist/ lacks ${missing.join(", ")}: run \`npm run build\``;
  const inputs = BUILD_INPUTS.flatMap((input) => {
    const full = path.join(ROOT, input);
    return fs.statSync(full).isDirectory() ? filesWithTimes(full) : [{ file: full, mtime: fs.statSync(full).mtimeMs }];
  });
  const newest = inputs.reduce((a, b) => (b.mtime > a.mtime ? b : a));
  const oldest = BUILD_OUTPUTS.map((file) => ({ file, mtime: fs.statSync(path.join(DIST, file)).mtimeMs })).reduce((a, b) => (b.mtime < a.mtime ? b : a));
  if (oldest.mtime >= newest.mtime) return null;
  return `dist/ is older than its sources: dist/${oldest.file} was built at ${new Date(oldest.mtime).toISOString()}, `
    + `${path.relative(ROOT, newest.file)} changed at ${new Date(newest.mtime).toISOString()}: run \`npm run build\` (npm test does it first)`;
};

beforeAll(() => {
  if (!fs.existsSync(path.join(DIST, "functions.json"))) webpackBuild([]);
  // Fails every test below with this message rather than testing a stale build.
  const stale = staleDist();
  if (stale) throw new Error(stale);
});

describe("the production build in dist/", () => {
  it("was built after the last change to its sources", () => {
    expect(staleDist()).toBeNull();
  });

  it("holds the page, the metadata in both languages, the manifest and the icons", () => {
    for (const file of ["taskpane.html", "taskpane.css", "functions.json", "functions-fr.json", "manifest.xml", "assets/icon-16.png", "assets/icon-80.png", "help/help.css", "help/en/index.html", "help/fr/index.html"]) {
      expect({ file, exists: fs.existsSync(path.join(DIST, file)) }).toEqual({ file, exists: true });
    }
  });

  it("describes the same functions, by id, in English and French", () => {
    const english = readJson("functions.json").functions.map((f) => f.id);
    const french = readJson("functions-fr.json").functions.map((f) => f.id);
    expect(english.length).toBeGreaterThanOrEqual(17);
    expect(french).toEqual(english);
  });

  it("has a help page in each language for every function, at the URL Excel opens", () => {
    for (const fn of readJson("functions.json").functions) {
      const file = `${fn.id.toLowerCase()}.html`;
      expect(fn.helpUrl).toBe(`https://localhost:3000/help/en/${file}`);
      expect(read(`help/en/${file}`)).toContain(`ENCOURS.${fn.name}`);
    }
    for (const fn of readJson("functions-fr.json").functions) {
      const file = `${fn.id.toLowerCase()}.html`;
      expect(fn.helpUrl).toBe(`https://localhost:3000/help/fr/${file}`);
      expect(read(`help/fr/${file}`)).toContain(`ENCOURS.${fn.name}`);
    }
  });

  it("serves help pages with a strict CSP and no script", () => {
    const pages = ["en", "fr"].flatMap((lang) => fs.readdirSync(path.join(DIST, "help", lang)).map((f) => `help/${lang}/${f}`));
    for (const page of pages) {
      const html = read(page);
      expect(html).toMatch(/http-equiv="?Content-Security-Policy"? content="default-src 'none'/);
      expect(html).not.toMatch(/<script/i);
    }
  });

  it("loads the commands, functions and task pane chunks into the one shared-runtime page, after office.js", () => {
    const html = read("taskpane.html");
    expect(html).toMatch(/<script[^>]*src="?https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/office\.js/);
    const scripts = pageScripts();
    for (const chunk of ["runtime.js", "commands.js", "functions.js", "taskpane.js"]) expect(scripts).toContain(chunk);
    expect(html.indexOf("office.js")).toBeLessThan(html.indexOf("runtime.js"));
  });

  it("ships no source maps in production", () => {
    expect(fs.readdirSync(DIST).filter((f) => f.endsWith(".map"))).toEqual([]);
  });

  it("keeps the task pane page's scripts under the 150 KB gzipped budget", () => {
    const gzipped = pageScripts().reduce((total, src) => total + zlib.gzipSync(read(src)).length, 0);
    expect(gzipped).toBeLessThan(150 * 1024);
  });

  it("runs the page's scripts outside Excel without an error and registers nothing", () => {
    const context = vm.createContext({ console });
    (context as { self?: unknown }).self = context;
    for (const src of ["runtime.js", "shared.js", "functions.js", "commands.js"].filter((s) => pageScripts().includes(s))) {
      expect(() => vm.runInContext(read(src), context, { filename: src })).not.toThrow();
    }
  });

  it("associates every function of functions.json when Excel's CustomFunctions is present", () => {
    const registered: string[] = [];
    const context = vm.createContext({
      console,
      CustomFunctions: { associate: (id: string) => registered.push(id), Error: class {}, ErrorCode: {} },
    });
    (context as { self?: unknown }).self = context;
    for (const src of ["runtime.js", "shared.js", "functions.js"].filter((s) => pageScripts().includes(s))) {
      vm.runInContext(read(src), context, { filename: src });
    }
    expect(registered.sort()).toEqual(readJson("functions.json").functions.map((f) => f.id).sort());
  });
});

describe("a build for a production URL under a path (--env url=https://addins.example.com/encours/)", () => {
  const PROD = "https://addins.example.com/encours/";
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "encours-prod-"));
  beforeAll(() => webpackBuild(["--env", `url=${PROD}`, "--env", `outputPath=${out}`]), 120000);
  afterAll(() => fs.rmSync(out, { recursive: true, force: true }));

  const readOut = (file: string): string => fs.readFileSync(path.join(out, file), "utf8");

  it("leaves no localhost URL in the manifest or the metadata", () => {
    for (const file of ["manifest.xml", "functions.json", "functions-fr.json"]) {
      expect({ file, localhost: readOut(file).includes("localhost") }).toEqual({ file, localhost: false });
    }
  });

  it("points the manifest and the help links at the production host", () => {
    expect(readOut("manifest.xml")).toContain(`DefaultValue="${PROD}taskpane.html"`);
    expect(readOut("manifest.xml")).toContain(`Value="${PROD}functions-fr.json"`);
    const english = JSON.parse(readOut("functions.json")) as Metadata;
    const french = JSON.parse(readOut("functions-fr.json")) as Metadata;
    expect(english.functions[0].helpUrl).toBe(`${PROD}help/en/${english.functions[0].id.toLowerCase()}.html`);
    expect(french.functions[0].helpUrl).toBe(`${PROD}help/fr/${french.functions[0].id.toLowerCase()}.html`);
  });

  it("ships a file for every https URL of the manifest and the metadata, all under the production URL", () => {
    const urls = new Set<string>();
    for (const file of ["manifest.xml", "functions.json", "functions-fr.json"]) {
      // Comments are prose: only attribute and JSON string values are addresses Office fetches.
      for (const match of readOut(file).replace(/<!--[\s\S]*?-->/g, "").matchAll(/https:\/\/[^"'<>\s]+/g)) urls.add(match[0]);
    }
    // (Microsoft's XML namespaces are http:// names, not addresses the add-in serves.)
    const served = [...urls];
    expect(served.length).toBeGreaterThan(40);
    for (const url of served) {
      expect({ url, underProduction: url.startsWith(PROD) }).toEqual({ url, underProduction: true });
      const file = path.join(out, decodeURIComponent(url.slice(PROD.length)));
      expect({ url, file: fs.existsSync(file) && fs.statSync(file).isFile() }).toEqual({ url, file: true });
    }
  });

  it("does not touch dist/", () => {
    expect(read("manifest.xml")).toContain("https://localhost:3000/taskpane.html");
  });
});
