import type { ImportFormat } from '../../src/core/formats/types';

/** Product names, the same in every language. */
export const IMPORT_FORMAT_NAMES: Partial<Record<ImportFormat, string>> = {
  'quire-json': 'Quire JSON',
  'pocket-zip': 'Pocket (zip)',
  'pocket-csv': 'Pocket (CSV)',
  'pocket-html': 'Pocket (HTML)',
  'instapaper-csv': 'Instapaper (CSV)',
  'omnivore-zip': 'Omnivore (zip)',
  netscape: 'Netscape bookmarks',
  'raindrop-csv': 'Raindrop (CSV)',
  'readwise-csv': 'Readwise (CSV)',
};
