/**
 * The Créances tab's figures from a FEC: analyseBooks over the hand-written FEC of test/books (answers worked
 * by hand below), the piecewise reader against the generator's known answers, and what the tab hands to the
 * DSO, credit-insurance and diagnostic simulators.
 */
import fc from "fast-check";
import { generateFec } from "../../scripts/fec/generate";
import { excelSerialFromDate, lateInterest, paymentDueDate, readFec } from "../../src/core";
import { analyseBooks, invoiceColumns, readingDate } from "../../src/taskpane/simulators/receivables/analysis";
import { readFecInPieces } from "../../src/taskpane/simulators/receivables/importer";
import { diagnosticFigures, dsoFigures, insuranceExposures } from "../../src/taskpane/simulators/receivables/send";
import { expectCoreError } from "../../testkit/coreError";
import { HAND_WRITTEN_FEC } from "../books/handWritten";

const day = (year: number, month: number, d: number): number => excelSerialFromDate({ year, month, day: d });
// ECB main refinancing rate 2.15 % + 10 points (L441-10 II), and the 40 € fee of D441-5.
const OPTIONS = { terms: "30", interestRate: 0.1215, recoveryFee: 40 };

describe("the Créances figures of the hand-written FEC", () => {
  const books = readFec(HAND_WRITTEN_FEC);
  const figures = analyseBooks(books, OPTIONS);

  it("reads the position at the last day of the month of the latest entry (1 May 2025 → 31 May 2025)", () => {
    expect(readingDate(books)).toBe(day(2025, 5, 31));
    expect(figures.asOf).toBe(day(2025, 5, 31));
  });

  it("lays the open invoices out in the D441-6 columns at 31 May with terms of 30 days", () => {
    // hand-worked: F2025-002 (600, due 17 Mar) 75 days late and F2025-003 (2 400, due 31 Mar) 61 days late → 61–90;
    // F2025-004 (360, due 31 May) not late → 0 day. Turnover HT = 1 000 + 500 + 2 000 − 200 + 300 = 3 600:
    // 360 / 3 600 = 10 %, 3 000 / 3 600 = 83.33 %.
    expect(figures.agedBalance?.invoices).toEqual([1, 0, 0, 2, 0, 2]);
    expect(figures.agedBalance?.amount).toEqual([360, 0, 0, 3000, 0, 3000]);
    expect(figures.agedBalance?.shareOfTurnover[0]).toBeCloseTo(0.1, 12);
    expect(figures.agedBalance?.shareOfTurnover[5]).toBeCloseTo(3000 / 3600, 12);
  });

  it("counts the penalties of the invoices paid late to their payment day, 40 € each", () => {
    // hand-worked: F2024-090 due 14 Jan, paid 20 Jan → 6 days; F2025-001 due 9 Feb, paid 28 Feb → 19 days.
    // interest = (1 200 × 0.1215 × 6 + 1 200 × 0.1215 × 19) / 365 = (874.8 + 2 770.2) / 365 = 3 645 / 365.
    expect(figures.paidLate.invoices).toBe(2);
    expect(figures.paidLate.interest).toBeCloseTo(3645 / 365, 10);
    expect(figures.paidLate.recoveryFees).toBe(80);
    expect(figures.paidLate.total).toBeCloseTo(80 + 3645 / 365, 10);
  });

  it("counts the penalties of the open invoices past due to the reading date", () => {
    // hand-worked: F2025-002 600 × 0.1215 × 75 = 5 467.5; F2025-003 2 400 × 0.1215 × 61 = 17 787.6; over 365:
    // 23 255.1 / 365 = 63.7126…; F2025-004 is due on 31 May itself, so not late.
    expect(figures.openLate.invoices).toBe(2);
    expect(figures.openLate.interest).toBeCloseTo(23255.1 / 365, 10);
    expect(figures.openLate.recoveryFees).toBe(80);
  });

  it("lists the customers by outstanding, largest first, and their share of the top five", () => {
    // hand-worked: MARTIN 1 200 + 2 400 − 240 − 1 200 − 1 000 = 1 160; DUPONT 1 200 + 600 − 1 200 = 600; 411200 360.
    expect(figures.topCustomers.map((c) => [c.customer, c.outstanding])).toEqual([["MARTIN", 1160], ["DUPONT", 600], ["411200", 360]]);
    expect(figures.exposures).toEqual([1160, 600, 360]);
    // Three customers owing: the top five hold everything.
    expect(figures.top5Share).toBe(1);
    // DUPONT paid F2025-001 (1 200) 49 days after its date, 19 days late.
    expect(figures.topCustomers[1].averageDaysToPay).toBe(49);
    expect(figures.topCustomers[1].averageDaysLate).toBe(19);
  });

  it("reconciles customer debits − credits with the open items, to the cent", () => {
    // 23 records after the header. hand-worked: debits 1 200 + 1 200 + 600 + 2 400 + 360 = 5 760; credits 240 + 1 200 + 1 200 + 1 000 = 3 640;
    // 5 760 − 3 640 = 2 120 = 1 160 + 600 + 360.
    expect(figures.summary).toMatchObject({ customerDebits: 5760, customerCredits: 3640, openItems: 2120, balanced: true, linesRead: 23, linesSetAside: 0 });
    expect(figures.unbalancedCount).toBe(0);
  });

  it("gives the monthly DSO from the first month of sales to the reading date, the last by countback", () => {
    // hand-worked at 31 May: receivables 2 120; May sales 360 (31 days), April 0 (30 days), March 2 400 − 240 =
    // 2 160 takes the remaining 1 760: 31 + 30 + 1 760 / 2 160 × 31 = 86.259… days.
    expect(figures.months.map((m) => m.monthEnd)).toEqual([day(2025, 1, 31), day(2025, 2, 28), day(2025, 3, 31), day(2025, 4, 30), day(2025, 5, 31)]);
    const last = figures.months[4];
    expect(last.receivables).toBe(2120);
    expect(last.dso).toBeCloseTo(61 + (1760 / 2160) * 31, 10);
  });

  it("hands the DSO tab its monthly sales TTC, the receivables and the part not yet due", () => {
    expect(dsoFigures(figures)).toEqual({ sales: figures.months.map((m) => m.sales), receivables: 2120, currentReceivables: 360, periodDays: 30, vatRate: 0 });
  });

  it("hands the diagnostic the turnover HT, the last DSO rounded to a day and the top-5 share", () => {
    // 86.259… days → 86.
    expect(diagnosticFigures(figures)).toEqual({ turnover: 3600, paymentDays: 86, top5Share: 1 });
  });

  it("hands credit insurance one buyer per customer owing, with the pd and lgd already typed there", () => {
    expect(insuranceExposures(figures, 0.02, 0.45)).toEqual({ exposures: [1160, 600, 360], pds: [0.02, 0.02, 0.02], lgds: [0.45, 0.45, 0.45], creditLimits: [null, null, null] });
  });

  it("writes the invoice list with each due date from the terms", () => {
    const columns = invoiceColumns(books, "30");
    expect(columns.pieceRefs).toEqual(["F2024-090", "F2025-001", "F2025-002", "F2025-003", "F2025-004"]);
    // hand-worked: 15 Dec 2024 + 30 days = 14 Jan 2025; 1 May 2025 + 30 days = 31 May 2025.
    expect(columns.dueDates[0]).toBe(day(2025, 1, 14));
    expect(columns.dueDates[4]).toBe(day(2025, 5, 31));
    expect(columns.names).toEqual(["Martin SARL", "Dupont SA", "Dupont SA", "Martin SARL", "Client divers"]);
    expect(columns.paidDates).toEqual([day(2025, 1, 20), day(2025, 2, 28), null, null, null]);
  });

  it("refuses a late-payment rate above 100 %, naming interest_rate, even when no invoice is late", () => {
    expectCoreError(() => analyseBooks(books, { ...OPTIONS, interestRate: 12.15 }), "VALUE", /^interest_rate must be between 0 and 1/);
    expectCoreError(() => analyseBooks(books, { ...OPTIONS, recoveryFee: -40 }), "VALUE", /^recovery_fee /);
  });

  it("refuses terms it cannot read, naming terms", () => {
    expectCoreError(() => analyseBooks(books, { ...OPTIONS, terms: "à réception de la lune" }), "VALUE", /^terms must be a number of days/);
  });
});

describe("the penalties of any invoice list", () => {
  it("equal the sum of the core's lateInterest over each invoice late at the reading date", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 400 }), fc.integer({ min: 0, max: 90 }), fc.double({ min: 0, max: 0.3, noNaN: true }), (seed, terms, rate) => {
        const books = readFec(generateFec({ seed, customers: 5, lines: 120 }).text);
        const figures = analyseBooks(books, { terms, interestRate: rate, recoveryFee: 40 });
        // Independent: every invoice, one at a time, through the core.
        let paidLate = 0;
        let count = 0;
        for (const invoice of books.invoices) {
          if (invoice.date > figures.asOf || invoice.paidDate === null || invoice.paidDate > figures.asOf) continue;
          const dueDate = paymentDueDate({ invoiceDate: invoice.date, terms });
          const late = lateInterest({ amount: invoice.amount, dueDate, paidDate: invoice.paidDate, interestRate: rate });
          paidLate += late.total;
          if (late.daysLate > 0) count++;
        }
        expect(figures.paidLate.invoices).toBe(count);
        expect(figures.paidLate.total).toBeCloseTo(paidLate, 6);
      }),
      { numRuns: 25 },
    );
  });
});

describe("the piecewise FEC reader of the worker", () => {
  const generated = generateFec({ seed: 7, customers: 30, lines: 3000, dialect: { encoding: "iso-8859-15", separator: "|" }, broken: { badDates: 3, badAmounts: 2, wrongFieldCounts: 2, unbalanced: 2 } });
  const bytes = new Uint8Array(generated.bytes());

  it("reads a Latin-9 file cut in pieces of any size as the whole text is read, with the generator's answers", async () => {
    const whole = readFec(generated.text);
    // Pieces that cut lines, fields and Latin-9 characters anywhere, and one piece for the whole file.
    for (const piece of [61, 1000, 1 << 22]) {
      const progress: number[] = [];
      const books = await readFecInPieces(new Blob([bytes]), (read) => progress.push(read), piece);
      expect(books.summary).toEqual(whole.summary);
      expect(progress[progress.length - 1]).toBe(bytes.length);
      expect(progress.every((read, i) => i === 0 || read > progress[i - 1])).toBe(true);
    }
    const books = await readFecInPieces(new Blob([bytes]), () => undefined, 997);
    // The generator's known answers (from its model, not from the reader).
    expect(Math.round(books.summary.openItems * 100)).toBe(generated.expected.openItemsCents);
    expect(books.summary.linesRead).toBe(generated.expected.linesRead);
    expect(books.setAside.map((line) => line.line)).toEqual(generated.expected.setAsideLines.slice(0, 50));
    expect(books.unbalanced.map((entry) => entry.entry).sort()).toEqual([...generated.expected.unbalancedEntries].sort());
  });

  it("keeps the set-aside lines and unbalanced entries for the summary and the warnings", async () => {
    const books = await readFecInPieces(new Blob([bytes]), () => undefined, 4096);
    const figures = analyseBooks(books, OPTIONS);
    expect(figures.setAsideCount).toBe(generated.expected.setAsideLines.length);
    expect(figures.unbalancedCount).toBe(2);
    expect(figures.summary.balanced).toBe(true);
  });
});
