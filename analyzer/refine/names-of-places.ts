// One sense per article for a name: a name the article also writes as the name of a place or
// a thing ('đường Lê Duẩn', 'NXB Kim Đồng', 'giao lộ Tôn Đức Thắng') stands for that place
// wherever it is written bare ('… Lê Duẩn (quận 1)'), unless some mention gives it a role or a
// form of address ('ông', 'đồng chí'): then it is a person, as the text says.

import type { Candidate, Context } from '../pipeline.ts';
import { ORG_HEADS, PLACE_WORDS_BEFORE_NAMES } from '../lexicon/context.ts';
import { PERSON_PREFIXES, isSurname } from '../lexicon/roles.ts';
import { alternation } from '../text/patterns.ts';
import { foldLast, lastWordsOf, wordEndingAt } from '../kinds/person.ts';
import { narrowable } from '../text/narrow.ts';

const PLACE_OR_THING_BEFORE = narrowable(`(?<![\\p{L}\\p{M}])(?:${alternation([...PLACE_WORDS_BEFORE_NAMES, ...ORG_HEADS])})[ .]+$`, 'u');
const ADDRESS_BEFORE = narrowable(`(?<![\\p{L}\\p{M}])(?:${alternation(PERSON_PREFIXES)}) +$`, 'iu');

// The regexes above end at the name and try every position of the text before it; they run only
// where the word before the name ends one of their phrases (a set look-up), as person.ts does.
const PLACE_OR_THING_LAST = lastWordsOf([...PLACE_WORDS_BEFORE_NAMES, ...ORG_HEADS]);
const ADDRESS_LAST = lastWordsOf(PERSON_PREFIXES);

/** The word before `at`, past the spaces (and dots, with `dots`) between them; '' when there are none. */
function wordBefore(text: string, at: number, dots: boolean): string {
  let e = at;
  while (e > 0 && (text.charCodeAt(e - 1) === 0x20 || (dots && text.charCodeAt(e - 1) === 0x2e))) e--;
  if (e === at) return '';
  const word = wordEndingAt(text, e);
  // the second half of an abbreviation joined by '&' is no word of its own ('Sở TT&TT Nguyễn Quang Thanh')
  return text.charCodeAt(e - word.length - 1) === 0x26 ? '' : foldLast(word);
}

/**
 * Does the article also write the name with its first word in lower case ('công trình hồ Tả Trạch'
 * beside 'dự án Hồ Tả Trạch')? Then that word is a common noun there (a lake, a river), not a
 * family name, and the name is the thing's (genre43).
 */
function writtenAsCommonNoun(text: string, name: string): boolean {
  const space = name.indexOf(' ');
  if (space < 0) return false;
  const first = name.slice(0, space);
  const lower = first.toLowerCase();
  // (only a family name read so: 'anh Tuấn' beside 'Anh Tuấn' is a form of address before the same person)
  if (lower === first || !isSurname(first) || PREFIX_SET.has(lower)) return false;
  const written = lower + name.slice(space);
  for (let at = text.indexOf(written); at >= 0; at = text.indexOf(written, at + 1)) {
    const edgeBefore = at === 0 || !LETTER.test(text[at - 1]);
    const edgeAfter = !LETTER.test(text.charAt(at + written.length));
    if (edgeBefore && edgeAfter) return true;
  }
  return false;
}
const LETTER = narrowable(String.raw`^[\p{L}\p{M}]`, 'u');
const PREFIX_SET = new Set(PERSON_PREFIXES.map((p) => p.toLowerCase()));

/** Drops the person candidates whose name the article also uses for a place or a thing. */
export function dropNamesOfPlaces(persons: Candidate<'person'>[], ctx: Context): Candidate<'person'>[] {
  const { text } = ctx;
  const byName = new Map<string, Candidate<'person'>[]>();
  for (const p of persons) {
    const list = byName.get(p.name);
    if (list) list.push(p);
    else byName.set(p.name, [p]);
  }
  const places = new Set<string>();
  for (const [name, mentions] of byName) {
    if (mentions.some((p) => p.role)) continue;
    let place = false;
    let person = false;
    for (let at = text.indexOf(name); at >= 0 && !person; at = text.indexOf(name, at + name.length)) {
      const before = text.slice(Math.max(0, at - 32), at);
      if (ADDRESS_LAST.has(wordBefore(text, at, false)) && ADDRESS_BEFORE.test(before)) person = true;
      else if (PLACE_OR_THING_LAST.has(wordBefore(text, at, true)) && PLACE_OR_THING_BEFORE.test(before)) place = true;
    }
    if (!place && !person) place = writtenAsCommonNoun(text, name);
    if (place && !person) places.add(name);
  }
  return places.size ? persons.filter((p) => !places.has(p.name)) : persons;
}
