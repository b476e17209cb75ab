// Building blocks for the rules' regular expressions. JS `\b` and `\w` are ASCII-only,
// so word edges are written with Unicode properties (the `u` flag is always on).

import { lowerBound } from './sorted.ts';
import { narrowable, regexHere } from './narrow.ts';

/** Not preceded by a letter, mark or digit. */
export const WORD_START = '(?<![\\p{L}\\p{M}\\p{N}])';
/** Not followed by a letter, mark or digit. */
export const WORD_END = '(?![\\p{L}\\p{M}\\p{N}])';
/** A capitalised syllable: 'Minh', 'Đắk', 'H\'' is not. */
export const CAP_WORD = "\\p{Lu}[\\p{Ll}\\p{M}]*";

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// i and y are interchangeable at the end of a syllable after a consonant: sĩ/sỹ, kỹ/kĩ, lý/lí.
const I_Y: Record<string, string> = {
  i: '[iy]', y: '[iy]', í: '[íý]', ý: '[íý]', ì: '[ìỳ]', ỳ: '[ìỳ]', ỉ: '[ỉỷ]', ỷ: '[ỉỷ]', ĩ: '[ĩỹ]', ỹ: '[ĩỹ]', ị: '[ịỵ]', ỵ: '[ịỵ]',
};

/**
 * A lexicon phrase as a pattern: escaped, any run of spaces between words, and the i/y
 * spelling of final syllables ('Chiến sĩ' also matches 'Chiến sỹ').
 */
export function phrasePattern(phrase: string): string {
  const words = phrase.trim().split(/\s+/);
  return words
    .map((w) => {
      const e = escapeRegExp(w);
      const m = /^(.*[bcdđghklmnprstvx])([iyíýìỳỉỷĩỹịỵ])$/iu.exec(e);
      return m ? m[1] + (I_Y[m[2].toLowerCase()] ?? m[2]) : e;
    })
    .join(' +');
}

/**
 * Alternation of phrases, longest first so that the longest name wins.
 *
 * Written as a tree of shared beginnings ('Ủy +ban +(?:nhân +dân|Kiểm +tra|…)|Ban +…') rather
 * than one flat list: the same regex, in every context (forwards, in a look-behind, repeated,
 * with any flags), but a fraction of the machine code, and the engine rules out a whole branch
 * at its first letter. See factored() for why it matches exactly what the flat list matches.
 */
export function alternation(phrases: readonly string[]): string {
  const unique = [...new Set(phrases.map((p) => p.trim()).filter(Boolean))];
  unique.sort((a, b) => b.length - a.length);
  return factored(unique);
}

const FINAL_Y: Record<string, string> = { y: 'i', ý: 'í', ỳ: 'ì', ỷ: 'ỉ', ỹ: 'ĩ', ỵ: 'ị' };

/**
 * The same phrases as alternation(), for a look-behind (or a pattern anchored where the
 * phrase ends), grouped by their last word: 'Phó Chủ tịch', 'Chủ tịch' … become
 * '(?:Phó +Chủ +|Chủ +)tịch', so matching backwards reads each last word once instead of once
 * per phrase. Only phrases with the same last word (in any case, final i/y either way) can end
 * at the same place, and they keep alternation()'s order among themselves, so the phrase found
 * is the one the plain alternation finds. Not for a pattern whose phrases may end at different
 * places (forwards, 'Phó' before 'Phó Chủ tịch'): there the order across groups would count.
 */
export function alternationByLastWord(phrases: readonly string[]): string {
  const unique = [...new Set(phrases.map((p) => p.trim()).filter(Boolean))];
  unique.sort((a, b) => b.length - a.length);
  const groups = new Map<string, string[]>();
  for (const p of unique) {
    const run = regexHere.u`[\p{L}\p{M}\p{N}]+$`.exec(p)?.[0] ?? '';
    const lower = run.toLowerCase();
    const key = lower.slice(0, -1) + (FINAL_Y[lower.slice(-1)] ?? lower.slice(-1));
    const group = groups.get(key);
    if (group) group.push(p);
    else groups.set(key, [p]);
  }
  const branches: string[] = [];
  for (const group of groups.values()) {
    // each phrase's pattern as its head and the pattern of its last word; one shared last word
    // is written once, else the group's patterns are listed as they are
    const split = group.map((p) => {
      const whole = phrasePattern(p);
      const run = regexHere.u`[\p{L}\p{M}\p{N}]+$`.exec(p)?.[0] ?? '';
      const yi = I_Y[run.slice(-1).toLowerCase()];
      const last = run && whole.endsWith(run) ? run : run && yi && whole.endsWith(run.slice(0, -1) + yi) ? run.slice(0, -1) + yi : '';
      return { whole, head: whole.slice(0, whole.length - last.length), last };
    });
    const last = split[0].last;
    if (last && split.every((x) => x.last === last)) branches.push(`(?:${split.map((x) => x.head).join('|')})${last}`);
    else branches.push(split.map((x) => x.whole).join('|'));
  }
  return branches.join('|');
}

/**
 * The first two units a match of a case-sensitive `^(?:${alternation(phrases)})` can begin with,
 * as numbers (first unit × 65536 + second): a final i/y of a two-letter first word both ways, as
 * phrasePattern writes it. A string that begins with another pair has no such match; undefined
 * when a phrase is shorter than two units (then every string may).
 */
export function startPairs(phrases: readonly string[]): Set<number> | undefined {
  const pairs = new Set<number>();
  for (const phrase of phrases) {
    const p = phrase.trim();
    if (!p) continue;
    if (p.length < 2) return undefined;
    const first = p.split(/\s+/)[0];
    const seconds = /\s/u.test(p[1]) ? [' '] : [p[1]];
    if (first.length === 2) {
      const m = /^([bcdđghklmnprstvx])([iyíýìỳỉỷĩỹịỵ])$/iu.exec(first);
      const yi = m && I_Y[m[2].toLowerCase()];
      if (yi) seconds.splice(0, 1, ...yi.slice(1, -1));
    }
    for (const c of seconds) pairs.add(p.charCodeAt(0) * 65536 + c.charCodeAt(0));
  }
  return pairs;
}

/** A global, Unicode, optionally case-insensitive regex from a source string. */
export function rx(source: string, flags = 'gu'): RegExp {
  return narrowable(source, flags);
}

/** A sticky, Unicode regex, run at one position with `lastIndex`. */
export function sticky(source: string, flags = 'yu'): RegExp {
  return narrowable(source, flags);
}

/** Collapses whitespace and trims: the form names take in output fields. */
export function squash(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/**
 * A look-ahead for the first characters the phrases can start with. Put in front of a
 * pattern that begins with a look-behind and a long alternation, it lets the regex engine
 * skip most positions with one class test (about 3× faster on real text).
 */
export function leadingClass(phrases: readonly string[], caseInsensitive = false): string {
  const chars = new Set<string>();
  for (const p of phrases) {
    const c = p.trim()[0];
    if (!c) continue;
    chars.add(c);
    if (caseInsensitive) {
      chars.add(c.toLowerCase());
      chars.add(c.toUpperCase());
    }
  }
  return `(?=[${[...chars].map((c) => escapeClassChar(c)).join('')}])`;
}

function escapeClassChar(c: string): string {
  return /[\]\\^-]/.test(c) ? `\\${c}` : c;
}

// ---------------------------------------------------------------- alternations as trees
//
// The flat alternation `a1|a2|…|an` tries its phrases in that order and each phrase matches in
// at most one way where it is tried (its words are literals and classes joined by ' +', which
// takes the whole run of spaces before the next word). Wherever the regex engine tries it,
// forwards from a position or backwards from one inside a look-behind, what the rest of the
// regex sees is the spans of the phrases that match there, in their order. A tree of shared
// beginnings, `P(?:X|Y)` for `PX|PY`, tries the same phrases in the order of its leaves. So the
// tree matches exactly as the flat list does when, for any two phrases that can both match at
// one position with different spans (one a beginning of the other's text when matched forwards,
// an ending when matched backwards), the tree keeps them in the list's order. Phrases that must
// differ somewhere in that alignment (another letter, in any case; a space against a letter)
// never match together and may be put in any order. Where the pairs that must stay ordered
// would tie two branches both ways ('Ban Chấp hành Trung ương …' before 'Trung ương …', and
// some 'T…' phrase before a 'B…' one it ends with), a first letter gets two branches.

/**
 * A phrase as phrasePattern writes it, unit by unit: each unit's pattern (' +', an escaped
 * character or a final i/y class) and a key of one character per unit, folded so that two units
 * that can match the same text (in any case) have the same key: ' ' for ' +', a character's lower
 * case, a class and its letters as the class's first letter. `key` is undefined when a character
 * is not one this reasoning models (it is then kept in order with every other phrase).
 */
interface Units {
  sources: string[];
  key: string | undefined;
}

/** A character whose case pairs are plain one to one (ASCII, Latin-1, Latin Extended-A and B, combining marks, Vietnamese). */
function plainChar(c: number): boolean {
  if (c === 0xb5 || c === 0xdf || c === 0x130 || c === 0x131 || c === 0x149 || c === 0x17f || c === 0x345) return false;
  return c < 0x250 || (c >= 0x300 && c < 0x370) || (c >= 0x1ea0 && c <= 0x1ef9);
}

/** The letters that end a word as either i or y, and the key of each: that of the i. */
const Y_KEY = new Map([...'yýỳỷỹỵ'].map((y, k) => [y.charCodeAt(0), 'iíìỉĩị'[k]]));
/** The ASCII units escapeRegExp escapes. */
const SPECIAL = new Set([...'.*+?^${}()|[]\\'].map((c) => c.charCodeAt(0)));
const FINAL_I_Y = /^(.*[bcdđghklmnprstvx])([iyíýìỳỉỷĩỹịỵ])$/iu;

/** The phrase's units (undefined if they do not make phrasePattern's pattern exactly). */
function phraseUnits(phrase: string): Units | undefined {
  const sources: string[] = [];
  let key: string | undefined = '';
  const words = phrase.trim().split(/\s+/);
  for (let k = 0; k < words.length; k++) {
    if (k > 0) {
      sources.push(' +');
      if (key !== undefined) key += ' ';
    }
    const m = FINAL_I_Y.exec(words[k]);
    const body = m ? m[1] : words[k];
    let plain = true;
    for (let i = 0; i < body.length; i++) {
      const c = body.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < body.length) {
        // a surrogate pair is one unit, and no plain character
        sources.push(body.slice(i, i + 2));
        i++;
        plain = false;
        continue;
      }
      sources.push(SPECIAL.has(c) ? `\\${body[i]}` : body[i]);
      if (!plainChar(c)) plain = false;
    }
    if (key !== undefined && plain) {
      const lower = body.toLowerCase();
      if (lower.length !== body.length) key = undefined;
      else for (let i = 0; i < lower.length; i++) key += Y_KEY.get(lower.charCodeAt(i)) ?? lower[i];
    } else key = undefined;
    if (m) {
      const yi = I_Y[m[2].toLowerCase()];
      sources.push(yi);
      if (key !== undefined) key += yi[1];
    }
  }
  return sources.join('') === phrasePattern(phrase) ? { sources, key } : undefined;
}

/**
 * The tree of the phrases (in alternation order). A pair must stay ordered when both phrases can
 * match at one position with different spans: forwards, when one's key begins the other's;
 * backwards, when it ends it. Found by sorting the keys (and the keys reversed): the keys a key
 * begins follow it in sorted order.
 */
function factored(phrases: readonly string[]): string {
  if (!phrases.length) return '';
  const alts: Units[] = [];
  for (const p of phrases) {
    const units = phraseUnits(p);
    if (!units) return phrases.map(phrasePattern).join('|');
    alts.push(units);
  }
  const n = alts.length;
  // after[i]: the phrases that must come after phrase i (later in the list)
  const after: number[][] = [];
  for (let i = 0; i < n; i++) after.push([]);
  for (const backwards of [false, true]) {
    const keyed: { key: string; i: number }[] = [];
    for (let i = 0; i < n; i++) {
      const key = alts[i].key;
      if (key !== undefined) keyed.push({ key: backwards ? [...key].reverse().join('') : key, i });
    }
    keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    for (let a = 0; a < keyed.length; a++) {
      const { key, i } = keyed[a];
      for (let b = a + 1; b < keyed.length && keyed[b].key.startsWith(key); b++) {
        if (keyed[b].key.length === key.length) continue; // the same span
        const j = keyed[b].i;
        after[i < j ? i : j].push(i < j ? j : i);
      }
    }
  }
  for (let i = 0; i < n; i++) {
    if (alts[i].key !== undefined) continue;
    for (let j = 0; j < n; j++) if (j !== i) after[i < j ? i : j].push(i < j ? j : i);
  }
  const ids: number[] = [];
  for (let i = 0; i < n; i++) ids.push(i);
  return branch({ alts, after, waiting: new Int32Array(n), here: new Int32Array(n), branches: 0 }, ids, 0, true);
}

interface Tree {
  alts: Units[];
  after: number[][];
  /** By phrase: how many of its predecessors in the branch being ordered are not out yet. */
  waiting: Int32Array;
  /** By phrase: the number of the branch being ordered that holds it. */
  here: Int32Array;
  branches: number;
}

/** The pattern of phrase i's unit at `depth`, '' past its end. */
function unitAt(alts: Units[], i: number, depth: number): string {
  const sources = alts[i].sources;
  return depth < sources.length ? sources[depth] : '';
}

/**
 * The pattern of phrases `ids` (ascending: the list's order) after their common first `depth`
 * units. They are put in an order that keeps every pair that must stay ordered, taking next,
 * of the phrases whose predecessors are out, the first with the same next unit as the last one
 * taken if there is one, else the first in the list; each run of one next unit becomes a branch.
 */
function branch(tree: Tree, ids: number[], depth: number, top: boolean): string {
  const { alts, after, waiting, here } = tree;
  let prefix = '';
  for (;;) {
    const first = unitAt(alts, ids[0], depth);
    if (first === '') break;
    let same = true;
    for (let k = 1; k < ids.length && same; k++) same = unitAt(alts, ids[k], depth) === first;
    if (!same) break;
    prefix += first;
    depth++;
  }
  if (prefix) return prefix + branch(tree, ids, depth, false);
  const mark = ++tree.branches;
  for (const i of ids) {
    here[i] = mark;
    waiting[i] = 0;
  }
  let constrained = false;
  for (const i of ids) {
    for (const j of after[i]) {
      if (here[j] === mark) {
        waiting[j]++;
        constrained = true;
      }
    }
  }
  const runs = constrained ? orderedRuns(tree, ids, depth, mark) : groupedRuns(alts, ids, depth);
  const parts: string[] = [];
  for (const r of runs) parts.push(r.key === '' ? '' : r.key + branch(tree, r.ids, depth + 1, false));
  return top || parts.length === 1 ? parts.join('|') : `(?:${parts.join('|')})`;
}

/** With no pair to keep in order here: one run per next unit, in the order of their first phrases. */
function groupedRuns(alts: Units[], ids: number[], depth: number): { key: string; ids: number[] }[] {
  const runs = new Map<string, number[]>();
  for (const i of ids) {
    const key = unitAt(alts, i, depth);
    const run = runs.get(key);
    if (run) run.push(i);
    else runs.set(key, [i]);
  }
  return [...runs].map(([key, run]) => ({ key, ids: run }));
}

/** The runs of branch(), taken in an order that keeps the pairs (`waiting` counts each one's predecessors here). */
function orderedRuns(tree: Tree, ids: number[], depth: number, mark: number): { key: string; ids: number[] }[] {
  const { alts, after, waiting, here } = tree;
  // the ready phrases by next unit (ascending), and all of them (ascending; taken ones skipped)
  const ready = new Map<string, number[]>();
  const all: number[] = [];
  for (const i of ids) {
    if (waiting[i] !== 0) continue;
    const key = unitAt(alts, i, depth);
    const list = ready.get(key);
    if (list) list.push(i);
    else ready.set(key, [i]);
    all.push(i);
  }
  const runs: { key: string; ids: number[] }[] = [];
  let from = 0;
  for (let taken = 0; taken < ids.length; taken++) {
    const last = runs.length ? runs[runs.length - 1] : undefined;
    const same = last && ready.get(last.key);
    let i: number;
    if (last && same && same.length) {
      i = same.shift()!;
      last.ids.push(i);
    } else {
      while (waiting[all[from]] < 0) from++;
      i = all[from];
      const key = unitAt(alts, i, depth);
      ready.get(key)!.shift();
      runs.push({ key, ids: [i] });
    }
    waiting[i] = -1; // out
    for (const j of after[i]) {
      if (here[j] !== mark || --waiting[j] !== 0) continue;
      // j is ready now
      const key = unitAt(alts, j, depth);
      const list = ready.get(key) ?? [];
      list.splice(lowerBound(list, j), 0, j);
      ready.set(key, list);
      const at = lowerBound(all, j);
      all.splice(at, 0, j);
      if (at < from) from = at;
    }
  }
  return runs;
}

/** Whether a UTF-16 unit is `\s` of a JS regex: for walks that stand in for a regex's `\s`. */
export const isRegexSpace = (c: number): boolean =>
  c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
