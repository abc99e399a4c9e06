#!/usr/bin/env node
/* eslint-disable @typescript-eslint/no-require-imports */
/* global require, module, __dirname, process, console, Buffer */
/*
 * Draws the Encours icons (assets/icon-<size>.png) with no image library: each pixel is supersampled
 * against a few shapes (a rounded square, the ring and bars of a euro sign, an Excel-green baseline) and
 * written as an RGBA PNG with zlib. Run `node scripts/make-icons.js` to regenerate them; the PNGs are
 * committed because the manifest serves them as they are.
 */
"use strict";
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const SIZES = [16, 32, 64, 80, 128];
const DEEP_BLUE = [15, 61, 122]; // #0F3D7A: the add-in's colour, reads well on light and dark ribbons
const EXCEL_GREEN = [33, 163, 102]; // #21A366: Office Excel green, a nod to the host
const WHITE = [255, 255, 255];

/** Coverage tests in unit coordinates (0..1, y downwards). */
function roundedSquare(x, y, radius) {
  const dx = Math.max(radius - x, 0, x - (1 - radius));
  const dy = Math.max(radius - y, 0, y - (1 - radius));
  return dx * dx + dy * dy <= radius * radius;
}

function euroSign(x, y, stroke) {
  const cx = 0.56;
  const cy = 0.47;
  const radius = 0.25;
  const d = Math.hypot(x - cx, y - cy);
  // The ring opens on the right (between -40 and +40 degrees), like the letter C.
  const angle = (Math.atan2(y - cy, x - cx) * 180) / Math.PI;
  const ring = Math.abs(d - radius) <= stroke / 2 && Math.abs(angle) > 40;
  const barHalf = stroke * 0.42;
  const bar = (yc) => Math.abs(y - yc) <= barHalf && x >= 0.2 && x <= cx + 0.06;
  return ring || bar(cy - 0.065) || bar(cy + 0.065);
}

function baseline(x, y) {
  return y >= 0.8 && y <= 0.86 && x >= 0.22 && x <= 0.78;
}

function colourAt(x, y, size) {
  if (!roundedSquare(x, y, 0.2)) return null;
  // Small icons get a bolder stroke so the sign survives 16 px.
  const stroke = size <= 16 ? 0.15 : size <= 32 ? 0.12 : 0.1;
  if (euroSign(x, y, stroke)) return WHITE;
  if (size >= 32 && baseline(x, y)) return EXCEL_GREEN;
  return DEEP_BLUE;
}

function render(size) {
  const samples = 8;
  const pixels = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, covered = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const c = colourAt((px + (sx + 0.5) / samples) / size, (py + (sy + 0.5) / samples) / size, size);
          if (c) { r += c[0]; g += c[1]; b += c[2]; covered++; }
        }
      }
      const i = (py * size + px) * 4;
      if (covered > 0) {
        pixels[i] = Math.round(r / covered);
        pixels[i + 1] = Math.round(g / covered);
        pixels[i + 2] = Math.round(b / covered);
      }
      pixels[i + 3] = Math.round((255 * covered) / (samples * samples));
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type RGBA
  const rows = [];
  for (let y = 0; y < size; y++) {
    rows.push(Buffer.from([0]), rgba.subarray(y * size * 4, (y + 1) * size * 4)); // filter: none
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function main() {
  const outDir = path.join(__dirname, "..", "assets");
  fs.mkdirSync(outDir, { recursive: true });
  for (const size of SIZES) {
    const file = path.join(outDir, `icon-${size}.png`);
    fs.writeFileSync(file, encodePng(size, render(size)));
    console.log(`wrote ${path.relative(process.cwd(), file)} (${size}x${size})`);
  }
}

if (require.main === module) main();
module.exports = { SIZES, encodePng, render };
