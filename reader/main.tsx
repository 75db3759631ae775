// First, so the article's request leaves before the rest of the page is evaluated.
import { openedId } from './earlyArticle';
import { mount } from '../src/ui/mount';
import { t } from '../src/platform/browser';
import { ReaderApp } from './ReaderApp';
import './reader.css';

mount(<ReaderApp id={openedId} />, t('readerTitle'));
