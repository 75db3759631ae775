/** Fetching one image under a size cap: the declared length is checked before the bytes are read. */

export type ImageFetch = { ok: true; type: string; bytes: Uint8Array<ArrayBuffer> } | { ok: false; reason: 'too-large' | 'failed' };

export async function fetchImage(url: string, maxBytes: number, fetcher: typeof fetch = fetch): Promise<ImageFetch> {
  try {
    const response = await fetcher(url, { referrerPolicy: 'no-referrer', cache: 'force-cache' });
    const type = response.headers.get('content-type')?.split(';')[0]?.trim() ?? '';
    if (!response.ok || !type.startsWith('image/') || type === 'image/svg+xml') return { ok: false, reason: 'failed' };
    if (Number(response.headers.get('content-length') ?? 0) > maxBytes) {
      await response.body?.cancel();
      return { ok: false, reason: 'too-large' };
    }
    const bytes = new Uint8Array(await response.arrayBuffer());
    return bytes.byteLength > maxBytes ? { ok: false, reason: 'too-large' } : { ok: true, type, bytes };
  } catch {
    return { ok: false, reason: 'failed' };
  }
}
