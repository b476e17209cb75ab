// The content script. It runs by itself on the provincial papers of the outlet lexicon
// (known-hosts.ts: analyze at document_idle, draw, report to the background, which puts the
// fact count on the badge) and is injected on demand everywhere else by the background
// (scripting.executeScript with this file, content-scripts/content.js, under activeTab),
// where it waits to be asked.
//
// It only reads the page and draws on it: storage is the background's. Every message is
// checked with parseMessage and must come from this extension.

import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { PageSession } from '../content/page-session.ts';
import { isKnownHost, KNOWN_HOST_MATCHES } from '../known-hosts.ts';
import { parseMessage, type ErrorReply } from '../messages.ts';
import { listener } from '../respond.ts';

export default defineContentScript({
  matches: [...KNOWN_HOST_MATCHES],
  runAt: 'document_idle',
  registration: 'manifest',

  main(ctx) {
    const session = new PageSession(document, () => location.href);

    const onMessage = listener((raw, sender) => {
      if (sender.id !== browser.runtime.id) return undefined;
      const msg = parseMessage(raw);
      if ('error' in msg) return Promise.resolve<ErrorReply>({ error: msg.error, code: 'invalid' });
      switch (msg.type) {
        case 'analyze-page':
          return Promise.resolve().then(() => session.analyze(msg.source ?? 'article'));
        case 'show-saved':
          return Promise.resolve().then(() => session.showSaved(msg));
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
      session.clear();
    });

    if (!isKnownHost(location.hostname)) return;
    const run = async () => {
      try {
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
