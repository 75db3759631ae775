/**
 * An image's pixel size from its first bytes (GIF, PNG, JPEG, WebP), without decoding it:
 * a 1×1 image is a tracking pixel whatever its page said its size was.
 */
export interface PixelSize {
  width: number;
  height: number;
}

function gif(b: Uint8Array): PixelSize | null {
  return b[0] === 0x47 && b[1] === 0x49 && b[2] === 0x46 ? { width: b[6]! | (b[7]! << 8), height: b[8]! | (b[9]! << 8) } : null;
}

function png(b: Uint8Array, view: DataView): PixelSize | null {
  return b[0] === 0x89 && b[1] === 0x50 && b.length >= 24 ? { width: view.getUint32(16), height: view.getUint32(20) } : null;
}

function jpeg(b: Uint8Array, view: DataView): PixelSize | null {
  if (b[0] !== 0xff || b[1] !== 0xd8) return null;
  for (let i = 2; i + 9 < b.length; ) {
    if (b[i] !== 0xff) return null;
    const marker = b[i + 1]!;
    // Start-of-frame markers carry the size: C0–CF but DHT (C4), JPG (C8) and DAC (CC).
    if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)) return { height: view.getUint16(i + 5), width: view.getUint16(i + 7) };
    i += 2 + view.getUint16(i + 2);
  }
  return null;
}

function webp(b: Uint8Array, view: DataView): PixelSize | null {
  if (b.length < 30 || String.fromCharCode(...b.subarray(8, 12)) !== 'WEBP') return null;
  const chunk = String.fromCharCode(...b.subarray(12, 16));
  if (chunk === 'VP8X') return { width: 1 + (b[24]! | (b[25]! << 8) | (b[26]! << 16)), height: 1 + (b[27]! | (b[28]! << 8) | (b[29]! << 16)) };
  if (chunk === 'VP8L') return { width: 1 + (view.getUint16(21, true) & 0x3fff), height: 1 + ((view.getUint32(21, true) >> 14) & 0x3fff) };
  if (chunk === 'VP8 ') return { width: view.getUint16(26, true) & 0x3fff, height: view.getUint16(28, true) & 0x3fff };
  return null;
}

export function pixelSize(bytes: Uint8Array): PixelSize | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  try {
    return gif(bytes) ?? png(bytes, view) ?? jpeg(bytes, view) ?? webp(bytes, view);
  } catch {
    return null;
  }
}

export function isTrackingPixel(bytes: Uint8Array): boolean {
  const size = pixelSize(bytes);
  return size !== null && (size.width <= 1 || size.height <= 1);
}
