import fc from "fast-check";
import { compareFactoringOffers, type OfferTerms } from "../../src/core";
import { coreErrorOf } from "../../testkit/coreError";
import { expectUnchangedBy } from "../core/deepFreeze";

// Hand-worked profile: 365 000 € a year at 100 days DSO, so the receivables are exactly 100 000 €.
const profile = { annualTurnover: 365000, dsoDays: 100, usage: 1 };
// Offer X: 80 % advanced → line 80 000; fee max(365 000 × 1 %, 5 000) = 5 000; financing 80 000 × 5 % = 4 000;
// fixed 1 000 → 10 000 a year, 10 000 / 80 000 = 12.5 % of the cash freed.
const offerX: OfferTerms = { name: "X", advanceRate: 0.8, serviceFeeRate: 0.01, minAnnualFee: 5000, financingRate: 0.05, fixedFees: 1000 };
// Offer Y: 100 % advanced → line 100 000; fee 365 000 × 2 % = 7 300; financing 100 000 × 3 % = 3 000 → 10 300,
// i.e. 10.3 %: dearer in euros, cheaper per euro freed — the trap of offers that look alike.
const offerY: OfferTerms = { name: "Y", advanceRate: 1, serviceFeeRate: 0.02, minAnnualFee: 0, financingRate: 0.03, fixedFees: 0 };

describe("compareFactoringOffers", () => {
  it("applies each offer to the client's profile, part by part", () => {
    const [x, y] = compareFactoringOffers({ ...profile, offers: [offerX, offerY] });
    expect(x.line).toBeCloseTo(80000, 8);
    expect(x.serviceFee).toBeCloseTo(5000, 8);
    expect(x.financingCost).toBeCloseTo(4000, 8);
    expect(x.fixedFees).toBe(1000);
    expect(x.annualCost).toBeCloseTo(10000, 8);
    expect(x.cashFreed).toBeCloseTo(80000, 8);
    expect(x.annualisedCost).toBeCloseTo(0.125, 12);
    expect(y.annualCost).toBeCloseTo(10300, 8);
    expect(y.annualisedCost).toBeCloseTo(0.103, 12);
  });

  it("marks the lowest annual bill as cheapest, even when another offer costs less per euro freed", () => {
    const result = compareFactoringOffers({ ...profile, offers: [offerY, offerX] });
    expect(result.map((row) => [row.name, row.cheapest])).toEqual([["Y", false], ["X", true]]);
  });

  it("marks every offer tied for the lowest bill as cheapest", () => {
    const result = compareFactoringOffers({ ...profile, offers: [offerX, { ...offerX, name: "X bis" }, offerY] });
    expect(result.map((row) => row.cheapest)).toEqual([true, true, false]);
  });

  it("bills the annual minimum when the service fee on turnover is below it", () => {
    const [row] = compareFactoringOffers({ ...profile, offers: [{ ...offerX, minAnnualFee: 0 }] });
    expect(row.serviceFee).toBeCloseTo(3650, 8);
  });

  it("names an unnamed offer by its position", () => {
    const result = compareFactoringOffers({ ...profile, offers: [offerX, { ...offerY, name: "" }] });
    expect(result[1].name).toBe("2");
  });

  it("does not mutate its inputs", () => {
    expectUnchangedBy([offerX, offerY], (offers) => compareFactoringOffers({ ...profile, offers }));
  });

  describe("errors", () => {
    it("answers NA when no offer is given", () => {
      expect(() => compareFactoringOffers({ ...profile, offers: [] })).toThrow(expect.objectContaining({ code: "NA" }));
    });

    it("names the offer whose terms are wrong, in English and French", () => {
      const coreError = coreErrorOf(() => compareFactoringOffers({ ...profile, offers: [offerX, { ...offerY, advanceRate: 90 }] }));
      expect(coreError.code).toBe("VALUE");
      expect(coreError.argument).toBe("advance_rate");
      expect(coreError.message).toBe("offer 2 (Y): advance_rate must be between 0 and 1 (90% or 0.9)");
      expect(coreError.messageFr).toBe("offre 2 (Y) : advance_rate doit être compris entre 0 et 1 (90 % ou 0,9)");
    });

    it("reports a bad profile with the Excel argument name", () => {
      expect(() => compareFactoringOffers({ ...profile, dsoDays: -5, offers: [offerX] })).toThrow(/dso_days must be 0 or more/);
    });

    it("answers DIV0 when nothing is financed, so no cost can be annualised", () => {
      expect(() => compareFactoringOffers({ ...profile, usage: 0, offers: [offerX] })).toThrow(expect.objectContaining({ code: "DIV0" }));
    });

    it("answers VALUE when offers is not a list, or the options are not an object", () => {
      expect(() => compareFactoringOffers({ ...profile, offers: "X" as unknown as OfferTerms[] })).toThrow(/offers must be a list/);
      expect(() => compareFactoringOffers(42 as never)).toThrow(expect.objectContaining({ code: "VALUE" }));
    });
  });

  describe("properties", () => {
    const rate = fc.double({ min: 0, max: 1, noNaN: true });
    const offer = fc.record({
      name: fc.string({ maxLength: 8 }),
      advanceRate: fc.double({ min: 0.01, max: 1, noNaN: true }),
      serviceFeeRate: rate,
      minAnnualFee: fc.double({ min: 0, max: 1e6, noNaN: true }),
      financingRate: rate,
      fixedFees: fc.double({ min: 0, max: 1e5, noNaN: true }),
    });
    const options = fc.record({
      annualTurnover: fc.double({ min: 1000, max: 1e9, noNaN: true }),
      dsoDays: fc.double({ min: 1, max: 365, noNaN: true }),
      usage: fc.double({ min: 0.01, max: 1, noNaN: true }),
      offers: fc.array(offer, { minLength: 1, maxLength: 4 }),
    });

    it("the cheapest offers bill no more than any other, and at least one is cheapest", () => {
      fc.assert(
        fc.property(options, (o) => {
          const rows = compareFactoringOffers(o);
          const cheapest = rows.filter((row) => row.cheapest);
          expect(cheapest.length).toBeGreaterThan(0);
          for (const c of cheapest) for (const row of rows) expect(c.annualCost).toBeLessThanOrEqual(row.annualCost);
        }),
      );
    });

    it("each annual cost is the sum of its parts, and the line never exceeds the receivables", () => {
      fc.assert(
        fc.property(options, (o) => {
          for (const row of compareFactoringOffers(o)) {
            expect(row.annualCost).toBeCloseTo(row.serviceFee + row.financingCost + row.fixedFees, 4);
            expect(row.line).toBeLessThanOrEqual((o.annualTurnover * o.dsoDays) / 365 + 1e-6);
            expect(Number.isFinite(row.annualisedCost)).toBe(true);
          }
        }),
      );
    });
  });
});
