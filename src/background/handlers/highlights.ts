/** Highlights, written only here: the reader asks, the repository writes. */
import { isHighlightColor, type HighlightColor } from '../../core/highlights/types';
import type { Repository } from '../../storage';
import type { HandlerMap } from '../router';

type HighlightRequests = 'highlights.list' | 'highlights.add' | 'highlights.update' | 'highlights.remove' | 'highlights.restore';

function color(value: unknown): HighlightColor {
  if (!isHighlightColor(value)) throw { code: 'bad-request', message: `Unknown highlight colour: ${String(value)}` };
  return value;
}

export function highlightHandlers(repository: Repository): Pick<HandlerMap, HighlightRequests> {
  return {
    'highlights.list': ({ articleId }) => repository.listHighlights(articleId),
    'highlights.add': ({ articleId, color: c, note, target }) =>
      repository.addHighlight({ articleId, color: color(c), note: note ?? '', quote: target.quote, position: target.position ?? null }),
    'highlights.update': ({ id, color: c, note }) => repository.updateHighlight(id, { color: c === undefined ? undefined : color(c), note }),
    'highlights.remove': ({ id }) => repository.removeHighlight(id),
    'highlights.restore': ({ highlight }) => repository.restoreHighlight({ ...highlight, color: color(highlight.color) }),
  };
}
