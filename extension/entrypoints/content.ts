// The content script. It runs by itself on the provincial papers of the outlet lexicon
// (known-hosts.ts: analyze at document_idle, draw, report to the background, which puts the
// fact count on the badge) and is injected on demand everywhere else by the background
// (scripting.executeScript with this file, content-scripts/content.js, under activeTab),
// where it waits to be asked.
//
// It only reads the page and draws on it: storage is the background's (it reads just the
// interface language setting, to write the legend and the tooltip in that language and to
// rewrite them when it changes). Every message is checked with parseMessage and must come
// from this extension.

import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { PageSession } from '../content/page-session.ts';
import { relabelHighlights } from '../highlight/index.ts';
import { onLanguageChange } from '../i18n/index.ts';
import { followLanguageSetting } from '../i18n/setting.ts';
import { isKnownHost, KNOWN_HOST_MATCHES } from '../known-hosts.ts';
import { parseMessage, type ErrorReply } from '../messages.ts';
import { listener } from '../respond.ts';

export default defineContentScript({
  matches: [...KNOWN_HOST_MATCHES],
  runAt: 'document_idle',
  registration: 'manifest',

  main(ctx) {
    const session = new PageSession(document, () => location.href);
    // Nothing is drawn or answered before the language is known (a storage read: a moment).
    const following = followLanguageSetting(browser);
    const languageReady = following.then(
      () => undefined,
      () => undefined,
    );
    const offLanguage = onLanguageChange(() => relabelHighlights());

    const onMessage = listener((raw, sender) => {
      if (sender.id !== browser.runtime.id) return undefined;
      const msg = parseMessage(raw);
      if ('error' in msg) return Promise.resolve<ErrorReply>({ error: msg.error, code: 'invalid' });
      switch (msg.type) {
        case 'analyze-page':
          return languageReady.then(() => session.analyze(msg.source ?? 'article'));
        case 'show-saved':
          return languageReady.then(() => session.showSaved(msg));
        case 'highlight-fact':
          return Promise.resolve().then(() => session.highlight(msg));
        case 'get-selection':
          return Promise.resolve().then(() => session.selection());
        case 'clear-highlights':
          session.clear();
          return Promise.resolve({ ok: true });
        default:
          return undefined;
      }
    });
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => {
      browser.runtime.onMessage.removeListener(onMessage);
      offLanguage();
      void following.then((f) => f.stop(), () => {});
      session.clear();
    });

    if (!isKnownHost(location.hostname)) return;
    const run = async () => {
      try {
        await languageReady;
        const message = session.analyze('article');
        await browser.runtime.sendMessage(message);
      } catch (error) {
        console.warn('Bantin: could not analyze this page', error);
      }
    };
    void run();
    // Pages that change their address without loading (infinite scroll, SPA navigation).
    ctx.addEventListener(window, 'wxt:locationchange', () => void run());
  },
});
