/**
 * "Comparer des offres": two to four factoring offers, each with every term its contract writes, applied to the
 * client's year and ranked by yearly cost per euro of average cash freed (compareOffersHonestly), with the cash
 * freed and the credit cover beside each. Offers that free different cash cannot be ranked by their bills, so the
 * only badge is the lowest cost per euro financed; a warning says when the offers differ in credit cover. The
 * ranking stays in view (sticky) while an offer below it is edited.
 */
import { compareOffersHonestly, factoringProgramme, type HonestComparison } from "../../../core";
import { type FactoringOffer, MAX_OFFERS, MIN_OFFERS, type OffersInputs } from "./inputs";
import { PROFILE_KEYS, profileFields } from "../factoring/profile";
import { termFields, TERMS_DEFAULT } from "../factoring/terms";
import { createActions } from "../../ui/actions";
import type { PaneContext, SimulatorView } from "../../ui/context";
import { h } from "../../ui/dom";
import type { Field } from "../../ui/form";
import { Attempts, Notes } from "../../ui/results";
import { fieldGrid, intro, simulatorCard, simulatorForm, validInputs } from "../../ui/simulator";

interface OfferEditor {
  keys: string[];
  element: HTMLElement;
  legend: HTMLElement;
  remove: HTMLButtonElement;
  read(): FactoringOffer;
}

export const offersView = (context: PaneContext, initial: OffersInputs): SimulatorView => {
  const { t, format, language } = context;
  const form = simulatorForm(context, "offers", () => update());
  let serial = 0;

  const clientYear = profileFields(form, initial);

  const offersList = h("div", { class: "offers" });
  const addButton = h("button", { class: "button", text: t("addOffer"), attrs: { type: "button" } });
  const editors: OfferEditor[] = [];

  const createEditor = (offer: FactoringOffer): OfferEditor => {
    const id = ++serial;
    const key = (name: string): string => `offer${id}.${name}`;
    const nameField: Field = form.add({ key: key("name"), kind: "text", label: t("offerName") }, offer.name);
    const terms = termFields(form, t, offer, key);
    const legend = h("legend");
    const remove = h("button", { class: "button button-subtle button-small", attrs: { type: "button" } });
    const element = h(
      "fieldset",
      { class: "offer" },
      legend,
      fieldGrid([nameField, ...terms.main]),
      terms.advanced,
      remove,
    );
    const editor: OfferEditor = {
      keys: [nameField.key, ...terms.keys],
      element,
      legend,
      remove,
      // The name after the terms, as the seed writes an offer ({ ...TERMS_DEFAULT, name }).
      read: () => ({ ...terms.read(), name: nameField.readText() }),
    };
    remove.addEventListener("click", () => {
      if (editors.length <= MIN_OFFERS) return;
      editors.splice(editors.indexOf(editor), 1);
      editor.keys.forEach((fieldKey) => form.remove(fieldKey));
      element.remove();
      relabel();
      update();
      addButton.focus();
    });
    return editor;
  };

  /** Numbers the offers 1..n and enables the add/remove buttons within 2..4 offers. */
  const relabel = (): void => {
    editors.forEach((editor, index) => {
      editor.legend.textContent = t("offer", { n: index + 1 });
      editor.remove.textContent = t("removeOffer", { n: index + 1 });
      editor.remove.hidden = editors.length <= MIN_OFFERS;
    });
    addButton.disabled = editors.length >= MAX_OFFERS;
  };

  const addEditor = (offer: FactoringOffer): void => {
    const editor = createEditor(offer);
    editors.push(editor);
    offersList.appendChild(editor.element);
  };

  initial.offers.slice(0, MAX_OFFERS).forEach(addEditor);
  addButton.addEventListener("click", () => {
    if (editors.length >= MAX_OFFERS) return;
    addEditor({ ...TERMS_DEFAULT, name: t("offer", { n: editors.length + 1 }) });
    relabel();
    update();
  });
  relabel();

  const tableBody = h("tbody");
  const column = (key: Parameters<typeof t>[0]): HTMLElement => h("th", { text: t(key), attrs: { scope: "col" } });
  const table = h(
    "table",
    { class: "comparison" },
    h("caption", { text: t("offersTableCaption") }),
    h(
      "thead",
      {},
      h(
        "tr",
        {},
        column("factoringRank"),
        column("offerColumn"),
        column("factoringColumnCostPerEuro"),
        column("factoringColumnCash"),
        column("factoringColumnCost"),
        column("factoringColumnTeg"),
        column("factoringCoverColumn"),
      ),
    ),
    tableBody,
  );
  const warnings = h("div", { class: "notes offers-warnings", attrs: { role: "status", hidden: "" } });
  const notes = new Notes(language);

  const coverText = (quota: number): string =>
    quota > 0 ? `${t("factoringCoverIncluded")} (${format.percent(quota)})` : t("factoringCoverNotIncluded");

  const render = (comparison: HonestComparison): void => {
    tableBody.replaceChildren(
      ...comparison.offers.map((row) =>
        h(
          "tr",
          { class: row.lowestCostPerEuroFinanced ? "is-cheapest" : "", attrs: { "data-offer-row": "", "data-offer-position": String(row.position) } },
          h("td", { text: String(row.rank) }),
          h(
            "th",
            { attrs: { scope: "row" } },
            row.name.trim() === "" ? t("offer", { n: row.position }) : row.name,
            row.lowestCostPerEuroFinanced ? h("span", { class: "badge", text: t("factoringLowestBadge") }) : null,
          ),
          h("td", { text: format.rate(row.costPerCashFreed) }),
          h("td", { text: format.moneyRounded(row.cashFreed) }),
          h("td", { text: format.moneyRounded(row.totalCost) }),
          h("td", { text: format.rate(row.teg) }),
          h("td", { text: coverText(row.coverQuota) }),
        ),
      ),
    );
    warnings.replaceChildren(...comparison.warnings.map((warning) => h("p", { text: warning.message[language], attrs: { "data-warning": warning.code } })));
    warnings.hidden = comparison.warnings.length === 0;
  };

  const read = (): OffersInputs => ({
    clientName: context.client(),
    ...clientYear.read(),
    offers: editors.map((editor) => editor.read()),
  });

  const update = (): void => {
    const inputs = read();
    const attempts = new Attempts();
    const profile = { annualTurnover: inputs.annualTurnover, dsoDays: inputs.dsoDays, invoices: inputs.invoices, buyers: inputs.buyers };
    // Each offer checked on its own first, so that an error lands on the field of the offer it comes from.
    editors.forEach((editor) => {
      const check = new Attempts();
      check.run(() => factoringProgramme({ ...editor.read(), ...profile }));
      for (const { error } of check.errors) {
        attempts.errors.push({ error, field: form.fieldFor(error.argument, PROFILE_KEYS) ?? form.fieldFor(error.argument, editor.keys) });
      }
    });
    const comparison = attempts.errors.length === 0 ? attempts.run(() => compareOffersHonestly({ ...profile, offers: inputs.offers })) : undefined;
    if (comparison) render(comparison);
    table.classList.toggle("is-stale", comparison === undefined);
    notes.show(attempts, form.showErrors(attempts.errors));
    if (form.valid && comparison) context.remember("offers", inputs);
  };

  // The ranking stays at the top of the pane while the offers below it scroll (at 350 px it scrolls sideways).
  // At 350 px the table scrolls sideways: its scroll area takes the keyboard focus, named by the caption.
  const scroller = h("div", { class: "results table-scroll", attrs: { "aria-live": "polite", role: "region", tabindex: "0", "aria-label": t("offersTableCaption") } }, table);
  const ranking = h("div", { class: "offers-ranking" }, scroller, warnings);
  ranking.style.position = "sticky";
  ranking.style.top = "0";
  ranking.style.zIndex = "1";
  ranking.style.background = "var(--surface, #fff)";

  const element = simulatorCard(
    "offers-heading",
    t("offersHeading"),
    form.banner,
    intro(t("factoringOffersIntro")),
    fieldGrid(clientYear.fields),
    ranking,
    notes.element,
    offersList,
    h("div", { class: "offer-buttons" }, addButton),
    createActions(context, { kind: "offers", inputs: validInputs(form, read) }),
  );
  update();
  return { element, destroy: () => undefined };
};
