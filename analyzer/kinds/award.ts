// Awards: orders and medals ('Huân chương Lao động hạng Nhì'), honorary and emulation titles
// ('Anh hùng Lao động', 'Chiến sĩ thi đua cấp tỉnh'), flags ('Cờ thi đua', 'cờ đơn vị dẫn đầu'),
// certificates ('Bằng khen', 'Giấy khen'), contest prizes ('giải Nhì' → 'Giải Nhì'), medals with
// their dedication ('Kỷ niệm chương "Vì sự nghiệp X"'), and titles conferred on a place or an
// organisation where a verb confers them (heritage rankings 'Di tích lịch sử cấp tỉnh',
// designations 'Thương hiệu quốc gia').
// This module finds the award names; who granted them, who received them and the year are
// read around them by refine/award-details.ts, where offices and dates are known.

import type { Candidate, Context } from '../pipeline.ts';
import { AWARDS, AWARD_CLASSES, CONFER_VERBS, DESIGNATIONS, HERO_HOLDER_KINDS, NAMED_PRIZES, NOT_AWARDS, PRIZE_RANKS, RECEIVE_VERBS } from '../lexicon/awards.ts';
import { PROVINCE_NAME_PATTERN } from '../places.ts';
import { WORD_END, WORD_START, alternation, leadingClass, rx, squash } from '../text/patterns.ts';
import { canonical } from '../text/normalize.ts';
import { WordScan } from '../text/scan.ts';
import { narrowable, regexHere } from '../text/narrow.ts';

type AwardCandidate = Candidate<'award'>;

/** Lookup key: lower case, single spaces, and the final i/y of a syllable folded ('sỹ' ≡ 'sĩ'). */
function lookupKey(s: string): string {
  const I: Record<string, string> = { y: 'i', ý: 'í', ỳ: 'ì', ỷ: 'ỉ', ỹ: 'ĩ', ỵ: 'ị' };
  return squash(s)
    .toLowerCase()
    .replace(/(?<=[bcdđghklmnprstvx])[yýỳỷỹỵ](?![\p{L}\p{M}])/gu, (c) => I[c] ?? c);
}

const AWARD_BY_FORM = new Map<string, (typeof AWARDS)[number]>();
for (const a of AWARDS) for (const f of [a.name, ...a.variants]) AWARD_BY_FORM.set(lookupKey(f), a);

const CLASS_BY_FORM = new Map<string, string>();
for (const c of AWARD_CLASSES) for (const f of [c.name, ...c.variants]) CLASS_BY_FORM.set(f.toLowerCase(), c.name);
const RANK_BY_FORM = new Map<string, string>();
for (const r of PRIZE_RANKS) for (const f of [r.name, ...r.variants]) RANK_BY_FORM.set(f.toLowerCase(), r.name);

const NAMES = alternation([...AWARD_BY_FORM.keys()]);
const CLASS = alternation([...CLASS_BY_FORM.keys()]);
const RANK = alternation([...RANK_BY_FORM.keys()]);

// The whole-word award names, with the class of orders and medals ('hạng Nhì', 'hạng II',
// '(hạng Nhất, Nhì, Ba)').
const NAMED = rx(`${leadingClass([...AWARD_BY_FORM.keys()], true)}${WORD_START}(${NAMES})${WORD_END}(?: +\\(?hạng +(${CLASS})${WORD_END})?`, 'giu');
// Contest prizes: 'giải Nhì', 'Giải Khuyến khích', 'giải A'. The rank must be capitalised
// for one-letter ranks so that 'giải a' in running text is not read as a prize.
// ('giải đồng hạng Xuất sắc': tied prizes of one rank)
const PRIZE = rx(`(?=[gG])${WORD_START}[gG]iải +(đồng hạng +)?(${RANK})${WORD_END}`, 'giu');
/** Ranks that are a prize only capitalised, unless tied ('giải đồng hạng xuất sắc'). */
const CAPITALISED_RANKS = new Set(PRIZE_RANKS.filter((r) => r.capitalised).map((r) => r.name));
const PRIZE_RANK_CASE = narrowable(`^(?:${RANK})$`, 'iu');
// 'Huy hiệu 30 năm tuổi Đảng', 'Huy hiệu 65 tuổi Đảng', and coordinated classes sharing the noun:
// 'Huy hiệu 40, 45 và 55 năm tuổi Đảng', 'Huy hiệu 45 năm và 50 năm tuổi Đảng'.
// (The view has single spaces: the list's repeated group holds no quantifier, test/hostile.test.ts.)
const PARTY_BADGE = rx(`${WORD_START}Huy hiệu ([0-9][0-9](?: năm)?(?:(?:, và |, | và )[0-9][0-9](?: năm)?){0,6}) (?:năm )?tuổi Đảng${WORD_END}`, 'giu');
// A badge or medal named in quotes: 'Huy hiệu "Tuổi trẻ dũng cảm"' (quotes are straight in the view).
// ('kỷ niệm chương: "Vì sự nghiệp thi đua khen thưởng"': a colon may stand before the quote)
const QUOTED = rx(`${WORD_START}(Huy hiệu|Huy chương|Huân chương|Kỷ niệm chương)(?: *: *| +)"([^"\\n]{3,60})"`, 'giu');
// Coordinated classes after the first: 'hạng Nhất, Nhì, Ba', 'hạng Nhì và hạng Ba', 'giải Nhất, Nhì, Ba'.
// A class word must end the list ('hạng Nhì, ba cá nhân …' is no third class): what follows is
// punctuation or a word that cannot continue a noun phrase. Digits are left out of the list
// ('giải Nhất, 2 giải Nhì': the count of the next prize).
const LIST_END = ` *(?:[,;.:)!?\\n(]|$| +(?:và|cho|của|tặng|do|vì|về|trong|được|đã|cùng|lên|đối|tại|ở|mỗi)${WORD_END}| +năm +\\d{4})`;
const MORE_CLASS = narrowable(`(?: *, *(?:và +)?| +và +)(?:hạng +)?(${CLASS})${WORD_END}(?=${LIST_END})`, 'iuy');
const MORE_RANK = narrowable(`(?: *, *(?:và +)?| +và +)(${RANK})${WORD_END}(?=${LIST_END})`, 'iuy');

/** The next coordinated class or rank at `at` (sticky: the list is read where it is). */
function moreAt(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

// A sector named after 'Chiến sĩ thi đua ngành': capitalised, then up to two lower-case words,
// before punctuation or a word that ends the noun phrase ('ngành Tài chính, …', 'ngành Giáo dục năm 2015').
// (or an abbreviation, whatever follows: 'ngành GTVT giai đoạn 2010 - 2012')
const SECTOR_AFTER = narrowable(`^ +(\\p{Lu}{2,}[\\p{Lu}&]*(?![\\p{L}\\p{M}])|\\p{Lu}[\\p{L}\\p{M}]*(?: +\\p{Ll}[\\p{L}\\p{M}]*){0,2}(?=${LIST_END}))`, 'u');

// National prizes by their own names, after 'Giải' ('Giải thưởng', 'Giải báo chí'), perhaps quoted.
const NAMED_PRIZE_BY_FORM = new Map<string, string>();
for (const p of NAMED_PRIZES) for (const f of [p.words, ...p.variants]) NAMED_PRIZE_BY_FORM.set(lookupKey(f), p.words);
const NAMED_PRIZE = rx(`${WORD_START}[gG]iải(?: +thưởng)?(?: +báo chí)? +['"]?(${alternation([...NAMED_PRIZE_BY_FORM.keys()])})${WORD_END}['"]?`, 'giu');
const NAMED_PRIZE_SCAN = new WordScan(NAMED_PRIZE, ['giải']);

// The three scans, run only where their first words are (text/scan.ts).
const NAMED_SCAN = new WordScan(NAMED, [...AWARD_BY_FORM.keys()], { whole: true });
const PRIZE_SCAN = new WordScan(PRIZE, ['giải']);
const PARTY_BADGE_SCAN = new WordScan(PARTY_BADGE, ['Huy hiệu']);
const QUOTED_SCAN = new WordScan(QUOTED, ['Huy hiệu', 'Huy chương', 'Huân chương', 'Kỷ niệm chương']);
// 'Chiến sĩ thi đua cấp tỉnh và cấp cơ sở': the second level is an award of its own.
const TITLE_LEVELS = rx(`^ +và +(cấp +[\\p{L}]+(?: +[\\p{L}]+)?)${WORD_END}`, 'iu');

/**
 * Titles that also work as plain descriptions in running text ('90 gia đình văn hóa hạnh phúc'):
 * awards only when written with a capital, as a title.
 */
const TITLE_CASE_ONLY = new Set(['Gia đình văn hóa', 'Gia đình văn hóa tiêu biểu', 'Làng văn hóa', 'Thôn, tổ dân phố văn hóa', 'Xã, phường, thị trấn tiêu biểu', 'Hai giỏi']);
/** Titles that are awards only after such a verb, whatever their case ('Làng văn hóa dân tộc' is a place). */
const FRAME_ONLY = new Set(['Gia đình văn hóa tiêu biểu', 'Làng văn hóa']);
/**
 * … or, written in lower case, right after a verb that says the household or village holds it
 * ('95% hộ gia đình đạt gia đình văn hóa', 'giữ vững danh hiệu "làng văn hóa"', 'được công nhận là
 * thôn văn hóa'); 'xây dựng gia đình văn hóa', 'đăng ký đạt …', 'phấn đấu … đạt' name a goal
 * (genre38 NOTES: targets are no award).
 */
const CULTURE_TITLE_VERB_BEFORE = narrowable(
  String.raw`(?<![\p{L}\p{M}])(?:đạt|giữ vững|giữ được|công nhận|công nhận là|được tặng|nhận)(?: +(?:danh hiệu|tiêu chuẩn|chuẩn))? +"?$`,
  'iu',
);
/** A goal or a procedure, not a holding, earlier in the clause ('phấn đấu đến năm 2015 sẽ có 85% gia đình đạt …'). */
const CULTURE_TITLE_GOAL_BEFORE = narrowable(
  String.raw`(?<![\p{L}\p{M}])(?:phấn đấu|mục tiêu|chỉ tiêu|hướng tới|sẽ|chưa|đăng ký|bình xét|xét|đề nghị|điều kiện|tiêu chí)(?![\p{L}\p{M}])[^.;!?\n]*$`,
  'iu',
);

// A title named in quotes after 'danh hiệu' and a verb that confers or receives it: 'được tặng
// danh hiệu "Doanh nghiệp tiêu biểu"', 'đạt danh hiệu "Kiện tướng an toàn"', 'được công nhận danh
// hiệu "Làng cổ"'. The title is the award, as written; a yearly rating ('Chi bộ trong sạch, vững
// mạnh') is none (NOT_AWARDS).
// (a prize received under its quoted name likewise: 'nhận giải thưởng "Cán bộ, công chức, viên chức trẻ giỏi toàn quốc"')
const QUOTED_TITLE = rx(`${WORD_START}(?:danh hiệu|giải thưởng) +"([^"\n]{3,60})"`, 'giu');
const QUOTED_TITLE_SCAN = new WordScan(QUOTED_TITLE, ['danh hiệu', 'giải thưởng']);
const TITLE_VERB_BEFORE = narrowable(
  `(?<![\\p{L}\\p{M}])(?:${alternation([...CONFER_VERBS, ...RECEIVE_VERBS, 'giữ vững', 'giữ'])})(?: +(?:các|những|cả))? +$`,
  'iu',
);
const NOT_AWARD_KEYS = NOT_AWARDS.map((n) => n.toLowerCase());

/** Orders written without a class that name all classes at once: 'Huân chương Lao động các hạng'. */
const ALL_CLASSES_AFTER = narrowable(String.raw`^ +các +hạng(?![\p{L}\p{M}])`, 'u');

/** Is `pos` inside a province's name ('Bằng' of 'Cao Bằng')? */
const PROVINCE_NAME = narrowable(`(?<![\\p{L}\\p{M}])(?:${PROVINCE_NAME_PATTERN})(?![\\p{L}\\p{M}])`, 'gu');
function insideProvinceName(text: string, pos: number): boolean {
  const from = Math.max(0, pos - 16);
  for (const m of text.slice(from, pos + 16).matchAll(PROVINCE_NAME)) {
    if (from + m.index < pos && from + m.index + m[0].length > pos) return true;
  }
  return false;
}

export function parseAwards(ctx: Context): AwardCandidate[] {
  const { text } = ctx;
  const out: AwardCandidate[] = [];

  for (const m of NAMED_SCAN.all(text)) {
    const award = AWARD_BY_FORM.get(lookupKey(m[1]));
    if (!award) continue;
    if (FRAME_ONLY.has(award.name) || (TITLE_CASE_ONLY.has(award.name) && !regexHere.u`^\p{Lu}`.test(m[1]))) {
      const before = text.slice(Math.max(0, m.index - 80), m.index);
      if (!CULTURE_TITLE_VERB_BEFORE.test(before.slice(-40)) || CULTURE_TITLE_GOAL_BEFORE.test(before)) continue;
    }
    // 'Cao Bằng khen thưởng …': a place's name that runs into the award's words is no award.
    if (insideProvinceName(text, m.index)) continue;
    let name = award.name;
    let end = m.index + m[0].length;
    if (award.classes && m[2]) name = `${award.name} hạng ${CLASS_BY_FORM.get(m[2].toLowerCase())}`;
    else if (!m[2]) end = m.index + m[1].length;
    // 'Chiến sỹ thi đua ngành Tài chính': the title of a sector, named with the sector as written
    const sector = name.endsWith(' ngành') ? SECTOR_AFTER.exec(text.slice(end, end + 40)) : null;
    if (sector) {
      name = `${name} ${sector[1]}`;
      end += sector[0].length;
    }
    out.push({ kind: 'award', start: m.index, end, name });
    // 'Huân chương Lao động hạng Nhất, Nhì, Ba': one fact per class, each spanned from the
    // award's name to its own class (DECISIONS.md: the shortest text that holds it).
    if (award.classes && m[2]) {
      const seen = new Set([name]);
      let at = end;
      for (let more = moreAt(MORE_CLASS, text, at); more; more = moreAt(MORE_CLASS, text, at)) {
        if (/^\d/u.test(more[1])) break;
        at += more[0].length;
        const next = `${award.name} hạng ${CLASS_BY_FORM.get(more[1].toLowerCase())}`;
        if (!seen.has(next)) out.push({ kind: 'award', start: m.index, end: at, name: next });
        seen.add(next);
      }
    }
    // 'Chiến sĩ thi đua cấp tỉnh và cấp cơ sở' → also 'Chiến sĩ thi đua cấp cơ sở', spanning the phrase.
    const level = /^(.*) cấp \S+$/u.exec(name);
    if (level) {
      const more = TITLE_LEVELS.exec(text.slice(end, end + 40));
      if (more) {
        const second = AWARD_BY_FORM.get(lookupKey(`${level[1]} ${more[1]}`));
        if (second) out.push({ kind: 'award', start: m.index, end: end + more[0].length, name: second.name });
      }
    }
  }

  for (const m of PRIZE_SCAN.all(text)) {
    const rank = m[2];
    if (!/^[gG]/u.test(m[0]) || !PRIZE_RANK_CASE.test(rank)) continue;
    if (rank.length === 1 && rank !== rank.toUpperCase()) continue;
    const canonical = RANK_BY_FORM.get(rank.toLowerCase());
    if (!canonical) continue;
    if (CAPITALISED_RANKS.has(canonical) && !m[1] && rank[0] === rank[0].toLowerCase()) continue;
    out.push({ kind: 'award', start: m.index, end: m.index + m[0].length, name: `Giải ${canonical}` });
    // 'giải Nhất, Nhì, Ba': one prize per rank, each spanned up to its own rank.
    const seen = new Set([canonical]);
    let at = m.index + m[0].length;
    for (let more = moreAt(MORE_RANK, text, at); more; more = moreAt(MORE_RANK, text, at)) {
      const r = more[1];
      if (/^\d/u.test(r) || (r.length === 1 && r !== r.toUpperCase())) break;
      const next = RANK_BY_FORM.get(r.toLowerCase());
      if (!next || (CAPITALISED_RANKS.has(next) && r[0] === r[0].toLowerCase())) break;
      at += more[0].length;
      if (!seen.has(next)) out.push({ kind: 'award', start: m.index, end: at, name: `Giải ${next}` });
      seen.add(next);
    }
  }

  // National prizes by their names: 'Giải Báo chí quốc gia', 'Giải báo chí 'Búa liềm vàng''.
  for (const m of NAMED_PRIZE_SCAN.all(text)) {
    const words = NAMED_PRIZE_BY_FORM.get(lookupKey(m[1]));
    if (words) out.push({ kind: 'award', start: m.index, end: m.index + m[0].length, name: `Giải ${words}` });
  }

  // 'Huy hiệu 40, 45 và 55 năm tuổi Đảng': one badge per class; the classes share the noun, so
  // each is spanned by the whole phrase (DECISIONS.md).
  for (const m of PARTY_BADGE_SCAN.all(text)) {
    const seen = new Set<string>();
    for (const n of m[1].matchAll(/\d{2}/gu)) {
      const name = `Huy hiệu ${n[0]} năm tuổi Đảng`;
      if (!seen.has(name)) out.push({ kind: 'award', start: m.index, end: m.index + m[0].length, name });
      seen.add(name);
    }
  }

  // 'HH 60 năm, 6 đ/c HH 55 năm … và 2 đ/c HH 30 năm tuổi Đảng': the badge abbreviated, each class
  // spanned as written (genre38), where its sentence names the Party badge or the Party age.
  if (text.includes('HH')) {
    for (const m of ABBREVIATED_BADGE_SCAN.all(text)) {
      const sentence = sentenceAround(text, m.index, m.index + m[0].length);
      if (!BADGE_CONTEXT.test(sentence)) continue;
      out.push({ kind: 'award', start: m.index, end: m.index + m[0].length, name: `Huy hiệu ${m[1]} năm tuổi Đảng` });
    }
  }

  for (const m of QUOTED_SCAN.all(text)) {
    const award = AWARD_BY_FORM.get(lookupKey(`${m[1]} ${m[2]}`));
    if (award) out.push({ kind: 'award', start: m.index, end: m.index + m[0].length, name: award.name });
    // 'Huân chương "Tuổi trẻ dũng cảm"': an order or medal named by its quoted name, as written
    else if (!/^kỷ niệm chương$/iu.test(m[1]) && regexHere.u`^\p{Lu}`.test(m[2].trim())) {
      out.push({ kind: 'award', start: m.index, end: m.index + m[0].length, name: `${canonical(m[1])} ${canonical(m[2].trim())}` });
    }
    // 'Kỷ niệm chương "Vì sự nghiệp Văn hóa, Thể thao và Du lịch"': the medal of one field, named
    // with its dedication (each field's medal is its own distinction).
    else if (/^kỷ niệm chương$/iu.test(m[1])) {
      out.push({ kind: 'award', start: m.index, end: m.index + m[0].length, name: `Kỷ niệm chương ${canonical(m[2].trim())}` });
    }
  }
  // The same dedication without quotes: 'Kỷ niệm chương Vì sự nghiệp Công đoàn Việt Nam cho …'.
  for (const m of DEDICATION_SCAN.all(text)) {
    const words = dedicationWords(text.slice(m.index + m[0].length, m.index + m[0].length + 80));
    if (!words) continue;
    out.push({ kind: 'award', start: m.index, end: m.index + m[0].length + words.length, name: `Kỷ niệm chương ${canonical(m[1] + words)}` });
  }

  for (const m of QUOTED_TITLE_SCAN.all(text)) {
    const title = m[1].trim();
    // a listed award is read by its own name; a rating is no award
    if (AWARD_BY_FORM.has(lookupKey(title)) || NOT_AWARD_KEYS.some((n) => title.toLowerCase().includes(n))) continue;
    if (!regexHere.u`^\p{Lu}`.test(title)) continue;
    if (!TITLE_VERB_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
    const start = m.index + m[0].indexOf('"') + 1 + (m[1].length - m[1].trimStart().length);
    out.push({ kind: 'award', start, end: start + title.length, name: canonical(title) });
  }

  // 'đón nhận danh hiệu đạt Tiêu chuẩn kiểm định giáo dục do UBND TP trao tặng': a title without
  // quotes after 'danh hiệu', bounded by the frame that confers it ('do X trao tặng / tặng / công nhận')
  if (text.includes('danh hiệu')) {
    for (const m of UNQUOTED_TITLE_SCAN.all(text)) {
      const title = m[1];
      if (AWARD_BY_FORM.has(lookupKey(title)) || NOT_AWARD_KEYS.some((n) => title.toLowerCase().includes(n))) continue;
      if (!CONFERRED_BY_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 70))) continue;
      const start = m.index + m[0].length - title.length;
      out.push({ kind: 'award', start, end: start + title.length, name: canonical(title) });
    }
  }

  // 'cấp giấy chứng nhận cán bộ giảng dạy chính trị giỏi, Báo cáo viên giỏi cho 190 đồng chí': the
  // titles a contest confers on the good ones, after the certificate or 'danh hiệu' a verb gives
  // or receives; one award each, named as written (first letter capitalised).
  if (text.includes('giỏi')) {
    for (const m of GOOD_TITLES_SCAN.all(text)) {
      if (!GOOD_TITLE_VERB_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
      const listStart = m.index + m[0].length - m[1].length;
      for (const t of goodTitles(m[1])) {
        const start = listStart + t.at;
        out.push({ kind: 'award', start, end: start + t.title.length, name: canonical(t.title[0].toUpperCase() + t.title.slice(1)) });
      }
    }
  }

  // 'xã Anh hùng Trí Phải', 'đơn vị Anh hùng X': the title a place or unit holds, written bare
  // before its name (DECISIONS: State honorary titles held are awards, titles conferred on a place
  // too); the text does not say which hero title, so the award is 'Anh hùng' as written.
  for (const m of HELD_HERO_SCAN.all(text)) {
    if (!HERO_HOLDER_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    out.push({ kind: 'award', start: m.index, end: m.index + 8, name: 'Anh hùng' });
  }

  readHeritageRankings(text, out);
  for (const m of DESIGNATION_SCAN.all(text)) {
    const frame = text.slice(Math.max(0, m.index - 40), m.index);
    // (or conferred after it: 'Vườn Quốc gia Cát Tiên là khu dự trữ sinh quyển đã được UNESCO công nhận')
    const d = DESIGNATION_BY_FORM.get(lookupKey(m[1]));
    if (!d) continue;
    // (or held, in apposition after the place: '… rừng phòng hộ Cần Giờ, Khu Dự trữ sinh quyển thế giới.')
    const held = d.apposition === true && APPOSITION_BEFORE.test(frame) && CLAUSE_END_AFTER.test(text.slice(m.index + m[1].length, m.index + m[1].length + 3));
    // (or held as the first words of the place's name: 'Công viên Địa chất toàn cầu Cao nguyên đá
    // Đồng Văn', 'Khu dự trữ sinh quyển thế giới Cù Lao Chàm' (genre37))
    const named = d.apposition === true && PLACE_NAME_AFTER.test(text.slice(m.index + m[1].length, m.index + m[1].length + 40));
    if (!held && !named && !DESIGNATION_FRAME.test(frame) && !conferredAfter(text, m.index + m[1].length)) continue;
    // (not yet conferred: 'đủ điều kiện công nhận huyện nông thôn mới', 'phấn đấu đạt …')
    if (NOT_YET_CONFERRED.test(frame)) continue;
    const level = d.levels ? TITLE_LEVEL_AFTER.exec(text.slice(m.index + m[1].length, m.index + m[1].length + 24)) : null;
    const end = m.index + m[1].length + (level ? level[0].length : 0);
    out.push({ kind: 'award', start: m.index, end, name: level ? `${d.name} cấp ${level[1]}` : d.name });
  }

  // An order named without its class where the article names it with one ('lễ đón nhận Huân
  // chương Lao động' after 'Huân chương Lao động hạng Nhất'): a reference to those, no fact of
  // its own, unless it names all classes ('Huân chương Lao động các hạng').
  const classed = new Set(out.filter((a) => CLASSED_NAME.test(a.name)).map((a) => a.name.replace(CLASSED_NAME, '')));
  // Likewise 'Huy hiệu Đảng' where the article names the badges by their years ('trao Huy hiệu
  // 50 năm tuổi Đảng cho …', then 'các đảng viên được tặng Huy hiệu Đảng'), and a medal named
  // bare on the span where it is named with its dedication.
  if (out.some((a) => a.name.startsWith('Huy hiệu ') && a.name.endsWith(' năm tuổi Đảng'))) classed.add('Huy hiệu Đảng');
  const dedicated = new Set(out.filter((a) => a.name.startsWith('Kỷ niệm chương ')).map((a) => a.start));
  return out.filter(
    (a) =>
      !(CLASS_AWARDS.has(a.name) && classed.has(a.name) && !ALL_CLASSES_AFTER.test(text.slice(a.end, a.end + 12))) &&
      !(a.name === 'Huy hiệu Đảng' && classed.has(a.name)) &&
      !(a.name === 'Kỷ niệm chương' && dedicated.has(a.start)) &&
      // 'trao huy hiệu và bằng khen 40 năm tuổi Đảng': the certificate that goes with the badge
      !(a.name === 'Bằng khen' && BADGE_CERTIFICATE_AFTER.test(text.slice(a.end, a.end + 24))),
  );
}

// Titles 'X giỏi' (up to six words before 'giỏi', no 'và' inside), listed with commas or 'và'.
// (the list is read in code: one bounded run of words, split at ', ' and ' và ')
const GOOD_TITLES = rx(`${WORD_START}(?:giấy chứng nhận|danh hiệu)(?: +là)? +([\\p{L}\\p{M}][\\p{L}\\p{M}, ]{2,160})`, 'giu');
const GOOD_TITLES_SCAN = new WordScan(GOOD_TITLES, ['giấy chứng nhận', 'danh hiệu']);
/** The titles at the start of `run`, each with its offset in it: up to seven words ending in 'giỏi'. */
function goodTitles(run: string): { at: number; title: string }[] {
  const out: { at: number; title: string }[] = [];
  let at = 0;
  for (let k = 0; k < 5; k++) {
    const end = run.indexOf(' giỏi', at);
    if (end < 0) break;
    const title = run.slice(at, end + 5);
    const words = title.split(' ');
    if (words.length > 7 || words.includes('và') || title.includes(',') || regexHere.u`^[\p{L}\p{M}]`.test(run.slice(end + 5, end + 6))) break;
    out.push({ at, title });
    const sep = /^(?:, +| +và +)/u.exec(run.slice(end + 5));
    if (!sep) break;
    at = end + 5 + sep[0].length;
  }
  return out;
}
const GOOD_TITLE_VERB_BEFORE = narrowable(String.raw`(?<![\p{L}\p{M}])(?:cấp|trao|tặng|đạt|nhận|công nhận|giành|đoạt)(?: +(?:các|những|cả))? +$`, 'iu');

// (words, the first capitalised, up to ' do ': 'Tiêu chuẩn kiểm định giáo dục'; at most 60 characters)
const UNQUOTED_TITLE = rx(`${WORD_START}danh hiệu +(?:đạt +)?(\\p{Lu}[\\p{L}\\p{M}& ]{2,60}?)(?= +do +\\p{Lu})`, 'gu');
const UNQUOTED_TITLE_SCAN = new WordScan(UNQUOTED_TITLE, ['danh hiệu']);
const CONFERRED_BY_AFTER = narrowable(`^ +do +\\p{Lu}[^.;:!?\\n]{0,50}? (?:${alternation(['trao tặng', 'tặng', 'phong tặng', 'công nhận', 'cấp'])})(?![\\p{L}\\p{M}])`, 'u');

// (a capitalised word names the holder; the named hero titles ('Anh hùng Lao động', 'Anh hùng
// LLVTND') are read by their own names, and a foreign one ('Anh hùng Liên Xô') follows no place noun)
const HELD_HERO = rx(`${WORD_START}Anh hùng(?= +\\p{Lu})(?! +(?:Lao động|Lực lượng|LLVT|Liên Xô|liệt sĩ|liệt sỹ)${WORD_END})`, 'gu');
const HELD_HERO_SCAN = new WordScan(HELD_HERO, ['Anh hùng']);
const HERO_HOLDER_BEFORE = narrowable(`(?<![\\p{L}\\p{M}])(?:${HERO_HOLDER_KINDS.join('|')}) +$`, 'u');

// 'HH' is the badge only before a Party age (two digits, then 'năm').
const ABBREVIATED_BADGE = rx(`${WORD_START}HH +([0-9]{2}) +năm${WORD_END}`, 'gu');
const ABBREVIATED_BADGE_SCAN = new WordScan(ABBREVIATED_BADGE, ['HH']);
const BADGE_CONTEXT = narrowable(String.raw`(?<![\p{L}\p{M}])(?:tuổi Đảng|Huy hiệu Đảng)(?![\p{L}\p{M}])`, 'iu');
/** The sentence that holds [start, end) (at most 300 characters either side). */
function sentenceAround(text: string, start: number, end: number): string {
  const before = text.slice(Math.max(0, start - 300), start);
  const cut = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n'));
  const after = text.slice(end, end + 300);
  const stop = after.search(/\.(?:\s|$)|\n/u);
  return before.slice(cut + 1) + text.slice(start, end) + (stop < 0 ? after : after.slice(0, stop));
}

const BADGE_CERTIFICATE_AFTER = narrowable(String.raw`^ +(?:[0-9]{2} +năm +)?tuổi Đảng(?![\p{L}\p{M}])`, 'u');

// 'Kỷ niệm chương Vì sự nghiệp …' without quotes: the dedication runs over its words up to a
// word that ends a noun phrase ('cho', 'của', 'tặng' …), punctuation, or eight words.
const DEDICATION = rx(`${WORD_START}Kỷ niệm chương +([Vv]ì sự nghiệp)`, 'giu');
const DEDICATION_SCAN = new WordScan(DEDICATION, ['Kỷ niệm chương']);
const DEDICATION_STOP = new Set(['cho', 'của', 'tặng', 'do', 'vì', 'nhân', 'năm', 'tại', 'đã', 'được', 'và', 'trao', 'với', 'từ']);
function dedicationWords(after: string): string | undefined {
  const words = after.split(' ');
  if (words[0] !== '') return undefined;
  let kept = '';
  for (const w of words.slice(1, 9)) {
    const bare = w.replace(/[,.;:!?)"]+$/u, '');
    if (!bare || DEDICATION_STOP.has(bare.toLowerCase()) || !regexHere.u`^[\p{L}\p{M}&-]+$`.test(bare)) break;
    kept += ' ' + bare;
    if (bare !== w) break;
  }
  return kept || undefined;
}

const DESIGNATION_BY_FORM = new Map<string, (typeof DESIGNATIONS)[number]>();
for (const d of DESIGNATIONS) for (const f of [d.name, ...d.variants]) DESIGNATION_BY_FORM.set(lookupKey(f), d);
const DESIGNATION = rx(`${WORD_START}(${alternation([...DESIGNATION_BY_FORM.keys()])})${WORD_END}`, 'giu');
const DESIGNATION_SCAN = new WordScan(DESIGNATION, [...DESIGNATION_BY_FORM.keys()], { whole: true });
/** The verb that confers or receives a designation, right before it ('được công nhận (là)', 'đạt danh hiệu', 'vinh danh là'). */
const NOT_YET_CONFERRED = narrowable(String.raw`(?<![\p{L}\p{M}])(?:điều kiện|đề nghị|phấn đấu|mục tiêu|hướng tới|chưa|sẽ|xét|hồ sơ|trình)(?![\p{L}\p{M}])`, 'u');
/**
 * A title conferred after it is named: '… là di tích quốc gia đặc biệt đã được Thủ tướng Chính phủ
 * công nhận', '… là khu dự trữ sinh quyển đã được UNESCO công nhận' (not 'đang được xem xét công
 * nhận', 'sẽ được công nhận': not yet conferred).
 */
const CONFERRED_AFTER = narrowable(String.raw`^(?: +(?:thế giới|quốc tế))? *,? *(?:(?:đã|cũng|đều|chính thức) +)?(?:(?:đã|cũng|đều|chính thức) +)?được +(?:([^.;:!?\n]{1,80}?) +)?(?:công nhận|xếp hạng|vinh danh)(?![\p{L}\p{M}])`, 'u');
function conferredAfter(text: string, end: number): boolean {
  const m = CONFERRED_AFTER.exec(text.slice(end, end + 120));
  return m !== null && !NOT_YET_CONFERRED.test(m[1] ?? '');
}
// ('được công nhận là 1 trong 3 xã nông thôn mới của huyện': one of those recognised)
const DESIGNATION_FRAME = /(?:công nhận|vinh danh|bình chọn|đạt|nhận|giành|trao tặng|tặng|trao)(?: (?:là|danh hiệu|chứng nhận|giải thưởng)){0,2}(?: (?:1|một) trong (?:\d{1,3}|số|những|các))? "?$/iu;

/** A place's name (its last word capitalised after a lower-case one), then a comma, before a title held in apposition: 'phòng hộ Cần Giờ, '. */
const APPOSITION_BEFORE = narrowable(String.raw`[\p{Ll}\p{M}] +\p{Lu}[\p{L}\p{M}]* *, *$`, 'u');
/** A place's name right after a designation: capitalised words, perhaps after the kind of landform ('cao nguyên đá Đồng Văn'); no acronym ('trình UNESCO'). */
const PLACE_NAME_AFTER = narrowable(String.raw`^ +(?:(?:cao nguyên đá|cao nguyên|quần đảo|đảo|vịnh|núi|vườn quốc gia|rừng|hang|động|phố cổ|cố đô) +)?\p{Lu}\p{Ll}`, 'u');
/** … that ends its clause. */
const CLAUSE_END_AFTER = /^ *(?:[.;)\n]|$)/u;

/** The level after a title named with it: ' cấp TP', ' cấp tỉnh', ' cấp cơ sở' (as written). */
const TITLE_LEVEL_AFTER = narrowable(String.raw`^ +cấp +(TP|thành phố|tỉnh|huyện|quận|thị xã|cơ sở|bộ|Bộ|ngành|quốc gia)(?![\p{L}\p{M}])`, 'u');

const CLASSED_NAME = / hạng (?:Nhất|Nhì|Ba)$/u;
const CLASS_AWARDS = new Set(AWARDS.filter((a) => a.classes).map((a) => a.name));

// Heritage rankings, titles conferred on a place (DECISIONS: a title conferred on a place is an
// award): 'đón nhận Bằng xếp hạng di tích cấp tỉnh', 'xếp hạng di tích "X" là di tích lịch sử cấp
// tỉnh', 'được công nhận là Khu di tích lịch sử quốc gia đặc biệt'. Only in such a frame: 'các
// di tích quốc gia đặc biệt' in running text ranks nothing. The name is the rank with its kind
// ('Di tích lịch sử cấp tỉnh'); the certificate is no second fact, its span the first mention;
// a mention that leaves the kind out takes the one the article gives for that rank.
const HERITAGE = rx(
  `${WORD_START}[Dd]i tích(?: +(lịch sử - văn hóa|lịch sử văn hóa|lịch sử|kiến trúc nghệ thuật|khảo cổ|danh lam thắng cảnh))? +(cấp tỉnh|cấp quốc gia|quốc gia đặc biệt|quốc gia)${WORD_END}`,
  'giu',
);
const HERITAGE_SCAN = new WordScan(HERITAGE, ['di tích']);
const CERTIFICATE_BEFORE = /(?:Bằng|bằng|Giấy|giấy) (?:xếp hạng|công nhận) +$/u;
/** The ranking frame before a rank without a certificate: 'công nhận (X) là (Khu) …', 'xếp hạng … là …', 'đón nhận …'. */
const RANKING_BEFORE = /(?:công nhận|xếp hạng|đón nhận)(?: +[^.;!?\n]{1,100}? +là| +là)? +(?:[Kk]hu +)?$/iu;

/** The site's name after a rank: a capitalised name, perhaps after the kind of site ('đền', 'chùa', 'Nhà tù'). */
const SITE_AFTER = narrowable(String.raw`^ +(?:(?:đền|chùa|đình|miếu|lăng|mộ|nhà|nhà tù|khu|cụm|quần thể|địa đạo|căn cứ|hang|động|thành|tháp|làng|bến|chiến khu) +)?\p{Lu}[\p{Ll}\p{M}]`, 'u');
/** 'các di tích quốc gia đặc biệt' and the like name a class of sites, held by none in particular. */
const PLURAL_BEFORE_RANK = /(?:^|\s)(?:các|những|nhiều|\d+)\s+(?:[Kk]hu\s+)?$/u;
function heldBySite(text: string, start: number, end: number): boolean {
  return SITE_AFTER.test(text.slice(end, end + 24)) && !PLURAL_BEFORE_RANK.test(text.slice(Math.max(0, start - 12), start));
}

function readHeritageRankings(text: string, out: AwardCandidate[]): void {
  if (!/di tích/iu.test(text)) return;
  const found: { a: AwardCandidate; kind?: string; level: string }[] = [];
  for (const m of HERITAGE_SCAN.all(text)) {
    const before = text.slice(Math.max(0, m.index - 140), m.index);
    const certificate = CERTIFICATE_BEFORE.exec(before);
    // in a ranking frame before it or after it, or held by the site it names ('Khu di tích quốc gia
    // đặc biệt Nhà tù Sơn La', 'di tích lịch sử quốc gia đặc biệt đền Hát Môn')
    const end = m.index + m[0].length;
    if (!certificate && !RANKING_BEFORE.test(before) && !conferredAfter(text, end) && !heldBySite(text, m.index, end)) continue;
    const level = m[2].toLowerCase();
    const kind = m[1]?.toLowerCase();
    const start = m.index - (certificate ? certificate[0].length : 0);
    const a: AwardCandidate = { kind: 'award', start, end: m.index + m[0].length, name: '' };
    found.push({ a, kind, level });
  }
  for (const f of found) {
    const kind = f.kind ?? found.find((g) => g.level === f.level && g.kind)?.kind;
    f.a.name = `Di tích ${kind ? kind + ' ' : ''}${f.level}`;
    out.push(f.a);
  }
}
