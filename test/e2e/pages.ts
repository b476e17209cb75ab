// The fixture pages as both browsers' journeys serve and check them: where they are, the
// page's own script planted in each, the address each is served at, what analyze() expects
// of it, and the checks that the page itself was left alone (highlights.e2e.test.ts for
// Chromium, highlights.firefox.e2e.test.ts for Firefox).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { Fact } from '../../analyzer/contract.ts';
import { analyze } from '../../analyzer/index.ts';
import { extractFromHtml } from '../../analyzer/html/node.ts';
import { squashText } from '../../extension/highlight/squash.ts';
import { PAGES_DIR, type PageEntry } from './chromium.ts';

export const ROOT = join(import.meta.dirname, '..', '..');
export const PAGES = PAGES_DIR;
export const ARTIFACTS = join(ROOT, 'test', 'artifacts');

export const entries = JSON.parse(readFileSync(join(PAGES, 'manifest.json'), 'utf8')) as PageEntry[];
export const entry = (file: string): PageEntry => entries.find((e) => e.file === file)!;

/** The page's own script, planted in every served page: a ticking counter, a click counter, the body as loaded. */
const PAGE_SCRIPT = `<script>
window.__ticks = 0; setInterval(function () { window.__ticks++; }, 10);
window.__clicks = 0; document.addEventListener('click', function (e) { window.__clicks++; e.preventDefault(); });
document.addEventListener('DOMContentLoaded', function () { window.__bodyAtLoad = document.body.innerHTML; });
</script>`;

/** A fixture page's HTML as served: `change` applied (a test may edit the article), the page script planted. */
export function servedHtml(file: string, change?: (html: string) => string): string {
  const html = readFileSync(join(PAGES, file), 'utf8');
  return (change?.(html) ?? html).replace(/<head[^>]*>/i, (head) => `${head}\n${PAGE_SCRIPT}`);
}

/** The address a fixture page is served at: its outlet's (over http) when it has one, else the local server's on `port`. */
export function addressOf(e: PageEntry, port: number): string {
  if (!e.url) return `http://127.0.0.1:${port}/${e.file}`;
  const u = new URL(e.url);
  return `http://${u.host}${u.pathname}${u.search}`;
}

/** What analyze() gives for the article text the Node extractor (linkedom) reads from the same HTML. */
export function expectedAnalysis(html: string, pageUrl: string): { text: string; facts: Fact[] } {
  const ex = extractFromHtml(html, pageUrl);
  return { text: ex.text, facts: analyze(ex.text, { url: ex.url ?? pageUrl, title: ex.title, published: ex.published }).facts };
}

export const key = (kind: string, text: string): string => `${kind}|${squashText(text)}`;
export const sorted = (xs: string[]): string[] => [...xs].sort();
/** One key per place each fact is named (analyze() lists them in `mentions`). */
export const mentionKeys = (facts: readonly Fact[], text: string): string[] =>
  facts.flatMap((f) => (f.mentions ?? [f]).map((m) => key(f.kind, text.slice(m.start, m.end))));

/** What both drivers' pages offer (playwright's and puppeteer's Page alike). */
interface DrivenPage {
  evaluate(fn: () => unknown): Promise<unknown>;
  mouse: { down(): Promise<unknown>; up(): Promise<unknown> };
}

/**
 * The page's own scripts and layout keep working: its timer ticks, its click handler gets a
 * click made on a highlighted word (`hoverFirst` puts the pointer on one), and its DOM is
 * exactly as it loaded (the Highlight API draws without touching it; the overlay hangs off
 * <html>, not <body>).
 */
export async function expectPageUntouched(page: DrivenPage, hoverFirst?: () => Promise<void>): Promise<void> {
  const ticks = () => page.evaluate(() => (window as unknown as { __ticks: number }).__ticks) as Promise<number>;
  const before = await ticks();
  await new Promise((r) => setTimeout(r, 100));
  expect(await ticks()).toBeGreaterThan(before);
  expect(await page.evaluate(() => document.body.innerHTML === (window as unknown as { __bodyAtLoad: string }).__bodyAtLoad)).toBe(true);
  expect(await page.evaluate(() => document.querySelectorAll('mark[data-bantin-kind]').length)).toBe(0);
  if (!hoverFirst) return;
  const clicks = () => page.evaluate(() => (window as unknown as { __clicks: number }).__clicks) as Promise<number>;
  const was = await clicks();
  await hoverFirst();
  await page.mouse.down();
  await page.mouse.up();
  expect(await clicks()).toBe(was + 1);
}
