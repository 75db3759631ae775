/** Draws Quire's toolbar and store icons as PNGs, so no binary lives in the repo. */
import { encodePng } from './png';

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
  return encodePng(size, size, 6, raw);
}

export const ICON_SIZES = [16, 32, 48, 128] as const;
