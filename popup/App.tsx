import { useEffect, useState } from 'preact/hooks';
import { browser, t } from '../src/platform/browser';
import { ClipView } from './clip/ClipView';
import { ListView } from './list/ListView';
import { opensOnList } from './list/firstPage';
import { Tabs } from './Tabs';

type View = 'page' | 'list';

/** The tab to clip: `?tabId=N` (how tests drive the popup as a tab), else the active tab. */
async function targetTabId(): Promise<number | null> {
  const fromUrl = Number(new URLSearchParams(location.search).get('tabId'));
  if (Number.isInteger(fromUrl) && fromUrl > 0) return fromUrl;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

export function App() {
  const [view, setView] = useState<View>(opensOnList() ? 'list' : 'page');
  const [tabId, setTabId] = useState<number | null | undefined>(undefined);
  useEffect(() => {
    void targetTabId().then(setTabId);
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
