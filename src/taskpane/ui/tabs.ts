/**
 * The tab strip, after the WAI-ARIA "Tabs with automatic activation" pattern: role tablist/tab/tabpanel,
 * one tab in the Tab order (roving tabindex), Left/Right arrows move and select, Home/End jump to the ends.
 */
import { h } from "./dom";

export interface TabSpec {
  id: string;
  label: string;
  panel: HTMLElement;
}

export const createTabs = (
  label: string,
  specs: readonly TabSpec[],
  selectedId: string,
  onSelect: (id: string) => void,
): { strip: HTMLElement; panels: HTMLElement[] } => {
  const strip = h("div", { class: "tablist", attrs: { role: "tablist", "aria-label": label } });
  const tabs = specs.map((spec) => {
    const tab = h("button", {
      id: `tab-${spec.id}`,
      class: "tab",
      text: spec.label,
      attrs: { type: "button", role: "tab", "aria-controls": `panel-${spec.id}` },
    });
    spec.panel.id = `panel-${spec.id}`;
    spec.panel.classList.add("tabpanel");
    spec.panel.setAttribute("role", "tabpanel");
    spec.panel.setAttribute("aria-labelledby", tab.id);
    spec.panel.tabIndex = 0;
    strip.appendChild(tab);
    return tab;
  });

  const select = (index: number, focus: boolean): void => {
    tabs.forEach((tab, i) => {
      const selected = i === index;
      tab.setAttribute("aria-selected", String(selected));
      tab.tabIndex = selected ? 0 : -1;
      specs[i].panel.hidden = !selected;
    });
    if (focus) tabs[index].focus();
    onSelect(specs[index].id);
  };

  tabs.forEach((tab, index) => {
    tab.addEventListener("click", () => select(index, false));
    tab.addEventListener("keydown", (event) => {
      const last = tabs.length - 1;
      const target =
        event.key === "ArrowRight" ? (index === last ? 0 : index + 1)
        : event.key === "ArrowLeft" ? (index === 0 ? last : index - 1)
        : event.key === "Home" ? 0
        : event.key === "End" ? last
        : -1;
      if (target < 0) return;
      event.preventDefault();
      select(target, true);
    });
  });

  const initial = Math.max(0, specs.findIndex((spec) => spec.id === selectedId));
  tabs.forEach((tab, i) => {
    tab.setAttribute("aria-selected", String(i === initial));
    tab.tabIndex = i === initial ? 0 : -1;
    specs[i].panel.hidden = i !== initial;
  });
  return { strip, panels: specs.map((spec) => spec.panel) };
};
