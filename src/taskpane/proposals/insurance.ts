/**
 * The credit-insurance proposal: premium, expected loss without cover, expected indemnity, net cost and
 * break-even default rate. Without a portfolio the insured turnover is one exposure failing at the expected
 * default rate; with a portfolio read from the sheet, each buyer is a row of exposures, PDs and LGDs.
 * The deductible applies per claim: expected indemnity = Σ pd × cover_rate × max(0, exposure × lgd − deductible).
 */
import { baseNameOf, liveOr, NOTICE, type ProposalOptions, translator, writeClosingNote, writeHeader } from "./common";
import type { InsuranceInputs } from "./inputs";
import { cellAddress, formula, range, SheetLayout, value } from "./layout";
import type { ProposalSheet } from "./types";

export const buildInsuranceProposal = (inputs: InsuranceInputs, options: ProposalOptions): ProposalSheet => {
  const t = translator(options.language);
  const { variant } = options;
  const title = t("Assurance-crédit — simulation", "Credit insurance — simulation");
  const layout = new SheetLayout();
  writeHeader(layout, t, title, inputs.clientName);

  layout.labelled(t("Chiffre d'affaires assuré", "Insured turnover"), value(inputs.insuredTurnover), "currency", "input", "insuredTurnover");
  layout.labelled(t("Taux de prime", "Premium rate"), value(inputs.premiumRate), "percent", "input", "premiumRate");
  layout.labelled(t("Prime minimale", "Minimum premium"), value(inputs.minPremium), "currency", "input", "minPremium");
  layout.labelled(t("Quotité garantie", "Cover rate"), value(inputs.coverRate), "percent", "input", "coverRate");
  layout.labelled(t("Franchise par sinistre", "Deductible per claim"), value(inputs.deductible), "currency", "input", "deductible");

  // Where the losses come from: the portfolio's columns (D:F), or one exposure (the turnover) at pd and lgd.
  const portfolio = inputs.portfolio;
  let exposures: string;
  let pds: string;
  let lgds: string;
  let expectedIndemnity: { live: string; shareable: string };
  let breakEven: { label: string; live: string; shareable: string };
  if (portfolio === null) {
    layout.labelled(t("Taux de défaut attendu", "Expected default rate"), value(inputs.pd), "percent", "input", "pd");
    layout.labelled(t("Perte en cas de défaut (LGD)", "Loss given default (LGD)"), value(inputs.lgd), "percent", "input", "lgd");
    exposures = "{insuredTurnover}";
    pds = "{pd}";
    lgds = "{lgd}";
    expectedIndemnity = {
      live: "={pd}*ENCOURS.CREDIT.INDEMNITY({insuredTurnover}*{lgd},{coverRate},,{deductible})",
      shareable: "={pd}*{coverRate}*MAX(0,{insuredTurnover}*{lgd}-{deductible})",
    };
    breakEven = {
      label: t("Taux de défaut d'équilibre", "Break-even default rate"),
      live: "=ENCOURS.CREDIT.BREAKEVENPD({premium},MAX(0,{insuredTurnover}*{lgd}-{deductible}),1,{coverRate})",
      shareable: "={premium}/({coverRate}*MAX(0,{insuredTurnover}*{lgd}-{deductible}))",
    };
  } else {
    const top = 4;
    layout.put(3, top, value(t("Exposition", "Exposure")), "text", "heading");
    layout.put(4, top, value(t("Probabilité de défaut", "Default probability")), "text", "heading");
    layout.put(5, top, value(t("LGD", "LGD")), "text", "heading");
    portfolio.exposures.forEach((exposure, index) => {
      const row = top + 1 + index;
      layout.put(3, row, value(exposure), "currency", "input", index === 0 ? "exposureFirst" : index === portfolio.exposures.length - 1 ? "exposureLast" : undefined);
      layout.put(4, row, value(portfolio.pds[index]), "percent", "input", index === 0 ? "pdFirst" : index === portfolio.exposures.length - 1 ? "pdLast" : undefined);
      layout.put(5, row, value(portfolio.lgds[index] ?? 1), "percent", "input", index === 0 ? "lgdFirst" : index === portfolio.exposures.length - 1 ? "lgdLast" : undefined);
    });
    const single = portfolio.exposures.length === 1;
    exposures = single ? "{exposureFirst}" : "{exposureFirst}:{exposureLast}";
    pds = single ? "{pdFirst}" : "{pdFirst}:{pdLast}";
    lgds = single ? "{lgdFirst}" : "{lgdFirst}:{lgdLast}";
    const insurable = `(${exposures}*${lgds}>{deductible})*(${exposures}*${lgds}-{deductible})`;
    expectedIndemnity = {
      live: `=SUMPRODUCT(${pds},ENCOURS.CREDIT.INDEMNITY(${exposures}*${lgds},{coverRate},,{deductible}))`,
      shareable: `={coverRate}*SUMPRODUCT(${pds},${insurable})`,
    };
    breakEven = {
      label: t("Taux de défaut d'équilibre (uniforme)", "Break-even default rate (uniform)"),
      live: `=ENCOURS.CREDIT.BREAKEVENPD({premium},SUMPRODUCT(${insurable}),1,{coverRate})`,
      shareable: `={premium}/({coverRate}*SUMPRODUCT(${insurable}))`,
    };
  }

  layout.skip();
  layout.heading(t("Résultats", "Results"));
  // Premium, expected loss and expected indemnity on adjacent rows: the chart reads them from A:B.
  const premiumAddress = layout.labelled(t("Prime annuelle", "Annual premium"),
    liveOr(variant, "=ENCOURS.CREDIT.PREMIUM({insuredTurnover},{premiumRate},{minPremium})", "=MAX({insuredTurnover}*{premiumRate},{minPremium})"),
    "currency", "result", "premium");
  layout.labelled(t("Perte attendue sans assurance", "Expected loss without cover"),
    liveOr(variant, `=ENCOURS.CREDIT.EXPECTEDLOSS(${exposures},${pds},${lgds})`,
      portfolio === null ? `=${exposures}*${pds}*${lgds}` : `=SUMPRODUCT(${exposures},${pds},${lgds})`),
    "currency", "result", "expectedLoss");
  const indemnityAddress = layout.labelled(t("Indemnité attendue", "Expected indemnity"),
    liveOr(variant, expectedIndemnity.live, expectedIndemnity.shareable), "currency", "result", "expectedIndemnity");
  layout.labelled(t("Coût net de l'assurance (prime − indemnité attendue)", "Net cost of cover (premium − expected indemnity)"),
    formula("={premium}-{expectedIndemnity}"), "currency", "result", "netCost");
  layout.labelled(t("Perte attendue restant à charge", "Expected loss kept"), formula("={expectedLoss}-{expectedIndemnity}"), "currency", "result", "retainedLoss");
  layout.labelled(breakEven.label, liveOr(variant, breakEven.live, breakEven.shareable), "percent", "result", "breakEvenPd");
  writeClosingNote(layout, t, variant);

  const chartRow = layout.currentRow + 1;
  const labelsColumn = premiumAddress.replace(/^B/, "A");
  return layout.build({
    baseName: baseNameOf(t("Assurance-crédit", "Credit insurance"), inputs.clientName),
    title,
    notice: t(NOTICE.fr, NOTICE.en),
    columnWidths: [280, 120, 16, 120, 120, 90],
    chart: {
      kind: "column",
      title: t("Prime et pertes attendues", "Premium and expected losses"),
      dataRange: range(labelsColumn, indemnityAddress),
      seriesBy: "columns",
      topLeft: cellAddress(0, chartRow),
      bottomRight: cellAddress(2, chartRow + 16),
    },
  });
};
