/* eslint-disable @typescript-eslint/no-require-imports */
/* global require, module, URL */
/*
 * Build-time assets that webpack does not make by itself:
 *   functions-fr.json  localizeMetadata(functions.json, the catalogue's French texts, French help base URL)
 *   help/**            one page per function and language, from src/help/generate.ts
 * and, for a production URL, the rewrite of https://localhost:3000/ in manifest.xml and the metadata.
 */
"use strict";
const { Compilation, sources, WebpackError } = require("webpack");
const { loadTs } = require("../lib/load-ts");

const DEV_URL = "https://localhost:3000/";
const PLUGIN = "EncoursAssetsPlugin";

/** Files whose URLs point at the add-in's own host. */
const URL_BEARING_ASSETS = /^(manifest\.xml|functions(-fr)?\.json)$/;

class EncoursAssetsPlugin {
  /** @param {{ url?: string }} options url: the production base URL, ending with "/" */
  constructor(options = {}) {
    this.url = options.url || DEV_URL;
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap(PLUGIN, (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: PLUGIN, stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL + 1 },
        () => this.emitGenerated(compilation),
      );
      compilation.hooks.processAssets.tap(
        { name: PLUGIN, stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE },
        () => this.rewriteUrls(compilation),
      );
    });
  }

  emitGenerated(compilation) {
    const metadataAsset = compilation.getAsset("functions.json");
    if (!metadataAsset) return; // the metadata plugin has already reported why
    try {
      const functionsJson = JSON.parse(metadataAsset.source.source().toString());
      const localize = loadTs("src/functions/localize.ts");
      localize.inputs.forEach((file) => compilation.fileDependencies.add(file));
      const french = localize.exports.localizeMetadata(functionsJson, localize.exports.catalogueTranslations(), `${DEV_URL}help/fr/`);
      compilation.emitAsset("functions-fr.json", new sources.RawSource(JSON.stringify(french, null, 2)));

      const help = loadTs("src/help/generate.ts");
      help.inputs.forEach((file) => compilation.fileDependencies.add(file));
      const pages = help.exports.buildHelpSite({ functions: functionsJson, functionsFr: french });
      for (const [file, html] of Object.entries(pages)) {
        compilation.emitAsset(`help/${file}`, new sources.RawSource(html));
      }
    } catch (error) {
      const failure = new WebpackError(`${PLUGIN}: ${error && error.stack ? error.stack : error}`);
      compilation.errors.push(failure);
    }
  }

  rewriteUrls(compilation) {
    if (this.url === DEV_URL) return;
    for (const asset of compilation.getAssets()) {
      if (!URL_BEARING_ASSETS.test(asset.name)) continue;
      const text = asset.source.source().toString();
      compilation.updateAsset(asset.name, new sources.RawSource(text.split(DEV_URL).join(this.url)));
    }
  }
}

/** Normalises `--env url=…`: https only, one trailing slash. */
function productionUrl(raw) {
  if (!raw) return DEV_URL;
  const url = new URL(raw); // throws on a malformed URL, which is what a build should do
  if (url.protocol !== "https:") throw new Error(`--env url must be https (Office requires it): ${raw}`);
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

module.exports = { EncoursAssetsPlugin, productionUrl, DEV_URL };
