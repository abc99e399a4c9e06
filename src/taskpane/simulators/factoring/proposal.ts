/** The factoring proposal: one invoice (advance, fees, net, annualised cost, cash timeline) and the yearly programme. */
import { factoringApr } from "../../../core";
import { baseNameOf, computed, liveOr, NOTICE, type ProposalOptions, translator, writeClosingNote, writeHeader } from "../../proposals/common";
import type { FactoringInputs } from "./inputs";
import { cellAddress, formula, range, SheetLayout, value } from "../../proposals/layout";
import type { ProposalSheet } from "../../proposals/types";

/** FACTOR.COST / NET / APR arguments, in the catalogue's order: amount, days, service_fee_rate, financing_rate, advance_rate, min_fee, day_basis. */
const INVOICE_ARGS = "{amount},{days},{serviceFeeRate},{financingRate},{advanceRate},{minFee},{dayBasis}";

export const buildFactoringProposal = (inputs: FactoringInputs, options: ProposalOptions): ProposalSheet => {
  const t = translator(options.language);
  const { variant } = options;
  const title = t("Affacturage — simulation", "Factoring — simulation");
  const layout = new SheetLayout();
  writeHeader(layout, t, title, inputs.clientName);

  layout.labelled(t("Montant de la facture (TTC)", "Invoice amount (incl. VAT)"), value(inputs.amount), "currency", "input", "amount");
  layout.labelled(t("Délai de paiement (jours)", "Days to payment"), value(inputs.days), "days", "input", "days");
  layout.labelled(t("Taux d'avance", "Advance rate"), value(inputs.advanceRate), "percent", "input", "advanceRate");
  layout.labelled(t("Commission d'affacturage", "Service fee"), value(inputs.serviceFeeRate), "percent", "input", "serviceFeeRate");
  layout.labelled(t("Commission minimale par facture", "Minimum fee per invoice"), value(inputs.minFee), "currency", "input", "minFee");
  layout.labelled(t("Taux de financement annuel", "Annual financing rate"), value(inputs.financingRate), "percent", "input", "financingRate");
  layout.labelled(t("Base de calcul (jours par an)", "Day basis (days a year)"), value(inputs.dayBasis), "integer", "input", "dayBasis");

  layout.skip();
  layout.heading(t("Résultats — facture", "Results — invoice"));
  layout.labelled(t("Avance versée à la cession", "Advance paid on assignment"),
    liveOr(variant, "=ENCOURS.FACTOR.ADVANCE({amount},{advanceRate})", "={amount}*{advanceRate}"), "currency", "result", "advance");
  layout.labelled(t("Commission d'affacturage facturée", "Service fee billed"), formula("=MAX({amount}*{serviceFeeRate},{minFee})"), "currency", "result", "serviceFee");
  layout.labelled(t("Commission de financement", "Financing commission"),
    formula("={amount}*{advanceRate}*{financingRate}*{days}/{dayBasis}"), "currency", "result", "financingCommission");
  layout.labelled(t("Coût total", "Total cost"),
    liveOr(variant, `=ENCOURS.FACTOR.COST(${INVOICE_ARGS})`, "={serviceFee}+{financingCommission}"), "currency", "result", "cost");
  layout.labelled(t("Net perçu au total", "Net received in all"),
    liveOr(variant, `=ENCOURS.FACTOR.NET(${INVOICE_ARGS})`, "={amount}-{cost}"), "currency", "result", "net");
  layout.labelled(t("Solde versé au paiement du client", "Balance paid when the customer pays"),
    formula("={amount}-{advance}-{cost}"), "currency", "result", "balance");
  layout.labelled(t("Coût annualisé (simple)", "Annualised cost (simple)"),
    liveOr(variant, `=ENCOURS.FACTOR.APR(${INVOICE_ARGS})`, "={cost}/{advance}*365/{days}"), "percent", "result", "apr");
  const compoundLabel = t("Coût annualisé (composé)", "Annualised cost (compound)");
  if (variant === "live") {
    layout.labelled(compoundLabel, formula(`=ENCOURS.FACTOR.APR(${INVOICE_ARGS},TRUE)`), "percent", "result", "aprCompound");
  } else {
    const apr = computed(() => factoringApr({ ...inputs, compound: true }), "percent", options.language);
    layout.labelled(compoundLabel, apr.content, apr.format, "result", "aprCompound");
  }

  layout.skip();
  layout.heading(t("Programme annuel", "Yearly programme"));
  layout.labelled(t("Chiffre d'affaires annuel cédé", "Annual turnover assigned"), value(inputs.annualTurnover), "currency", "input", "annualTurnover");
  layout.labelled(t("DSO (jours)", "DSO (days)"), value(inputs.dsoDays), "days", "input", "dsoDays");
  layout.labelled(t("Taux d'utilisation", "Usage"), value(inputs.usage), "percent", "input", "usage");
  layout.labelled(t("Commission minimale annuelle", "Minimum annual fee"), value(inputs.minAnnualFee), "currency", "input", "minAnnualFee");
  layout.labelled(t("Frais fixes annuels", "Fixed yearly fees"), value(inputs.fixedFees), "currency", "input", "fixedFees");
  layout.labelled(t("Encours financé moyen", "Average financed line"),
    liveOr(variant, "=ENCOURS.FACTOR.LINE({annualTurnover},{dsoDays},{advanceRate},{usage})", "={annualTurnover}*{dsoDays}/365*{advanceRate}*{usage}"),
    "currency", "result", "line");
  layout.labelled(t("Coût annuel", "Annual cost"),
    liveOr(variant,
      "=ENCOURS.FACTOR.ANNUALCOST({annualTurnover},{dsoDays},{serviceFeeRate},{financingRate},{advanceRate},{usage},{minAnnualFee},{fixedFees})",
      "=MAX({annualTurnover}*{serviceFeeRate},{minAnnualFee})+{line}*{financingRate}+{fixedFees}"),
    "currency", "result", "annualCost");
  layout.labelled(t("Trésorerie libérée", "Cash freed"), formula("={line}"), "currency", "result", "cashFreed");
  layout.labelled(t("Coût rapporté à la trésorerie libérée", "Cost per euro of cash freed"), formula("={annualCost}/{line}"), "percent", "result", "annualisedCost");
  writeClosingNote(layout, t, variant);

  // Cash timeline beside the inputs (columns D:F from row 4): cash received with and without factoring.
  const top = 4;
  layout.put(3, top, value(t("Trésorerie reçue", "Cash received")), "text", "heading");
  layout.put(4, top, value(t("Avec affacturage", "With factoring")), "text", "heading");
  layout.put(5, top, value(t("Sans affacturage", "Without factoring")), "text", "heading");
  layout.put(3, top + 1, value(t("Jour 0", "Day 0")), "text", "label");
  layout.put(4, top + 1, formula("={advance}"), "currency", "result");
  layout.put(5, top + 1, value(0), "currency", "result");
  layout.put(3, top + 2, formula(t('="Jour "&{days}', '="Day "&{days}')), "text", "label");
  layout.put(4, top + 2, formula("={net}"), "currency", "result");
  layout.put(5, top + 2, formula("={amount}"), "currency", "result");

  return layout.build({
    baseName: baseNameOf(t("Affacturage", "Factoring"), inputs.clientName),
    title,
    notice: t(NOTICE.fr, NOTICE.en),
    columnWidths: [230, 110, 16, 110, 110, 110],
    chart: {
      kind: "column",
      title: t("Trésorerie reçue : avec ou sans affacturage", "Cash received: with or without factoring"),
      dataRange: range(cellAddress(3, top), cellAddress(5, top + 2)),
      seriesBy: "columns",
      topLeft: cellAddress(3, top + 4),
      bottomRight: cellAddress(8, top + 20),
    },
  });
};
