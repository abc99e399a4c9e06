/* Task pane entry (placeholder until the simulators land): says whether it runs inside Excel. */
function showStatus(text: string): void {
  const status = document.getElementById("status");
  if (status) status.textContent = text;
}

if (typeof Office !== "undefined" && typeof Office.onReady === "function") {
  Office.onReady((info) => showStatus(info.host ? "Encours est prêt." : "Aperçu hors d'Excel."));
} else {
  showStatus("Aperçu hors d'Excel.");
}
