/** How far down the page the reader is, from 0 to 1, and moving there. */

function scrollable(): number {
  return document.documentElement.scrollHeight - window.innerHeight;
}

export function currentProgress(): number {
  const max = scrollable();
  return max <= 0 ? 1 : Math.min(1, Math.max(0, window.scrollY / max));
}

/** Within a couple of pixels of the bottom, which is as far as some zoom levels can scroll. */
export function atEnd(): boolean {
  return scrollable() > 0 && window.scrollY >= scrollable() - 2;
}

export function scrollToProgress(progress: number): void {
  const max = scrollable();
  if (progress > 0 && max > 0) window.scrollTo(0, Math.round(progress * max));
}
