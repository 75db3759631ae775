/** The site a page comes from, with its icon. */
import { hostOf } from './format';

export function SiteLine({ url, siteName, faviconUrl }: { url: string; siteName: string | null; faviconUrl: string | null }) {
  return (
    <p class="clip__site">
      {faviconUrl && <img src={faviconUrl} alt="" width={16} height={16} />}
      <span>{siteName || hostOf(url)}</span>
    </p>
  );
}
