/** Query parameters that say where a click came from, never which page it is. */

const TRACKING_PARAMS = new Set([
  'fbclid', 'gclid', 'dclid', 'gbraid', 'wbraid', 'msclkid', 'yclid', 'twclid', 'ttclid',
  'mc_cid', 'mc_eid', 'igshid', 'igsh', 'ref_src', 'ref_url', '_hsenc', '_hsmi', 'mkt_tok',
  'oly_anon_id', 'oly_enc_id', 'vero_id', 'wickedid', 'spm', 'share', 'smid', 'cmpid',
  'ncid', 'sr_share', 'at_medium', 'at_campaign', 'trk', 'trkCampaign', 'soc_src', 'soc_trk',
]);

export function isTrackingParam(name: string): boolean {
  const lower = name.toLowerCase();
  return lower.startsWith('utm_') || lower.startsWith('__hs') || TRACKING_PARAMS.has(lower);
}
