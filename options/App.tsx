import { useState } from 'preact/hooks';
import type { Settings } from '../src/core/settings';
import { t } from '../src/platform/browser';
import { DeleteAllSection } from './danger/DeleteAllSection';
import { StorageSection } from './data/StorageSection';
import { useStats } from './data/useStats';
import { ExportSection } from './export/ExportSection';
import { ImportSection } from './import/ImportSection';
import { GeneralSection } from './settings/GeneralSection';
import { ImagesSection } from './settings/ImagesSection';
import { ReaderSection } from './settings/ReaderSection';
import { SyncSection } from './sync/SyncSection';
import { usePageTheme } from './settings/usePageTheme';
import { useSettings } from './settings/useSettings';

export function App() {
  const { settings, update } = useSettings();
  usePageTheme(settings?.theme);
  const [saved, setSaved] = useState<{ text: string; error: boolean } | null>(null);
  const [dataVersion, setDataVersion] = useState(0);
  const stats = useStats(dataVersion);
  const dataChanged = () => setDataVersion((n) => n + 1);
  const save = async (patch: Partial<Settings>) => {
    const ok = await update(patch);
    setSaved(ok ? { text: t('optionsSaved'), error: false } : { text: t('optionsSaveFailed'), error: true });
  };
  return (
    <main class="options">
      <h1>{t('optionsTitle')}</h1>
      {settings ? (
        <>
          <GeneralSection settings={settings} update={save} />
          <ReaderSection settings={settings} update={save} />
          <ImagesSection settings={settings} update={save} onImagesRemoved={dataChanged} />
        </>
      ) : (
        <p aria-busy="true">{t('optionsLoading')}</p>
      )}
      <p role="status" class={`message saved ${saved?.error ? 'error' : ''}`}>
        {saved?.text ?? ''}
      </p>
      <StorageSection {...stats} />
      <ExportSection tags={stats.stats?.tags ?? []} />
      <ImportSection onImported={dataChanged} />
      <SyncSection />
      <DeleteAllSection onDeleted={dataChanged} />
    </main>
  );
}
