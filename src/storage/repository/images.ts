/**
 * Images saved with their articles: each picture once (by the hash of its bytes), and one
 * reference per article and address. An image goes when its last reference does, counting
 * the references held by the trash so that undo brings pictures back too.
 */
import { guarded } from '../errors';
import type { ImageRef, QuireDB } from '../schema';
import type { RepoContext } from './context';

export interface ImageToStore {
  url: string;
  hash: string;
  blob: Blob;
}

/** Deletes the images among `hashes` that no article and no trash batch refers to any more. */
export async function dropUnreferenced(db: QuireDB, hashes: Iterable<string>): Promise<void> {
  const candidates = [...new Set(hashes)];
  if (candidates.length === 0) return;
  const inTrash = new Set((await db.trash.toArray()).flatMap((batch) => (batch.imageRefs ?? []).map((ref) => ref.hash)));
  const stillUsed = await db.imageRefs.where('hash').anyOf(candidates).toArray();
  const used = new Set([...inTrash, ...stillUsed.map((ref) => ref.hash)]);
  await db.images.bulkDelete(candidates.filter((hash) => !used.has(hash)));
}

/** An article's images become `images` (its earlier ones are let go); fails with 'not-found' when the article went meanwhile. */
export function storeImages(ctx: RepoContext, id: string, images: ImageToStore[]): Promise<number> {
  const { db } = ctx;
  return guarded(() =>
    db.transaction('rw', [db.articles, db.images, db.imageRefs, db.trash], async () => {
      if (!(await db.articles.get(id))) return 0;
      const old = await db.imageRefs.where('id').equals(id).toArray();
      await db.imageRefs.where('id').equals(id).delete();
      const hashes = [...new Set(images.map((image) => image.hash))];
      const present = new Set((await db.images.bulkGet(hashes)).flatMap((row) => (row ? [row.hash] : [])));
      const fresh = new Map(images.filter((image) => !present.has(image.hash)).map((image) => [image.hash, image]));
      await db.images.bulkPut([...fresh.values()].map(({ hash, blob }) => ({ hash, blob, size: blob.size })));
      await db.imageRefs.bulkPut(images.map(({ url, hash }) => ({ id, url, hash })));
      await dropUnreferenced(db, old.map((ref) => ref.hash));
      return images.length;
    }),
  );
}

/** Takes the references of `ids` out (for the trash); the images stay until dropUnreferenced. */
export async function takeRefs(db: QuireDB, ids: string[]): Promise<ImageRef[]> {
  const refs = await db.imageRefs.where('id').anyOf(ids).toArray();
  await db.imageRefs.where('id').anyOf(ids).delete();
  return refs;
}

/** Removes the stored images of every archived article; the articles stay. Returns how many articles lost theirs. */
export function removeArchivedImages(ctx: RepoContext): Promise<number> {
  const { db } = ctx;
  return guarded(() =>
    db.transaction('rw', [db.articles, db.images, db.imageRefs, db.trash], async () => {
      const archived = await db.articles.where('[status+savedAt+id]').between(['archived', -Infinity, ''], ['archived', Infinity, '\uffff']).primaryKeys();
      const refs = await takeRefs(db, archived);
      await dropUnreferenced(db, refs.map((ref) => ref.hash));
      return new Set(refs.map((ref) => ref.id)).size;
    }),
  );
}

/** Bytes of every stored image, each counted once. */
export function imageBytes(db: QuireDB): Promise<number> {
  let total = 0;
  return db.images.each((row) => void (total += row.size)).then(() => total);
}

/** An article's stored images by the address its body gives them. */
export async function imagesOf(db: QuireDB, id: string): Promise<Map<string, Blob>> {
  const refs = await db.imageRefs.where('id').equals(id).toArray();
  const rows = await db.images.bulkGet(refs.map((ref) => ref.hash));
  return new Map(refs.flatMap((ref, i) => (rows[i] ? [[ref.url, rows[i].blob] as const] : [])));
}
