#!/usr/bin/env node
/* eslint-disable @typescript-eslint/no-require-imports */
/* global require, module, __dirname, process, console, URL */
/*
 * npm run serve:dist [-- --port 3000 --dir dist --http]: serves a production build exactly as its host must.
 * Excel on the web fetches the functions' metadata (functions.json, functions-fr.json) from its own origin
 * (excel.officeapps.live.com…), so every answer carries Access-Control-Allow-Origin: * and JSON goes out as
 * application/json. Microsoft's custom-functions documentation: "Server settings on the server that hosts the
 * JSON file must have CORS enabled in order for custom functions to work correctly in Excel Online"
 * (office-js-docs-pr, https://github.com/OfficeDev/office-js-docs-pr/pull/602, custom-functions-overview.md);
 * the failure without it: "Access to XMLHttpRequest at '…/functions.json' from origin
 * 'https://excel.officeapps.live.com' has been blocked by CORS policy" (office-js issue 3970,
 * https://github.com/OfficeDev/office-js/issues/3970; office-js-docs-pr issue 1920).
 *
 * Only files under the directory are served, with their type; a directory, a missing file or a path that
 * leaves the directory is a 404 (no listing). HTTPS with office-addin-dev-certs' localhost certificate,
 * or plain HTTP with --http (behind a TLS proxy, or for tests).
 */
"use strict";
const fs = require("fs");
const http = require("http");
const https = require("https");
const path = require("path");

/** Content types of what a build holds; anything else is served as bytes. */
const CONTENT_TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
};

const COMMON_HEADERS = {
  "Access-Control-Allow-Origin": "*",
  "X-Content-Type-Options": "nosniff",
};

/** The request handler serving `root` (an absolute directory). */
function createDistHandler(root) {
  const base = path.resolve(root);
  const notFound = (response) => {
    response.writeHead(404, { ...COMMON_HEADERS, "Content-Type": "text/plain; charset=utf-8" });
    response.end("Not found\n");
  };
  return (request, response) => {
    if (request.method === "OPTIONS") {
      response.writeHead(204, { ...COMMON_HEADERS, "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS", "Access-Control-Max-Age": "86400" });
      response.end();
      return;
    }
    if (request.method !== "GET" && request.method !== "HEAD") {
      response.writeHead(405, { ...COMMON_HEADERS, Allow: "GET, HEAD, OPTIONS" });
      response.end();
      return;
    }
    let relative;
    try {
      relative = decodeURIComponent(new URL(request.url, "http://localhost").pathname);
    } catch {
      notFound(response);
      return;
    }
    const file = path.resolve(base, `.${relative}`);
    if (relative.includes("\0") || (file !== base && !file.startsWith(base + path.sep))) {
      notFound(response);
      return;
    }
    fs.stat(file, (error, stats) => {
      if (error || !stats.isFile()) {
        notFound(response);
        return;
      }
      response.writeHead(200, {
        ...COMMON_HEADERS,
        "Content-Type": CONTENT_TYPES[path.extname(file).toLowerCase()] || "application/octet-stream",
        "Content-Length": stats.size,
      });
      if (request.method === "HEAD") {
        response.end();
        return;
      }
      fs.createReadStream(file).pipe(response);
    });
  };
}

function argument(args, name, fallback) {
  const index = args.indexOf(`--${name}`);
  return index >= 0 && index + 1 < args.length ? args[index + 1] : fallback;
}

async function main(args) {
  const root = path.resolve(argument(args, "dir", path.join(__dirname, "..", "dist")));
  const port = Number(argument(args, "port", "3000"));
  if (!fs.existsSync(path.join(root, "manifest.xml"))) {
    console.error(`No build in ${root}: run npm run build first (with --env url=https://your.host/path/ for production).`);
    process.exit(1);
  }
  const handler = createDistHandler(root);
  let server;
  if (args.includes("--http")) server = http.createServer(handler);
  else {
    const { ca, cert, key } = await require("office-addin-dev-certs").getHttpsServerOptions();
    server = https.createServer({ ca, cert, key }, handler);
  }
  server.listen(port, () => console.log(`Serving ${root} at ${args.includes("--http") ? "http" : "https"}://localhost:${port}/`));
}

module.exports = { createDistHandler, CONTENT_TYPES };

if (require.main === module) {
  main(process.argv.slice(2)).catch((error) => {
    console.error(`serve:dist failed: ${error && error.stack ? error.stack : error}`);
    process.exit(1);
  });
}
