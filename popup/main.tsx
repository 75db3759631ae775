import { mount } from '../src/ui/mount';
import { t } from '../src/platform/browser';

function Popup() {
  return <h1>{t('popupTitle')}</h1>;
}

mount(<Popup />, t('popupTitle'));
