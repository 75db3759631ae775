/**
 * After a save, what became of its images: the storage was full, or some were on other sites
 * Quire may not fetch from; the first time, it offers "Save images for offline reading".
 */
import { useEffect, useState } from 'preact/hooks';
import { t } from '../../src/platform/browser';
import { loadSettings } from '../../src/platform/settings';
import type { ImageOutcome } from '../../src/protocol';
import { turnOffOfflineImages, turnOnOfflineImages } from '../../src/ui/image-access';

export function ImagesNotice({ images }: { images: ImageOutcome }) {
  const [offer, setOffer] = useState(false);
  const [answer, setAnswer] = useState<string | null>(null);
  useEffect(() => {
    if (images.needAccess > 0) void loadSettings().then((s) => setOffer(!s.images.offered));
  }, [images]);
  if (images.quota) return <p class="clip__error" role="alert">{t('clipImagesQuota')}</p>;
  if (images.needAccess === 0) return null;
  const accept = async () => setAnswer((await turnOnOfflineImages().catch(() => false)) ? t('clipImagesOfferGranted') : t('clipImagesOfferRefused'));
  const decline = async () => {
    await turnOffOfflineImages();
    setOffer(false);
  };
  return (
    <div class="clip__images" role="note">
      <p>{t('clipImagesNeedAccess', String(images.needAccess))}</p>
      {answer && <p role="status">{answer}</p>}
      {offer && !answer && (
        <div class="clip__actions">
          <button type="button" class="primary" onClick={() => void accept()}>{t('clipImagesOffer')}</button>
          <button type="button" onClick={() => void decline()}>{t('clipImagesNotNow')}</button>
        </div>
      )}
    </div>
  );
}
