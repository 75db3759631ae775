/**
 * CRC-32 (the zip one: reflected polynomial 0xedb88320), for every file of the Markdown zip,
 * and the CRC of two byte strings put together from the CRC of each. A cached article's zip entry is its front matter followed by
 * the cached body, whose CRC was computed when it was saved: combining spares reading it again.
 */
const POLY = 0xedb88320;

const TABLE = Uint32Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ POLY : c >>> 1;
  return c;
});

/** The CRC-32 of `bytes`, as an unsigned number. */
export function crc32(bytes: Uint8Array): number {
  let c = -1;
  // Indexed, not for-of: the iterator made it half again slower than fflate's own CRC.
  for (let i = 0; i < bytes.length; i++) c = TABLE[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
  return ~c >>> 0;
}

/*
 * The combination below is ported from zlib's crc32.c (multmodp, x2nmodp, crc32_combine64,
 * zlib 1.2.12 and later): CRCs are polynomials over GF(2) in reflected bit order, and
 * crc(A then B) = crc(A) * x^(8 * length of B) + crc(B), modulo the CRC polynomial.
 */

/** a * b modulo the CRC polynomial; `a` must not be zero (here it is always a power of x). */
function multmodp(a: number, b: number): number {
  let m = 1 << 31;
  let p = 0;
  for (;;) {
    if (a & m) {
      p ^= b;
      if ((a & (m - 1)) === 0) break;
    }
    m >>>= 1;
    b = b & 1 ? (b >>> 1) ^ POLY : b >>> 1;
  }
  return p >>> 0;
}

/** x^(2^k) modulo the CRC polynomial, for k = 0..31: x2n_table in zlib. */
const X2N: number[] = [1 << 30];
for (let k = 1; k < 32; k++) X2N.push(multmodp(X2N[k - 1]!, X2N[k - 1]!));

/** x^(n * 2^k) modulo the CRC polynomial. */
function x2nmodp(n: number, k: number): number {
  let p = 1 << 31;
  for (; n > 0; n = Math.floor(n / 2), k++) if (n % 2) p = multmodp(X2N[k & 31]!, p);
  return p;
}

/** The CRC-32 of A followed by B, from crc(A), crc(B) and B's length in bytes (signed or unsigned CRCs alike). */
export function crc32Combine(crcA: number, crcB: number, lengthB: number): number {
  return (multmodp(x2nmodp(lengthB, 3), crcA >>> 0) ^ crcB) >>> 0;
}
