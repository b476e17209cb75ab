// Side panel (Chromium sidePanel, Firefox sidebar_action): mounts the Preact panel over the
// browser-message adapter.
//
// In the side panel it shows the active tab of its window. Opened on its own as
// `sidepanel.html?tab=<tab id>` (a tab or window of its own, where the active tab would be the
// panel itself) it shows that tab instead. The end-to-end tests open it so: in headless
// Chromium the real side panel is no target Playwright can drive.

import { render } from 'preact';
import { browser } from 'wxt/browser';
import { createBrowserPort } from '../../ui/browser-port.ts';
import { Panel } from '../../ui/Panel.tsx';
import { paletteCssVariables } from '../../ui/palette.ts';
import './style.css';

const root = document.getElementById('app');
if (!root) throw new Error('sidepanel: #app is missing from index.html');
document.documentElement.setAttribute('style', paletteCssVariables());
render(<Panel port={createBrowserPort(browser, { tabId: pinnedTab(location.search) })} />, root);

/** The tab of `?tab=<id>`, if the parameter is a tab id (any size: Chromium's run past 10⁹). */
function pinnedTab(search: string): number | undefined {
  const raw = new URLSearchParams(search).get('tab');
  const id = raw !== null && /^\d+$/.test(raw) ? Number(raw) : NaN;
  return Number.isSafeInteger(id) ? id : undefined;
}
