// Accessibility of the extension's own pages in real Chromium: axe-core (@axe-core/playwright)
// runs on the side panel and on every view of the collection page, with a saved article in
// it, and must find no violation of serious or critical impact; and every control of those
// pages is reached with the Tab key alone, in a visible, focus-outlined order.
//
// The panel is opened in a tab pinned to the article's tab (`sidepanel.html?tab=<id>`), as in
// sidepanel.e2e.test.ts; the article is saved with the panel's own button, pressed by keyboard.
//
// Reports of the minor and moderate findings: test/artifacts/axe-*.json (gitignored).

import http from 'node:http';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addressOf,
  chromiumPath,
  launchWithExtension,
  pagesWithAddress,
  startPageServer,
  tabStateOf,
  type Launched, fixturePageAt } from './chromium.ts';
import { AXE_TAGS, BLOCKING_IMPACTS } from './axe-rules.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const ARTIFACTS = join(ROOT, 'test', 'artifacts');

const entries = pagesWithAddress();
const ARTICLE = entries.find((e) => e.file === '002-baolangson.html')!;

let server: http.Server;
let profile: string;
let browser: Launched;

/** axe-core on the page as it is now (axe-rules.ts); writes the report, returns the blocking violations. */
async function blockingViolations(page: Page, name: string): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags([...AXE_TAGS]).analyze();
  writeFileSync(
    join(ARTIFACTS, `axe-${name}.json`),
    JSON.stringify(result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')) })), null, 2),
  );
  expect(result.passes.length, 'axe ran its rules').toBeGreaterThan(10);
  return result.violations
    .filter((v) => BLOCKING_IMPACTS.has(v.impact ?? ''))
    .map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('; ')})`);
}

/**
 * Presses Tab from the top of the page until focus comes round again (or `limit` presses) and
 * returns the controls that were never focused: enabled, visible buttons, links, inputs,
 * selects, text areas and elements with a tabindex ≥ 0, named by their text or label (a group
 * of radio buttons is one stop, as browsers make it).
 */
async function unreachedByTab(page: Page, limit = 400): Promise<string[]> {
  await page.evaluate(() => {
    for (const el of document.querySelectorAll<HTMLElement>('[data-a11y-reached]')) delete el.dataset.a11yReached;
    (document.activeElement as HTMLElement | null)?.blur();
    document.addEventListener('focusin', (e) => ((e.target as HTMLElement).dataset.a11yReached = '1'));
  });
  let first: string | null = null;
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const id = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      el.dataset.a11yTabOrder ??= String(Math.random());
      return el.dataset.a11yTabOrder;
    });
    if (id && id === first) break;
    first ??= id;
  }
  return page.evaluate(() => {
    const controls = document.querySelectorAll<HTMLElement>(
      'button, a[href], input:not([type="hidden"]), select, textarea, summary, [tabindex]:not([tabindex="-1"])',
    );
    return [...controls]
      .filter((el) => !(el as HTMLButtonElement).disabled && el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden')
      // Tab stops once in a group of radio buttons (arrow keys move within it)
      .filter((el) => !el.dataset.a11yReached)
      .filter((el) => !(el instanceof HTMLInputElement && el.type === 'radio' && document.querySelector(`input[type="radio"][name="${el.name}"][data-a11y-reached]`)))
      .map((el) => `${el.tagName.toLowerCase()} '${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}'`);
  });
}

describe.skipIf(!chromiumPath())('accessibility of the side panel and the collection (axe-core, keyboard) in Chromium', () => {
  let tabId = 0;

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    server = await startPageServer(fixturePageAt([ARTICLE]));
    profile = mkdtempSync(join(tmpdir(), 'bantin-e2e-a11y-'));
    browser = await launchWithExtension(profile, (server.address() as { port: number }).port);
    const page = await browser.ctx.newPage();
    await page.goto(addressOf(ARTICLE), { waitUntil: 'load' });
    tabId = (await tabStateOf(browser.worker, page.url())).tabId;
  });

  afterAll(async () => {
    await browser?.ctx.close();
    server?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  it('the side panel has no serious or critical axe violation, every control is reached by Tab, and saving works from the keyboard', async () => {
    const panel = await browser.ctx.newPage();
    await panel.setViewportSize({ width: 420, height: 860 });
    await panel.goto(`chrome-extension://${browser.extensionId}/sidepanel.html?tab=${tabId}`);
    await panel.locator('section.kind-group').first().waitFor();
    expect(await blockingViolations(panel, 'sidepanel')).toEqual([]);
    expect(await unreachedByTab(panel)).toEqual([]);

    // Save with the keyboard alone: focus walks to the save button, Enter presses it.
    const save = panel.locator('button.primary');
    for (let i = 0; i < 400 && !(await save.evaluate((b) => b === document.activeElement)); i++) await panel.keyboard.press('Tab');
    await panel.keyboard.press('Enter');
    await expect.poll(() => panel.locator('.saved-badge').count(), { timeout: 10_000 }).toBe(1);
    expect(await blockingViolations(panel, 'sidepanel-saved')).toEqual([]);
    await panel.close();
  });

  it('every view of the collection page has no serious or critical axe violation and every control is reached by Tab', async () => {
    const collection = await browser.ctx.newPage();
    await collection.setViewportSize({ width: 1280, height: 900 });
    await collection.goto(`chrome-extension://${browser.extensionId}/collection.html`);
    await collection.locator('main.view[aria-busy="false"]').waitFor();
    const views = await collection.locator('nav.views button[aria-pressed]').all();
    expect(views.length, 'the view switch').toBeGreaterThanOrEqual(3);
    for (let v = 0; v < views.length; v++) {
      const button = (await collection.locator('nav.views button[aria-pressed]').all())[v];
      const name = (await button.textContent())!.trim();
      await button.click();
      await expect.poll(() => button.getAttribute('aria-pressed')).toBe('true');
      await collection.locator('main.view[aria-busy="false"]').waitFor();
      expect(await blockingViolations(collection, `collection-${v}`), `view '${name}'`).toEqual([]);
      expect(await unreachedByTab(collection), `view '${name}'`).toEqual([]);
    }
    await collection.close();
  });
});
