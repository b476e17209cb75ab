// Main-text extraction from web pages (analyzer/html): the fixture pages of fixtures/pages
// wrap the seed articles in menus, related lists, comments and footers full of fact-like
// strings. Extraction must keep every gold fact, leak none of the furniture, and give
// analyze() the same facts as the seed text. The pages in the layouts of national papers
// and an aggregator check the lead (sapo: in the text once, after the headline, before the
// body), the headline (never an address), the date and the byline, and articles that live
// only in embedded data. Plus the CLI on saved pages.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyzer/index.ts';
import type { Analysis, FactKind } from '../analyzer/contract.ts';
import { FACT_KINDS } from '../analyzer/contract.ts';
import { factKey } from '../analyzer/text/fold.ts';
import { MIN_ARTICLE_CHARS, MIN_TEXT_CHARS, extractArticle, hasLeadClass, isoDate, textFromElement } from '../analyzer/html/extract.ts';
import { looksLikeUrl } from '../analyzer/html/embedded.ts';
import { NO_ARTICLE, PageError, extractFromHtml, parseHtml, readPage } from '../analyzer/html/node.ts';
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

    if (entry.expect.lead) {
      const { lead, firstParagraph, title } = entry.expect as Required<PageEntry['expect']>;

      it('the lead (sapo): in the text once, after the headline, before the body', () => {
        const lines = ex.text.split('\n');
        expect(lines, 'the lead is a line of the text').toContain(lead);
        expect(ex.text.split(lead).length - 1, 'the lead once').toBe(1);
        const at = lines.indexOf(lead);
        expect(lines.indexOf(title), 'the headline before the lead').toBeGreaterThanOrEqual(0);
        expect(lines.indexOf(title)).toBeLessThan(at);
        expect(lines.indexOf(firstParagraph), 'the body after the lead').toBeGreaterThan(at);
        // Nothing but the headline, the dateline and a lead photo's caption comes between.
        expect(at).toBeLessThanOrEqual(2);
        expect(lines.indexOf(firstParagraph) - at).toBeLessThanOrEqual(2);
      });

      it('analyze() reads the lead: facts from it, at its offsets', () => {
        const a = analyzePage(html);
        const start = ex.text.indexOf(lead);
        const inLead = a.facts.filter((f) => f.start >= start && f.end <= start + lead.length);
        expect(inLead.length).toBeGreaterThan(0);
        for (const f of inLead) expect(ex.text.slice(f.start, f.end)).toBe(f.text);
      });
    }

    if (entry.expect.byline || entry.expect.siteName) {
      it('byline and site name', () => {
        expect(ex.byline).toBe(entry.expect.byline);
        expect(ex.siteName).toBe(entry.expect.siteName);
      });
    }

    it('the headline is never an address', () => {
      expect(looksLikeUrl(ex.title)).toBe(false);
      expect(ex.title ?? '').not.toMatch(/^https?:/);
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

  it('embedded articles: JSON-LD articleBody, __NEXT_DATA__ blocks, window.__INITIAL_STATE__ HTML', () => {
    const byFile = Object.fromEntries(manifest.map((e) => [e.file, e]));
    for (const file of ['nhandan-jsonld.html', 'baomoi-nextdata.html', 'tienphong-state.html']) {
      const ex = extractFromHtml(page(file));
      expect(ex.method, file).toBe('embedded');
      expect(ex.text.split('\n').slice(0, 2), file).toEqual([byFile[file].expect.title, byFile[file].expect.lead]);
      expect(ex.text.split('\n').at(-1), `${file}: the data's author closes the text, where analyze() reads a byline`).toBe(byFile[file].expect.byline);
      expect(analyzePage(page(file)).article.byline, file).toBe(byFile[file].expect.byline);
    }
    // HTML in the data becomes lines (entities decoded, a figure's caption kept); media blocks are left out.
    expect(extractFromHtml(page('tienphong-state.html')).text).toContain('Nhà mới ở xã Đất Mũi.');
    expect(extractFromHtml(page('baomoi-nextdata.html')).text).not.toContain('bmcdn');
    // A printed article with the same text in its data is read from the page, not from the data.
    expect(extractFromHtml(page('baomoi.html')).method).toBe('readability');
  });

  it('embedded data: the longest prose body wins; JSON.parse("…") states; no article in the data gives none', () => {
    const para = (n: number) => `Đoạn ${n}: Ủy ban nhân dân tỉnh tổ chức hội nghị tổng kết công tác năm 2023 với sự tham dự của 120 đại biểu.`;
    const state = { related: [{ title: 'Tin khác', content: 'Ngắn.' }], post: { title: 'Tiêu đề bài', summary: 'Tóm tắt của bài viết, đủ dài để là một đoạn văn.', body: [para(1), para(2), para(3)], publishDate: '2023-12-30 09:15' } };
    const html = (script: string) => `<html><head><title>x</title></head><body><div id="app"></div><script>${script}</script></body></html>`;
    for (const script of [`window.__PRELOADED_STATE__ = ${JSON.stringify(state)};`, `window["__DATA__"] = JSON.parse(${JSON.stringify(JSON.stringify(state))});`]) {
      const ex = extractFromHtml(html(script));
      expect(ex.method).toBe('embedded');
      expect(ex.text.split('\n')).toEqual(['Tiêu đề bài', 'Tóm tắt của bài viết, đủ dài để là một đoạn văn.', para(1), para(2), para(3)]);
      expect(ex.published).toBe('2023-12-30T09:15');
    }
    // Not data: a script that computes, a state without prose.
    expect(extractFromHtml(html(`window.__X__ = compute(${JSON.stringify(state)});`)).method).toBe('none');
    expect(extractFromHtml(html('window.__X__ = {"user": {"name": "Lan"}, "menu": ["Thời sự", "Kinh tế"]};')).method).toBe('none');
  });

  it('no readable article: method none, no text; readPage (the CLI) refuses it', () => {
    const ex = extractFromHtml(page('unreadable.html'));
    expect(ex).toMatchObject({ method: 'none', text: '' });
    expect(() => readPage(page('unreadable.html'))).toThrow(new PageError(NO_ARTICLE));
    expect(() => analyzePage(page('unreadable.html'))).toThrow(NO_ARTICLE);
    // A short notice is readable; the same shell without its notice is not.
    const notice = 'Văn phòng Tỉnh ủy thông báo lịch tiếp công dân tháng 5.';
    expect(notice.length).toBeGreaterThanOrEqual(MIN_TEXT_CHARS);
    const shell = (inner: string) => `<html><head><title>Cổng thông tin</title></head><body><div class="menu"><a href="/">Trang chủ</a> <a href="/tin">Tin tức</a></div>${inner}</body></html>`;
    expect(extractFromHtml(shell(`<p>${notice}</p>`))).toMatchObject({ method: 'body', text: `Cổng thông tin\nTrang chủ Tin tức\n${notice}` });
    expect(extractFromHtml(shell('<div id="root"></div>')).method).toBe('none');
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
      // Too little to read: no readable article (text under MIN_TEXT_CHARS), never an exception.
      expect(ex.method).toBe('none');
      expect(ex.text).toBe('');
    }
    const sentence = 'Xin chào, đây là một đoạn văn bản đủ dài để đọc được.';
    expect(extractFromHtml(`<p>${sentence}</p>`)).toMatchObject({ method: 'body', text: sentence });
    expect(extractFromHtml(`<!DOCTYPE html><body><script>x</script><p>${sentence}</p></body>`).text).toBe(sentence);
  });

  it('deeply nested markup: no stack overflow, no minutes in Readability (body fallback)', () => {
    const deep = 'Sâu: Đảng bộ xã có 5 chi bộ trực thuộc với 49 đảng viên.';
    const html = `<html><body>${'<div>'.repeat(5000)}<p>${deep}</p>${'</div>'.repeat(5000)}</body></html>`;
    const t = performance.now();
    const ex = extractFromHtml(html);
    expect(ex).toMatchObject({ method: 'body', text: deep });
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
    expect(pub('<meta name="dc.date" content="2015-04-05T06:07:00+07:00">')).toBe('2015-04-05T06:07:00+07:00');
    expect(pub('<meta name="pubdate" content="2014-02-03">')).toBe('2014-02-03');
    // JSON-LD in a @graph, and the date of the page's data when it is read from there.
    expect(pub('<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"X"},{"@type":"NewsArticle","datePublished":"2013-01-02T03:04:00+07:00"}]}</script>')).toBe('2013-01-02T03:04:00+07:00');
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

describe('lead, headline and byline rules', () => {
  const body = ['Đoạn một của thân bài: các đại biểu cho ý kiến vào 6 nội dung quan trọng trình hội nghị Tỉnh ủy.', 'Đoạn hai của thân bài: hội nghị thống nhất trình Ban Chấp hành Đảng bộ tỉnh xem xét tại kỳ họp tới.', 'Đoạn ba của thân bài: Văn phòng Tỉnh ủy được giao chuẩn bị các điều kiện phục vụ hội nghị.'];
  const LEAD = 'Chiều 14/5, Ban Thường vụ Tỉnh ủy tổ chức phiên họp thường kỳ dưới sự chủ trì của Bí thư Tỉnh ủy, cho ý kiến vào nhiều nội dung quan trọng.';
  const article = (lead: string, after = '', before = '') =>
    `<html><head><title>Ban Thường vụ Tỉnh ủy họp phiên thường kỳ tháng 5</title></head><body><div class="page"><div class="col-main"><h1>Ban Thường vụ Tỉnh ủy họp phiên thường kỳ tháng 5</h1>${before}${lead}<div class="content-body">${body.map((p) => `<p>${p}</p>`).join('')}${'<p>Nội dung bài viết tiếp theo, đủ dài để Readability nhận ra đây là thân bài của trang.</p>'.repeat(3)}</div>${after}</div><div class="sidebar"><p class="summary">Tóm tắt tin khác ở cột bên: Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 18 bàn về công tác cán bộ năm 2019.</p></div></div></body></html>`;
  const linesOf = (html: string) => extractFromHtml(html).text.split('\n');

  it('class hints name a lead by a part of a class token, as data', () => {
    const el = (cls: string) => parseHtml(`<div class="${cls}">x</div>`).querySelector('div')!;
    for (const cls of ['singular-sapo', 'e-magazine__sapo', 'article__sapo cms-desc', 'bm-sapo', 'sapo', 'description', 'article-lead', 'summary', 'chapeau', 'detailsapo']) expect(hasLeadClass(el(cls)), cls).toBe(true);
    for (const cls of ['leader', 'content', 'title-detail', 'bm_K', 'misleading', 'descriptor']) expect(hasLeadClass(el(cls)), cls).toBe(false);
  });

  it('a lead Readability leaves out is put back after the headline, once; an unmarked one by position', () => {
    // Marked by its class, as an h2 (Readability drops it) …
    expect(linesOf(article(`<h2 class="sapo">${LEAD}</h2>`)).slice(0, 3)).toEqual(['Ban Thường vụ Tỉnh ủy họp phiên thường kỳ tháng 5', LEAD, body[0]]);
    // … and with no class at all: the first paragraph-length block between headline and body.
    expect(linesOf(article(`<h3 class="x9">${LEAD}</h3>`)).slice(0, 3)).toEqual(['Ban Thường vụ Tỉnh ủy họp phiên thường kỳ tháng 5', LEAD, body[0]]);
    // A short unmarked block (a kicker, a share bar) is no lead; the sidebar's summary never is.
    const short = linesOf(article('<h3 class="x9">Thời sự - Chính trị</h3>'));
    expect(short).not.toContain('Thời sự - Chính trị');
    expect(short.join('\n')).not.toContain('Tóm tắt tin khác');
    // Mostly links: a teaser, not a lead.
    expect(linesOf(article(`<div class="x9"><a href="/a">${LEAD}</a></div>`))).not.toContain(LEAD);
  });

  it('a block whose class names it a lead may be shorter than a paragraph, and wins over an unmarked one', () => {
    const SHORT = 'Toàn tỉnh có 5 chi bộ đạt trong sạch, vững mạnh.';
    expect(SHORT.length).toBeLessThan(80);
    expect(linesOf(article(`<h2 class="article__sapo">${SHORT}</h2>`)).slice(1, 3)).toEqual([SHORT, body[0]]);
    expect(linesOf(article(`<h2 class="x9">${SHORT}</h2>`))).not.toContain(SHORT);
    // An unmarked paragraph-length block (a box of the layout) before the marked lead: the marked one is the lead.
    const box = 'Hội nghị được tổ chức theo hình thức trực tiếp kết hợp trực tuyến đến các điểm cầu của 11 huyện, thành phố trong tỉnh.';
    const both = linesOf(article(`<div class="meta"><div class="x9">${box}</div><div class="sapo">${LEAD}</div></div>`));
    expect(both.slice(1, 3)).toEqual([LEAD, body[0]]);
    expect(both).not.toContain(box);
  });

  it('no duplicate: a lead already in the text is not added again, and a teaser after the body is not a lead', () => {
    const kept = extractFromHtml(article('', '', `<p>${LEAD}</p>`)).text;
    expect(kept.split(LEAD).length - 1).toBe(1);
    const teaser = linesOf(article('', `<div class="related"><p class="description">${LEAD}</p></div>`));
    expect(teaser).not.toContain(LEAD);
  });

  it('a location stamp drawn by CSS reads "Hà Nội - …"', () => {
    const html = article(`<p class="description"><span class="location-stamp">Hà Nội</span>${LEAD}</p>`);
    expect(linesOf(html)).toContain(`Hà Nội - ${LEAD}`);
    expect(linesOf(article(`<p class="description"><span class="location-stamp">Hà Nội</span> - ${LEAD}</p>`))).toContain(`Hà Nội - ${LEAD}`);
  });

  it('a headline is never an address: og:title holding a URL falls back to JSON-LD headline, then <title> without the site name', () => {
    const url = 'https://tienphong.vn/bai-viet-post123.tpo';
    // The site's logo is the page's only h1 (a link home): it is not taken for the headline either.
    const html = (head: string) => `<html><head>${head}</head><body><div><h1 class="logo"><a href="/">Tiền Phong</a></h1><p>${body.join('</p><p>')}</p></div></body></html>`;
    expect(extractFromHtml(html(`<meta property="og:title" content="${url}"><title>Tin thời sự trong ngày | Báo Tiền Phong</title><meta property="og:site_name" content="Báo Tiền Phong">`)).title).toBe('Tin thời sự trong ngày');
    expect(extractFromHtml(html(`<meta property="og:title" content="${url}"><title>Báo Tiền Phong</title><script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Tiêu đề từ JSON-LD"}</script>`)).title).toBe('Tiêu đề từ JSON-LD');
    const onlyUrls = extractFromHtml(html(`<meta property="og:title" content="//tienphong.vn/x"><title>www.tienphong.vn/abc</title>`));
    expect(onlyUrls.title).toBeUndefined();
    expect(onlyUrls.text).not.toContain('tienphong.vn');
    for (const u of [url, '//cdn.vn/a', 'www.dantri.com.vn', 'dantri.com.vn/x.htm']) expect(looksLikeUrl(u), u).toBe(true);
    for (const t of ['Hà Nội: 36 tập thể được khen', 'Báo Mới', 'COVID-19/2024']) expect(looksLikeUrl(t), t).toBe(false);
  });

  it('published and byline come from the page whatever the language of its text', () => {
    const en = extractFromHtml(page('en-vietnamnews.html'));
    expect(en).toMatchObject({ published: '2012-03-15T09:00:00+07:00', byline: 'VNS', siteName: 'Viet Nam News' });
    // No printed byline: JSON-LD's author (a list: the names joined), else meta author; never an address.
    const html = (head: string) => `<html><head>${head}</head><body><article><h1>Title of the story</h1><p>${'An English sentence about the province. '.repeat(10)}</p></article></body></html>`;
    expect(extractFromHtml(html('<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","author":[{"@type":"Person","name":"Lan Anh"},{"@type":"Person","name":"Minh Đức"}]}</script>')).byline).toBe('Lan Anh, Minh Đức');
    expect(extractFromHtml(html('<meta name="author" content="Thu Hà">')).byline).toBe('Thu Hà');
    expect(extractFromHtml(html('<meta property="article:author" content="https://facebook.com/someone">')).byline).toBeUndefined();
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
    // The page with no readable article: one line naming it, exit code 1, the others all there.
    expect(r.stderr).toBe(`bantin: fixtures/pages/unreadable.html: ${NO_ARTICLE}\n`);
    expect(r.code).toBe(1);
    const files = r.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l).file);
    expect(files).toEqual(manifest.filter((e) => e.expect.method !== 'none').map((e) => join('fixtures/pages', e.file)).sort());
    const s = await run(['analyze', '-', '--format', 'jsonl'], page('004-baotayninh.html'));
    expect(s.code).toBe(0);
    const fromStdin = JSON.parse(s.stdout);
    expect(fromStdin.article.title).toBe('Cán bộ Văn phòng cấp uỷ phải đổi mới cách nghĩ, cách làm');
    expect(fromStdin.facts).toEqual(JSON.parse(JSON.stringify(analyzePage(page('004-baotayninh.html')).facts)));
  });
});
