import path from 'node:path';

/** The repository's root, where dist/ and test/fixtures/ are. */
export const ROOT = path.resolve(import.meta.dirname, '../..');
