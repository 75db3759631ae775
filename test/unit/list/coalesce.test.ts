import { describe, expect, test } from 'vitest';
import { coalesce } from '../../../popup/list/coalesce';

describe('search requests while typing', () => {
  test('the first keystroke is sent at once, then only the newest text waiting behind it', async () => {
    const sent: string[] = [];
    const releases: (() => void)[] = [];
    const run = coalesce((q: string) => {
      sent.push(q);
      return new Promise<void>((resolve) => releases.push(resolve));
    });
    run('g');
    run('gl');
    run('gla');
    run('glac');
    expect(sent).toEqual(['g']);
    releases.shift()!();
    await new Promise((r) => setTimeout(r, 0));
    expect(sent).toEqual(['g', 'glac']);
    releases.shift()!();
    await new Promise((r) => setTimeout(r, 0));
    expect(sent).toEqual(['g', 'glac']);
  });
});
