/**
 * The popup's first script, a classic one the page runs as it is parsed, before the
 * bundle is even evaluated: opening on the list, it paints the snapshot of the list's first
 * screen (src/ui/snapshot/) into #app, inert since nothing in it answers yet. The popup's
 * entry replaces it with the real list, in the same frame, once its own read of IndexedDB
 * is in: the same rows show no change, and different ones (the list changed elsewhere)
 * take their place at once.
 */
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
  requestAnimationFrame(() => setTimeout(() => performance.mark('quire:list-rows'), 0));
}
