/**
 * A 10 000-row portfolio workbook in HyperFormula: per row the advance, the factoring cost and the indemnity;
 * on top the portfolio's DSO (countback over 36 months of sales) and expected loss. Once with ENCOURS
 * functions, once as the same model in native formulas (helper columns for the countback DSO), on the same data.
 *
 * - build: HyperFormula.buildFromSheets, i.e. parsing and evaluating every formula (opening the workbook);
 * - full recalculation: one batch that changes every parameter (advance, fee, financing and cover rates,
 *   receivables) and one exposure, so that every formula of the model is evaluated again (HyperFormula's
 *   rebuildAndRecalculate is not used: it turns spills into #SPILL!, HyperFormula issue #1745).
 * A second pair writes each column as one spilled formula (ENCOURS over the range) against native array
 * formulas (=A2:A10001*rate), the other way an analyst fills 10 000 rows.
 */
import type { RawCellContent } from "hyperformula";
import { EncoursWorkbook, type Registry } from "../test/support/hyperformula-host";
import { loadRegistry } from "../test/support/registry";
import { formatMs, formatRatio, medianMsWithSetup, seededRandom } from "./measure";
import type { BenchRow, BenchSection } from "./types";

const ROWS = 10_000;
const MONTHS = 36;
const FIRST = 2;
const LAST = ROWS + 1;

type Style = "encours" | "native";
type Layout = "per-row" | "spilled";

interface Data {
  rows: Array<{ amount: number; days: number; exposure: number; pd: number; lgd: number; limit: number }>;
  sales: number[];
}

function data(): Data {
  const random = seededRandom(10_000);
  const rows = Array.from({ length: ROWS }, () => {
    const exposure = Math.round(1_000 + random() ** 2 * 300_000);
    return {
      amount: Math.round(500 + random() * 99_500),
      days: 15 + Math.floor(random() * 106),
      exposure,
      pd: Math.round((0.002 + random() * 0.06) * 10_000) / 10_000,
      lgd: Math.round((0.3 + random() * 0.7) * 100) / 100,
      limit: random() < 0.2 ? 0 : Math.round(exposure * random()),
    };
  });
  const sales = Array.from({ length: MONTHS }, (_, m) => Math.round(8_000_000 * (1 + 0.2 * Math.sin((m / 12) * 2 * Math.PI))));
  return { rows, sales };
}

const P = "Paramètres";
const RATES = { advance: `${P}!$B$1`, fee: `${P}!$B$2`, financing: `${P}!$B$3`, cover: `${P}!$B$4`, receivables: `${P}!$B$5` };
const parameters = (): RawCellContent[][] => [["Taux d'avance", 0.9], ["Commission", 0.01], ["Financement", 0.05], ["Quotité", 0.9], ["Encours clients", 20_000_000]];

/** Portfolio sheet: A amount, B days, C exposure, D pd, E lgd, F credit limit (0 = none), G advance, H cost, I indemnity. */
function portfolio(d: Data, style: Style, layout: Layout): RawCellContent[][] {
  const sheet: RawCellContent[][] = [["Montant", "Jours", "Exposition", "PD", "LGD", "Limite", "Avance", "Coût", "Indemnité"]];
  const range = (col: string): string => `${col}${FIRST}:${col}${LAST}`;
  d.rows.forEach((r, i) => {
    const n = i + FIRST;
    let formulas: RawCellContent[];
    if (layout === "per-row") {
      formulas = style === "encours"
        ? [
          `=ENCOURS.FACTOR.ADVANCE(A${n},${RATES.advance})`,
          `=ENCOURS.FACTOR.COST(A${n},B${n},${RATES.fee},${RATES.financing},${RATES.advance})`,
          `=ENCOURS.CREDIT.INDEMNITY(C${n}*E${n},${RATES.cover},F${n})`,
        ]
        : [
          `=A${n}*${RATES.advance}`,
          `=MAX(A${n}*${RATES.fee},0)+A${n}*${RATES.advance}*${RATES.financing}*B${n}/360`,
          `=${RATES.cover}*MAX(0,MIN(C${n}*E${n},IF(F${n}>0,F${n},C${n}*E${n})))`,
        ];
    } else if (i === 0) {
      formulas = style === "encours"
        ? [
          `=ENCOURS.FACTOR.ADVANCE(${range("A")},${RATES.advance})`,
          `=ENCOURS.FACTOR.COST(${range("A")},${range("B")},${RATES.fee},${RATES.financing},${RATES.advance})`,
          `=ENCOURS.CREDIT.INDEMNITY(${range("C")}*${range("E")},${RATES.cover},${range("F")})`,
        ]
        : [
          `=${range("A")}*${RATES.advance}`,
          `=(${range("A")}*${RATES.fee}>0)*${range("A")}*${RATES.fee}+${range("A")}*${RATES.advance}*${RATES.financing}*${range("B")}/360`,
          `=${RATES.cover}*IF(${range("F")}>0,IF(${range("C")}*${range("E")}<${range("F")},${range("C")}*${range("E")},${range("F")}),${range("C")}*${range("E")})`,
        ];
    } else {
      formulas = [null, null, null];
    }
    sheet.push([r.amount, r.days, r.exposure, r.pd, r.lgd, r.limit, ...formulas]);
  });
  return sheet;
}

/** Sales sheet, oldest first in A1:A36; native style adds the countback's helper columns. */
function ventes(d: Data, style: Style): RawCellContent[][] {
  return d.sales.map((s, i) => {
    const n = i + 1;
    if (style === "encours") return [s];
    // B: sales from this month to the latest (cumulative, newest backwards); C: days this month counts.
    const newer = n === MONTHS ? "0" : `B${n + 1}`;
    return [s, `=A${n}+${newer}`, `=IF(B${n}<=${RATES.receivables},30,IF(${newer}<${RATES.receivables},(${RATES.receivables}-${newer})/A${n}*30,0))`];
  });
}

function synthese(style: Style): RawCellContent[][] {
  const r = (col: string): string => `Portefeuille!${col}${FIRST}:${col}${LAST}`;
  return style === "encours"
    ? [["DSO", `=ENCOURS.DSO(${RATES.receivables},Ventes!A1:A${MONTHS})`], ["Perte attendue", `=ENCOURS.CREDIT.EXPECTEDLOSS(${r("C")},${r("D")},${r("E")})`],
      ["Total avances", `=SUM(${r("G")})`], ["Total coûts", `=SUM(${r("H")})`], ["Total indemnités", `=SUM(${r("I")})`]]
    : [["DSO", `=SUM(Ventes!C1:C${MONTHS})`], ["Perte attendue", `=SUMPRODUCT(${r("C")},${r("D")},${r("E")})`],
      ["Total avances", `=SUM(${r("G")})`], ["Total coûts", `=SUM(${r("H")})`], ["Total indemnités", `=SUM(${r("I")})`]];
}

const sheetsOf = (d: Data, style: Style, layout: Layout): Record<string, RawCellContent[][]> => ({
  [P]: parameters(), Portefeuille: portfolio(d, style, layout), Ventes: ventes(d, style), Synthèse: synthese(style),
});

function fullRecalculation(wb: EncoursWorkbook, round: number): void {
  const sheet = (name: string): number => wb.sheetId(name);
  wb.hf.batch(() => {
    const k = round % 2 === 0 ? 1 : -1;
    wb.hf.setCellContents({ sheet: sheet(P), row: 0, col: 1 }, 0.9 - 0.05 * k);
    wb.hf.setCellContents({ sheet: sheet(P), row: 1, col: 1 }, 0.01 + 0.002 * k);
    wb.hf.setCellContents({ sheet: sheet(P), row: 2, col: 1 }, 0.05 + 0.01 * k);
    wb.hf.setCellContents({ sheet: sheet(P), row: 3, col: 1 }, 0.9 - 0.1 * k);
    wb.hf.setCellContents({ sheet: sheet(P), row: 4, col: 1 }, 20_000_000 + 1_000_000 * k);
    wb.hf.setCellContents({ sheet: sheet("Portefeuille"), row: 1, col: 2 }, 50_000 + 1_000 * k);
  });
}

/** Both models give the same totals (a benchmark of two different models would mean nothing). */
function agreement(registry: Registry, d: Data, layout: Layout): number {
  const a = EncoursWorkbook.build(registry, sheetsOf(d, "encours", layout));
  const b = EncoursWorkbook.build(registry, sheetsOf(d, "native", layout));
  let worst = 0;
  for (let row = 1; row <= 5; row++) {
    const x = a.value("Synthèse", `B${row}`);
    const y = b.value("Synthèse", `B${row}`);
    if (typeof x !== "number" || typeof y !== "number") throw new Error(`Synthèse!B${row}: ${JSON.stringify(x)} vs ${JSON.stringify(y)}`);
    worst = Math.max(worst, Math.abs(x - y) / Math.max(1, Math.abs(y)));
  }
  a.destroy();
  b.destroy();
  return worst;
}

export const run: BenchSection = async () => {
  const registry = (await loadRegistry()).functions;
  const d = data();
  const rows: BenchRow[] = [];
  const times: Record<string, number> = {};
  for (const layout of ["per-row", "spilled"] as const) {
    const disagreement = agreement(registry, d, layout);
    const build = (style: Style): number => medianMsWithSetup(() => sheetsOf(d, style, layout),
      (sheets) => EncoursWorkbook.build(registry, sheets), () => undefined, 3, 1);
    const recalc = (style: Style): number => {
      let round = 0;
      return medianMsWithSetup(() => EncoursWorkbook.build(registry, sheetsOf(d, style, layout)),
        (wb) => fullRecalculation(wb, round++), (wb) => wb.destroy(), 3, 1);
    };
    const what = layout === "per-row"
      ? `${ROWS.toLocaleString("en-US")} rows × 3 formulas + DSO (36 months) + expected loss`
      : `3 spilled columns of ${ROWS.toLocaleString("en-US")} rows + DSO + expected loss`;
    const baselineWhat = layout === "per-row" ? "native formulas" : "native array formulas";
    for (const [phase, measure] of [["build", build], ["full recalculation", recalc]] as const) {
      const encours = measure("encours");
      const native = measure("native");
      const ratio = encours / native;
      times[`${layout} ${phase} encours`] = encours;
      times[`${layout} ${phase} native`] = native;
      rows.push({
        figure: `${what}: ${phase} (ENCOURS vs ${baselineWhat})`,
        value: formatMs(encours),
        baseline: `${baselineWhat}: ${formatMs(native)}`,
        ratio: formatRatio(ratio),
        goal: "ratio ≤ 1.0",
        met: ratio <= 1,
        note: ratio <= 1 ? `totals agree to ${disagreement.toExponential(1)} (relative)`
          : `missed by ×${ratio.toFixed(1)}: a native cell is a few double operations inside HyperFormula, an ENCOURS cell is a call `
            + "into JavaScript that reads its arguments, checks them and computes in decimal.js (see the element-wise rows); "
            + `totals agree to ${disagreement.toExponential(1)} (relative)`,
      });
    }
  }
  for (const phase of ["build", "full recalculation"]) {
    const encours = times[`spilled ${phase} encours`];
    const native = times[`per-row ${phase} native`];
    rows.push({
      figure: `the same model, each written the usual way: spilled ENCOURS columns vs per-row native formulas, ${phase}`,
      value: formatMs(encours),
      baseline: `per-row native formulas: ${formatMs(native)}`,
      ratio: formatRatio(encours / native),
      goal: "",
      met: null,
      note: "informative only (different layouts); the like-for-like rows above carry the goal",
    });
  }
  return rows;
};
