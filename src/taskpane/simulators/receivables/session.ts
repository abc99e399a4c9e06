/**
 * The FEC the Créances tab read, held by the pane for its life and never written to the workbook (a FEC is large
 * and confidential): the worker that keeps the books, the reading's progress, the figures last drawn and the
 * status line. A language switch rebuilds every view; the new Créances view finds the books here and shows the
 * same figures, worded in the new language. The worker's messages update the session even while no view is
 * built (a reading finishing behind another tab), then go to the view built last.
 */
import type { PaneContext } from "../../ui/context";
import type { ReceivablesFigures } from "./analysis";
import type { FromWorker } from "./protocol";

/** A status line, worded when shown, in the language of the view that shows it. */
export type Wording = (context: PaneContext) => string;

export interface FecSession {
  /** The worker reading or holding the books; null before any import and after a cancel. */
  worker: Worker | null;
  /** True once the worker holds the books read: it answers the analyse and invoices requests. */
  read: boolean;
  /** The reading's progress in percent while it reads; null otherwise. */
  percent: number | null;
  status: Wording | null;
  /** The figures last drawn from the books, and the options they were drawn with (their JSON text). */
  figures: ReceivablesFigures | null;
  drawnWith: string | null;
  /** The last request's id: each request has its own, so that an answer finds the promise that waits for it. */
  request: number;
  readonly pending: Map<number, (message: FromWorker) => void>;
  /** The view that shows the session (the one built last), told of every message after the session took it in. */
  listener: ((message: FromWorker) => void) | null;
}

export const emptyFecSession = (): FecSession => ({
  worker: null, read: false, percent: null, status: null, figures: null, drawnWith: null, request: 0, pending: new Map(), listener: null,
});

/** Ends the worker and forgets the books and what was drawn from them (a new import, a cancel). */
export const endFecSession = (session: FecSession): void => {
  session.worker?.terminate();
  session.worker = null;
  session.read = false;
  session.percent = null;
  session.figures = null;
  session.drawnWith = null;
  session.pending.clear();
};
