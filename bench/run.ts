/**
 * `npm run bench`: runs every benchmark section (bench/<name>.bench.ts exporting `run: BenchSection`), prints
 * one table and writes it to docs/PERFORMANCE.md with the date and the machine.
 *
 * Each section is bundled on its own with esbuild at run time, so a section that is missing, or that does not
 * build yet, prints "not available" instead of stopping the others.
 */
import "../testkit/customFunctions";
import { buildSync } from "esbuild";
import { existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import type { BenchRow, BenchSection } from "./types";

/** Sections every run reports, in this order; any other bench/*.bench.ts follows. */
const EXPECTED = ["workbook", "elementwise", "columns", "dso", "apr", "creditriskplus", "exact", "pane"];

interface SectionResult {
  name: string;
  rows: BenchRow[];
  unavailable?: string;
  seconds: number;
}

const root = process.cwd();
const loadAtStart = os.loadavg();
const benchDir = path.join(root, "bench");
const outDir = path.join(root, ".tmp", "bench");
const load = createRequire(path.join(outDir, "run.js"));

function sectionNames(): string[] {
  const present = readdirSync(benchDir).filter((f) => f.endsWith(".bench.ts")).map((f) => f.replace(/\.bench\.ts$/, ""));
  return [...EXPECTED, ...present.filter((n) => !EXPECTED.includes(n)).sort()];
}

async function runSection(name: string): Promise<SectionResult> {
  const source = path.join(benchDir, `${name}.bench.ts`);
  const start = performance.now();
  const seconds = (): number => (performance.now() - start) / 1000;
  if (!existsSync(source)) return { name, rows: [], unavailable: `not available (bench/${name}.bench.ts does not exist yet)`, seconds: 0 };
  const outfile = path.join(outDir, `${name}.bench.js`);
  try {
    buildSync({ entryPoints: [source], bundle: true, platform: "node", packages: "external", outfile, logLevel: "silent", sourcemap: false });
  } catch (error) {
    const first = (error as { errors?: Array<{ text: string }> }).errors?.[0]?.text ?? String(error);
    return { name, rows: [], unavailable: `not available (does not build: ${first})`, seconds: seconds() };
  }
  try {
    const section = (load(outfile) as { run?: BenchSection }).run;
    if (typeof section !== "function") return { name, rows: [], unavailable: "not available (exports no `run`)", seconds: seconds() };
    const rows = await section();
    return { name, rows, seconds: seconds() };
  } catch (error) {
    return { name, rows: [], unavailable: `not available (failed: ${error instanceof Error ? error.message : String(error)})`, seconds: seconds() };
  }
}

const escapeCell = (text: string): string => text.replace(/\|/g, "\\|").replace(/\n/g, " ");
const metText = (met: boolean | null): string => (met === null ? "–" : met ? "yes" : "**no**");

function machine(): string {
  const cpus = os.cpus();
  return `${os.type()} ${os.release()} (${os.arch()}), ${cpus[0]?.model?.trim() ?? "unknown CPU"}, ${cpus.length} cores, `
    + `${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM, Node ${process.version}`;
}

function markdown(results: SectionResult[], totalSeconds: number): string {
  const date = new Date().toISOString().replace("T", " ").replace(/\.\d+Z$/, " UTC");
  const lines = [
    "# Performance",
    "",
    "Written by `npm run bench` (bench/run.ts); do not edit by hand, run the benchmark again.",
    "Every figure is the median of several runs, compared with a baseline measured in the same run, so the ratios",
    "hold from one machine to another better than the absolute times do.",
    "",
    `- Date: ${date}`,
    `- Machine: ${machine()}`,
    `- Whole run: ${totalSeconds.toFixed(0)} s; load average at start ${loadAtStart.map((l) => l.toFixed(2)).join(" / ")} (1/5/15 min): `
      + "on a shared machine other jobs slow both sides of a ratio, the absolute times more than the ratios",
    "",
    "| Section | Figure | Value | Baseline | Ratio | Goal | Met | Note |",
    "|---|---|---|---|---|---|---|---|",
  ];
  for (const r of results) {
    if (r.unavailable) {
      lines.push(`| ${r.name} | ${escapeCell(r.unavailable)} | | | | | | |`);
      continue;
    }
    for (const row of r.rows) {
      lines.push(`| ${r.name} | ${escapeCell(row.figure)} | ${escapeCell(row.value)} | ${escapeCell(row.baseline)} | ${row.ratio} | `
        + `${escapeCell(row.goal)} | ${metText(row.met)} | ${escapeCell(row.note ?? "")} |`);
    }
  }
  return `${lines.join("\n")}\n`;
}

function printTable(results: SectionResult[]): void {
  for (const r of results) {
    console.log(`\n== ${r.name} (${r.seconds.toFixed(1)} s)`);
    if (r.unavailable) {
      console.log(`   ${r.unavailable}`);
      continue;
    }
    for (const row of r.rows) {
      const met = row.met === null ? "" : row.met ? "  [goal met]" : "  [GOAL MISSED]";
      console.log(`   ${row.figure}\n     ${row.value}  vs  ${row.baseline}  ratio ${row.ratio}  ${row.goal ? `goal ${row.goal}` : ""}${met}`);
      if (row.note) console.log(`     note: ${row.note}`);
    }
  }
}

async function main(): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  const start = performance.now();
  const only = process.argv.slice(2);
  const results: SectionResult[] = [];
  for (const name of sectionNames().filter((n) => only.length === 0 || only.includes(n))) {
    process.stdout.write(`running ${name}…\n`);
    results.push(await runSection(name));
  }
  const totalSeconds = (performance.now() - start) / 1000;
  printTable(results);
  console.log(`\nmachine: ${machine()}\nwhole run: ${totalSeconds.toFixed(1)} s`);
  if (only.length === 0) {
    mkdirSync(path.join(root, "docs"), { recursive: true });
    writeFileSync(path.join(root, "docs", "PERFORMANCE.md"), markdown(results, totalSeconds));
    console.log("written: docs/PERFORMANCE.md");
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
