import { mount } from '../src/ui/mount';
import { t } from '../src/platform/browser';
import { ReaderApp } from './ReaderApp';
import './reader.css';

mount(<ReaderApp id={new URLSearchParams(location.search).get('id')} />, t('readerTitle'));
