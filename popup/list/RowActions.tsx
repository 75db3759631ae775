/** The buttons of one row; each names its key in its title, as the keyboard does the same. */
import type { ArticleMeta } from '../../src/core/article';
import { Icon, type IconName } from './Icon';
import { ACTION_KEYS, type RowAction } from './keys';
import { withKey } from './labels';
import { label } from './labels';

interface ActionButton {
  action: RowAction;
  icon: IconName;
  label: string;
  pressed?: boolean;
}

function buttonsFor(meta: ArticleMeta): ActionButton[] {
  const archived = meta.status === 'archived';
  return [
    { action: 'favorite', icon: 'star', label: label('listActionFavorite'), pressed: meta.favorite },
    { action: 'archive', icon: archived ? 'unarchive' : 'archive', label: label(archived ? 'listActionUnarchive' : 'listActionArchive') },
    { action: 'tags', icon: 'tag', label: label('listActionTags') },
    { action: 'original', icon: 'external', label: label('listActionOriginal') },
    { action: 'remove', icon: 'trash', label: label('listActionDelete') },
  ];
}

export function RowActions({ meta, onAction }: { meta: ArticleMeta; onAction: (action: RowAction) => void }) {
  return (
    <div class="row-actions">
      {buttonsFor(meta).map((button) => {
        const name = withKey(button.label, ACTION_KEYS[button.action]);
        return (
          <button
            key={button.action}
            type="button"
            class={`icon-button action-${button.action}`}
            aria-label={button.label}
            title={name}
            aria-keyshortcuts={ACTION_KEYS[button.action]}
            aria-pressed={button.pressed}
            onClick={(event) => {
              event.stopPropagation();
              onAction(button.action);
            }}
          >
            <Icon name={button.icon} filled={button.pressed === true} />
          </button>
        );
      })}
    </div>
  );
}
