/**
 * "Comparer des offres": two to four factoring offers applied to the client's own profile, side by side,
 * the cheapest highlighted (compareFactoringOffers). Offers that look alike on their headline rates often
 * bill very differently once minimums and fixed fees are counted.
 */
import { compareFactoringOffers, FACTORING_DEFAULTS, factoringAnnualCost, type OfferComparison } from "../../../core";
import { type FactoringOffer, MAX_OFFERS, MIN_OFFERS, type OffersInputs } from "./inputs";
import { createActions } from "../../ui/actions";
import { type PaneContext, RECALC_DELAY_MS, type SimulatorView } from "../../ui/context";
import { debounce, h } from "../../ui/dom";
import { type Field, Form } from "../../ui/form";
import { Attempts, Notes } from "../../ui/results";

const PROFILE_KEYS = ["annualTurnover", "dsoDays", "usage"] as const;

interface OfferEditor {
  keys: string[];
  element: HTMLElement;
  legend: HTMLElement;
  remove: HTMLButtonElement;
  read(): FactoringOffer;
}

export const offersView = (context: PaneContext, initial: OffersInputs): SimulatorView => {
  const { t, format, language } = context;
  const form = new Form({ language, format, drafts: context.drafts, scope: "offers", onInput: () => recalculate() });
  const recalculate = debounce(() => update(), RECALC_DELAY_MS);
  let serial = 0;

  const profileFields = [
    form.addParameter("annual_turnover", initial.annualTurnover),
    form.addParameter("dso_days", initial.dsoDays),
    form.addParameter("usage", initial.usage),
  ];
  const clientField = form.add({ key: "clientName", kind: "text", label: t("clientName") }, initial.clientName);

  const offersList = h("div", { class: "offers" });
  const addButton = h("button", { class: "button", text: t("addOffer"), attrs: { type: "button" } });
  const editors: OfferEditor[] = [];

  const createEditor = (offer: FactoringOffer): OfferEditor => {
    const id = ++serial;
    const key = (name: string): string => `offer${id}.${name}`;
    const fields: Field[] = [
      form.add({ key: key("name"), kind: "text", label: t("offerName") }, offer.name),
      form.addParameter("advance_rate", offer.advanceRate, { key: key("advanceRate") }),
      form.addParameter("service_fee_rate", offer.serviceFeeRate, { key: key("serviceFeeRate") }),
      form.addParameter("min_annual_fee", offer.minAnnualFee, { key: key("minAnnualFee") }),
      form.addParameter("financing_rate", offer.financingRate, { key: key("financingRate") }),
      form.addParameter("fixed_fees", offer.fixedFees, { key: key("fixedFees") }),
    ];
    const legend = h("legend");
    const remove = h("button", { class: "button button-subtle button-small", attrs: { type: "button" } });
    const element = h("fieldset", { class: "offer" }, legend, h("div", { class: "fields" }, ...fields.map((field) => field.element)), remove);
    const editor: OfferEditor = {
      keys: fields.map((field) => field.key),
      element,
      legend,
      remove,
      read: () => ({
        name: form.field(key("name")).readText(),
        advanceRate: form.field(key("advanceRate")).readNumber(),
        serviceFeeRate: form.field(key("serviceFeeRate")).readNumber(),
        minAnnualFee: form.field(key("minAnnualFee")).readNumber(),
        financingRate: form.field(key("financingRate")).readNumber(),
        fixedFees: form.field(key("fixedFees")).readNumber(),
      }),
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
    addEditor({
      name: t("offer", { n: editors.length + 1 }),
      advanceRate: FACTORING_DEFAULTS.advanceRate,
      serviceFeeRate: FACTORING_DEFAULTS.serviceFeeRate,
      minAnnualFee: FACTORING_DEFAULTS.minAnnualFee,
      financingRate: FACTORING_DEFAULTS.financingRate,
      fixedFees: FACTORING_DEFAULTS.fixedFees,
    });
    relabel();
    update();
  });
  relabel();

  const tableBody = h("tbody");
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
        h("th", { text: t("offerColumn"), attrs: { scope: "col" } }),
        h("th", { text: t("annualCost"), attrs: { scope: "col" } }),
        h("th", { text: t("cashFreed"), attrs: { scope: "col" } }),
        h("th", { text: t("annualisedCost"), attrs: { scope: "col" } }),
      ),
    ),
    tableBody,
  );
  const notes = new Notes(language);

  const renderTable = (rows: OfferComparison[]): void => {
    tableBody.replaceChildren(
      ...rows.map((row) =>
        h(
          "tr",
          { class: row.cheapest ? "is-cheapest" : "", attrs: { "data-offer-row": "" } },
          h("th", { attrs: { scope: "row" } }, row.name, row.cheapest ? h("span", { class: "badge", text: t("cheapest") }) : null),
          h("td", { text: format.moneyRounded(row.annualCost) }),
          h("td", { text: format.moneyRounded(row.cashFreed) }),
          h("td", { text: format.percent(row.annualisedCost) }),
        ),
      ),
    );
  };

  const read = (): OffersInputs => ({
    clientName: clientField.readText(),
    annualTurnover: form.field("annualTurnover").readNumber(),
    dsoDays: form.field("dsoDays").readNumber(),
    usage: form.field("usage").readNumber(),
    offers: editors.map((editor) => editor.read()),
  });

  const update = (): void => {
    const inputs = read();
    const attempts = new Attempts();
    // Each offer checked on its own first, so that an error lands on the field of the offer it comes from.
    editors.forEach((editor) => {
      const check = new Attempts();
      const offer = editor.read();
      check.run(() => factoringAnnualCost({ annualTurnover: inputs.annualTurnover, dsoDays: inputs.dsoDays, usage: inputs.usage, ...offer }));
      for (const { error } of check.errors) {
        attempts.errors.push({ error, field: form.fieldFor(error.argument, PROFILE_KEYS) ?? form.fieldFor(error.argument, editor.keys) });
      }
    });
    const rows = attempts.errors.length === 0 ? attempts.run(() => compareFactoringOffers(inputs)) : undefined;
    if (rows) renderTable(rows);
    table.classList.toggle("is-stale", rows === undefined);
    notes.show(attempts, form.showErrors(attempts.errors));
    if (form.valid && rows) context.remember("offers", inputs);
  };

  const element = h(
    "section",
    { class: "card simulator", attrs: { "aria-labelledby": "offers-heading" } },
    h("h2", { id: "offers-heading", text: t("offersHeading") }),
    form.banner,
    h("p", { class: "intro", text: t("offersIntro") }),
    h("div", { class: "fields" }, ...profileFields.map((field) => field.element)),
    h("div", { class: "results table-scroll", attrs: { "aria-live": "polite" } }, table),
    notes.element,
    offersList,
    h("div", { class: "offer-buttons" }, addButton),
    h("div", { class: "fields" }, clientField.element),
    createActions(context, { kind: "offers", inputs: () => (form.valid ? read() : null) }),
  );
  update();
  return { element, destroy: () => undefined };
};
