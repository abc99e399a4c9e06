/**
 * The FEC worker: reads, decodes and analyses a FEC off the UI thread, so that the pane never freezes on a file
 * of a million lines. Built by webpack as its own entry (fec-worker.js, see webpack.config.js); the view starts
 * it with `new Worker("fec-worker.js")`, same origin (CSP default-src 'self'). Cancelling is terminating it.
 */
import { type FecBooks, isCoreError } from "../../../core";
import { analyseBooks, invoiceColumns } from "./analysis";
import { readFecInPieces } from "./importer";
import type { FromWorker, ToWorker } from "./protocol";
import words from "../../i18n/text.json";

interface WorkerScope {
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
  postMessage(message: FromWorker): void;
}

const scope = self as unknown as WorkerScope;
let books: FecBooks | null = null;

const failure = (id: number | null, error: unknown): FromWorker =>
  isCoreError(error)
    ? { type: "error", id, message: { en: error.messageIn("en"), fr: error.messageIn("fr") }, argument: error.argument ?? null }
    : { type: "error", id, message: { en: String(error), fr: String(error) }, argument: null };

// The words straight from the text module's data: the worker bundle keeps only the keys it reads.
const noBooks = (id: number): FromWorker => ({ type: "error", id, message: words.pane.recvNoBooks, argument: "fec" });

scope.onmessage = (event) => {
  const message = event.data;
  if (message.type === "read") {
    books = null;
    readFecInPieces(message.file, (read, size) => scope.postMessage({ type: "progress", read, size })).then(
      (read) => {
        books = read;
        scope.postMessage({ type: "read", lines: read.summary.linesRead });
      },
      (error: unknown) => scope.postMessage(failure(null, error)),
    );
    return;
  }
  if (!books) return scope.postMessage(noBooks(message.id));
  try {
    if (message.type === "analyse") scope.postMessage({ type: "figures", id: message.id, figures: analyseBooks(books, message.options) });
    else scope.postMessage({ type: "invoices", id: message.id, columns: invoiceColumns(books, message.terms) });
  } catch (error) {
    scope.postMessage(failure(message.id, error));
  }
};
