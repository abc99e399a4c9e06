/**
 * The pane: a header with the client every tab works for, the broker's settings and the language switch, four tabs, one simulator view per tab (the Affacturage tab
 * holds two: the invoice and programme simulator, and the offer comparison). Switching language rebuilds
 * the views from the last valid inputs; inputs are restored from, and saved to, the workbook's settings. What a
 * view holds that is never saved (the FEC the Créances tab read) is kept in the pane's session across rebuilds.
 */
import type { WorkbookHost } from "../office/host";
import { hasStoredShape, SEED_INPUTS, type SimulatorInputs, type SimulatorKind, SIMULATOR_KINDS, TABS, type TabId, viewOf } from "../simulators";
import { formattersFor, type Language, translator } from "../i18n";
import type { PaneContext, PaneSession, SimulatorView } from "./context";
import type { Draft } from "./form";
import { debounce, h, uniqueId } from "./dom";
import { MAX_NAME_LENGTH } from "../office/settings";
import { type BrokerSettings, brokerErrors, clientIn, EXAMPLE_CLIENT, loadBroker, proposalHeader, saveBroker } from "./profile";
import { createTabs } from "./tabs";
import { applyOfficeTheme } from "./theme";

export type { TabId } from "../simulators";

/** Saving waits for typing to pause: settings are written to the document, not on every keystroke. */
const SAVE_DELAY_MS = 500;

/**
 * The saved inputs over the seed, so that inputs saved by an older version still have every field; the seed
 * when the result does not have the simulator's stored shape.
 */
const restore = <K extends SimulatorKind>(host: WorkbookHost, kind: K): SimulatorInputs[K] => {
  let saved: SimulatorInputs[K] | null;
  try {
    saved = host.loadSettings(kind);
  } catch {
    saved = null;
  }
  if (saved === null || typeof saved !== "object") return SEED_INPUTS[kind];
  const merged = { ...SEED_INPUTS[kind], ...saved };
  return hasStoredShape(kind, merged) ? merged : SEED_INPUTS[kind];
};

export interface PaneOptions {
  /** Tab shown first (default Affacturage). */
  tab?: TabId;
}

export const mountPane = (root: HTMLElement, host: WorkbookHost, options: PaneOptions = {}): void => {
  let language: Language = host.language;
  let activeTab: TabId = options.tab ?? "factoring";
  let views = new Map<TabId, SimulatorView[]>();
  const drafts = new Map<string, Draft>();
  const session: PaneSession = {};
  /** Simulators given new inputs by another tab since their view was built: rebuilt when their tab is next opened. */
  const handedOver = new Set<SimulatorKind>();

  const inputs = {} as SimulatorInputs;
  const saved = new Map<SimulatorKind, string>();
  for (const kind of SIMULATOR_KINDS) {
    const restored = restore(host, kind);
    (inputs as Record<SimulatorKind, unknown>)[kind] = restored;
    saved.set(kind, JSON.stringify(restored));
  }

  // One client for every tab: the first real name a simulator was saved with, else the example.
  const names = SIMULATOR_KINDS.map((kind) => inputs[kind].clientName).filter((name) => !Object.values(EXAMPLE_CLIENT).includes(name) && name.trim() !== "");
  let client = names[0] ?? EXAMPLE_CLIENT[language];
  let broker: BrokerSettings = loadBroker();
  applyOfficeTheme(document.documentElement);

  const save = debounce(() => {
    if (!host.available) return;
    for (const kind of SIMULATOR_KINDS) {
      const json = JSON.stringify(inputs[kind]);
      if (saved.get(kind) === json) continue;
      saved.set(kind, json);
      // A failed save must not break the simulator; the next change tries again.
      host.saveSettings(kind, inputs[kind]).catch(() => saved.delete(kind));
    }
  }, SAVE_DELAY_MS);

  const remember = <K extends SimulatorKind>(kind: K, value: SimulatorInputs[K]): void => {
    inputs[kind] = value;
    save();
  };

  const handOver = <K extends SimulatorKind>(kind: K, update: (current: SimulatorInputs[K]) => SimulatorInputs[K]): void => {
    // What was typed in the simulator's fields would win over the new inputs when its view is rebuilt.
    for (const key of [...drafts.keys()]) if (key.startsWith(`${kind}.`)) drafts.delete(key);
    remember(kind, update(inputs[kind]));
    handedOver.add(kind);
  };

  /** A labelled text box of the header, with its inline error. */
  const headerInput = (label: string, initial: string, check: (text: string) => string | null, onValid: (text: string) => void, attrs: Record<string, string> = {}): HTMLElement => {
    const id = uniqueId("header-field");
    const input = h("input", { id, attrs: { type: "text", autocomplete: "off", spellcheck: "false", ...attrs } });
    input.value = initial;
    const error = h("p", { id: `${id}-error`, class: "field-error", attrs: { role: "alert", hidden: "" } });
    input.addEventListener("input", () => {
      const problem = check(input.value);
      error.textContent = problem ?? "";
      error.hidden = problem === null;
      input.toggleAttribute("aria-invalid", problem !== null);
      if (problem === null) input.removeAttribute("aria-describedby");
      else input.setAttribute("aria-describedby", error.id);
      if (problem === null) onValid(input.value);
    });
    return h("div", { class: "header-field" }, h("label", { text: label, attrs: { for: id } }), input, error);
  };

  /** The client every tab works for: written on every sheet, saved with every simulator's inputs. */
  const clientField = (t: ReturnType<typeof translator>): HTMLElement =>
    h("div", { class: "shared-client" }, headerInput(
      t("sharedClient"),
      client,
      (text) => (text.length > MAX_NAME_LENGTH ? t("clientTooLong", { label: t("sharedClient"), max: MAX_NAME_LENGTH }) : null),
      (text) => {
        client = text;
        for (const kind of SIMULATOR_KINDS) (inputs as Record<SimulatorKind, { clientName: string }>)[kind] = { ...inputs[kind], clientName: text };
        save();
      },
      { "data-field": "sharedClient" },
    ));

  /** The broker's settings: name, ORIAS number (8 digits) and validity, kept on this computer. */
  const brokerPanel = (t: ReturnType<typeof translator>): HTMLElement => {
    const draft: BrokerSettings = { ...broker };
    const status = h("p", { class: "broker-status", attrs: { role: "status", "aria-live": "polite" } });
    const field = (key: keyof BrokerSettings, label: string, text: string, attrs: Record<string, string> = {}): HTMLElement =>
      headerInput(label, text, (typed) => {
        const next = { ...draft, [key]: key === "validityDays" ? (/^\s*\d+\s*$/.test(typed) ? Number(typed) : Number.NaN) : typed };
        return brokerErrors(next, t)[key] ?? null;
      }, (typed) => {
        if (key === "validityDays") draft.validityDays = Number(typed);
        else draft[key] = typed;
        const pending = Object.values(brokerErrors(draft, t));
        if (pending.length > 0) {
          status.textContent = pending[0] ?? "";
          return;
        }
        broker = { ...draft };
        status.textContent = saveBroker(broker) ? t("brokerSaved") : t("brokerNotSaved");
      }, attrs);
    return h(
      "details",
      { class: "broker-settings" },
      h("summary", { text: broker.name.trim() === "" ? t("brokerSettings") : `${t("brokerSettings")} — ${broker.name}` }),
      h("p", { class: "broker-intro", text: t("brokerIntro") }),
      field("name", t("brokerName"), broker.name, { autocomplete: "organization" }),
      field("orias", t("brokerOrias"), broker.orias, { inputmode: "numeric" }),
      field("validityDays", t("validityDays"), String(broker.validityDays), { inputmode: "numeric" }),
      status,
    );
  };

  const render = (focusLanguage?: Language): void => {
    views.forEach((tabViews) => tabViews.forEach((view) => view.destroy()));
    views = new Map();
    const t = translator(language);
    client = clientIn(client, language);
    const context: PaneContext = {
      language, t, format: formattersFor(language), host, drafts, remember, handOver, session,
      client: () => client,
      sheetHeader: () => proposalHeader(broker),
    };
    document.documentElement.lang = language;
    document.title = `${t("appTitle")} — ${t("appTagline")}`;

    const languageButtons = (["fr", "en"] as const).map((code) => {
      const button = h("button", {
        class: "language-button",
        text: code.toUpperCase(),
        attrs: { type: "button", lang: code, "aria-pressed": String(code === language), title: code === "fr" ? "Français" : "English" },
      });
      button.addEventListener("click", () => {
        if (code === language) return;
        language = code;
        render(code);
      });
      return button;
    });
    const header = h(
      "header",
      { class: "pane-header" },
      h("div", { class: "brand" }, h("h1", { text: t("appTitle") }), h("p", { class: "tagline", text: t("appTagline") })),
      h("div", { class: "language-switch", attrs: { role: "group", "aria-label": t("languageSwitch") } }, ...languageButtons),
      clientField(t),
      brokerPanel(t),
    );

    // Only the visible tab is built at first: the others are built the first time they are opened, so the
    // first results reach the screen sooner. A tab built before another handed its simulator new inputs is
    // built again from them (what was typed in its other simulators is kept in the drafts).
    const containers = new Map<TabId, HTMLElement>(TABS.map(({ id }) => [id, h("div")]));
    const build = (id: TabId): void => {
      const kinds = TABS.find((tab) => tab.id === id)?.simulators ?? [];
      if (views.has(id) && !kinds.some((kind) => handedOver.has(kind))) return;
      views.get(id)?.forEach((view) => view.destroy());
      kinds.forEach((kind) => handedOver.delete(kind));
      const created = kinds.map((kind) => viewOf(context, kind, inputs[kind]));
      views.set(id, created);
      containers.get(id)?.replaceChildren(...created.map((view) => view.element));
    };
    const { strip, panels } = createTabs(
      t("tabsLabel"),
      TABS.map(({ id, label }) => ({ id, label: t(label), panel: containers.get(id) ?? h("div") })),
      activeTab,
      (id) => {
        activeTab = id as TabId;
        build(activeTab);
      },
    );
    const footer = h("footer", { class: "pane-footer", text: t("indicative") });
    root.replaceChildren(header, h("div", { class: "tabs" }, strip), h("main", { class: "panels" }, ...panels), footer);
    // Built once in the document, so that the charts measure their real size at once.
    build(activeTab);
    if (focusLanguage) languageButtons.find((button) => button.lang === focusLanguage)?.focus();
  };

  render();
};
