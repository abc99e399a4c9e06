import fc from "fast-check";
import { coreErrorOf } from "../../testkit/coreError";
import { diagnose, DIAGNOSTIC_ASSUMPTIONS, type DiagnoseOptions } from "../../src/core";

// The task pane's seed: 2 000 000 € B2B turnover, 60 days, top 5 = 45 %, gross margin 30 %, objective unsure.
const seed: DiagnoseOptions = { turnover: 2000000, paymentDays: 60, top5Share: 0.45, grossMargin: 0.3, objective: "unsure" };
// A small, calm business: 365 000 € at 30 days → receivables exactly 30 000 €.
const calm: DiagnoseOptions = { turnover: 365000, paymentDays: 30, top5Share: 0.2, grossMargin: 0.25, objective: "unsure" };

describe("diagnose", () => {
  it("works the seed's figures out by hand", () => {
    const d = diagnose(seed);
    // receivables 2 000 000 × 60 / 365 = 328 767.12; line × 90 % = 295 890.41;
    // yearly cost 2 000 000 × 1 % + 295 890.41 × 5 % = 20 000 + 14 794.52 = 34 794.52
    expect(d.receivablesOutstanding).toBeCloseTo(328767.1232876712, 6);
    expect(d.cashFreed).toBeCloseTo(295890.4109589041, 6);
    expect(d.factoringYearlyCost).toBeCloseTo(34794.52054794521, 6);
    // expected loss 328 767.12 × 2 % × 100 % = 6 575.34
    expect(d.expectedLoss).toBeCloseTo(6575.342465753425, 6);
    // largest customer ≥ 45 % / 5 = 9 % → 29 589.04 lost; / 30 % = 98 630.14 of sales; / 600 000 margin = 4.93 %
    expect(d.largestCustomerShare).toBeCloseTo(0.09, 12);
    expect(d.largestCustomerExposure).toBeCloseTo(29589.04109589041, 6);
    expect(d.largestCustomerLoss).toBeCloseTo(29589.04109589041, 6);
    expect(d.turnoverToRecoverLoss).toBeCloseTo(98630.13698630137, 6);
    expect(d.lossShareOfMargin).toBeCloseTo(0.0493150684931507, 10);
    expect(d.signals).toEqual({ longPaymentDelay: true, concentrated: true, heavyLoss: false });
    expect(d.recommendation).toBe("both");
  });

  it("explains the seed's recommendation in plain words in both languages", () => {
    const d = diagnose(seed);
    expect(d.reasons.map((r) => r.en).join(" ")).toContain("at least 29,589 € would be lost");
    expect(d.reasons.map((r) => r.en).join(" ")).toContain("98,630 € of extra sales at a 30% margin");
    expect(d.reasons[d.reasons.length - 1].fr).toMatch(/^Recommandation : les deux/);
    expect(d.reasons.every((r) => r.en.length > 0 && r.fr.length > 0 && r.en !== r.fr)).toBe(true);
  });

  it("states its assumptions, including the lower bound used for the largest customer", () => {
    const d = diagnose(seed);
    expect(d.assumptions).toEqual(DIAGNOSTIC_ASSUMPTIONS);
    expect(d.assumptionNotes.map((n) => n.en).join(" ")).toContain("at least a fifth of the top-5 share (9%)");
    expect(d.assumptionNotes.map((n) => n.fr).join(" ")).toContain("la perte indiquée est un minimum");
  });

  it("recommends insurance, the lighter step, when no signal is strong", () => {
    const d = diagnose(calm);
    // 30 000 × 2 % = 600 expected; largest ≥ 4 % → 1 200; / 25 % = 4 800 of sales
    expect(d.expectedLoss).toBeCloseTo(600, 8);
    expect(d.largestCustomerLoss).toBeCloseTo(1200, 8);
    expect(d.turnoverToRecoverLoss).toBeCloseTo(4800, 8);
    expect(d.signals).toEqual({ longPaymentDelay: false, concentrated: false, heavyLoss: false });
    expect(d.recommendation).toBe("insurance");
  });

  describe("recommendation rules", () => {
    it("recommends factoring when only the payment delay is long", () => {
      expect(diagnose({ ...calm, paymentDays: 75 }).recommendation).toBe("factoring");
    });

    it("recommends insurance when a single failure would cost a heavy share of the margin", () => {
      // 30 000 × (35 % / 5) = 2 100 lost against 365 000 × 5 % = 18 250 of margin: 11.5 % ≥ 10 %
      const d = diagnose({ ...calm, top5Share: 0.35, grossMargin: 0.05 });
      expect(d.signals).toEqual({ longPaymentDelay: false, concentrated: false, heavyLoss: true });
      expect(d.recommendation).toBe("insurance");
    });

    it("honours the objective cash, and adds insurance when the customers are concentrated", () => {
      expect(diagnose({ ...calm, objective: "cash" }).recommendation).toBe("factoring");
      expect(diagnose({ ...calm, objective: "cash", top5Share: 0.6 }).recommendation).toBe("both");
    });

    it("honours the objective protection, and adds factoring when the delay is long", () => {
      expect(diagnose({ ...calm, objective: "protection" }).recommendation).toBe("insurance");
      expect(diagnose({ ...calm, objective: "protection", paymentDays: 90 }).recommendation).toBe("both");
    });

    it("says the stated objective among its reasons", () => {
      expect(diagnose({ ...calm, objective: "cash" }).reasons[0]).toEqual({
        en: "Your stated objective is cash.",
        fr: "Votre objectif déclaré est la trésorerie.",
      });
    });

    it("uses overridden assumptions", () => {
      const d = diagnose({ ...calm, assumptions: { defaultRate: 0.05, longPaymentDays: 30 } });
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
    });

    it("gives finite figures, a known recommendation and earns the loss back exactly at the margin", () => {
      fc.assert(
        fc.property(options, (o) => {
          const d = diagnose(o);
          const figures = [d.receivablesOutstanding, d.cashFreed, d.factoringYearlyCost, d.expectedLoss, d.largestCustomerLoss, d.turnoverToRecoverLoss];
          expect(figures.every(Number.isFinite)).toBe(true);
          expect(["insurance", "factoring", "both"]).toContain(d.recommendation);
          expect(d.turnoverToRecoverLoss * o.grossMargin).toBeCloseTo(d.largestCustomerLoss, 2);
          expect(d.largestCustomerLoss).toBeLessThanOrEqual(d.receivablesOutstanding * o.top5Share + 1e-6);
        }),
      );
    });

    it("always recommends both when the objective is both", () => {
      fc.assert(fc.property(options, (o) => expect(diagnose({ ...o, objective: "both" }).recommendation).toBe("both")));
    });
  });
});
