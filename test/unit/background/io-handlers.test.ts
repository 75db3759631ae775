import { beforeEach, describe, expect, test } from 'vitest';
import { ioHandlers as createIoHandlers } from '../../../src/background/handlers/io';
import type { ImportItem } from '../../../src/core/formats/types';
import type { Repository } from '../../../src/storage';
import { freshRepo } from '../storage/helpers';

const item = (n: number, tags: string[] = []): ImportItem => ({
  line: n, url: `https://example.com/${n}`, title: `Article ${n}`, tags, status: 'unread', favorite: false, savedAt: 1_700_000_000_000 + n, kind: 'link',
});
let repository: Repository;
let ioHandlers: ReturnType<typeof createIoHandlers>;
const count = async () => (await repository.stats()).total;

beforeEach(() => {
  repository = freshRepo().repo;
  ioHandlers = createIoHandlers(repository);
});

describe('importing through the background', () => {
  test('staged chunks write nothing until the commit, then all of them', async () => {
    await ioHandlers['import.stage']({ type: 'import.stage', stageId: 'a', items: [item(1), item(2)] });
    const { staged } = await ioHandlers['import.stage']({ type: 'import.stage', stageId: 'a', items: [item(3)] });
    expect(staged).toBe(3);
    expect(await count()).toBe(0);
    expect(await ioHandlers['import.commit']({ type: 'import.commit', stageId: 'a' })).toEqual({ added: 3, merged: 0 });
    expect(await count()).toBe(3);
  });

  test('a commit without its stage writes nothing and says the import must be redone', async () => {
    await ioHandlers['import.stage']({ type: 'import.stage', stageId: 'b', items: [item(1)] });
    await ioHandlers['import.discard']({ type: 'import.discard', stageId: 'b' });
    await expect(ioHandlers['import.commit']({ type: 'import.commit', stageId: 'b' })).rejects.toMatchObject({ code: 'stage-missing', message: expect.stringContaining('Nothing was imported') });
    expect(await count()).toBe(0);
  });

  test('the preview counts new and duplicate items without writing', async () => {
    await ioHandlers['import.apply']({ type: 'import.apply', items: [item(1, ['a'])] });
    expect(await ioHandlers['import.preview']({ type: 'import.preview', urls: [item(1).url, item(2).url] })).toEqual({ new: 1, inList: 1, repeated: 0 });
    expect(await count()).toBe(1);
    expect(await ioHandlers['import.apply']({ type: 'import.apply', items: [item(1, ['b']), item(2)] })).toEqual({ added: 1, merged: 1 });
    expect((await repository.getByUrl('https://example.com/1'))?.tags).toEqual(['a', 'b']);
  });

  test('delete all says how many articles it removed', async () => {
    await ioHandlers['import.apply']({ type: 'import.apply', items: [item(1), item(2)] });
    expect(await ioHandlers['data.deleteAll']({ type: 'data.deleteAll' })).toEqual({ removed: 2 });
    expect(await count()).toBe(0);
  });
});
