// First, so the list's request leaves before the rest of the page is evaluated.
import './list/firstPage';
import { mount } from '../src/ui/mount';
import { t } from '../src/platform/browser';
import { App } from './App';
import './popup.css';

mount(<App />, t('popupTitle'));
