// Side panel (Chromium sidePanel, Firefox sidebar_action): mounts the Preact panel over the
// browser-message adapter, in the interface language (i18n/setting.ts: the stored choice,
// else the browser's), and draws it again whenever that choice changes.
//
// In the side panel it shows the active tab of its window. Opened on its own as
// `sidepanel.html?tab=<tab id>` (a tab or window of its own, where the active tab would be the
// panel itself) it shows that tab instead. The end-to-end tests open it so: in headless
// Chromium the real side panel is no target Playwright can drive.

import { render } from 'preact';
import { browser } from 'wxt/browser';
import { currentLanguage, t } from '../../i18n/index.ts';
import { followLanguageSetting, onLanguageChoice } from '../../i18n/setting.ts';
import { createBrowserPort } from '../../ui/browser-port.ts';
import { Panel } from '../../ui/Panel.tsx';
import { paletteCssVariables } from '../../ui/palette.ts';
import './style.css';

const root = document.getElementById('app');
if (!root) throw new Error('sidepanel: #app is missing from index.html');
document.documentElement.setAttribute('style', paletteCssVariables());
const port = createBrowserPort(browser, { tabId: pinnedTab(location.search) });

/** (Re)renders the panel in the language in use: its state (ticks, edits, unsaved work) is kept. */
function draw(): void {
  document.documentElement.lang = currentLanguage();
  document.title = t('manifest.name');
  render(<Panel port={port} />, root!);
}

void followLanguageSetting(browser).finally(() => {
  draw();
  onLanguageChoice(draw);
});

/** The tab of `?tab=<id>`, if the parameter is a tab id (any size: Chromium's run past 10⁹). */
function pinnedTab(search: string): number | undefined {
  const raw = new URLSearchParams(search).get('tab');
  const id = raw !== null && /^\d+$/.test(raw) ? Number(raw) : NaN;
  return Number.isSafeInteger(id) ? id : undefined;
}
