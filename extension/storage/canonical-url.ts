// Identity of a saved article: its canonical URL and the hash of its text. Two saves of
// the same page through a shared link (utm_*, fbclid, zarsrc …) or with a #fragment are
// one article; so is the same text under another address (a syndicated copy).

/** Query parameters that only say how the reader arrived, never which page it is. */
const TRACKING_PARAMS = new Set([
  'fbclid', 'gclid', 'gclsrc', 'dclid', 'gbraid', 'wbraid', 'msclkid', 'yclid', 'twclid', 'ttclid', 'li_fat_id',
  'igshid', 'igsh', 'mibextid', 'si', 'zarsrc', 'gidzl', '_ga', '_gl', '_hsenc', '_hsmi', '_openstat',
  'mkt_tok', 'oly_anon_id', 'oly_enc_id', 'vero_id', 'wickedid', 'rb_clickid', 's_cid', 'ncid', 'cmpid',
  'ref', 'ref_src', 'ref_url', 'spm', 'scm',
]);
/** Families: utm_source, mc_cid, zalo_…, pk_campaign, hsa_acc, at_medium, fb_action_ids … */
const TRACKING_PREFIXES = ['utm_', 'mc_', 'zalo', 'pk_', 'piwik_', 'matomo_', 'hsa_', 'at_', 'fb_'];
// Deliberately not here: names that some sites use to pick the page (source, from, share,
// id, p …). Dropping one of those would make two articles one, and the second save would
// overwrite the first one's facts; keeping a tracking name only costs a duplicate.

export function isTrackingParam(name: string): boolean {
  const n = name.toLowerCase();
  return TRACKING_PARAMS.has(n) || TRACKING_PREFIXES.some((p) => n.startsWith(p));
}

/**
 * The identity of a page address: https and http alike, host lower-cased without 'www.'
 * and default port, no fragment, no tracking parameters, the others sorted by name (the
 * order of repeated names kept), no trailing slash. Addresses that are not http(s) only
 * lose their fragment. Throws a TypeError on what is not an absolute URL.
 */
export function canonicalUrl(input: string): string {
  const url = new URL(input.trim());
  url.hash = '';
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return url.href;

  const host = url.hostname.toLowerCase().replace(/^www\./, '').replace(/\.$/, '');
  const port = url.port ? `:${url.port}` : '';
  const path = url.pathname.replace(/\/+$/, '');
  const kept = [...url.searchParams].filter(([name]) => !isTrackingParam(name));
  kept.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)); // stable: repeated names keep their order
  const query = kept.length ? `?${new URLSearchParams(kept).toString()}` : '';
  return `https://${host}${port}${path}${query}`;
}

/** Zero-width and invisible characters that pages sprinkle into text. */
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;

/** The text as hashed: NFC, invisible characters dropped, every run of white space one space, trimmed. */
export function hashableText(text: string): string {
  return text.normalize('NFC').replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
}

/** SHA-256 (lower-case hex) of hashableText(text), through Web Crypto (browsers, Node ≥ 20). */
export async function textHash(text: string): Promise<string> {
  const bytes = new TextEncoder().encode(hashableText(text));
  const digest = await globalThis.crypto.subtle.digest('SHA-256', bytes);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}
