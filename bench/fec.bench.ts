/**
 * FEC import: a 1 000 000-line FEC (≈ 130 MB of text, generated with known answers) through the core's streaming
 * reader in 64 KiB pieces, as a ratio to a plain `split("\n")` pass over the same text (the least any reader
 * must do: find the lines). The reader also finds 18 fields per line, parses dates and amounts to integer cents,
 * balances entries and matches lettering, so a ratio of 10–30 is expected; the goal is the wall time.
 */
import { generateFec } from "../scripts/fec/generate";
import { createFecReader } from "../src/core";
import { formatMs, formatRatio, medianMs } from "./measure";
import type { BenchRow, BenchSection } from "./types";

const LINES = 1_000_000;
const CHUNK = 1 << 16;
const GOAL_MS = 5000;

export const run: BenchSection = async () => {
  const generated = generateFec({ lines: LINES, customers: 2_000, seed: 12 });
  const text = generated.text;
  let openItems = 0;
  const readerMs = medianMs(() => {
    const reader = createFecReader();
    for (let i = 0; i < text.length; i += CHUNK) reader.push(text.slice(i, i + CHUNK));
    openItems = reader.end().summary.openItems;
  }, 3);
  let count = 0;
  const splitMs = medianMs(() => {
    count = text.split("\n").length;
  }, 5);
  const exact = Math.round(openItems * 100) === generated.expected.openItemsCents;
  const rows: BenchRow[] = [
    {
      figure: `FEC import, ${LINES.toLocaleString("en-US")} lines (${(text.length / 1e6).toFixed(0)} M characters, 64 KiB pieces)`,
      value: formatMs(readerMs),
      baseline: `split("\\n") of ${count.toLocaleString("en-US")} lines: ${formatMs(splitMs)}`,
      ratio: formatRatio(readerMs / splitMs),
      goal: `< ${GOAL_MS} ms`,
      met: readerMs < GOAL_MS && exact,
      note: exact ? "open items equal the generator's to the cent" : "open items differ from the generator's answer",
    },
  ];
  return rows;
};
