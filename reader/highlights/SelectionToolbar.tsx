/**
 * The toolbar over a selection in the article: four colours, a note, copy, and remove when
 * the selection is a highlight. Keys on a selection: H highlights, E adds a note, T moves
 * into the toolbar, Escape closes it.
 */
import { useEffect, useRef } from 'preact/hooks';
import { HIGHLIGHT_COLORS, type HighlightColor } from '../../src/core/highlights/types';
import { t } from '../../src/platform/browser';
import type { Target } from './selection';

export interface ToolbarActions {
  color: (color: HighlightColor) => void;
  note: () => void;
  copy: () => void;
  remove: () => void;
  close: () => void;
}

export function SelectionToolbar({ target, focus, actions }: { target: Target; focus: boolean; actions: ToolbarActions }) {
  const bar = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focus) bar.current?.querySelector('button')?.focus();
  }, [focus, target]);
  const current = target.existing?.highlight.color;
  const style = { top: `${Math.max(0, target.rect.top + window.scrollY - 48)}px`, left: `${Math.max(8, target.rect.left + window.scrollX)}px` };
  return (
    <div ref={bar} class="highlight-toolbar" role="toolbar" aria-label={t('highlightsToolbar')} style={style} onKeyDown={(event) => event.key === 'Escape' && actions.close()}>
      {HIGHLIGHT_COLORS.map((color) => (
        <button
          key={color}
          type="button"
          class={`highlight-swatch swatch-${color}`}
          aria-pressed={current === color}
          aria-label={t(`highlightsColor_${color}`)}
          title={t(`highlightsColor_${color}`)}
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => actions.color(color)}
        />
      ))}
      <button type="button" class="reader-button" onMouseDown={(event) => event.preventDefault()} onClick={actions.note}>{t('highlightsAddNote')}</button>
      <button type="button" class="reader-button" onMouseDown={(event) => event.preventDefault()} onClick={actions.copy}>{t('highlightsCopy')}</button>
      {target.existing && (
        <button type="button" class="reader-button" onMouseDown={(event) => event.preventDefault()} onClick={actions.remove}>{t('highlightsRemove')}</button>
      )}
    </div>
  );
}
