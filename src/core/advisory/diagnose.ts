import { dec } from "../decimal";
import { FACTORING_DEFAULTS, factoringAnnualCost, factoringLine } from "../factoring";
import { type Bilingual, MESSAGES } from "../messages";
import { checkNonNegative, checkOptions, checkPositiveRate, checkRate, fail, finiteResult } from "../validate";

export type Objective = "cash" | "protection" | "both" | "unsure";
export type Recommendation = "insurance" | "factoring" | "both";

/** The few figures the diagnostic asks for. */
export interface DiagnoseOptions {
  /** Annual B2B turnover, €. */
  turnover: number;
  /** Average payment delay of customers, days. */
  paymentDays: number;
  /** Share of the five largest customers in the turnover, 0..1. */
  top5Share: number;
  /** Gross margin rate, more than 0 and at most 1. */
  grossMargin: number;
  objective: Objective;
  /** Overrides of {@link DIAGNOSTIC_ASSUMPTIONS}. */
  assumptions?: Partial<DiagnosticAssumptions>;
}

/** What the diagnostic assumes when the user gives only a few figures. */
export interface DiagnosticAssumptions {
  /** Share of receivables outstanding lost to customer failures in a year, before recovery. */
  defaultRate: number;
  /** Share of a failed customer's receivables never recovered. */
  lossGivenDefault: number;
  /** Factoring terms used to price the cash freed (the factoring seeds). */
  advanceRate: number;
  serviceFeeRate: number;
  financingRate: number;
  /** Payment delay from which receivables are said to tie up cash (days). */
  longPaymentDays: number;
  /** Top-5 share from which the customer base is said to be concentrated. */
  concentratedTop5Share: number;
  /** Share of a year's gross margin that a single failure may cost before it is said to be heavy. */
  heavyLossShareOfMargin: number;
}

/**
 * The diagnostic's assumptions, stated so that a broker can show them to the client:
 * - 2 % of receivables outstanding fail in a year, nothing recovered (LGD 100 %): a prudent order of
 *   magnitude for SMEs' trade customers; replace it with the client's own loss history when known;
 * - factoring at the simulator's seed terms (90 % advanced, 1 % service fee, 5 % financing);
 * - 60 days is the long-delay mark: the French legal cap on agreed payment terms (Code de commerce L441-10);
 * - a top-5 share of 40 % or more is concentrated; a single failure costing 10 % or more of a year's gross
 *   margin is heavy.
 */
export const DIAGNOSTIC_ASSUMPTIONS: Readonly<DiagnosticAssumptions> = {
  defaultRate: 0.02,
  lossGivenDefault: 1,
  advanceRate: FACTORING_DEFAULTS.advanceRate,
  serviceFeeRate: FACTORING_DEFAULTS.serviceFeeRate,
  financingRate: FACTORING_DEFAULTS.financingRate,
  longPaymentDays: 60,
  concentratedTop5Share: 0.4,
  heavyLossShareOfMargin: 0.1,
};

/** The diagnostic's answer. Amounts in €, not rounded. */
export interface Diagnosis {
  /** turnover × paymentDays / 365. */
  receivablesOutstanding: number;
  /** The factoring line over those receivables: the cash factoring would free. */
  cashFreed: number;
  /** What that factoring programme costs in a year. */
  factoringYearlyCost: number;
  /** receivablesOutstanding × defaultRate × lossGivenDefault. */
  expectedLoss: number;
  /** top5Share / 5: the smallest share the largest customer can hold (the five could be equal). */
  largestCustomerShare: number;
  /** receivablesOutstanding × largestCustomerShare. */
  largestCustomerExposure: number;
  /** largestCustomerExposure × lossGivenDefault: the loss if the largest customer fails (at least). */
  largestCustomerLoss: number;
  /** largestCustomerLoss / grossMargin: extra sales needed to earn that loss back. */
  turnoverToRecoverLoss: number;
  /** largestCustomerLoss / (turnover × grossMargin); 0 when the turnover is 0. */
  lossShareOfMargin: number;
  signals: { longPaymentDelay: boolean; concentrated: boolean; heavyLoss: boolean };
  recommendation: Recommendation;
  /** Why, in plain words (EN+FR), one sentence each. */
  reasons: Bilingual[];
  assumptions: DiagnosticAssumptions;
  /** The assumptions in plain words (EN+FR). */
  assumptionNotes: Bilingual[];
}

const OBJECTIVES: readonly Objective[] = ["cash", "protection", "both", "unsure"];

const euros = (value: number, locale: string): string =>
  `${new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(value)} €`;
const percent = (value: number, locale: string): string =>
  new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1 }).format(value);
const both = (build: (money: (v: number) => string, pct: (v: number) => string) => [string, string]): Bilingual => {
  const en = build((v) => euros(v, "en-GB"), (v) => percent(v, "en-GB"))[0];
  const fr = build((v) => euros(v, "fr-FR"), (v) => percent(v, "fr-FR"))[1];
  return { en, fr };
};

const checkAssumptions = (value: unknown): DiagnosticAssumptions => {
  const given = value === undefined || value === null ? {} : checkOptions(value);
  const pick = (key: keyof DiagnosticAssumptions): unknown => (given[key] === undefined ? DIAGNOSTIC_ASSUMPTIONS[key] : given[key]);
  return {
    defaultRate: checkRate(pick("defaultRate"), "default_rate"),
    lossGivenDefault: checkRate(pick("lossGivenDefault"), "loss_given_default"),
    advanceRate: checkRate(pick("advanceRate"), "advance_rate"),
    serviceFeeRate: checkRate(pick("serviceFeeRate"), "service_fee_rate"),
    financingRate: checkRate(pick("financingRate"), "financing_rate"),
    longPaymentDays: checkNonNegative(pick("longPaymentDays"), "long_payment_days"),
    concentratedTop5Share: checkRate(pick("concentratedTop5Share"), "concentrated_top5_share"),
    heavyLossShareOfMargin: checkRate(pick("heavyLossShareOfMargin"), "heavy_loss_share_of_margin"),
  };
};

/** The recommendation rules, in the order the reasons give them. */
const recommend = (objective: Objective, cashSignal: boolean, protectionSignal: boolean): Recommendation => {
  if (objective === "both") return "both";
  // A stated objective is honoured; a strong signal on the other side adds the other product.
  if (objective === "cash") return protectionSignal ? "both" : "factoring";
  if (objective === "protection") return cashSignal ? "both" : "insurance";
  if (cashSignal && protectionSignal) return "both";
  if (cashSignal) return "factoring";
  // Protection signal only, or no strong signal: insurance is the lighter step (a premium; invoices and the
  // customer relationship stay in house) and protects the margin already earned.
  return "insurance";
};

/**
 * "Protéger ou cash ?": from a few figures, the cash factoring would free and its yearly cost, the expected
 * loss on receivables, the loss if the largest customer fails and the sales needed to earn it back at the
 * gross margin, then a recommendation — credit insurance, factoring or both — with its reasons.
 *
 * Rules, in plain words: a stated objective is honoured ("cash" → factoring, "protection" → insurance,
 * "both" → both), and the other product is added when its own signal is strong. With objective "unsure":
 * a long payment delay (≥ 60 days) calls for factoring; a concentrated customer base (top 5 ≥ 40 %) or a
 * heavy single loss (≥ 10 % of a year's gross margin) calls for insurance; both signals → both; no strong
 * signal → insurance, the lighter step. See {@link DIAGNOSTIC_ASSUMPTIONS} for the figures assumed.
 *
 * @throws CoreError VALUE for a negative or non-finite turnover or delay, a share outside 0..1, a gross
 *   margin of 0, an unknown objective or bad assumption overrides
 *
 * @example
 * // 2 000 000 € at 60 days, top 5 = 45 %, margin 30 %: receivables 2 000 000 × 60 / 365 = 328 767.12;
 * // expected loss × 2 % = 6 575.34; largest customer ≥ 45 % / 5 = 9 % → 29 589.04 lost, 98 630.14 of
 * // sales to earn it back at 30 %; long delay and concentration → both
 * diagnose({ turnover: 2000000, paymentDays: 60, top5Share: 0.45, grossMargin: 0.3, objective: "unsure" })
 * // => { receivablesOutstanding: 328767.1232876712, expectedLoss: 6575.342465753425, recommendation: "both", ... }
 */
export const diagnose = (options: DiagnoseOptions): Diagnosis => {
  const o = checkOptions(options);
  const turnover = checkNonNegative(o.turnover, "turnover");
  const paymentDays = checkNonNegative(o.paymentDays, "payment_days");
  const top5Share = checkRate(o.top5Share, "top5_share");
  const grossMargin = checkPositiveRate(o.grossMargin, "gross_margin");
  const objective = OBJECTIVES.includes(o.objective as Objective)
    ? (o.objective as Objective)
    : fail("VALUE", MESSAGES.notOneOf("objective", OBJECTIVES), "objective");
  const a = checkAssumptions(o.assumptions);

  const receivables = dec(turnover).times(paymentDays).div(365);
  const programme = { annualTurnover: turnover, dsoDays: paymentDays, advanceRate: a.advanceRate, usage: 1 };
  const cashFreed = factoringLine(programme);
  const factoringYearlyCost = factoringAnnualCost({ ...programme, serviceFeeRate: a.serviceFeeRate, financingRate: a.financingRate }).total;
  const expectedLoss = receivables.times(a.defaultRate).times(a.lossGivenDefault);
  const largestShare = dec(top5Share).div(5);
  const largestExposure = receivables.times(largestShare);
  const largestLoss = largestExposure.times(a.lossGivenDefault);
  const toRecover = largestLoss.div(grossMargin);
  const yearlyMargin = dec(turnover).times(grossMargin);
  const lossShareOfMargin = yearlyMargin.isZero() ? dec(0) : largestLoss.div(yearlyMargin);

  const signals = {
    longPaymentDelay: paymentDays >= a.longPaymentDays,
    concentrated: top5Share >= a.concentratedTop5Share,
    heavyLoss: lossShareOfMargin.gte(a.heavyLossShareOfMargin),
  };
  const recommendation = recommend(objective, signals.longPaymentDelay, signals.concentrated || signals.heavyLoss);

  const figures = {
    receivables: finiteResult(receivables),
    expectedLoss: finiteResult(expectedLoss),
    largestShare: finiteResult(largestShare),
    largestExposure: finiteResult(largestExposure),
    largestLoss: finiteResult(largestLoss),
    toRecover: finiteResult(toRecover),
    lossShareOfMargin: finiteResult(lossShareOfMargin),
  };

  const reasons: Bilingual[] = [];
  if (objective !== "unsure") {
    const goal = { cash: ["cash", "la trésorerie"], protection: ["protection against unpaid invoices", "la protection contre les impayés"], both: ["both cash and protection", "la trésorerie et la protection"] }[objective];
    reasons.push({ en: `Your stated objective is ${goal[0]}.`, fr: `Votre objectif déclaré est ${goal[1]}.` });
  }
  reasons.push(
    signals.longPaymentDelay
      ? both((m) => [
          `Customers pay in ${paymentDays} days on average (the ${a.longPaymentDays}-day mark is reached): ${m(figures.receivables)} wait in receivables; factoring would free about ${m(cashFreed)} for about ${m(factoringYearlyCost)} a year.`,
          `Vos clients paient à ${paymentDays} jours en moyenne (le seuil de ${a.longPaymentDays} jours est atteint) : ${m(figures.receivables)} dorment en créances ; l'affacturage libérerait environ ${m(cashFreed)} pour environ ${m(factoringYearlyCost)} par an.`,
        ])
      : both((m) => [
          `Customers pay in ${paymentDays} days on average, under the ${a.longPaymentDays}-day mark: the ${m(figures.receivables)} in receivables are not the main issue (factoring would free about ${m(cashFreed)} for about ${m(factoringYearlyCost)} a year).`,
          `Vos clients paient à ${paymentDays} jours en moyenne, sous le seuil de ${a.longPaymentDays} jours : les ${m(figures.receivables)} de créances ne sont pas le sujet principal (l'affacturage libérerait environ ${m(cashFreed)} pour environ ${m(factoringYearlyCost)} par an).`,
        ]),
  );
  reasons.push(
    signals.concentrated
      ? both((_m, p) => [
          `Your five largest customers make ${p(top5Share)} of turnover (${p(a.concentratedTop5Share)} or more is concentrated): one failure would hit hard.`,
          `Vos cinq premiers clients pèsent ${p(top5Share)} du chiffre d'affaires (concentré à partir de ${p(a.concentratedTop5Share)}) : une seule défaillance pèserait lourd.`,
        ])
      : both((_m, p) => [
          `Your five largest customers make ${p(top5Share)} of turnover, under the ${p(a.concentratedTop5Share)} concentration mark.`,
          `Vos cinq premiers clients pèsent ${p(top5Share)} du chiffre d'affaires, sous le seuil de concentration de ${p(a.concentratedTop5Share)}.`,
        ]),
  );
  reasons.push(
    both((m, p) => [
      `If your largest customer failed, at least ${m(figures.largestLoss)} would be lost (${p(figures.lossShareOfMargin)} of a year's gross margin${signals.heavyLoss ? `, ${p(a.heavyLossShareOfMargin)} or more is heavy` : ""}); earning it back takes ${m(figures.toRecover)} of extra sales at a ${p(grossMargin)} margin.`,
      `Si votre premier client faisait défaut, au moins ${m(figures.largestLoss)} seraient perdus (${p(figures.lossShareOfMargin)} d'une année de marge brute${signals.heavyLoss ? `, lourd à partir de ${p(a.heavyLossShareOfMargin)}` : ""}) ; il faudrait ${m(figures.toRecover)} de ventes supplémentaires à ${p(grossMargin)} de marge pour les regagner.`,
    ]),
  );
  reasons.push(
    {
      insurance: {
        en: "Recommendation: credit insurance, to protect the margin already earned.",
        fr: "Recommandation : l'assurance-crédit, pour protéger la marge déjà gagnée.",
      },
      factoring: {
        en: "Recommendation: factoring, to turn receivables into cash.",
        fr: "Recommandation : l'affacturage, pour transformer les créances en trésorerie.",
      },
      both: {
        en: "Recommendation: both — factoring for cash and credit insurance for protection (factors often offer them together).",
        fr: "Recommandation : les deux — l'affacturage pour la trésorerie et l'assurance-crédit pour la protection (souvent proposés ensemble par les affactureurs).",
      },
    }[recommendation],
  );

  const assumptionNotes: Bilingual[] = [
    both((_m, p) => [
      `Receivables outstanding = turnover × payment days / 365; ${p(a.defaultRate)} of them fail in a year and ${p(a.lossGivenDefault)} of a failure is lost.`,
      `Encours clients = chiffre d'affaires × délai de paiement / 365 ; ${p(a.defaultRate)} font défaut dans l'année et ${p(a.lossGivenDefault)} d'une défaillance est perdu.`,
    ]),
    both((_m, p) => [
      `The largest customer holds at least a fifth of the top-5 share (${p(figures.largestShare)}): the loss shown is a minimum.`,
      `Le premier client détient au moins un cinquième de la part des cinq premiers (${p(figures.largestShare)}) : la perte indiquée est un minimum.`,
    ]),
    both((_m, p) => [
      `Factoring priced at ${p(a.advanceRate)} advanced, ${p(a.serviceFeeRate)} service fee and ${p(a.financingRate)} financing a year.`,
      `Affacturage chiffré à ${p(a.advanceRate)} d'avance, ${p(a.serviceFeeRate)} de commission d'affacturage et ${p(a.financingRate)} de financement par an.`,
    ]),
  ];

  return {
    receivablesOutstanding: figures.receivables,
    cashFreed,
    factoringYearlyCost,
    expectedLoss: figures.expectedLoss,
    largestCustomerShare: figures.largestShare,
    largestCustomerExposure: figures.largestExposure,
    largestCustomerLoss: figures.largestLoss,
    turnoverToRecoverLoss: figures.toRecover,
    lossShareOfMargin: figures.lossShareOfMargin,
    signals,
    recommendation,
    reasons,
    assumptions: a,
    assumptionNotes,
  };
};
