// One sense per article for a name: a name the article also writes as the name of a place or
// a thing ('đường Lê Duẩn', 'NXB Kim Đồng', 'giao lộ Tôn Đức Thắng') stands for that place
// wherever it is written bare ('… Lê Duẩn (quận 1)'), unless some mention gives it a role or a
// form of address ('ông', 'đồng chí'): then it is a person, as the text says.

import type { Candidate, Context } from '../pipeline.ts';
import { ORG_HEADS, PLACE_WORDS_BEFORE_NAMES } from '../lexicon/context.ts';
import { PERSON_PREFIXES } from '../lexicon/roles.ts';
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
    if (place && !person) places.add(name);
  }
  return places.size ? persons.filter((p) => !places.has(p.name)) : persons;
}
