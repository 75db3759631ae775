/**
 * Putting the reader back where it left off, and keeping it there while the layout settles:
 * pictures that fail or arrive late change the page's height after the first scroll, so the
 * saved fraction is applied again on every change of height, until the reader scrolls.
 * Scrolls that the restore or the settling layout cause are not the reader's.
 */
import { scrollToProgress } from './scrollProgress';

export interface HeldPosition {
  /** True until the reader scrolls: nothing is saved while it holds. */
  readonly holding: boolean;
  /** For every scroll event: true when the restore or the layout moved the page, not the reader. */
  ownScroll(): boolean;
  release(): void;
}

const SAME_PLACE_PX = 2;

export function holdPosition(progress: number): HeldPosition {
  let holding = progress > 0;
  let applied = { y: 0, height: 0 };
  const apply = () => {
    scrollToProgress(progress);
    applied = { y: window.scrollY, height: document.documentElement.scrollHeight };
  };
  const observer = new ResizeObserver(() => holding && apply());
  const release = () => {
    holding = false;
    observer.disconnect();
  };
  if (holding) {
    apply();
    observer.observe(document.body);
  }
  return {
    get holding() {
      return holding;
    },
    ownScroll() {
      if (!holding) return false;
      if (document.documentElement.scrollHeight !== applied.height) {
        apply();
        return true;
      }
      if (Math.abs(window.scrollY - applied.y) <= SAME_PLACE_PX) return true;
      release();
      return false;
    },
    release,
  };
}
