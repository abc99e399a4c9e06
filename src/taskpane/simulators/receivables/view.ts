/**
 * Créances: import a FEC (read on this machine, in pieces, in a Web Worker: the pane never freezes), then the
 * monthly countback DSO with its chart, the D441-6 aged balance, the top customers, the late-payment penalties
 * claimable, the import's reconciliation and its warnings. Buttons hand the figures to the DSO, credit
 * insurance and diagnostic simulators through the pane's inputs (context.handOver), and insert the invoices as
 * an Excel table with the aged balance and DSO over it. The worker and the figures live in the pane's session
 * (./session.ts): a language switch rebuilds this view over the same books.
 */
import { CoreError, dateFromExcelSerial } from "../../../core";
import { canInsertTables } from "../../office/workbook";
import { COLOURS, updateBars } from "../../ui/charts";
import type { PaneContext, SimulatorView } from "../../ui/context";
import { h } from "../../ui/dom";
import { addParameters, barChartBox, fieldGrid, readNumbers, simulatorCard, simulatorForm } from "../../ui/simulator";
import type { InvoiceColumns, ReceivablesFigures, ReceivablesOptions } from "./analysis";
import type { ReceivablesInputs } from "./inputs";
import { buildReceivablesProposal, invoiceTableHeaders } from "./proposal";
import type { FromWorker, ToWorker } from "./protocol";
import { dsoFigures, insuranceExposures, diagnosticFigures, selectionAsFecText } from "./send";
import { emptyFecSession, endFecSession, type FecSession, type Wording } from "./session";

/** The worker's script, emitted beside taskpane.html by webpack (entry "fec-worker"). */
export const FEC_WORKER_URL = "fec-worker.js";

export const receivablesView = (context: PaneContext, initial: ReceivablesInputs): SimulatorView => {
  const { t, format, language, host } = context;
  const form = simulatorForm(context, "receivables", () => analyse());
  const fields = addParameters(form, initial, ["terms", ["interest_rate", { hint: t("recvRateHint") }], "recovery_fee"]);
  let inputs: ReceivablesInputs = initial;
  const session: FecSession = context.session.receivables ?? (context.session.receivables = emptyFecSession());
  /** False once the pane has rebuilt the view: an answer asked for by this view is then shown by the next. */
  let live = true;

  // ------------------------------------------------------------------ import
  const fileInput = h("input", { id: "recv-file", attrs: { type: "file", accept: ".txt,.csv,.tsv,text/plain" } });
  const progress = h("progress", { class: "recv-progress", attrs: { max: "100", value: "0", "aria-label": t("recvProgress"), hidden: "" } });
  const cancel = h("button", { class: "button", text: t("recvCancel"), attrs: { type: "button", hidden: "" } });
  const status = h("p", { class: "action-status", attrs: { role: "status", "aria-live": "polite" } });

  /** The session's reading and status, in this view's language. */
  const showImport = (): void => {
    progress.hidden = session.percent === null;
    cancel.hidden = session.percent === null;
    progress.value = session.percent ?? 0;
    status.textContent = session.status?.(context) ?? "";
  };
  const setStatus = (wording: Wording): void => {
    session.status = wording;
    showImport();
  };
  const send = (message: ToWorker): void => session.worker?.postMessage(message);
  const ask = (make: (id: number) => ToWorker): Promise<FromWorker> =>
    new Promise((resolve) => {
      const id = ++session.request;
      session.pending.set(id, resolve);
      send(make(id));
    });
  const errorOf = (message: Extract<FromWorker, { type: "error" }>): CoreError => new CoreError("VALUE", message.message.en, message.message.fr, message.argument ?? undefined);

  /** What the session keeps of a message, whether or not a view shows it; then the view built last is told. */
  const receive = (message: FromWorker): void => {
    if (message.type === "progress") {
      session.percent = message.size > 0 ? Math.round((message.read / message.size) * 100) : 100;
      const percent = session.percent;
      session.status = (c) => c.t("recvReading", { percent });
    } else if (message.type === "read") {
      session.percent = null;
      session.read = true;
      session.status = (c) => c.t("recvRead", { lines: c.format.plain(message.lines) });
    } else if (message.type === "error" && message.id === null) {
      session.percent = null;
      session.status = (c) => errorOf(message).messageIn(c.language);
    } else if ("id" in message && message.id !== null) {
      session.pending.get(message.id)?.(message);
      session.pending.delete(message.id);
    }
    session.listener?.(message);
  };

  const onMessage = (message: FromWorker): void => {
    if (message.type === "progress" || (message.type === "error" && message.id === null)) showImport();
    else if (message.type === "read") {
      showImport();
      analyse();
    }
  };
  session.listener = onMessage;

  /** Reads a FEC (a file chosen, or the selection written out as text) in a new worker. */
  const readFec = (file: Blob): void => {
    endFecSession(session);
    results.replaceChildren();
    if (typeof Worker === "undefined") {
      setStatus((c) => c.t("recvNoWorker"));
      return;
    }
    const worker = new Worker(FEC_WORKER_URL);
    worker.onmessage = (event: MessageEvent<FromWorker>) => receive(event.data);
    session.worker = worker;
    session.percent = 0;
    setStatus((c) => c.t("recvReading", { percent: 0 }));
    send({ type: "read", file });
  };
  fileInput.addEventListener("change", () => {
    const file = fileInput.files?.[0];
    if (file) readFec(file);
  });
  // A FEC already opened in a sheet: the selection, header row first, goes through the same reader.
  const fromSelection = h("button", { class: "button", text: t("recvUseSelection"), attrs: { type: "button" } });
  fromSelection.disabled = !host.available;
  fromSelection.addEventListener("click", () => {
    void host.readSelection().then(
      ({ values }) => readFec(new Blob([selectionAsFecText(values)], { type: "text/plain" })),
      (error: unknown) => setStatus((c) => c.t("actionFailed", { message: String(error) })),
    );
  });
  cancel.addEventListener("click", () => {
    endFecSession(session);
    fileInput.value = "";
    setStatus((c) => c.t("recvCancelled"));
  });

  // ------------------------------------------------------------------ figures
  const results = h("div", { class: "recv-results", attrs: { "aria-live": "polite" } });
  const { box, chart } = barChartBox(t("recvDsoHeading"), [{ label: t("recvDsoSeries"), colour: COLOURS.brand }], { format: (v) => format.days(v) });
  box.element.hidden = true;

  const read = (): ReceivablesInputs => ({
    ...inputs,
    clientName: context.client(),
    terms: form.field("terms").readText(),
    ...readNumbers(form, ["interestRate", "recoveryFee"]),
  });

  const optionsOf = (typed: ReceivablesInputs): ReceivablesOptions => ({ terms: typed.terms, interestRate: typed.interestRate, recoveryFee: typed.recoveryFee });

  const analyse = (): void => {
    const typed = read();
    form.showErrors([]);
    if (!form.valid) return;
    inputs = typed;
    context.remember("receivables", inputs);
    if (!session.read) return;
    const options = optionsOf(typed);
    void ask((id) => ({ type: "analyse", id, options })).then((message) => {
      if (!live) return;
      if (message.type === "error") {
        form.showErrors([{ error: errorOf(message) }]);
        return;
      }
      if (message.type !== "figures") return;
      const figures = message.figures;
      session.figures = figures;
      session.drawnWith = JSON.stringify(options);
      const months = figures.months;
      inputs = {
        ...inputs,
        asOf: figures.asOf,
        turnover: figures.turnover,
        monthEnds: months.map((m) => m.monthEnd),
        sales: months.map((m) => m.sales),
        receivables: months.map((m) => m.receivables),
        monthDays: months.map((m) => dateFromExcelSerial(m.monthEnd).day),
      };
      context.remember("receivables", inputs);
      show(figures);
    });
  };

  const dateText = (serial: number): string => {
    const { year, month, day } = dateFromExcelSerial(serial);
    return language === "fr" ? `${String(day).padStart(2, "0")}/${String(month).padStart(2, "0")}/${year}` : `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  };
  const monthText = (serial: number): string => dateText(serial).replace(/^\d\d\//, "").replace(/-\d\d$/, "");
  const daysText = (value: number | null): string => (value === null ? "—" : format.days(value));
  const table = (caption: string, head: string[], rows: string[][]): HTMLElement =>
    h("table", { class: "recv-table" }, h("caption", { text: caption }),
      h("thead", {}, h("tr", {}, ...head.map((text) => h("th", { text, attrs: { scope: "col" } })))),
      h("tbody", {}, ...rows.map((row) => h("tr", {}, ...row.map((text, index) => (index === 0 ? h("th", { text, attrs: { scope: "row" } }) : h("td", { text })))))));

  const show = (f: ReceivablesFigures): void => {
    const sections: HTMLElement[] = [h("p", { class: "recv-asof", text: t("recvAsOf", { date: dateText(f.asOf) }) })];
    // DSO: table and chart.
    sections.push(table(t("recvDsoHeading"), [t("recvMonth"), t("recvSales"), t("recvReceivables"), t("recvDsoSeries")],
      f.months.map((m) => [monthText(m.monthEnd), format.moneyRounded(m.sales), format.moneyRounded(m.receivables), m.dso === null ? t("recvDsoUnknown") : format.days(m.dso)])));
    box.element.hidden = f.months.length === 0;
    if (f.months.length > 0) {
      chart.update((bars) => updateBars(bars, f.months.map((m) => monthText(m.monthEnd)), [f.months.map((m) => m.dso ?? Number.NaN)]));
      const last = f.months[f.months.length - 1];
      box.describe(t("recvDsoChartAlt", { first: monthText(f.months[0].monthEnd), last: monthText(last.monthEnd), dso: last.dso === null ? t("recvDsoUnknown") : format.days(last.dso) }));
    }
    sections.push(box.element);
    // Aged balance (D441-6).
    const aged = f.agedBalance;
    if (aged) {
      sections.push(table(t("recvAgedHeading"), [t("recvMeasure"), t("recvCol0"), t("recvCol1to30"), t("recvCol31to60"), t("recvCol61to90"), t("recvCol91plus"), t("recvColTotal")], [
        [t("recvRowInvoices"), ...aged.invoices.map((n) => format.plain(n))],
        [t("recvRowAmount"), ...aged.amount.map((a) => format.money(a))],
        [t("recvRowShare"), ...aged.shareOfTurnover.map((s) => format.percent(s))],
      ]));
    } else if (f.agedBalanceError) {
      sections.push(h("p", { class: "notes", text: f.agedBalanceError[language] }));
    }
    // Top customers.
    sections.push(table(t("recvTopHeading"), [t("recvCustomer"), t("recvShare"), t("recvOutstanding"), t("recvDaysToPay"), t("recvDaysLate")],
      f.topCustomers.map((c) => [c.name || c.customer, format.percent(c.shareOfTurnover), format.money(c.outstanding), daysText(c.averageDaysToPay), daysText(c.averageDaysLate)])));
    // Penalties.
    sections.push(table(t("recvPenaltiesHeading"), ["", t("recvInterest"), t("recvFees"), t("recvTotal")], [
      [t("recvPaidLate", { count: format.plain(f.paidLate.invoices) }), format.money(f.paidLate.interest), format.money(f.paidLate.recoveryFees), format.money(f.paidLate.total)],
      [t("recvOpenLate", { count: format.plain(f.openLate.invoices), date: dateText(f.asOf) }), format.money(f.openLate.interest), format.money(f.openLate.recoveryFees), format.money(f.openLate.total)],
    ]));
    // Import summary and reconciliation.
    const s = f.summary;
    const reasons = { fields: t("recvReasonFields"), date: t("recvReasonDate"), amount: t("recvReasonAmount") };
    sections.push(h("section", { class: "recv-summary" },
      h("h3", { text: t("recvSummaryHeading") }),
      h("dl", { class: "figures" },
        ...[[t("recvLinesRead"), format.plain(s.linesRead)], [t("recvLinesUsed"), format.plain(s.linesUsed)], [t("recvLinesSetAside"), format.plain(s.linesSetAside)],
          [t("recvCustomerDebits"), format.money(s.customerDebits)], [t("recvCustomerCredits"), format.money(s.customerCredits)], [t("recvOpenItems"), format.money(s.openItems)]]
          .map(([term, detail]) => h("div", { class: "figure" }, h("dt", { text: term }), h("dd", { class: "figure-value", text: detail })))),
      h("p", { class: s.balanced ? "recv-balanced" : "notes", text: t(s.balanced ? "recvBalanced" : "recvNotBalanced") }),
      f.setAside.length > 0 ? h("ul", { class: "recv-set-aside" },
        ...f.setAside.map((line) => h("li", { text: t("recvSetAsideLine", { line: line.line, reason: reasons[line.reason], field: line.field }) })),
        f.setAsideCount > f.setAside.length ? h("li", { text: t("recvMoreLines", { count: format.plain(f.setAsideCount - f.setAside.length) }) }) : null) : null));
    if (f.unbalancedCount > 0) {
      sections.push(h("section", { class: "notes", attrs: { role: "alert" } },
        h("h3", { text: t("recvWarnings") }),
        h("p", { text: t("recvUnbalancedCount", { count: format.plain(f.unbalancedCount) }) }),
        h("ul", {}, ...f.unbalanced.map((e) => h("li", { text: t("recvUnbalanced", { journal: e.journal, entry: e.entry, line: e.line, difference: format.money(e.difference) }) })))));
    }
    sections.push(sendButtons(f));
    results.replaceChildren(...sections);
  };

  // ------------------------------------------------------------------ hand-over and insert
  const sendStatus = h("p", { class: "action-status", attrs: { role: "status", "aria-live": "polite" } });
  const sendButtons = (f: ReceivablesFigures): HTMLElement => {
    const button = (label: string, action: () => string): HTMLButtonElement => {
      const element = h("button", { class: "button", text: label, attrs: { type: "button" } });
      element.addEventListener("click", () => (sendStatus.textContent = t("recvSent", { tab: action() })));
      return element;
    };
    const dso = dsoFigures(f);
    return h("section", { class: "recv-send" },
      h("h3", { text: t("recvSendHeading") }),
      h("div", { class: "action-buttons" },
        dso ? button(t("recvSendDso"), () => {
          context.handOver("dso", (current) => ({ ...current, ...dso, clientName: context.client() }));
          return t("tabDso");
        }) : null,
        button(t("recvSendInsurance"), () => {
          context.handOver("insurance", (current) => ({ ...current, clientName: context.client(), portfolio: insuranceExposures(f, current.pd, current.lgd) }));
          return t("tabInsurance");
        }),
        button(t("recvSendDiagnostic"), () => {
          context.handOver("diagnostic", (current) => ({ ...current, ...diagnosticFigures(f), clientName: context.client() }));
          return t("tabDiagnostic");
        })),
      insertButton(),
      sendStatus);
  };

  const insertButton = (): HTMLElement | null => {
    if (!host.available || !canInsertTables(host)) return null;
    const element = h("button", { class: "button button-primary", text: t("recvInsert"), attrs: { type: "button" } });
    element.addEventListener("click", () => {
      sendStatus.textContent = t("working");
      void ask((id) => ({ type: "invoices", id, terms: inputs.terms }))
        .then(async (message) => {
          if (message.type === "error") throw errorOf(message);
          if (message.type !== "invoices") return;
          const columns: InvoiceColumns = message.columns;
          const { sheetName, tableName } = await host.insertTable({
            baseName: t("recvTableBase"),
            tableBaseName: "FacturesFEC",
            headers: invoiceTableHeaders(t),
            formats: ["text", "text", "text", "date", "date", "currency", "date"],
            rows: columns.dates.map((date, i) => [columns.customers[i], columns.names[i], columns.pieceRefs[i], date, columns.dueDates[i], columns.amounts[i], columns.paidDates[i] ?? ""]),
          });
          // The header's client now (the view may have been rebuilt over figures drawn for the client then).
          inputs = { ...inputs, tableName, clientName: context.client() };
          context.remember("receivables", inputs);
          const inserted = await host.insertProposal(buildReceivablesProposal(inputs, { variant: "live", language }));
          sendStatus.textContent = t("recvInserted", { table: tableName, sheet: sheetName, name: inserted.sheetName });
        })
        .catch((error: unknown) => {
          sendStatus.textContent = t("actionFailed", { message: error instanceof CoreError ? error.messageIn(language) : String(error) });
        });
    });
    return element;
  };

  const element = simulatorCard(
    "recv-heading",
    t("recvHeading"),
    h("div", { class: "recv-import" },
      h("label", { text: t("recvImport"), attrs: { for: "recv-file" } }),
      fileInput,
      fromSelection,
      h("p", { class: "field-hint", text: t("recvSelectionHint") }),
      h("p", { class: "field-hint", text: t("recvLocal") }),
      progress,
      cancel,
      status),
    form.banner,
    fieldGrid(fields),
    results,
  );
  // Rebuilt over books already read (a language switch): the same figures at once, drawn again only when the
  // options changed since (an answer the previous view was still waiting for).
  showImport();
  if (session.figures) show(session.figures);
  if (session.read && session.drawnWith !== JSON.stringify(optionsOf(inputs))) analyse();
  return {
    element,
    destroy: () => {
      // The worker stays: it holds the books for the view that replaces this one.
      live = false;
      if (session.listener === onMessage) session.listener = null;
      chart.destroy();
    },
  };
};
