// The manifest asks for the least it needs: no host permission beyond the content script's
// matches, no <all_urls>; commands, action, side panel (Chromium) and Firefox settings.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import config from '../wxt.config.ts';
import { KNOWN_HOST_MATCHES } from '../extension/known-hosts.ts';
import contentScript from '../extension/entrypoints/content.ts';

type Manifest = Record<string, unknown> & { permissions: string[] };
const manifestFor = async (browser: 'chrome' | 'firefox') =>
  (await (config.manifest as (env: object) => Manifest | Promise<Manifest>)({ browser, manifestVersion: 3, mode: 'production', command: 'build' })) as Manifest;

describe('manifest', () => {
  it('Chromium: exactly these permissions, no host permissions, sidePanel and Highlight API versions', async () => {
    const m = await manifestFor('chrome');
    expect(m.permissions).toEqual(['activeTab', 'scripting', 'contextMenus', 'sidePanel', 'unlimitedStorage', 'storage']);
    expect(m).not.toHaveProperty('host_permissions');
    expect(m).not.toHaveProperty('optional_host_permissions');
    expect(m).not.toHaveProperty('browser_specific_settings');
    expect(m.minimum_chrome_version).toBe('114');
    expect(JSON.stringify(m)).not.toContain('<all_urls>');
  });

  it('Firefox: no sidePanel permission, a stable add-on id, no data collected', async () => {
    const m = await manifestFor('firefox');
    expect(m.permissions).toEqual(['activeTab', 'scripting', 'contextMenus', 'unlimitedStorage', 'storage']);
    expect(m).not.toHaveProperty('minimum_chrome_version');
    expect(m.browser_specific_settings).toMatchObject({ gecko: { id: 'bantin@bantin.local', data_collection_permissions: { required: ['none'] } } });
  });

  it('shortcuts for analyze and save, and a toolbar button title (in the browser language: test/i18n.test.ts)', async () => {
    const m = await manifestFor('chrome');
    expect(m.commands).toEqual({
      analyze: { suggested_key: { default: 'Alt+Shift+B' }, description: '__MSG_manifest_commandAnalyze__' },
      save: { suggested_key: { default: 'Alt+Shift+S' }, description: '__MSG_manifest_commandSave__' },
    });
    expect(m.action).toMatchObject({ default_title: '__MSG_manifest_actionTitle__' });
  });

  it('the content script runs by itself only on the known provincial hosts, at document_idle', () => {
    expect(contentScript.matches).toEqual([...KNOWN_HOST_MATCHES]);
    expect(contentScript.runAt).toBe('document_idle');
    expect(contentScript.registration).toBe('manifest');
  });
});

describe('least privilege, stated', () => {
  const readme = readFileSync(join(import.meta.dirname, '..', 'README.md'), 'utf8');

  it('every permission the manifests ask for is justified in the README', async () => {
    for (const browser of ['chrome', 'firefox'] as const) {
      for (const p of (await manifestFor(browser)).permissions) {
        expect(readme, `README's permission table lacks '${p}'`).toMatch(new RegExp('\\| `' + p + '`'));
      }
    }
  });

  it('no content security policy that allows eval or remote code, and no eval in the extension', async () => {
    for (const browser of ['chrome', 'firefox'] as const) {
      const csp = JSON.stringify((await manifestFor(browser)).content_security_policy ?? '');
      expect(csp).not.toMatch(/unsafe-eval|https?:/);
    }
    const sources = readdirSync(join(import.meta.dirname, '..', 'extension'), { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.(ts|tsx|html)$/.test(f))
      .map((f) => readFileSync(join(import.meta.dirname, '..', 'extension', f), 'utf8'));
    for (const src of sources) {
      expect(src).not.toMatch(/\beval\(|new Function\(|<script[^>]+src=["']https?:|importScripts\(/);
    }
  });
});
