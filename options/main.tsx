import { mount } from '../src/ui/mount';
import { t } from '../src/platform/browser';
import { App } from './App';
import './options.css';

mount(<App />, t('optionsTitle'));
