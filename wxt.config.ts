import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { DEFAULT_LANGUAGE, LANGUAGES } from './extension/i18n/index.ts';
import { localeMessages, manifestMessage } from './extension/i18n/locales.ts';

// The extension lives in extension/; the analyzer it runs is imported from analyzer/.
//
// Permissions (least privilege; no host permission, no <all_urls>):
//   activeTab         read the page the researcher asks for (toolbar button, context menu,
//                     shortcut), on any site, only then and only that tab
//   scripting         inject the content script into that page (scripting.executeScript)
//   contextMenus      'Analyze this page' / 'Analyze the selected text'
//   sidePanel         Chromium's side panel (Firefox uses sidebar_action, no permission)
//   unlimitedStorage  the collection lives in IndexedDB; without it the browser may evict
//                     it under disk pressure and caps it at its per-origin quota. It shows
//                     no warning at install.
//   storage           the interface language setting (browser.storage.local), which the
//                     pages, the background and the content script all read; no warning.
// The content script's own matches (the provincial papers of the outlet lexicon, see
// extension/known-hosts.ts) are the only hosts it runs on by itself.
//
// Languages: the manifest's words are __MSG_…__ names of _locales/en and _locales/vi, which
// the build writes from extension/i18n/catalogue.ts (the 'build:publicAssets' hook below);
// the browser picks them by its own language, English where it is neither.
export default defineConfig({
  srcDir: 'extension',
  // Icons (scripts/make-icons.ts) and other files copied as they are.
  publicDir: 'extension/public',
  vite: () => ({ plugins: [preact()] }),
  hooks: {
    'build:publicAssets': (_wxt, files) => {
      for (const language of LANGUAGES) {
        files.push({ relativeDest: `_locales/${language}/messages.json`, contents: `${JSON.stringify(localeMessages(language), null, 2)}\n` });
      }
    },
  },
  manifest: ({ browser }) => {
    const firefox = browser === 'firefox';
    return {
      name: manifestMessage('manifest.name'),
      description: manifestMessage('manifest.description'),
      default_locale: DEFAULT_LANGUAGE,
      permissions: firefox
        ? ['activeTab', 'scripting', 'contextMenus', 'unlimitedStorage', 'storage']
        : ['activeTab', 'scripting', 'contextMenus', 'sidePanel', 'unlimitedStorage', 'storage'],
      // sidePanel.open() needs 114; the CSS Custom Highlight API is in 105.
      ...(firefox ? {} : { minimum_chrome_version: '114' }),
      icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
      action: {
        default_title: manifestMessage('manifest.actionTitle'),
        default_icon: { 16: 'icon/16.png', 32: 'icon/32.png' },
      },
      commands: {
        analyze: { suggested_key: { default: 'Alt+Shift+B' }, description: manifestMessage('manifest.commandAnalyze') },
        save: { suggested_key: { default: 'Alt+Shift+S' }, description: manifestMessage('manifest.commandSave') },
      },
      ...(firefox
        ? {
            browser_specific_settings: {
              gecko: {
                id: 'bantin@bantin.local',
                // data_collection_permissions (asked of new add-ons on addons.mozilla.org) is
                // understood from Firefox 140 (the current ESR); older versions refuse the key.
                strict_min_version: '140.0',
                // Nothing leaves the browser.
                data_collection_permissions: { required: ['none'] },
              } as { id: string; strict_min_version: string },
              gecko_android: { strict_min_version: '142.0' },
            },
          }
        : {}),
    };
  },
  zip: {
    // The sources zip (Firefox review) needs what builds the extension, not test output.
    excludeSources: ['test/artifacts/**', 'test-results/**', '**/*.log', '**/*.cpuprofile'],
  },
});
