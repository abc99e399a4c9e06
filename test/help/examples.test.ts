/*
 * The help examples are computed by the ENCOURS function itself: what a page adds to a spilled result (headers,
 * the words of its text cells, the rows it shows) must stay in step with the catalogue.
 */
import { functionEntry } from "../../src/catalogue";
import { HELP, type HelpExample } from "../../src/help/content";
import { computeExample } from "../../src/help/generate";

const examples = Object.entries(HELP).flatMap(([id, entry]) => entry.examples.map((example) => ({ id, example })));

describe("help examples", () => {
  it.each(examples)("$id has a table layout exactly when it is a table function", ({ id, example }) => {
    expect({ id, table: example.table !== undefined }).toEqual({ id, table: functionEntry(id).shape === "table" });
  });

  it.each(examples.filter(({ example }) => example.table?.cells))("$id words only texts its function returns", ({ id, example }) => {
    const returned = Object.values(functionEntry(id).cellText ?? {});
    for (const text of Object.keys(example.table!.cells!)) expect({ id, text, returned: returned.includes(text) }).toEqual({ id, text, returned: true });
  });

  it("shows a table's rows with the words of each language, as many columns as the headers", () => {
    const schedule = computeExample("FACTOR.SCHEDULE", HELP["FACTOR.SCHEDULE"].examples[0]);
    expect(schedule).toEqual({
      headers: HELP["FACTOR.SCHEDULE"].examples[0].table!.headers,
      rows: [
        [0, { en: "Advance", fr: "Avance" }, 9000],
        [60, { en: "Balance", fr: "Solde" }, expect.closeTo(825, 9)],
      ],
    });
  });

  it("shows the first 12 points of the loss distribution that carry probability and counts the other rows", () => {
    const dist = computeExample("CREDIT.LOSSDIST", HELP["CREDIT.LOSSDIST"].examples[0]);
    if (typeof dist === "number") throw new Error("CREDIT.LOSSDIST gives a table");
    expect(dist.rows).toHaveLength(12);
    expect(dist.rows.every((row) => typeof row[1] === "number" && row[1] > 0)).toBe(true);
    expect(dist.rows.slice(0, 3).map((row) => row[0])).toEqual([0, 10000, 20000]);
    expect(dist.omittedRows).toBe(589);
  });

  it("refuses an example whose formula shows an Excel error, naming the error", () => {
    const negative: HelpExample = { ...HELP["FACTOR.ADVANCE"].examples[0], args: [-10000] };
    expect(() => computeExample("FACTOR.ADVANCE", negative)).toThrow(
      "help example for FACTOR.ADVANCE does not give a finite number: #VALUE! amount must be 0 or more (e.g. 10000)",
    );
  });
});
