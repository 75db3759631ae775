import { useEffect, useState } from 'preact/hooks';
import { browser, t, type Permissions } from '../../src/platform/browser';

const TABS: Permissions.Permissions = { permissions: ['tabs'] };

/**
 * The badge can mark only tabs whose address the browser tells Quire: pages it was
 * used on. Marking every tab needs the "tabs" permission, asked for here, when the
 * user wants it, and never at install.
 */
export function BadgeAccess() {
  const [granted, setGranted] = useState<boolean | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    void browser.permissions.contains(TABS).then(setGranted);
  }, []);
  const change = async (grant: boolean) => {
    setError(null);
    try {
      setGranted(grant ? await browser.permissions.request(TABS) : !(await browser.permissions.remove(TABS)));
    } catch (reason) {
      setError(t('optionsBadgeAccessFailed', (reason as Error).message));
    }
  };
  if (granted === null) return null;
  return (
    <div class="field badge-access">
      <p id="badge-access-status">{granted ? t('optionsBadgeAccessOn') : t('optionsBadgeAccessOff')}</p>
      <button type="button" aria-describedby="badge-access-status" onClick={() => void change(!granted)}>
        {granted ? t('optionsBadgeAccessRevoke') : t('optionsBadgeAccessGrant')}
      </button>
      {error && <p class="message error" role="alert">{error}</p>}
    </div>
  );
}
