// First, so the list's first page is read (or the tab's preview asked for) while the rest of the page is evaluated.
import { firstPageRead } from './list/firstPage';
import './clip/earlyPreview';
import { mount } from '../src/ui/mount';
import { t } from '../src/platform/browser';
import { unpaint } from '../src/ui/snapshot/paint';
import { App } from './App';
import './popup.css';

void firstPageRead.then(() => {
  // The snapshot popup/snapshot.ts painted gives way to the list in the same task, so in the same frame.
  unpaint(document.getElementById('app'));
  mount(<App />, t('popupTitle'));
});
