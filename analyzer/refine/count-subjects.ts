// Whose figure a count is, and when it holds (FACTS.md count `subject`, `asOf`).
//
// Subject, from the sentence's structure:
//   - the body right before a verb of having: 'Đảng bộ Văn phòng Tỉnh ủy có 5 chi bộ',
//     'Hội … gồm 120 hội viên' (an office the office parser found, named as its fact is named);
//   - the whole of a place: 'toàn tỉnh hiện có 950 tổ chức cơ sở đảng' → the article's province;
//     'tỉnh Gia Lai có …' → 'Gia Lai', 'huyện Chư Sê có …' → 'huyện Chư Sê';
//   - the head of a list of counts: 'có 5 chi bộ trực thuộc với 49 đảng viên' → both;
//   - the whole country ('trên toàn quốc có 157 dự án' → 'Việt Nam'), a region ('trên địa bàn các
//     tỉnh Tây Nguyên đạt …, tăng 24%'), a level word alone as the subject ('Tỉnh hiện có', 'thành
//     phố hiện có' in a city's article), a place in the figure's noun phrase before its verb ('Tổng
//     số doanh nghiệp … trên địa bàn tỉnh X … là 886'), the rate of an amount that is no count;
//   - after the counted noun: 'của' and a body, a named place, a level word alone ('69 nghìn HS của
//     huyện'), the country or an enterprise ('12 dự án của tập đoàn Mường Thanh');
//   - a province heading its own figure in a list ('Hà Nội: 111.200 căn, TPHCM 134.000 căn'), a
//     place the sentence says is a unit that has it ('Anh Sơn là huyện … có 100% …');
//   - a change of a figure or a second verb of its owner ('886 doanh nghiệp, tăng 199', '4 Sở, còn
//     thừa 1 Phó giám đốc'), an aside in brackets right after it.
// Anything else has no owner the text states ('trao cho 12 đảng viên', '300 đại biểu dự', 'với
// hơn 100 doanh nghiệp tham dự').
//
// As-of date: a date of the same sentence after 'tính đến', 'đến hết' … ('tính đến ngày
// 31/12/2024, toàn tỉnh có …'), or the date that opens the sentence ('Năm 2023, …', 'Sáu tháng
// đầu năm 2017 có …') or a later clause with its verb (', bốn tháng đầu năm 2017 đã có …'); a list
// of counts shares it; never a comparison's base ('so với cuối năm 2015').

import type { Candidate, Context } from '../pipeline.ts';
import {
  ACTING_BEFORE_COUNT, AS_OF_MARKERS, BREAKDOWN_OPENERS, COUNTRY_OWNERS, FIGURE_TIME_WORDS, HAVING_ADVERBS as FIGURE_HAVING_ADVERBS, HAVING_VERBS, LIST_LINKS, NOT_OWNER_BEFORE,
  OWNER_AFTER, PLACE_BACK_REFERENCES, PLACE_UNITS, PREPOSITIONS_BEFORE_COUNT, SENTENCE_CONNECTIVES, WHOLE_LEVEL_BEFORE, WHOLE_LEVELS, WHOLE_PLACE,
  WHOLE_PLACE_OF,
} from '../lexicon/figures.ts';
import {
  AMOUNT_STRESS, BARE_AREA, BODY_HEADS_BEFORE_PLACE, PLAN_HEADS_BEFORE_PLACE, FRONTED_TIME_ADVERBS, CHANGE_LINKS, COMPARISON_BEFORE_DATE, COUNTRY_NAME, ENTERPRISE_HEADS, FIGURE_BACK_REFERENCES, FIGURE_VERB_OBJECTS,
  FIGURE_VERBS, MORE_HAVING_ADVERBS, OPENING_PREPOSITIONS, PERIOD_BEFORE_DATE, PERIOD_NUMBER_WORDS, PERSON_SURNAMES, PLACE_AFTER_LINKS, PLACE_EVENT_VERBS, PLACE_NEED_VERBS,
  PLACES_PLURAL, RATE_AFTER_AMOUNT, REGION_FRAMES, REGIONS, SMALL_PLACES, TEAM_OWNERS, WHOLE_COUNTRY,
} from '../lexicon/count-owners.ts';
import { alternation, isRegexSpace } from '../text/patterns.ts';
import { isCentralCity, provinceByName } from '../places.ts';
import { lowerBound } from '../text/sorted.ts';
import { factKey } from '../text/fold.ts';
import { ROLE_TITLES } from '../lexicon/roles.ts';
import { COUNT_TITLES, UNIT_NARROWERS } from '../lexicon/units.ts';
import { COUNTED_NOUNS } from '../lexicon/count-nouns.ts';
import { FUNCTION_WORDS, PHRASE_END_VERBS, PHRASE_END_WORDS } from '../lexicon/count-boundaries.ts';
import { EXTRA_PHRASE_END_PAIRS, EXTRA_PHRASE_END_WORDS } from '../lexicon/count-phrase-ends.ts';
import { narrowable, regexHere } from '../text/narrow.ts';

type Count = Candidate<'count'>;
type Office = Candidate<'office'>;
type DateC = Candidate<'date'>;

/** The adverbs between an owner and its verb: figures.ts's, and 'vốn' … (MORE_HAVING_ADVERBS). */
const HAVING_ADVERBS = [...FIGURE_HAVING_ADVERBS, ...MORE_HAVING_ADVERBS];
const ADVERBS = `(?:(?:${alternation(HAVING_ADVERBS)}) )*`;
const VERB = `(?:${alternation(HAVING_VERBS)})`;
/**
 * A verb of having, or of need after a place (PLACE_NEED_VERBS: 'cả nước cần xấp xỉ 1 triệu căn
 * hộ'), or of what happens there (PLACE_EVENT_VERBS: 'trên cả nước liên tiếp xảy ra 19 vụ').
 */
const PLACE_VERB = `(?:${alternation([...HAVING_VERBS, ...PLACE_NEED_VERBS, ...PLACE_EVENT_VERBS])})`;
/** A word that stresses the number after the verb: 'có đến sáu', 'có tới 30'. */
const STRESS = `(?: (?:${alternation(AMOUNT_STRESS)}))?`;
/** From an owner's end to the number: ' hiện có ', ' (gồm 3 xã) có ', ', với ', ' này hiện vẫn còn ' ('Văn phòng UBND tỉnh này'), ' vốn có đến '. */
const OWNER_TO_NUMBER = narrowable(`^(?: này)?(?: \\([^()]{0,60}\\))?,? ${ADVERBS}${VERB}${STRESS} $`, 'u');
/** A team (TEAM_OWNERS) that opens its clause, then what OWNER_TO_NUMBER reads up to the number. */
const TEAM_BEFORE = narrowable(`(?:^[\\s"“-]*|[,;:(] )(${alternation(TEAM_OWNERS.flatMap((t) => [t, t[0].toLowerCase() + t.slice(1)]))}),? ${ADVERBS}${VERB}${STRESS} $`, 'u');
/**
 * A time between a place and its figure's verb: ' hiện nay', ' năm học 2016-2017', ' đến thời
 * điểm cuối năm 2016'.
 */
const FIGURE_TIME =
  `(?: (?:${alternation(FIGURE_TIME_WORDS)})(?: \\d{4}(?: ?[-–] ?\\d{4})?)?` +
  // a period: ' trong 6 tháng đầu năm 2017'
  `| trong (?:(?:\\d{1,2}|${alternation(PERIOD_NUMBER_WORDS)}) )?tháng (?:đầu|cuối) năm(?: \\d{4})?` +
  `| (?:tính )?(?:đến|tới) (?:thời điểm )?(?:(?:cuối|hết|đầu) )?(?:(?:ngày|tháng|năm) )?\\d[\\d/.-]{3,9})?`;
/**
 * After a place's figure stated by a verb of amount, an amount that is no count and the verb of
 * its rate: ' đạt khoảng 120.605 tỷ đồng, tăng', ' là 1038,5ha, đạt' (the rate is the place's).
 */
const AMOUNT_THEN_RATE = `(?: (?:khoảng|trên|hơn|gần|xấp xỉ))? \\d[\\d.,]*[\\p{L}\\p{M}²³/]*(?: [\\p{L}\\p{M}²³/]+){0,3},? (?:${alternation(RATE_AFTER_AMOUNT)})`;
/**
 * From a whole place to the number: a verb of having, or a figure's verb after the figure's noun
 * ('Tỷ lệ … trên địa bàn thành phố là 76%', '… trên địa bàn các tỉnh Tây Nguyên đạt khoảng 120.605
 * tỷ đồng, tăng 24%'), an aside in brackets and a time before it.
 */
const PLACE_TO_NUMBER =
  `(?: \\([^()]{0,80}\\))?(?:,? ${ADVERBS}${PLACE_VERB}${STRESS}|${FIGURE_TIME} ${ADVERBS}(?:${alternation(FIGURE_VERBS)})(?: (?:${alternation(FIGURE_VERB_OBJECTS)}))?)(?:${AMOUNT_THEN_RATE})? $`;
/** The whole country, right before the number: 'trên toàn quốc có 157 dự án' (COUNTRY_NAME). */
const WHOLE_COUNTRY_BEFORE = narrowable(`(?:^|[\\s,(])(?:${alternation(WHOLE_COUNTRY)})${PLACE_TO_NUMBER}`, 'iu');
/** A region, right before the number, named bare or after where ('tại khu vực Tây Nguyên đạt …'). */
const REGION_BEFORE = narrowable(`(?:^|[\\s,(])(?:(${alternation(REGION_FRAMES)}) )?(${alternation(REGIONS)})${PLACE_TO_NUMBER}`, 'u');
/** The whole of a place, right before the number. */
const WHOLE_PLACE_BEFORE = narrowable(`(?:^|[\\s,(])(?:${alternation(WHOLE_PLACE)})${PLACE_TO_NUMBER}`, 'iu');
/**
 * 'trên địa bàn' with no place after it, then the figure's verb: the figure's noun phrase is the
 * article's province ('tổng sản phẩm trên địa bàn ước tăng 7,5%'); only a figure's verb, not one of having.
 */
const BARE_AREA_BEFORE = narrowable(
  `(?:^|[\\s,(])(?:${alternation(BARE_AREA)})${FIGURE_TIME} ${ADVERBS}(?:${alternation(FIGURE_VERBS)})(?: (?:${alternation(FIGURE_VERB_OBJECTS)}))? $`,
  'iu',
);
/** The province or city as owner before 'là': 'của tỉnh là 1.914 đồng chí'. */
const WHOLE_PLACE_OF_BEFORE = narrowable(`(?:^|[\\s,(])(?:${alternation(WHOLE_PLACE_OF)})${FIGURE_TIME} là $`, 'u');
/** A word for a place named before, right before a verb of having: 'địa phương có bảy xã'. */
const PLACE_BACK_REFERENCE_AT = narrowable(`(?:^|[\\s,(])(?:${alternation(PLACE_BACK_REFERENCES)}),? ${ADVERBS}${VERB} $`, 'iu');
/** A level word alone as the whole of the article's unit of that level ('toàn huyện hiện có', 'của huyện đạt'). */
const WHOLE_LEVEL_AT = narrowable(`(?:^|[\\s,(])(?:${alternation(WHOLE_LEVEL_BEFORE)}) (${alternation(WHOLE_LEVELS)})${PLACE_TO_NUMBER}`, 'iu');
/** A place of a level by its proper name: 'huyện Anh Sơn'. */
const NAMED_PLACE = narrowable(`(?<![\\p{L}\\p{M}])(${alternation(WHOLE_LEVELS.filter((l) => l !== 'trường').flatMap((l) => [l, l[0].toUpperCase() + l.slice(1)]))}) (\\p{Lu}[\\p{Ll}\\p{M}]*)`, 'gu');
/** A place by its unit and proper name, right before the number. */
const PLACE_BEFORE = narrowable(
  `(?:^|[\\s,(])(${alternation(PLACE_UNITS.flatMap((u) => [u, u[0].toUpperCase() + u.slice(1)]))}) ((?:\\p{Lu}[\\p{Ll}\\p{M}]*|\\d+)(?: (?:\\p{Lu}[\\p{Ll}\\p{M}]*|\\d+)){0,3})(${PLACE_TO_NUMBER.slice(0, -2)}) $`,
  'u',
);
const AMOUNT_THEN_RATE_END = narrowable(`${AMOUNT_THEN_RATE}$`, 'u');
/** A tail of PLACE_TO_NUMBER that is a verb of having (the place is the verb's subject), not a figure's verb after the figure's noun. */
const HAVING_TAIL = narrowable(`^(?: \\([^()]{0,80}\\))?,? ${ADVERBS}${PLACE_VERB}${STRESS}$`, 'u');
/** Before a place inside the figure's noun phrase, which then states whose the figure is ('Tổng số doanh nghiệp … trên địa bàn tỉnh X … là 886'). */
const FRAME_BEFORE_PLACE = /(?:^|[\s,(])(?:trên địa bàn|của|toàn|ở|tại)(?: các)? $/iu;
/**
 * A level word alone where a clause opens, as the subject of a verb of having: 'Tỉnh hiện có 12
 * sở', 'Huyện có 15 xã' (the article's unit of that level; 'thành phố' only in a city's article).
 */
const LEVEL_SUBJECT_AT = narrowable(
  `(?:^|[,.;:(…]) *(${alternation(['tỉnh', 'thành phố', 'TP', ...WHOLE_LEVELS.filter((l) => l !== 'trường')])}),? ${ADVERBS}(?:${alternation(HAVING_VERBS.filter((v) => !v.startsWith('với')))}) $`,
  'iu',
);
/**
 * Before a level word after a comma: another level word, so the two are a coordination of kinds
 * of unit ('34 THADS tỉnh, thành phố với 355 Phòng', 'từ 7 xã, thị trấn còn 3 đơn vị'), no subject
 * (but 'cuộc thi … cấp TP, quận có 14 học sinh đạt giải': a level of a contest, then the subject).
 */
const LEVEL_COORDINATION_BEFORE = narrowable(`(?:^|[\\s(])(?<!cấp )(?:${alternation(['tỉnh', 'thành phố', 'TP', ...WHOLE_LEVELS])}), *$`, 'iu');
/**
 * A proper name alone right before a verb of having, after a lower-case word or where a clause
 * opens: a province or a country written bare ('báo cáo Yên Bái hiện có 4 sở').
 */
// (the look-ahead first: the look-behind reads a whole word back, and is tried only before ', ' or ' ')
const HAVING_AFTER_NAME = narrowable(`(?=,? )(?<=\\p{Lu}[\\p{Ll}\\p{M}]*),? ${ADVERBS}${PLACE_VERB}${STRESS} $`, 'u');
// The rules above that end with a verb of having or 'là' and a space (HAVING_AFTER_NAME,
// PLACE_BEFORE, WHOLE_PLACE_BEFORE, WHOLE_PLACE_OF_BEFORE, PLACE_BACK_REFERENCE_AT, WHOLE_LEVEL_AT)
// are run over up to LOOK_BACK characters before every count and try every position. Most counts
// follow no such word, which reading the last word tells at once: the word between the last two
// spaces must be a verb's last word (or 'là'), or none of them can match.
const lastWordOf = (phrase: string) => phrase.trim().split(/\s+/).pop() ?? '';
/** The last word of every match of HAVING_AFTER_NAME: a verb of having's, as written. */
const HAVING_LAST_WORD = narrowable(`^(?:${alternation([...HAVING_VERBS, ...PLACE_NEED_VERBS, ...PLACE_EVENT_VERBS, ...AMOUNT_STRESS].map(lastWordOf))})$`, 'u');
/** The last word of every match of the other rules: a verb of having's, a figure's or a rate's, in any case (some rules ignore it). */
const OWNER_RULE_LAST_WORD = narrowable(
  `^(?:${alternation([...HAVING_VERBS, ...FIGURE_VERBS, ...RATE_AFTER_AMOUNT, ...PLACE_NEED_VERBS, ...PLACE_EVENT_VERBS, ...AMOUNT_STRESS, ...FIGURE_VERB_OBJECTS].map(lastWordOf))})$`,
  'iu',
);
/** Whether `before` ends with a space, and the word before it (after a space) is one `lastWord` takes. */
function endsWithWord(before: string, lastWord: RegExp): boolean {
  if (before.charCodeAt(before.length - 1) !== 0x20) return false;
  return lastWord.test(before.slice(before.lastIndexOf(' ', before.length - 2) + 1, before.length - 1));
}
const CAPITALISED = narrowable(String.raw`^\p{Lu}[\p{Ll}\p{M}]*$`, 'u');
const OPENING_QUOTE = /^[“"]$/u;
/** The proper name (up to four capitalised words) that ends `before` right before a verb of having, read backwards word by word. */
function bareNameBefore(before: string): { name: string; index: number } | null {
  const tail = endsWithWord(before, HAVING_LAST_WORD) ? HAVING_AFTER_NAME.exec(before) : null;
  if (!tail) return null;
  let start = tail.index;
  let end = tail.index;
  for (let n = 0; n < 4; n++) {
    const wordStart = before.lastIndexOf(' ', end - 1) + 1;
    // (a name that opens a quotation: '“Đức Thọ có …')
    if (OPENING_QUOTE.test(before[wordStart] ?? '') && CAPITALISED.test(before.slice(wordStart + 1, end))) {
      start = wordStart + 1;
      break;
    }
    if (!CAPITALISED.test(before.slice(wordStart, end))) break;
    start = wordStart;
    if (wordStart === 0) break;
    end = wordStart - 1;
  }
  return start < tail.index ? { name: before.slice(start, tail.index), index: start } : null;
}
/** A quotation that opens with the name: '. “Đức Thọ có …' (a clause opens inside it). */
const QUOTE_OPENS = /(?:^|[\s,.;:(…])[“"]$/u;
/**
 * A district or smaller place named bare that the article names elsewhere with its level ('Ban
 * CHQS huyện Đức Thọ' … '“Đức Thọ có gần 40 nghìn thanh niên' → 'huyện Đức Thọ'), when one level
 * only goes with that name.
 */
function placeNamedWithLevel(name: string, places: readonly NamedPlace[]): NamedPlace | undefined {
  const found = places.filter((p) => p.level !== 'tỉnh' && p.name.endsWith(` ${name}`) && p.name.length === p.level.length + 1 + name.length);
  return found.length && found.every((p) => p.name === found[0].name) ? found[0] : undefined;
}
/**
 * Such a place as the owner only where it opens its clause ('. Anh Sơn hiện có', ', Định Hóa vẫn
 * còn') or follows its level word ('Riêng xã điểm Phùng Xá, đến nay đã có'); not the end of a
 * body's name ('của Công ty … bò sữa Mộc Châu có', 'Trạm y tế Vĩnh Lộc A, còn'), nor the last of a
 * list of places ('quận Tân Bình, Gò Vấp, Thủ Đức còn').
 */
function levelPlaceOwning(name: string, lookBack: string, opens: boolean, places: readonly NamedPlace[]): string | undefined {
  const place = placeNamedWithLevel(name, places);
  if (!place || PLACE_LIST_BEFORE.test(lookBack)) return undefined;
  const lastWords = lookBack.trim().split(/\s+/u).slice(-2);
  return opens || lastWords.includes(place.level) ? place.name : undefined;
}
/** A proper name and a comma right before: the place is the last of a list. */
const PLACE_LIST_BEFORE = narrowable(String.raw`\p{Lu}[\p{Ll}\p{M}]*, *$`, 'u');
const COUNTRY = new Set<string>(COUNTRY_OWNERS);
/** From the previous count of a list to this one: ' trực thuộc với ', ', ', ' và '. */
// (or a change of the count before, or a second verb of its owner: ', tăng 199 doanh nghiệp',
// ', con số này có giảm 157 vụ', ', còn thừa 1 Phó giám đốc')
const LINK_WORDS = `${alternation(LIST_LINKS.filter((l) => l !== ','))}|(?:(?:${alternation(FIGURE_BACK_REFERENCES)}) (?:có |đã )?)?(?:${alternation(CHANGE_LINKS)})`;
const LIST_LINK = narrowable(`^(?: [\\p{Ll}\\p{M}]+){0,3}(?: ?(?:${LINK_WORDS})| ?,(?: (?:${LINK_WORDS}))?) $`, 'u');
/** Before a count: a verb by which someone acts on what is counted (then no body after it owns it). */
const ACTING_IN_SENTENCE = narrowable(`(?:^|[\\s,(])(?:${alternation(ACTING_BEFORE_COUNT)})(?![\\p{L}\\p{M}])`, 'iu');
/** A preposition right before the number. */
const PREPOSITION_BEFORE = narrowable(`(?:^|[\\s,(])(?:${alternation(PREPOSITIONS_BEFORE_COUNT)}) $`, 'iu');
/** Counted nouns of people: titles and the people and Party units. */
const PEOPLE_UNITS = new Set([
  ...[...ROLE_TITLES, ...COUNT_TITLES].map((t) => t.toLowerCase()),
  ...COUNTED_NOUNS.filter((u) => u.group === 'people' || u.group === 'party').flatMap((u) => [u.unit, ...u.variants.map((v) => v.toLowerCase())]),
]);
/** Before a count that is an item of a list: ', ', ' và ', ', trong đó (có) '. */
const LIST_ITEM_BEFORE = narrowable(`(?:,|(?:^|[\\s,])(?:và|${alternation(BREAKDOWN_OPENERS)})(?: có)?) $`, 'u');
/** Its place by unit and proper name: 'huyện Quế Sơn'. */
const PLACE_AT = narrowable(`^(${alternation(PLACE_UNITS.filter((u) => u !== 'TP.'))}) (\\p{Lu}[\\p{Ll}\\p{M}]*)(?![\\p{L}\\p{M}])`, 'u');
/** A capitalised word after a space: the next word of a proper name. */
const NAME_WORD = narrowable(String.raw`^ \p{Lu}[\p{Ll}\p{M}]*(?![\p{L}\p{M}\p{N}])`, 'u');
/** A proper name's end: up to three more capitalised words after its first one, which ends at `at`. */
function nameEnd(text: string, at: number): number {
  for (let n = 0; n < 3; n++) {
    const w = NAME_WORD.exec(text.slice(at, at + 20));
    if (!w) break;
    at += w[0].length;
  }
  return at;
}
/** After a count, the opening bracket of an aside in its clause: ' (', ' so với 31/12/2015 ('. */
const ASIDE_AFTER = /^[^,.;:()\n]{0,40}\(/u;
/** An aside that says what the figure leaves out. */
const ASIDE_LEAVES_OUT = narrowable(String.raw`^\s*(?:chưa kể|không kể|không tính|chưa tính|ngoài|trừ)(?![\p{L}\p{M}])`, 'iu');
/** A breakdown of the count before it: ', trong đó 2 người …'. */
const BREAKDOWN_AFTER = narrowable(`^[\\p{Ll}\\p{M} ]{0,30},? (?:${alternation(BREAKDOWN_OPENERS)})(?![\\p{L}\\p{M}])`, 'u');
/** Before a body that modifies the noun before it. */
const MODIFIER_BEFORE = narrowable(`(?:^|[\\s,(])(?:${alternation(NOT_OWNER_BEFORE)}) $`, 'iu');
/** Where a clause opens: a sentence or clause start, or a fronting adverb ('Riêng', 'Ngoài ra,'). */
const CLAUSE_OPENS = /(?:^|[,.;:(…]) *$|(?:^|[\s,])(?:riêng|còn|ngoài ra|trong đó|đặc biệt) $/iu;
/** A clause opened by a time adverb (FRONTED_TIME_ADVERBS): 'Hiện tại ', ', hiện nay '. */
const TIME_OPENS = narrowable(`(?:^|[,.;:(…]) *(?:${alternation(FRONTED_TIME_ADVERBS)}),? $`, 'iu');
/** Before an as-of date. */
const AS_OF_BEFORE = narrowable(`(?:^|[\\s,(])(?:${alternation(AS_OF_MARKERS)})(?: (?:ngày|hết|cuối))? $`, 'iu');
/** Before a date a period starts at ('Từ cuối năm 2015 đến nay …'): a start, not the date the figure holds at. */
const SINCE_BEFORE = /(?:^|[\s,(])từ (?:cuối|hết|đầu)(?: ngày)? $/iu;
/** Before a date that opens its sentence: 'Năm 2023, …', 'Ngày 20/12/2021, …', 'Sáng 5/3, …'. */
const DATE_OPENS = narrowable(
  // (after an aside of source: 'Mới đây, theo thông báo của UBND tỉnh X, trong 5 tháng đầu năm 2017, …')
  `^[\\s"“(-]*(?:(?:${alternation(SENTENCE_CONNECTIVES)}),? )?(?:[Tt]heo [^,.;:()]{1,80}, )?(?:(?:vào|trong) )?(?:(?:[Nn]gày|[Ss]áng|[Cc]hiều|[Tt]ối|[Tt]rưa)(?: ngày)? )?` +
    // a period that ends in the date: 'Sáu tháng đầu năm 2017', 'Trong 6 tháng đầu năm 2017', 'Cuối năm 2016'
    `(?:(?:(?:\\d{1,2}|${alternation(PERIOD_NUMBER_WORDS)}) )?(?:${alternation(PERIOD_BEFORE_DATE)}) )?$`,
  'iu',
);
/** Before a date that opens a clause after a comma, with its period: ', bốn tháng đầu '. */
const CLAUSE_DATE_OPENS = narrowable(
  `[,;] (?:(?:vào|trong) )?(?:(?:\\d{1,2}|${alternation(PERIOD_NUMBER_WORDS)}) )?(?:(?:${alternation(PERIOD_BEFORE_DATE)}) )?$`,
  'iu',
);
/**
 * After a date that opens its sentence: a comma, or the sentence's verb of having ('Sáu tháng đầu
 * năm 2017 có 33.000 tin bài'); not a comma before another year ('năm 2017, 2018, nếu …': years
 * listed, no one date the figure holds at).
 */
const AFTER_OPENING_DATE = narrowable(`^(?:,(?! \\d{4}(?!\\d))| ${ADVERBS}${VERB} )`, 'u');
/** Before a date that is a comparison's base ('tăng 19,5% so với cuối năm 2015'): no date a figure holds at. */
const COMPARED_BEFORE = narrowable(`(?:^|[\\s,(])(?:${alternation(COMPARISON_BEFORE_DATE)})(?: (?:cuối|hết|đầu|ngày|thời điểm))* $`, 'iu');
/**
 * Before a date in brackets that ends the sentence's opening adverbial of place or time: 'Tại kỳ
 * họp thứ 5 Quốc hội khóa XIII (tháng 6.2013), …', 'Chỉ gần một năm rưỡi sau, tại kỳ họp thứ 8 …
 * (tháng 11.2014) Quốc hội …': the adverbial dates the whole sentence.
 */
const BRACKETED_DATE_OPENS = /^[\s"“-]*(?:[^,.;:()]{1,40}, )?(?:[Tt]ại|[Tt]rong) [^,.;:()]{1,80} \($/u;
/** A sentence end with no space after it, before a capital ('khó khăn.Với'). */
const GLUED_SENTENCE = narrowable(String.raw`[.!?…]["”]?\p{Lu}`, 'u');
/** How far before a number its owner and its date are looked for (a long sentence's head is beyond). */
const LOOK_BACK = 240;
/** Where a sentence (or a line) ends, for the look-back. */
// (or glued to the next sentence after a lower-case word: 'UBND TP Hà Nội.Theo Chương trình'; not
// 'TP.HCM', 'Tp.Hồ Chí Minh')
// (the look-ahead before the look-behind only spares the engine trying it at every position)
// (sentenceEnds reads its first two alternatives plainly and runs GLUED_END, its third, only
// where a capital may follow the mark)
export const SENTENCE_END = narrowable(String.raw`[.!?;\n](?=\s|$)|\n|(?=[.!?])(?<=[\p{Ll}\p{M}]{2})[.!?](?=["”]?\p{Lu}[\p{Ll}\p{M}])`, 'gu');
const GLUED_END = narrowable(String.raw`(?<=[\p{Ll}\p{M}]{2})[.!?](?=["”]?\p{Lu}[\p{Ll}\p{M}])`, 'uy');

/** Sets `subject` and `asOf` on the counts whose sentence says them. Offices must be named already (mergeNamesOfOneBody). */
export function attachCountSubjects(counts: Count[], offices: readonly Office[], dates: readonly DateC[], ctx: Context): void {
  if (!counts.length) return;
  const { text } = ctx;
  const sorted = [...counts].sort((a, b) => a.start - b.start);
  const ends = sentenceEnds(text);
  const officesByEnd = [...offices].sort((a, b) => a.end - b.end);
  const officeEnds = officesByEnd.map((o) => o.end);
  const datesSorted = [...dates].sort((a, b) => a.start - b.start);
  const dateStarts = datesSorted.map((d) => d.start);
  const officesByStart = [...offices].sort((a, b) => a.start - b.start);
  const officeStarts = officesByStart.map((o) => o.start);
  // (read from the whole text only for a count whose owner is a place named before: most texts have none)
  let named: NamedPlace[] | undefined;
  const places = () => (named ??= namedPlaces(text));
  let previous: Count | undefined;
  /** A count whose breakdown follows (', trong đó …'): the later counts of its sentence share its owner. */
  let whole: { subject: string; sentence: number } | undefined;
  /** An aside in brackets after a count with an owner: the counts inside it share the owner. */
  let aside: { subject: string; open: number; close: number } | undefined;
  /** The date that opens the sentence of the counts before, with that sentence's start. */
  let opening: { value: string; sentence: number; at: number } | undefined;
  for (const c of sorted) {
    // The sentence, but no more than a window: a text without sentence ends stays linear.
    const sentence = sentenceStart(ends, c.start);
    const from = Math.max(sentence, c.start - LOOK_BACK);
    const before = text.slice(from, c.start);
    const link = previous && previous.end > from && previous.end <= c.start ? text.slice(previous.end, c.start) : undefined;
    // (a ratio's whole after its part: '31/66 trường học')
    const listed = link !== undefined && (link === '/' || LIST_LINK.test(link)) ? previous : undefined;
    const subject =
      ownerOf(c, before, from, officesByEnd, officeEnds, places, officesByStart, ctx) ??
      ownerAfter(c, from, officesByStart, officeStarts, places, ctx) ??
      listed?.subject ??
      (whole && whole.sentence === sentence && LIST_ITEM_BEFORE.test(before) ? whole.subject : undefined) ??
      (aside && c.start > aside.open && c.end <= aside.close ? aside.subject : undefined);
    if (subject) c.subject = subject;
    // an aside in brackets right after a figure breaks it down or restates it: '… tăng 7,5% (dịch vụ
    // tăng 8,1%, …)', '… tăng 13,53% so với 31/12/2015 (chiếm 92,4% …)'
    if (subject && !(aside && c.end <= aside.close)) {
      const opens = ASIDE_AFTER.exec(text.slice(c.end, c.end + 60));
      const open = opens ? c.end + opens[0].length - 1 : -1;
      const close = opens ? text.indexOf(')', open) : -1;
      // (not what the figure leaves out: '485.955 ô tô (chưa kể khoảng 1,2 triệu phương tiện ngoại lai)')
      aside = close > 0 && close - open < 300 && !ASIDE_LEAVES_OUT.test(text.slice(open + 1, open + 20)) ? { subject, open, close } : undefined;
    }
    let own = asOfDate(datesSorted, dateStarts, from, c.start, text);
    // a date at the head of an adverbial that opens the sentence ('Tại thời điểm đấu giá đất năm
    // 2014, …', 'Đến 2020, …'), read from the sentence's start however far back it is
    if (!own && opening?.sentence !== sentence) {
      const head = openingDate(datesSorted, dateStarts, sentence, c.start, text);
      if (head) own = { value: head, opens: true };
    }
    // a date that opens the sentence dates all of it, however long ('Tại kỳ họp … (tháng 11.2014) …, 362 phiếu …, 91 phiếu …')
    if (own?.opens) opening = { value: own.value, sentence, at: c.start };
    // (not across a sentence glued to the last one: 'khó khăn.Với kết quả …')
    const carried = opening?.sentence === sentence && !GLUED_SENTENCE.test(text.slice(opening.at, c.start)) ? opening.value : undefined;
    const asOf = own?.value ?? listed?.asOf ?? carried ?? asOfAfter(datesSorted, dateStarts, c.end, text);
    if (asOf) c.asOf = asOf;
    if (subject && BREAKDOWN_AFTER.test(text.slice(c.end, c.end + 40))) whole = { subject, sentence };
    else if (whole && whole.sentence !== sentence) whole = undefined;
    previous = c;
  }
  // One fact, one span: its owner and date are read in the sentence of its first mention
  // (distinct() would fill them from a later mention of the same key).
  const firsts = new Map<string, Count>();
  for (const c of sorted) {
    const key = factKey(c);
    const first = firsts.get(key);
    if (!first) firsts.set(key, c);
    else {
      if (first.subject === undefined) delete c.subject;
      if (first.asOf === undefined) delete c.asOf;
    }
  }
}

interface NamedPlace {
  level: string;
  name: string;
  start: number;
}

/** Places named by level and proper name ('huyện Anh Sơn'), in text order. */
function namedPlaces(text: string): NamedPlace[] {
  const out: NamedPlace[] = [];
  for (const m of text.matchAll(NAMED_PLACE)) {
    const level = m[1].toLowerCase();
    const from = m.index + m[1].length + 1;
    out.push({ level, name: `${level} ${text.slice(from, nameEnd(text, from + m[2].length))}`, start: m.index });
  }
  // A name read on into a person's after it ('UBND huyện Đan Phượng Nguyễn Văn Vũ') is the
  // shortest name of the same place that the text writes alone; a 'place' that is a person's
  // name ('Chủ tịch UBND huyện Đinh Hữu Hạnh': the district, then its chairman) is none.
  const names = new Set(out.map((p) => p.name));
  return out
    .map((p) => {
      const words = p.name.split(' ');
      for (let n = p.level.split(' ').length + 1; n < words.length; n++) {
        const shorter = words.slice(0, n).join(' ');
        if (names.has(shorter)) return { ...p, name: shorter };
      }
      return p;
    })
    .filter((p) => {
      const proper = p.name.slice(p.level.length + 1).split(' ');
      return !(proper.length >= 3 && SURNAMES.has(proper[0]));
    });
}
const SURNAMES = new Set<string>(PERSON_SURNAMES);

/**
 * The article's own unit of a level, for a level word that stands alone ('toàn huyện'): the
 * nearest place of that level named before `at`, else the first after it; for 'trường', the
 * nearest school among the offices likewise.
 */
function levelOwner(level: string, at: number, places: readonly NamedPlace[], offices: readonly Office[]): string | undefined {
  const named =
    level === 'trường'
      ? offices.filter((o) => /^trường /iu.test(o.name)).map((o) => ({ name: o.name, start: o.start }))
      : places.filter((p) => p.level === level);
  let found: { name: string; start: number } | undefined;
  for (const p of named) {
    if (p.start < at) found = p;
    else return found?.name ?? p.name;
  }
  return found?.name;
}

/**
 * The whole of the article's own unit that a level word alone names: 'tỉnh' the article's
 * province, 'thành phố'/'TP' the article's province when it is a centrally-run city (in a
 * province's article it is mostly one of its cities), a lower level its nearest named place.
 */
function wholeOf(levelWritten: string, at: number, places: () => readonly NamedPlace[], offices: readonly Office[], ctx: Context): string | undefined {
  const level = levelWritten.toLowerCase();
  const province = ctx.article.province;
  if (level === 'tỉnh') return province && !isCentralCity(province) ? province : undefined;
  if (level === 'thành phố' || level === 'tp') return province && isCentralCity(province) ? province : undefined;
  return levelOwner(level, at, places(), offices);
}

/**
 * A place by unit and name at `at` ('huyện Quế Sơn'), or a whole unit ('huyện', 'tỉnh', 'cả
 * nước'): its name, null when the unit is there but names no owner here, undefined when neither
 * is there.
 */
function placeOrWholeAt(
  text: string, at: number, after: string, places: () => readonly NamedPlace[], offices: readonly Office[], ctx: Context,
): string | null | undefined {
  const place = PLACE_AT.exec(after);
  if (place) {
    const from = at + place[1].length + 1;
    return placeName(place[1], text.slice(from, nameEnd(text, from + place[2].length))) ?? null;
  }
  const whole = WHOLE_AFTER_OF.exec(after);
  if (whole) return (whole[1] ? wholeOf(whole[1], at, places, offices, ctx) : COUNTRY_NAME) ?? null;
  return undefined;
}

/**
 * A body or place named right after the counted noun as the one that has it: '3 trưởng ban HĐND
 * TP', '3 xã nông thôn mới của huyện Quế Sơn'. Not where the sentence acts on what is counted
 * ('trao cho 12 đảng viên của Chi bộ X': recipients).
 */
function ownerAfter(
  c: Count, from: number, offices: readonly Office[], officeStarts: readonly number[], places: () => readonly NamedPlace[], ctx: Context,
): string | undefined {
  const { text } = ctx;
  const before = text.slice(from, c.start);
  // (after 'trong' the count is the whole a part is taken from, no verb's object: 'khởi tố … các
  // vi phạm … trong 12 dự án của tập đoàn X', '1 trong 3 xã nông thôn mới của huyện X')
  if ((!IN_WHOLE_BEFORE.test(before) && ACTING_IN_SENTENCE.test(before)) || PREPOSITION_BEFORE.test(before)) return undefined;
  // where the counted are, later in the clause: '1 trong 6 dự án nhà ở xã hội trên địa bàn Hà Nội'
  // (only for a count that opens its clause, follows a verb of having or 'là', or is the whole of
  // '1 trong 6 dự án': the object of an act is placed, not owned — 'đã đầu tư tại Đồng Tháp 06 nhà
  // máy … trên địa bàn tỉnh', 'hư hỏng gần 70 ngôi nhà trên địa bàn huyện')
  const where = CLAUSE_OPENS.test(before) || IN_WHOLE_BEFORE.test(before) || HOLDING_BEFORE.test(before) ? PLACE_AFTER_SCAN.exec(text.slice(c.end, c.end + 80)) : null;
  if (where) {
    const at = c.end + where[0].length;
    const after = text.slice(at, at + 120);
    const unit = placeOrWholeAt(text, at, after, places, offices, ctx);
    if (unit !== undefined) return unit ?? undefined;
    const first = NAME_AT.exec(after);
    const words = first ? text.slice(at, nameEnd(text, at + first[0].length)).split(' ') : [];
    for (let n = words.length; n > 0; n--) {
      const name = words.slice(0, n).join(' ');
      const owner = provinceOrRegion(name);
      if (owner) return owner;
    }
  }
  let p = c.end;
  for (let n = 0; n <= 4; n++) {
    if (text.charCodeAt(p) !== 32) return undefined;
    const q = p + 1;
    const link = OWNER_LINK.exec(text.slice(q, q + 8));
    const at = link ? q + link[0].length : q;
    if (link || (n === 0 && PEOPLE_UNITS.has(c.unit))) {
      const i = lowerBound(officeStarts, at);
      if (i < offices.length && offices[i].start === at) return offices[i].name;
    }
    if (link) {
      const after = text.slice(at, at + 120);
      // 'của huyện X'; 'của huyện', 'của tỉnh', 'của cả nước': the whole unit; 'của tập đoàn Mường Thanh': its body
      const unit = placeOrWholeAt(text, at, after, places, offices, ctx);
      if (unit !== undefined) return unit ?? undefined;
      const firm = ENTERPRISE_AT.exec(after);
      if (firm && !NAME_GOES_ON_AFTER.test(after.slice(firm[0].length, firm[0].length + 40))) return `${firm[1][0].toUpperCase()}${firm[1].slice(1)} ${firm[2]}`;
      return undefined;
    }
    // the words between are the counted noun's modifiers, no verb ('300 đại biểu | dự hội nghị của Tỉnh ủy')
    const w = WORD_AT.exec(text.slice(q, q + 20));
    if (!w || ENDS_PHRASE.has(w[0]) || ACTING_WORDS.has(w[0])) return undefined;
    const next = regexHere.u`^ ([\p{Ll}\p{M}]+)`.exec(text.slice(q + w[0].length, q + w[0].length + 20));
    if (next && (ENDS_PHRASE_PAIRS.has(`${w[0]} ${next[1]}`) || ACTING_WORDS.has(`${w[0]} ${next[1]}`))) return undefined;
    p = q + w[0].length;
  }
  return undefined;
}
/** After a count, the rest of its noun phrase up to where the counted are (PLACE_AFTER_LINKS), in the same clause and before any verb of acting. */
const PLACE_AFTER_SCAN = narrowable(`^[\\p{L}\\p{M} ]{0,60}? (?:${alternation(PLACE_AFTER_LINKS)}) `, 'u');
/** A verb of having or 'là' right before the number. */
const HOLDING_BEFORE = /(?:^|\s)(?:có|là|gồm|còn) ?$/u;
/** A proper name of up to four words at the start. */
const NAME_AT = narrowable(String.raw`^\p{Lu}[\p{Ll}\p{M}]*(?![\p{L}\p{M}])`, 'u');
/** Before a count that is the whole a part is taken from: '1 trong 3 xã', 'trong 12 dự án'. */
const IN_WHOLE_BEFORE = /(?:^|[\s,(])trong $/u;
/** After 'của', a unit named by its level alone ('của huyện', 'của tỉnh'), or the whole country. */
const WHOLE_AFTER_OF = narrowable(
  `^(?:(?:toàn|cả) )?(?:(${alternation(['tỉnh', 'thành phố', 'TP', ...WHOLE_LEVELS.filter((l) => l !== 'trường')])})|(?:${alternation(WHOLE_COUNTRY)}))` +
    // and nothing that goes on with the word ('xã hội', 'tỉnh Gia Lai', 'quận 1'): punctuation or a clause's next word
    `(?=[\\s"”]*[,.;:)!?…\\n]|[\\s"”]*$| (?:năm|hiện|hiện nay|là|đạt|có|trong|đang|được|đã|và|với|tăng|giảm|chiếm|này|cũng|so|từ|đến|theo|thì|nhưng)(?![\\p{L}\\p{M}]))`,
  'u',
);
/** After an enterprise's name: its name goes on in lower case ('Công ty TNHH MTV Cấp thoát nước Kiên Giang'), then it is not read. */
const NAME_GOES_ON_AFTER = narrowable(String.raw`^ [\p{Ll}\p{M}]+(?: [\p{Ll}\p{M}]+){0,3} \p{Lu}`, 'u');
/** After 'của', a body that is no office, by its head and proper name: 'tập đoàn Mường Thanh', 'Công ty TNHH MTV Cấp thoát nước Kiên Giang'. */
const ENTERPRISE_AT = narrowable(
  `^(${alternation(ENTERPRISE_HEADS.flatMap((h) => [h, h[0].toUpperCase() + h.slice(1)]))}) ((?:\\p{Lu}[\\p{L}\\p{M}&]*)(?: \\p{Lu}[\\p{L}\\p{M}&]*){0,5})(?![\\p{L}\\p{M}])`,
  'u',
);
const ENDS_PHRASE = new Set([...FUNCTION_WORDS, ...PHRASE_END_WORDS, ...EXTRA_PHRASE_END_WORDS].filter((w) => !OWNER_AFTER.includes(w as never) && !UNIT_NARROWERS.includes(w)));
const ENDS_PHRASE_PAIRS = new Set([...PHRASE_END_VERBS, ...EXTRA_PHRASE_END_PAIRS]);
const ACTING_WORDS = new Set<string>(ACTING_BEFORE_COUNT);
const OWNER_LINK = narrowable(`^(?:${alternation(OWNER_AFTER)}) `, 'u');
const WORD_AT = narrowable(String.raw`^[\p{Ll}\p{M}]+`, 'u');

/** A place as an owner: 'tỉnh Gia Lai' → 'Gia Lai', 'huyện Chư Sê' → 'huyện Chư Sê'. */
function placeName(unitWritten: string, name: string): string {
  const unit = unitWritten.replace(/\.$/, '').replace(/^./, (ch) => (unitWritten.startsWith('TP') ? ch : ch.toLowerCase()));
  if (unit === 'tỉnh' || unit === 'thành phố' || unit === 'TP') {
    return provinceByName(name) ?? (unit !== 'tỉnh' ? provinceByName(`Thành phố ${name}`) : undefined) ?? (unit === 'tỉnh' ? name : `${unit === 'TP' ? 'thành phố' : unit} ${name}`);
  }
  return `${unit} ${name}`;
}

/** The body or place the sentence gives as the figure's owner, right before the number. */
function ownerOf(
  c: Count, before: string, from: number, offices: readonly Office[], officeEnds: readonly number[],
  places: () => readonly NamedPlace[], officesByStart: readonly Office[], ctx: Context,
): string | undefined {
  // 'X với N Y tham dự': attendees and participants are nobody's figure (DECISIONS: null).
  if (WITH_BEFORE.test(before) && ATTENDING_AFTER.test(ctx.text.slice(c.end, c.end + 40))) return undefined;
  // 'giữa X với N Y': the two sides of a relation, neither has the other ('Hợp tác truyền thông giữa tỉnh Quảng Ninh với bốn cơ quan báo chí').
  if (BETWEEN_WITH_BEFORE.test(before)) return undefined;
  // An office whose name ends before the number, in the same sentence, linked by a verb of having.
  for (let i = lastEndingBefore(officeEnds, c.start); i >= 0 && offices[i].end > from; i--) {
    const o = offices[i];
    if (o.start < from) break;
    const link = ctx.text.slice(o.end, c.start);
    // ('này' only after a level word that ends the name: 'Văn phòng UBND tỉnh này' is this
    // province's; in 'kỳ họp Quốc hội này có' it is the session's)
    // (nor an office that ends a longer body's name: 'Công đoàn cơ quan Quận ủy có 83 đoàn viên')
    if (
      OWNER_TO_NUMBER.test(link) && (!link.startsWith(' này') || LEVEL_AT_END.test(ctx.text.slice(o.start, o.end))) &&
      !MODIFIER_BEFORE.test(ctx.text.slice(Math.max(from, o.start - 14), o.start)) && !BODY_NAME_GOES_ON.test(ctx.text.slice(Math.max(from, o.start - 50), o.start))
    ) return o.name;
    break; // only the nearest office can be the owner
  }
  // A team named by its work that opens its clause, then a verb of having: 'Đoàn thanh tra gồm 12 thành viên'.
  const team = TEAM_BEFORE.exec(before);
  if (team) return team[1];
  const ownerRules = endsWithWord(before, OWNER_RULE_LAST_WORD);
  if (ownerRules && (WHOLE_PLACE_BEFORE.test(before) || WHOLE_PLACE_OF_BEFORE.test(before) || BARE_AREA_BEFORE.test(before))) return ctx.article.province;
  // (not 'với': 'chiếm 40% diện tích trồng dừa cả nước với 163.000 hộ' — the country modifies the noun before it)
  if (ownerRules && WHOLE_COUNTRY_BEFORE.test(before) && !/(?:^|\s)với(?: tổng số)? $/u.test(before)) return COUNTRY_NAME;
  const levelSubject = ownerRules ? LEVEL_SUBJECT_AT.exec(before) : null;
  if (levelSubject && !LEVEL_COORDINATION_BEFORE.test(before.slice(Math.max(0, levelSubject.index - 20), levelSubject.index + 1))) {
    const owner = wholeOf(levelSubject[1], c.start, places, officesByStart, ctx);
    if (owner) return owner;
  }
  // a region after where it is ('trên địa bàn các tỉnh Tây Nguyên'), or opening its clause
  const region = ownerRules ? REGION_BEFORE.exec(before) : null;
  // (not a region that ends a body's name, 'Đài Khí tượng Thủy văn khu vực Bắc Bộ, với 32 cán
  // bộ', nor one that modifies a noun before 'với')
  if (region && !/(?:^|\s)với(?: tổng số)? $/u.test(before)) {
    const phrase = region.index + region[0].search(/\S/u);
    const at = region.index + region[0].indexOf(region[2]);
    const nameGoesOn = NAME_GOES_ON_BEFORE.test(before.slice(Math.max(0, phrase - 30), phrase)) || endsAnOffice(from + at, c.start, offices, officeEnds);
    if (!nameGoesOn && (region[1] || CLAUSE_OPENS.test(before.slice(Math.max(0, at - 20), at)))) return region[2];
  }
  const back = ownerRules ? PLACE_BACK_REFERENCE_AT.exec(before) : null;
  if (back) {
    // the nearest place named before it in the sentence
    let found: string | undefined;
    for (const p of places()) {
      if (p.start < from) continue;
      if (p.start >= from + back.index) break;
      found = p.name;
    }
    if (found) return found;
  }
  const level = ownerRules ? WHOLE_LEVEL_AT.exec(before) : null;
  if (level) {
    const owner = levelOwner(level[1].toLowerCase(), c.start, places(), officesByStart);
    if (owner) return owner;
  }
  const place = ownerRules ? PLACE_BEFORE.exec(before) : null;
  // (not the place that ends an office's name: 'Theo Phòng GD-ĐT quận 1, đến nay đã có …')
  const placeStart = place ? from + place.index + (place[0].startsWith(place[1]) ? 0 : 1) : -1;
  if (place && !endsAnOffice(placeStart, c.start, offices, officeEnds) && !PLACE_OR_BODY_BEFORE.test(before.slice(Math.max(0, place.index - 50), place.index + 1))) {
    // 'huyện … đầu tiên của tỉnh Nghệ An có 100% …': the province modifies the noun before it,
    // which has the figure; 'tỷ lệ … của tỉnh X đạt 8%' is the province's rate.
    // A place after 'tại' that opens its clause is where the figure is ('Ngoài ra, tại huyện X có
    // 112 con lợn …'); after a noun it places that noun ('khu biệt thự tại tỉnh X gồm 6 lô').
    // A figure's verb after the figure's noun ('Tổng số doanh nghiệp … trên địa bàn tỉnh X … là
    // 886') needs the place inside that noun phrase; a verb of having takes it as its subject.
    const having = HAVING_TAIL.test(place[3].replace(AMOUNT_THEN_RATE_END, ''));
    const modifier = MODIFIER_BEFORE.exec(before.slice(Math.max(0, place.index - 13), place.index + 1));
    const at = place.index + 1 - (modifier ? modifier[0].trimStart().length : 0);
    const locative = modifier !== null && /^(?:Tại $|tại $)/u.test(modifier[0].trimStart()) && (modifier[0].trimStart()[0] === 'T' || CLAUSE_OPENS.test(before.slice(Math.max(0, at - 20), at)));
    if (having ? !modifier || locative || (/của $/u.test(modifier[0]) && /đạt $/u.test(place[3].replace(AMOUNT_THEN_RATE_END, ''))) : FRAME_BEFORE_PLACE.test(before.slice(Math.max(0, place.index - 20), place.index + 1))) {
      return placeName(place[1], place[2]);
    }
  }
  // A province or country named bare: not the end of a longer name ('UBND Yên Bái', 'Công an
  // Yên Bái'), nor a place that modifies the noun before it ('… của Yên Bái có').
  // A province named bare inside the figure's noun phrase, before the figure's verb: 'Kim ngạch
  // xuất khẩu của Đồng Nai đạt gần 8,1 tỷ USD, tăng 11,2%' (as 'trên địa bàn tỉnh X … là').
  const framed = ownerRules && !place ? FRAMED_NAME_BEFORE.exec(before) : null;
  // (not before a verb of having, where the name modifies the noun before it: '… của Yên Bái có'; 'đạt' is a figure's verb too)
  const framedTail = framed ? framed[2].replace(AMOUNT_THEN_RATE_END, '') : '';
  if (framed && isProperName(framed[1]) && (!HAVING_TAIL.test(framedTail) || / đạt$/u.test(framedTail))) {
    const province = provinceOrRegion(framed[1]);
    if (province && !endsAnOffice(from + framed.index + framed[0].indexOf(framed[1]), c.start, offices, officeEnds)) return province;
  }
  const bare = place ? null : bareNameBefore(before);
  if (bare) {
    const at = bare.index;
    const named = COUNTRY.has(bare.name) ? bare.name : provinceByName(bare.name);
    const lookBack = before.slice(Math.max(0, at - 20), at);
    const wordBefore = /(?:^|[\s,(])([^\s,(]+) $/u.exec(lookBack)?.[1];
    const opens = CLAUSE_OPENS.test(lookBack) || TIME_OPENS.test(lookBack) || QUOTE_OPENS.test(lookBack);
    const province = named ?? levelPlaceOwning(bare.name, lookBack, opens, places());
    if (
      province &&
      (opens || (wordBefore !== undefined && regexHere.u`^[\p{Ll}\p{M}]+$`.test(wordBefore) && !MODIFIER_BEFORE.test(before.slice(Math.max(0, at - 14), at)) && !BODY_WORD_BEFORE.test(lookBack) && !PERSON_WORD_BEFORE.test(lookBack) && !NAME_GOES_ON_BEFORE.test(before.slice(Math.max(0, at - 30), at)))) &&
      !endsAnOffice(from + at, c.start, offices, officeEnds)
    ) {
      return province;
    }
  }
  // A place that the sentence says is a unit which has the figure: 'Anh Sơn cũng là huyện miền
  // núi đầu tiên của tỉnh Nghệ An có 100% số trạm y tế xã đạt chuẩn' → 'huyện Anh Sơn'.
  const copula = ownerRules ? COPULA_BEFORE.exec(before) : null;
  if (copula) {
    const name = copula[1].replace(UNIT_FIRST, '');
    const owner = name ? placeName(copula[2], name) : undefined;
    // (a place the text names with its level elsewhere, or a province: not 'Đây là huyện …')
    const known = copula[2] === 'tỉnh' || copula[2] === 'thành phố' ? provinceByName(name) !== undefined : places().some((p) => p.name === owner);
    if (owner && known) return owner;
  }
  // A place heading its own figure in a list of places: 'các quận, huyện … như: Từ Liêm còn 16.000
  // trường hợp, Ứng Hòa 14.835 trường hợp', 'Từ Liêm (16.000 trường hợp)'.
  const item = PLACE_LIST_ITEM_BEFORE.exec(before.slice(-60));
  if (item && isProperName(item[1]) && PLACE_LIST_OPENER.test(before)) return item[1];
  // A province heading its own figure in a list: 'là Hà Nội: 111.200 căn, TPHCM 134.000 căn'.
  if (LIST_HEAD_END.test(before.slice(-40))) {
    // (a cut look-back opens no clause)
    const head = LIST_HEAD_BEFORE.exec(before.length <= 60 ? before : `\u0000${before.slice(-60)}`);
    const province = head ? provinceOrRegion(head[1]) : undefined;
    if (province) return province;
  }
  // A place by unit and name fronted as its clause's topic, then a verb of having with no subject: 'Riêng ở huyện X, …, có 71 dự án'.
  const locative = ownerRules ? LOCATIVE_PLACE_HAVING_BEFORE.exec(before) : null;
  if (locative && isProperName(locative[2])) return placeName(locative[1], locative[2]);
  // A place fronted as the topic of its clause: 'như ở vùng Đông Bắc, tỷ lệ hộ nghèo là 17,5%'.
  const topic = ownerRules ? LOCATIVE_TOPIC_BEFORE.exec(before) : null;
  if (topic && isProperName(topic[1])) {
    const owner = provinceOrRegion(topic[1]);
    if (owner) return owner;
  }
  // Places coordinated after a plural: 'các xã Hương Thọ (Hương Trà), Dương Hòa (Hương Thủy) có', 'ở 2 xã Nghĩa Hòa và Hòa Phú có'.
  const together = ownerRules ? PLACES_TOGETHER_BEFORE.exec(before) : null;
  // (not places that are themselves a count after a verb: 'Huyện Hướng Hóa có hai thị trấn Khe Sanh và Lao Bảo, hiện có hơn 8 vạn người')
  if (together && !MODIFIER_BEFORE.test(before.slice(Math.max(0, together.index - 13), together.index + 1)) && !VERB_BEFORE_PLURAL.test(before.slice(Math.max(0, together.index - 30), together.index + 1))) {
    const names = together[2].replace(/ \([^()]{0,40}\)/gu, '').split(/, | và /u);
    if (names.length >= 2 && names.length <= 5 && names.every((n) => isProperName(n))) return `${together[1].toLowerCase()} ${names.slice(0, -1).join(', ')} và ${names[names.length - 1]}`;
  }
  return undefined;
}

/** Places of a level in the plural, then what is said of them and the list's opening: 'các quận, huyện còn để lại … như: '. */
const PLACE_LIST_OPENER = narrowable(
  `(?:^|\\s)(?:${alternation(PLACES_PLURAL)}|một số|những) (?:${alternation(PLACE_UNITS)})(?:, (?:${alternation(PLACE_UNITS)}))?(?: [^.;!?()]{0,160}?)?(?: (?:như|gồm|là))?: `,
  'iu',
);
/** A proper name alone after a list's separator, right before its figure (or a bracket, a colon, a verb of having). */
const PLACE_LIST_ITEM_BEFORE = narrowable(String.raw`(?:[,;:]|\svà) (\p{Lu}[\p{Ll}\p{M}]*(?: \p{Lu}[\p{Ll}\p{M}]*){0,3})(?:: | \(|,? (?:còn|có|với|là) | )$`, 'u');
const REGION_NAMES = new Set<string>(REGIONS);
/** A province by any of its names ('TP.HCM' → its fact name), or a region as written ('Tây Nguyên'). */
function provinceOrRegion(name: string): string | undefined {
  return provinceByName(name) ?? (REGION_NAMES.has(name) ? name : undefined);
}
/** A verb right before the plural of coordinated places: the places are what it has or does. */
const VERB_BEFORE_PLURAL = narrowable(`(?:^|\\s)(?:${alternation([...HAVING_VERBS, ...ACTING_BEFORE_COUNT])}) $`, 'u');
// (one span of letters and spaces, read as a name after: the regexes hold no repeated group)
const PROPER = `\\p{Lu}[\\p{L}\\p{M} ]{0,30}?`;
/** A proper name of up to four capitalised words only, as PROPER spans are read. */
function isProperName(name: string): boolean {
  const words = name.split(' ');
  return words.length <= 4 && words.every((w) => CAPITALISED.test(w));
}
/** A proper name after a frame of owner ('của', 'trên địa bàn'; not 'tại', which places a noun: 'đăng ký lần đầu tại Hà Nội đang là 15%'), then a time and a figure's verb right before the number. */
const FRAMED_NAME_BEFORE = narrowable(
  `(?:^|[\\s,(])(?:trên địa bàn|của) (${PROPER})(${PLACE_TO_NUMBER.slice(0, -2)}) $`,
  'u',
);
/**
 * A place by unit and name fronted as the topic of its clause, then (after an aside of source) a
 * verb of having with no subject of its own: 'Riêng ở huyện Vân Đồn, theo rà soát của Ban quản lý
 * Khu Kinh tế, có 71 dự án' → 'huyện Vân Đồn'.
 */
const LOCATIVE_PLACE_HAVING_BEFORE = narrowable(
  `(?:^|[\\s,(])(?:ở|tại|Ở|Tại|trên địa bàn|Trên địa bàn) (${alternation(PLACE_UNITS.filter((u) => u !== 'TP.'))}) (${PROPER}),(?: theo [^,.;:()]{1,80},)? ${ADVERBS}${VERB}${STRESS} $`,
  'u',
);
/** A place fronted as its clause's topic, then the figure's noun and verb: 'ở vùng Đông Bắc, tỷ lệ hộ nghèo là '. */
const LOCATIVE_TOPIC_BEFORE = narrowable(
  `(?:^|[\\s,(])(?:ở|tại|Ở|Tại)(?: (?:vùng|khu vực|tỉnh|thành phố|TP))? (${PROPER}), [\\p{Ll}\\p{M}][\\p{Ll}\\p{M} ]{0,50} (?:${alternation(FIGURE_VERBS)}) $`,
  'u',
);
/** A unit's word after a plural, two or more names (each with an aside) and a verb of having. */
const PLACES_TOGETHER_BEFORE = narrowable(
  `(?:^|[\\s,(])(?:${alternation(PLACES_PLURAL)}|\\d) (${alternation(PLACE_UNITS.filter((u) => !u.startsWith('TP')))}) ` +
    `(\\p{Lu}[\\p{L}\\p{M} (),]{0,120}?),? ${ADVERBS}${PLACE_VERB}${STRESS} $`,
  'u',
);

/**
 * A place named bare, 'là' and a unit's level, then the rest of that noun phrase (no clause
 * break) up to a verb of having right before the number: the place is that unit and has it.
 */
const COPULA_BEFORE = narrowable(
  `(?:^|[,.;:(]|\\s)(\\p{Lu}[\\p{Ll}\\p{M}]*(?: \\p{Lu}[\\p{Ll}\\p{M}]*){0,3}) (?:(?:cũng|vẫn|hiện|đã) )*là (?:(?:một|các|những) )?` +
    `(${alternation(['tỉnh', 'thành phố', ...WHOLE_LEVELS.filter((l) => l !== 'trường')])})(?! (?:hội|viên|ủy|uỷ|đội|trưởng|lỵ|phó|đoàn)(?![\\p{L}\\p{M}]))` +
    `(?: [^\\s,.;:()]+){0,12} ${ADVERBS}(?:có|đạt|gồm|gồm có|với) $`,
  'u',
);
/** A unit's word that opens a place's name as written ('Huyện Anh Sơn'). */
const UNIT_FIRST = narrowable(`^(?:${alternation(PLACE_UNITS.map((u) => u[0].toUpperCase() + u.slice(1)))}) `, 'u');
/** A capitalised word (or 'TP.HCM') right before the number, with or without a colon. */
const LIST_HEAD_END = narrowable(String.raw`\p{Lu}[\p{L}\p{M}.]*:? $`, 'u');
/** A proper name alone between a list's separator (or 'là', 'và', a clause's start) and the number. */
const LIST_HEAD_BEFORE = narrowable(String.raw`(?:^|[,;:(]|(?:^|\s)(?:là|và|gồm))\s*(\p{Lu}[\p{L}\p{M}.]*(?: \p{Lu}[\p{L}\p{M}.]*){0,3}):? $`, 'u');

/**
 * Before a place that is not the owner: a smaller place it is in apposition to ('Xóm Nhót, xã
 * Thanh Hối có 150 hộ dân', also glued to a headline: 'đấtXóm Nhót'), a body whose name it ends
 * ('Hội người cao tuổi huyện Nhà Bè có'), a plan it names ('quy hoạch thủy điện … tỉnh Quảng Nam có').
 */
const PLACE_OR_BODY_BEFORE = narrowable(
  `(?:(?:${alternation(SMALL_PLACES.flatMap((p) => [p, p[0].toUpperCase() + p.slice(1)]))}) \\p{Lu}[^,.;:()]{0,30}, |(?:^|[\\s,(])(?:${alternation([...BODY_HEADS_BEFORE_PLACE, ...PLAN_HEADS_BEFORE_PLACE.flatMap((p) => [p, p[0].toUpperCase() + p.slice(1)])])})(?: [\\p{Ll}\\p{M}]+){1,5} )$`,
  'u',
);
/** A body's head and lower-case words right before an office or place: the end of that body's name. */
const BODY_NAME_GOES_ON = narrowable(`(?:^|[\\s,(])(?:${alternation(BODY_HEADS_BEFORE_PLACE)})(?: [\\p{Ll}\\p{M}]+){1,5} $`, 'u');
/** 'giữa' and one side, then 'với' right before the number. */
const BETWEEN_WITH_BEFORE = /(?:^|[\s,(])giữa [^,.;:()]{1,60} với $/iu;
/** 'với' right before the number. */
const WITH_BEFORE = /(?:^|[\s,(])với $/u;
/** After a count, the verb of attending or taking part: '100 doanh nghiệp lữ hành tham dự'. */
const ATTENDING_AFTER = narrowable(String.raw`^(?: [\p{Ll}\p{M}]+){0,4} (?:tham dự|tham gia|dự|về dự)(?![\p{L}\p{M}])`, 'u');
/** A level word that ends an office's name as written: 'Văn phòng UBND tỉnh'. */
const LEVEL_AT_END = narrowable(`(?:^|\\s)(?:${alternation(['tỉnh', 'thành phố', 'TP', ...WHOLE_LEVELS.filter((l) => l !== 'trường')])})$`, 'iu');
/** Lower-case words that end a body's name before a place ('công an', 'sở', 'ủy ban nhân dân'): no bare owner after them. */
const BODY_WORD_BEFORE = /(?:^|[\s,(])(?:an|sở|ban|ủy|uỷ|nhân dân|viện|trường|hội|đoàn|phòng|cục|bộ|tòa|toà|đài|báo) $/iu;
/** A capitalised word and a lower-case one before a place: the end of a longer name ('Hội Nông dân Việt Nam'). */
const NAME_GOES_ON_BEFORE = narrowable(String.raw`\p{Lu}[\p{Ll}\p{M}]* [\p{Ll}\p{M}]+ $`, 'u');
/** Words that address a person before a name ('anh Hà Nam có 3 con trâu'): the name is a person's. */
const PERSON_WORD_BEFORE = /(?:^|[\s,(])(?:ông|bà|anh|chị|em|cô|chú|bác|cụ|cháu|con|đồng chí|đ\/c) $/iu;

/** Whether an office that ends by `end` holds the place that starts at `at` (offices sorted by end). */
function endsAnOffice(at: number, end: number, offices: readonly Office[], officeEnds: readonly number[]): boolean {
  for (let i = lastEndingBefore(officeEnds, end); i >= 0 && offices[i].end > at; i--) if (offices[i].start < at) return true;
  return false;
}

/** A point date of the sentence before the number that the figure holds at, and whether it opens the sentence. */
function asOfDate(dates: readonly DateC[], dateStarts: readonly number[], from: number, at: number, text: string): { value: string; opens: boolean } | undefined {
  let found: { value: string; opens: boolean; end: number } | undefined;
  for (let i = lowerBound(dateStarts, from); i < dates.length; i++) {
    const d = dates[i];
    if (d.end > at) break;
    if (d.value.includes('/')) continue; // a term, not a point in time
    // the end of a period of two dates the figure holds at ('trong năm 2012 và quý I-2013, …')
    if (found && found.end === dates[i - 1]?.end && DATES_JOINED.test(text.slice(found.end, d.start))) {
      found = { value: d.value, opens: found.opens, end: d.end };
      continue;
    }
    const opens =
      (DATE_OPENS.test(text.slice(from, d.start)) && AFTER_OPENING_DATE.test(text.slice(d.end, d.end + 40))) ||
      (text[d.end] === ')' && BRACKETED_DATE_OPENS.test(text.slice(from, d.start)));
    // a date that opens a later clause of the sentence with its verb of having dates that clause
    // ('Năm 2016 đã có 110.000 DN được thành lập, bốn tháng đầu năm 2017 đã có 40.000 DN')
    // (or with a colon before its figure: ', năm 2015: 34.000 khách')
    const opensClause =
      !opens && CLAUSE_DATE_OPENS.test(text.slice(Math.max(from, d.start - 40), d.start)) && text[d.end] !== ',' && (text[d.end] === ':' || AFTER_OPENING_DATE.test(text.slice(d.end, d.end + 40)));
    const marked = text.slice(Math.max(from, d.start - 24), d.start);
    if (
      opens || opensClause ||
      (AS_OF_BEFORE.test(marked) && !SINCE_BEFORE.test(marked) && !COMPARED_BEFORE.test(marked))
    ) found = { value: d.value, opens, end: d.end };
  }
  return found && { value: found.value, opens: found.opens };
}

/** Before a date after the count, in its clause, that the figure holds at: '6 dự án … sẽ được khởi động từ nay đến hết tháng 6/2013'. */
const AS_OF_AFTER_BEFORE = /(?:^|\s)(?:tính đến|tính tới|đến hết|đến cuối|tới hết|tới cuối)(?: (?:ngày|năm))? $/iu;
/**
 * The head of a sentence up to a date that opens it after a preposition: an adverbial that ends
 * in the date ('Tại thời điểm đấu giá đất năm 2014, …', 'Trong chỉ tiêu giải quyết việc làm năm
 * 2012, …', then a comma after the date; lower-case words only, no document's date: 'tại Quyết
 * định số 724/QĐUB ngày 29/3/2011, …'), or the date right after the preposition ('Trong năm 2012
 * mặc dù …', 'Đến 2020, …').
 */
const bothCases = (words: readonly string[]) => words.flatMap((w) => [w, w[0].toUpperCase() + w.slice(1)]);
const ADVERBIAL_DATE_OPENS = narrowable(`^[\\s"“(-]*(?:(?:${alternation(bothCases(SENTENCE_CONNECTIVES))}),? )?(?:${alternation(bothCases(OPENING_PREPOSITIONS))}) ([\\p{Ll}\\p{M} ]{0,60})$`, 'u');
/** A year alone after an opening preposition, which the date parser leaves: 'Đến 2020, cả nước cần …'. */
const OPENING_YEAR = narrowable(`^[\\s"“(-]*(?:(?:${alternation(SENTENCE_CONNECTIVES)}),? )?(?:${alternation(OPENING_PREPOSITIONS)}) (?:năm )?((?:19|20)\\d{2})(?=[,:] )`, 'iu');

/** Between two dates of one fronted period: ' và ', ' đến '. */
const DATES_JOINED = /^ (?:và|đến|tới) $/u;
/** The date that opens the sentence starting at `sentence` (before `at`), as asOfDate reads one. */
function openingDate(dates: readonly DateC[], dateStarts: readonly number[], sentence: number, at: number, text: string): string | undefined {
  const i = lowerBound(dateStarts, sentence);
  const first = i < dates.length && dates[i].end <= at ? dates[i] : undefined;
  // a fronted period of two dates holds at its end ('trong năm 2012 và quý I-2013, …' → 2013-Q1)
  const next = first && i + 1 < dates.length && dates[i + 1].end <= at ? dates[i + 1] : undefined;
  const d = first && next && !next.value.includes('/') && DATES_JOINED.test(text.slice(first.end, next.start)) ? next : first;
  if (first && d && !d.value.includes('/') && !first.value.includes('/')) {
    const head = text.slice(sentence, first.start);
    if (d.start - sentence <= 160) {
      const adverbial = ADVERBIAL_DATE_OPENS.exec(head);
      // (an adverbial with words before the date needs the comma after it that closes it)
      if (adverbial && (!adverbial[1] || (adverbial[1].endsWith(' ') && text[d.end] === ','))) return d.value;
    }
  }
  const year = OPENING_YEAR.exec(text.slice(sentence, Math.min(at, sentence + 60)));
  return year && (!first || first.start > sentence + year.index + year[0].length) ? year[1] : undefined;
}

/** A date after the count in its clause (no clause break before it, within 100 characters) after a marker of the date a figure holds at. */
function asOfAfter(dates: readonly DateC[], dateStarts: readonly number[], end: number, text: string): string | undefined {
  for (let i = lowerBound(dateStarts, end); i < dates.length && dates[i].start - end <= 100; i++) {
    const d = dates[i];
    const between = text.slice(end, d.start);
    if (/[,.;:!?()\n]/u.test(between)) return undefined;
    if (!d.value.includes('/') && AS_OF_AFTER_BEFORE.test(between)) return d.value;
  }
  return undefined;
}

/**
 * Offsets where sentences end (the character after the mark): SENTENCE_END as `matchAll` finds
 * it (test/count-subjects-ends.test.ts). Each match is one character, so a walk over the text's
 * marks decides each in turn (the whole-text regex scan was most of the cost).
 */
export function sentenceEnds(text: string): number[] {
  const out: number[] = [];
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) {
      out.push(i + 1);
      continue;
    }
    const mark = c === 0x2e || c === 0x21 || c === 0x3f;
    if (!mark && c !== 0x3b) continue;
    if (i + 1 === n || isRegexSpace(text.charCodeAt(i + 1))) {
      out.push(i + 1);
      continue;
    }
    if (!mark) continue;
    // glued to the next sentence: a capital (after a quote, if any) must follow, and no ASCII unit but A-Z is one
    let q = i + 1;
    const d = text.charCodeAt(q);
    if (d === 0x22 || d === 0x201d) q++;
    const e = text.charCodeAt(q);
    if (q >= n || (e < 0x80 && !(e >= 0x41 && e <= 0x5a))) continue;
    GLUED_END.lastIndex = i;
    if (GLUED_END.test(text)) out.push(i + 1);
  }
  return out;
}

/** Start of the sentence holding `at`: just after the last end at or before it. */
function sentenceStart(ends: readonly number[], at: number): number {
  const i = lowerBound(ends, at + 1);
  return i ? ends[i - 1] : 0;
}

/** Index of the last office ending at or before `at` (`ends`: the offices' ends, ascending), or -1. */
function lastEndingBefore(ends: readonly number[], at: number): number {
  return lowerBound(ends, at + 1) - 1;
}

