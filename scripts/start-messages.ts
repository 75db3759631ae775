/** What `npm start` tells the developer, kept apart from the browser it launches so tests can read it. */

export const BUILDING = 'Building Quire (dist/chrome, dist/firefox and the test builds)…';

export interface NoBrowser {
  hasDisplay: boolean;
  chromePath: string;
  chromeDir: string;
  firefoxManifest: string;
}

/** Why no window opens, what to run instead when it is only the display, and how to load the build by hand. */
export function noBrowserMessage({ hasDisplay, chromePath, chromeDir, firefoxManifest }: NoBrowser): string {
  const why = !hasDisplay
    ? 'No display here, so no browser window can open. With Xvfb installed (apt-get install -y xvfb), run it on a virtual display: xvfb-run -a npm start'
    : `Chromium not found at ${chromePath} (install it with apt-get install -y chromium, or set CHROME_PATH).`;
  return `${why}
Or load Quire by hand:
  Chrome:  open chrome://extensions, turn on Developer mode, click "Load unpacked", choose ${chromeDir}
  Firefox: open about:debugging#/runtime/this-firefox, click "Load Temporary Add-on…", choose ${firefoxManifest}`;
}
