import { describe, expect, test } from 'vitest';
import { ioHandlers } from '../../../src/background/handlers/io';
import { ImportProgress, type ProgressPort } from '../../../src/background/import-progress';
import type { ImportItem } from '../../../src/core/formats/types';
import type { ImportProgressState } from '../../../src/protocol';
import { freshRepo } from '../storage/helpers';

const items = (count: number): ImportItem[] =>
  Array.from({ length: count }, (_, n) => ({
    line: n + 1, url: `https://example.com/${n}`, title: `Article ${n}`, tags: [], status: 'unread', favorite: false, savedAt: 1_700_000_000_000 + n, kind: 'link',
  }));

/** An options page's port: what it heard, and a way to wait for the next message. */
function page() {
  const heard: ImportProgressState[] = [];
  let waiting: (() => void) | null = null;
  const port: ProgressPort = {
    postMessage: (state) => {
      heard.push(state);
      waiting?.();
    },
    onDisconnect: { addListener: () => undefined },
  };
  const next = () => new Promise<void>((resolve) => (waiting = resolve));
  return { port, heard, next };
}

describe('an import’s progress, as the options pages hear it', () => {
  test('the written count rises with the writes, up to every row, before the import is told done', async () => {
    const { repo } = freshRepo();
    const progress = new ImportProgress();
    const watcher = page();
    progress.attach(watcher.port);
    const result = await ioHandlers(repo, progress)['import.apply']({ type: 'import.apply', items: items(2500) });
    expect(result).toEqual({ added: 2500, merged: 0 });
    const [idle, ...rest] = watcher.heard;
    expect(idle).toEqual({ kind: 'idle' });
    expect(rest.at(-1)).toEqual({ kind: 'done', added: 2500, merged: 0 });
    const written = rest.slice(0, -1).map((state) => (state.kind === 'writing' ? state.written : NaN));
    expect(written).toEqual([0, 1000, 2000, 2500]);
  });

  test('a page opened while an import is written hears at once that it is still running, then how it ended', async () => {
    const { repo } = freshRepo();
    const progress = new ImportProgress();
    const first = page();
    progress.attach(first.port);
    const handlers = ioHandlers(repo, progress);
    await handlers['import.stage']({ type: 'import.stage', stageId: 's', items: items(3000) });
    const started = first.next();
    const committing = handlers['import.commit']({ type: 'import.commit', stageId: 's' });
    await started;
    // The first page is closed; another one opens during the write.
    const reopened = page();
    progress.attach(reopened.port);
    expect(reopened.heard[0]).toMatchObject({ kind: 'writing', total: 3000 });
    await committing;
    expect(reopened.heard.at(-1)).toEqual({ kind: 'done', added: 3000, merged: 0 });
    const later = page();
    progress.attach(later.port);
    expect(later.heard).toEqual([{ kind: 'idle' }]);
  });

  test('a failed write is told as failed, with the code pages translate', async () => {
    const { repo } = freshRepo();
    const progress = new ImportProgress();
    const watcher = page();
    progress.attach(watcher.port);
    const failing = progress.track(1, () => Promise.reject({ code: 'quota', message: 'No space.' }));
    await expect(failing).rejects.toMatchObject({ code: 'quota' });
    expect(watcher.heard.at(-1)).toEqual({ kind: 'failed', error: { code: 'quota', message: 'No space.' } });
    expect(await repo.stats()).toMatchObject({ total: 0 });
  });
});
