import type { ExportFormat } from '../../src/core/formats';
import { t } from '../../src/platform/browser';

/** The core's formats, and the EPUB, which the options page builds itself (it reads the stored images). */
export type ExportChoice = ExportFormat | 'epub';

export const exportFormats = (): { value: ExportChoice; label: string }[] => [
  { value: 'quire-json', label: t('optionsFormatQuireJson') },
  { value: 'pocket-csv', label: t('optionsFormatPocketCsv') },
  { value: 'netscape', label: t('optionsFormatNetscape') },
  { value: 'markdown', label: t('optionsFormatMarkdown') },
  { value: 'markdown-zip', label: t('optionsFormatMarkdownZip') },
  { value: 'markdown-highlights', label: t('optionsFormatMarkdownHighlights') },
  { value: 'html', label: t('optionsFormatHtml') },
  { value: 'epub', label: t('optionsFormatEpub') },
];
