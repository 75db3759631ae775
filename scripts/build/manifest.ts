/** Turns the one source manifest.json into each browser's manifest. */

export type Target = 'chrome' | 'firefox';

type Manifest = Record<string, unknown> & {
  background?: Record<string, unknown>;
  browser_specific_settings?: unknown;
  host_permissions?: string[];
};

/** Real-browser tests get activeTab-free access to the local test server, and nothing else. */
export const TEST_HOST_PERMISSION = 'http://127.0.0.1/*';

export function manifestFor(source: Manifest, target: Target, options: { test?: boolean } = {}): Manifest {
  const manifest: Manifest = structuredClone(source);
  const worker = String(source.background?.service_worker ?? 'background.js');
  if (target === 'chrome') {
    manifest.background = { service_worker: worker };
    delete manifest.browser_specific_settings;
  } else {
    manifest.background = { scripts: [worker] };
  }
  if (options.test) manifest.host_permissions = [TEST_HOST_PERMISSION];
  return manifest;
}
