import { mount } from '../src/ui/mount';
import { t } from '../src/platform/browser';

function Options() {
  return <h1>{t('optionsTitle')}</h1>;
}

mount(<Options />, t('optionsTitle'));
