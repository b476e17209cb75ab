// The normalized view (analyzer/text/normalize.ts) and the offset contract of FACTS.md:
// rules match on a folded text, while every fact's start/end index the caller's own string.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyzer/index.ts';
import type { Fact } from '../analyzer/contract.ts';
import { canonical, createView, foldToneStyle, toSource, type TextView } from '../analyzer/text/normalize.ts';

const SEEDS = join(import.meta.dirname, '..', 'fixtures', 'seeds');

// ------------------------------------------------------------------ helpers

const TONES = ['\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];

/** New-style → old-style forms of the open oa/oe/uy syllables ('ủy' → 'uỷ', 'hòa' → 'hoà'). */
const NEW_TO_OLD: Map<string, string> = (() => {
  const m = new Map<string, string>();
  for (const [glide, vowel] of [['o', 'a'], ['o', 'e'], ['u', 'y']]) {
    for (const tone of TONES) {
      for (const g of [glide, glide.toUpperCase()]) {
        for (const v of [vowel, vowel.toUpperCase()]) {
          const newForm = ((g + tone).normalize('NFC') + v).normalize('NFC');
          const oldForm = (g + (v + tone).normalize('NFC')).normalize('NFC');
          m.set(newForm, oldForm);
        }
      }
    }
  }
  return m;
})();

const NEW_TONE_RE = new RegExp(`(?<![qQ])(?:${[...NEW_TO_OLD.keys()].join('|')})(?![\\p{L}\\p{M}])`, 'gu');

/** Rewrites new-style tone marks of open oa/oe/uy syllables to the old style (the inverse fold). */
function toOldTone(s: string): string {
  return s.normalize('NFC').replace(NEW_TONE_RE, (x) => NEW_TO_OLD.get(x) ?? x);
}

/** Every view character maps to a non-empty range inside the source, and the ranges never go back. */
function expectWellFormedMap(view: TextView) {
  const n = view.source.length;
  const problems: string[] = [];
  for (let i = 0; i < view.text.length; i++) {
    const s = view.starts[i];
    const e = view.ends[i];
    if (!(s >= 0 && s < e && e <= n)) problems.push(`char ${i}: [${s}, ${e}) outside [0, ${n}]`);
    if (i > 0 && (s < view.starts[i - 1] || e < view.ends[i - 1])) problems.push(`char ${i}: range goes back`);
  }
  expect(problems).toEqual([]);
}

/** Each space-separated word of the view maps back to source text that folds to the same word. */
function expectWordsMapBack(view: TextView) {
  const re = /[^\s]+/gu;
  for (let m = re.exec(view.text); m; m = re.exec(view.text)) {
    const [a, b] = toSource(view, m.index, m.index + m[0].length);
    const back = view.source.slice(a, b);
    expect(createView(back).text, `word ${m[0]} ← ${JSON.stringify(back)}`).toBe(m[0]);
  }
}

// ------------------------------------------------------------------ createView / toSource

describe('createView', () => {
  it('keeps plain ASCII as is, one source character per view character', () => {
    const view = createView('Nghi quyet 06-CT/TW');
    expect(view.text).toBe('Nghi quyet 06-CT/TW');
    expect(view.source).toBe('Nghi quyet 06-CT/TW');
    for (let i = 0; i < view.text.length; i++) {
      expect([view.starts[i], view.ends[i]]).toEqual([i, i + 1]);
    }
  });

  it('composes NFD input to NFC and maps every character back inside the source', () => {
    const nfc = 'Chỉ thị số 06-CT/TW của Ban Thường vụ Tỉnh ủy về Đảng bộ xã Hòa Thuận';
    const nfd = nfc.normalize('NFD');
    expect(nfd.length).toBeGreaterThan(nfc.length);
    const view = createView(nfd);
    expect(view.text).toBe(nfc);
    expectWellFormedMap(view);
    expectWordsMapBack(view);
    const at = view.text.indexOf('Tỉnh ủy');
    const [a, b] = toSource(view, at, at + 'Tỉnh ủy'.length);
    expect(nfd.slice(a, b)).toBe('Tỉnh ủy'.normalize('NFD'));
  });

  it('composes Windows-1258 style text (precomposed vowel + combining tone)', () => {
    const src = 'Bi\u00ea\u0300n ba\u0309n'; // Biên + grave, ba + hook above
    const view = createView(src);
    expect(view.text).toBe('Biền bản');
    expectWellFormedMap(view);
  });

  it('folds old-style tone marks to the new style, keeping the length', () => {
    const src = 'Văn phòng Tỉnh uỷ Thanh Hoá, xã Hoà Bình';
    const view = createView(src);
    expect(view.text).toBe('Văn phòng Tỉnh ủy Thanh Hóa, xã Hòa Bình');
    expect(view.text.length).toBe(src.length);
    expectWellFormedMap(view);
    const at = view.text.indexOf('Tỉnh ủy');
    const [a, b] = toSource(view, at, at + 7);
    expect(src.slice(a, b)).toBe('Tỉnh uỷ');
  });

  it('folds old-style tone marks in NFD input too', () => {
    const src = 'Đảng uỷ xã Hoà Thành'.normalize('NFD');
    const view = createView(src);
    expect(view.text).toBe('Đảng ủy xã Hòa Thành');
    expectWellFormedMap(view);
    expectWordsMapBack(view);
  });

  it('reads the look-alike Eth Ð/ð as Đ/đ', () => {
    expect(createView('Q\u00d0-UBND').text).toBe('QĐ-UBND');
    expect(createView('\u00d0ảng bộ \u00f0ã').text).toBe('Đảng bộ đã');
    expect(createView('Q\u00d0-UBND').text).not.toContain('\u00d0');
  });

  it('turns NBSP and other spaces into one space that spans the whole run', () => {
    const src = '04 cá\u00a0nhân,\u202f01\u2003 \ttập thể';
    const view = createView(src);
    expect(view.text).toBe('04 cá nhân, 01 tập thể');
    expectWellFormedMap(view);
    const at = view.text.indexOf('cá nhân');
    const [a, b] = toSource(view, at, at + 'cá nhân'.length);
    expect(src.slice(a, b)).toBe('cá\u00a0nhân');
    const sp = view.text.indexOf(' 01') ;
    expect(src.slice(view.starts[sp + 3], view.ends[sp + 3])).toBe('\u2003 \t');
  });

  it('drops zero-width characters, soft hyphens and BOMs but keeps the offsets', () => {
    const src = '\ufeffTỉnh\u200b ủy\u00ad Quảng\u200d Ngãi';
    const view = createView(src);
    expect(view.text).toBe('Tỉnh ủy Quảng Ngãi');
    expectWellFormedMap(view);
    const [a] = toSource(view, 0, 4);
    expect(a).toBe(1);
    const at = view.text.indexOf('Quảng Ngãi');
    const [s, e] = toSource(view, at, at + 'Quảng Ngãi'.length);
    expect(src.slice(s, e)).toBe('Quảng\u200d Ngãi');
  });

  it('turns CR LF, CR and LS into one line break', () => {
    const src = 'Dòng một\r\nDòng hai\rDòng ba\u2028Dòng bốn';
    const view = createView(src);
    expect(view.text).toBe('Dòng một\nDòng hai\nDòng ba\nDòng bốn');
    expectWellFormedMap(view);
    const nl = view.text.indexOf('\n');
    expect(src.slice(view.starts[nl], view.ends[nl])).toBe('\r\n');
  });

  it('straightens curly quotes', () => {
    expect(createView('“Học tập và làm theo” ‘tấm gương’ «đạo đức»').text).toBe(
      '"Học tập và làm theo" \'tấm gương\' "đạo đức"',
    );
  });

  it('replaces quotes, dashes and Ð wherever they stand: before, after and without a change of length', () => {
    // Only one-for-one replacements (and an old-style tone pair): offsets are the identity.
    const same = '“Hoà bình” – \u00d0ảng bộ';
    const oneForOne = createView(same);
    expect(oneForOne.text).toBe('"Hòa bình" - Đảng bộ');
    expectWellFormedMap(oneForOne);
    expect(toSource(oneForOne, 1, 9)).toEqual([1, 9]);
    // The same, then a run of spaces: replacements before it are kept, offsets after it shift.
    const src = `${same}  “Chỉ thị” 06‑CT/TW\r\nxong`;
    const view = createView(src);
    expect(view.text).toBe('"Hòa bình" - Đảng bộ "Chỉ thị" 06-CT/TW\nxong');
    expectWellFormedMap(view);
    expectWordsMapBack(view);
    const at = view.text.indexOf('06-CT/TW');
    const [a, b] = toSource(view, at, at + '06-CT/TW'.length);
    expect(src.slice(a, b)).toBe('06‑CT/TW');
  });

  it('turns every dash into "-" and every slash into "/"', () => {
    expect(createView('21 – KL/TW, 22 — KL/TW, 23‑KL/TW, 24 − KL/TW, 25‐KL/TW').text).toBe(
      '21 - KL/TW, 22 - KL/TW, 23-KL/TW, 24 - KL/TW, 25-KL/TW',
    );
    expect(createView('15∕2020／NĐ-CP').text).toBe('15/2020/NĐ-CP');
  });

  it('handles the empty string and whitespace only', () => {
    expect(createView('').text).toBe('');
    const ws = createView(' \u00a0\t ');
    expect(ws.text).toBe(' ');
    expectWellFormedMap(ws);
  });

  it('survives lone surrogates and astral characters', () => {
    const src = 'a\ud800b 😀 \udc00c';
    const view = createView(src);
    expectWellFormedMap(view);
    expect(view.text).toContain('😀');
  });
});

// ------------------------------------------------------------------ foldToneStyle

describe('foldToneStyle', () => {
  const cases: [string, string][] = [
    ['uỷ', 'ủy'],
    ['Tỉnh uỷ', 'Tỉnh ủy'],
    ['Hoà', 'Hòa'],
    ['thuý', 'thúy'],
    ['khoẻ', 'khỏe'],
    ['Thanh Hoá', 'Thanh Hóa'],
    ['luỹ kế', 'lũy kế'],
    ['tuỵ', 'tụy'],
    ['xoè', 'xòe'],
    ['loé', 'lóe'],
    ['hoạ sĩ', 'họa sĩ'],
    ['UỶ BAN', 'ỦY BAN'],
    ['HOÀ BÌNH', 'HÒA BÌNH'],
    ['Đảng uỷ, Huyện uỷ và Thị uỷ', 'Đảng ủy, Huyện ủy và Thị ủy'],
  ];
  for (const [old, fresh] of cases) {
    it(`'${old}' → '${fresh}'`, () => {
      expect(foldToneStyle(old)).toBe(fresh);
      expect(foldToneStyle(old).length).toBe(old.length);
    });
  }

  for (const same of ['quý', 'Quý', 'quỳ', 'Quỳnh', 'hoàng', 'thuyền', 'hoàn thành', 'toán', 'khuyến', 'hoạch', 'ngoài', 'khuỷu', 'ủy', 'hòa', 'khỏe', 'thúy']) {
    it(`'${same}' unchanged`, () => {
      expect(foldToneStyle(same)).toBe(same);
    });
  }

  it('is undone by the test helper toOldTone, and the fold of both styles agrees', () => {
    const text = 'Tỉnh ủy Hòa Bình, thúy, khỏe, quý, hoàng, thuyền';
    expect(toOldTone(text)).toBe('Tỉnh uỷ Hoà Bình, thuý, khoẻ, quý, hoàng, thuyền');
    expect(foldToneStyle(toOldTone(text))).toBe(text);
  });
});

// ------------------------------------------------------------------ canonical

describe('canonical', () => {
  it('is NFC, new-style tones, Đ, straight quotes and dashes, single spaces, trimmed', () => {
    expect(canonical('  Ban Thường vụ   Tỉnh uỷ \n')).toBe('Ban Thường vụ Tỉnh ủy');
    expect(canonical('Văn phòng Huyện uỷ Hoà Thành'.normalize('NFD'))).toBe('Văn phòng Huyện ủy Hòa Thành');
    expect(canonical('\u00d0ảng ủy\u00a0Khối')).toBe('Đảng ủy Khối');
    expect(canonical('“Học tập” – làm theo')).toBe('"Học tập" - làm theo');
    expect(canonical('Tỉnh\u200b ủy')).toBe('Tỉnh ủy');
  });

  it('is idempotent', () => {
    for (const s of ['Tỉnh uỷ', 'Hoà Bình'.normalize('NFD'), ' a\u00a0 b ', 'QÐ–UBND']) {
      expect(canonical(canonical(s))).toBe(canonical(s));
    }
  });
});

// ------------------------------------------------------------------ offsets of analyze() on the seeds

const seeds = readdirSync(SEEDS)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => ({ file: f, text: readFileSync(join(SEEDS, f), 'utf8') }));

const variants: [string, (s: string) => string][] = [
  ['NFD', (s) => s.normalize('NFD')],
  ['old-tone', toOldTone],
  ['NBSP', (s) => s.replace(/ /g, '\u00a0')],
  ['CRLF', (s) => s.replace(/\r?\n/g, '\r\n')],
];

function expectOffsets(input: string, facts: Fact[]) {
  const bad = facts
    .filter((f) => !(f.start >= 0 && f.start < f.end && f.end <= input.length && input.slice(f.start, f.end) === f.text))
    .map((f) => ({ kind: f.kind, text: f.text, start: f.start, end: f.end, slice: input.slice(f.start, f.end) }));
  expect(bad).toEqual([]);
  // Each further mention is a non-empty span of the input too, after the one before it.
  const badMentions = facts.filter((f) => f.mentions?.some((m, i) => !(m.start < m.end && m.end <= input.length && (i === 0 ? m.start === f.start : m.start >= f.mentions![i - 1].end))));
  expect(badMentions).toEqual([]);
}

/** A fact's kind, canonical fields and number of mentions, without its text and offsets, as a sortable key. */
function key(f: Fact): string {
  const { text: _t, start: _s, end: _e, mentions, ...fields } = f as Fact & Record<string, unknown>;
  return JSON.stringify([...Object.keys(fields).sort().map((k) => [k, (fields as Record<string, unknown>)[k]]), (mentions as unknown[] | undefined)?.length ?? 1]);
}

const keys = (facts: Fact[]) => facts.map(key).sort();

describe('analyze() offsets on the seeds', () => {
  it('finds the seeds', () => {
    expect(seeds.length).toBeGreaterThan(0);
  });

  for (const seed of seeds) {
    const base = analyze(seed.text);

    it(`${seed.file}: facts index the input as given`, () => {
      expect(base.facts.length).toBeGreaterThan(0);
      expectOffsets(seed.text, base.facts);
    });

    for (const [name, transform] of variants) {
      it(`${seed.file}: ${name} form has exact offsets and the same facts`, () => {
        const input = transform(seed.text);
        // (a seed may already be all old-style, so only these two must change it)
        if (name === 'NFD' || name === 'NBSP') expect(input, `${name} form differs from the seed`).not.toBe(seed.text);
        const got = analyze(input);
        expectOffsets(input, got.facts);
        expect(keys(got.facts)).toEqual(keys(base.facts));
      });
    }
  }
});

describe('control characters from PDF and terminal dumps', () => {
  const seed = readFileSync(join(SEEDS, '000_ba0ab269d834ec73.txt'), 'utf8');
  // Offsets differ between the texts; the facts and how often each is named do not.
  const keys = (facts: Fact[]) => facts.map((f) => `${f.kind}|${JSON.stringify({ ...f, text: undefined, start: undefined, end: undefined, mentions: f.mentions?.length })}`).sort();

  it('a form feed or vertical tab is a line break in the view, so a headline stays a line', () => {
    const v = createView('Tiêu đề bài báo\fNội dung\vdòng sau');
    expect(v.text).toBe('Tiêu đề bài báo\nNội dung\ndòng sau');
    const text = 'Đảng bộ Văn phòng Tỉnh ủy tổng kết năm 2012\fThực hiện Chỉ thị số 06-CT/TW, Đảng bộ có 5 chi bộ trực thuộc với 49 đảng viên.';
    expect(analyze(text).article.title).toBe('Đảng bộ Văn phòng Tỉnh ủy tổng kết năm 2012');
  });

  it('terminal escape sequences are invisible: the same facts as the clean text, offsets on the caller\'s string', () => {
    const paragraphs = seed.split('\n');
    // Colour every other paragraph and glue an escape to the first word of each.
    const dirty = paragraphs.map((p, i) => (i % 2 ? `\x1b[1;32m${p}\x1b[0m` : `\x1b]0;title\x07${p}`)).join('\n');
    const clean = analyze(seed);
    const got = analyze(dirty);
    expect(keys(got.facts)).toEqual(keys(clean.facts));
    for (const f of got.facts) expect(dirty.slice(f.start, f.end)).toBe(f.text);
    expect(analyze('\x1b[1mChỉ thị số 06-CT/TW của Bộ Chính trị').facts.find((f) => f.kind === 'document')?.text).toBe('Chỉ thị số 06-CT/TW');
  });

  it('an ESC that starts no sequence is a space, and a sequence longer than 64 units is none', () => {
    expect(createView('a\x1bb').text).toBe('a b');
    const long = `\x1b[${'1;'.repeat(40)}m`;
    expect(createView(`x${long}y`).text).not.toBe('xy');
  });
});
