// First, so the list's first page is read (or the tab's preview asked for) while the rest of the page is evaluated.
import { firstPageRead } from './list/firstPage';
import './clip/earlyPreview';
import { mount } from '../src/ui/mount';
import { t } from '../src/platform/browser';
import { App } from './App';
import './popup.css';

void firstPageRead.then(() => mount(<App />, t('popupTitle')));
