/**
 * Task pane entry: connect to the workbook (or fall back to the preview host outside Office), mount the
 * simulators, and mark when the first results are on screen (bench/pane.bench.ts reads that mark).
 */
import { languageOf } from "../catalogue";
import { connectWorkbook } from "./office/workbook";
import type { WorkbookHost } from "./office/host";
import { mountPane } from "./ui/app";

/** performance.mark name set once the first results are painted. */
export const FIRST_RENDER_MARK = "encours:first-results";

/** Used only if connecting throws: the simulators still work, workbook actions explain why they cannot. */
const fallbackHost = (): WorkbookHost => {
  const unavailable = (): Promise<never> => Promise.reject(new Error("Excel is not available"));
  return {
    available: false,
    language: languageOf(navigator.language),
    insertProposal: unavailable,
    readSelection: unavailable,
    loadSettings: () => null,
    saveSettings: unavailable,
  };
};

const start = async (): Promise<void> => {
  performance.mark("encours:start");
  const root = document.getElementById("app");
  if (!root) return;
  // When Office comes up after the preview was shown (slow office.js or Office start), the pane is mounted
  // again over the Excel host: workbook actions and the workbook's settings become available without a reload.
  const switchToExcel = (excel: WorkbookHost): void => {
    root.replaceChildren();
    mountPane(root, excel);
    performance.mark("encours:connected-late");
  };
  const host = await connectWorkbook({ onConnected: switchToExcel }).catch(fallbackHost);
  performance.mark("encours:connected");
  mountPane(root, host);
  performance.mark("encours:mounted");
  // requestAnimationFrame runs just before the frame is painted; the task queued from it runs after.
  requestAnimationFrame(() =>
    setTimeout(() => {
      performance.mark(FIRST_RENDER_MARK);
      document.documentElement.dataset.ready = "true";
    }, 0),
  );
};

void start();
