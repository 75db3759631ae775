/** The Markdown the background cached for an article's body, read straight from IndexedDB. */
import { inflateSync, strFromU8 } from 'fflate';
import type { Session } from './driver/session';

export async function cachedMarkdown(session: Session, id: string): Promise<string | null> {
  const bytes = await session.extension(
    (_api, bodyId) =>
      new Promise<number[] | null>((resolve, reject) => {
        const open = indexedDB.open('quire');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction('markdown').objectStore('markdown').get(bodyId);
          get.onerror = () => reject(get.error);
          get.onsuccess = () => {
            open.result.close();
            const md = (get.result as { md?: { deflated: Uint8Array } } | undefined)?.md;
            resolve(md ? Array.from(md.deflated) : null);
          };
        };
      }),
    id,
  );
  return bytes && strFromU8(inflateSync(new Uint8Array(bytes)));
}
