// The README's function table is written by hand (its examples and results are prose); this holds it to the
// catalogue, so that a function added, renamed or given another French name cannot be left out of it.
import fs from "fs";
import path from "path";
import { FUNCTIONS, parametersOf } from "../../src/catalogue";

const readme = fs.readFileSync(path.resolve(__dirname, "../../README.md"), "utf8");
const rows = readme.split("\n").filter((line) => line.startsWith("| `"));
const rowOf = (id: string) => rows.find((line) => line.startsWith(`| \`${id}(`));

describe("README's function table", () => {
  it.each(FUNCTIONS.map((entry) => [entry.id, entry]))("lists %s with its French name and its first argument", (id, entry) => {
    const row = rowOf(id);
    expect(row).toBeDefined();
    expect(row).toContain(`[${entry.fr}]`);
    // its arguments, or "…same as" another row's (FACTOR.NET takes FACTOR.COST's)
    const opening = row!.slice(3, row!.indexOf(")"));
    expect([opening.startsWith(`${id}(${parametersOf(entry)[0].name}`), opening.startsWith(`${id}(…same as`)]).toContain(true);
  });

  it("lists no function the catalogue does not declare", () => {
    const listed = rows.map((line) => /^\| `([A-Z.0-9]+)\(/.exec(line)?.[1]).filter((id): id is string => id !== undefined);
    expect(listed.filter((id) => !FUNCTIONS.some((entry) => entry.id === id))).toEqual([]);
    expect(listed).toHaveLength(FUNCTIONS.length);
  });
});
