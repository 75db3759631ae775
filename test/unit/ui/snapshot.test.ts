import { parseHTML } from 'linkedom';
import { expect, test } from 'vitest';
import { paint } from '../../../src/ui/snapshot/paint';
import { readSnapshot, writeSnapshot, forgetSnapshot, SNAPSHOT_KEY } from '../../../src/ui/snapshot/store';
import type { SnapNode } from '../../../src/ui/snapshot/tree';

const { document } = parseHTML('<!doctype html><html><body></body></html>');

function painted(node: SnapNode): Element {
  const container = document.createElement('div');
  container.append(paint(node, document));
  return container;
}

test('a snapshot is painted back as elements and text, markup in a title staying text', () => {
  const out = painted(['li', { class: 'row', 'aria-label': '<img src=x onerror=alert(1)>', 'data-id': 'a1' }, ['bdi', null, '<b>Title</b>']]);
  expect(out.querySelector('li.row')?.getAttribute('aria-label')).toBe('<img src=x onerror=alert(1)>');
  expect(out.querySelector('bdi')?.textContent).toBe('<b>Title</b>');
  expect(out.querySelector('b, img')).toBeNull();
});

test('whatever a snapshot holds, nothing painted from it can run or load anything', () => {
  const out = painted([
    'div',
    { onclick: 'alert(1)', style: 'background:url(https://evil.example/)', href: 'javascript:alert(1)' },
    ['script', null, 'alert(1)'],
    ['iframe', { srcdoc: '<script>alert(1)</script>' }],
    ['a', { href: 'https://evil.example/' }, 'link'],
    ['img', { src: 'https://evil.example/pixel.png' }],
  ]);
  expect(out.querySelector('script, iframe, a')).toBeNull();
  const div = out.querySelector('div')!;
  expect([...div.attributes].map((a) => a.name)).toEqual([]);
  expect(out.querySelector('img')?.getAttribute('src') ?? null).toBeNull();
});

test('a local favicon and a progress width are kept', () => {
  const out = painted(['div', null, ['img', { class: 'favicon', src: 'data:image/png;base64,AAAA' }], ['span', { style: 'width: 40%;' }]]);
  expect(out.querySelector('img')?.getAttribute('src')).toBe('data:image/png;base64,AAAA');
  expect((out.querySelector('span') as HTMLElement).style.width).toBe('40%');
});

test('a snapshot is kept, read back, and forgotten; one from another version is ignored', () => {
  const { localStorage } = parseHTML('<html></html>') as unknown as { localStorage?: Storage };
  const store = localStorage ?? memoryStorage();
  const snapshot = { lang: 'en', dir: 'ltr', title: 'Quire', nodes: ['text'] as SnapNode[] };
  writeSnapshot(snapshot, store);
  expect(readSnapshot(store)).toMatchObject(snapshot);
  forgetSnapshot(store);
  expect(readSnapshot(store)).toBeNull();
  store.setItem(SNAPSHOT_KEY, JSON.stringify({ v: 0, ...snapshot }));
  expect(readSnapshot(store)).toBeNull();
});

function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (i) => [...items.keys()][i] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, value),
  };
}
