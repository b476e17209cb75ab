// The hosts where the content script runs by itself: the provincial papers of the analyzer's
// outlet lexicon (analyzer/lexicon/outlets.ts; national outlets are left out, so are
// aggregators). Everywhere else it runs only when the researcher asks (activeTab).
//
// One match pattern per host: '*://*.baolangson.vn/*' matches baolangson.vn itself as well
// as www. / m. and other subdomains (match-pattern rule of Chromium and Firefox). Hosts that
// are subdomains of another listed host are covered by it and left out.

import { OUTLETS } from '../analyzer/lexicon/outlets.ts';

const all = new Set(OUTLETS.filter((o) => o.province).flatMap((o) => o.hosts.map((h) => h.toLowerCase().replace(/^www\./, ''))));

/** Bare hostnames, sorted, none a subdomain of another. */
export const KNOWN_HOSTS: readonly string[] = [...all].filter((h) => ![...all].some((o) => o !== h && h.endsWith(`.${o}`))).sort();

/** The content script's match patterns. */
export const KNOWN_HOST_MATCHES: readonly string[] = KNOWN_HOSTS.map((h) => `*://*.${h}/*`);

/** Is this a known host (or a subdomain of one)? */
export function isKnownHost(hostname: string): boolean {
  const h = hostname.toLowerCase().replace(/\.$/, '');
  return KNOWN_HOSTS.some((k) => h === k || h.endsWith(`.${k}`));
}
