import { narrowable } from './narrow.ts';
// Scoring keys of FACTS.md 'Scoring': an exact port of fold / fold_code / key in
// fixtures/gold/check.py. Keep the two in step: test/eval.test.ts compares them on
// values computed with check.py itself.
//
// Python and JavaScript regexes differ in three places that matter here, so the
// Python meaning is spelled out instead of using the JS shorthand:
//   - Python's `\s` (str.isspace) includes U+001C–U+001F and U+0085 and excludes
//     U+FEFF; JS's `\s` is the other way round.            → PY_SPACE
//   - Python's `\b` is Unicode-aware (word = letters, digits, '_'); JS's is ASCII
//     only. Every `\b` in check.py sits next to a letter, so it becomes a
//     look-around on the other side.                        → NOT_WORD_BEFORE / _AFTER
//   - Python's str.strip() strips its whitespace set, JS's trim() another one.

const PY_SPACE = '[\\t\\n\\v\\f\\r\\x1c-\\x20\\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]';
const NOT_WORD_BEFORE = '(?<![\\p{L}\\p{N}_])';
const NOT_WORD_AFTER = '(?![\\p{L}\\p{N}_])';

/** The five Vietnamese tone marks as NFD combining characters (not the vowel marks ˆ ˘ ʼ). */
const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;
const DASHES = /[\u2010-\u2015\u2212]/g;
const SPACE_RUNS = narrowable(`${PY_SPACE}+`, 'gu');

const py = (pattern: string) => narrowable(pattern.replaceAll('\\b<', NOT_WORD_BEFORE).replaceAll('\\b>', NOT_WORD_AFTER), 'gu');

// check.py's ABBR, in its order. Expansions are written as Vietnamese; untone() keeps â, ơ, ư …,
// so 'UBND' and 'Ủy ban nhân dân' fold to the same key. Each abbreviation is a whole word
// (`\b<` / `\b>` mark a word boundary before / after), except 'tp', which may take a dot and
// must be followed by a space.
const ABBR: [RegExp, string][] = (
  [
    ['ubnd', 'ủy ban nhân dân'],
    ['hđnd', 'hội đồng nhân dân'],
    ['mttq', 'mặt trận tổ quốc'],
    ['bch', 'ban chấp hành'],
    ['btv', 'ban thường vụ'],
    ['đbqh', 'đại biểu quốc hội'],
    ['tp', 'thành phố'],
    ['tư', 'trung ương'],
    ['ccvc', 'công chức viên chức'],
    ['vptw', 'văn phòng trung ương'],
    ['đv', 'đảng viên'],
    ['vđv', 'vận động viên'],
    ['đ/c', 'đồng chí'],
  ] as const
).map(([abbr, expansion]) => [py(abbr === 'tp' ? `\\b<tp\\.?(?=${PY_SPACE})` : `\\b<${abbr}\\b>`), expansion]);

// sĩ/sỹ, kỹ/kĩ …: a final 'y' after a consonant onset folds to 'i'.
const I_Y = py('\\b<(ngh|nh|ng|th|tr|ch|gh|kh|ph|[bcdđghklmnprstvx])y\\b>');

/** Python's str() for the values a fact can hold (JSON scalars). */
export function pyStr(v: unknown): string {
  if (v === null || v === undefined) return 'None';
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  if (typeof v === 'number') return pyNumber(v);
  return String(v);
}

// JSON integers are Python ints; other numbers print like Python's float repr,
// which switches to exponent notation below 1e-4 (JS only below 1e-6).
function pyNumber(v: number): string {
  if (Number.isNaN(v)) return 'nan';
  if (!Number.isFinite(v)) return v > 0 ? 'inf' : '-inf';
  if (Number.isSafeInteger(v)) return String(v); // the same digits as below, without the BigInt
  if (Number.isInteger(v)) return BigInt(v).toString();
  if (Math.abs(v) < 1e-4) return v.toExponential().replace(/e([+-])(\d)$/, 'e$10$2');
  return String(v);
}

function stripChars(s: string, chars: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && chars.includes(s[a])) a++;
  while (b > a && chars.includes(s[b - 1])) b--;
  return s.slice(a, b);
}

const PY_STRIP = narrowable(`^${PY_SPACE}+|${PY_SPACE}+$`, 'gu');

/** Drop the tone marks, keep the vowel marks: 'Ủy' → 'Uy', 'Đảng' → 'Đang'. */
export function untone(s: string): string {
  return s.normalize('NFD').replace(TONES, '').normalize('NFC');
}

/** Folds already computed: the analyzer folds the same names and units over and over (refine/distinct.ts). */
const FOLDED = new Map<string, string>();

/** check.py fold(): the comparable form of a name, unit, role … */
export function fold(s: unknown): string {
  if (typeof s !== 'string') return foldUncached(s);
  let f = FOLDED.get(s);
  if (f === undefined) {
    if (FOLDED.size >= 10_000) FOLDED.clear();
    FOLDED.set(s, (f = foldUncached(s)));
  }
  return f;
}

function foldUncached(s: unknown): string {
  if (s === null || s === undefined) return '';
  let t = untone(pyStr(s)).toLowerCase();
  t = t.replace(DASHES, '-');
  t = t.replace(SPACE_RUNS, ' ').replace(PY_STRIP, '');
  for (const [pattern, replacement] of ABBR) t = t.replace(pattern, untone(replacement));
  t = t.replace(I_Y, '$1i');
  return stripChars(t, ' .,;:');
}

/** Python's truth value of a JSON scalar: None, '', 0 and False are false. */
const pyTruthy = (v: unknown): boolean => !(v === null || v === undefined || v === '' || v === 0 || v === false);

/** check.py fold_code(): a document code without tone marks, case, dash variety or spaces. */
export function foldCode(s: unknown): string {
  // Python's `s or ''`: every falsy value is the empty code.
  const v = pyTruthy(s) ? s : '';
  return untone(pyStr(v)).toUpperCase().replace(DASHES, '-').replace(SPACE_RUNS, '');
}

/** check.py key(): the scoring key of a fact within its kind. */
export function factKey(fact: { readonly kind?: unknown }): string {
  const f = fact as Record<string, unknown>;
  switch (f.kind) {
    case 'document':
      // With a symbol the key is the code; a citation without one ('Chỉ thị số 03') is
      // keyed by its type and number.
      if (pyTruthy(f.code)) return foldCode(f.code);
      return `${fold(f.type)} ${foldCode(f.number)}`;
    case 'date':
      return pyStr(f.value === undefined ? '' : f.value).replace(PY_STRIP, '');
    case 'count':
      return `${pyStr(f.value)}|${fold(f.unit)}`;
    case 'award':
      return `${fold(f.name)}|${fold(f.grantor)}`;
    default:
      return fold(f.name);
  }
}
