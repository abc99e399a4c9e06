/**
 * How the pane reads what is typed in its fields (src/taskpane/i18n/format.ts): French and English marks,
 * currency signs, percents, and the entries that could mean two numbers. Every expected value is hand-worked
 * from the text typed; percent fields follow Microsoft KB 215203 ("automatic percent entry": 1 typed in a %
 * cell is 1 %, 80 is 80 %), except that a decimal under 1 is the rate itself (0,8 → 80 %).
 */
import fc from "fast-check";
import { formattersFor, parseNumberList, readNumber, readRate } from "../../../src/taskpane/i18n";

const number = (value: number) => ({ kind: "number", value });
const ambiguous = (first: number, second: number) => ({ kind: "ambiguous", values: [first, second] });
const invalid = { kind: "invalid" };

/** Registers one test per entry: `text` typed in `language` reads as the number `value`. */
const readsEachAsItsValue = (language: "fr" | "en", cases: Array<[text: string, value: number]>): void =>
  it.each(cases)("reads %j as its value", (text, value) => {
    expect(readNumber(text, language)).toEqual(number(value));
  });

describe("reading a number typed in French", () => {
  readsEachAsItsValue("fr", [
    ["10 000", 10000],
    ["10\u202f000,50", 10000.5],
    ["10.000,50", 10000.5],
    ["1.000.000", 1000000],
    ["12 345,50 €", 12345.5],
    ["€ 1 000", 1000],
    ["1 000 EUR", 1000],
    ["0,9", 0.9],
    ["10.5", 10.5],
    ["0.900", 0.9],
    ["-5", -5],
    ["\u22125", -5],
  ]);

  it("asks whether 10.000 is ten thousand or ten instead of guessing", () => {
    expect(readNumber("10.000", "fr")).toEqual(ambiguous(10000, 10));
  });

  it.each(["abc", "", "1.00.000", "10,5,3", "1 000,5,5", "%", "€"])("reads %j as no number", (text) => {
    expect(readNumber(text, "fr")).toEqual(invalid);
  });
});

describe("reading a number typed in English", () => {
  readsEachAsItsValue("en", [
    ["10,000.50", 10000.5],
    ["1,234,567", 1234567],
    ["€20,000.00", 20000],
    ["0,9", 0.9],
    ["12.5", 12.5],
  ]);

  it("asks whether 10,000 is ten thousand or ten instead of guessing", () => {
    expect(readNumber("10,000", "en")).toEqual(ambiguous(10000, 10));
  });
});

describe("reading a percent field", () => {
  it.each([
    ["80", "fr", 0.8],
    ["0,8", "fr", 0.8],
    ["80 %", "fr", 0.8],
    ["0,35 %", "fr", 0.0035],
    ["1", "fr", 0.01],
    ["12.5", "en", 0.125],
    ["0.75", "en", 0.75],
    ["150 %", "fr", 1.5],
  ] as const)("reads %j (%s) as %d", (text, language, expected) => {
    expect(readRate(text, language)).toEqual(number(expected));
  });

  it("keeps 0,35 % exact: 0.0035, not 0.0034999999999999996", () => {
    const reading = readRate("0,35 %", "fr");
    expect(reading.kind === "number" && reading.value === 0.0035).toBe(true);
  });

  it("asks which rate 12.500 means in French: 12 500 % or 12,5 %", () => {
    expect(readRate("12.500", "fr")).toEqual(ambiguous(125, 0.125));
  });
});

describe("reading a list", () => {
  it("splits on lines and semicolons, a comma staying a decimal mark in French", () => {
    expect(parseNumberList("70 000\n80 000,5; 100 000", "fr")).toEqual([70000, 80000.5, 100000]);
  });
});

describe("what the pane writes, it reads back", () => {
  it("reads a formatted amount as that amount, or as one of the two it could be", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 12 }), fc.integer({ min: 0, max: 99 }), fc.constantFrom("fr" as const, "en" as const), (whole, cents, language) => {
        // Built from its digits: 4 + 94 / 100 is 4.9399999999999995 in doubles, not the 4.94 a field shows.
        const value = Number(`${whole}.${String(cents).padStart(2, "0")}`);
        const reading = readNumber(formattersFor(language).plain(value), language);
        const values = reading.kind === "number" ? [reading.value] : reading.kind === "ambiguous" ? reading.values : [];
        expect(values).toContain(value);
      }),
    );
  });
});
