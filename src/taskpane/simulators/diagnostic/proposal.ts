/**
 * The diagnostic proposal ("protéger ou cash ?"): the figures as formulas over the inputs and the stated
 * assumptions, then the recommendation and its reasons as text (computed by the core's `diagnose` when the
 * sheet is inserted, in both variants: rules in words do not recalculate).
 */
import { diagnose, DIAGNOSTIC_ASSUMPTIONS, isCoreError } from "../../../core";
import { baseNameOf, liveOr, NOTICE, type ProposalOptions, translator, writeClosingNote, writeHeader } from "../../proposals/common";
import type { DiagnosticInputs } from "./inputs";
import { cellAddress, formula, range, SheetLayout, value } from "../../proposals/layout";
import type { ProposalSheet } from "../../proposals/types";

export const buildDiagnosticProposal = (inputs: DiagnosticInputs, options: ProposalOptions): ProposalSheet => {
  const t = translator(options.language);
  const { variant, language } = options;
  const title = t("Diagnostic — protéger ou cash ?", "Diagnostic — protection or cash?");
  const layout = new SheetLayout();
  writeHeader(layout, t, title, inputs.clientName);

  const objectives = {
    cash: t("Trésorerie", "Cash"),
    protection: t("Protection", "Protection"),
    both: t("Les deux", "Both"),
    unsure: t("Je ne sais pas", "Not sure"),
  };
  layout.labelled(t("Chiffre d'affaires B2B annuel", "Annual B2B turnover"), value(inputs.turnover), "currency", "input", "turnover");
  layout.labelled(t("Délai de paiement moyen (jours)", "Average payment delay (days)"), value(inputs.paymentDays), "days", "input", "paymentDays");
  layout.labelled(t("Part des 5 premiers clients", "Top-5 customers' share"), value(inputs.top5Share), "percent", "input", "top5Share");
  layout.labelled(t("Taux de marge brute", "Gross margin"), value(inputs.grossMargin), "percent", "input", "grossMargin");
  layout.labelled(t("Objectif", "Objective"), value(objectives[inputs.objective] ?? inputs.objective), "text", "input", "objective");

  const a = DIAGNOSTIC_ASSUMPTIONS;
  layout.skip();
  layout.heading(t("Hypothèses", "Assumptions"));
  layout.labelled(t("Taux de défaut annuel de l'encours", "Annual default rate of receivables"), value(a.defaultRate), "percent", "input", "defaultRate");
  layout.labelled(t("Perte en cas de défaut (LGD)", "Loss given default (LGD)"), value(a.lossGivenDefault), "percent", "input", "lgd");
  layout.labelled(t("Taux d'avance de l'affacturage", "Factoring advance rate"), value(a.advanceRate), "percent", "input", "advanceRate");
  layout.labelled(t("Commission d'affacturage", "Factoring service fee"), value(a.serviceFeeRate), "percent", "input", "serviceFeeRate");
  layout.labelled(t("Taux de financement annuel", "Annual financing rate"), value(a.financingRate), "percent", "input", "financingRate");
  layout.labelled(t("Part minimale du premier client (top 5 ÷ 5)", "Largest customer's share, at least (top 5 ÷ 5)"),
    formula("={top5Share}/5"), "percent", "result", "largestShare");

  layout.skip();
  layout.heading(t("Résultats", "Results"));
  layout.labelled(t("Encours clients moyen", "Average receivables outstanding"), formula("={turnover}*{paymentDays}/365"), "currency", "result", "receivables");
  layout.labelled(t("Trésorerie libérée par l'affacturage", "Cash factoring would free"),
    liveOr(variant, "=ENCOURS.FACTOR.LINE({turnover},{paymentDays},{advanceRate},1)", "={receivables}*{advanceRate}"), "currency", "result", "cashFreed");
  // Yearly cost, expected loss and largest-customer loss on adjacent rows: the chart reads them from A:B.
  const firstCharted = layout.labelled(t("Coût annuel de l'affacturage", "Yearly cost of factoring"),
    liveOr(variant, "=ENCOURS.FACTOR.ANNUALCOST({turnover},{paymentDays},{serviceFeeRate},{financingRate},{advanceRate},1)",
      "={turnover}*{serviceFeeRate}+{cashFreed}*{financingRate}"), "currency", "result", "factoringCost");
  layout.labelled(t("Perte attendue sur un an", "Expected loss over a year"),
    liveOr(variant, "=ENCOURS.CREDIT.EXPECTEDLOSS({receivables},{defaultRate},{lgd})", "={receivables}*{defaultRate}*{lgd}"), "currency", "result", "expectedLoss");
  const lastCharted = layout.labelled(t("Perte si le premier client fait défaut (au moins)", "Loss if the largest customer fails (at least)"),
    formula("={receivables}*{largestShare}*{lgd}"), "currency", "result", "largestLoss");
  layout.labelled(t("Ventes nécessaires pour regagner cette perte", "Sales needed to earn that loss back"),
    formula("={largestLoss}/{grossMargin}"), "currency", "result", "turnoverToRecover");

  layout.skip();
  layout.heading(t("Conclusion", "Conclusion"));
  try {
    const diagnosis = diagnose(inputs);
    const names = { insurance: t("Assurance-crédit", "Credit insurance"), factoring: t("Affacturage", "Factoring"), both: t("Les deux", "Both") };
    layout.labelled(t("Recommandation", "Recommendation"), value(names[diagnosis.recommendation]), "text", "result", "recommendation");
    for (const reason of diagnosis.reasons) layout.put(0, layout.takeRow(), value(reason[language]), "text", "note");
    layout.skip();
    layout.heading(t("Hypothèses en clair", "Assumptions in plain words"));
    for (const note of diagnosis.assumptionNotes) layout.put(0, layout.takeRow(), value(note[language]), "text", "note");
  } catch (error) {
    if (!isCoreError(error)) throw error;
    layout.labelled(t("Recommandation", "Recommendation"), value(error.messageIn(language)), "text", "result", "recommendation");
  }
  writeClosingNote(layout, t, variant);

  return layout.build({
    baseName: baseNameOf(t("Diagnostic", "Diagnostic"), inputs.clientName),
    title,
    notice: t(NOTICE.fr, NOTICE.en),
    columnWidths: [300, 130],
    chart: {
      kind: "bar",
      title: t("Coût de l'affacturage et pertes possibles", "Cost of factoring and possible losses"),
      dataRange: range(firstCharted.replace(/^B/, "A"), lastCharted),
      seriesBy: "columns",
      topLeft: cellAddress(3, 4),
      bottomRight: cellAddress(9, 20),
    },
  });
};
