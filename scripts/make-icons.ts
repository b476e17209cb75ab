// Writes the extension's toolbar and store icons, extension/public/icon/{16,32,48,128}.png:
// a page with lines of text, one of them highlighted, on Bantin's blue. Drawn from shapes
// with 4×4 supersampling and encoded as PNG by hand (zlib from Node), so no image tool or
// package is needed.
//
//   npx tsx scripts/make-icons.ts
//
// The PNGs are committed; this script only regenerates them.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';

type RGBA = [number, number, number, number];

const BLUE: RGBA = [0x1f, 0x5f, 0xbf, 255];
const PAPER: RGBA = [255, 255, 255, 255];
const INK: RGBA = [0x44, 0x4c, 0x5a, 255];
const MARK: RGBA = [0xff, 0xd4, 0x00, 255];

/** Inside a rounded rectangle (unit coordinates). */
function inRoundRect(x: number, y: number, x0: number, y0: number, x1: number, y1: number, r: number): boolean {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

/** The icon's colour at a point of the unit square (transparent outside). */
function shade(x: number, y: number): RGBA {
  if (!inRoundRect(x, y, 0, 0, 1, 1, 0.2)) return [0, 0, 0, 0];
  if (!inRoundRect(x, y, 0.2, 0.14, 0.8, 0.86, 0.05)) return BLUE;
  // The highlighted line: a yellow band behind the second line of text.
  if (inRoundRect(x, y, 0.26, 0.38, 0.74, 0.52, 0.03) && !inRoundRect(x, y, 0.31, 0.425, 0.69, 0.475, 0.02)) return MARK;
  for (const [y0, x1] of [[0.25, 0.69], [0.425, 0.69], [0.6, 0.69], [0.72, 0.56]] as const) {
    if (inRoundRect(x, y, 0.31, y0, x1, y0 + 0.05, 0.02)) return INK;
  }
  return PAPER;
}

function render(size: number): Buffer {
  const S = 4;
  const rows: Buffer[] = [];
  for (let py = 0; py < size; py++) {
    const row = Buffer.alloc(1 + size * 4); // filter byte 0 (None), then RGBA
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < S; sy++) {
        for (let sx = 0; sx < S; sx++) {
          const c = shade((px + (sx + 0.5) / S) / size, (py + (sy + 0.5) / S) / size);
          r += c[0] * c[3];
          g += c[1] * c[3];
          b += c[2] * c[3];
          a += c[3];
        }
      }
      const o = 1 + px * 4;
      if (a > 0) {
        row[o] = Math.round(r / a);
        row[o + 1] = Math.round(g / a);
        row[o + 2] = Math.round(b / a);
      }
      row[o + 3] = Math.round(a / (S * S));
    }
    rows.push(row);
  }
  return png(size, size, Buffer.concat(rows));
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Buffer): number {
  let c = 0xffffffff;
  for (const byte of data) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** An 8-bit RGBA PNG of already filtered scanlines. */
function png(width: number, height: number, scanlines: Buffer): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type: RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(scanlines, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const out = join(import.meta.dirname, '..', 'extension', 'public', 'icon');
mkdirSync(out, { recursive: true });
for (const size of [16, 32, 48, 128]) {
  const file = join(out, `${size}.png`);
  writeFileSync(file, render(size));
  console.log(file);
}
