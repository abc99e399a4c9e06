/**
 * Chart.js, with only the parts the pane uses registered (bars, lines, two scale types, legend, tooltip), and
 * the pane's two chart builders. Loaded on demand by ui/charts.ts (DeferredChart): its own chunk. Animations are
 * off: the pane recalculates as the user types, and a chart that moves on every keystroke is noise.
 */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  type ChartDataset,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from "chart.js";

Chart.register(BarController, BarElement, CategoryScale, LinearScale, LineController, LineElement, PointElement, Legend, Tooltip);
Chart.defaults.font.family = '"Segoe UI", "Segoe UI Web (West European)", -apple-system, BlinkMacSystemFont, Roboto, "Helvetica Neue", sans-serif';
Chart.defaults.font.size = 11;
Chart.defaults.color = "#424242";
Chart.defaults.borderColor = "#e0e0e0";
Chart.defaults.animation = false;
Chart.defaults.maintainAspectRatio = false;
Chart.defaults.plugins.legend.labels.boxWidth = 10;
Chart.defaults.plugins.legend.labels.boxHeight = 10;

export type BarChart = Chart<"bar", number[], string>;
export type LineChart = Chart<"line", Array<{ x: number; y: number }>>;

export interface BarSeries {
  label: string;
  /** One colour, or one per bar. */
  colour: string | string[];
  data: number[];
}

/** A bar chart over categories; `overlay` draws the series over each other (a part over its whole). */
export const barChart = (
  box: { canvas: HTMLCanvasElement },
  options: { labels: string[]; series: BarSeries[]; format: (value: number) => string; overlay?: boolean; legend?: boolean },
): BarChart =>
  new Chart<"bar", number[], string>(box.canvas, {
    type: "bar",
    data: { labels: options.labels, datasets: options.series.map((series, index) => barDataset(series, index, options.overlay)) },
    options: {
      datasets: { bar: { grouped: !options.overlay, maxBarThickness: 36, borderRadius: 2 } },
      scales: {
        y: { beginAtZero: true, ticks: { callback: (value: string | number) => options.format(Number(value)), maxTicksLimit: 5 } },
        x: { grid: { display: false }, ticks: { maxRotation: 0, autoSkip: true, autoSkipPadding: 2 } },
      },
      plugins: {
        legend: { display: options.legend ?? options.series.length > 1, position: "bottom" },
        tooltip: { callbacks: { label: (item) => `${item.dataset.label ?? ""}: ${options.format(Number(item.raw))}` } },
      },
    },
  });

// Overlaid bars: the first series (the whole) is drawn behind and wider than the next (its part).
const barDataset = (series: BarSeries, index: number, overlay?: boolean): ChartDataset<"bar", number[]> => ({
  label: series.label,
  data: series.data,
  backgroundColor: series.colour,
  ...(overlay ? { order: -index, barPercentage: index === 0 ? 0.9 : 0.6 } : {}),
});

export interface LineSeries {
  label: string;
  colour: string;
  points: Array<{ x: number; y: number }>;
}

/** A line chart on a numeric x axis (a distribution function); `xMax` trims the far tail. */
export const lineChart = (
  box: { canvas: HTMLCanvasElement },
  options: { series: LineSeries[]; formatX: (value: number) => string; formatY: (value: number) => string },
): LineChart =>
  new Chart<"line", Array<{ x: number; y: number }>>(box.canvas, {
    type: "line",
    data: {
      datasets: options.series.map((series) => ({
        label: series.label,
        data: series.points,
        borderColor: series.colour,
        backgroundColor: series.colour,
        borderWidth: 2,
        pointRadius: 0,
        stepped: "before" as const,
      })),
    },
    options: {
      parsing: false,
      scales: {
        x: { type: "linear", min: 0, ticks: { callback: (value: string | number) => options.formatX(Number(value)), maxTicksLimit: 4 } },
        y: { max: 1, ticks: { callback: (value: string | number) => options.formatY(Number(value)), maxTicksLimit: 5 } },
      },
      interaction: { mode: "nearest", intersect: false },
      plugins: {
        legend: { position: "bottom" },
        tooltip: {
          callbacks: {
            title: (items) => (items.length > 0 ? options.formatX(Number(items[0].parsed.x)) : ""),
            label: (item) => `${item.dataset.label ?? ""}: ${options.formatY(Number(item.parsed.y))}`,
          },
        },
      },
    },
  });

