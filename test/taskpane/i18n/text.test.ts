import words from "../../../src/taskpane/i18n/text.json";
import { TEXT, translator, type TextKey } from "../../../src/taskpane/i18n/text";

const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe("the pane's words (src/taskpane/i18n/text.json)", () => {
  const entries = Object.entries(TEXT) as [TextKey, { fr: string; en: string }][];

  it("gives every key a French and an English text, neither empty nor padded", () => {
    const incomplete = entries.filter(([, text]) => [text.fr, text.en].some((side) => typeof side !== "string" || side.trim() === "" || side !== side.trim()));
    expect(incomplete.map(([key]) => key)).toEqual([]);
  });

  it("uses the same {placeholders} in French and English, so a filled text never shows a raw {name}", () => {
    const differing = entries.filter(([, text]) => placeholders(text.fr).join() !== placeholders(text.en).join());
    expect(differing.map(([key]) => key)).toEqual([]);
  });

  it("declares each key once: no key is both a pane word and a sheet word", () => {
    expect(Object.keys(words.pane).filter((key) => key in words.sheet)).toEqual([]);
    expect(entries).toHaveLength(Object.keys(words.pane).length + Object.keys(words.sheet).length);
  });

  it("fills placeholders in either language and leaves unknown ones as typed", () => {
    expect(translator("fr")("inserted", { name: "Proposition" })).toBe("Feuille « Proposition » insérée.");
    expect(translator("en")("inserted", { name: "Proposal" })).toBe("Sheet “Proposal” inserted.");
    expect(translator("en")("inserted")).toBe("Sheet “{name}” inserted.");
  });
});
