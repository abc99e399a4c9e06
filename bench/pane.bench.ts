/**
 * Task pane budgets (issue 4): the scripts taskpane.html loads, gzipped, without office.js (≤ 150 KB), and
 * the first render in headless chromium (< 300 ms from navigation start to the first results painted, the
 * `encours:first-results` mark set by src/taskpane/taskpane.ts). Baselines from the same run: the scripts'
 * raw size, and the load time of an empty page served and opened the same way (server, browser, blocked
 * office.js), which is the floor no page goes under on this machine.
 *
 * The pane is built fresh into .tmp/bench/pane-dist, so the figures are those of the current sources.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { build, launch, openPane, repoRoot, serve } from "../testkit/browser-harness";
import { formatMs, formatRatio } from "./measure";
import type { BenchRow, BenchSection } from "./types";

const SIZE_GOAL_KB = 150;
const RENDER_GOAL_MS = 300;
const LOADS = 5;
const FIRST_RENDER_MARK = "encours:first-results";
const FIRST_CHART_MARK = "encours:first-chart";

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** The local scripts taskpane.html loads (office.js comes from Microsoft's CDN and is not ours to count). */
const paneScripts = (dist: string): string[] => {
  const html = readFileSync(path.join(dist, "taskpane.html"), "utf8");
  return [...html.matchAll(/<script\b[^>]*\bsrc=["']?([^"'\s>]+)/gi)].map((match) => match[1]).filter((src) => !/^https?:/i.test(src));
};

export const run: BenchSection = async () => {
  const dist = path.join(repoRoot(), ".tmp", "bench", "pane-dist");
  build(dist);
  writeFileSync(path.join(dist, "empty.html"), "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>empty</title></head><body></body></html>");

  const scripts = paneScripts(dist);
  const sizes = scripts.map((file) => {
    const bytes = readFileSync(path.join(dist, file));
    return { file, raw: bytes.length, gzip: gzipSync(new Uint8Array(bytes), { level: 9 }).length };
  });
  const raw = sizes.reduce((sum, size) => sum + size.raw, 0);
  const gzip = sizes.reduce((sum, size) => sum + size.gzip, 0);
  const pane = sizes.find((size) => size.file === "taskpane.js");

  const server = await serve(dist);
  const browser = await launch();
  const firstRender: number[] = [];
  const firstChart: number[] = [];
  const firstPaint: number[] = [];
  const emptyLoad: number[] = [];
  try {
    // One untimed load of each warms the server and the browser's process start, as the tests do not time.
    for (let i = 0; i <= LOADS; i++) {
      const empty = await openPane(browser, server.url, { page: "empty.html", waitReady: false });
      await empty.page.waitForLoadState("load");
      const loaded = await empty.page.evaluate(() => (performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming).loadEventEnd);
      await empty.close();
      const session = await openPane(browser, server.url);
      await session.page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, FIRST_CHART_MARK);
      // first-contentful-paint: the body is empty until the pane mounts, so the first paint with content is
      // the one that shows the first results. The mark is set once the main thread has painted that frame;
      // FCP is when the frame is presented, a little later.
      const [results, chart, paint] = await session.page.evaluate(
        (names) => names.map((name) => performance.getEntriesByName(name)[0]?.startTime ?? Number.NaN),
        [FIRST_RENDER_MARK, FIRST_CHART_MARK, "first-contentful-paint"],
      );
      await session.close();
      if (i === 0) continue;
      emptyLoad.push(loaded);
      firstRender.push(results);
      firstChart.push(chart);
      firstPaint.push(paint);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const render = median(firstRender);
  const chart = median(firstChart);
  const paint = median(firstPaint);
  const baseline = median(emptyLoad);

  const rows: BenchRow[] = [
    {
      figure: `Task pane scripts gzipped, without office.js (${scripts.join(", ")})`,
      value: kb(gzip),
      baseline: `raw (minified) ${kb(raw)}`,
      ratio: formatRatio(gzip / raw),
      goal: `≤ ${SIZE_GOAL_KB} KB`,
      met: gzip / 1024 <= SIZE_GOAL_KB,
    },
  ];
  if (pane) {
    rows.push({
      figure: "of which taskpane.js (the pane's own chunk; core, decimal.js and Chart.js are in shared.js)",
      value: kb(pane.gzip),
      baseline: `raw (minified) ${kb(pane.raw)}`,
      ratio: formatRatio(pane.gzip / pane.raw),
      goal: "",
      met: null,
    });
  }
  rows.push({
    figure: `Task pane first render in headless chromium (navigation start → first results painted, median of ${LOADS} loads)`,
    value: formatMs(render),
    baseline: `empty page, same server and browser: ${formatMs(baseline)}`,
    ratio: formatRatio(render / baseline),
    goal: `< ${RENDER_GOAL_MS} ms`,
    met: render < RENDER_GOAL_MS,
    ...(render < RENDER_GOAL_MS
      ? {}
      : { note: `${formatMs(render - baseline)} above the empty page: parsing the scripts and building the first tab; the machine's load adds to both` }),
  });
  rows.push({
    figure: "Task pane first contentful paint (the browser's own paint timing; the same frame as the first results)",
    value: formatMs(paint),
    baseline: `empty page: ${formatMs(baseline)}`,
    ratio: formatRatio(paint / baseline),
    goal: `< ${RENDER_GOAL_MS} ms`,
    met: paint < RENDER_GOAL_MS,
  });
  rows.push({
    figure: "Task pane first chart drawn (Chart.js, created the frame after the first results)",
    value: formatMs(chart),
    baseline: `empty page: ${formatMs(baseline)}`,
    ratio: formatRatio(chart / baseline),
    goal: "",
    met: null,
  });
  return rows;
};
