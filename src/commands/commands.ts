/*
 * Ribbon commands. The Home › Encours › Simulators button is a ShowTaskpane action, so Office opens the
 * task pane itself and no handler is needed yet. This file is the FunctionFile's code (loaded by the
 * shared runtime's taskpane.html): it waits for Office and registers the actions listed below.
 * Outside Office (a plain browser preview) `Office` may be missing or report no host: it then does nothing.
 */

/** Ribbon actions by the id used in a manifest `<Action xsi:type="ExecuteFunction"><FunctionName>`. */
export const ribbonActions: Record<string, (event: Office.AddinCommands.Event) => void> = {};

/** Registers every ribbon action with Office once it is ready; resolves to the number registered. */
export async function registerRibbonActions(): Promise<number> {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") return 0;
  const info = await Office.onReady();
  if (!info.host) return 0; // preview outside Office: no ribbon to serve
  const names = Object.keys(ribbonActions);
  for (const name of names) Office.actions.associate(name, ribbonActions[name]);
  return names.length;
}

registerRibbonActions().catch(() => {
  // A failed registration must not break the task pane or the functions sharing this runtime.
});
