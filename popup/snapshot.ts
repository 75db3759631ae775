/**
 * The popup's first script, a classic one the page runs as it is parsed, and the only one
 * in its page. Opening on the list, it paints the snapshot of the list's first screen
 * (src/ui/snapshot/) into #app, inert since nothing in it answers yet, then starts the direct
 * read of the list's first page from IndexedDB (list/firstPageEarly.ts), and starts the
 * popup's bundle (the build hands it the bundle's address, scripts/build/popup-entry.ts)
 * only as that frame is produced, so that no fetch or evaluation of the bundle comes before
 * the rows; without a snapshot to paint, it starts the bundle at once. The bundle replaces
 * the snapshot with the real list, in the same frame, once that read is in: the same rows
 * show no change, and different ones (the list changed elsewhere) take their place at once.
 * A "/" pressed before then, and what is typed after it, are kept in #app's `data-typed`
 * for the list to start its search with.
 */
import { afterPaint } from '../src/ui/after-paint';
import { paint } from '../src/ui/snapshot/paint';
import { readSnapshot } from '../src/ui/snapshot/store';
import { firstPageEarly } from './list/firstPageEarly';
import { opensOnList } from './view';

const entry = document.currentScript?.dataset.entry;
const app = document.getElementById('app');
const snapshot = opensOnList() ? readSnapshot() : null;

function startBundle(): void {
  const script = document.createElement('script');
  script.type = 'module';
  script.src = entry!;
  document.head.append(script);
}

/** Keeps a "/" pressed while the snapshot shows, and what is typed after it, in `data-typed`. */
function keepTyped(app: HTMLElement): void {
  document.addEventListener('keydown', (event) => {
    if (!app.inert || event.ctrlKey || event.metaKey || event.altKey) return;
    const typed = app.dataset.typed;
    if (typed === undefined && event.key === '/') app.dataset.typed = '';
    else if (typed !== undefined && event.key.length === 1) app.dataset.typed = typed + event.key;
    else if (typed && event.key === 'Backspace') app.dataset.typed = typed.slice(0, -1);
    else return;
    event.preventDefault();
  });
}

if (app && snapshot) {
  document.documentElement.lang = snapshot.lang;
  document.documentElement.dir = snapshot.dir;
  document.title = snapshot.title;
  app.inert = true;
  app.append(...snapshot.nodes.map((node) => paint(node, document)));
  performance.mark('quire:list-snapshot');
}
// Once the rows are in the page, not before: nothing but the snapshot's own read comes before them.
if (opensOnList()) void firstPageEarly();
if (app && snapshot) {
  // Started as the frame is produced: the bundle's first chunk arrives, at the earliest, in a task after it.
  requestAnimationFrame(startBundle);
  afterPaint(() => performance.mark('quire:list-rows'));
  keepTyped(app);
} else {
  startBundle();
}
