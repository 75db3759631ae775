/** Text size, line width and spacing, typeface and theme, remembered for every article. */
import { useEffect, useRef } from 'preact/hooks';
import { t } from '../src/platform/browser';
import type { FontFamily, ReaderSettings, ThemeChoice } from '../src/core/settings';
import { Choice } from './Choice';
import { Stepper } from './Stepper';
import { FONT_SIZES, LINE_HEIGHTS, LINE_WIDTHS } from './useReaderSettings';

export interface DisplayControlsProps {
  settings: ReaderSettings;
  onChange: (patch: Partial<ReaderSettings>) => void;
  onClose: () => void;
}

export function DisplayControls({ settings, onChange, onClose }: DisplayControlsProps) {
  const panel = useRef<HTMLDivElement>(null);
  useEffect(() => panel.current?.querySelector<HTMLElement>('button:not([disabled]), input')?.focus(), []);
  return (
    <div
      ref={panel}
      id="display-controls"
      class="display-controls"
      role="group"
      aria-label={t('readerDisplay')}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        onClose();
        document.querySelector<HTMLElement>('.display-toggle')?.focus();
      }}
    >
      <Stepper label={t('readerFontSize')} value={settings.fontSize} shown={`${settings.fontSize}px`} range={FONT_SIZES}
        lessLabel={t('readerSmaller')} moreLabel={t('readerLarger')} onChange={(fontSize) => onChange({ fontSize })} />
      <Stepper label={t('readerLineWidth')} value={settings.lineWidth} shown={`${settings.lineWidth}ch`} range={LINE_WIDTHS}
        lessLabel={t('readerNarrower')} moreLabel={t('readerWider')} onChange={(lineWidth) => onChange({ lineWidth })} />
      <Stepper label={t('readerLineHeight')} value={settings.lineHeight} shown={settings.lineHeight.toFixed(1)} range={LINE_HEIGHTS}
        lessLabel={t('readerTighter')} moreLabel={t('readerLooser')} onChange={(lineHeight) => onChange({ lineHeight })} />
      <Choice<FontFamily> name="font" legend={t('readerTypeface')} value={settings.fontFamily}
        options={[{ id: 'serif', label: t('readerSerif') }, { id: 'sans', label: t('readerSans') }]}
        onChange={(fontFamily) => onChange({ fontFamily })} />
      <Choice<ThemeChoice> name="theme" legend={t('readerTheme')} value={settings.theme}
        options={[
          { id: 'system', label: t('readerThemeSystem') },
          { id: 'light', label: t('readerThemeLight') },
          { id: 'sepia', label: t('readerThemeSepia') },
          { id: 'dark', label: t('readerThemeDark') },
        ]}
        onChange={(theme) => onChange({ theme })} />
      <label class="archive-at-end">
        <input type="checkbox" checked={settings.archiveAtEnd} onChange={(event) => onChange({ archiveAtEnd: event.currentTarget.checked })} />
        <span>{t('readerArchiveAtEnd')}</span>
      </label>
    </div>
  );
}
