// extension/highlight on real DOM, in Chromium without the extension: the module is bundled
// (vite, IIFE) and loaded into pages built for each case. Covers what the extension test
// cannot reach: the <mark> fallback of browsers without the Highlight API (forced by
// removing window.Highlight) and how it leaves the page when cleared, ranges across inline
// markup and odd white space, hidden copies of a quote, re-anchoring of saved facts, a
// selection read back as offsets, and text that looks like markup.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../analyzer/index.ts';
import { extractFromHtml } from '../../analyzer/html/node.ts';
import { squashText } from '../../extension/highlight/squash.ts';
import { contextOf } from '../../extension/storage/context.ts';
import { chromiumPath } from './chromium.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const browserPath = chromiumPath();

let bundle = '';
let browser: Browser;

interface Api {
  buildTextIndex(root?: Node | null): unknown;
  placeFacts(index: unknown, text: string, anchors: object[]): { placed: { anchor: { key: string; kind: string; quote: string }; range: Range }[]; notFound: { key: string }[] };
  drawHighlights(items: object[], options?: object): void;
  clearHighlights(): void;
  scrollToFact(key: string): boolean;
  itemAt(x: number, y: number): { key: string } | undefined;
  quoteOfRange(index: unknown, text: string, range: Range): { quote: string; start: number; end: number } | null;
  highlightApiAvailable(): boolean;
}
declare global {
  interface Window {
    BantinHighlight: Api;
  }
}

/** A page with the module loaded; without the Highlight API when `fallback`. */
async function pageWith(html: string, fallback: boolean): Promise<Page> {
  // Reduced motion: scrollToFact() scrolls at once instead of smoothly (positions are read right after).
  // Outside the extension the module reads the page's language: Vietnamese, as the extension's tests.
  const page = await browser.newPage({ viewport: { width: 1000, height: 700 }, reducedMotion: 'reduce', locale: 'vi-VN' });
  await page.setContent(html);
  if (fallback) await page.evaluate(() => delete (window as { Highlight?: unknown }).Highlight);
  await page.addScriptTag({ content: bundle });
  return page;
}

const ARTICLE = readFileSync(join(ROOT, 'fixtures', 'pages', '002-baolangson.html'), 'utf8');

describe.skipIf(!browserPath)('highlighting real DOM', () => {
  beforeAll(async () => {
    const out = await build({
      configFile: false,
      logLevel: 'silent',
      build: {
        write: false,
        minify: false,
        lib: { entry: join(ROOT, 'extension', 'highlight', 'index.ts'), formats: ['iife'], name: 'BantinHighlight' },
      },
    });
    const output = (Array.isArray(out) ? out[0] : out) as { output: { code?: string }[] };
    bundle = output.output[0].code!;
    browser = await chromium.launch({ executablePath: browserPath, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  });

  afterAll(async () => {
    await browser?.close();
  });

  for (const fallback of [false, true]) {
    it(`${fallback ? '<mark> fallback' : 'Highlight API'}: every fact of a fixture page is drawn, hit-tested, scrolled to, and clearing restores the page`, async () => {
      const url = 'https://baolangson.vn/a.html';
      const ex = extractFromHtml(ARTICLE, url);
      const facts = analyze(ex.text, { url: ex.url ?? url, title: ex.title, published: ex.published }).facts;
      const anchors = facts.map((f, i) => ({ key: `f${i}`, kind: f.kind, quote: f.text, start: f.start, end: f.end }));
      const page = await pageWith(ARTICLE, fallback);
      const result = await page.evaluate(
        ({ text, anchors, fallback }) => {
          const B = window.BantinHighlight;
          const before = document.body.innerHTML;
          const nodesBefore = document.body.getElementsByTagName('*').length;
          const { placed, notFound } = B.placeFacts(B.buildTextIndex(document.body), text, anchors);
          B.drawHighlights(
            placed.map((p) => ({ key: p.anchor.key, kind: p.anchor.kind, range: p.range, quote: p.anchor.quote, fields: {} })),
            { notFound: notFound.length },
          );
          const marks = [...document.querySelectorAll('mark[data-bantin-kind]')];
          const drawnText = fallback
            ? marks.map((m) => m.textContent).join('')
            : [...CSS.highlights].flatMap(([, h]) => [...h].map((r) => r.toString())).join('');
          const items = placed.map((p) => p.anchor.key);
          const scrolled = B.scrollToFact(items[items.length - 1]);
          const focused = fallback ? document.querySelectorAll('mark[data-bantin-focus]').length : CSS.highlights.has('bantin-focus') ? 1 : 0;
          B.clearHighlights();
          return {
            api: B.highlightApiAvailable(),
            placed: placed.length,
            notFound: notFound.length,
            marks: marks.length,
            drawnText,
            scrolled,
            focused,
            restored: document.body.innerHTML === before,
            nodesAfter: document.body.getElementsByTagName('*').length === nodesBefore,
            marksLeft: document.querySelectorAll('mark[data-bantin-kind]').length,
            registryLeft: [...CSS.highlights.keys()].filter((k) => String(k).startsWith('bantin-')).length,
          };
        },
        { text: ex.text, anchors, fallback },
      );
      expect(result.api).toBe(!fallback);
      expect(result.placed).toBe(facts.length);
      expect(result.notFound).toBe(0);
      if (fallback) expect(result.marks).toBeGreaterThanOrEqual(facts.length - 5); // overlapping facts share marks
      else expect(result.marks).toBe(0);
      // Every character of every fact is drawn (overlaps drawn once in the fallback).
      for (const f of facts) expect(squashText(result.drawnText)).toContain(squashText(f.text));
      expect(result.scrolled).toBe(true);
      expect(result.focused).toBeGreaterThan(0);
      expect(result.restored).toBe(true);
      expect(result.nodesAfter).toBe(true);
      expect(result.marksLeft).toBe(0);
      expect(result.registryLeft).toBe(0);

      // Hover: the tooltip box appears over the page without becoming page text.
      await page.evaluate(
        ({ text, anchors }) => {
          const B = window.BantinHighlight;
          const { placed } = B.placeFacts(B.buildTextIndex(document.body), text, anchors);
          B.drawHighlights(placed.map((p) => ({ key: p.anchor.key, kind: p.anchor.kind, range: p.range, quote: p.anchor.quote, fields: { name: p.anchor.quote } })));
        },
        { text: ex.text, anchors },
      );
      const point = await page.evaluate(() => {
        const mark = document.querySelector('mark[data-bantin-kind]');
        const range = mark ? (() => { const r = document.createRange(); r.selectNodeContents(mark); return r; })() : ([...[...CSS.highlights.values()][0]][0] as Range);
        range.startContainer.parentElement!.scrollIntoView({ block: 'center' });
        const box = range.getClientRects()[0];
        return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
      });
      const hit = await page.evaluate(({ x, y }) => window.BantinHighlight.itemAt(x, y)?.key ?? null, point);
      expect(hit).not.toBeNull();
      await page.mouse.move(point.x, point.y);
      await page.waitForTimeout(100);
      mkdirSync(join(ROOT, 'test', 'artifacts'), { recursive: true });
      await page.screenshot({ path: join(ROOT, 'test', 'artifacts', fallback ? 'dom-mark-fallback.png' : 'dom-highlight-api.png') });
      expect(await page.evaluate(() => document.body.innerText.includes('Khen thưởng'))).toBe(false);
      await page.close();
    });
  }

  it('places quotes across inline markup, NBSP and line breaks; skips hidden copies; never reads scripts', async () => {
    const html = `<body>
      <nav style="display:none">Chỉ thị số 06-CT/TW của Bộ Chính trị</nav>
      <div hidden>Chỉ thị số 06-CT/TW của Bộ Chính trị</div>
      <script>var s = "Chỉ thị số 06-CT/TW của Bộ Chính trị";</script>
      <p id="a">Thực hiện <b>Chỉ&nbsp;thị</b> số
        06-CT/TW, ngày <i>7/11/2006</i> của Bộ <a href="#">Chính trị</a>, 5 chi bộ.</p>
    </body>`;
    const text = 'Thực hiện Chỉ\u00a0thị số 06-CT/TW, ngày 7/11/2006 của Bộ Chính trị, 5 chi bộ.';
    const facts = analyze(text).facts;
    expect(facts.length).toBeGreaterThan(2);
    const page = await pageWith(html, false);
    const out = await page.evaluate(
      ({ text, anchors }) => {
        const B = window.BantinHighlight;
        const { placed, notFound } = B.placeFacts(B.buildTextIndex(document.body), text, anchors);
        const p = document.getElementById('a')!;
        return {
          notFound: notFound.length,
          texts: placed.map((x) => x.range.toString()),
          allInP: placed.every((x) => p.contains(x.range.commonAncestorContainer)),
        };
      },
      { text, anchors: facts.map((f, i) => ({ key: String(i), kind: f.kind, quote: f.text, start: f.start, end: f.end })) },
    );
    expect(out.notFound).toBe(0);
    expect(out.allInP).toBe(true);
    expect(out.texts.map(squashText)).toEqual(facts.map((f) => squashText(f.text)));
    await page.close();
  });

  it('re-anchors saved facts: by offsets, by quote after the text moved, by context when the text lost them; the rest are not found', async () => {
    const oldText = 'Năm 2011, Đảng bộ có 5 chi bộ với 49 đảng viên. Văn phòng Tỉnh ủy nhận Bằng khen.';
    const newText = 'Bài cập nhật. Năm 2011, Đảng bộ có 5 chi bộ với 49 đảng viên. Văn phòng Tỉnh ủy nhận Bằng khen.';
    const html = `<body><p>Bài cập nhật.</p><p>Năm 2011, Đảng bộ có <b>5 chi bộ</b> với 49 đảng viên.</p><p>Văn phòng Tỉnh ủy nhận Bằng khen.</p><aside>49 đảng viên</aside></body>`;
    const saved = (quote: string, key: string) => {
      const start = oldText.indexOf(quote);
      return { key, kind: 'count', quote, start, end: start + quote.length, ...contextOf(oldText, start, start + quote.length) };
    };
    const anchors = [saved('5 chi bộ', 'moved'), saved('49 đảng viên', 'twice'), { ...saved('Bằng khen', 'gone'), quote: 'Huân chương', end: 0 }];
    anchors[2].end = anchors[2].start + anchors[2].quote.length;
    const page = await pageWith(html, false);
    const out = await page.evaluate(
      ({ text, anchors }) => {
        const B = window.BantinHighlight;
        const { placed, notFound } = B.placeFacts(B.buildTextIndex(document.body), text, anchors);
        return {
          placed: placed.map((p) => [p.anchor.key, p.range.toString(), p.range.startContainer.parentElement!.localName]),
          notFound: notFound.map((a) => a.key),
        };
      },
      { text: newText, anchors },
    );
    expect(out.placed).toEqual([
      ['moved', '5 chi bộ', 'b'],
      ['twice', '49 đảng viên', 'p'], // the article's, not the aside's
    ]);
    expect(out.notFound).toEqual(['gone']);
    await page.close();
  });

  it('reads a selection back as offsets of the analysed text', async () => {
    const text = 'Tiêu đề\nNăm 2011, Đảng bộ có 5 chi bộ với 49 đảng viên.';
    const html = `<body><h1>Tiêu đề</h1><nav>5 chi bộ</nav><p id="p">Năm 2011, Đảng bộ có <b>5 chi bộ</b> với 49 đảng viên.</p></body>`;
    const page = await pageWith(html, false);
    const got = await page.evaluate((text) => {
      const B = window.BantinHighlight;
      const b = document.querySelector('#p b')!;
      const r = document.createRange();
      r.setStart(b.firstChild!, 2);
      r.setEnd(b.nextSibling!, 4);
      return B.quoteOfRange(B.buildTextIndex(document.body), text, r);
    }, text);
    expect(got).toMatchObject({ quote: 'chi bộ với', start: text.indexOf('chi bộ với') });
    await page.close();
  });

  it('text that looks like markup is shown as text in the tooltip, never parsed', async () => {
    const text = 'Ông <img src=x onerror="window.__pwned=1"> Nguyễn Văn An, Bí thư Tỉnh ủy.';
    const html = `<body><p>${text.replace(/</g, '&lt;')}</p></body>`;
    const page = await pageWith(html, true);
    const pwned = await page.evaluate((text) => {
      const B = window.BantinHighlight;
      const quote = text.slice(4, 44);
      const { placed } = B.placeFacts(B.buildTextIndex(document.body), text, [{ key: 'k', kind: 'person', quote, start: 4, end: 44 }]);
      B.drawHighlights(placed.map((p) => ({ key: 'k', kind: 'person', range: p.range, quote, fields: { name: quote, role: '<b onmouseover=alert(1)>x</b>' } })));
      const mark = document.querySelector('mark')!;
      const box = mark.getBoundingClientRect();
      document.dispatchEvent(new MouseEvent('mousemove', { clientX: box.left + 2, clientY: box.top + box.height / 2, bubbles: true }));
      return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve((window as { __pwned?: number }).__pwned ?? 0))));
    }, text);
    expect(pwned).toBe(0);
    await page.close();
  });
});
