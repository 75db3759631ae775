/**
 * Which address stands for each image of a body: the best srcset candidate that fits the
 * reader's widest column, else src. The clip fetches these addresses and the reader looks
 * the same ones up, so both call this on their own DOM.
 */
import { isBeaconUrl } from './beacons';

/** The reader's widest column in CSS pixels: 100ch (its widest line) at 32px (its largest font) is about 1,600px. */
export const READER_MAX_COLUMN_PX = 1600;

interface Candidate {
  url: string;
  width: number | null;
  density: number;
}

function parseSrcset(srcset: string): Candidate[] {
  return srcset.split(/,\s+/).flatMap((part) => {
    const [url, descriptor = ''] = part.trim().split(/\s+/);
    if (!url) return [];
    const width = /^(\d+)w$/.exec(descriptor);
    const density = /^([\d.]+)x$/.exec(descriptor);
    return [{ url, width: width ? Number(width[1]) : null, density: density ? Number(density[1]) : 1 }];
  });
}

/** The widest candidate no wider than the column; when all are wider, the narrowest; with densities, 1x (or the lowest). */
export function bestCandidate(srcset: string, column = READER_MAX_COLUMN_PX): string | null {
  const candidates = parseSrcset(srcset);
  const sized = candidates.filter((c) => c.width !== null).sort((a, b) => a.width! - b.width!);
  if (sized.length > 0) return (sized.filter((c) => c.width! <= column).at(-1) ?? sized[0]!).url;
  return candidates.sort((a, b) => Math.abs(a.density - 1) - Math.abs(b.density - 1))[0]?.url ?? null;
}

function isWebUrl(value: string | null | undefined): value is string {
  return !!value && /^https?:\/\//i.test(value);
}

/** The address an <img> is stored under, or null when it has none worth fetching. */
export function imageAddress(img: Element): string | null {
  const srcset = img.getAttribute('srcset');
  const url = (srcset && bestCandidate(srcset)) || img.getAttribute('src');
  return isWebUrl(url) && !isBeaconUrl(url) ? url : null;
}

/** Every image address of a body, each once, with the lead image first. */
export function imageAddresses(root: ParentNode, leadImageUrl: string | null): string[] {
  const urls = [...root.querySelectorAll('img')].map(imageAddress);
  const lead = isWebUrl(leadImageUrl) && !isBeaconUrl(leadImageUrl) ? leadImageUrl : null;
  return [...new Set([lead, ...urls].filter((url): url is string => url !== null))];
}
