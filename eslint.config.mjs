import js from "@eslint/js";
import tseslint from "typescript-eslint";

const officeGlobals = ["Office", "Excel", "CustomFunctions", "OfficeExtension"];
const domGlobals = ["document", "window", "navigator", "HTMLElement", "localStorage", "fetch"];

export default tseslint.config(
  { ignores: ["dist/**", "node_modules/**", ".tmp/**", "coverage/**", "*.config.js", "*.config.mjs"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["src/core/**/*.ts"],
    rules: {
      // The core is pure domain math: it must run in Node exactly as in Excel (DESIGN.md, "Architecture").
      "no-restricted-globals": ["error", ...[...officeGlobals, ...domGlobals].map((name) => ({
        name,
        message: "src/core must stay free of Office, Excel, CustomFunctions and the DOM.",
      }))],
      "no-restricted-imports": ["error", {
        patterns: [
          { group: ["*/functions/*", "*/taskpane/*", "*/commands/*", "../functions", "../taskpane"], message: "The core imports only decimal.js and itself." },
          { group: ["@microsoft/*", "office-*", "chart.js", "chart.js/*"], message: "The core imports only decimal.js and itself." },
        ],
      }],
    },
  },
  {
    files: ["src/functions/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: ["*/taskpane/*"], message: "functions depend on the core only." }] }],
    },
  },
  {
    files: ["src/taskpane/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: ["*/functions/*"], message: "the task pane depends on the core, not on the Excel function layer." }] }],
    },
  },
);
