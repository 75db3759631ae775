import { describe, expect, it } from 'vitest';
import { quireJsonPieces } from '../../../src/core/formats/quire-json-write';
import { readQuireJson } from '../../../src/core/formats/quire-json-read';
import { article } from './sample-article';

const now = new Date(Date.UTC(2026, 11, 3));

describe('Quire JSON and stored images', () => {
  it('leaves images out by default, and includes them in base64 when asked', async () => {
    const a = article({ id: 'a' });
    const b = article({ id: 'b', url: 'https://news.example/b' });
    const plain = JSON.parse((await quireJsonPieces([a, b], now)).join(''));
    expect(plain.articles.some((x: object) => 'images' in x)).toBe(false);
    const imagesOf = async ({ id }: { id: string }) => (id === 'a' ? [{ url: 'https://news.example/a.png', type: 'image/png', data: 'iVBORw0KGgo=' }] : []);
    const text = (await quireJsonPieces([a, b], now, imagesOf)).join('');
    const withImages = JSON.parse(text);
    expect(withImages.articles[0].images).toEqual([{ url: 'https://news.example/a.png', type: 'image/png', data: 'iVBORw0KGgo=' }]);
    expect('images' in withImages.articles[1]).toBe(false);
    expect(readQuireJson(text).articles).toHaveLength(2);
  });
});
