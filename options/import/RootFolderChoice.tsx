import type { RootFolder } from '../../src/core/formats/root-folders';
import { t } from '../../src/platform/browser';
import { tCount } from '../../src/ui/count-message';

export interface RootFolderChoiceProps {
  folders: RootFolder[];
  chosen: readonly string[];
  onChange: (chosen: string[]) => void;
}

/** The browser's root folders ("Bookmarks bar") are no tags unless ticked here. */
export function RootFolderChoice({ folders, chosen, onChange }: RootFolderChoiceProps) {
  if (folders.length === 0) return null;
  return (
    <fieldset class="root-folders" id="import-root-folders">
      <legend>{t('optionsImportRootFolders')}</legend>
      {folders.map((folder, index) => (
        <label key={folder.name}>
          <input
            type="checkbox"
            id={`import-root-folder-${index}`}
            data-folder={folder.name}
            checked={chosen.includes(folder.name)}
            onChange={(event) => onChange(event.currentTarget.checked ? [...chosen, folder.name] : chosen.filter((name) => name !== folder.name))}
          />
          {tCount('optionsImportRootFolderTag', folder.count, [folder.name, folder.tag])}
        </label>
      ))}
    </fieldset>
  );
}
