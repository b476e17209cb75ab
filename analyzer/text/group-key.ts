// What the collection groups facts by: one key per thing, however the articles wrote it.
// 'Văn phòng Tỉnh uỷ' and 'Văn phòng Tỉnh ủy', 'UBND tỉnh Gia Lai' and 'Ủy ban nhân dân tỉnh
// Gia Lai', 'Chiến sỹ' and 'Chiến sĩ' must fall into one group. So the key is the search fold
// (search-fold.ts: no marks at all, đ → d, lower case, one space between words) with the body and
// place abbreviations of the lexicon spelled out, and a final 'y' after a consonant read 'i'.
//
// This is not the scoring key (analyzer/text/fold.ts, a port of check.py, which keeps
// 'UBND' and 'Ủy ban nhân dân' apart): scores must stay comparable with check.py, groups must
// not. Stored on each fact as `group` (schema v2); changing what a key is means a schema
// upgrade that recomputes it.

import type { FactKind } from '../contract.ts';
import { ABBREVIATIONS_BY_TOPIC } from '../lexicon/bodies.ts';
import { foldSearch } from './search-fold.ts';

/**
 * Folded abbreviation (as words) → folded expansion, for what a fact names: bodies, awards
 * and places (not people or topics), by first word; longest first, so 'tp hcm' wins over 'tp'.
 */
const { bodies, awards, places } = ABBREVIATIONS_BY_TOPIC;
const EXPANSIONS = new Map<string, [string[], string][]>();
for (const [words, expansion] of [...bodies, ...awards, ...places]
  .map((a): [string[], string] => [foldSearch(a.abbr).split(' '), foldSearch(a.expansion)])
  .filter(([words]) => words.length > 0 && words[0] !== '')
  .sort((x, y) => y[0].length - x[0].length)) {
  EXPANSIONS.set(words[0], [...(EXPANSIONS.get(words[0]) ?? []), [words, expansion]]);
}

// sĩ/sỹ, kỹ/kĩ, lý/lí: after folding, a word-final 'y' right after a consonant onset is 'i'.
const FINAL_Y = /\b(ngh|nh|ng|th|tr|ch|gh|kh|ph|[bcdghklmnprstvx])y\b/g;

/** Folded words with every known abbreviation spelled out. */
export function expandFolded(folded: string): string {
  if (!folded) return '';
  const words = folded.split(' ');
  const out: string[] = [];
  for (let i = 0; i < words.length; ) {
    const hit = EXPANSIONS.get(words[i])?.find(([abbr]) => abbr.every((w, j) => words[i + j] === w));
    if (hit) {
      out.push(hit[1]);
      i += hit[0].length;
    } else {
      out.push(words[i]);
      i += 1;
    }
  }
  return out.join(' ').replace(FINAL_Y, '$1i');
}

/** The fold for grouping one value: search fold, abbreviations expanded, i/y. */
export function groupFold(value: unknown): string {
  if (value === undefined || value === null) return '';
  return expandFolded(foldSearch(String(value)));
}

/** A document as people name it: its code, or type and number when it was cited without a symbol ('Chỉ thị 16'). */
export function documentName(fields: Readonly<Record<string, unknown>>): string {
  return fields.code ? String(fields.code) : `${String(fields.type ?? '')} ${String(fields.number ?? '')}`.trim();
}

/**
 * The group of a fact from its effective fields (the researcher's corrections applied):
 *   document  its code ('12 ct trung uong' for 12-CT/TW and 12-CT/TƯ alike), else type and number
 *   office    its name, with its province appended when the name does not already say it
 *             ('Văn phòng Tỉnh ủy' in Gia Lai = 'Văn phòng Tỉnh ủy Gia Lai')
 *   award     its name;  person  their name;  count  its unit;  date  its value
 */
export function groupKey(kind: FactKind, fields: Readonly<Record<string, unknown>>): string {
  switch (kind) {
    case 'document':
      return groupFold(documentName(fields));
    case 'office': {
      const name = groupFold(fields.name);
      const province = groupFold(fields.province);
      return province && !` ${name} `.includes(` ${province} `) ? `${name} ${province}` : name;
    }
    case 'count':
      return groupFold(fields.unit);
    case 'date':
      return String(fields.value ?? '');
    default:
      return groupFold(fields.name);
  }
}
