import { useState } from 'preact/hooks';
import { isLocalImage } from '../local-image';
import './Favicon.css';

/** The site's icon, or its first letter when there is none, it is on the web (isLocalImage), or it fails to load. */
export function Favicon({ src, site }: { src: string | null; site: string }) {
  const [failed, setFailed] = useState(false);
  if (!isLocalImage(src) || failed) {
    return (
      <span class="favicon favicon-letter" aria-hidden="true">
        {site.charAt(0).toUpperCase()}
      </span>
    );
  }
  return <img class="favicon" src={src} alt="" width={16} height={16} loading="lazy" referrerpolicy="no-referrer" onError={() => setFailed(true)} />;
}
