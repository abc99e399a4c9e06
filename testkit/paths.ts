/**
 * Where the repository is, for the kit's files wherever they run: from testkit/ under jest, or bundled by
 * esbuild into .tmp/bench/ or .tmp/screenshots/, where `__dirname` is the bundle's folder.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

/** The repository root: the nearest folder above this file (or its bundle) holding encours' package.json. */
export const repoRoot = (): string => {
  let dir = __dirname;
  for (;;) {
    const manifest = path.join(dir, "package.json");
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, "utf8")) as { name?: string }).name === "encours") return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error("encours' package.json not found above " + __dirname);
    dir = parent;
  }
};
