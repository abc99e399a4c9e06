/** The messages between the Créances view and its FEC worker (structured-clone data only). */
import type { InvoiceColumns, ReceivablesFigures, ReceivablesOptions, Bilingual } from "./analysis";

export type ToWorker =
  /** Read this file (the books are kept in the worker for the next requests). */
  | { type: "read"; file: Blob }
  /** The figures of the books read, with these options. */
  | { type: "analyse"; id: number; options: ReceivablesOptions }
  /** The invoice list, for the Excel table. */
  | { type: "invoices"; id: number; terms: number | string };

export type FromWorker =
  | { type: "progress"; read: number; size: number }
  | { type: "read"; lines: number }
  | { type: "figures"; id: number; figures: ReceivablesFigures }
  | { type: "invoices"; id: number; columns: InvoiceColumns }
  /** A CoreError's message (bad file, bad option), with its argument; or an unexpected failure. */
  | { type: "error"; id: number | null; message: Bilingual; argument: string | null };
