/**
 * Keeps the snapshot of the popup's first screen (src/ui/snapshot/) in step with the list:
 * whenever the list comes to rest on its first page unfiltered (no undo bar, no tag editor), or
 * its rows change there, the popup's #app is captured again, the rows of its first screen only. Tag chips are
 * left out, as the list's first frame has none yet; so are live regions, whose old messages
 * must not come back. It is written only when it changed.
 */
import { useEffect } from 'preact/hooks';
import { capture, type CaptureRules, type SnapNode } from '../../src/ui/snapshot/tree';
import { writeSnapshot } from '../../src/ui/snapshot/store';

/** The rows of a first screen (a row is about 60 px of the list's 420) and some: less to parse, build and lay out. */
const FIRST_SCREEN_ROWS = 10;

const RULES: CaptureRules = {
  skip: '.undo-bar, .tag-editor, .tag-chips, [aria-live]',
  firstChildren: { selector: '.rows', count: FIRST_SCREEN_ROWS },
};

/** `shown` is the rows on screen: the snapshot is captured again when they change, or when the list comes to rest. */
export function useListSnapshot(atRest: boolean, shown: readonly unknown[]): void {
  useEffect(() => {
    const app = document.getElementById('app');
    if (!atRest || !app || app.inert) return;
    const nodes = [...app.childNodes].map((node) => capture(node, RULES)).filter((node): node is SnapNode => node !== null);
    const root = document.documentElement;
    writeSnapshot({ lang: root.lang, dir: root.dir, title: document.title, nodes });
  }, [atRest, shown]);
}
