/*
 * Encours build: one shared runtime page (taskpane.html) carrying the commands, functions and task pane
 * chunks, the custom functions' metadata in English (functions.json) and French (functions-fr.json),
 * the help pages, the manifest and the icons.
 *
 *   npx webpack --mode production                          dist/ for https://localhost:3000/
 *   npx webpack --mode production --env url=https://x.y/   dist/ for a production host
 *   --env outputPath=/some/dir                             build somewhere else (tests)
 */
/* eslint-disable no-undef */
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { EncoursAssetsPlugin, productionUrl } = require("./scripts/webpack/encours-assets-plugin");

module.exports = (env = {}, argv = {}) => {
  const dev = argv.mode === "development";
  const url = productionUrl(env.url);
  return {
    mode: dev ? "development" : "production",
    // Production ships no source maps; development writes them as separate .map files.
    devtool: dev ? "source-map" : false,
    entry: {
      commands: "./src/commands/commands.ts",
      functions: "./src/functions/functions.ts",
      taskpane: "./src/taskpane/taskpane.ts",
      // The Créances tab's FEC reader, run in a Web Worker (new Worker("fec-worker.js"), same origin): its own
      // runtime and no shared chunk, so that the one file is all the worker loads.
      "fec-worker": { import: "./src/taskpane/simulators/receivables/fec.worker.ts", runtime: false },
    },
    output: {
      path: path.resolve(__dirname, env.outputPath || "dist"),
      filename: "[name].js",
      // Chunks loaded on demand (the Créances view) are found beside the page that loads them: every page and
      // chunk sits at the root of dist/. An explicit path, not "auto", which needs document.currentScript.
      publicPath: "",
      clean: true,
      // Write every file at every build, even one whose content did not change, so that a file's date says
      // when it was built (test/addin/build.test.ts holds dist/ to be newer than its sources).
      compareBeforeEmit: false,
    },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: [
            {
              loader: "ts-loader",
              // Types are checked by tsc/ts-jest; the bundle only needs the JavaScript. ES modules let
              // webpack drop unused exports.
              options: { transpileOnly: true, compilerOptions: { module: "es2020", sourceMap: dev } },
            },
            // Runs before ts-loader, after custom-functions-metadata-plugin's loader (see the file).
            path.resolve(__dirname, "scripts/webpack/guard-associate-loader.js"),
          ],
        },
      ],
    },
    optimization: {
      // The three chunks live in one page and one runtime: the core and decimal.js are loaded once.
      runtimeChunk: "single",
      // What the page's entries share goes in one "shared" chunk; chunks loaded on demand (Chart.js, the views
      // after the first tab) stay their own, and the FEC worker keeps its own runtime.
      splitChunks: { chunks: (chunk) => chunk.name !== "fec-worker" && chunk.canBeInitial(), name: "shared" },
    },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({ input: "./src/functions/functions.ts", output: "functions.json" }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["commands", "functions", "taskpane"],
        inject: "head",
        scriptLoading: "defer",
        minify: false,
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "manifest.xml", to: "manifest.xml" },
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "src/taskpane/*.css", to: "[name][ext]" },
          { from: "src/help/help.css", to: "help/help.css" },
        ],
      }),
      new EncoursAssetsPlugin({ url }),
    ],
    stats: dev ? "minimal" : "normal",
  };
};
