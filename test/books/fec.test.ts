import fc from "fast-check";
import { generateFec, type FecDialect, type GeneratedFec } from "../../scripts/fec/generate";
import { createFecReader, createFecTextDecoder, excelSerialFromDate, FEC_FIELDS, type FecBooks, readFec } from "../../src/core";
import { expectCoreError } from "../../testkit/coreError";
import { HAND_WRITTEN_FEC } from "./handWritten";

const day = (year: number, month: number, d: number): number => excelSerialFromDate({ year, month, day: d });
const cents = (euros: number): number => Math.round(euros * 100);

describe("the FEC reader on a hand-written file", () => {
  const books = readFec(HAND_WRITTEN_FEC);

  it("finds the customers: auxiliary accounts by CompAuxNum, a 411 account without auxiliary by CompteNum", () => {
    expect(books.customers).toEqual([
      { id: "MARTIN", name: "Martin SARL", account: "411000" },
      { id: "DUPONT", name: "Dupont SA", account: "411000" },
      { id: "411200", name: "Client divers", account: "411200" },
    ]);
  });

  it("dates each invoice at its PieceDate and pays it on the last credit of its fully lettered group", () => {
    // hand-worked: MARTIN group A = 1 200 − 1 200 = 0 → paid 20 Jan; DUPONT group A = 1 200 − 1 200 = 0 → paid 28 Feb;
    // MARTIN group B = 2 400 − 240 − 1 000 = 1 160 ≠ 0 → open; F2025-002 and F2025-004 are not lettered → open.
    expect(books.invoices.map((i) => [i.pieceRef, i.customer, i.amount, i.date, i.paidDate, i.opening])).toEqual([
      ["F2024-090", "MARTIN", 1200, day(2024, 12, 15), day(2025, 1, 20), true],
      ["F2025-001", "DUPONT", 1200, day(2025, 1, 10), day(2025, 2, 28), false],
      ["F2025-002", "DUPONT", 600, day(2025, 2, 15), null, false],
      ["F2025-003", "MARTIN", 2400, day(2025, 3, 1), null, false],
      ["F2025-004", "411200", 360, day(2025, 5, 1), null, false],
    ]);
  });

  it("tells a credit note (a credit in the sales journal) from payments (credits in the bank journal)", () => {
    expect(books.creditNotes.map((c) => [c.pieceRef, c.customer, c.amount, c.matched])).toEqual([["AV2025-001", "MARTIN", 240, false]]);
    expect(books.payments.map((c) => [c.pieceRef, c.customer, c.amount, c.date, c.matched])).toEqual([
      ["VIR-0120", "MARTIN", 1200, day(2025, 1, 20), true],
      ["VIR-0228", "DUPONT", 1200, day(2025, 2, 28), true],
      ["VIR-0415", "MARTIN", 1000, day(2025, 4, 15), false],
    ]);
  });

  it("takes the year's turnover HT from the class 70 accounts", () => {
    // hand-worked: 1 000 + 500 + 2 000 − 200 (credit note) + 300 = 3 600
    expect(books.turnover).toBe(3600);
  });

  it("reconciles to the cent: customer debits − credits = open invoices − unallocated credits", () => {
    // hand-worked: debits 1 200 + 1 200 + 600 + 2 400 + 360 = 5 760; credits 240 + 1 200 + 1 200 + 1 000 = 3 640;
    // open invoices 600 + 2 400 + 360 = 3 360; unallocated 240 + 1 000 = 1 240; 5 760 − 3 640 = 3 360 − 1 240 = 2 120
    expect(books.summary).toEqual({
      linesRead: 23, linesUsed: 23, linesSetAside: 0, customerDebits: 5760, customerCredits: 3640, openInvoices: 3360,
      unallocatedCredits: 1240, openItems: 2120, balanced: true,
    });
    expect(books.unbalanced).toEqual([]);
    expect(books.separator).toBe("\t");
  });

  it("sets a malformed line aside with its line number and goes on", () => {
    const broken = HAND_WRITTEN_FEC.replace("VE\tVentes\tVE2\t20250215\t411000", "VE\tVentes\tVE2\t20251315\t411000")
      .replace("0,00\t300,00", "0,00\t3OO,00");
    const read = readFec(broken);
    // line 7 (header = 1) has month 13; line 23 has letters O for zeros. Both entries are then unbalanced.
    expect(read.setAside).toEqual([{ line: 7, reason: "date", field: "EcritureDate" }, { line: 23, reason: "amount", field: "Credit" }]);
    expect(read.summary.linesSetAside).toBe(2);
    expect(read.summary.linesUsed).toBe(21);
    expect(read.unbalanced).toEqual([
      { journal: "VE", entry: "VE2", line: 8, difference: -600 },
      { journal: "VE", entry: "VE5", line: 22, difference: 300 },
    ]);
  });
});

describe("the FEC reader's entry balance", () => {
  it("balances an entry whose lines are scattered through the file, and reports one that does not balance", () => {
    const header = FEC_FIELDS.join("\t");
    const line = (entry: string, account: string, debit: string, credit: string) =>
      `OD\tDivers\t${entry}\t20250110\t${account}\tCompte\t\t\tP\t20250110\tLibellé\t${debit}\t${credit}\t\t\t20250110\t\t`;
    // hand-worked: entry 1 = 100 − 60 − 40 = 0 across lines 2, 4 and 5; entry 2 = 50 − 49,99 = 0,01
    const text = [header, line("1", "601000", "100,00", "0,00"), line("2", "606000", "50,00", "0,00"), line("1", "401000", "0,00", "60,00"),
      line("1", "401000", "0,00", "40,00"), line("2", "512000", "0,00", "49,99")].join("\n");
    expect(readFec(text).unbalanced).toEqual([{ journal: "OD", entry: "2", line: 3, difference: 0.01 }]);
  });
});

describe("the FEC reader's header", () => {
  const header = FEC_FIELDS.join("\t");

  it.each(FEC_FIELDS.map((f) => [f]))("names a missing %s field", (field) => {
    const text = FEC_FIELDS.filter((f) => f !== field).join("\t") + "\n";
    expectCoreError(() => readFec(text), "VALUE", `the FEC's first line has no ${field} field, which LPF art. A47 A-1 requires: check the file's header`);
  });

  it("accepts the field names in any case and ignores extra fields", () => {
    const upper = [...FEC_FIELDS.map((f) => f.toUpperCase()), "NUMEROTVA"].join("|");
    const line = "VE|Ventes|1|20250110|411000|Clients|||F1|20250110|Facture|100,00|0,00|||20250110|||FR01";
    expect(readFec(`${upper}\n${line}\n`).invoices.map((i) => i.amount)).toEqual([100]);
  });

  it("says an empty file is empty, and a first line without tabs or | is no FEC", () => {
    expectCoreError(() => readFec(""), "VALUE", /the FEC is empty/);
    expectCoreError(() => readFec("a;b;c\n"), "VALUE", /separated by tabs or \|/);
  });

  it("refuses a piece that is not text and a push after the end", () => {
    const reader = createFecReader();
    expectCoreError(() => reader.push(42 as unknown as string), "VALUE", "chunk must be text (a piece of the FEC file, decoded)");
    reader.push(`${header}\n`);
    reader.end();
    expectCoreError(() => reader.push("x"), "VALUE", /already ended/);
  });
});

describe("the FEC reader's amounts", () => {
  const header = FEC_FIELDS.join("\t");
  const invoiceOf = (debit: string): FecBooks =>
    readFec(`${header}\nVE\tVentes\t1\t20250110\t411000\tClients\t\t\tF1\t20250110\tFacture\t${debit}\t\t\t\t20250110\t\t\n`);

  it.each([
    ["1 234,56", 1234.56], ["1234.56", 1234.56], ["1.234,56", 1234.56], ["1,234.56", 1234.56], ["12,5", 12.5], ["12", 12],
    ["\u00a01\u00a0000,10", 1000.1], ["0,10", 0.1], ["1234,560", 1234.56],
  ])("reads %p as %p", (text, value) => {
    expect(invoiceOf(text).invoices[0].amount).toBe(value);
  });

  it.each([["12,3a"], ["1,234,5"], ["12,345"], ["--5"], ["1 2-3"]])("sets %p aside as a bad amount", (text) => {
    expect(invoiceOf(text).setAside).toEqual([{ line: 2, reason: "amount", field: "Debit" }]);
  });

  it("reads the Montant + Sens variant of LPF art. A47 A-1", () => {
    const names = FEC_FIELDS.flatMap((f) => (f === "Debit" ? ["Montant", "Sens"] : f === "Credit" ? [] : [f])).join("\t");
    const books = readFec(`${names}\nVE\tVentes\t1\t20250110\t411000\tClients\t\t\tF1\t20250110\tFacture\t120,00\tD\t\t\t20250110\t\t\n` +
      "VE\tVentes\t1\t20250110\t706000\tVentes\t\t\tF1\t20250110\tFacture\t100,00\tC\t\t\t20250110\t\t\n" +
      "VE\tVentes\t1\t20250110\t445710\tTVA\t\t\tF1\t20250110\tFacture\t20,00\tC\t\t\t20250110\t\t\n");
    expect([books.invoices[0].amount, books.turnover, books.unbalanced.length]).toEqual([120, 100, 0]);
  });
});

const checkAgainstModel = (books: FecBooks, generated: GeneratedFec): void => {
  const e = generated.expected;
  expect(cents(books.summary.openItems)).toBe(e.openItemsCents);
  expect(cents(books.summary.openInvoices)).toBe(e.openInvoicesCents);
  expect(cents(books.summary.unallocatedCredits)).toBe(e.unallocatedCents);
  expect(cents(books.summary.customerDebits) - cents(books.summary.customerCredits)).toBe(e.openItemsCents);
  expect(cents(books.turnover)).toBe(e.turnoverCents);
  expect([books.invoices.length, books.payments.length, books.creditNotes.length]).toEqual([e.invoices, e.payments, e.creditNotes]);
  expect(new Map(books.invoices.map((i) => [i.pieceRef, i.paidDate]))).toEqual(e.paidDates);
  const outstanding = new Map<string, number>(books.customers.map((c) => [c.id, 0]));
  for (const i of books.invoices) outstanding.set(i.customer, (outstanding.get(i.customer) ?? 0) + cents(i.amount));
  for (const c of [...books.payments, ...books.creditNotes]) outstanding.set(c.customer, (outstanding.get(c.customer) ?? 0) - cents(c.amount));
  for (const [id, value] of e.outstandingCents) expect([id, outstanding.get(id) ?? 0]).toEqual([id, value]);
  expect(books.setAside.map((s) => s.line)).toEqual(e.setAsideLines);
  expect(books.unbalanced.map((u) => u.entry).sort()).toEqual([...e.unbalancedEntries].sort());
  expect(books.summary.linesRead).toBe(e.linesRead);
  expect(books.summary.balanced).toBe(true);
};

const readBytes = (bytes: Uint8Array, cuts: number[]): { books: FecBooks; encoding: string } => {
  const decoder = createFecTextDecoder();
  const reader = createFecReader();
  let start = 0;
  for (const cut of [...cuts, bytes.length]) {
    reader.push(decoder.decode(bytes.subarray(start, cut)));
    start = cut;
  }
  reader.push(decoder.end());
  return { books: reader.end(), encoding: decoder.encoding };
};

describe("the FEC reader on generated files in every dialect", () => {
  const dialects: Array<[string, FecDialect]> = [
    ["tab, comma, CRLF, UTF-8", {}],
    ["|, point, LF, upper-case header", { separator: "|", decimal: ".", eol: "\n", headerCase: "upper" }],
    ["tab, thousands spaces, BOM", { thousands: true, bom: true }],
    ["ISO-8859-15, lower-case header, empty zeros", { encoding: "iso-8859-15", headerCase: "lower", emptyZero: true }],
    ["Montant + Sens, extra field, |", { amounts: "montant_sens", extraField: true, separator: "|" }],
    ["ISO-8859-15, |, thousands, LF", { encoding: "iso-8859-15", separator: "|", thousands: true, eol: "\n" }],
  ];
  const broken = { badDates: 3, badAmounts: 2, wrongFieldCounts: 2, unbalanced: 2 };

  it.each(dialects)("reads %s with the model's answers, broken lines set aside", (_name, dialect) => {
    const generated = generateFec({ lines: 1500, customers: 30, seed: 7, dialect, broken });
    const { books, encoding } = readBytes(generated.bytes(), [1000, 1001, 5003]);
    expect(encoding).toBe(dialect.encoding ?? "utf-8");
    expect(books.customers.find((c) => c.id === "C00003")?.name).toBe("Œnologie & Fils 3");
    checkAgainstModel(books, generated);
  });

  it("names a header field the generator left out", () => {
    const generated = generateFec({ lines: 20, broken: { missingField: "EcritureLet" } });
    expectCoreError(() => readFec(generated.text), "VALUE", /has no EcritureLet field/);
  });

  it("keeps the first 50 set-aside lines in detail and counts the rest", () => {
    const generated = generateFec({ lines: 400, seed: 3, broken: { badDates: 60 } });
    const books = readFec(generated.text);
    expect([books.setAside.length, books.setAsideCount]).toEqual([50, 60]);
    expect(books.setAside.map((s) => s.line)).toEqual(generated.expected.setAsideLines.slice(0, 50));
  });

  it("gives the same books whatever the text's cuts (property)", () => {
    const generated = generateFec({ lines: 300, customers: 12, seed: 11, dialect: { eol: "\r\n" }, broken: { badDates: 2, unbalanced: 1 } });
    const whole = readFec(generated.text);
    checkAgainstModel(whole, generated);
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: generated.text.length - 1 }), { maxLength: 40 }), (cuts) => {
        const reader = createFecReader();
        let start = 0;
        for (const cut of [...cuts].sort((a, b) => a - b)) {
          reader.push(generated.text.slice(start, cut));
          start = cut;
        }
        reader.push(generated.text.slice(start));
        expect(reader.end()).toEqual(whole);
      }),
      { numRuns: 60 },
    );
  });

  it.each([["utf-8" as const], ["iso-8859-15" as const]])("gives the same books whatever the %s bytes' cuts (property)", (encoding) => {
    const generated = generateFec({ lines: 200, customers: 12, seed: 5, dialect: { encoding, bom: encoding === "utf-8" } });
    const bytes = generated.bytes();
    const whole = readBytes(bytes, []);
    checkAgainstModel(whole.books, generated);
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: bytes.length - 1 }), { maxLength: 30 }), (cuts) => {
        const read = readBytes(bytes, [...cuts].sort((a, b) => a - b));
        expect(read.encoding).toBe(encoding);
        expect(read.books).toEqual(whole.books);
      }),
      { numRuns: 40 },
    );
  });
});

describe("the FEC text decoder", () => {
  it("reads ISO-8859-15 when the bytes are not UTF-8 (€ is 0xA4, Œ 0xBC)", () => {
    const decoder = createFecTextDecoder();
    const text = decoder.decode(new Uint8Array([0x41, 0xa4, 0x20, 0xbc, 0x75, 0x76, 0x72, 0x65, 0xe9])) + decoder.end();
    expect([text, decoder.encoding]).toEqual(["A€ Œuvreé", "iso-8859-15"]);
  });

  it("drops a UTF-8 BOM and reads UTF-8 cut inside a character", () => {
    const bytes = new TextEncoder().encode("\ufeffJournalCode é€");
    const decoder = createFecTextDecoder();
    const text = [...bytes].map((b) => decoder.decode(new Uint8Array([b]))).join("") + decoder.end();
    expect([text, decoder.encoding]).toEqual(["JournalCode é€", "utf-8"]);
  });

  it("reads a file ending on a lone Latin-9 accent as ISO-8859-15", () => {
    const decoder = createFecTextDecoder();
    const text = decoder.decode(new Uint8Array([0x63, 0x61, 0x66, 0xe9])) + decoder.end();
    expect([text, decoder.encoding]).toEqual(["café", "iso-8859-15"]);
  });

  it("refuses a file that mixes UTF-8 and Latin-9", () => {
    const decoder = createFecTextDecoder();
    decoder.decode(new TextEncoder().encode("é"));
    expectCoreError(() => decoder.decode(new Uint8Array([0xe9, 0x20])), "VALUE", /mixes encodings/);
    expectCoreError(() => createFecTextDecoder().decode("text" as unknown as Uint8Array), "VALUE", /must be bytes/);
  });
});
