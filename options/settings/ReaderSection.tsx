import type { ReaderSettings } from '../../src/core/settings';
import { t } from '../../src/platform/browser';
import { CheckField, NumberField, SelectField } from './fields';
import type { SectionProps } from './GeneralSection';
import { fontOptions, themeOptions } from './themes';

/** The reader's starting look; the reader's own controls change the same settings. */
export function ReaderSection({ settings, update }: SectionProps) {
  const reader = settings.reader;
  const set = (patch: Partial<ReaderSettings>) => update({ reader: { ...reader, ...patch } });
  return (
    <section aria-labelledby="reader-heading">
      <h2 id="reader-heading">{t('optionsReaderHeading')}</h2>
      <NumberField id="reader-font-size" label={t('optionsFontSize')} value={reader.fontSize} min={12} max={32} step={1} onChange={(fontSize) => set({ fontSize })} />
      <NumberField id="reader-line-width" label={t('optionsLineWidth')} value={reader.lineWidth} min={40} max={100} step={2} onChange={(lineWidth) => set({ lineWidth })} />
      <NumberField id="reader-line-height" label={t('optionsLineHeight')} value={reader.lineHeight} min={1.2} max={2.2} step={0.1} onChange={(lineHeight) => set({ lineHeight })} />
      <SelectField id="reader-font" label={t('optionsFontFamily')} value={reader.fontFamily} options={fontOptions()} onChange={(fontFamily) => set({ fontFamily })} />
      <SelectField id="reader-theme" label={t('optionsReaderTheme')} value={reader.theme} options={themeOptions()} onChange={(theme) => set({ theme })} />
      <CheckField id="reader-archive-at-end" label={t('optionsArchiveAtEnd')} checked={reader.archiveAtEnd} onChange={(archiveAtEnd) => set({ archiveAtEnd })} />
    </section>
  );
}
