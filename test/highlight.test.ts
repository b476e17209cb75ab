// The DOM-free parts of extension/highlight (squashing, choosing an occurrence, placing a
// fact in page text) and the content script's host list. The DOM parts (text index, ranges,
// drawing, the <mark> fallback) run in real Chromium: test/e2e/highlight-dom.e2e.test.ts.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { bestOccurrence, isIgnorable, squash, squashText } from '../extension/highlight/squash.ts';
import { locateOnPage, type Anchor } from '../extension/highlight/place.ts';
import { contextOf } from '../extension/storage/context.ts';
import { isKnownHost, KNOWN_HOST_MATCHES, KNOWN_HOSTS } from '../extension/known-hosts.ts';
import { OUTLETS } from '../analyzer/lexicon/outlets.ts';

describe('squash', () => {
  it('drops every kind of white space and invisible character, nothing else', () => {
    const s = 'Chỉ\u00a0thị  số\n06-CT/TW,\tngày\u200b7/11/2006\u00ad của\u3000Bộ\ufeff';
    expect(squashText(s)).toBe('Chỉthịsố06-CT/TW,ngày7/11/2006củaBộ');
    for (const c of ' \t\n\r\u00a0\u2009\u200b\u00ad\u2060\ufeff\u3000') expect(isIgnorable(c.charCodeAt(0))).toBe(true);
    for (const c of 'aĐ0-/.,“') expect(isIgnorable(c.charCodeAt(0))).toBe(false);
  });

  it('maps offsets both ways', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'b', ' ', '\n', '\u00a0', 'ệ', '\u200b') }), (s) => {
        const q = squash(s);
        expect(q.text).toBe(squashText(s));
        for (let k = 0; k < q.text.length; k++) expect(s[q.toOriginal[k]]).toBe(q.text[k]);
        for (let i = 0; i <= s.length; i++) {
          const k = q.fromOriginal[i];
          expect(k === q.text.length || q.toOriginal[k] >= i).toBe(true);
          expect(k === 0 || q.toOriginal[k - 1] < i).toBe(true);
        }
      }),
    );
  });
});

describe('bestOccurrence', () => {
  const hay = 'menuVănphòngTỉnhủyKonTum…bàiviết:ĐảngbộVănphòngTỉnhủycó5chibộ…sidebarVănphòngTỉnhủy';
  it('takes the occurrence whose surroundings agree', () => {
    const at = bestOccurrence(hay, 'VănphòngTỉnhủy', 'bàiviết:Đảngbộ', 'có5chibộ', 0)!.at;
    expect(hay.slice(at - 6, at)).toBe('Đảngbộ');
  });
  it('on equal context, the one nearest to the expected position', () => {
    expect(bestOccurrence(hay, 'VănphòngTỉnhủy', '', '', 1)!.at).toBe(hay.lastIndexOf('VănphòngTỉnhủy'));
    expect(bestOccurrence(hay, 'VănphòngTỉnhủy', '', '', 0)!.at).toBe(hay.indexOf('VănphòngTỉnhủy'));
  });
  it('nothing when the quote is not there', () => {
    expect(bestOccurrence(hay, 'UBND tỉnh', '', '', 0)).toBeUndefined();
    expect(bestOccurrence(hay, '', '', '', 0)).toBeUndefined();
  });
});

describe('locateOnPage', () => {
  // The page: a menu and a sidebar that repeat the article's words, and the article itself
  // with other white space than the extracted text.
  const article = 'Đảng bộ Văn phòng Tỉnh ủy có 5 chi bộ trực thuộc.\nThực hiện Chỉ thị số 06-CT/TW, ngày 7/11/2006 của Bộ Chính trị.';
  const pageRaw = `Trang chủ Văn phòng Tỉnh ủy Chỉ thị số 06-CT/TW\n  Đảng bộ\u00a0Văn phòng   Tỉnh ủy có 5 chi bộ trực thuộc. Thực hiện Chỉ thị số\n06-CT/TW, ngày 7/11/2006 của Bộ Chính trị.\nĐọc nhiều: Văn phòng Tỉnh ủy`;
  const page = squashText(pageRaw);
  const extracted = squash(article);
  const anchor = (quote: string, text = article, extra: Partial<Anchor> = {}): Anchor => {
    const start = text.indexOf(quote);
    return { key: quote, kind: 'office', quote, start, end: start + quote.length, ...extra };
  };
  const inArticle = page.indexOf('ĐảngbộVănphòng');

  it('finds a fact at its offsets, in the article rather than the menu or the sidebar', () => {
    for (const quote of ['Văn phòng Tỉnh ủy', 'Chỉ thị số 06-CT/TW', 'Bộ Chính trị']) {
      const at = locateOnPage(page, extracted, article, anchor(quote))!;
      expect(at.method).toBe('offsets');
      expect(page.slice(at.start, at.end)).toBe(squashText(quote));
      expect(at.start).toBeGreaterThan(inArticle);
      expect(at.start).toBeLessThan(page.indexOf('Đọcnhiều'));
    }
  });

  it('re-anchors a saved fact whose offsets no longer fit by its quote and context', () => {
    const savedText = `Cập nhật.\n${article}`;
    const quote = 'Chỉ thị số 06-CT/TW';
    const start = savedText.indexOf(quote);
    const saved = { ...anchor(quote, savedText), ...contextOf(savedText, start, start + quote.length) };
    expect(article.startsWith(quote, saved.start)).toBe(false);
    const at = locateOnPage(page, extracted, article, saved)!;
    expect(at.method).toBe('quote');
    expect(at.start).toBeGreaterThan(inArticle);
  });

  it('finds a saved fact on the page by quote and context when the text no longer has it', () => {
    const text = article.replace('Chỉ thị số 06-CT/TW', 'chỉ thị');
    const old = anchor('Chỉ thị số 06-CT/TW');
    const saved = { ...old, ...contextOf(article, old.start, old.end) };
    const at = locateOnPage(page, squash(text), text, saved)!;
    expect(at.method).toBe('context');
    expect(at.start).toBeGreaterThan(inArticle);
  });

  it('says so when the quote is nowhere', () => {
    expect(locateOnPage(page, extracted, article, { key: 'x', kind: 'count', quote: '49 đảng viên', start: 3, end: 15 })).toBeUndefined();
  });
});

describe('known hosts', () => {
  it('are the provincial papers of the outlet lexicon, one pattern each (it covers the bare host and subdomains)', () => {
    const provincial = OUTLETS.filter((o) => o.province).flatMap((o) => o.hosts);
    for (const h of provincial) expect(isKnownHost(h)).toBe(true);
    expect(KNOWN_HOST_MATCHES).toContain('*://*.baolangson.vn/*');
    expect(KNOWN_HOST_MATCHES).toHaveLength(KNOWN_HOSTS.length);
    expect(new Set(KNOWN_HOST_MATCHES).size).toBe(KNOWN_HOST_MATCHES.length);
    expect(KNOWN_HOSTS).not.toContain('m.baogialai.com.vn'); // covered by *.baogialai.com.vn
    for (const p of KNOWN_HOST_MATCHES) expect(p).toMatch(/^\*:\/\/\*\.[a-z0-9.-]+\/\*$/);
  });

  it('match subdomains, not look-alikes, and no national outlet', () => {
    expect(isKnownHost('www.baolangson.vn')).toBe(true);
    expect(isKnownHost('m.baogialai.com.vn')).toBe(true);
    expect(isKnownHost('BAOTAYNINH.VN.')).toBe(true);
    expect(isKnownHost('evilbaolangson.vn')).toBe(false);
    expect(isKnownHost('baolangson.vn.evil.com')).toBe(false);
    for (const h of ['vnexpress.net', 'nhandan.vn', 'dangcongsan.vn', 'baomoi.com']) expect(isKnownHost(h)).toBe(false);
  });
});
