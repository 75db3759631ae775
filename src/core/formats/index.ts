/** Export writers and import readers for the reading list: the public surface of src/core/formats. */
export { countOf, type ArticleSource } from './article-source';
export { exportFile, exportFileWithProgress, type ExportFormat, type ExportedFile } from './export-file';
export { parseImportFile } from './parse-import';
export type { ImportFormat, ImportItem, ImportProblem, ParsedImport } from './types';
export { deflateText, type DeflatedFile, type DeflateFiles } from './markdown-zip-stream';
export type { ZipHelper } from './markdown-zip-write';
