import { useEffect, useState } from 'preact/hooks';
import { t } from '../src/platform/browser';
import { ClipView } from './clip/ClipView';
import { ListView } from './list/ListView';
import { opensOnList } from './view';
import { Tabs } from './Tabs';
import { tabToClip } from './clip/earlyPreview';

type View = 'page' | 'list';

export function App() {
  const [view, setView] = useState<View>(opensOnList() ? 'list' : 'page');
  const [tabId, setTabId] = useState<number | null | undefined>(undefined);
  useEffect(() => {
    void tabToClip.then(setTabId);
  }, []);
  return (
    <div class="popup">
      <h1 class="visually-hidden">{t('popupTitle')}</h1>
      <Tabs
        label={t('popupTitle')}
        current={view}
        onChange={setView}
        tabs={[
          { id: 'page', label: t('popupTabPage') },
          { id: 'list', label: t('popupTabList') },
        ]}
      />
      <div role="tabpanel" id={`panel-${view}`} aria-labelledby={`tab-${view}`}>
        {view === 'page' ? <ClipView tabId={tabId} onOpenList={() => setView('list')} /> : <ListView />}
      </div>
    </div>
  );
}
