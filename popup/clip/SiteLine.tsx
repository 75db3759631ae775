/** The site a page comes from, with its icon (left out when the site has none to give, or only a web address: isLocalImage). */
import { useState } from 'preact/hooks';
import { hostOf } from '../../src/ui/format';
import { isLocalImage } from '../../src/ui/local-image';

export function SiteLine({ url, siteName, faviconUrl }: { url: string; siteName: string | null; faviconUrl: string | null }) {
  const [broken, setBroken] = useState(false);
  return (
    <p class="clip__site">
      {isLocalImage(faviconUrl) && !broken && <img src={faviconUrl} alt="" width={16} height={16} onError={() => setBroken(true)} />}
      <bdi>{siteName || hostOf(url)}</bdi>
    </p>
  );
}
