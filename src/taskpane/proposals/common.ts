/** Pieces every proposal sheet shares: the header, the notice, the closing note, computed values, and startProposal, through which every builder starts, writes its rows and ends. */
import { PARAMETERS, type ParameterName } from "../../catalogue";
import { isCoreError, POLICY_DEFAULTS } from "../../core";
import { type Language, localeOf, TEXT, type TextKey, type Translate, translator } from "../i18n";
import { formula, type Content, SheetLayout, value } from "./layout";
import type { CellFormat, ChartSpec, ProposalSheet } from "./types";

/** The language of a proposal sheet. */
export type ProposalLanguage = Language;
export type Variant = "live" | "shareable";

/** The broker who hands the proposal over: name and ORIAS registration number (8 digits). */
export interface Broker {
  name: string;
  orias: string;
}

/** What a proposal a broker can sign carries beside the figures (kept in the pane's settings). */
export interface ProposalHeader {
  broker: Broker | null;
  /** The day the proposal is drawn up, "YYYY-MM-DD". */
  date: string;
  /** Days the proposal stays valid from that date (default {@link DEFAULT_VALIDITY_DAYS}). */
  validityDays: number;
}

/** A proposal's validity when the broker states none: 30 days. */
export const DEFAULT_VALIDITY_DAYS = 30;

/** The products a simulator's sheet speaks of: they decide its terms and exclusions block. */
export type Product = "factoring" | "insurance";

export interface ProposalOptions {
  variant: Variant;
  language: ProposalLanguage;
  /** The simulator whose sheet this is (set by buildProposal): picks the terms block. */
  kind?: string;
  /** Broker, date and validity; without it the sheet has the title, client and notice only. */
  header?: ProposalHeader;
}

/** The products each simulator's sheet speaks of; a simulator not listed gets the general terms only. */
const PRODUCTS: Readonly<Record<string, readonly Product[]>> = {
  factoring: ["factoring"],
  offers: ["factoring"],
  insurance: ["insurance"],
  diagnostic: ["factoring", "insurance"],
};

export type { Translate } from "../i18n";

/** The label of a parameter's row: the catalogue's, the same as the pane's field. */
const parameterLabel = (language: Language) => (name: ParameterName): string => PARAMETERS[name].label[language];

/** The notice every proposal sheet carries. */
export const NOTICE = TEXT.sheetNotice;

/** A "YYYY-MM-DD" day, written out in the sheet's language (1 décembre 2026, 1 December 2026). */
export const longDate = (day: string, language: Language): string =>
  new Intl.DateTimeFormat(localeOf(language), { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(`${day}T00:00:00Z`));

/** The day `days` after a "YYYY-MM-DD" day, in the same form. */
export const addDays = (day: string, days: number): string => new Date(Date.parse(`${day}T00:00:00Z`) + days * 86400000).toISOString().slice(0, 10);

/** What writeHeader was told, for the closing block of the same sheet. */
const headers = new WeakMap<SheetLayout, ProposalOptions>();

/**
 * Title (A1), client name (A2:B2) and the notice (A3); with `options.header`, the broker and their ORIAS
 * number, the date and the validity below, then a blank row. Given `options`, the closing note of the same
 * sheet adds the terms block (writeClosingNote).
 */
const writeHeader = (layout: SheetLayout, t: Translate, title: string, clientName: string, options?: ProposalOptions): void => {
  layout.put(0, layout.takeRow(), value(title), "text", "title");
  const clientRow = layout.takeRow();
  layout.put(0, clientRow, value(t("sheetClient")), "text", "label");
  layout.put(1, clientRow, value(clientName.trim() === "" ? "—" : clientName), "text", "client");
  layout.put(0, layout.takeRow(), value(t("sheetNotice")), "text", "notice");
  if (!options) return;
  headers.set(layout, options);
  const header = options.header;
  if (!header) return;
  const line = (label: string, text: string, role: "client" | "note" = "note"): void => {
    const row = layout.takeRow();
    layout.put(0, row, value(label), "text", "label");
    layout.put(1, row, value(text), "text", role);
  };
  if (header.broker) {
    line(t("sheetBroker"), header.broker.name, "client");
    line(t("sheetOrias"), header.broker.orias);
  }
  line(t("sheetDate"), longDate(header.date, options.language));
  line(t("sheetValidUntil"), t("sheetValidity", { date: longDate(addDays(header.date, header.validityDays), options.language), days: header.validityDays }));
  layout.skip();
};

/**
 * The terms a broker hands over with the figures: where each rate comes from and when it was typed, the
 * HT/TTC convention, the taxes, the approval of the buyers and the main exclusions, for the products the
 * sheet speaks of.
 */
const writeTerms = (layout: SheetLayout, t: Translate, options: ProposalOptions): void => {
  const language = options.language;
  const typedOn = options.header ? longDate(options.header.date, language) : "";
  const products = PRODUCTS[options.kind ?? ""] ?? [];
  const percent = (rate: number): string => new Intl.NumberFormat(localeOf(language), { style: "percent", maximumFractionDigits: 2 }).format(rate);
  const lines: string[] = [typedOn === "" ? t("sheetTermsRatesTyped") : t("sheetTermsRatesTypedOn", { date: typedOn }), t("sheetTermsHtTtc")];
  if (products.includes("factoring")) {
    lines.push(t("sheetTermsFinancingRate"), t("sheetTermsFactoringTaxes"), t("sheetTermsFactorApproval"), t("sheetTermsFactoringExclusions"));
  }
  if (products.includes("insurance")) {
    lines.push(t("sheetTermsInsuranceTax", { rate: percent(POLICY_DEFAULTS.insuranceTaxRate) }), t("sheetTermsInsurerApproval"), t("sheetTermsInsuranceExclusions"));
  }
  layout.skip();
  layout.heading(t("sheetTermsHeading"));
  for (const text of lines) layout.put(0, layout.takeRow(), value(text), "text", "note");
};

/** The closing note saying what recalculates and what was computed once. */
const writeClosingNote = (layout: SheetLayout, t: Translate, variant: Variant): void => {
  layout.skip();
  const text =
    variant === "live"
      ? t("sheetEncoursFormulasRecalculateWithThe")
      : t("sheetNativeExcelFormulasReadableWithout");
  layout.put(0, layout.takeRow(), value(text), "text", "note");
  const options = headers.get(layout);
  if (options) writeTerms(layout, t, options);
};

/**
 * A value computed with the core at insertion (shareable variant): the number, or — when the core refuses
 * the inputs — its message as text, so that no NaN or undefined reaches a cell.
 */
const computed = (compute: () => number, format: CellFormat, language: ProposalLanguage): { content: Content; format: CellFormat } => {
  try {
    const result = compute();
    if (Number.isFinite(result)) return { content: value(result), format };
    return { content: value(TEXT.sheetNotAvailable[language]), format: "text" };
  } catch (error) {
    if (isCoreError(error)) return { content: value(error.messageIn(language)), format: "text" };
    throw error;
  }
};

/** The formula in the live variant, the other content in the shareable one. */
export const liveOr = (variant: Variant, live: string, shareable: string): Content => formula(variant === "live" ? live : shareable);

/** A sheet name from the simulator's title and the client's name. */
const baseNameOf = (kindName: string, clientName: string): string => {
  const client = clientName.trim();
  return client === "" ? kindName : `${kindName} - ${client}`;
};

/** An input row labelled by its catalogue parameter: the key formulas read it by and how its cell reads. */
export interface ParameterRow<K extends string = string> {
  readonly parameter: ParameterName;
  readonly key: K;
  readonly format: CellFormat;
}

/** A result row: the sheet's words for its label, the key formulas read it by, how it reads and its content. */
export interface FigureRow {
  readonly label: TextKey;
  readonly key: string;
  readonly format: CellFormat;
  readonly content: Content;
}

/** An input's cell: a boolean as TRUE()/FALSE() (Excel's logical values), a blank when not stated. */
export const inputCell = (raw: string | number | boolean | null): Content => {
  if (typeof raw === "boolean") return formula(raw ? "=TRUE()" : "=FALSE()");
  return value(raw ?? "");
};

/** What every builder writes with: the sheet's words and labels, its layout under the header, and its ending. */
export interface ProposalWriter {
  readonly t: Translate;
  /** A parameter's label, the catalogue's (the pane's field says the same). */
  readonly label: (name: ParameterName) => string;
  readonly variant: Variant;
  readonly language: ProposalLanguage;
  readonly title: string;
  readonly layout: SheetLayout;
  /** One labelled input row per entry of `rows`, in their order, each holding `contentOf(row)`. */
  inputs<R extends ParameterRow>(rows: readonly R[], contentOf: (row: R) => Content): void;
  /** The live ENCOURS formula, or the core's value at insertion in the shareable variant (see computed). */
  liveOrComputed(live: string, compute: () => number, format: CellFormat): { content: Content; format: CellFormat };
  /** One labelled result row per figure, in their order. */
  results(figures: readonly FigureRow[]): void;
  /** A new block: a blank row, its heading, then (given) its figures as result rows. */
  section(heading: TextKey, figures?: readonly FigureRow[]): void;
  /**
   * The closing note, then the finished sheet named after the simulator (`kindName`) and the client. A chart
   * given as a function is placed from `nextRow`, the first row below the note.
   */
  finish(kindName: string, columnWidths: number[], chart?: ChartSpec | ((nextRow: number) => ChartSpec | undefined)): ProposalSheet;
}

/**
 * Starts a proposal sheet titled `titleKey` for `clientName`: the header (writeHeader) and, with `headed`
 * (the default), the broker's block and the terms the closing note adds; without, the title, client and
 * notice only.
 */
export const startProposal = (options: ProposalOptions, titleKey: TextKey, clientName: string, headed = true): ProposalWriter => {
  const { variant, language } = options;
  const t = translator(language);
  const label = parameterLabel(language);
  const title = t(titleKey);
  const layout = new SheetLayout();
  writeHeader(layout, t, title, clientName, headed ? options : undefined);
  const results = (figures: readonly FigureRow[]): void => {
    for (const figure of figures) layout.labelled(t(figure.label), figure.content, figure.format, "result", figure.key);
  };
  return {
    t, label, variant, language, title, layout, results,
    liveOrComputed: (live, compute, format) => (variant === "live" ? { content: formula(live), format } : computed(compute, format, language)),
    inputs: (rows, contentOf) => {
      for (const row of rows) layout.labelled(label(row.parameter), contentOf(row), row.format, "input", row.key);
    },
    section: (heading, figures = []) => {
      layout.skip();
      layout.heading(t(heading));
      results(figures);
    },
    finish: (kindName, columnWidths, chart) => {
      writeClosingNote(layout, t, variant);
      const placed = typeof chart === "function" ? chart(layout.currentRow) : chart;
      return layout.build({ baseName: baseNameOf(kindName, clientName), title, notice: t("sheetNotice"), columnWidths, chart: placed });
    },
  };
};
