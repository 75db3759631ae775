/**
 * Hosts that serve tracking pixels and analytics beacons, never pictures: their images are
 * neither fetched nor shown, whatever size the page gives them.
 */
const BEACON_HOSTS = [
  'pixel.wp.com', 'stats.wp.com', 'www.google-analytics.com', 'google-analytics.com', 'ssl.google-analytics.com',
  'www.googletagmanager.com', 'stats.g.doubleclick.net', 'ad.doubleclick.net', 'pixel.quantserve.com',
  'sb.scorecardresearch.com', 'b.scorecardresearch.com', 'www.facebook.com', 'px.ads.linkedin.com',
  'bat.bing.com', 't.co', 'analytics.twitter.com', 'pixel.mathtag.com', 'secure.quantserve.com',
  'ping.chartbeat.net', 'static.chartbeat.com', 'counter.yadro.ru', 'mc.yandex.ru', 'pixel.parsely.com',
  'srv.pixel.parsely.com', 'beacon.krxd.net', 'cdn.krxd.net', 'simage2.pubmatic.com', 'sp.analytics.yahoo.com',
];

/** The path names trackers give their pixels, whatever host serves them. */
const BEACON_PATH = /\/(pixel|beacon|tracking?|track|1x1|spacer|transparent|blank)\.(gif|png)(\?|$)/i;

export function isBeaconUrl(url: string): boolean {
  try {
    const { hostname, pathname, search } = new URL(url);
    return BEACON_HOSTS.includes(hostname.toLowerCase()) || BEACON_PATH.test(pathname + search);
  } catch {
    return true;
  }
}
