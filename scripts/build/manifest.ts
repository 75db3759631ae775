/** Turns the one source manifest.json into each browser's manifest. */

export type Target = 'chrome' | 'firefox';

type Manifest = Record<string, unknown> & {
  background?: Record<string, unknown>;
  content_security_policy?: { extension_pages?: string };
  browser_specific_settings?: unknown;
  host_permissions?: string[];
  permissions?: string[];
};

/** Real-browser tests get activeTab-free access to the local test server, and nothing else. */
export const TEST_HOST_PERMISSION = 'http://127.0.0.1/*';

export interface ManifestOptions {
  test?: boolean;
  /** CSP sources of the pages' inline <style>s (scripts/build/inline-css.ts), added to style-src. */
  styles?: string[];
}

export function manifestFor(source: Manifest, target: Target, options: ManifestOptions = {}): Manifest {
  const manifest: Manifest = structuredClone(source);
  const worker = String(source.background?.service_worker ?? 'background.js');
  if (target === 'chrome') {
    manifest.background = { service_worker: worker };
    delete manifest.browser_specific_settings;
  } else {
    manifest.background = { scripts: [worker] };
    // Firefox's background page has a DOM of its own; offscreen documents are Chrome's.
    manifest.permissions = (manifest.permissions ?? []).filter((permission) => permission !== 'offscreen');
  }
  if (options.test) manifest.host_permissions = [TEST_HOST_PERMISSION];
  const csp = manifest.content_security_policy;
  if (options.styles?.length && csp?.extension_pages) {
    csp.extension_pages = csp.extension_pages.replace(/style-src ([^;]*)/, (_, sources: string) => `style-src ${sources} ${options.styles!.join(' ')}`);
  }
  return manifest;
}
