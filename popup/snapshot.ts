/**
 * The popup's first script, a classic one the page runs as it is parsed, before the
 * bundle is even evaluated: opening on the list, it paints the snapshot of the list's first
 * screen (src/ui/snapshot/) into #app, inert since nothing in it answers yet. The popup's
 * entry replaces it with the real list, in the same frame, once its own read of IndexedDB
 * is in: the same rows show no change, and different ones (the list changed elsewhere)
 * take their place at once. A "/" pressed before then, and what is typed after it, are kept
 * in #app's `data-typed` for the list to start its search with.
 */
import { afterPaint } from '../src/ui/after-paint';
import { paint } from '../src/ui/snapshot/paint';
import { readSnapshot } from '../src/ui/snapshot/store';
import { opensOnList } from './view';

const app = document.getElementById('app');
const snapshot = opensOnList() ? readSnapshot() : null;
if (app && snapshot) {
  document.documentElement.lang = snapshot.lang;
  document.documentElement.dir = snapshot.dir;
  document.title = snapshot.title;
  app.inert = true;
  app.append(...snapshot.nodes.map((node) => paint(node, document)));
  performance.mark('quire:list-snapshot');
  afterPaint(() => performance.mark('quire:list-rows'));
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
