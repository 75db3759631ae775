/** Lazy-loaded images get their real source; tracking pixels go. */
import { elementsByTag, removeAll } from './dom';

const LAZY_SRC_ATTRIBUTES = ['data-src', 'data-lazy-src', 'data-original', 'data-lazy', 'data-url', 'data-hi-res-src'];
const LAZY_SRCSET_ATTRIBUTES = ['data-srcset', 'data-lazy-srcset'];

function isPlaceholder(src: string | null): boolean {
  if (!src || !src.trim()) return true;
  // Tiny inline GIFs/PNGs and "blank"/"placeholder" files stand in until a script swaps them.
  if (/^data:/i.test(src)) return src.length < 200 || /^data:image\/svg/i.test(src);
  return /(blank|placeholder|spacer|transparent|lazy|grey|gray)\.(gif|png|svg|jpe?g)/i.test(src);
}

function resolveLazy(img: Element): void {
  const lazySrc = LAZY_SRC_ATTRIBUTES.map((a) => img.getAttribute(a)).find((v) => v && !/^data:/i.test(v));
  if (lazySrc && isPlaceholder(img.getAttribute('src'))) img.setAttribute('src', lazySrc);
  const lazySrcset = LAZY_SRCSET_ATTRIBUTES.map((a) => img.getAttribute(a)).find(Boolean);
  if (lazySrcset) img.setAttribute('srcset', lazySrcset);
}

function dimension(img: Element, name: 'width' | 'height'): number | null {
  const raw = img.getAttribute(name);
  if (raw === null || raw.trim() === '') return null;
  const value = Number.parseFloat(raw);
  return Number.isFinite(value) ? value : null;
}

/** 1x1 and zero-size images are beacons, not pictures. */
function isTrackingPixel(img: Element): boolean {
  const width = dimension(img, 'width');
  const height = dimension(img, 'height');
  if ((width !== null && width <= 1) || (height !== null && height <= 1)) return true;
  const style = (img.getAttribute('style') ?? '').replace(/\s+/g, '');
  return /display:none|visibility:hidden|(width|height):[01]px/i.test(style);
}

export function prepareImages(root: Element): void {
  const images = elementsByTag(root, 'img');
  for (const img of images) resolveLazy(img);
  removeAll(images.filter(isTrackingPixel));
}
