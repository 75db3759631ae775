/**
 * Images saved with each clip: "Save images for offline reading" (images from other sites,
 * which asks for the optional host permission once), the size caps, and removing the stored
 * images of archived articles to free space.
 */
import { useState } from 'preact/hooks';
import type { ImageSettings } from '../../src/core/settings';
import { t } from '../../src/platform/browser';
import { request } from '../../src/ui/client';
import { turnOffOfflineImages, turnOnOfflineImages } from '../../src/ui/image-access';
import { CheckField, NumberField } from './fields';
import type { SectionProps } from './GeneralSection';

export function ImagesSection({ settings, update, onImagesRemoved }: SectionProps & { onImagesRemoved: () => void }) {
  const images = settings.images;
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const set = (patch: Partial<ImageSettings>) => update({ images: { ...images, ...patch } });
  const toggle = async (on: boolean) => {
    setMessage(null);
    if (!on) return turnOffOfflineImages();
    const granted = await turnOnOfflineImages().catch(() => false);
    if (!granted) setMessage({ text: t('optionsImagesRefused'), error: true });
  };
  const removeArchived = async () => {
    try {
      const { articles } = await request({ type: 'images.removeArchived' });
      setMessage({ text: t('optionsImagesRemoved', String(articles)), error: false });
      onImagesRemoved();
    } catch (failure) {
      setMessage({ text: (failure as Error).message, error: true });
    }
  };
  return (
    <section aria-labelledby="images-heading">
      <h2 id="images-heading">{t('optionsImagesHeading')}</h2>
      <p>{t('optionsImagesHint')}</p>
      <CheckField id="images-offline" label={t('optionsImagesOffline')} checked={images.offline} onChange={(on) => void toggle(on)} />
      <NumberField id="images-max-image" label={t('optionsImagesMaxImage')} value={images.maxImageMB} min={1} max={50} step={1} onChange={(maxImageMB) => set({ maxImageMB })} />
      <NumberField id="images-max-article" label={t('optionsImagesMaxArticle')} value={images.maxArticleMB} min={1} max={200} step={1} onChange={(maxArticleMB) => set({ maxArticleMB })} />
      <button type="button" onClick={() => void removeArchived()}>{t('optionsImagesRemoveArchived')}</button>
      <p role="status" class={`message ${message?.error ? 'error' : ''}`}>{message?.text ?? ''}</p>
    </section>
  );
}
