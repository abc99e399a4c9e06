#!/usr/bin/env node
/* eslint-disable @typescript-eslint/no-require-imports */
/* global require, __dirname, process, console, window, requestAnimationFrame */
/*
 * Screenshots of the task pane's four tabs in French, 360 px wide (a task pane's usual width), for the
 * README: docs/screenshots/{affacturage,assurance-credit,dso,diagnostic}.png.
 *
 *   npm run build && node scripts/screenshots.js
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
];

const main = async () => {
  const out = path.join(root, "docs", "screenshots");
  fs.mkdirSync(out, { recursive: true });
  const server = await serve(ensureBuilt());
  const browser = await launch();
  try {
    const session = await openPane(browser, server.url, { locale: "fr-FR", width: 360, height: 900 });
    for (const tab of TABS) {
      await openTab(session.page, tab.name);
      // Charts are created the frame after their panel's figures are painted.
      await session.page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => requestAnimationFrame(resolve)))));
      await session.page.evaluate(() => window.scrollTo(0, 0));
      await session.page.screenshot({ path: path.join(out, tab.file), fullPage: true });
      console.log(`docs/screenshots/${tab.file}`);
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
