import type { ExportFormat } from '../../src/core/formats';
import { t } from '../../src/platform/browser';

export const exportFormats = (): { value: ExportFormat; label: string }[] => [
  { value: 'quire-json', label: t('optionsFormatQuireJson') },
  { value: 'pocket-csv', label: t('optionsFormatPocketCsv') },
  { value: 'netscape', label: t('optionsFormatNetscape') },
  { value: 'markdown', label: t('optionsFormatMarkdown') },
  { value: 'markdown-zip', label: t('optionsFormatMarkdownZip') },
  { value: 'markdown-highlights', label: t('optionsFormatMarkdownHighlights') },
  { value: 'html', label: t('optionsFormatHtml') },
];
