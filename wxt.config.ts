import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// The extension lives in extension/; the analyzer it runs is imported from analyzer/.
//
// Permissions (least privilege; no host permission, no <all_urls>):
//   activeTab         read the page the researcher asks for (toolbar button, context menu,
//                     shortcut), on any site, only then and only that tab
//   scripting         inject the content script into that page (scripting.executeScript)
//   contextMenus      'Phân tích trang này' / 'Phân tích đoạn đã chọn'
//   sidePanel         Chromium's side panel (Firefox uses sidebar_action, no permission)
//   unlimitedStorage  the collection lives in IndexedDB; without it the browser may evict
//                     it under disk pressure and caps it at its per-origin quota. It shows
//                     no warning at install.
// The content script's own matches (the provincial papers of the outlet lexicon, see
// extension/known-hosts.ts) are the only hosts it runs on by itself.
export default defineConfig({
  srcDir: 'extension',
  // Icons (scripts/make-icons.ts) and other files copied as they are.
  publicDir: 'extension/public',
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => {
    const firefox = browser === 'firefox';
    return {
      name: 'Bantin',
      description: 'Highlights and collects facts from Vietnamese provincial news.',
      permissions: firefox
        ? ['activeTab', 'scripting', 'contextMenus', 'unlimitedStorage']
        : ['activeTab', 'scripting', 'contextMenus', 'sidePanel', 'unlimitedStorage'],
      // sidePanel.open() needs 114; the CSS Custom Highlight API is in 105.
      ...(firefox ? {} : { minimum_chrome_version: '114' }),
      icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
      action: {
        default_title: 'Bantin: phân tích trang này (Alt+Shift+B)',
        default_icon: { 16: 'icon/16.png', 32: 'icon/32.png' },
      },
      commands: {
        analyze: { suggested_key: { default: 'Alt+Shift+B' }, description: 'Phân tích trang này' },
        save: { suggested_key: { default: 'Alt+Shift+S' }, description: 'Lưu các dữ kiện đã chọn' },
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
