import { mount } from '../src/ui/mount';
import { t } from '../src/platform/browser';
import { App } from './App';
import './popup.css';

mount(<App />, t('popupTitle'));
