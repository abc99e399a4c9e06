/**
 * Benchmarks and tests share their tools through testkit/ (the HyperFormula host, the registry, the
 * CustomFunctions runtime, the browser harness, the CoreError helpers): bench/ and testkit/ never reach into
 * test/, so that a test can be moved or deleted without breaking `npm run bench`.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { repoRoot } from "../../testkit/paths";

const root = repoRoot();

const sourcesUnder = (folder: string): string[] =>
  readdirSync(path.join(root, folder), { recursive: true, encoding: "utf8" })
    .filter((file) => /\.(ts|js|mjs|cjs)$/.test(file))
    .map((file) => path.join(root, folder, file));

/** Every module a file names: `from "…"`, `import "…"`, `import("…")` and `require("…")`. */
export const specifiersOf = (source: string): string[] =>
  [...source.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)["']([^"']+)["']/g)].map((match) => match[1]);

/** The relative imports of the files under `folder` that land in test/, as "file → specifier". */
const importsOfTest = (folder: string): { imports: number; intoTest: string[] } => {
  let imports = 0;
  const intoTest: string[] = [];
  for (const file of sourcesUnder(folder)) {
    for (const specifier of specifiersOf(readFileSync(file, "utf8"))) {
      imports++;
      if (!specifier.startsWith(".")) continue;
      const target = path.relative(root, path.resolve(path.dirname(file), specifier));
      if (target === "test" || target.startsWith(`test${path.sep}`)) intoTest.push(`${path.relative(root, file)} → ${specifier}`);
    }
  }
  return { imports, intoTest };
};

describe("the boundary between test/, testkit/ and bench/", () => {
  it("reads every form of import, so that the checks below can see one", () => {
    const source = 'import a from "../test/a";\nimport "../test/b";\nconst c = require("../test/c");\nconst d = import("../test/d");\nexport { e } from \'./e\';';
    expect(specifiersOf(source)).toEqual(["../test/a", "../test/b", "../test/c", "../test/d", "./e"]);
  });

  it.each(["bench", "testkit"])("%s/ imports nothing from test/", (folder) => {
    const { imports, intoTest } = importsOfTest(folder);
    // The folder does import things (the scan is not looking at nothing): at least the core or the kit.
    expect(imports).toBeGreaterThan(5);
    expect(intoTest).toEqual([]);
  });
});
