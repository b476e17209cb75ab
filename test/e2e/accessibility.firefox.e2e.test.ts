// Accessibility of the extension's pages in real Firefox ESR (firefox.ts says how it is
// driven): axe-core, injected into the side panel's page and the collection page, must find
// no violation of serious or critical impact there, before and after saving, on every view of
// the collection. The same rules as accessibility.e2e.test.ts (Chromium), where the keyboard
// walk is checked too; Firefox lays out and exposes the same markup its own way, so its
// violations are checked on its own rendering.
//
// Reports: test/artifacts/axe-firefox-*.json (gitignored).

import http from 'node:http';
import { createRequire } from 'node:module';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addressOf, pagesWithAddress, startPageServer, fixturePageAt } from './chromium.ts';
import { AXE_TAGS, BLOCKING_IMPACTS } from './axe-rules.ts';
import { buttonNamed, firefoxPath, launchFirefox, openExtensionPage, poll, tabStateOf, type FirefoxLaunched } from './firefox.ts';

const ARTIFACTS = join(import.meta.dirname, '..', 'artifacts');
const ARTICLE = pagesWithAddress().find((e) => e.file === '002-baolangson.html')!;
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let server: http.Server;
let profile: string;
let ff: FirefoxLaunched;

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** axe-core on the page as it is now; writes the report, returns the blocking violations. */
async function blockingViolations(page: Page, name: string): Promise<string[]> {
  // Evaluated by the driver, not a <script> of the page: the extension page's CSP stays as it is.
  await page.evaluate(AXE_SOURCE);
  const result = await page.evaluate(
    async (tags) => {
      const axe = (globalThis as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: AxeViolation[]; passes: unknown[] }> } }).axe;
      const r = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
      return { passes: r.passes.length, violations: r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) })) };
    },
    [...AXE_TAGS],
  );
  writeFileSync(join(ARTIFACTS, `axe-firefox-${name}.json`), JSON.stringify(result.violations, null, 2));
  expect(result.passes, 'axe ran its rules').toBeGreaterThan(10);
  return result.violations
    .filter((v) => BLOCKING_IMPACTS.has(v.impact ?? ''))
    .map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('; ')})`);
}

describe.skipIf(!firefoxPath())('accessibility of the side panel and the collection (axe-core) in Firefox', () => {
  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    server = await startPageServer(fixturePageAt([ARTICLE]));
    profile = mkdtempSync(join(tmpdir(), 'bantin-e2e-firefox-a11y-'));
    ff = await launchFirefox(profile, (server.address() as { port: number }).port, { viewport: { width: 1400, height: 900 } });
  });

  afterAll(async () => {
    await ff?.browser.close();
    server?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  it('the side panel has no serious or critical violation, before and after saving', async () => {
    const page = await ff.browser.newPage();
    await page.goto(addressOf(ARTICLE), { waitUntil: 'load' });
    const { tabId, state } = await tabStateOf(ff, page.url());
    const panel = await openExtensionPage(ff, `sidepanel.html?tab=${tabId}`, { width: 420, height: 860 });
    const n = state.page!.analysis.facts.length;
    await poll(() => panel.$(`xpath/.//button[normalize-space(.)="Lưu (${n})"]`), (b) => !!b, 'the save button');
    expect(await blockingViolations(panel, 'sidepanel')).toEqual([]);
    await (await buttonNamed(panel, `Lưu (${n})`)).click();
    await poll(() => panel.$eval('.save-status', (s) => s.textContent ?? ''), (s) => s.startsWith('Đã lưu'), 'the save');
    expect(await blockingViolations(panel, 'sidepanel-saved')).toEqual([]);
    await panel.close();
    await page.close();
  });

  it('every view of the collection page has no serious or critical violation', async () => {
    const collection = await openExtensionPage(ff, 'collection.html');
    await collection.waitForSelector('main.view[aria-busy="false"]');
    const views = await collection.$$eval('nav.views button[aria-pressed]', (bs) => bs.map((b) => b.textContent!.trim()));
    expect(views.length, 'the view switch').toBeGreaterThanOrEqual(3);
    for (const [v, name] of views.entries()) {
      await (await buttonNamed(collection, name)).click();
      await poll(
        () => collection.$$eval('nav.views button[aria-pressed="true"]', (bs) => bs.map((b) => b.textContent!.trim())),
        (pressed) => pressed.length === 1 && pressed[0] === name,
        `the view '${name}'`,
      );
      await collection.waitForSelector('main.view[aria-busy="false"]');
      expect(await blockingViolations(collection, `collection-${v}`), `view '${name}'`).toEqual([]);
    }
    await collection.close();
  });
});
