#!/usr/bin/env node
/* eslint-disable @typescript-eslint/no-require-imports */
/* global require, __dirname, process, console */
/*
 * npm stop: ends the dev server that `npm start` launched (its pid is in .tmp/dev-server.pid) and, on
 * Windows and macOS, removes the sideloaded add-in with office-addin-debugging stop.
 */
"use strict";
const fs = require("fs");
const path = require("path");
const { spawnSync } = require("child_process");

const ROOT = path.resolve(__dirname, "..");
const PID_FILE = path.join(ROOT, ".tmp", "dev-server.pid");

if (process.platform === "win32" || process.platform === "darwin") {
  const npx = process.platform === "win32" ? "npx.cmd" : "npx";
  spawnSync(npx, ["--yes", "office-addin-debugging@7.0.0", "stop", "manifest.xml", "desktop"], {
    cwd: ROOT,
    stdio: "inherit",
    shell: process.platform === "win32",
  });
}

if (!fs.existsSync(PID_FILE)) {
  console.log("No Encours dev server is recorded as running (.tmp/dev-server.pid is absent).");
} else {
  const pid = Number(fs.readFileSync(PID_FILE, "utf8"));
  try {
    process.kill(pid, "SIGTERM");
    console.log(`Stopped the Encours dev server (pid ${pid}).`);
  } catch (error) {
    console.log(`The recorded dev server (pid ${pid}) was not running: ${error.code}.`);
  }
  fs.rmSync(PID_FILE, { force: true });
}
