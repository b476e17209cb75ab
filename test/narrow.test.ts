// Narrowed property classes (analyzer/text/narrow.ts): on every text read narrow, each
// narrowed class matches exactly what the full class matches; the regexes behave as RegExps
// in both forms; and analyze() gives the same facts with narrowed reading on and off.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyzer/index.ts';
import { NARROW_CLASS } from '../analyzer/text/narrow-classes.ts';
import { enableNarrowReading, fullFormCount, isNarrowText, narrowSource, narrowable, readingNarrow, regexHere } from '../analyzer/text/narrow.ts';

const root = new URL('../', import.meta.url);
const PROPERTIES = Object.keys(NARROW_CLASS) as (keyof typeof NARROW_CLASS)[];

describe('narrowed classes agree with the full ones on every narrow character', () => {
  // The whole first plane, the next two (most astral letters and digits) and the tags plane.
  const ranges: [number, number][] = [[0, 0xffff], [0x10000, 0x2ffff], [0xe0000, 0xe01ef]];
  for (const p of PROPERTIES) {
    for (const flags of ['u', 'iu']) {
      it(`\\p{${p}} /${flags}`, () => {
        const full = new RegExp(`^[\\p{${p}}]$`, flags);
        const narrowed = new RegExp(`^[${NARROW_CLASS[p]}]$`, flags);
        const fullNot = new RegExp(`^[^\\p{${p}}]$`, flags);
        const narrowedNot = new RegExp(`^[^${NARROW_CLASS[p]}]$`, flags);
        const disagree: string[] = [];
        let narrowChars = 0;
        for (const [a, b] of ranges) {
          for (let c = a; c <= b; c++) {
            if (c >= 0xd800 && c <= 0xdfff) continue;
            const ch = String.fromCodePoint(c);
            if (!isNarrowText(ch)) continue;
            narrowChars++;
            if (full.test(ch) !== narrowed.test(ch) || fullNot.test(ch) !== narrowedNot.test(ch)) disagree.push(c.toString(16));
          }
        }
        expect(disagree).toEqual([]);
        // most of the first plane is narrow (no letter, mark or digit), the other scripts are not
        expect(narrowChars).toBeGreaterThan(30_000);
      });
    }
  }

  it('reads Vietnamese, punctuation and emoji as narrow, other scripts not', () => {
    expect(isNarrowText('Đảng bộ Văn phòng Tỉnh ủy có 5 chi bộ – “49 đảng viên” … 😀 ₫ © CO₂ m² ½')).toBe(true);
    expect(isNarrowText('Hoà, thuỷ, NFD: Hòa')).toBe(true);
    for (const other of ['Путин', '中国', 'Ωmega', '①', '١٢٣', 'µg', '𝐀']) expect(isNarrowText(`Ông ${other} dự`), other).toBe(false);
    expect(isNarrowText('a\ud800b')).toBe(true); // a lone surrogate is no letter for any class
  });
});

describe('narrowSource', () => {
  const L = NARROW_CLASS.L;
  it('splices the class into a class and brackets it outside one', () => {
    expect(narrowSource('(?<![\\p{L}\\p{M}])x')).toBe(`(?<![${L}${NARROW_CLASS.M}])x`);
    expect(narrowSource('\\p{Lu}[\\p{Ll}]*')).toBe(`[${NARROW_CLASS.Lu}][${NARROW_CLASS.Ll}]*`);
    expect(narrowSource('[^\\p{N}]')).toBe(`[^${NARROW_CLASS.N}]`);
  });
  it('leaves escaped brackets and backslashes as they are', () => {
    expect(narrowSource('\\[\\p{L}\\]')).toBe(`\\[[${L}]\\]`);
    expect(narrowSource('\\\\p{L}')).toBe('\\\\p{L}');
    expect(narrowSource('[\\]\\p{L}]')).toBe(`[\\]${L}]`);
    expect(narrowSource('abc')).toBe('abc');
  });
  it('refuses other property escapes', () => {
    expect(narrowSource('\\P{L}')).toBeUndefined();
    expect(narrowSource('\\p{Script=Latin}')).toBeUndefined();
    expect(narrowable('\\P{L}', 'u')).toBeInstanceOf(RegExp); // stays a plain full regex
  });
});

describe('narrowable regexes behave as RegExps in both forms', () => {
  const text = 'Ông Nguyễn Văn An, Bí thư Tỉnh ủy, và bà Lê Thị Hoa dự.';
  const source = '\\p{Lu}[\\p{Ll}\\p{M}]*(?: \\p{Lu}[\\p{Ll}\\p{M}]*)+';
  for (const narrow of [false, true]) {
    it(narrow ? 'narrowed' : 'full', () => {
      readingNarrow(narrow, () => {
        const re = narrowable(source, 'gu');
        const plain = new RegExp(source, 'gu');
        expect(re.source).toBe(source);
        expect(re.flags).toBe('gu');
        expect(re.global && re.unicode && !re.sticky && !re.ignoreCase).toBe(true);
        expect([...text.matchAll(re)].map((m) => [m[0], m.index])).toEqual([...text.matchAll(plain)].map((m) => [m[0], m.index]));
        expect(text.match(re)).toEqual(text.match(plain));
        expect(text.replace(re, (m) => m.toUpperCase())).toBe(text.replace(plain, (m) => m.toUpperCase()));
        expect(text.replace(re, '<$&>')).toBe(text.replace(plain, '<$&>'));
        expect(text.split(narrowable('\\s*,\\s*(?=\\p{L})', 'u'))).toEqual(text.split(/\s*,\s*(?=\p{L})/u));
        expect(text.search(narrowable('\\p{Lu}\\p{Ll}+ \\p{Lu}', 'u'))).toBe(text.search(/\p{Lu}\p{Ll}+ \p{Lu}/u));
        const sticky = narrowable('\\p{Lu}[\\p{Ll}\\p{M}]*', 'uy');
        sticky.lastIndex = 4;
        expect(sticky.exec(text)?.[0]).toBe('Nguyễn');
        expect(sticky.lastIndex).toBe(10);
        expect(sticky.test(text)).toBe(false); // sticky at the space after 'Nguyễn'
        expect(String(re)).toBe(`/${source}/gu`);
        expect(regexHere.u`^\p{Lu}`.test('Đảng')).toBe(true);
        expect(regexHere.iu`^đảng\p{L}*`.test('ĐẢNG')).toBe(true);
      });
    });
  }
  it('matchAll as the built-in: empty matches, lastIndex kept, re-entrant, no copy compiled', () => {
    const text = 'Ân 😀 Bình, Ơn 😀😀 x';
    for (const narrow of [false, true]) {
      readingNarrow(narrow, () => {
        for (const [source, flags] of [
          ['(?<w>\\p{Lu}\\p{Ll}*)|', 'gu'],
          ['\\p{Lu}?', 'gdu'],
          ['(?=\\p{L})', 'gu'],
          ['\\p{Lu}\\p{Ll}*', 'gyu'],
        ] as const) {
          const re = narrowable(source, flags);
          const plain = new RegExp(source, flags);
          const shape = (ms: Iterable<RegExpMatchArray>) =>
            [...ms].map((m) => [m[0], m.index, m.input, { ...m.groups }, m.indices?.map((x) => x && [...x])]);
          for (const from of [0, 3]) {
            re.lastIndex = plain.lastIndex = from;
            expect(shape(text.matchAll(re))).toEqual(shape(text.matchAll(plain)));
            expect(re.lastIndex).toBe(from);
          }
          re.lastIndex = plain.lastIndex = 0;
          // nested iterations of one regex, as a rule calling another that uses it
          const nested = (r: RegExp) => [...text.matchAll(r)].flatMap((m) => [m[0], ...[...text.matchAll(r)].map((n) => n.index)]);
          expect(nested(re)).toEqual(nested(plain));
        }
      });
    }
  });
  it('makes a regex written in place once per place', () => {
    const made = () => regexHere.u`\p{Lu}{2}`;
    expect(made()).toBe(made());
  });
  it('restores the mode after a read that throws', () => {
    const re = narrowable('\\p{L}+', 'u');
    expect(() => readingNarrow(true, () => { throw new Error('x'); })).toThrow('x');
    const before = fullFormCount();
    re.test('a');
    expect(fullFormCount()).toBe(before + 1); // outside a narrow read: the full form
  });
});

describe('analyze() reads with narrowed classes and finds the same facts', () => {
  const seeds = new URL('fixtures/seeds/', root);
  const articles = [
    ...readdirSync(seeds).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(new URL(f, seeds), 'utf8')),
    ...readFileSync(new URL('fixtures/corpus/real-articles.jsonl', root), 'utf8').split('\n').filter(Boolean).slice(0, 25).map((l) => JSON.parse(l).text as string),
  ];
  it('compiles no full form while it reads Latin-script articles, and full forms for another script', () => {
    const latin = articles.filter((t) => isNarrowText(t));
    expect(latin.length).toBeGreaterThan(articles.length - 3);
    const before = fullFormCount();
    for (const text of latin) analyze(text);
    expect(fullFormCount()).toBe(before);
    analyze(`${latin[0]} Путин`);
    expect(fullFormCount()).toBeGreaterThan(before);
  });
  it('same output with narrowed reading on and off, on Latin-script and mixed-script texts', () => {
    const mixed = articles.slice(0, 8).map((t) => `${t.slice(0, t.length >> 1)} Tổng thống Владимир Путин và đoàn 中国 dự. ${t.slice(t.length >> 1)}`);
    for (const text of [...articles, ...mixed]) {
      const on = analyze(text);
      enableNarrowReading(false);
      try {
        expect(analyze(text)).toEqual(on);
      } finally {
        enableNarrowReading(true);
      }
    }
  });
});

describe('the rules build their regexes narrowable', () => {
  // The modules analyze() runs (text/normalize.ts runs before the text is known to be narrow).
  const analyzerDir = new URL('analyzer/', root).pathname;
  const modules = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? (['eval', 'cli', 'export', 'html'].includes(e.name) ? [] : modules(join(dir, e.name))) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
    ).filter((f) => !/text\/(?:narrow|narrow-classes|normalize)\.ts$|series\.ts$/.test(f));
  it('no `new RegExp` and no \\p{…} literal a call could not share (global and sticky ones inside functions are fresh per call, as literals)', () => {
    const found: string[] = [];
    for (const file of modules(analyzerDir)) {
      const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
      const visit = (n: ts.Node) => {
        const where = `${relative(analyzerDir, file)}:${sf.getLineAndCharacterOfPosition(n.getStart()).line + 1}`;
        if (ts.isNewExpression(n) && n.expression.getText(sf) === 'RegExp') found.push(`${where} new RegExp`);
        if (ts.isRegularExpressionLiteral(n) && n.text.includes('\\p{')) {
          let inFunction = false;
          for (let p = n.parent; p; p = p.parent) if (ts.isFunctionLike(p) || ts.isClassElement(p)) inFunction = true;
          const flags = n.text.slice(n.text.lastIndexOf('/') + 1);
          if (!inFunction || !/[gy]/.test(flags)) found.push(`${where} ${n.text.slice(0, 40)}`);
        }
        ts.forEachChild(n, visit);
      };
      visit(sf);
    }
    expect(found, 'write rx(`…`, flags), narrowable(String.raw`…`, flags) or regexHere.u`…` (analyzer/text/narrow.ts)').toEqual([]);
  });
});
