import { mount } from '../src/ui/mount';
import { t } from '../src/platform/browser';

function Reader() {
  return <h1>{t('readerTitle')}</h1>;
}

mount(<Reader />, t('readerTitle'));
