// Writes the tray icons (tray-<state>.png and @2x) as plain RGBA PNGs: node resources/tray/generate-tray-icons.mjs
import { Buffer } from 'node:buffer';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const here = dirname(fileURLToPath(import.meta.url));

const colours = {
  green: [46, 160, 67],
  amber: [219, 154, 4],
  grey: [140, 140, 140],
  red: [207, 34, 46],
  orange: [230, 110, 20],
  white: [255, 255, 255],
};

/** Each icon: a disc in its colour and an optional mark; `badge` adds a red dot (missed calls). */
const icons = {
  registered: { disc: 'green' },
  registering: { disc: 'amber', mark: 'ring' },
  offline: { disc: 'grey' },
  failed: { disc: 'red', mark: 'cross' },
  dnd: { disc: 'red', mark: 'bar' },
  away: { disc: 'orange', mark: 'ring' },
  missed: { disc: 'green', badge: true },
};

function pixel(icon, x, y, size) {
  const c = (size - 1) / 2;
  const r = size / 2 - size / 16;
  const dx = x - c;
  const dy = y - c;
  const d = Math.hypot(dx, dy);
  const s = size / 16;
  if (icon.badge && Math.hypot(x - size * 0.78, y - size * 0.22) < size * 0.2) return [...colours.red, 255];
  if (d > r) return [0, 0, 0, 0];
  if (icon.mark === 'bar' && Math.abs(dy) < 1.2 * s && Math.abs(dx) < r - 2.5 * s)
    return [...colours.white, 255];
  if (
    icon.mark === 'cross' &&
    (Math.abs(dx - dy) < 1.3 * s || Math.abs(dx + dy) < 1.3 * s) &&
    d < r - 2.5 * s
  )
    return [...colours.white, 255];
  if (icon.mark === 'ring' && d < r - 3.5 * s) return [...colours.white, 255];
  return [...colours[icon.disc], 255];
}

function crc32(buf) {
  let c = ~0;
  for (const byte of buf) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(icon, size) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const rows = [];
  for (let y = 0; y < size; y++) {
    rows.push(Buffer.from([0]));
    for (let x = 0; x < size; x++) rows.push(Buffer.from(pixel(icon, x, y, size)));
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

for (const [name, icon] of Object.entries(icons)) {
  writeFileSync(join(here, `tray-${name}.png`), png(icon, 16));
  writeFileSync(join(here, `tray-${name}@2x.png`), png(icon, 32));
}
