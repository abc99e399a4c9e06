import fc from "fast-check";
import { compareOffersHonestly, CoreError, type HonestOffer } from "../../src/core";
import { expectUnchangedBy } from "../core/deepFreeze";

// Hand-worked profile: 3 650 000 € TTC ceded a year (10 000 € a day) at 60 days, 40 buyers: receivables 600 000 €.
const profile = { annualTurnover: 3650000, dsoDays: 60, buyers: 40 };
// Offer A advances 80 %: gross 2 920 000 a year; financing at Euribor 3M 2.1 % + 1.5 % = 3.6 %, ACT/360:
// 2 920 000 × 3.6 % × 60 / 360 = 17 520; commission 0.6 % × 3 650 000 = 21 900; fees 40 × 45 + 1 020 = 2 820;
// total 42 240 €; cash freed 2 920 000 × 60 / 365 = 480 000; 42 240 / 480 000 = 8.80 %.
const offerA: HonestOffer = { name: "A", advanceRate: 0.8, indexRate: 0.021, margin: 0.015, serviceFeeRate: 0.006, perBuyerFee: 45, yearlyFees: 1020 };
// Offer B advances 90 %: gross 3 285 000; financing 3 285 000 × 3.6 % × 60 / 360 = 19 710; commission 0.65 % = 23 725;
// fees 40 × 45 = 1 800; total 45 235 € (more euros than A); cash freed 3 285 000 × 60 / 365 = 540 000;
// 45 235 / 540 000 = 8.3769 % ≈ 8.38 %. At equal cash (540 000), A would cost 42 240 × 540 000 / 480 000 = 47 520 € > 45 235 €.
const offerB: HonestOffer = { name: "B", advanceRate: 0.9, indexRate: 0.021, margin: 0.015, serviceFeeRate: 0.0065, perBuyerFee: 45 };

describe("compareOffersHonestly", () => {
  it("ranks the 90 % offer first on cost per euro freed (8.38 % vs 8.80 %) although it bills more euros", () => {
    const { offers, warnings } = compareOffersHonestly({ ...profile, offers: [offerA, offerB] });
    expect(offers.map((o) => [o.name, o.rank, o.position, o.lowestCostPerEuroFinanced])).toEqual([["B", 1, 2, true], ["A", 2, 1, false]]);
    const [b, a] = offers;
    expect(a.totalCost).toBeCloseTo(42240, 8);
    expect(a.cashFreed).toBeCloseTo(480000, 8);
    expect(a.costPerCashFreed).toBeCloseTo(0.088, 12);
    expect(b.totalCost).toBeCloseTo(45235, 8);
    expect(b.cashFreed).toBeCloseTo(540000, 8);
    expect(b.costPerCashFreed).toBeCloseTo(45235 / 540000, 12);
    expect(Math.round(b.costPerCashFreed * 10000) / 100).toBe(8.38);
    expect(b.totalCost).toBeGreaterThan(a.totalCost);
    // Both TEGs: 3.6 % × 365 / 360 = 3.65 %; cost per euro of turnover: 42 240 / 3 650 000 = 1.157 %, 45 235 / 3 650 000 = 1.239 %.
    expect(a.teg).toBeCloseTo(0.0365, 12);
    expect(b.costPerTurnover).toBeCloseTo(45235 / 3650000, 12);
    expect(warnings).toEqual([]);
  });

  it("shows each offer's cash freed and credit cover, and never a cheapest in euros", () => {
    const { offers } = compareOffersHonestly({ ...profile, offers: [offerA, { ...offerB, coverQuota: 1 }] });
    expect(offers.map((o) => [o.name, o.includesCreditCover])).toEqual([["B", true], ["A", false]]);
    expect(offers.every((o) => !("cheapest" in o))).toBe(true);
  });

  it("warns when an offer with credit cover is set against one without", () => {
    const { warnings } = compareOffersHonestly({ ...profile, offers: [{ ...offerA, coverQuota: 1 }, offerB] });
    expect(warnings.map((w) => w.code)).toEqual(["CREDIT_COVER_DIFFERS"]);
    expect(warnings[0].message.fr).toMatch(/garantie/);
  });

  it("warns when the offers cover different quotas", () => {
    const { warnings } = compareOffersHonestly({ ...profile, offers: [{ ...offerA, coverQuota: 1 }, { ...offerB, coverQuota: 0.9 }] });
    expect(warnings.map((w) => w.code)).toEqual(["COVER_QUOTA_DIFFERS"]);
  });

  it("gives the badge and rank 1 to every offer tied for the lowest cost per euro, in the order given", () => {
    const { offers } = compareOffersHonestly({ ...profile, offers: [offerA, offerB, { ...offerB, name: "B bis" }] });
    expect(offers.map((o) => [o.name, o.rank, o.lowestCostPerEuroFinanced])).toEqual([["B", 1, true], ["B bis", 1, true], ["A", 3, false]]);
  });

  it("names the offer whose terms are wrong, in English and French", () => {
    let error: unknown;
    try {
      compareOffersHonestly({ ...profile, offers: [offerA, { ...offerB, reserveRate: 1.2 }] });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(CoreError);
    expect((error as CoreError).argument).toBe("reserve_rate");
    expect((error as CoreError).message).toBe("offer 2 (B): reserve_rate must be between 0 and 1 (10% or 0.1)");
    expect((error as CoreError).messageFr).toBe("offre 2 (B) : reserve_rate doit être compris entre 0 et 1 (10 % ou 0,1)");
  });

  it("answers NA when no offer is given", () => {
    expect(() => compareOffersHonestly({ ...profile, offers: [] })).toThrow(expect.objectContaining({ code: "NA" }));
  });

  it("does not mutate its inputs", () => {
    expectUnchangedBy([offerA, offerB], (offers) => compareOffersHonestly({ ...profile, offers }));
  });

  describe("properties", () => {
    const offer = fc.record({
      name: fc.string({ maxLength: 4 }),
      advanceRate: fc.double({ min: 0.5, max: 1, noNaN: true }),
      reserveRate: fc.double({ min: 0, max: 0.2, noNaN: true }),
      margin: fc.double({ min: 0.005, max: 0.08, noNaN: true }),
      precounted: fc.boolean(),
      financingOnGross: fc.boolean(),
      collectionDays: fc.integer({ min: 0, max: 10 }),
      serviceFeeRate: fc.double({ min: 0, max: 0.02, noNaN: true }),
      perInvoiceMinFee: fc.double({ min: 0, max: 40, noNaN: true }),
      perBuyerFee: fc.double({ min: 0, max: 100, noNaN: true }),
      fileFee: fc.double({ min: 0, max: 2000, noNaN: true }),
    });
    const options = fc.record({
      dailyInvoice: fc.integer({ min: 500, max: 50000 }),
      dsoDays: fc.integer({ min: 10, max: 120 }),
      buyers: fc.integer({ min: 1, max: 200 }),
      offers: fc.array(offer, { minLength: 2, maxLength: 4 }),
    });

    /*
     * Brute force, independent of the closed forms: one invoice a day for two years; each invoice's cash at
     * assignment stays out for its financing days; the average cash freed is the day-by-day average of the second
     * year's outstanding, and the year's cost the sum of that year's invoices' charges plus the yearly fees. Then
     * every offer is scaled to the same cash freed (the largest) and compared in euros.
     */
    const bruteForce = (dailyInvoice: number, dsoDays: number, buyers: number, o: (typeof offer extends fc.Arbitrary<infer T> ? T : never)) => {
      const days = dsoDays + o.collectionDays;
      const gross = dailyInvoice * o.advanceRate;
      const reserve = dailyInvoice * o.reserveRate;
      const commission = ((o.financingOnGross ? gross : gross - reserve) * o.margin * days) / 360;
      const cash = gross - reserve - (o.precounted ? commission : 0);
      const outstanding = new Array<number>(730 + days).fill(0);
      for (let day = 0; day < 730; day += 1) for (let t = day; t < day + days; t += 1) outstanding[t] += cash;
      const averageCash = outstanding.slice(365, 730).reduce((s, x) => s + x, 0) / 365;
      const perInvoice = Math.max(dailyInvoice * o.serviceFeeRate, o.perInvoiceMinFee) + commission;
      const yearCost = 365 * perInvoice + buyers * o.perBuyerFee + o.fileFee;
      return { averageCash, yearCost };
    };

    it("cost per euro freed ranks the offers as euros compared at equal cash freed", () => {
      fc.assert(
        fc.property(options, ({ dailyInvoice, dsoDays, buyers, offers }) => {
          const { offers: ranked } = compareOffersHonestly({ annualTurnover: dailyInvoice * 365, dsoDays, buyers, invoices: 365, offers });
          const brute = offers.map((o) => bruteForce(dailyInvoice, dsoDays, buyers, o));
          const equalCash = Math.max(...brute.map((b) => b.averageCash));
          const euros = brute.map((b) => (b.yearCost * equalCash) / b.averageCash);
          for (let i = 0; i < ranked.length; i += 1) {
            // Each offer's cash freed agrees with the simulation.
            expect(ranked[i].cashFreed).toBeCloseTo(brute[ranked[i].position - 1].averageCash, 4);
            for (let j = i + 1; j < ranked.length; j += 1) {
              const first = euros[ranked[i].position - 1];
              const second = euros[ranked[j].position - 1];
              // Ranked earlier means no more euros at equal cash (up to rounding, 1e-9 relative).
              expect(first).toBeLessThanOrEqual(second * (1 + 1e-9));
            }
          }
        }),
        { numRuns: 60 },
      );
    });
  });
});
