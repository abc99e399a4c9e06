import fc from "fast-check";
import { generateFec } from "../../scripts/fec/generate";
import {
  agedBalance, customerReceivables, dateFromExcelSerial, dsoCountback, dsoSeries, excelSerialFromDate, lateInterest, parsePaymentTerms,
  PAYMENT_TERMS_DEFAULTS, paymentDueDate, paymentTermsCheck, readFec,
} from "../../src/core";
import { expectCoreError } from "../../testkit/coreError";
import { deepFreeze } from "../core/deepFreeze";
import { HAND_WRITTEN_FEC } from "./handWritten";

const day = (year: number, month: number, d: number): number => excelSerialFromDate({ year, month, day: d });

describe("Excel date serials", () => {
  it("counts days since 1899-12-30 as Excel does", () => {
    // Excel: =DATE(2026,1,1) → 46023; =DATE(1900,3,1) → 61; =DATE(9999,12,31) → 2958465
    expect([day(2026, 1, 1), day(1900, 3, 1), day(9999, 12, 31), day(2024, 2, 29)]).toEqual([46023, 61, 2958465, 45351]);
    expect(dateFromExcelSerial(46023)).toEqual({ year: 2026, month: 1, day: 1 });
  });

  it("goes back and forth between a serial and its date (property)", () => {
    fc.assert(fc.property(fc.integer({ min: 61, max: 2958465 }), (serial) => {
      expect(excelSerialFromDate(dateFromExcelSerial(serial))).toBe(serial);
    }));
  });

  it("refuses a day that is not in the calendar, and serials before 1 March 1900", () => {
    expectCoreError(() => excelSerialFromDate({ year: 2025, month: 2, day: 29 }), "VALUE", /date must be a date from 1 March 1900 on/);
    expectCoreError(() => dateFromExcelSerial(60), "VALUE", "date must be a date from 1 March 1900 on (an Excel date serial, e.g. 46023)");
  });
});

describe("payment terms (Code de commerce L441-10)", () => {
  const jan15 = day(2026, 1, 15);

  it("counts 45 jours fin de mois both tolerated ways", () => {
    // solon.law, "Délais de paiement : comment calculer la fin de mois": invoice of 15 January, 45 days → 1 March,
    // end of that month → 31 March; or end of January + 45 days → 17 March (DGCCRF fiche "Délais de paiement": both tolerated).
    expect(paymentDueDate({ invoiceDate: jan15, terms: "45 jours fin de mois" })).toBe(day(2026, 3, 31));
    expect(paymentDueDate({ invoiceDate: jan15, terms: "45 jours fin de mois", method: "end_of_month_then_days" })).toBe(day(2026, 3, 17));
    expect(paymentDueDate({ invoiceDate: jan15, terms: "fin de mois + 45 j" })).toBe(day(2026, 3, 17));
  });

  it("adds plain days, and 30 days when no terms are agreed", () => {
    // L441-10 I: "trente jours après la date de réception des marchandises" when nothing is agreed (from the invoice date here)
    expect(paymentDueDate({ invoiceDate: jan15, terms: "60 jours nets" })).toBe(jan15 + 60);
    expect(paymentDueDate({ invoiceDate: jan15 })).toBe(jan15 + 30);
    expect(paymentDueDate({ invoiceDate: jan15, terms: "comptant" })).toBe(jan15);
    expect(PAYMENT_TERMS_DEFAULTS.days).toBe(30);
  });

  it.each([
    ["60 jours", 60, "none"], ["30 j", 30, "none"], ["45 J FDM", 45, "days_then_end_of_month"], ["Fin de mois 10 jours", 10, "end_of_month_then_days"], [90, 90, "none"],
  ])("reads %p as %p days, %p", (terms, days, endOfMonth) => {
    expect(parsePaymentTerms(terms)).toEqual({ days, endOfMonth });
  });

  it("flags terms beyond both maxima of L441-10: 60 days from the invoice, or 45 days end of month", () => {
    // 90 days: beyond 60 days (15 Jan + 60 = 16 March) and beyond 45 days end of month (31 March)
    expect(paymentTermsCheck({ invoiceDate: jan15, terms: 90 })).toEqual({
      dueDate: jan15 + 90, days: 90, within60Days: false, within45DaysEndOfMonth: false, withinLegalMaximum: false,
    });
    // 45 jours fin de mois counted days then end of month: 31 March, 75 days: over 60 days but within the derogation
    expect(paymentTermsCheck({ invoiceDate: jan15, terms: "45 jours fin de mois" })).toEqual({
      dueDate: day(2026, 3, 31), days: 75, within60Days: false, within45DaysEndOfMonth: true, withinLegalMaximum: true,
    });
    expect(paymentTermsCheck({ invoiceDate: jan15, terms: 60 }).withinLegalMaximum).toBe(true);
  });

  it("names the argument of bad terms, dates and methods", () => {
    expectCoreError(() => paymentDueDate({ invoiceDate: jan15, terms: "net 30 EOM ou presque" }), "VALUE", /^terms must be a number of days/);
    expectCoreError(() => paymentDueDate({ invoiceDate: jan15, terms: -5 }), "VALUE", /^terms must be/);
    expectCoreError(() => paymentDueDate({ invoiceDate: Number.NaN }), "VALUE", /^invoice_date must be a date/);
    expectCoreError(() => paymentDueDate({ invoiceDate: jan15, method: "fdm" as never }), "VALUE", "method must be one of: days_then_end_of_month, end_of_month_then_days");
  });
});

describe("late-payment interest (L441-10 II) and recovery fee (D441-5)", () => {
  it("charges simple interest on the amount TTC over exact days / 365, plus 40 €", () => {
    // Les Echos Publishing, "Le point sur les pénalités de retard" (2018): 15 000 € TTC due 15 April 2018, paid 15 May
    // 2018, 15 %: 30 days (16 April to 15 May) → 15 000 × 15 % × 30 / 365 = 184,93 €; D441-5: 40 € per invoice paid late.
    const result = lateInterest({ amount: 15000, dueDate: day(2018, 4, 15), paidDate: day(2018, 5, 15), interestRate: 0.15 });
    expect(result.daysLate).toBe(30);
    expect(result.interest).toBeCloseTo(184.93, 2);
    expect(result.recoveryFee).toBe(40);
    expect(result.total).toBeCloseTo(224.93, 2);
  });

  it("charges nothing for an invoice paid on its due date", () => {
    expect(lateInterest({ amount: 5000, dueDate: 46100, paidDate: 46100, interestRate: 0.12 })).toEqual({ daysLate: 0, interest: 0, recoveryFee: 0, total: 0 });
  });

  it("counts on 360 days when asked", () => {
    // lesjooristes.fr example on 365: 5 000 × 10 % × 30 / 365 = 41,10; hand-worked on 360: 5 000 × 0.1 × 30 / 360 = 41.666…
    expect(lateInterest({ amount: 5000, dueDate: 46100, paidDate: 46130, interestRate: 0.1 }).interest).toBeCloseTo(41.1, 2);
    expect(lateInterest({ amount: 5000, dueDate: 46100, paidDate: 46130, interestRate: 0.1, dayBasis: 360 }).interest).toBeCloseTo(41.6667, 4);
  });

  it("grows with the days late and never goes below 0 (property)", () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 1e7 }), fc.integer({ min: 0, max: 400 }), fc.integer({ min: 0, max: 400 }), (amount, a, b) => {
      const at = (days: number) => lateInterest({ amount, dueDate: 46000, paidDate: 46000 + days, interestRate: 0.1215 }).interest;
      expect(at(Math.min(a, b))).toBeLessThanOrEqual(at(Math.max(a, b)));
      expect(at(a)).toBeGreaterThanOrEqual(0);
    }));
  });

  it("names a bad rate as interest_rate", () => {
    expectCoreError(() => lateInterest({ amount: 100, dueDate: 46000, paidDate: 46010, interestRate: 12 }), "VALUE", "interest_rate must be between 0 and 1 (12.15% or 0.1215)");
  });
});

describe("the aged balance in the D441-6 layout", () => {
  const books = deepFreeze(readFec(HAND_WRITTEN_FEC));

  it("sorts the open invoices by days late at the closing date", () => {
    // hand-worked, 30 days terms, at 30 June 2025: F2025-002 due 17 March → 105 days (91+); F2025-003 due 31 March →
    // 91 days (91+); F2025-004 due 31 May → 30 days (1–30); F2024-090 and F2025-001 paid before. Turnover HT 3 600:
    // 360 / 3 600 = 10 %, 3 000 / 3 600 = 83.33 %, 3 360 / 3 600 = 93.33 %.
    const table = agedBalance(books, { asOf: day(2025, 6, 30), terms: 30 });
    expect(table.columns).toEqual(["0", "1-30", "31-60", "61-90", "91+", "1+"]);
    expect(table.invoices).toEqual([0, 1, 0, 0, 2, 3]);
    expect(table.amount).toEqual([0, 360, 0, 0, 3000, 3360]);
    expect(table.shareOfTurnover[1]).toBe(0.1);
    expect(table.shareOfTurnover[4]).toBeCloseTo(0.833333333333, 12);
    expect(table.shareOfTurnover[5]).toBeCloseTo(0.933333333333, 12);
  });

  it("puts invoices not yet due in the indicative 0 day column, outside the total", () => {
    // at 15 May 2025: F2025-004 due 31 May (not due); F2025-002 59 days late, F2025-003 45 days late (31–60)
    const table = agedBalance(books, { asOf: day(2025, 5, 15) });
    expect([table.invoices, table.amount]).toEqual([[1, 0, 2, 0, 0, 2], [360, 0, 3000, 0, 0, 3000]]);
  });

  it("takes a customer's own terms", () => {
    // DUPONT at 90 days: F2025-002 due 16 May → 45 days late at 30 June (31–60)
    const table = agedBalance(books, { asOf: day(2025, 6, 30), terms: 30, termsByCustomer: { DUPONT: 90 } });
    expect(table.invoices).toEqual([0, 1, 1, 0, 1, 3]);
  });

  it("answers #DIV/0! without turnover", () => {
    expectCoreError(() => agedBalance({ ...books, turnover: 0 }, { asOf: 46000 }), "DIV0", /turnover HT/);
    expectCoreError(() => agedBalance({} as never, { asOf: 46000 }), "VALUE", /^books must be the books read from a FEC/);
  });

  it("totals, on generated books, the open invoices past due (property of the model)", () => {
    const generated = generateFec({ lines: 2000, customers: 40, seed: 21 });
    const read = readFec(generated.text);
    const asOf = day(2025, 12, 31);
    const table = agedBalance(read, { asOf, terms: 0 });
    // terms 0: every open invoice dated before 31 December is past due; the model's open invoices all are open at year end.
    const open = read.invoices.filter((i) => i.paidDate === null);
    expect(table.invoices[0] + table.invoices[5]).toBe(open.length);
    expect(Math.round((table.amount[0] + table.amount[5]) * 100)).toBe(generated.expected.openInvoicesCents);
  });
});

describe("customers' receivables", () => {
  const books = readFec(HAND_WRITTEN_FEC);

  it("gives each customer's outstanding, average days to pay and late, and share of invoicing", () => {
    // hand-worked at 31 Dec 2025, 30 days terms:
    // MARTIN: 1 200 + 2 400 − 240 − 1 200 − 1 000 = 1 160; F2024-090 15 Dec → 20 Jan = 36 days, due 14 Jan → 6 late;
    //   invoiced 2 400 − 240 = 2 160 of 4 320 = 0.5
    // DUPONT: 1 200 + 600 − 1 200 = 600; F2025-001 10 Jan → 28 Feb = 49 days, due 9 Feb → 19 late; 1 800 / 4 320
    // 411200: 360 open; no paid invoice; 360 / 4 320
    const rows = customerReceivables(books, { asOf: day(2025, 12, 31), terms: 30 });
    expect(rows).toEqual([
      { customer: "MARTIN", name: "Martin SARL", outstanding: 1160, paidInvoices: 1, averageDaysToPay: 36, averageDaysLate: 6, invoiced: 2160, shareOfTurnover: 0.5 },
      { customer: "DUPONT", name: "Dupont SA", outstanding: 600, paidInvoices: 1, averageDaysToPay: 49, averageDaysLate: 19, invoiced: 1800, shareOfTurnover: expect.closeTo(1800 / 4320, 12) },
      { customer: "411200", name: "Client divers", outstanding: 360, paidInvoices: 0, averageDaysToPay: null, averageDaysLate: null, invoiced: 360, shareOfTurnover: expect.closeTo(360 / 4320, 12) },
    ]);
  });

  it("weights the averages by amount", () => {
    // hand-worked: two invoices of DUPONT paid, 1 000 € in 10 days and 3 000 € in 50 days → (10 000 + 150 000) / 4 000 = 40
    const custom = { ...books, customers: [{ id: "X", name: "X", account: "411000" }], payments: [], creditNotes: [],
      invoices: [
        { ...books.invoices[1], customer: "X", amount: 1000, date: 46000, paidDate: 46010 },
        { ...books.invoices[1], customer: "X", amount: 3000, date: 46000, paidDate: 46050 },
      ] };
    expect(customerReceivables(custom, { asOf: 46100, terms: 30 })[0]).toMatchObject({ averageDaysToPay: 40, averageDaysLate: 15 });
  });

  it("sums outstanding to the books' open items on generated files", () => {
    const generated = generateFec({ lines: 1500, customers: 25, seed: 9 });
    const rows = customerReceivables(readFec(generated.text), { asOf: day(2025, 12, 31) });
    expect(Math.round(rows.reduce((s, r) => s + r.outstanding * 100, 0))).toBe(generated.expected.openItemsCents);
    for (const r of rows) expect(Math.round(r.outstanding * 100)).toBe(generated.expected.outstandingCents.get(r.customer));
  });
});

describe("the monthly DSO series", () => {
  const books = readFec(HAND_WRITTEN_FEC);

  it("counts back each month's receivables through the months' sales", () => {
    // hand-worked: end of March: balance 1 200 (AN) + 1 200 − 1 200 + 600 − 1 200 + 2 400 − 240 = 2 760; sales Jan 1 200,
    // Feb 600, Mar 2 160: March 31 days covers 2 160, February's 600 all 28 days → 59 days.
    // End of April: 2 760 − 1 000 = 1 760; April no sales → 30 days, then 1 760 / 2 160 × 31 of March → 55.259 days.
    const series = dsoSeries(books, { asOf: day(2025, 12, 31), months: 12 });
    expect(series).toHaveLength(12);
    expect(series[0]).toEqual({ monthEnd: day(2025, 1, 31), sales: 1200, receivables: 1200, dso: 31 });
    expect(series[2]).toEqual({ monthEnd: day(2025, 3, 31), sales: 2160, receivables: 2760, dso: 59 });
    expect(series[3].dso).toBeCloseTo(30 + (1760 / 2160) * 31, 10);
    expect(series[3].dso).toBe(dsoCountback({ receivables: 1760, sales: [1200, 600, 2160, 0], periodDays: [31, 28, 31, 30] }));
  });

  it("leaves a month without DSO when its receivables exceed all the sales before it", () => {
    // the opening invoice (1 200) alone at the end of a January without sales: no month can cover it
    const opening = readFec(HAND_WRITTEN_FEC.split("\r\n").slice(0, 3).join("\r\n"));
    expect(dsoSeries(opening, { asOf: day(2025, 1, 31), months: 1 })).toEqual([{ monthEnd: day(2025, 1, 31), sales: 0, receivables: 1200, dso: null }]);
  });

  it("names a bad number of months", () => {
    expectCoreError(() => dsoSeries(books, { months: 0 }), "VALUE", /^months must be a whole number of 1 or more/);
  });
});
