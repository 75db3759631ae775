/** Sync's documents and merge rules (pure): what the storage layer and the engine share. */
export * from './types';
export { compareStamps, newestStamp, stampAfter } from './stamp';
export { mergeArticleDocs } from './merge';
export { editStamps, isDeleted, tagsOn } from './liveness';
export { localDoc, type LocalArticle, type LocalChange } from './local-doc';
export { bodyBytes, bodyHash, toBodyDoc, type BodyContent } from './body';
export { metaOf, sameSynced } from './to-meta';
export { isArticleDoc, isBodyDoc } from './valid';
