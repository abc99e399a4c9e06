import fc from "fast-check";
import { coreErrorOf } from "../../testkit/coreError";
import { DEFAULT_AGREED_TERMS_DAYS, diagnose, DIAGNOSTIC_ASSUMPTIONS, type DiagnoseOptions, type Diagnosis, outstandingFromTurnover } from "../../src/core";

// The task pane's seed: 2 000 000 € HT B2B turnover, 60 days against 30 agreed, top 5 = 45 %, gross margin 30 %, unsure.
const seed: DiagnoseOptions = { turnover: 2000000, vatIncluded: false, paymentDays: 60, agreedTermsDays: 30, top5Share: 0.45, grossMargin: 0.3, objective: "unsure" };
// A small, calm business paid on its terms: 365 000 € TTC at 30 days → receivables exactly 30 000 €.
const calm: DiagnoseOptions = { turnover: 365000, vatIncluded: true, paymentDays: 30, top5Share: 0.2, grossMargin: 0.25, objective: "unsure" };

const codes = (d: Diagnosis): string[] => d.reasons.map((reason) => reason.code);

describe("diagnose", () => {
  it("works the seed's figures out by hand, on the exposure at default (turnover TTC)", () => {
    const d = diagnose(seed);
    // hand-worked: turnover TTC 2 000 000 × 1.2 = 2 400 000 (VAT 20 %, CGI art. 278);
    // receivables 2 400 000 × 60 / 365 = 394 520.547945…; line × 90 % = 355 068.493150…;
    // yearly cost 2 400 000 × 1 % + 355 068.49 × 5 % = 24 000 + 17 753.42 = 41 753.424657…
    expect(d.receivablesOutstanding).toBeCloseTo(394520.5479452055, 6);
    expect(d.cashFreed).toBeCloseTo(355068.4931506849, 6);
    expect(d.factoringYearlyCost).toBeCloseTo(41753.42465753425, 6);
    // hand-worked: expected loss 394 520.55 × 2 % × 100 % = 7 890.41
    expect(d.expectedLoss).toBeCloseTo(7890.41095890411, 6);
    // hand-worked: largest customer ≥ 45 % / 5 = 9 % → 35 506.85 lost; / 30 % = 118 356.16 of sales;
    // / (2 000 000 HT × 30 % = 600 000 of margin) = 5.92 %
    expect(d.largestCustomerShare).toBeCloseTo(0.09, 12);
    expect(d.largestCustomerExposure).toBeCloseTo(35506.84931506849, 6);
    expect(d.largestCustomerLoss).toBeCloseTo(35506.84931506849, 6);
    expect(d.turnoverToRecoverLoss).toBeCloseTo(118356.1643835616, 6);
    expect(d.lossShareOfMargin).toBeCloseTo(0.05917808219178082, 10);
    // hand-worked: 60 − 30 = 30 days late ≥ 15
    expect(d.daysLate).toBe(30);
    expect(d.signals).toEqual({ latePayment: true, concentrated: true, heavyLoss: false });
    expect(d.needs).toEqual({ cash: true, protection: true });
    expect(d.recommendation).toBe("both");
  });

  it("counts receivables as the Assurance-crédit tab does (outstandingFromTurnover)", () => {
    const d = diagnose(seed);
    expect(d.receivablesOutstanding).toBe(outstandingFromTurnover({ turnover: 2000000, vatIncluded: false, paymentDays: 60 }));
  });

  it("gives its reasons as codes with the figures they quote", () => {
    const d = diagnose(seed);
    expect(codes(d)).toEqual(["paidLate", "concentrated", "bearableLoss", "recommendBoth"]);
    expect(d.reasons[0].values).toMatchObject({ paymentDays: 60, agreedTermsDays: 30, daysLate: 30, lateDaysMark: 15 });
    expect(d.reasons[0].values.cashFreed).toBeCloseTo(355068.4931506849, 6);
    expect(d.reasons[1].values).toEqual({ top5Share: 0.45, concentratedTop5Share: 0.4 });
    expect(d.reasons[2].values.largestCustomerLoss).toBeCloseTo(35506.84931506849, 6);
    expect(d.reasons[2].values.turnoverToRecoverLoss).toBeCloseTo(118356.1643835616, 6);
  });

  it("states its assumptions as codes, including the lower bound used for the largest customer and the agreed terms", () => {
    const d = diagnose(seed);
    expect(d.assumptions).toEqual({ ...DIAGNOSTIC_ASSUMPTIONS, agreedTermsDays: 30, vatRate: 0.2 });
    expect(d.assumptionNotes.map((note) => note.code)).toEqual(["exposureAtDefault", "largestCustomerMinimum", "factoringTerms", "agreedTerms"]);
    expect(d.assumptionNotes[1].values.largestCustomerShare).toBeCloseTo(0.09, 12);
  });

  it("compares the payment delay with agreed terms of 30 days when none are given (Code de commerce L441-10)", () => {
    expect(diagnose({ ...seed, agreedTermsDays: undefined }).assumptions.agreedTermsDays).toBe(30);
    expect(DEFAULT_AGREED_TERMS_DAYS).toBe(30);
    // 60 days is within agreed terms of 60 days: not late, though at the legal cap
    const d = diagnose({ ...seed, agreedTermsDays: 60 });
    expect(d.daysLate).toBe(0);
    expect(d.signals.latePayment).toBe(false);
    expect(codes(d)[0]).toBe("paidOnTerms");
  });

  it("answers neither for now when no signal is strong and no objective is stated", () => {
    const d = diagnose(calm);
    // hand-worked: 30 000 × 2 % = 600 expected; largest ≥ 4 % → 1 200; / 25 % = 4 800 of sales
    expect(d.expectedLoss).toBeCloseTo(600, 8);
    expect(d.largestCustomerLoss).toBeCloseTo(1200, 8);
    expect(d.turnoverToRecoverLoss).toBeCloseTo(4800, 8);
    expect(d.signals).toEqual({ latePayment: false, concentrated: false, heavyLoss: false });
    expect(d.recommendation).toBe("neither");
    expect(codes(d)).toEqual(["paidOnTerms", "notConcentrated", "bearableLoss", "recommendNeither"]);
  });

  describe("recommendation rules", () => {
    it("recommends factoring when only the payment delay is long against the terms", () => {
      // 45 − 30 = 15 days late, at the mark
      expect(diagnose({ ...calm, paymentDays: 45 }).recommendation).toBe("factoring");
      expect(diagnose({ ...calm, paymentDays: 44 }).recommendation).toBe("neither");
    });

    it("recommends insurance when a single failure would cost a heavy share of the margin", () => {
      // hand-worked: 30 000 × (35 % / 5) = 2 100 lost against 365 000 / 1.2 × 5 % = 15 208.33 of margin: 13.8 % ≥ 10 %
      const d = diagnose({ ...calm, top5Share: 0.35, grossMargin: 0.05 });
      expect(d.lossShareOfMargin).toBeCloseTo(2100 / 15208.333333333334, 10);
      expect(d.signals).toEqual({ latePayment: false, concentrated: false, heavyLoss: true });
      expect(d.recommendation).toBe("insurance");
    });

    it("honours the objective cash, and adds insurance when the customers are concentrated", () => {
      expect(diagnose({ ...calm, objective: "cash" }).recommendation).toBe("factoring");
      expect(diagnose({ ...calm, objective: "cash", top5Share: 0.6 }).recommendation).toBe("both");
    });

    it("honours the objective protection, and adds factoring when customers pay late", () => {
      expect(diagnose({ ...calm, objective: "protection" }).recommendation).toBe("insurance");
      expect(diagnose({ ...calm, objective: "protection", paymentDays: 90 }).recommendation).toBe("both");
    });

    it("never recommends credit insurance on top of a factoring with guarantee", () => {
      expect(diagnose({ ...seed, factoringGuarantee: true }).recommendation).toBe("factoring");
      expect(codes(diagnose({ ...seed, factoringGuarantee: true }))).toContain("guaranteeCovers");
      expect(diagnose({ ...calm, objective: "protection", factoringGuarantee: true }).recommendation).toBe("factoring");
      expect(diagnose({ ...calm, objective: "both", factoringGuarantee: true }).recommendation).toBe("factoring");
      // nothing to protect and no cash need: still neither
      expect(diagnose({ ...calm, factoringGuarantee: true }).recommendation).toBe("neither");
    });

    it("says the stated objective first among its reasons", () => {
      expect(diagnose({ ...calm, objective: "cash" }).reasons[0]).toEqual({ code: "objectiveCash", values: {} });
    });

    it("uses overridden assumptions", () => {
      const d = diagnose({ ...calm, assumptions: { defaultRate: 0.05, lateDaysMark: 0 } });
      // hand-worked: 30 000 × 5 % = 1 500
      expect(d.expectedLoss).toBeCloseTo(1500, 8);
      expect(d.recommendation).toBe("factoring");
    });
  });

  describe("errors", () => {
    it("rejects a gross margin of 0, which could never earn a loss back", () => {
      const error = coreErrorOf(() => diagnose({ ...seed, grossMargin: 0 }));
      expect(error.code).toBe("VALUE");
      expect(error.argument).toBe("gross_margin");
      expect(error.message).toBe("gross_margin must be more than 0 and at most 1 (30% or 0.3)");
      expect(error.messageFr).toBe("gross_margin doit être strictement supérieur à 0 et au plus égal à 1 (30 % ou 0,3)");
    });

    it("rejects a top-5 share typed as a percentage number", () => {
      expect(coreErrorOf(() => diagnose({ ...seed, top5Share: 45 })).message).toBe("top5_share must be between 0 and 1 (45% or 0.45)");
    });

    it("rejects a negative turnover, a non-number delay and an unknown objective", () => {
      expect(coreErrorOf(() => diagnose({ ...seed, turnover: -1 })).argument).toBe("turnover");
      expect(coreErrorOf(() => diagnose({ ...seed, paymentDays: Number.NaN })).argument).toBe("payment_days");
      expect(coreErrorOf(() => diagnose({ ...seed, objective: "growth" as never })).message).toBe("objective must be one of: cash, protection, both, unsure");
    });

    it("rejects a turnover that does not say HT or TTC, and negative agreed terms", () => {
      expect(coreErrorOf(() => diagnose({ ...seed, vatIncluded: undefined as never })).argument).toBe("vat_included");
      expect(coreErrorOf(() => diagnose({ ...seed, agreedTermsDays: -1 })).argument).toBe("agreed_terms_days");
      expect(coreErrorOf(() => diagnose({ ...seed, factoringGuarantee: "yes" as never })).argument).toBe("factoring_guarantee");
    });

    it("rejects a bad assumption override", () => {
      expect(coreErrorOf(() => diagnose({ ...seed, assumptions: { defaultRate: 2 } })).argument).toBe("default_rate");
    });
  });

  describe("properties", () => {
    const options = fc.record({
      turnover: fc.double({ min: 0, max: 1e10, noNaN: true }),
      paymentDays: fc.double({ min: 0, max: 365, noNaN: true }),
      top5Share: fc.double({ min: 0, max: 1, noNaN: true }),
      grossMargin: fc.double({ min: 0.001, max: 1, noNaN: true }),
      objective: fc.constantFrom("cash" as const, "protection" as const, "both" as const, "unsure" as const),
      vatIncluded: fc.boolean(),
      agreedTermsDays: fc.integer({ min: 0, max: 120 }),
      factoringGuarantee: fc.boolean(),
    });

    it("gives finite figures, a known recommendation and earns the loss back exactly at the margin", () => {
      fc.assert(
        fc.property(options, (o) => {
          const d = diagnose(o);
          const figures = [d.receivablesOutstanding, d.cashFreed, d.factoringYearlyCost, d.expectedLoss, d.largestCustomerLoss, d.turnoverToRecoverLoss];
          expect(figures.every(Number.isFinite)).toBe(true);
          expect(["insurance", "factoring", "both", "neither"]).toContain(d.recommendation);
          if (o.factoringGuarantee) expect(["insurance", "both"]).not.toContain(d.recommendation);
          expect(d.turnoverToRecoverLoss * o.grossMargin).toBeCloseTo(d.largestCustomerLoss, 2);
          expect(d.largestCustomerLoss).toBeLessThanOrEqual(d.receivablesOutstanding * o.top5Share + 1e-6);
        }),
      );
    });

    it("always recommends both when the objective is both and no factoring guarantee is in place", () => {
      fc.assert(fc.property(options, (o) => expect(diagnose({ ...o, objective: "both", factoringGuarantee: false }).recommendation).toBe("both")));
    });
  });
});
