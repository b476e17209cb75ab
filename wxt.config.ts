import { defineConfig } from 'wxt';

// The extension lives in extension/; the analyzer it runs is imported from analyzer/.
export default defineConfig({
  srcDir: 'extension',
  manifest: {
    name: 'Bantin',
    description: 'Highlights and collects facts from Vietnamese provincial news.',
    browser_specific_settings: { gecko: { id: 'bantin@bantin.local' } },
  },
});
