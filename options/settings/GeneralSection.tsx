import type { Settings } from '../../src/core/settings';
import { t } from '../../src/platform/browser';
import { BadgeAccess } from './BadgeAccess';
import { DefaultTagsField } from './DefaultTagsField';
import { CheckField, SelectField } from './fields';
import { themeOptions } from './themes';

export interface SectionProps {
  settings: Settings;
  update: (patch: Partial<Settings>) => void;
}

export function GeneralSection({ settings, update }: SectionProps) {
  return (
    <section aria-labelledby="general-heading">
      <h2 id="general-heading">{t('optionsGeneralHeading')}</h2>
      <DefaultTagsField tags={settings.defaultTags} onChange={(defaultTags) => update({ defaultTags })} />
      <SelectField id="theme" label={t('optionsTheme')} value={settings.theme} options={themeOptions()} onChange={(theme) => update({ theme })} />
      <CheckField id="show-badge" label={t('optionsShowBadge')} checked={settings.showBadge} onChange={(showBadge) => update({ showBadge })} />
      {settings.showBadge && <BadgeAccess />}
    </section>
  );
}
