/*
 * The custom functions' metadata checked offline against Microsoft's own schema of a function: the
 * `extensionFunction` definition of the Microsoft 365 app manifest schema shipped in @microsoft/app-manifest
 * (installed with office-addin-manifest), i.e. the constraints Excel's registration applies: id pattern and
 * length, name pattern (letters, digits, "." and "_") and length, description ≤ 1024, ≤ 128 parameters each
 * with a name ≤ 64 and a description ≤ 512, https helpUrl. Both the built files (dist/functions.json,
 * dist/functions-fr.json) and the metadata generated from the source are checked.
 */
import Ajv, { type ValidateFunction } from "ajv";
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { catalogueTranslations, localizeMetadata, type FunctionsMetadata } from "../../src/functions/localize";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { generateCustomFunctionsMetadata } = require("custom-functions-metadata") as {
  generateCustomFunctionsMetadata: (input: string, wantConsoleOutput?: boolean) => Promise<{ metadataJson: string }>;
};

const ROOT = path.resolve(__dirname, "..", "..");
const DIST = path.join(ROOT, "dist");
const SCHEMAS = path.join(ROOT, "node_modules", "@microsoft", "app-manifest", "build", "json-schemas", "teams");

type Schema = { definitions: Record<string, unknown> };

/** The newest app-manifest schema that defines extensionFunction. */
const newestSchema = (): { version: string; schema: Schema } => {
  const versions = fs.readdirSync(SCHEMAS).filter((name) => /^v\d+\.\d+$/.test(name))
    .sort((a, b) => { const [x, y] = [a, b].map((v) => v.slice(1).split(".").map(Number)); return y[0] - x[0] || y[1] - x[1]; });
  for (const version of versions) {
    const schema = JSON.parse(fs.readFileSync(path.join(SCHEMAS, version, "MicrosoftTeams.schema.json"), "utf8")) as Schema;
    if (schema.definitions?.extensionFunction) return { version, schema };
  }
  throw new Error("no extensionFunction in @microsoft/app-manifest");
};

/**
 * A validator of a metadata file ({ functions: [extensionFunction…] }) from the definitions extensionFunction
 * reaches. The schema is draft-04; only these definitions are taken, whose keywords ajv's default draft reads
 * the same way, and ajv's unicode regular expressions give the name pattern's \p{L} its meaning.
 */
const metadataValidator = (schema: Schema): ValidateFunction => {
  const needed = new Set<string>();
  const pending = ["extensionFunction"];
  while (pending.length > 0) {
    const name = pending.pop() as string;
    if (needed.has(name)) continue;
    needed.add(name);
    for (const match of JSON.stringify(schema.definitions[name]).matchAll(/#\/definitions\/([A-Za-z0-9_]+)/g)) pending.push(match[1]);
  }
  const ajv = new Ajv({ allErrors: true, strict: false });
  return ajv.compile({
    type: "object",
    required: ["functions"],
    properties: { functions: { type: "array", minItems: 1, items: { $ref: "#/definitions/extensionFunction" } } },
    definitions: Object.fromEntries([...needed].map((name) => [name, schema.definitions[name]])),
  });
};

const { version, schema } = newestSchema();
const validate = metadataValidator(schema);
const problems = (metadata: unknown): string[] => (validate(metadata) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`));

describe(`the functions' metadata against Microsoft's extensionFunction schema (app-manifest ${version})`, () => {
  let generated: FunctionsMetadata;
  beforeAll(async () => {
    generated = JSON.parse((await generateCustomFunctionsMetadata("src/functions/functions.ts")).metadataJson) as FunctionsMetadata;
    if (!fs.existsSync(path.join(DIST, "functions.json"))) {
      execFileSync(process.execPath, [path.join(ROOT, "node_modules", "webpack", "bin", "webpack.js"), "--mode", "production"], { cwd: ROOT, stdio: "pipe" });
    }
  }, 120000);

  it("accepts the English and French metadata generated from the source", () => {
    expect(generated.functions.length).toBeGreaterThanOrEqual(17);
    expect(problems(generated)).toEqual([]);
    expect(problems(localizeMetadata(generated, catalogueTranslations(), "https://localhost:3000/help/fr/"))).toEqual([]);
  });

  it("accepts the built dist/functions.json and dist/functions-fr.json", () => {
    for (const file of ["functions.json", "functions-fr.json"]) {
      const metadata = JSON.parse(fs.readFileSync(path.join(DIST, file), "utf8")) as unknown;
      expect({ file, problems: problems(metadata) }).toEqual({ file, problems: [] });
    }
  });

  it("would refuse a name with a space, an id too long, a description too long or an http help link", () => {
    const first = generated.functions[0];
    const broken = { functions: [{ ...first, name: "FACTOR ADVANCE", id: "X".repeat(65), description: "d".repeat(1025), helpUrl: "http://x.example/" }] };
    const found = problems(broken).join("\n");
    expect(found).toMatch(/\/functions\/0\/name must match pattern/);
    expect(found).toMatch(/\/functions\/0\/id must NOT have more than 64 characters/);
    expect(found).toMatch(/\/functions\/0\/description must NOT have more than 1024 characters/);
    expect(found).toMatch(/\/functions\/0\/helpUrl must match pattern/);
  });

  it("accepts French names with accented letters, as the schema's \\p{L} allows", () => {
    expect(problems({ functions: [{ ...generated.functions[0], name: "AFFACTURAGE.COÛT" }] })).toEqual([]);
  });
});
