/** The site a page comes from, with its icon (left out when the site has none to give). */
import { useState } from 'preact/hooks';
import { hostOf } from '../../src/ui/format';

export function SiteLine({ url, siteName, faviconUrl }: { url: string; siteName: string | null; faviconUrl: string | null }) {
  const [broken, setBroken] = useState(false);
  return (
    <p class="clip__site">
      {faviconUrl && !broken && <img src={faviconUrl} alt="" width={16} height={16} onError={() => setBroken(true)} />}
      <bdi>{siteName || hostOf(url)}</bdi>
    </p>
  );
}
