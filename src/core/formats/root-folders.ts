/**
 * A browser's root folders ("Bookmarks bar", "Other bookmarks") say where a bookmark was
 * kept, not what it is about, so they are no tags by default: the import preview offers
 * each as a tag, and the items of the ones the user picks get it.
 */
import { mergeTags, normalizeTags } from '../tags';
import type { ImportItem } from './types';

export interface RootFolder {
  name: string;
  /** The tag it would become. */
  tag: string;
  /** How many items sat in it. */
  count: number;
}

/** The root folders of a file's items, in the order they first appear. */
export function rootFolders(items: readonly ImportItem[]): RootFolder[] {
  const folders = new Map<string, RootFolder>();
  for (const { rootFolder } of items) {
    if (rootFolder === undefined) continue;
    const folder = folders.get(rootFolder);
    if (folder) folder.count++;
    else folders.set(rootFolder, { name: rootFolder, tag: normalizeTags([rootFolder])[0] ?? rootFolder, count: 1 });
  }
  return [...folders.values()];
}

/** The items as the import writes them: those in a chosen root folder tagged with its name. */
export function withRootFolderTags(items: ImportItem[], chosen: readonly string[]): ImportItem[] {
  if (chosen.length === 0) return items;
  const picked = new Set(chosen);
  return items.map((item) => (item.rootFolder !== undefined && picked.has(item.rootFolder) ? { ...item, tags: mergeTags(item.tags, [item.rootFolder]) } : item));
}
