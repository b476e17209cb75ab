// Main-text extraction from web pages (analyzer/html): the fixture pages of fixtures/pages
// wrap the seed articles in menus, related lists, comments and footers full of fact-like
// strings. Extraction must keep every gold fact, leak none of the furniture, and give
// analyze() the same facts as the seed text. Plus the CLI on saved pages.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyzer/index.ts';
import type { Analysis, FactKind } from '../analyzer/contract.ts';
import { FACT_KINDS } from '../analyzer/contract.ts';
import { factKey } from '../analyzer/text/fold.ts';
import { MIN_ARTICLE_CHARS, extractArticle, isoDate, textFromElement } from '../analyzer/html/extract.ts';
import { extractFromHtml, parseHtml } from '../analyzer/html/node.ts';
import { analyzePage } from '../analyzer/cli/job.ts';
import { outletByHost } from '../analyzer/places.ts';
import type { PageEntry } from './fixtures/make-pages.ts';
import { runBantin } from './helpers/bantin.ts';

const ROOT = join(import.meta.dirname, '..');
const PAGES = join(ROOT, 'fixtures', 'pages');
const manifest: PageEntry[] = JSON.parse(readFileSync(join(PAGES, 'manifest.json'), 'utf8'));
const page = (file: string) => readFileSync(join(PAGES, file), 'utf8');
const seedOf = (e: PageEntry) => readFileSync(join(ROOT, 'fixtures', 'seeds', e.seed!), 'utf8');
const goldOf = (e: PageEntry) =>
  JSON.parse(readFileSync(join(ROOT, 'fixtures', 'gold', e.seed!.replace(/\.txt$/, '.json')), 'utf8')) as {
    article: Record<string, string>;
    facts: { kind: FactKind; text: string }[];
  };

/** Fact keys per kind, sorted: what scoring compares. */
function keysByKind(a: Analysis): Record<FactKind, string[]> {
  const out = Object.fromEntries(FACT_KINDS.map((k) => [k, [] as string[]])) as Record<FactKind, string[]>;
  for (const f of a.facts) out[f.kind].push(factKey(f));
  for (const k of FACT_KINDS) out[k].sort();
  return out;
}

const seeded = manifest.filter((e) => e.seed);

describe('fixture pages', () => {
  it('the manifest lists every page, five of them around the seeds', () => {
    expect(seeded).toHaveLength(5);
    expect(new Set(seeded.map((e) => e.seed)).size).toBe(5);
    for (const e of manifest) expect(page(e.file).length).toBeGreaterThan(500);
  });

  describe.each(manifest)('$file', (entry) => {
    const html = page(entry.file);
    const ex = extractFromHtml(html);

    it('extraction method, title, published and canonical URL', () => {
      expect(ex.method).toBe(entry.expect.method);
      if (entry.expect.title) expect(ex.title).toBe(entry.expect.title);
      expect(ex.published).toBe(entry.expect.published);
      expect(ex.url).toBe(entry.url);
      if (entry.expect.method === 'readability') expect(ex.text.length).toBeGreaterThanOrEqual(MIN_ARTICLE_CHARS);
    });

    it('plain text: one line per block, no blank lines, no markup of the page', () => {
      expect(ex.text).not.toMatch(/\n\s*\n/);
      expect(ex.text).not.toMatch(/^\s|\s$/);
      for (const line of ex.text.split('\n')) expect(line).toBe(line.trim());
      if (entry.expect.title) expect(ex.text.split('\n').slice(0, 2)).toContain(entry.expect.title);
    });

    it('keeps the article', () => {
      for (const s of entry.expect.contains ?? []) expect(ex.text).toContain(s);
      if (!entry.seed) return;
      for (const f of goldOf(entry).facts) expect(ex.text, `${f.kind} '${f.text}'`).toContain(f.text);
    });

    it('leaves out menus, related lists, comments and footers', () => {
      expect(entry.planted.length).toBeGreaterThan(3);
      for (const s of entry.planted) {
        if (entry.seed) expect(seedOf(entry)).not.toContain(s); // the plant is not article text
        expect(ex.text, s).not.toContain(s);
      }
    });

    if (!entry.seed) return;

    it('analyze() finds the same facts as on the seed text', () => {
      const fromSeed = analyze(seedOf(entry));
      const fromPage = analyze(ex.text, { url: ex.url, title: ex.title, published: ex.published });
      expect(keysByKind(fromPage)).toEqual(keysByKind(fromSeed));
      // The same for the CLI's path (analyzePage) …
      expect(keysByKind(analyzePage(html))).toEqual(keysByKind(fromSeed));
      // … and without the page metadata: the text alone carries headline, dateline and byline.
      expect(keysByKind(analyze(ex.text))).toEqual(keysByKind(fromSeed));
    });

    it('article fields as the gold file has them', () => {
      const { article } = analyzePage(html);
      const gold = goldOf(entry).article;
      expect(article.title).toBe(gold.title);
      expect(article.byline).toBe(gold.byline);
      // The page's URL names its outlet even when the seed text does not print it.
      expect(article.source).toBe(gold.source ?? (entry.url ? outletByHost(entry.url)?.name : undefined));
      expect(article.province).toBe(gold.province);
      // A printed dateline wins; a page without one has its metadata date.
      expect(article.published).toBe(gold.published ?? isoDate(entry.expect.published)!.slice(0, 16));
      expect(article.url).toBe(entry.url);
    });
  });

  it('the English page: not Vietnamese, no facts', () => {
    const a = analyzePage(page('en-vietnamnews.html'));
    expect(a.language.code).not.toBe('vie');
    expect(a.facts).toEqual([]);
    expect(a.article.title).toBe('Gia Lai Party Committee office honoured for emulation drive');
  });

  it('payloads quoted in the article stay text; real scripts, styles and handlers give none', () => {
    const ex = extractFromHtml(page('xss-payload.html'));
    expect(ex.text).toContain('<img src=x onerror="alert(\'bantin-xss-img\')">');
    expect(ex.text).toContain('<script>alert("bantin-xss-script")</script>');
    expect(ex.text).not.toMatch(/BANTIN_PLANTED|__bantinPlanted|color: red/);
    const a = analyzePage(page('xss-payload.html'));
    expect(a.language.code).toBe('vie');
    expect(a.facts.some((f) => f.kind === 'document' && f.text === 'Chỉ thị số 14/CT-TTg')).toBe(true);
  });

  it('a page too short for Readability: the whole body, furniture skipped', () => {
    const ex = extractFromHtml(page('no-article.html'));
    expect(ex.method).toBe('body');
    expect(ex.text.split('\n')).toEqual([
      'Thông báo lịch nghỉ Tết Nguyên đán Ất Tỵ năm 2025',
      'Văn phòng Tỉnh ủy thông báo: cán bộ, công chức nghỉ Tết từ ngày 25/01/2025 đến hết ngày 02/02/2025.',
    ]);
  });
});

describe('extractArticle', () => {
  it('works on a clone: the page is not changed', () => {
    const doc = parseHtml(page('000-baobacninh.html'));
    const before = doc.documentElement.outerHTML;
    const ex = extractArticle(doc);
    expect(ex.method).toBe('readability');
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('the same text on a linkedom document built directly (no parseHtml wrapping)', () => {
    const html = page('004-baotayninh.html');
    const { document } = parseHTML(html);
    expect(extractArticle(document as unknown as Document).text).toBe(extractFromHtml(html).text);
  });

  it('no article, empty and broken markup: the body text or nothing, never an exception', () => {
    for (const html of ['', '   ', '<html></html>', '<p>', '<<<>>><div><p>unclosed <b>bold', '<!DOCTYPE html><body><script>x</script></body>', '\uFEFF<p>Xin chào</p>', '<table><tr><td>a<td>b</table>', '<svg><text>x</text></svg>']) {
      const ex = extractFromHtml(html);
      expect(ex.method).toBe('body');
      expect(typeof ex.text).toBe('string');
    }
    expect(extractFromHtml('<p>Xin chào</p>').text).toBe('Xin chào');
    expect(extractFromHtml('<!DOCTYPE html><body><script>x</script><p>a</p></body>').text).toBe('a');
  });

  it('deeply nested markup: no stack overflow, no minutes in Readability (body fallback)', () => {
    const html = `<html><body>${'<div>'.repeat(5000)}<p>Sâu</p>${'</div>'.repeat(5000)}</body></html>`;
    const t = performance.now();
    const ex = extractFromHtml(html);
    expect(ex).toMatchObject({ method: 'body', text: 'Sâu' });
    expect(performance.now() - t).toBeLessThan(5000);
  });

  it('a document without <body> or <html> (a bare object from another DOM) does not throw', () => {
    const { document } = parseHTML('<p>x</p>');
    expect(() => extractArticle(document as unknown as Document)).not.toThrow();
  });

  it('published from meta tags, JSON-LD, <time datetime> or the printed dateline, as ISO', () => {
    const body = `<body><article><h1>Tin</h1><p>${'Nội dung bài viết. '.repeat(30)}</p>`;
    const pub = (head: string, extra = '') => extractFromHtml(`<html><head>${head}</head>${body}${extra}</article></body></html>`).published;
    expect(pub('<meta property="article:published_time" content="2012-08-27T10:05:00+07:00">')).toBe('2012-08-27T10:05:00+07:00');
    expect(pub('<meta property="og:published_time" content="2020-01-02 08:09">')).toBe('2020-01-02T08:09');
    expect(pub('<meta itemprop="datePublished" content="2019-03-04">')).toBe('2019-03-04');
    expect(pub('', '<span itemprop="datePublished" content="2018-05-06T07:08:09Z">6/5/2018</span>')).toBe('2018-05-06T07:08:09Z');
    expect(pub('<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","datePublished":"2017-07-08T09:10:00+07:00"}</script>')).toBe('2017-07-08T09:10:00+07:00');
    expect(pub('', '<time datetime="2016-09-10T11:12">10/9/2016</time>')).toBe('2016-09-10T11:12');
    expect(pub('', '<div class="date">Thứ ba, 15/3/2011 - 08:30</div>')).toBe('2011-03-15T08:30');
    expect(pub('<meta property="article:published_time" content="not a date">')).toBeUndefined();
    // A <time> of another article (in the sidebar) is not this article's date.
    expect(extractFromHtml(`<html><head></head>${body}</article><aside><time datetime="2001-01-01">1/1/2001</time></aside></body></html>`).published).toBeUndefined();
  });

  it('isoDate keeps the zone and never shifts the day', () => {
    expect(isoDate('2012-08-27T23:30:00+07:00')).toBe('2012-08-27T23:30:00+07:00');
    expect(isoDate('2012-08-27T23:30:00+0700')).toBe('2012-08-27T23:30:00+07:00');
    expect(isoDate('27/08/2012 - 10:05')).toBe('2012-08-27T10:05');
    expect(isoDate('Thứ hai, 27/08/2012')).toBe('2012-08-27');
    expect(isoDate('2012-13-01')).toBeUndefined();
    expect(isoDate('')).toBeUndefined();
  });

  it('canonical URL, else og:url, else the given URL; http(s) only', () => {
    const doc = (head: string) => `<html><head>${head}</head><body><p>x</p></body></html>`;
    expect(extractFromHtml(doc('<link rel="canonical" href="https://a.vn/x"><meta property="og:url" content="https://b.vn/y">')).url).toBe('https://a.vn/x');
    expect(extractFromHtml(doc('<meta property="og:url" content="https://b.vn/y">')).url).toBe('https://b.vn/y');
    expect(extractFromHtml(doc('<link rel="canonical" href="/tin/1.html">'), 'https://c.vn/a/b').url).toBe('https://c.vn/tin/1.html');
    expect(extractFromHtml(doc('<link rel="canonical" href="javascript:alert(1)">')).url).toBeUndefined();
    expect(extractFromHtml(doc(''), 'https://c.vn/page').url).toBe('https://c.vn/page');
  });
});

describe('textFromElement', () => {
  const text = (html: string, skipFurniture = false) => {
    const doc = parseHtml(`<html><body>${html}</body></html>`);
    return textFromElement(doc.body, { skipFurniture });
  };

  it('blocks and <br> make lines; inline markup and whitespace runs do not', () => {
    expect(text('<p>Một <b>hai</b>\n   ba</p><p>bốn<br>năm</p>sáu<div><div>bảy</div></div>')).toBe('Một hai ba\nbốn\nnăm\nsáu\nbảy');
    expect(text('<p>  </p><p>&nbsp;</p><p>a</p>\n\n<p>b</p>')).toBe('a\nb');
    expect(text('<ul><li>một</li><li>hai</li></ul>')).toBe('một\nhai');
  });

  it('keeps NBSP inside a line (analyze copes), table cells tab-separated', () => {
    expect(text('<p>04 cá&nbsp;nhân</p>')).toBe('04 cá\u00a0nhân');
    expect(text('<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>')).toBe('a\tb\nc');
  });

  it('no text from scripts, styles, form controls and hidden elements; furniture only when asked', () => {
    expect(text('<p>a</p><script>s()</script><style>p{}</style><noscript>n</noscript><template>t</template><button>Gửi</button><textarea>t</textarea><p hidden>h</p><p aria-hidden="true">h</p><p style="display: none">h</p><p>b</p>')).toBe('a\nb');
    const page = '<header>H</header><nav>N</nav><p>a</p><aside>A</aside><div role="navigation">R</div><footer>F</footer>';
    expect(text(page, true)).toBe('a');
    expect(text(page)).toBe('H\na\nR\nF');
  });
});

describe('bantin analyze on saved pages', () => {
  const run = (args: string[], stdin = '') => runBantin(args, { stdin });

  it('one page, jsonl: the facts of its article, with the page metadata', async () => {
    const r = await run(['analyze', 'fixtures/pages/000-baobacninh.html', '--format', 'jsonl']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n').filter(Boolean);
    expect(lines).toHaveLength(1);
    const out = JSON.parse(lines[0]);
    expect(out.file).toBe('fixtures/pages/000-baobacninh.html');
    expect(out.language.code).toBe('vie');
    expect(out.article).toMatchObject({
      title: 'Thực hiện Cuộc vận động Học tập và làm theo tấm gương đạo đức Hồ Chí Minh ở Văn phòng UBND tỉnh',
      published: '2012-08-27T10:05',
      source: 'Báo Bắc Ninh',
      byline: 'Vân Giang',
      url: manifest[0].url,
    });
    const expected = analyzePage(page('000-baobacninh.html'));
    expect(out.facts).toEqual(JSON.parse(JSON.stringify(expected.facts)));
    expect(out.facts.map((f: { text: string }) => f.text)).toContain('Chỉ thị số 03-CT/TW');
  });

  it('a folder: its *.html pages (and *.txt), sorted, one line each; stdin HTML is a page too', async () => {
    const r = await run(['analyze', 'fixtures/pages', '--format', 'jsonl', '--jobs', '2']);
    expect(r.code).toBe(0);
    const files = r.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l).file);
    expect(files).toEqual(manifest.map((e) => join('fixtures/pages', e.file)).sort());
    const s = await run(['analyze', '-', '--format', 'jsonl'], page('004-baotayninh.html'));
    expect(s.code).toBe(0);
    const fromStdin = JSON.parse(s.stdout);
    expect(fromStdin.article.title).toBe('Cán bộ Văn phòng cấp uỷ phải đổi mới cách nghĩ, cách làm');
    expect(fromStdin.facts).toEqual(JSON.parse(JSON.stringify(analyzePage(page('004-baotayninh.html')).facts)));
  });
});
