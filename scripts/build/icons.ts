/** Draws Quire's toolbar and store icons as PNGs, so no binary lives in the repo. */
import { deflateSync } from 'node:zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** Coverage (0..1) of the icon's shapes at a point in unit coordinates: [background, glyph]. */
function shapes(x: number, y: number): [number, number] {
  const r = 0.2;
  const dx = Math.max(Math.abs(x - 0.5) - (0.5 - r), 0);
  const dy = Math.max(Math.abs(y - 0.5) - (0.5 - r), 0);
  const inBox = dx * dx + dy * dy <= r * r ? 1 : 0;
  const d = Math.hypot(x - 0.47, y - 0.46);
  const ring = d >= 0.19 && d <= 0.3 ? 1 : 0;
  const onTail = Math.abs(x - 0.5 - (y - 0.5)) < 0.075 && x > 0.56 && x < 0.8 ? 1 : 0;
  return [inBox, Math.max(ring, onTail)];
}

export function drawIcon(size: number): Buffer {
  const samples = 4;
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let py = 0; py < size; py++) {
    raw[py * (size * 4 + 1)] = 0;
    for (let px = 0; px < size; px++) {
      let box = 0;
      let glyph = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const [b, g] = shapes((px + (sx + 0.5) / samples) / size, (py + (sy + 0.5) / samples) / size);
          box += b;
          glyph += b * g;
        }
      }
      box /= samples * samples;
      glyph /= samples * samples;
      const mix = box > 0 ? glyph / box : 0;
      const o = py * (size * 4 + 1) + 1 + px * 4;
      raw[o] = Math.round(11 + (255 - 11) * mix);
      raw[o + 1] = Math.round(87 + (255 - 87) * mix);
      raw[o + 2] = Math.round(208 + (255 - 208) * mix);
      raw[o + 3] = Math.round(255 * box);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

export const ICON_SIZES = [16, 32, 48, 128] as const;
