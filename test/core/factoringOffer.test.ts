import fc from "fast-check";
import {
  FACTORING_OFFER_DEFAULTS,
  factoringApr,
  factoringCost,
  factoringOfferInvoice,
  factoringProgramme,
  factoringTeg,
  isCoreError,
} from "../../src/core";
import { expectCoreError } from "../../testkit/coreError";
import { deepFreeze } from "./deepFreeze";

/*
 * Reference: Code de la consommation, art. R314-6 and its annex (décret n° 2008-449 du 7 mai 2008, art. R313-1-1
 * until 2016), read on Légifrance (JORFTEXT000018778173) and archeo-lex.fr. The annex defines:
 *   "Nombres débiteurs : produit du montant brut de financement par le nombre de jours de financement."
 *   "Nombres créditeurs du compte de retenue de garantie : produit du montant des prélèvements sur le compte
 *    d'engagement au titre de la constitution de la retenue de garantie par le nombre de jours pendant lequel
 *    le compte d'engagement est imputé."
 *   Numerator: "la commission de financement pré-comptée ... et / ou post-comptée assise sur l'intégralité de
 *   l'avance (y compris ... sur les retenues de garanties)" + "les autres frais et commissions liés au
 *   financement", "minoré des réfactions de taux ou d'assiette accordées au titre de l'avance sur retenues de
 *   garantie". Denominator: the debit numbers less the reserve account's credit numbers.
 *   R314-6: "un taux annuel, proportionnel au taux de période ... rapporté, selon la méthode des nombres, à une
 *   période d'un jour": TEG = one-day period rate × 365.
 */

const seed = { amount: 10000, days: 60 };

describe("FACTORING_OFFER_DEFAULTS", () => {
  it("is frozen and holds no reserve, a 5 % margin on a 0 index, post-counted on the gross, VAT 20 %", () => {
    expect(Object.isFrozen(FACTORING_OFFER_DEFAULTS)).toBe(true);
    expect(FACTORING_OFFER_DEFAULTS).toMatchObject({
      reserveRate: 0, indexRate: 0, margin: 0.05, indexFloor: false, financingOnGross: true, precounted: false, collectionDays: 0, vatRate: 0.2, coverQuota: 0,
    });
  });
});

describe("factoringTeg", () => {
  it("gives 5.07 % on the seed invoice, financing alone, where the all-in FACTOR.APR gives 11.83 %", () => {
    // hand-worked: commission 9 000 × 5 % × 60 / 360 = 75; debit numbers 9 000 × 60 = 540 000; no reserve;
    // period rate 75 / 540 000 per day; × 365 = 0.0506944… = 5 % × 365 / 360 (ACT/360 commission on a 365-day TEG)
    expect(factoringTeg(seed)).toBeCloseTo(0.05 * 365 / 360, 15);
    expect(factoringTeg(seed)).toBeCloseTo(0.0507, 4);
    // FACTOR.APR: (100 + 75) / 9 000 × 365 / 60 = 0.118287… — the 1 % service fee (100 €) is outside the TEG.
    expect(factoringApr(seed)).toBeCloseTo(0.1183, 4);
  });

  it("counts a post-counted commission on the whole advance, reserve included, over numbers net of the reserve", () => {
    // hand-worked: 100 % gross financing 10 000, reserve 10 % = 1 000; commission 10 000 × 5 % × 60 / 360 = 83.333…;
    // debit numbers 10 000 × 60 = 600 000; reserve credit numbers 1 000 × 60 = 60 000; denominator 540 000;
    // TEG = 83.333… / 540 000 × 365 = 0.0563271604938… (= 5 % × 365/360 × 10/9)
    expect(factoringTeg({ ...seed, advanceRate: 1, reserveRate: 0.1 })).toBeCloseTo(83.33333333333333 / 540000 * 365, 15);
    expect(factoringTeg({ ...seed, advanceRate: 1, reserveRate: 0.1 })).toBeCloseTo(0.0563271604938, 12);
  });

  it("gives the same TEG for a pre-counted commission of the same amount: the annex counts both in full", () => {
    // hand-worked: as above, the commission 83.333… is taken at day 0 instead of day 60; the annex's numerator
    // ("pré-comptée ... et / ou post-comptée") and denominator (debit numbers) are the same: 0.0563271604938…
    expect(factoringTeg({ ...seed, advanceRate: 1, reserveRate: 0.1, precounted: true })).toBeCloseTo(0.0563271604938, 12);
  });

  it("takes off the commission on the reserve when the contract finances net of it (the annex's réfaction d'assiette)", () => {
    // hand-worked: commission on the whole advance 83.333… less the reduction 1 000 × 5 % × 60 / 360 = 8.333…
    // = 75; 75 / 540 000 × 365 = 0.0506944…
    expect(factoringTeg({ ...seed, advanceRate: 1, reserveRate: 0.1, financingOnGross: false })).toBeCloseTo(0.0506944444444, 12);
  });

  it("adds the other fees tied to the financing, and leaves out the service fees", () => {
    // hand-worked: (75 + 15) / 540 000 × 365 = 0.0608333…; a 3 % factoring commission and a 5 € invoice fee change nothing
    expect(factoringTeg({ ...seed, financingFees: 15 })).toBeCloseTo(0.0608333333333, 12);
    expect(factoringTeg({ ...seed, serviceFeeRate: 0.03, perInvoiceFee: 5, perInvoiceMinFee: 50 })).toBe(factoringTeg(seed));
  });

  it("runs the financing rate at the index, floored at 0 when the contract says so, plus the margin", () => {
    // hand-worked: Euribor 3M −0.5 %, margin 2 %: floored 0 + 2 % = 2 % → TEG 2 % × 365 / 360 = 0.0202777…;
    // not floored: 1.5 % → 0.0152083…
    expect(factoringTeg({ ...seed, indexRate: -0.005, margin: 0.02, indexFloor: true })).toBeCloseTo(0.02 * 365 / 360, 15);
    expect(factoringTeg({ ...seed, indexRate: -0.005, margin: 0.02 })).toBeCloseTo(0.015 * 365 / 360, 15);
  });

  it("is 365/360 of the financing rate on a 360 basis, and the rate itself on a 365 basis", () => {
    // hand-worked: 9 000 × 5 % × 60 / 365 = 73.97…; / 540 000 × 365 = 5 %
    expect(factoringTeg({ ...seed, dayBasis: 365 })).toBeCloseTo(0.05, 15);
  });
});

describe("factoringOfferInvoice", () => {
  it("reproduces FACTOR.COST's charges with the default terms, and adds VAT on the factoring commission only", () => {
    // hand-worked: commission 10 000 × 1 % = 100 (VAT 20 € ), financing 9 000 × 5 % × 60 / 360 = 75 (no VAT)
    const invoice = factoringOfferInvoice(seed);
    expect(invoice).toMatchObject({ financingDays: 60, grossFinancing: 9000, reserveHeld: 0, cashFreed: 9000, factoringCommission: 100, financingCommission: 75 });
    expect(invoice.vat).toBeCloseTo(20, 12);
    expect(invoice.totalCost).toBe(175);
    expect(invoice.totalCostWithVat).toBeCloseTo(195, 12);
    // all-in per euro freed: 175 / 9 000 × 365 / 60 = 0.118287…, the FACTOR.APR figure when nothing else differs
    expect(invoice.costPerCashFreed).toBeCloseTo(factoringApr(seed), 15);
  });

  it("holds the reserve, takes a pre-counted commission at day 0 and gives the timeline flow by flow", () => {
    // hand-worked: gross 10 000, reserve 1 000, commission 83.333… taken now → day 0: 8 916.666…;
    // day 60: balance 10 000 − 10 000 − 100 − 20 (VAT) = −120, reserve release 1 000; total 9 796.666… = 10 000 − 203.333…
    const invoice = factoringOfferInvoice({ ...seed, advanceRate: 1, reserveRate: 0.1, precounted: true });
    expect(invoice.flows.map((f) => [f.day, f.kind])).toEqual([[0, "advance"], [60, "balance"], [60, "reserveRelease"]]);
    expect(invoice.flows[0].cashFlow).toBeCloseTo(8916.666666666666, 9);
    expect(invoice.flows[1].cashFlow).toBeCloseTo(-120, 9);
    expect(invoice.flows[2].cashFlow).toBe(1000);
    expect(invoice.flows[2].cumulative).toBeCloseTo(10000 - invoice.totalCostWithVat, 9);
    expect(invoice.cashFreed).toBeCloseTo(8916.666666666666, 9);
  });

  it("pays a post-counted commission from the balance instead", () => {
    // hand-worked: day 0: 10 000 − 1 000 = 9 000; day 60: −100 − 20 − 83.333… = −203.333…, then 1 000
    const flows = factoringOfferInvoice({ ...seed, advanceRate: 1, reserveRate: 0.1 }).flows;
    expect(flows[0].cashFlow).toBe(9000);
    expect(flows[1].cashFlow).toBeCloseTo(-203.3333333333333, 9);
  });

  it("adds the collection days to the financing days and settles on that day", () => {
    // hand-worked: 60 + 10 = 70 days; commission 9 000 × 5 % × 70 / 360 = 87.5
    const invoice = factoringOfferInvoice({ ...seed, collectionDays: 10 });
    expect(invoice.financingDays).toBe(70);
    expect(invoice.financingCommission).toBe(87.5);
    expect(invoice.flows[1].day).toBe(70);
  });

  it("charges the per-invoice minimum and the per-invoice fee, both with VAT", () => {
    // hand-worked: max(1 000 × 1 %, 15) = 15; fee 2; VAT (15 + 2) × 20 % = 3.4
    const invoice = factoringOfferInvoice({ amount: 1000, days: 30, perInvoiceMinFee: 15, perInvoiceFee: 2 });
    expect(invoice.factoringCommission).toBe(15);
    expect(invoice.serviceFees).toBe(2);
    expect(invoice.vat).toBeCloseTo(3.4, 12);
  });

  it("says whether the offer includes credit cover", () => {
    expect(factoringOfferInvoice({ ...seed, coverQuota: 0.9 }).includesCreditCover).toBe(true);
    expect(factoringOfferInvoice({ ...seed, recourseDays: 90 }).includesCreditCover).toBe(false);
  });

  it("does not mutate its inputs", () => {
    const options = deepFreeze({ ...seed, reserveRate: 0.1, advanceRate: 1 });
    expect(factoringOfferInvoice(options).reserveHeld).toBe(1000);
  });
});

describe("factoringProgramme", () => {
  it("gives the three honest figures for the seed programme, on the ACT/360 basis of FACTOR.COST", () => {
    // hand-worked: 1 200 000 € TTC at 60 days, 90 % advance, 1 % commission, 5 % ACT/360:
    // financing 1 200 000 × 0.9 × 5 % × 60 / 360 = 9 000 (= 120 seed-sized invoices × 75); commission 12 000; cost 21 000;
    // cash freed 1 080 000 × 60 / 365 = 177 534.246…; 21 000 / 177 534.246 = 0.118287…; 21 000 / 1 200 000 = 1.75 %;
    // TEG 9 000 / (1 080 000 × 60) × 365 = 0.0506944…
    const p = factoringProgramme({ annualTurnover: 1200000, dsoDays: 60 });
    expect(p.financingCommission).toBe(9000);
    expect(p.factoringCommission).toBe(12000);
    expect(p.totalCost).toBe(21000);
    expect(p.vat).toBe(2400);
    expect(p.cashFreed).toBeCloseTo(177534.24657534246, 8);
    expect(p.costPerCashFreed).toBeCloseTo(0.118287037037037, 14);
    expect(p.costPerTurnover).toBe(0.0175);
    expect(p.teg).toBeCloseTo(factoringTeg(seed), 15);
  });

  it("nets the reserve and the pre-counted commissions out of the cash freed", () => {
    // hand-worked: 3 650 000 € at 30 days, 100 % gross, 10 % reserve, pre-counted 3.6 %:
    // commission 3 650 000 × 3.6 % × 30 / 360 = 10 950; cash at assignment 3 650 000 − 365 000 − 10 950 = 3 274 050;
    // average 3 274 050 × 30 / 365 = 269 100; reserve held 365 000 × 30 / 365 = 30 000
    const p = factoringProgramme({ annualTurnover: 3650000, dsoDays: 30, advanceRate: 1, reserveRate: 0.1, margin: 0.036, precounted: true, serviceFeeRate: 0 });
    expect(p.financingCommission).toBeCloseTo(10950, 8);
    expect(p.reserveHeld).toBeCloseTo(30000, 8);
    expect(p.grossFinancing).toBeCloseTo(300000, 8);
    expect(p.cashFreed).toBeCloseTo(269100, 8);
    expect(p.costPerCashFreed).toBeCloseTo(10950 / 269100, 14);
  });

  it("applies the per-invoice minimum, then the annual minimum, and counts the fees", () => {
    // hand-worked: 1 200 invoices of 1 000 €; 0.5 % = 5 < 8 → 8 × 1 200 = 9 600; annual minimum 12 000 → 12 000;
    // fees 40 × 30 + 1 200 × 2 + 500 + 1 200 = 5 300; VAT (12 000 + 5 300) × 20 % = 3 460
    const base = { annualTurnover: 1200000, dsoDays: 60, invoices: 1200, buyers: 40, serviceFeeRate: 0.005, perInvoiceMinFee: 8, perBuyerFee: 30, perInvoiceFee: 2, fileFee: 500, yearlyFees: 1200 };
    expect(factoringProgramme(base).factoringCommission).toBe(9600);
    const p = factoringProgramme({ ...base, minAnnualFee: 12000 });
    expect(p.factoringCommission).toBe(12000);
    expect(p.serviceFees).toBe(5300);
    expect(p.vat).toBeCloseTo(3460, 9);
  });

  it("returns the cover terms beside the figures", () => {
    expect(factoringProgramme({ annualTurnover: 1e6, dsoDays: 60, coverQuota: 1 })).toMatchObject({ includesCreditCover: true, coverQuota: 1, recourseDays: null });
    expect(factoringProgramme({ annualTurnover: 1e6, dsoDays: 60, recourseDays: 90 })).toMatchObject({ includesCreditCover: false, recourseDays: 90 });
  });
});

describe("errors", () => {
  it.each([
    ["reserve_rate", { reserveRate: 1.5 }, "reserve_rate must be between 0 and 1 (10% or 0.1)"],
    ["commission_vat_rate", { vatRate: -0.1 }, "commission_vat_rate must be between 0 and 1 (20% or 0.2)"],
    ["margin", { margin: 2 }, "margin must be between 0 and 1 (1.5% or 0.015)"],
    ["cover_quota", { coverQuota: 1.2 }, "cover_quota must be between 0 and 1 (90% or 0.9)"],
    ["file_fee", { fileFee: -1 }, "file_fee must be 0 or more (e.g. 500)"],
    ["per_buyer_fee", { perBuyerFee: -5 }, "per_buyer_fee must be 0 or more (e.g. 30)"],
    ["collection_days", { collectionDays: -1 }, "collection_days must be 0 or more (e.g. 10)"],
    ["days", { days: -1 }, "days must be 0 or more (e.g. 60)"],
    ["index_rate", { indexRate: 2 }, "index_rate must be between -1 and 1 (3% or 0.03; an index below 0, as Euribor was in 2015-2022, is accepted)"],
    ["index_floor", { indexFloor: "yes" }, "index_floor must be TRUE or FALSE (e.g. TRUE)"],
    ["reserve_rate", { reserveRate: 1, advanceRate: 1 }, "reserve_rate must be below 1 (10% or 0.1): a reserve of the whole invoice frees no cash"],
    ["reserve_rate", { reserveRate: 0.95 }, "reserve_rate must not exceed advance_rate: the reserve is held out of the cash advanced"],
    ["index_rate", { indexRate: -0.03, margin: 0.02 }, "index_rate + margin is below 0: set index_floor to TRUE if the contract floors the index at 0, or check the margin"],
  ])("answers VALUE naming %s", (argument, terms, message) => {
    expectCoreError(() => factoringTeg({ ...seed, ...(terms as object) }), "VALUE", message);
    let error: unknown;
    try {
      factoringProgramme({ annualTurnover: 1e6, dsoDays: 60, ...(terms as object), ...("days" in terms ? { dsoDays: -1 } : {}) });
    } catch (caught) {
      error = caught;
    }
    expect(isCoreError(error) && error.argument).toBe(argument === "days" ? "dso_days" : argument);
  });

  it("asks for the number of invoices when a per-invoice term is set", () => {
    expectCoreError(() => factoringProgramme({ annualTurnover: 1e6, dsoDays: 60, perInvoiceFee: 2 }), "VALUE", /^invoices must be more than 0/);
  });

  it("answers DIV0 when nothing is financed or for 0 days", () => {
    expectCoreError(() => factoringTeg({ amount: 10000, days: 0 }), "DIV0", /^days is 0/);
    expectCoreError(() => factoringTeg({ amount: 0, days: 60 }), "DIV0", /^the cash financed is 0/);
    expectCoreError(() => factoringProgramme({ annualTurnover: 0, dsoDays: 60 }), "DIV0", /^annual_turnover is 0/);
    expectCoreError(() => factoringOfferInvoice({ ...seed, margin: 1, days: 400, advanceRate: 0.5, precounted: true }), "DIV0", /^no cash is freed/);
  });
});

describe("properties", () => {
  const invoice = fc.record({
    amount: fc.double({ min: 1, max: 1e7, noNaN: true }),
    days: fc.integer({ min: 1, max: 365 }),
    serviceFeeRate: fc.double({ min: 1e-6, max: 0.05, noNaN: true }),
    margin: fc.double({ min: 0, max: 0.2, noNaN: true }),
    advanceRate: fc.double({ min: 0.01, max: 1, noNaN: true }),
  });

  it("the TEG never exceeds the all-in FACTOR.APR when service fees are charged", () => {
    fc.assert(
      fc.property(invoice, ({ margin, ...terms }) => {
        const apr = factoringApr({ ...terms, financingRate: margin });
        expect(factoringTeg({ ...terms, margin })).toBeLessThanOrEqual(apr * (1 + 1e-12));
      }),
    );
  });

  it("with the default terms, the charges are FACTOR.COST's", () => {
    fc.assert(
      fc.property(invoice, ({ margin, ...terms }) => {
        const cost = factoringCost({ ...terms, financingRate: margin });
        const offer = factoringOfferInvoice({ ...terms, margin });
        expect(offer.financingCommission).toBeCloseTo(cost.financingCommission, 6);
        expect(offer.factoringCommission).toBeCloseTo(cost.serviceFee, 6);
      }),
    );
  });

  it("a programme is the sum of its invoices, on the same day basis, with the same TEG", () => {
    const programme = fc.record({
      invoiceAmount: fc.integer({ min: 100, max: 100000 }),
      invoices: fc.integer({ min: 1, max: 5000 }),
      days: fc.integer({ min: 1, max: 180 }),
      collectionDays: fc.integer({ min: 0, max: 15 }),
      reserveRate: fc.double({ min: 0, max: 0.2, noNaN: true }),
      financingOnGross: fc.boolean(),
      precounted: fc.boolean(),
      dayBasis: fc.constantFrom(360, 365),
      perInvoiceMinFee: fc.double({ min: 0, max: 50, noNaN: true }),
    });
    fc.assert(
      fc.property(programme, ({ invoiceAmount, invoices, days, ...terms }) => {
        const one = factoringOfferInvoice({ amount: invoiceAmount, days, advanceRate: 1, ...terms });
        const year = factoringProgramme({ annualTurnover: invoiceAmount * invoices, dsoDays: days, invoices, advanceRate: 1, ...terms });
        expect(year.financingCommission).toBeCloseTo(one.financingCommission * invoices, 4);
        expect(year.factoringCommission).toBeCloseTo(one.factoringCommission * invoices, 4);
        expect(year.cashFreed).toBeCloseTo((one.cashFreed * invoices * one.financingDays) / 365, 4);
        expect(year.teg).toBeCloseTo(one.teg, 12);
        expect(year.costPerCashFreed).toBeCloseTo(one.costPerCashFreed, 10);
      }),
    );
  });

  it("returns finite numbers or throws a CoreError, whatever the terms", () => {
    const wild = fc.oneof(fc.double(), fc.constantFrom(null, undefined, "1", true, -1, 0, 1, 360, 1e308, NaN));
    const keys = ["amount", "days", "annualTurnover", "dsoDays", "advanceRate", "reserveRate", "indexRate", "margin", "indexFloor", "precounted",
      "financingOnGross", "collectionDays", "dayBasis", "serviceFeeRate", "perInvoiceMinFee", "vatRate", "invoices", "buyers", "perInvoiceFee", "financingFees", "recourseDays"];
    const options = fc.record(Object.fromEntries(keys.map((k) => [k, wild])), { requiredKeys: [] });
    const finite = (value: unknown): boolean =>
      typeof value === "number" ? Number.isFinite(value) : typeof value === "object" && value !== null ? Object.values(value).every(finite) : value === null || typeof value === "boolean" || typeof value === "string";
    for (const fn of [factoringTeg, factoringOfferInvoice, factoringProgramme] as Array<(o: unknown) => unknown>) {
      fc.assert(
        fc.property(options, (o) => {
          try {
            return finite(fn(o));
          } catch (error) {
            return isCoreError(error);
          }
        }),
        { numRuns: 300 },
      );
    }
  });
});
