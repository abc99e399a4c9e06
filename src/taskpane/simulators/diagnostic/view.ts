/**
 * Diagnostic, "protéger ou cash ?": from a few figures, the cash factoring would free and its yearly cost,
 * the expected loss, the loss if the largest customer fails and the turnover needed to earn it back, then
 * the recommendation with its reasons (diagnose, in the core's advisory module).
 */
import { diagnose, type Diagnosis } from "../../../core";
import type { DiagnosticInputs } from "./inputs";
import type { TextKey } from "../../i18n";
import { createActions } from "../../ui/actions";
import type { PaneContext, SimulatorView } from "../../ui/context";
import { h } from "../../ui/dom";
import { Attempts, Notes } from "../../ui/results";
import { addParameters, fieldGrid, intro, liveResults, readNumbers, readYes, ResultFigures, simulatorCard, simulatorForm, validInputs, yesNoOptions } from "../../ui/simulator";
import { assumptionText, reasonText } from "./words";

const OBJECTIVES: ReadonlyArray<{ value: DiagnosticInputs["objective"]; label: TextKey }> = [
  { value: "unsure", label: "objectiveUnsure" },
  { value: "cash", label: "objectiveCash" },
  { value: "protection", label: "objectiveProtection" },
  { value: "both", label: "objectiveBoth" },
];

const RECOMMENDATIONS: Readonly<Record<Diagnosis["recommendation"], TextKey>> = {
  insurance: "recommendInsurance",
  factoring: "recommendFactoring",
  both: "recommendBoth",
  neither: "recommendNeither",
};

const isObjective = (value: string): value is DiagnosticInputs["objective"] => OBJECTIVES.some((objective) => objective.value === value);

export const diagnosticView = (context: PaneContext, initial: DiagnosticInputs): SimulatorView => {
  const { t, format, language } = context;
  const form = simulatorForm(context, "diagnostic", () => update());

  const fields = [
    ...addParameters(form, initial, [
      "turnover",
      ["vat_included", { options: yesNoOptions(t("turnoverHt"), t("turnoverTtc")) }],
      "payment_days",
      ["terms", { key: "agreedTermsDays", kind: "days", alsoArguments: ["agreed_terms_days"] }],
    ]),
    form.add({ key: "top5Share", kind: "rate", label: t("top5Share"), arguments: ["top5_share"], example: "0.45" }, initial.top5Share),
    form.add({ key: "grossMargin", kind: "rate", label: t("grossMargin"), arguments: ["gross_margin"], example: "0.3" }, initial.grossMargin),
    form.add(
      { key: "objective", kind: "select", label: t("objective"), arguments: ["objective"], options: OBJECTIVES.map((o) => ({ value: o.value, label: t(o.label) })) },
      initial.objective,
    ),
    form.add(
      {
        key: "factoringGuarantee", kind: "select", label: t("factoringGuarantee"), arguments: ["factoring_guarantee"], hint: t("factoringGuaranteeHint"),
        options: yesNoOptions(t("answerNo"), t("answerYes")),
      },
      String(initial.factoringGuarantee),
    ),
  ];

  const figures = new ResultFigures<Diagnosis>(
    [
      { key: "cashFreed", label: t("diagCashFreed"), emphasis: true },
      { key: "factoringYearlyCost", label: t("diagFactoringCost") },
      { key: "expectedLoss", label: t("diagExpectedLoss"), emphasis: true },
      { key: "largestCustomerLoss", label: t("diagLargestLoss") },
      { key: "turnoverToRecoverLoss", label: t("diagTurnoverToRecover") },
    ],
    t("stale"),
    format.moneyRounded,
  );
  const notes = new Notes(language);
  const verdict = h("p", { class: "verdict", attrs: { "data-figure": "recommendation" } });
  const reasons = h("ul", { class: "reasons" });
  const assumptions = h("ul", { class: "assumptions" });
  const recommendation = h(
    "div",
    { class: "recommendation" },
    h("h3", { text: t("recommendation") }),
    verdict,
    h("h3", { text: t("reasons") }),
    reasons,
    h("details", {}, h("summary", { text: t("assumptions") }), assumptions),
  );

  const read = (): DiagnosticInputs => {
    const objective = form.field("objective").readText();
    return {
      clientName: context.client(),
      turnover: form.field("turnover").readNumber(),
      vatIncluded: readYes(form, "vatIncluded"),
      ...readNumbers(form, ["paymentDays", "agreedTermsDays", "top5Share", "grossMargin"]),
      objective: isObjective(objective) ? objective : "unsure",
      factoringGuarantee: readYes(form, "factoringGuarantee"),
    };
  };

  const update = (): void => {
    const inputs = read();
    const attempts = new Attempts();
    const diagnosis = attempts.run(() => diagnose(inputs));
    figures.show(diagnosis);
    if (diagnosis) {
      verdict.textContent = t(RECOMMENDATIONS[diagnosis.recommendation]);
      verdict.dataset.recommendation = diagnosis.recommendation;
      reasons.replaceChildren(...diagnosis.reasons.map((reason) => h("li", { text: reasonText(reason, t, format), attrs: { "data-code": reason.code } })));
      assumptions.replaceChildren(...diagnosis.assumptionNotes.map((note) => h("li", { text: assumptionText(note, t, format), attrs: { "data-code": note.code } })));
    }
    recommendation.classList.toggle("is-stale", diagnosis === undefined);
    notes.show(attempts, form.showErrors(attempts.errors));
    if (form.valid) context.remember("diagnostic", inputs);
  };

  const element = simulatorCard(
    "diagnostic-heading",
    t("diagnosticHeading"),
    form.banner,
    intro(t("diagnosticIntro")),
    fieldGrid(fields),
    liveResults(figures.element, recommendation),
    notes.element,
    createActions(context, { kind: "diagnostic", inputs: validInputs(form, read) }),
  );
  update();
  return { element, destroy: () => undefined };
};
