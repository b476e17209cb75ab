// Background service worker (Chromium) / event page (Firefox): the hub between the side
// panel and the content scripts, and the only code besides extension pages that opens
// storage. The work is in background/hub.ts; this file wires it to the browser.

import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createHub, installHub, type BackgroundApi } from '../background/hub.ts';
import { onLanguageChange } from '../i18n/index.ts';
import { followLanguageSetting } from '../i18n/setting.ts';
import { listener } from '../respond.ts';
import { openDatabase } from '../storage/articles.ts';

export default defineBackground(() => {
  const api = browser as unknown as BackgroundApi;
  // The interface language (its errors, menus and toolbar title follow the researcher's setting).
  const languageReady = followLanguageSetting(browser);
  const hub = createHub(api, () => openDatabase(), { languageReady });
  installHub(api, hub, listener);
  onLanguageChange(() => void hub.retitle());
  // For the end-to-end tests (test/e2e), which reach the service worker through the
  // DevTools protocol (Chromium) or the event page through runtime.getBackgroundPage() from
  // an extension page (Firefox): the same functions the toolbar button and the tab state use.
  // Only the extension's own background has this global; no web page or content script can
  // reach it.
  (globalThis as { bantin?: unknown }).bantin = { analyzeTab: hub.analyzeTab, tabState: hub.tabState, tabs: hub.tabs, onGesture: hub.onGesture };
});
