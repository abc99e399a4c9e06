#!/usr/bin/env node
/* eslint-disable @typescript-eslint/no-require-imports */
/* global require, __dirname, process, console, window, requestAnimationFrame */
/*
 * Screenshots of the task pane's tabs in French, 350 px wide (a task pane's usual width), for the
 * README: docs/screenshots/{affacturage,assurance-credit,dso,diagnostic}.png.
 *
 *   npm run build && node scripts/screenshots.js
 *   node scripts/screenshots.js --dist /path/to/other/dist --out docs/screenshots/before
 *
 * --dist serves another build (e.g. the previous release, for "before" pictures); --out writes elsewhere.
 *
 * It drives the built pane (dist/) in Debian's chromium through the browser tests' harness
 * (testkit/browser-harness.ts, bundled here with esbuild), in preview mode as the tests see it.
 */
const path = require("path");
const fs = require("fs");
const { buildSync } = require("esbuild");

const root = path.resolve(__dirname, "..");
const harnessFile = path.join(root, ".tmp", "screenshots", "harness.js");
buildSync({
  entryPoints: [path.join(root, "testkit", "browser-harness.ts")],
  bundle: true,
  platform: "node",
  packages: "external",
  outfile: harnessFile,
  logLevel: "warning",
});
const { ensureBuilt, launch, openPane, openTab, serve } = require(harnessFile);

const TABS = [
  { name: "Affacturage", file: "affacturage.png" },
  { name: "Assurance-crédit", file: "assurance-credit.png" },
  { name: "DSO", file: "dso.png" },
  { name: "Diagnostic", file: "diagnostic.png" },
  { name: "Créances", file: "creances.png" },
];

/** The value after a command-line flag, or undefined. */
const argument = (flag) => {
  const index = process.argv.indexOf(flag);
  return index >= 0 ? process.argv[index + 1] : undefined;
};

const main = async () => {
  const out = path.resolve(root, argument("--out") ?? path.join("docs", "screenshots"));
  fs.mkdirSync(out, { recursive: true });
  const dist = argument("--dist");
  const server = await serve(dist ? path.resolve(dist) : ensureBuilt());
  const browser = await launch();
  try {
    const session = await openPane(browser, server.url, { locale: "fr-FR", width: 350, height: 900 });
    for (const tab of TABS) {
      await openTab(session.page, tab.name);
      // Charts are created once Chart.js's chunk has loaded, the frame after their panel's figures are painted.
      await session.page.waitForTimeout(600);
      await session.page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => requestAnimationFrame(resolve)))));
      await session.page.evaluate(() => window.scrollTo(0, 0));
      await session.page.screenshot({ path: path.join(out, tab.file), fullPage: true });
      console.log(path.relative(root, path.join(out, tab.file)));
    }
    await session.close();
  } finally {
    await browser.close();
    await server.close();
  }
};

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
