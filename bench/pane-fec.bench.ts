/**
 * FEC import in the task pane (issue "Receivables from the books", pane part): a generated FEC of 1 000 000
 * lines (FEC_BENCH_LINES overrides) chosen in the Créances tab of the built pane in headless chromium, read in
 * pieces and analysed in the FEC worker. Figures:
 * - wall time from the file input's change event to the figures in the DOM (in-page clock), goal < 5 s; the
 *   baseline is the core reader alone in Node on the same text (bench/fec.bench.ts's measure), the least the
 *   pane can take;
 * - peak memory of the pane's renderer (worker included: same process), the highest VmHWM in /proc of the
 *   renderer processes CDP lists, goal < 600 MB; baseline: the same peak before the import (the pane open);
 * - the longest task on the main thread during the import (PerformanceObserver "longtask"), goal ≤ 200 ms.
 *
 * Runs alone: npx esbuild bench/pane-fec.bench.ts --bundle --platform=node --packages=external --outfile=/tmp/pane-fec.js && node /tmp/pane-fec.js
 */
import { readFileSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
// Renamed: the functions handed to page.evaluate use the page's own `performance`.
import { performance as nodePerformance } from "node:perf_hooks";
import { generateFec } from "../scripts/fec/generate";
import { createFecReader, createFecTextDecoder } from "../src/core";
import { build, launch, openPane, openTab, repoRoot, serve } from "../testkit/browser-harness";
import { formatMs, formatRatio } from "./measure";
import type { BenchRow, BenchSection } from "./types";

const LINES = Number(process.env.FEC_BENCH_LINES ?? 1_000_000);
const TIME_GOAL_MS = 5000;
const MEMORY_GOAL_MB = 600;
const LONG_TASK_GOAL_MS = 200;
const PIECE = 4 * 1024 * 1024;

const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

/** Peak resident memory (VmHWM) of a process, in bytes; 0 when /proc cannot tell. */
const peakRss = (pid: number): number => {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
};

export const run: BenchSection = async () => {
  const tmp = path.join(repoRoot(), ".tmp", "bench");
  const dist = path.join(tmp, "pane-fec-dist");
  mkdirSync(tmp, { recursive: true });
  build(dist);
  const generated = generateFec({ lines: LINES, customers: 2_000, seed: 12 });
  const bytes = generated.bytes();
  const file = path.join(tmp, "pane-fec.txt");
  writeFileSync(file, bytes);

  // Baseline: the core's decoder and reader alone in Node, same pieces.
  const startNode = nodePerformance.now();
  const decoder = createFecTextDecoder();
  const reader = createFecReader();
  for (let i = 0; i < bytes.length; i += PIECE) reader.push(decoder.decode(bytes.subarray(i, i + PIECE)));
  reader.push(decoder.end());
  reader.end();
  const nodeMs = nodePerformance.now() - startNode;

  const server = await serve(dist);
  const browser = await launch();
  try {
    const session = await openPane(browser, server.url);
    const { page } = session;
    await openTab(page, "Créances");
    await page.evaluate(() => {
      const w = window as unknown as { benchLongTasks: number[]; benchStart: number; benchEnd: number };
      w.benchLongTasks = [];
      new PerformanceObserver((list) => list.getEntries().forEach((entry) => w.benchLongTasks.push(entry.duration))).observe({ type: "longtask", buffered: false });
      document.querySelector("#recv-file")?.addEventListener("change", () => (w.benchStart = performance.now()));
      new MutationObserver((_records, observer) => {
        if (document.querySelector(".recv-summary")) {
          w.benchEnd = performance.now();
          observer.disconnect();
        }
      }).observe(document.body, { childList: true, subtree: true });
    });
    const cdp = await browser.newBrowserCDPSession();
    const rendererPeak = async (): Promise<number> => {
      const info = (await cdp.send("SystemInfo.getProcessInfo")) as { processInfo: Array<{ type: string; id: number }> };
      return Math.max(0, ...info.processInfo.filter((process) => process.type === "renderer").map((process) => peakRss(process.id)));
    };
    // The renderer's peak before the import: the pane open on the Créances tab, its floor.
    const before = await rendererPeak();
    await page.locator("#recv-file").setInputFiles(file);
    await page.waitForSelector(".recv-summary", { timeout: 120000 });
    const measured = await page.evaluate(() => {
      const w = window as unknown as { benchLongTasks: number[]; benchStart: number; benchEnd: number };
      const memory = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory;
      return { ms: w.benchEnd - w.benchStart, longTasks: w.benchLongTasks, heap: memory?.usedJSHeapSize ?? 0 };
    });
    const summary = await page.locator(".recv-summary").textContent();
    const peak = await rendererPeak();
    await session.close();

    const longest = Math.max(0, ...measured.longTasks);
    const exact = (summary ?? "").includes("Rapprochement exact au centime.");
    const rows: BenchRow[] = [
      {
        figure: `FEC import in the pane, ${LINES.toLocaleString("en-US")} lines (${mb(bytes.length)}), change event → figures shown (worker, 4 MiB pieces)`,
        value: formatMs(measured.ms),
        baseline: `core decoder + reader alone in Node: ${formatMs(nodeMs)}`,
        ratio: formatRatio(measured.ms / nodeMs),
        goal: `< ${TIME_GOAL_MS} ms`,
        met: measured.ms < TIME_GOAL_MS && exact,
        note: exact ? "reconciled to the cent on screen" : "the reconciliation on screen is not exact",
      },
      {
        figure: "Peak memory of the pane's renderer process during the import (worker included; VmHWM)",
        value: mb(peak),
        baseline: `renderer before the import: ${mb(before)}; main-thread JS heap after it: ${mb(measured.heap)}`,
        ratio: formatRatio(before > 0 ? peak / before : 0),
        goal: `< ${MEMORY_GOAL_MB} MB`,
        met: peak > 0 && peak < MEMORY_GOAL_MB * 1024 * 1024,
      },
      {
        figure: `Longest main-thread task during the import (${measured.longTasks.length} long tasks over 50 ms)`,
        value: formatMs(longest),
        baseline: `import wall time: ${formatMs(measured.ms)}`,
        ratio: formatRatio(longest / measured.ms),
        goal: `≤ ${LONG_TASK_GOAL_MS} ms`,
        met: longest <= LONG_TASK_GOAL_MS,
      },
    ];
    return rows;
  } finally {
    await browser.close();
    await server.close();
  }
};

// Standalone: print the rows (npm run bench loads `run` instead).
if (require.main === module) {
  run().then((rows) => console.table(rows), (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
