/**
 * The published worked examples of ../shared/reference/cases.json, read at test time so that the file stays
 * the single source for every layer that checks them (the core, the Excel functions). Arguments come in the
 * Excel catalogue's order; null means "omitted, take the default".
 */
import * as fs from "fs";
import * as path from "path";

export interface ReferenceCase {
  function: string;
  args: unknown[];
  expected: number;
  tol: number;
  source: string;
  note: string;
}

export const loadReferenceCases = (): ReferenceCase[] =>
  JSON.parse(fs.readFileSync(path.join(__dirname, "../../../shared/reference/cases.json"), "utf8")) as ReferenceCase[];
