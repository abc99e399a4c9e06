#!/usr/bin/env node
/* eslint-disable @typescript-eslint/no-require-imports */
/* global require, __dirname, process, console, setTimeout */
/*
 * npm start: builds Encours in development mode and serves it at https://localhost:3000 (webpack-dev-server,
 * rebuilding on every save), then sideloads manifest.xml into Excel desktop on Windows and macOS. On Linux
 * (no Excel desktop) it keeps serving and says how to upload the manifest into Excel on the web.
 * `npm stop` (scripts/stop.js) ends it.
 */
"use strict";
const fs = require("fs");
const path = require("path");
const { spawn } = require("child_process");
const webpack = require("webpack");
const WebpackDevServer = require("webpack-dev-server");

const ROOT = path.resolve(__dirname, "..");
const PORT = 3000;
const PID_FILE = path.join(ROOT, ".tmp", "dev-server.pid");
const DEBUGGING = "office-addin-debugging@7.0.0";
const CERT_TIMEOUT_MS = 120000;

/**
 * Certificates from office-addin-dev-certs (a development CA installed in the system's trust store).
 * Where it cannot install the CA (Linux without sudo, a locked-down machine), the certificates it already
 * generated are used if present, else webpack-dev-server's own self-signed one: the server still runs,
 * but the browser or Excel has to be told to trust it.
 */
async function httpsOptions() {
  const devCerts = require("office-addin-dev-certs");
  const defaults = require("office-addin-dev-certs/lib/defaults");
  try {
    const options = await Promise.race([
      devCerts.getHttpsServerOptions(),
      new Promise((_, reject) => setTimeout(() => reject(new Error("timed out")), CERT_TIMEOUT_MS).unref()),
    ]);
    console.log(`HTTPS: office-addin-dev-certs certificate (CA trusted, ${defaults.caCertificatePath}).`);
    return { ca: options.ca, cert: options.cert, key: options.key };
  } catch (error) {
    const reason = String(error && error.message ? error.message : error).split("\n")[0];
    console.warn(`HTTPS: office-addin-dev-certs could not install its development CA (${reason}).`);
    const files = [defaults.caCertificatePath, defaults.localhostCertificatePath, defaults.localhostKeyPath];
    if (files.every((file) => fs.existsSync(file))) {
      console.warn(`       Using its certificate anyway; trust ${defaults.caCertificatePath} by hand`);
      console.warn("       (import it as a certificate authority in your browser or system) to load the add-in.");
      const [ca, cert, key] = files.map((file) => fs.readFileSync(file));
      return { ca, cert, key };
    }
    console.warn("       Using a self-signed certificate: open https://localhost:3000/taskpane.html once and accept it.");
    return undefined;
  }
}

function sideload() {
  const npx = process.platform === "win32" ? "npx.cmd" : "npx";
  const args = ["--yes", DEBUGGING, "start", "manifest.xml", "desktop", "--dev-server-port", String(PORT)];
  console.log(`Sideloading into Excel: npx ${args.join(" ")}`);
  const child = spawn(npx, args, { cwd: ROOT, stdio: "inherit", shell: process.platform === "win32" });
  child.on("exit", (code) => {
    if (code !== 0) console.warn(`office-addin-debugging exited with ${code}: upload manifest.xml by hand (see README).`);
  });
}

function explainWebUpload() {
  console.log(`
Excel desktop cannot be sideloaded on ${process.platform}; the add-in is served at https://localhost:${PORT}/.
To try it in Excel on the web:
  1. Open a workbook at https://www.office.com (Excel on the web) in this machine's browser.
  2. Home › Add-ins › More Settings › Upload My Add-in (older ribbons: Insert › Add-ins › Upload My Add-in).
  3. Choose ${path.join(ROOT, "manifest.xml")} and Upload.
  4. Home › Encours › Simulators opens the task pane; type =ENCOURS. in a cell for the functions.
The server keeps running (rebuilding on save). Stop it with: npm stop`);
}

async function main() {
  const server = await httpsOptions();
  const config = require(path.join(ROOT, "webpack.config.js"))({}, { mode: "development" });
  const compiler = webpack(config);
  const devServer = new WebpackDevServer(
    {
      host: "localhost",
      port: PORT,
      server: server ? { type: "https", options: server } : "https",
      headers: { "Access-Control-Allow-Origin": "*" },
      hot: false,
      liveReload: true,
      client: { overlay: false },
      static: false,
    },
    compiler,
  );
  await devServer.start();
  fs.mkdirSync(path.dirname(PID_FILE), { recursive: true });
  fs.writeFileSync(PID_FILE, String(process.pid));
  console.log(`Encours dev server: https://localhost:${PORT}/taskpane.html (pid ${process.pid})`);

  const shutdown = async () => {
    await devServer.stop();
    if (fs.existsSync(PID_FILE) && fs.readFileSync(PID_FILE, "utf8") === String(process.pid)) fs.unlinkSync(PID_FILE);
    process.exit(0);
  };
  process.on("SIGINT", shutdown);
  process.on("SIGTERM", shutdown);

  if (process.platform === "win32" || process.platform === "darwin") sideload();
  else explainWebUpload();
}

main().catch((error) => {
  console.error(`npm start failed: ${error && error.stack ? error.stack : error}`);
  process.exit(1);
});
