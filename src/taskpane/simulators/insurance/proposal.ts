/**
 * The credit-insurance proposal: premium, expected loss without cover, expected indemnity, net cost and
 * break-even default rate over the portfolio written in columns E:G — the one read from the sheet, or the
 * task pane's illustrative equal buyers (./portfolio.ts) as formulas over the turnover, pd and lgd typed —
 * so that its formulas, evaluated, equal the pane's figures (./figures.ts, insuranceFigures).
 * The deductible applies per claim: expected indemnity = Σ pd × cover_rate × max(0, exposure × lgd − deductible);
 * the break-even default rate is the one rate, the same for every buyer, at which it equals the premium.
 *
 * "Loss in a bad year": the 95 % and 99 % losses of a year (CreditRisk+) without and with cover, side by side,
 * over the portfolio written in columns E:G — the one read from the sheet, or the task pane's illustrative
 * portfolio (./portfolio.ts) as formulas over the inputs. Live: ENCOURS.CREDIT.LOSSQUANTILE over those ranges;
 * shareable: the core's figures, computed as the pane computes them.
 */
import { creditRiskPlus, type LossDistribution, lossQuantile } from "../../../core";
import { baseNameOf, computed, liveOr, NOTICE, type ProposalOptions, translator, writeClosingNote, writeHeader } from "../../proposals/common";
import type { InsuranceInputs } from "./inputs";
import { cellAddress, formula, range, SheetLayout, value } from "../../proposals/layout";
import { ILLUSTRATIVE_BUYERS, lossPortfolio, retainedLossModel, TAIL_LEVELS } from "./portfolio";
import type { ProposalSheet } from "../../proposals/types";

/** Columns of the portfolio (E, F, G), right of a narrow spacer (D); rows start under the header on row 4. */
const PORTFOLIO_COLUMNS = { exposure: 4, pd: 5, lgd: 6 } as const;
const PORTFOLIO_TOP = 4;

/** A computation run at most once (a CoreError is thrown again to each caller). */
const once = <T>(compute: () => T): (() => T) => {
  let result: { value: T } | undefined;
  return () => (result ??= { value: compute() }).value;
};

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

  // Where the losses come from: the portfolio in columns E:G — the one read from the sheet, or the pane's
  // illustrative equal buyers as formulas over the turnover, pd and lgd typed (./portfolio.ts). The results
  // and the loss tail both read those columns, as the pane computes both from the same buyers (./figures.ts).
  const portfolio = inputs.portfolio;
  if (portfolio === null) {
    layout.labelled(t("Taux de défaut attendu", "Expected default rate"), value(inputs.pd), "percent", "input", "pd");
    layout.labelled(t("Perte en cas de défaut (LGD)", "Loss given default (LGD)"), value(inputs.lgd), "percent", "input", "lgd");
  }
  const book = writePortfolio(layout, t, inputs);
  const { exposures, pds, lgds } = book;
  // One claim per default: exposure × lgd, less the deductible, never below 0 (cover rate applied after).
  const insurable = `(${exposures}*${lgds}>{deductible})*(${exposures}*${lgds}-{deductible})`;
  const expectedIndemnity = {
    live: `=SUMPRODUCT(${pds},ENCOURS.CREDIT.INDEMNITY(${exposures}*${lgds},{coverRate},,{deductible}))`,
    shareable: `={coverRate}*SUMPRODUCT(${pds},${insurable})`,
  };
  // The same default rate for every buyer: the premium over what the policy would pay if every buyer failed.
  const breakEven = {
    label: portfolio === null
      ? t("Taux de défaut d'équilibre", "Break-even default rate")
      : t("Taux de défaut d'équilibre (uniforme)", "Break-even default rate (uniform)"),
    live: `=ENCOURS.CREDIT.BREAKEVENPD({premium},SUMPRODUCT(${insurable}),1,{coverRate})`,
    shareable: `={premium}/({coverRate}*SUMPRODUCT(${insurable}))`,
  };

  layout.skip();
  layout.heading(t("Résultats", "Results"));
  // Premium, expected loss and expected indemnity on adjacent rows: the chart reads them from A:B.
  const premiumAddress = layout.labelled(t("Prime annuelle", "Annual premium"),
    liveOr(variant, "=ENCOURS.CREDIT.PREMIUM({insuredTurnover},{premiumRate},{minPremium})", "=MAX({insuredTurnover}*{premiumRate},{minPremium})"),
    "currency", "result", "premium");
  layout.labelled(t("Perte attendue sans assurance", "Expected loss without cover"),
    liveOr(variant, `=ENCOURS.CREDIT.EXPECTEDLOSS(${exposures},${pds},${lgds})`, `=SUMPRODUCT(${exposures},${pds},${lgds})`),
    "currency", "result", "expectedLoss");
  const indemnityAddress = layout.labelled(t("Indemnité attendue", "Expected indemnity"),
    liveOr(variant, expectedIndemnity.live, expectedIndemnity.shareable), "currency", "result", "expectedIndemnity");
  layout.labelled(t("Coût net de l'assurance (prime − indemnité attendue)", "Net cost of cover (premium − expected indemnity)"),
    formula("={premium}-{expectedIndemnity}"), "currency", "result", "netCost");
  layout.labelled(t("Perte attendue restant à charge", "Expected loss kept"), formula("={expectedLoss}-{expectedIndemnity}"), "currency", "result", "retainedLoss");
  layout.labelled(breakEven.label, liveOr(variant, breakEven.live, breakEven.shareable), "percent", "result", "breakEvenPd");
  writeLossTail(layout, t, inputs, options, book);
  writeClosingNote(layout, t, variant);

  const chartRow = layout.currentRow + 1;
  const labelsColumn = premiumAddress.replace(/^B/, "A");
  return layout.build({
    baseName: baseNameOf(t("Assurance-crédit", "Credit insurance"), inputs.clientName),
    title,
    notice: t(NOTICE.fr, NOTICE.en),
    columnWidths: [280, 120, 120, 16, 120, 120, 90],
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

/** Ranges of the portfolio's columns, as {key} templates. */
interface Book {
  exposures: string;
  pds: string;
  lgds: string;
}

/**
 * The portfolio in E:G: the buyers read from the sheet as inputs, or the illustrative equal buyers as native
 * formulas over the inputs (turnover / n, pd, lgd), so that they follow the inputs in both variants.
 */
const writePortfolio = (layout: SheetLayout, t: (fr: string, en: string) => string, inputs: InsuranceInputs): Book => {
  const { exposure: exposureColumn, pd: pdColumn, lgd: lgdColumn } = PORTFOLIO_COLUMNS;
  const read = inputs.portfolio;
  const count = read === null ? ILLUSTRATIVE_BUYERS : read.exposures.length;
  layout.put(
    exposureColumn,
    PORTFOLIO_TOP - 1,
    value(
      read === null
        ? t(`Portefeuille illustratif : ${count} acheteurs égaux se partageant le chiffre d'affaires assuré`,
          `Illustrative portfolio: ${count} equal buyers sharing the insured turnover`)
        : t(`Portefeuille lu dans la feuille : ${count} acheteurs`, `Portfolio read from the sheet: ${count} buyers`),
    ),
    "text",
    "note",
  );
  layout.put(exposureColumn, PORTFOLIO_TOP, value(t("Exposition", "Exposure")), "text", "heading");
  layout.put(pdColumn, PORTFOLIO_TOP, value(t("Probabilité de défaut", "Default probability")), "text", "heading");
  layout.put(lgdColumn, PORTFOLIO_TOP, value(t("LGD", "LGD")), "text", "heading");
  for (let index = 0; index < count; index++) {
    const row = PORTFOLIO_TOP + 1 + index;
    const edge = (name: string): string | undefined => (index === 0 ? `${name}First` : index === count - 1 ? `${name}Last` : undefined);
    if (read === null) {
      layout.put(exposureColumn, row, formula(`={insuredTurnover}/${ILLUSTRATIVE_BUYERS}`), "currency", "result", edge("exposure"));
      layout.put(pdColumn, row, formula("={pd}"), "percent", "result", edge("pd"));
      layout.put(lgdColumn, row, formula("={lgd}"), "percent", "result", edge("lgd"));
    } else {
      layout.put(exposureColumn, row, value(read.exposures[index]), "currency", "input", edge("exposure"));
      layout.put(pdColumn, row, value(read.pds[index]), "percent", "input", edge("pd"));
      layout.put(lgdColumn, row, value(read.lgds[index] ?? 1), "percent", "input", edge("lgd"));
    }
  }
  const single = count === 1;
  return {
    exposures: single ? "{exposureFirst}" : "{exposureFirst}:{exposureLast}",
    pds: single ? "{pdFirst}" : "{pdFirst}:{pdLast}",
    lgds: single ? "{lgdFirst}" : "{lgdFirst}:{lgdLast}",
  };
};

/**
 * "Loss in a bad year": one row per level (95 %, 99 %), the loss without cover in B and the loss the seller
 * keeps with cover in C. Live: CREDIT.LOSSQUANTILE over the portfolio's ranges, the level cell in A and, with
 * cover, the cover rate and the deductible per claim (pd_volatility and credit limits omitted: defaults, as
 * in the pane). Shareable: the core's quantiles, from the same portfolio and terms as the pane.
 */
const writeLossTail = (layout: SheetLayout, t: (fr: string, en: string) => string, inputs: InsuranceInputs, options: ProposalOptions, book: Book): void => {
  const { variant, language } = options;
  layout.skip();
  layout.heading(t("Pertes d'une mauvaise année", "Loss in a bad year"));
  const headerRow = layout.takeRow();
  layout.put(0, headerRow, value(t("Niveau (perte dépassée une année sur 20, sur 100)", "Level (loss exceeded one year in 20, in 100)")), "text", "label");
  layout.put(1, headerRow, value(t("Sans assurance", "Without cover")), "text", "heading");
  layout.put(2, headerRow, value(t("Avec assurance", "With cover")), "text", "heading");

  const buyers = lossPortfolio(inputs);
  const gross = once(() => creditRiskPlus(buyers));
  const retained = once(() => creditRiskPlus(retainedLossModel(buyers, inputs)));
  const quantile = (distribution: () => LossDistribution, level: number) =>
    computed(() => lossQuantile(distribution(), level), "currency", language);
  const { exposures, pds, lgds } = book;

  for (const level of TAIL_LEVELS) {
    const row = layout.takeRow();
    const percent = Math.round(level * 100);
    const levelKey = `level${percent}`;
    layout.put(0, row, value(level), "percent", "input", levelKey);
    const call = `ENCOURS.CREDIT.LOSSQUANTILE(${exposures},${pds},{${levelKey}},${lgds}`;
    if (variant === "live") {
      layout.put(1, row, formula(`=${call})`), "currency", "result", `lossGross${percent}`);
      layout.put(2, row, formula(`=${call},,{coverRate},,{deductible})`), "currency", "result", `lossRetained${percent}`);
    } else {
      const withoutCover = quantile(gross, level);
      const withCover = quantile(retained, level);
      layout.put(1, row, withoutCover.content, withoutCover.format, "result", `lossGross${percent}`);
      layout.put(2, row, withCover.content, withCover.format, "result", `lossRetained${percent}`);
    }
  }
  layout.put(
    0,
    layout.takeRow(),
    value(
      t(
        "CreditRisk+ sur le portefeuille (colonnes E:G), volatilité des taux de défaut 0,5 × pd ; avec assurance : la perte qui reste à votre charge après indemnités (quotité, franchise par sinistre).",
        "CreditRisk+ on the portfolio (columns E:G), default-rate volatility 0.5 × pd; with cover: the loss you keep after indemnities (cover rate, deductible per claim).",
      ),
    ),
    "text",
    "note",
  );
};
