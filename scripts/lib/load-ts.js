/* eslint-disable @typescript-eslint/no-require-imports */
/* global require, module, __dirname */
/*
 * Loads a TypeScript module (and what it imports) into Node at build time, without a compile step on
 * disk: esbuild bundles it in memory to CommonJS and Node compiles the result. The build uses it to run
 * FUNCTIONS' localizeMetadata and the help generator (which computes its examples with src/core).
 * Each call reads the sources afresh, so a watching dev server picks up edits.
 */
"use strict";
const esbuild = require("esbuild");
const Module = require("module");
const path = require("path");

/**
 * @param {string} entry path of the .ts file, absolute or relative to the repository
 * @returns {{ exports: any, inputs: string[] }} the module's exports and the absolute paths of the files it read
 */
function loadTs(entry) {
  const root = path.resolve(__dirname, "..", "..");
  const file = path.resolve(root, entry);
  const result = esbuild.buildSync({
    entryPoints: [file],
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    write: false,
    metafile: true,
    sourcemap: false,
    logLevel: "silent",
  });
  const code = result.outputFiles[0].text;
  const mod = new Module(file, module);
  mod.filename = file;
  mod.paths = Module._nodeModulePaths(path.dirname(file));
  mod._compile(code, file);
  const inputs = Object.keys(result.metafile.inputs).map((input) => path.resolve(root, input));
  return { exports: mod.exports, inputs };
}

module.exports = { loadTs };
