/* eslint-disable @typescript-eslint/no-require-imports */
/* global require, __dirname, console, process */
/*
 * npm run generate: writes src/functions/functions.ts from the catalogue (scripts/catalogue/functionsSource.ts).
 * With --check, writes nothing and exits 1 when the file on disk differs (what the test also asserts).
 */
"use strict";
const fs = require("fs");
const path = require("path");
const { loadTs } = require("../lib/load-ts");

const target = path.resolve(__dirname, "..", "..", "src", "functions", "functions.ts");
const source = loadTs("scripts/catalogue/functionsSource.ts").exports.functionsSource();
const current = fs.existsSync(target) ? fs.readFileSync(target, "utf8") : "";
if (process.argv.includes("--check")) {
  if (current !== source) {
    console.error("src/functions/functions.ts is out of date with the catalogue: run npm run generate");
    process.exit(1);
  }
} else if (current !== source) {
  fs.writeFileSync(target, source);
  console.log("wrote src/functions/functions.ts");
}
