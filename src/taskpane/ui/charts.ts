/**
 * Charts through Chart.js, with only the parts the pane uses registered (bars, lines, two scale types,
 * legend, tooltip) so that the bundle stays small. Animations are off: the pane recalculates as the user
 * types, and a chart that moves on every keystroke is noise.
 */
import type { BarChart, LineChart } from "./chartLibrary";
import { h } from "./dom";

export type { BarChart, BarSeries, LineChart, LineSeries } from "./chartLibrary";

/** The chart library's module, loaded with the first chart (its own chunk: Chart.js is not in the first scripts). */
export type ChartLibrary = typeof import("./chartLibrary");
let library: Promise<ChartLibrary> | undefined;
const chartLibrary = (): Promise<ChartLibrary> => (library ??= import("./chartLibrary"));

/** Fluent 2 colours: brand blue, neutral grey, and the status colours for losses and cover. */
export const COLOURS = {
  brand: "#0f6cbd",
  brandLight: "#b4d6fa",
  neutral: "#9e9e9e",
  neutralLight: "#d1d1d1",
  loss: "#c50f1f",
  cover: "#107c10",
} as const;

/** performance.mark name set when the first chart has been drawn (bench/pane.bench.ts reports it). */
export const FIRST_CHART_MARK = "encours:first-chart";
let firstChartMarked = false;

/**
 * A chart created one frame after its figures are painted, once the chart library has loaded: creating a
 * Chart.js chart measures the page (a forced layout) and draws the canvas, which is not worth holding the first
 * results back for. Updates made before it exists are kept and applied when it is created.
 */
export class DeferredChart<C extends { destroy(): void }> {
  private chart: C | undefined;
  private pending: ((chart: C) => void) | undefined;
  private destroyed = false;

  constructor(create: (library: ChartLibrary) => C) {
    requestAnimationFrame(() =>
      requestAnimationFrame(async () => {
        const lib = await chartLibrary();
        if (this.destroyed) return;
        const chart = create(lib);
        this.chart = chart;
        this.pending?.(chart);
        this.pending = undefined;
        if (!firstChartMarked && typeof performance.mark === "function") performance.mark(FIRST_CHART_MARK);
        firstChartMarked = true;
      }),
    );
  }

  update(apply: (chart: C) => void): void {
    if (this.chart) apply(this.chart);
    else this.pending = apply;
  }

  destroy(): void {
    this.destroyed = true;
    this.chart?.destroy();
  }
}

/** A titled chart area: the canvas carries role="img" and a text alternative kept up to date. */
export class ChartBox {
  readonly element: HTMLElement;
  readonly canvas: HTMLCanvasElement;
  private readonly fallback: HTMLElement;

  constructor(title: string, size: "small" | "medium" = "medium") {
    this.fallback = h("p");
    this.canvas = h("canvas", { attrs: { role: "img" } }, this.fallback);
    this.element = h("figure", { class: "chart" }, h("figcaption", { class: "chart-title", text: title }), h("div", { class: `chart-area chart-${size}` }, this.canvas));
  }

  describe(text: string): void {
    this.canvas.setAttribute("aria-label", text);
    this.fallback.textContent = text;
  }
}

/** Replaces a bar chart's labels and data without rebuilding it. */
export const updateBars = (chart: BarChart, labels: string[], data: number[][]): void => {
  chart.data.labels = labels;
  chart.data.datasets.forEach((dataset, index) => {
    dataset.data = data[index] ?? [];
  });
  chart.update("none");
};

/** Replaces a line chart's series (the x axis follows them, with round ticks). */
export const updateLines = (chart: LineChart, points: Array<Array<{ x: number; y: number }>>): void => {
  chart.data.datasets.forEach((dataset, index) => {
    dataset.data = points[index] ?? [];
  });
  chart.update("none");
};
