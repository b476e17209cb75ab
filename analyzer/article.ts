// Article metadata read from the page text (and from `url` / `title` when the caller has them):
// the headline, the dateline (published), the outlet (source), the byline and the province.
// Page text often starts with an outlet banner, a section label and a dateline before the
// headline, and ends with the byline followed by page furniture ('Top', 'Các tin khác').

import { pageClock } from './kinds/date.ts';
import type { Article, AnalyzeOptions } from './contract.ts';
import type { TextView } from './text/normalize.ts';
import { canonical, toSource } from './text/normalize.ts';
import { districtMentions, isCentralCity, outletByHost, outletByName, outletByTag, OUTLET_TAGS, portalByHost, provinceByHost, provinceMentions } from './places.ts';
import type { Outlet } from './lexicon/outlets.ts';
import { alternation, sticky } from './text/patterns.ts';
import { EdgeSearch } from './text/edge-search.ts';
import { CLOSING_PHRASES, FURNITURE_GLUED_AT_END, FURNITURE_LINES, NAME_HEAD_WORDS, PAGE_SECTION_NAMES } from './lexicon/page-furniture.ts';
import { ARMY_GENERAL_DEPARTMENTS, COMPLETE_BODIES, MINISTRIES } from './lexicon/bodies.ts';
import { narrowable, regexHere } from './text/narrow.ts';

export interface ArticleReading {
  article: Article;
  /** View span of the byline's names, when found. */
  bylineSpan?: { start: number; end: number };
  /** View spans of each author named in the byline. */
  authors?: { start: number; end: number }[];
  /** View span of the headline inside the text, when it was read from the text. */
  titleSpan?: { start: number; end: number };
  /** View span of a page clock in the head (kinds/date.ts pageClock): neither dateline nor date fact. */
  pageClock?: { start: number; end: number };
}

interface Line {
  start: number;
  end: number;
  text: string;
}

function linesOf(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const t = raw.trim();
    if (t) out.push({ start: start + lead, end: start + lead + t.length, text: t });
    if (nl < 0) break;
    start = nl + 1;
  }
  return out;
}

const WEEKDAY = '(?:thứ (?:hai|ba|tư|năm|sáu|bảy|2|3|4|5|6|7)|chủ nhật|CN|T[2-7])';

const FURNITURE = narrowable(
  `^(?:${alternation(FURNITURE_LINES)})(?:\\b|$)`,
  'iu',
);

// A byline: two to four capitalised words, or two to four all-caps words ('Minh Châu', 'LÊ HẢI'), nothing else.
const TITLE_WORD = '\\p{Lu}[\\p{Ll}\\p{M}]*(?![\\p{L}\\p{M}])';
const CAPS_WORD = '\\p{Lu}[\\p{Lu}\\p{M}]*(?![\\p{L}\\p{M}])';
// Initials as bylines and credits: 'N.H', 'T.SỸ', 'X.S', and a syllable cut to its first consonants ('Th.Dương', 'Ng.Hà').
// (a comma typed for the dot, with no space: 'Đ,Bắc')
const INITIALS = '(?:\\p{Lu}\\p{Ll}?(?:\\. ?|,(?=\\p{Lu}))){1,3}\\p{Lu}[\\p{Lu}\\p{Ll}\\p{M}]*';
const AUTHOR = `(?:${TITLE_WORD}(?: ${TITLE_WORD}){1,3}|${CAPS_WORD}(?: ${CAPS_WORD}){1,3}|${INITIALS})`;
const AUTHOR_IN_BYLINE = narrowable(AUTHOR, 'gu');

// A dateline: the date alone on its line, perhaps after a label or weekday and with a clock time.
const DATE_IN_LINE = /(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})/u;
const DATELINE_HEAD = narrowable(
  `(?:^|\\s)(?:${WEEKDAY}|cập nhật|ngày đăng|đăng ngày|đăng lúc|xuất bản|thời gian|ngày|lúc)\\s*:?\\s*,?\\s*(?:(\\d{1,2})[:hg](\\d{2})\\s*[|,-]?\\s*)?$|^\\s*(?:(\\d{1,2})[:hg](\\d{2})\\s*[|,-]?\\s*)?$`,
  'iu',
);
const DATELINE_TAIL = /^(?:\s*[-|,]?\s*(?:lúc\s*)?(\d{1,2})[:hg](\d{2})(?::\d{2})?)?\s*(?:\(?GMT ?\+ ?0?7(?::00)?\)?)?\s*$/iu;

// A page clock in the header ('Thứ Hai, 07/12/2026 08:30' above the article's own dateline) is no dateline.
function published(lines: Line[], clock: { start: number } | undefined): string | undefined {
  for (const line of lines.slice(0, 8)) {
    if (line.text.length > 120) break;
    if (clock && line.start === clock.start) continue;
    const m = DATE_IN_LINE.exec(line.text);
    if (!m) continue;
    const head = DATELINE_HEAD.exec(line.text.slice(0, m.index));
    const tail = DATELINE_TAIL.exec(line.text.slice(m.index + m[0].length));
    if (!head || !tail) continue;
    const [day, month, year] = [Number(m[1]), Number(m[2]), m[3]];
    if (month < 1 || month > 12 || day < 1 || day > 31) continue;
    const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    const hh = tail[1] ?? head[1] ?? head[3];
    const mi = tail[2] ?? head[2] ?? head[4];
    return hh !== undefined && Number(hh) < 24 && Number(mi) < 60 ? `${date}T${hh.padStart(2, '0')}:${mi}` : date;
  }
  return undefined;
}

/** A caller's publication date, cut to the contract's precision: '2025-06-28T23:43:45+07:00' → '2025-06-28T23:43'. */
function isoPublished(s: string | undefined): string | undefined {
  const m = typeof s === 'string' ? /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?/.exec(s.trim()) : null;
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  // A real calendar day and clock time, or nothing ('2020-13-45T99:99' is no date); years
  // before 100 are none either (Date.UTC reads them as 19xx, so this read them so far).
  if (y < 100 || mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return undefined;
  const date = `${m[1]}-${m[2]}-${m[3]}`;
  return m[4] !== undefined && Number(m[4]) < 24 && Number(m[5]) < 60 ? `${date}T${m[4]}:${m[5]}` : date;
}

/** Days in month `mo` (1–12) of year `y`, Gregorian. */
function daysInMonth(y: number, mo: number): number {
  if (mo === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return mo === 4 || mo === 6 || mo === 9 || mo === 11 ? 30 : 31;
}

function isDateline(text: string): boolean {
  return /\d{1,2}[/.-]\d{1,2}[/.-]\d{4}/u.test(text) && text.length < 80;
}

// (a dot may stand before the dash: '(SGGP).- Ngày 27-5', 'TTXVN .- Tối 1-6'; a tag in brackets
// needs none: '(CATP) Tủ sách …')
const TAG_AT_START = narrowable(`^\\(?(${alternation(OUTLET_TAGS)})(?:\\) *\\.? *(?:[-–:]|(?=\\p{Lu}))| *\\.? *[-–:])`, 'u');
// (a dash after the host, or the lead's first capital right after it: '(baodautu.vn) Ban Quản lý …')
const HOST_TAG_AT_START = narrowable(String.raw`^\(((?:[a-z0-9-]+\.)+[a-z]{2,})\)(?: *[-–:]| +(?=\p{Lu}))`, 'iu');
/** A lead's tag, in brackets or bare: '(HQ Online) -', '(Dân Việt) -', 'Dân Việt - ', 'KTĐT -', 'NDĐT-'. */
const LEAD_TAG = narrowable(String.raw`^(?:\(([^()]{2,30})\)|(\p{Lu}[\p{L}&.+]{1,14}(?: \p{Lu}[\p{L}&.+]{0,14}(?: \p{Lu}[\p{L}&.+]{0,14})?)?)) *\.? *[-–:]`, 'u');
/** A lead that starts with a tag ('(BĐ) -', 'LSO-') or a time of day and date ('Sáng 29.4, …'). */
const LEAD_START = narrowable(String.raw`^(?:\([\p{L}\p{N}.\s-]{1,24}\) *[-–:]|\p{Lu}{2,6} *[-–:]|(?:Sáng|Trưa|Chiều|Tối|Đêm|Ngày|Hôm nay|Hôm qua) +(?:ngày +)?\d{1,2}[/.-]\d{1,2}\b)`, 'u');
// A hostname printed in a short header line ('BAOTAYNINH.VN'); bounded labels keep it linear.
const HOST_IN_LINE = /(?<![a-z0-9.-])((?:[a-z0-9-]{1,63}\.){1,4}(?:vn|com|net|org)(?:\.vn)?)(?![a-z0-9-])/iu;

/** The outlet as a lead's tag names it: spelled out where the lexicon says so ('(VOV) -'). */
const atLead = (o: Outlet | undefined): Outlet | undefined => (o?.leadName ? { ...o, name: o.leadName } : o);
/** Outlets read from a closing 'Theo X' or 'Nguồn: X' credit: where the article was taken from. */
const QUOTED = new WeakSet<Outlet>();
/** … and as a closing 'Theo X' credit names it ('Theo Dân trí' → 'Báo Dân trí'). */
function asQuoted(o: Outlet | undefined): Outlet | undefined {
  if (!o) return undefined;
  const q = o.quotedName ? { ...o, name: o.quotedName } : { ...o };
  QUOTED.add(q);
  return q;
}

function source(lines: Line[], url: string | undefined, quoted: Outlet | undefined) {
  for (const line of lines.slice(0, 6)) {
    if (line.text.length > 80) continue;
    const host = HOST_IN_LINE.exec(line.text);
    const byHost = host ? outletByHost(host[1]) : undefined;
    if (byHost) return byHost;
    const byName = outletByName(line.text) ?? issueMasthead(line.text);
    if (byName) return byName;
  }
  // A closing 'Theo X' says whose article it is, over a lead's tag ('TP - …' ending 'Theo VTV': genre11).
  if (quoted) return quoted;
  for (const line of lines.slice(0, 12)) {
    const tag = TAG_AT_START.exec(line.text);
    if (tag) {
      const o = atLead(outletByTag(tag[1]));
      if (o) return o;
    }
    const hostTag = HOST_TAG_AT_START.exec(line.text);
    if (hostTag) {
      const o = outletByHost(hostTag[1]) ?? portalByHost(hostTag[1]);
      if (o) return o;
    }
    // Any other lead tag the lexicon knows: '(HQ Online) -', '(Dân Việt) -', '(GiadinhNet) -', 'NDĐT-'.
    const lead = LEAD_TAG.exec(line.text);
    if (lead) {
      const o = atLead(creditOutlet(lead[1] ?? lead[2]));
      if (o) return o;
    }
  }
  return url ? outletByHost(url) ?? portalByHost(url) : undefined;
}

/** A masthead with its issue in brackets: 'TẠP CHÍ CỘNG SẢN (6-2013)', 'Báo Nhân Dân (số 21.000)'. */
const ISSUE_AFTER_NAME = narrowable(String.raw`^(.{4,60}?) *\((?:số *)?\d[\d .\/-]{0,12}\)$`, 'u');
function issueMasthead(t: string): Outlet | undefined {
  const m = ISSUE_AFTER_NAME.exec(t);
  return m ? outletByName(m[1]) : undefined;
}

/** The outlet's own reporter named in the text: 'Phóng viên Báo Bình Định có cuộc trao đổi…', 'Trao đổi với PV Báo CAND'. */
const OWN_REPORTER = narrowable(String.raw`(?<![\p{L}])(?:[Pp]hóng viên|PV) ([Bb]áo (?:điện tử )?)?((?:\p{Lu}[\p{L}\p{M}.&]*)(?: \p{L}[\p{L}\p{M}.&]*){0,5})`, 'gu');

const REPORTED_TO = narrowable(String.raw`(?<![\p{L}\p{M}])(?:của|với|[Tt]heo|vấn) $`, 'u');

function reporterOutlet(text: string): Outlet | undefined {
  // Most texts name no reporter of a paper: look for the words before running the regex.
  if (!['hóng viên ', 'PV '].some((w) => text.includes(w))) return undefined;
  for (const m of text.matchAll(OWN_REPORTER)) {
    // Without 'Báo' only a paper's tag or one-word name is its reporter's: 'PV NNVN', 'phóng viên TTXVN'
    // ('phóng viên Thanh Hà' is a reporter's name).
    if (!m[1]) {
      // … and only where the reporter is the one the text reports to or through ('theo ghi nhận của PV
      // NNVN', 'trả lời phỏng vấn PV NNVN', 'nói chuyện với phóng viên NNVN'), not a crew the news is
      // about ('Nhóm phóng viên VTV bị tông').
      if (!REPORTED_TO.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
      const tag = regexHere.u`^[\p{L}&.+]+`.exec(m[2])![0];
      const o = outletByTag(tag) ?? (regexHere.u`\p{Lu}{2}`.test(tag) ? outletByName(tag) : undefined);
      if (o) return o;
      continue;
    }
    const words = m[2].split(' ');
    for (let n = words.length; n > 0; n--) {
      const o = outletByName(`Báo ${words.slice(0, n).join(' ')}`) ?? outletByName(words.slice(0, n).join(' '));
      if (o) return o;
    }
  }
  return undefined;
}

/**
 * The paper that names itself as the earlier or present publisher: 'Như Báo Người Lao Động đã thông
 * tin', 'Sau khi Báo Lao Động phản ánh', 'Báo Xây dựng trân trọng giới thiệu'. Another paper quoted
 * ('Báo Thanh Niên đưa tin', 'theo báo X') is no such frame. Only one paper may be named so.
 */
const SELF_CITED = narrowable(String.raw`(?<![\p{L}])(?:(?:[Nn]hư|[Ss]au khi) [Bb]áo (\p{Lu}[\p{L}\p{M}&. ]{0,50}?) (?:đã )?(?:thông tin|đưa tin|phản ánh|phản ảnh|đăng tải|đăng)|Báo (\p{Lu}[\p{L}\p{M}&. ]{0,50}?) trân trọng giới thiệu|(\p{Lu}[\p{Lu}\p{L}&.+]{1,15}) trân trọng giới thiệu)(?![\p{L}\p{M}])`, 'gu');

// 'Nguoiduatin.vn sẽ tiếp tục cập nhật …': a paper promising to follow the story is the publisher.
const HOST_WILL_UPDATE = narrowable(String.raw`(?<![\p{L}\p{N}\/@-])([A-Za-z][A-Za-z0-9-]{1,30}\.[a-z]{2,4}(?:\.vn)?) sẽ (?:tiếp tục )?(?:cập nhật|thông tin)(?![\p{L}\p{M}])`, 'gu');

// (the two guards are plain literals, without the u flag, which makes V8's search of a whole text slower)
const WILL_UPDATE = / sẽ (?:tiếp tục )?(?:cập nhật|thông tin)/;
/**
 * Every match of SELF_CITED holds one of these words ('như báo', 'sau khi Báo', 'trân trọng giới
 * thiệu'): one search for them all is faster than one per word. ('[Nn]hư [bB]áo|au khi [bB]áo', found
 * from its 'báo': a search led by 'n' or 'a' stops at nearly every word.)
 */
const SELF_CITED_WORDS = /[bB]áo(?<=(?:[Nn]hư|au khi) [bB]áo)|tr(?:ân trọng giới thiệu|ích đăng)/;
/** 'Pháp Luật TP.HCM trích đăng bài phát biểu …', 'Đất Việt xin trích đăng …', 'Lao Động trân trọng giới thiệu …': the paper publishing it. */
const PUBLISHES = narrowable(String.raw` (?:xin )?(?:trân trọng giới thiệu|trích đăng)(?![\p{L}\p{M}])`, 'gu');

function selfCitedOutlet(text: string): Outlet | undefined {
  let found: Outlet | undefined;
  // Guards on the phrases' literal words (fast string searches) before the regexes, whose
  // look-behind makes them try every position: ' sẽ ' and 'áo' are in nearly every article.
  if (WILL_UPDATE.test(text)) {
    for (const m of text.matchAll(HOST_WILL_UPDATE)) {
      const o = creditOutlet(m[1]);
      if (!o) continue;
      if (found && found !== o) return undefined;
      found = o;
    }
  }
  if (!SELF_CITED_WORDS.test(text)) return found;
  // (a paper named by the last words before the verb, with or without 'Báo')
  for (const m of text.matchAll(PUBLISHES)) {
    const words = text.slice(Math.max(0, m.index - 60), m.index).split(/[\s,;:(]+/u).slice(-6);
    let o: Outlet | undefined;
    for (let n = words.length; n > 0 && !o; n--) {
      const name = words.slice(-n).join(' ');
      if (!regexHere.u`^\p{Lu}`.test(name) || (n === 1 && name.length <= 2)) continue;
      o = outletByName(/^[Bb]áo /u.test(name) ? name : `Báo ${name}`) ?? creditOutlet(name);
    }
    if (!o) continue;
    if (found && found !== o) return undefined;
    found = o;
  }
  for (const m of text.matchAll(SELF_CITED)) {
    // An agency or paper by its tag or one-word name: 'TTXVN trân trọng giới thiệu toàn văn …'.
    if (m[3]) {
      const o = creditOutlet(m[3]);
      if (!o) continue;
      if (found && found !== o) return undefined;
      found = o;
      continue;
    }
    const words = (m[1] ?? m[2]).split(' ');
    if (words.length > 6) continue;
    let o: Outlet | undefined;
    for (let n = words.length; n > 0 && !o; n--) {
      const name = words.slice(0, n).join(' ');
      o = outletByName(`Báo ${name}`) ?? creditOutlet(name);
    }
    if (!o) continue;
    if (found && found !== o) return undefined;
    found = o;
  }
  return found;
}

/**
 * The paper whose reporter the people of the story spoke to, named in the body: 'Trao đổi với Pháp
 * Luật TP.HCM, ông …', 'Chiều 15/6, trao đổi với Tiền Phong, ông …', 'Trả lời Báo Người Lao Động, …',
 * 'xác nhận với PV Thanh Niên', 'chia sẻ với Zing.vn', 'Theo tìm hiểu của Tiền Phong' (what its reporter
 * found). Every such mention must name the same paper
 * (a round-up quoting several papers names none); a paper only the lexicon knows, by its name, tag
 * or address (a one- or two-letter tag alone is no paper: 'TP').
 */
// (no look-behind: the verbs' literal words find the places, the letter before is checked after;
// a capitalised verb may be glued to the heading before it: 'Phải qua nhiều bướcTrả lời Báo …')
const TOLD_VERBS = ['trao đổi', 'chia sẻ', 'nói', 'thông tin', 'xác nhận', 'khẳng định', 'tâm sự', 'cho biết', 'cho hay'];
export const TOLD_SOURCE = String.raw`(?:(?:[Tt]rao đổi|[Cc]hia sẻ|[Nn]ói|[Tt]hông tin|[Xx]ác nhận|[Kk]hẳng định|[Tt]âm sự|[Cc]ho biết|[Cc]ho hay) với|[Tt]rả lời(?: phỏng vấn)?|[Tt]hông tin cho|[Tt]heo (?:tìm hiểu|ghi nhận) của|[Nn]guồn tin của) +(?:(?:phóng viên|PV) +)?(?:(?:[Bb]áo|tờ|[Bb]áo điện tử) +)?(\p{Lu}[^\n,;:!?()"]{0,60})`;
const TOLD = sticky(TOLD_SOURCE);
/**
 * Where a match of TOLD may hold its fixed words: ' với' after a verb, 'rả lời', 'heo … của' and
 * 'guồn tin của' ('Nguồn tin của Pháp Luật TP.HCM cho biết': the paper's own sources) one unit in,
 * 'ông tin cho' two.
 */
const TOLD_ANCHORS = / với|rả lời|ông tin cho|heo (?:tìm hiểu|ghi nhận) của|guồn tin của/g;

/**
 * The matches of TOLD in `text`, as matchAll() gives them, found from the places of the phrases'
 * fixed words (one fast search for three literals) rather than by the regex tried at every
 * position: each match starts at a verb ending before ' với' (its first letter in either case),
 * one unit before 'rả lời', 'heo tìm hiểu của' and 'guồn tin của', two before 'ông tin cho', and TOLD is run there, sticky.
 */
export function toldMatches(text: string): RegExpExecArray[] {
  const starts: number[] = [];
  TOLD_ANCHORS.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = TOLD_ANCHORS.exec(text)); ) {
    const q = m.index;
    if (m[0] === ' với') {
      for (const verb of TOLD_VERBS) {
        const p = q - verb.length;
        if (p >= 0 && text.startsWith(verb.slice(1), p + 1) && (text[p] === verb[0] || text[p] === verb[0].toUpperCase())) starts.push(p);
      }
    } else starts.push(q - (m[0] === 'ông tin cho' ? 2 : 1));
  }
  starts.sort((a, b) => a - b);
  const out: RegExpExecArray[] = [];
  let from = 0;
  for (const p of starts) {
    if (p < from) continue;
    TOLD.lastIndex = p;
    const m = TOLD.exec(text);
    if (!m) continue;
    out.push(m);
    from = p + m[0].length;
  }
  return out;
}
const LETTER = narrowable(String.raw`[\p{L}\p{M}]`, 'u');

function toldOutlet(text: string): Outlet | undefined {
  let found: Outlet | undefined;
  for (const m of toldMatches(text)) {
    if (m.index > 0 && LETTER.test(text[m.index - 1]) && !regexHere.u`^\p{Lu}`.test(m[0])) continue;
    // (the name's capitalised words: 'Pháp Luật TP.HCM', 'Tiền Phong' of 'Tiền Phong tại buổi tọa đàm')
    const words: string[] = [];
    for (const w of m[1].split(' ')) {
      if (words.length === 5 || !regexHere.u`^\p{Lu}`.test(w)) break;
      words.push(w.replace(/\.+$/u, ''));
      if (/\.$/u.test(w) && !regexHere.u`\.\p{L}`.test(w)) break;
    }
    let o: Outlet | undefined;
    for (let n = words.length; n > 0 && !o; n--) {
      const name = words.slice(0, n).join(' ');
      if (n === 1 && name.length <= 2) break;
      o = outletByName(`Báo ${name}`) ?? creditOutlet(name);
    }
    if (!o) continue;
    if (found && found !== o) return undefined;
    found = o;
  }
  return found;
}

/**
 * A known dateline tag opening a lead inside the body ('… Thanh niên Thủ đô sẵn sàng nhập ngũ (HNM) -
 * Năm 2017, …'): a teaser of the same paper appended to the page, when nothing else names the
 * outlet. Two different outlets' tags name none (a round-up of other papers' leads).
 */
const TAG_IN_BODY = narrowable(`(?<=[\\p{L}\\p{N}.!?"”] )\\((${alternation(OUTLET_TAGS)})\\) *[-–] *(?=\\p{Lu})`, 'gu');
function teaserTag(text: string): Outlet | undefined {
  if (!text.includes(') -') && !text.includes(') –')) return undefined;
  let found: Outlet | undefined;
  for (const m of text.matchAll(TAG_IN_BODY)) {
    const o = outletByTag(m[1]);
    if (!o) continue;
    if (found && found !== o) return undefined;
    found = o;
  }
  return found;
}

/**
 * 'Theo TTXVN, Cổng TTĐT Chính phủ, VOV' at the end: an article put together from several outlets
 * names them all, as printed, when each is an outlet the lexicon knows.
 */
const CREDIT_LIST = narrowable(String.raw`(?:^|[\s.(])\(?(?:Theo|Nguồn *:) +([\p{L}\p{N}][\p{L}\p{N}.&+ ,;-]{2,100}?)\)?\.?$`, 'u');
function creditList(lines: Line[]): Outlet | undefined {
  const last = lines[lines.length - 1]?.text.trimEnd();
  if (!last || !/[,;]/u.test(last.slice(-100))) return undefined;
  const m = CREDIT_LIST.exec(last.slice(-100));
  if (!m) return undefined;
  const parts = m[1].split(/ *[,;] */u);
  return parts.length >= 2 && parts.length <= 4 && parts.every((p) => p && creditOutlet(p)) ? { name: m[1].replace(/ *; */gu, ', ').replace(/ *, */gu, ', '), hosts: [], tags: [], aliases: [] } : undefined;
}

/**
 * The province of the page's address or of a host printed as the lead's tag, when no outlet gives
 * one: a department's or a district's portal ('sotuphap.hanoi.gov.vn', '(huyenx.tinhy.gov.vn) -').
 */
function hostProvince(lines: Line[], url: string | undefined): string | undefined {
  const fromUrl = url ? provinceByHost(url) : undefined;
  if (fromUrl) return fromUrl;
  for (const line of lines.slice(0, 12)) {
    const hostTag = HOST_TAG_AT_START.exec(line.text);
    if (hostTag) return provinceByHost(hostTag[1]);
  }
  return undefined;
}

/** At least four words (the line is trimmed); unlike counting split() parts, it stops at the fourth. */
const FOUR_WORDS = /^(?:\S+\s+){3}\S/;

// Page furniture above the headline, never the title (DECISIONS, article title): skip links,
// breadcrumbs, a portal's 'Chi tiết …' heading, section names, the site's own name.
const SKIP_LINK = /^(?:Skip (?:to|navigation)|Chuyển (?:đến|tới|sang) (?:nội dung|phần|trang)|Bỏ qua|Đi (?:đến|tới) (?:nội dung|phần)|Nhảy (?:đến|tới)|Về (?:nội dung|đầu trang))\b/iu;
const BREADCRUMB_HOME = /^(?:Trang chủ|Trang nhất|Trang đầu|Home)(?: *(?:[>»›/|:-]|$))/iu;
/** Short parts joined by '>', '»', '›', '/' or '|' with no digits and no sentence end: 'Tin tức > Thời sự > Trong tỉnh'. */
const BREADCRUMB = /^[^\d.!?>»›/|]{1,40}(?: [>»›/|] [^\d.!?>»›/|]{1,40}){1,6}$/u;
/** Section names, folded for comparison (lexicon/page-furniture.ts). */
const SECTION_NAMES = new Set(PAGE_SECTION_NAMES.map((n) => canonical(n).toLowerCase()));
/** The first words of section names, to rule most lines out before folding them. */
const SECTION_FIRST_WORDS = new Set([...SECTION_NAMES].map((n) => n.split(' ')[0]));

/** A line made only of section names and separators: a section label, not a headline. */
function isSectionName(t: string): boolean {
  if (t.length > 80 || /[.!?"\d]/u.test(t)) return false;
  const space = t.indexOf(' ');
  if (!SECTION_FIRST_WORDS.has(canonical(space < 0 ? t : t.slice(0, space)).toLowerCase())) return false;
  const parts = canonical(t).toLowerCase().split(/ *(?:[-|/,:&»>›]| và ) */u).filter(Boolean);
  return parts.length > 0 && parts.every((p) => SECTION_NAMES.has(p));
}
/** The site's own name or motto: 'Cổng thông tin điện tử tỉnh X', 'TRANG THÔNG TIN ĐIỆN TỬ …', 'Cơ quan của Đảng bộ …', 'Báo X điện tử'. */
const SITE_NAME = narrowable(String.raw`^(?:(?:[Cc]ổng|CỔNG|[Tt]rang|TRANG) (?:[Tt]hông tin|THÔNG TIN|TTĐT|TT)(?: (?:điện tử|Điện tử|ĐIỆN TỬ))?|Báo(?: điện tử)?(?= \p{Lu}))( .*)?$`, 'u');
const SITE_MOTTO = narrowable(String.raw`^Cơ quan (?:chủ quản|ngôn luận|của Đảng bộ)(?![\p{L}\p{M}])`, 'u');
/** Words a site's name may have in small letters: 'Cổng thông tin điện tử tỉnh Quảng Ninh', 'Báo Quảng Ninh điện tử'. */
const SITE_NAME_WORDS = /^(?:tỉnh|thành|phố|huyện|thị|xã|quận|sở|ban|văn|phòng|ủy|uỷ|nhân|dân|hội|đồng|của|và|điện|tử|online|chính|phủ|bộ)$/u;

function isSiteName(t: string): boolean {
  if (SITE_MOTTO.test(t)) return true;
  const m = SITE_NAME.exec(t);
  if (!m) return false;
  const rest = (m[1] ?? '').trim().split(' ').filter(Boolean);
  return rest.length <= 8 && rest.every((w) => regexHere.u`^\p{Lu}`.test(w) || SITE_NAME_WORDS.test(w));
}

function isPageFurniture(t: string): boolean {
  if (t.length > 120) return false;
  return SKIP_LINK.test(t) || BREADCRUMB_HOME.test(t) || BREADCRUMB.test(t) || isSectionName(t) || isSiteName(t);
}

function title(lines: Line[]): Line | undefined {
  for (const line of lines.slice(0, 8)) {
    const t = line.text;
    if (isDateline(t)) continue;
    if (outletByName(t) || (t.length < 60 && HOST_IN_LINE.test(t))) continue;
    if (isPageFurniture(t)) continue;
    if (!FOUR_WORDS.test(t)) continue; // section labels: 'Hoạt động', 'Tin tức'
    if (TAG_AT_START.test(t) || LEAD_START.test(t)) return undefined; // the lead came first: no headline printed
    if (t.length > 200) return undefined;
    return line;
  }
  return undefined;
}

/** '(Theo QUANG HẢI/NDO)': a republished article's author and original outlet. */
const REPUBLISHED = narrowable(String.raw`^\(?Theo +((?:\p{Lu}[\p{L}\p{M}]*)(?: \p{Lu}[\p{L}\p{M}]*){1,3}) *\/ *([\p{L}.]{2,12})\)?$`, 'u');

function republished(lines: Line[]): { byline: Line; tag: string } | undefined {
  for (const line of lines.slice(-4)) {
    // (the regex's fixed start, checked before it runs over a whole last paragraph)
    if (!line.text.startsWith('Theo') && !line.text.startsWith('(Theo')) continue;
    const m = REPUBLISHED.exec(line.text);
    if (m) {
      const start = line.start + line.text.indexOf(m[1]);
      return { byline: { start, end: start + m[1].length, text: m[1] }, tag: m[2] };
    }
  }
  return undefined;
}

// ---------------------------------------------------------------- the end of the article
//
// Crawled articles end with the author, on a line of their own or glued to the last sentence
// ('…trên địa bàn Thủ đô.Minh Khôi', '…thi hành quyết định này. P.V'), perhaps with the agency
// or outlet that credits them ('Nguyễn Trường (TTXVN)', 'HOÀNG LONG (Dân trí)', 'Ngọc
// Thành/VOV.VN') or followed by a credit line ('(TTXVN)', 'Theo Dân trí', 'Nguồn: Dân Trí').

/** Furniture a crawl glues to the end of the last line ('Thùy LinhPHẢN HỒIGửi bình luận', 'Hoa HạEmail Print Góp ý'). */
const GLUED_FURNITURE_END = narrowable(
  `(?:${alternation(FURNITURE_GLUED_AT_END)}) *$`,
  'u',
);
/** A list of related articles glued after the byline ('TƯỜNG HÂN - BÁ TÂN - Thông tin liên quan: - Bài 1: …'). */
const RELATED_AFTER = narrowable(String.raw`[ -]*(?:Thông tin|Tin|Bài) liên quan *(?::|(?= \p{Lu}))`, 'u');

/**
 * Where a sentence ends, with its closing quotes and the space after it, or glued to the next
 * capital ('…Thủ đô.Minh Khôi', '…USD.Minh Anh', '…công bằng)Thùy Dương'). Not the dot of 'TP. ',
 * 'Q. ', 'T.Hà' or 'TP.HCM'; the dot of 'VOV.VN' is one, but no byline follows it, so the
 * sentence end before is tried.
 */
const SENTENCE_END =
  narrowable(String.raw`(?:[!?…]|\.{2,}|(?=\.)(?<!(?:^|[\s("'.!?…])\p{Lu}{1,2})\.)[.!?…]*(?:\/\.)?["')]*(?: |(?=\p{Lu})|(?=\(\p{Lu}))|(?=\))(?<=[\p{Ll}\p{N}"'])\)(?=\p{Lu})|\((?:Tổng hợp|tổng hợp|T\/[Hh]|Xem tiếp|Còn nữa|còn nữa|Còn tiếp|còn tiếp)\) ?`, 'gu');
/** A byline label, a boundary even when glued to the sentence before ('thiếu sótTin, ảnh: Nam Viên'). */
const LABEL = '(?:Tác giả|Bài và ảnh|Bài, ?ảnh(?:, video)?|Bài ?[/-] ?ảnh|Tin và ảnh|Tin, ?ảnh(?:, video)?|Tin ?[/-] ?ảnh|Bài|Tin|Ảnh và bài|Thực hiện|Ghi chép)';
const LABEL_IN_LINE = narrowable(`${LABEL} *: *(?=\\p{Lu})`, 'gu');

/** What may follow the names: a credit in brackets or after a slash ('(TTXVN)', '(Dân trí)', '/VOV.VN', '/VTC News'). */
const CREDIT_AFTER = '(?: *\\(([^()]{1,48})\\)| */ *([\\p{L}\\p{N}][\\p{L}\\p{N}.&+ -]{0,30}))';
/** Credits that name no author ('PV', 'P.V', 'NHÓM PV', 'Nhóm phóng viên Thời sự'): a byline as printed, no person. */
const GENERIC = '(?:Nhóm PV|NHÓM PV|PV|Nhóm phóng viên(?: \\p{L}+){0,3}|NHÓM PHÓNG VIÊN(?: \\p{Lu}+){0,3})';
/** One or more authors (or a generic credit) after an optional label or 'Theo', then an optional credit: the whole tail of a line. */
const TAIL_BYLINE = narrowable(
  `^(?:${LABEL} *: *|(Theo) +)?(?:(?:PV|Phóng viên|GS|PGS|TS|ThS|BS|KS|LS|NCS)\\.?(?: ?TS\\.?)? )?(${AUTHOR}(?:(?: ?- ?|, | và | & )${AUTHOR}){0,3}|${GENERIC}(?: và | ?- ?| & )\\p{Lu}[\\p{Lu}\\p{L}.&]{1,15}|${GENERIC})${CREDIT_AFTER}?(?: *\\((?:[Tt]hực hiện|[Gg]hi|[Tt]ổng hợp)\\))?(?: *[-,.]? *Ảnh *: *[^()]{2,40}| *- *(?:tin|bài)(?:, ảnh)?| *-)?\\.?$`,
  'u',
);
const NAME_IN_BRACKETS = narrowable(`^\\(${CAPS_WORD}(?: ${CAPS_WORD}){1,3}\\)\\.?$`, 'u');
/** A credit glued after the byline: '…Duy CảnhTheo Infonet', '… (Theo Dân trí)'. */
const CREDIT_AT_END = narrowable(String.raw`(?:(?<=[\p{L}.!?)"'] ?)|^)\(?(?:Theo|Nguồn *:) +([\p{L}\p{N}][\p{L}\p{N}.&+ -]{0,40}?(?:\/ ?\([\p{L}.&+]{2,12})?)\)?\.?$`, 'u');
/** An author's credit after a slash at the end of the text: '…Hội nghị MInh Hòa/VOV.VN'. */
const END_SLASH_CREDIT = narrowable(String.raw`[\p{L}\p{M}] ?\/ ?([\p{L}\p{N}][\p{L}\p{N}.&+ -]{0,30})$`, 'u');

// The article's last words may be its author with no sentence end before them: the crawl lost
// the line break or the period ('…bổ nhiệm cán bộ Hoài Phong', '…Tổng Công ty Sông Thu HẢI CHÂU',
// '…(ảnh: TR.L) TRẦN LƯU', '…tại Hội nghị MInh Hòa/VOV.VN'). Read on the last text line only, and
// only as a name run that a lower-case word (or a bracket) ends the sentence before.
/** Two to four words in capitals at the end, after a word that is not in capitals. */
const END_CAPS_NAME = narrowable(String.raw`(?<=(?:^|[\p{Ll}\p{M}\p{N})"'”.,;:!?…]) )(\p{Lu}[\p{Lu}\p{M}]+(?: \p{Lu}[\p{Lu}\p{M}]+){1,3})$`, 'u');
/** Two or three capitalised words at the end, after a lower-case word (the word is group 1). */
const END_TITLE_NAME = narrowable(String.raw`(?:^|[\s(])([\p{Ll}\p{M}]+) (\p{Lu}[\p{Ll}\p{M}]+(?: \p{Lu}[\p{Ll}\p{M}]+){1,2})$`, 'u');
/** Two or three capitalised words before an outlet's tag after a slash (a stray capital kept as printed: 'MInh Hòa/VOV.VN'). */
const END_NAME_BEFORE_TAG = narrowable(String.raw`(?:^|[\s(])[\p{Ll}\p{M}]+ (\p{Lu}\p{Lu}?[\p{Ll}\p{M}]+(?: \p{Lu}[\p{Ll}\p{M}]+){1,2}) ?\/ ?([\p{L}\p{N}][\p{L}\p{N}.&+ -]{0,30})$`, 'u');
/** The last characters END_CAPS_NAME and END_TITLE_NAME can end with. */
const END_CAPS_LAST = narrowable(String.raw`^[\p{Lu}\p{M}]$`, 'u');
const END_TITLE_LAST = narrowable(String.raw`^[\p{Ll}\p{M}]$`, 'u');
/** An office-holder's title before a name in capitals: the official who signs the text, not its author. */
const ROLE_BEFORE_SIGNATURE = /(?:Chủ tịch|Bí thư|Giám đốc|[Tt]rưởng|Phó|Thủ tướng|Tư lệnh|Chánh|Viện trưởng|Hiệu trưởng|Đại biểu|Ủy viên|Uỷ viên)(?= |$)/u;
/** Initials without dots after the last sentence end: '…nhà ở cho người thu nhập thấp…MD'. */
const BARE_INITIALS = /^[A-ZĐ]{2,3}$/u;

/**
 * A two-word byline whose second syllable the author typed in lower case ('… sáp nhập thôn, xóm.
 * Thanh hoài'): alone after the last text line's last sentence end, with no period of its own,
 * and no outlet ('Tuổi trẻ') or closing words ('Còn nữa').
 */
const NAME_WITH_LOWER_SYLLABLE = narrowable(String.raw`^\p{Lu}[\p{Ll}\p{M}]{1,6} [\p{Ll}\p{M}]{1,7}$`, 'u');
function nameWithLowerSyllable(line: Line, tail: { offset: number; text: string } | undefined): TailReading | undefined {
  if (!tail || tail.offset === 0 || !NAME_WITH_LOWER_SYLLABLE.test(tail.text)) return undefined;
  if (!isPersonName(tail.text) || outletByTag(tail.text) || CLOSING_WORDS.has(tail.text.toLowerCase())) return undefined;
  const start = line.start + tail.offset;
  return { byline: { start, end: start + tail.text.length, text: tail.text } };
}
const CLOSING_WORDS = new Set(CLOSING_PHRASES);

/** A name run at the very end of the last text line that no sentence end sets apart (see above). */
function nameAtEnd(line: Line, t: string, firstTail: { offset: number; text: string } | undefined): TailReading | undefined {
  const at = (names: string, index: number, outlet?: Outlet): TailReading | undefined => {
    // (a section's name ends a crawl too: '…tại chuyên mục Pháp Luật')
    if (!isPersonName(names) || outletByTag(names) || outletByName(names) || SECTION_NAMES.has(canonical(names).toLowerCase())) return undefined;
    const start = line.start + index;
    return { byline: { start, end: start + names.length, text: names }, outlet };
  };
  const w = t.slice(-80);
  const from = t.length - w.length;
  // (the end regexes try every position of the window: they run only where their last character
  // can end them, a slash for the tag; a surrogate at the end is left to them)
  const last = w.slice(-1);
  const surrogate = last !== '' && last.charCodeAt(0) >= 0xd800 && last.charCodeAt(0) <= 0xdfff;
  const tagged = w.includes('/') ? END_NAME_BEFORE_TAG.exec(w) : null;
  const tagOutlet = tagged ? creditOutlet(tagged[2]) : undefined;
  if (tagged && tagOutlet && !NAME_HEAD_WORDS.has(tagged[1].split(' ')[0].toLowerCase())) return at(tagged[1], from + tagged.index + tagged[0].indexOf(tagged[1]), tagOutlet);
  const caps = surrogate || END_CAPS_LAST.test(last) ? END_CAPS_NAME.exec(w) : null;
  // (not an official signing the text: '…Chủ tịch UBND TP Đà Nẵng HUỲNH ĐỨC THƠ')
  if (caps && !caps[1].split(' ').some((word) => BODY_ACRONYM.test(word)) && !ROLE_BEFORE_SIGNATURE.test(w.slice(Math.max(0, caps.index - 60), caps.index))) {
    return at(caps[1], from + caps.index);
  }
  const titled = surrogate || END_TITLE_LAST.test(last) ? END_TITLE_NAME.exec(w) : null;
  if (titled && !NAME_HEAD_WORDS.has(titled[1])) return at(titled[2], from + titled.index + titled[0].length - titled[2].length);
  // Dotless initials only after a sentence end, and never an agency's or a body's acronym.
  if (firstTail && firstTail.offset > 0 && BARE_INITIALS.test(firstTail.text) && !BODY_ACRONYM.test(firstTail.text) && !outletByTag(firstTail.text) && !GENERIC_CREDIT.test(firstTail.text.toLowerCase())) {
    return at(firstTail.text, firstTail.offset);
  }
  return undefined;
}
/** A credit alone: '(TTXVN)', 'Theo Dân trí', '(Theo Dân trí)', 'Nguồn: Người Lao Động', 'TTXVN/Tin Tức', 'VnExpress'. */
const CREDIT_ALONE = narrowable(String.raw`^\(?(?:(?:Theo|theo|Nguồn|Nguồn tin) *:? +)?([\p{L}\p{N}][\p{L}\p{N}.&+ /-]{0,40}?)\)?\.?$`, 'u');

/** Credits that name no author: a byline as printed, but no person ('P.V', 'NHÓM PV', 'Nhóm phóng viên Thời sự'). */
const GENERIC_CREDIT = /^(?:nhóm )?(?:pv|p\. ?v|phóng viên|ctv|cộng tác viên|btv|biên tập viên)(?: .*)?$/u;
/** A byline's first words that make it a site, CMS or body credit, an outlet, a place or a photo credit ('Ảnh Quốc Bảo'), not a person. */
const NOT_A_NAME = narrowable(
  `^(?:${[
    'ban biên tập', 'bbt', 'ban quản trị', 'quản trị', 'admin', 'cổng thông tin', 'cổng ttđt', 'cổng tt', 'trang thông tin', 'trang ttđt',
    'báo', 'tạp chí', 'sở', 'phòng', 'ủy ban', 'ubnd', 'hđnd', 'tỉnh ủy', 'huyện ủy', 'thành ủy', 'đảng ủy', 'đảng bộ', 'văn phòng',
    'trung tâm', 'đài', 'cục', 'bộ', 'tổng cục', 'chi cục', 'thông tấn', 'hội đồng', 'công an', 'ttxvn', 'vov', 'vtv', 'tp', 'tt',
    'việt nam', 'hồ chí minh', 'hà nội', 'sài gòn', 'đà nẵng', 'cần thơ', 'thành phố', 'tỉnh', 'huyện', 'xã', 'quận', 'phường',
    'thị xã', 'theo', 'nguồn', 'tin', 'tổng hợp', 'ảnh', 'video', 'clip',
  ].join('|')})(?: |$)`,
);

/**
 * A credit the lexicon does not know, taken as printed when it is written like an outlet's brand:
 * one word that is an acronym ('VFF', 'KD&PL', 'ĐVO'), a brand in camel case ('VnMedia',
 * 'VietNamNet') or a host ('Baodatviet.vn'); not a body's abbreviation ('UBND', 'BTC') and never a
 * person's or a place's name, which are written in several words or with diacritics in capitals.
 */
const PRINTED_OUTLET = /^(?:[A-ZĐ]{2,}[A-ZĐ0-9&+.-]*(?<=[A-ZĐ0-9])|[A-Z][a-z]+[A-Z][A-Za-z]+|[A-Za-z][A-Za-z0-9-]{1,30}\.(?:vn|com|net|org)(?:\.vn)?)$/u;
const BODY_ACRONYM = /^(?:UBND|HĐND|MTTQ|BCH|BTV|BTC|BQL|BCĐ|UBKT|TAND|VKSND|BHXH|CA|CSGT|CLB|HTX|DN|THPT|THCS|TP|TX|TT|PV|CTV|BBT|ĐBQH|QH|TW|TƯ|VN)$/u;

/** The outlet a credit names, or the credit as printed when it reads like an outlet's brand (PRINTED_OUTLET). */
function creditOrPrinted(credit: string): Outlet | undefined {
  const known = creditOutlet(credit);
  if (known) return known;
  const c = credit.trim().replace(/\.$/, '');
  return c.length <= 24 && PRINTED_OUTLET.test(c) && !BODY_ACRONYM.test(c) ? { name: c, hosts: [], tags: [], aliases: [] } : undefined;
}

interface TailReading {
  byline?: Line;
  /** The names in the byline, when it prints more (a degree: 'TS. Phạm Ngọc Sơn'). */
  names?: Line;
  /** The byline is a generic credit ('P.V'): no person. */
  generic?: boolean;
  outlet?: Outlet;
}

const REGIONAL_BUREAU = narrowable(String.raw`^(\S+) +(?:miền|khu vực|tại|thường trú) +\p{Lu}`, 'u');

/** The outlet a credit names: a tag ('TTXVN', 'VOV.VN'), a name ('Dân trí') or a host ('VnExpress.net'), or its first part ('VOV-Trung tâm Tin', 'TTXVN/Tin Tức'). */
function creditOutlet(credit: string): Outlet | undefined {
  const c = credit.trim().replace(/\.$/, '');
  if (!c || c.length > 48) return undefined;
  const whole = outletByTag(c) ?? outletByName(c) ?? (/\.[a-z]{2,3}$/i.test(c) ? outletByHost(c) : undefined);
  if (whole) return whole;
  // A regional bureau is its outlet: 'VOV miền Trung', 'TTXVN tại Đà Nẵng', 'VTV khu vực Tây Nguyên'.
  const bureau = REGIONAL_BUREAU.exec(c);
  if (bureau) return creditOutlet(bureau[1]);
  const first = /^([^/,;-]+?) *[/,;-]/u.exec(c);
  return first ? creditOutlet(first[1]) : undefined;
}

/**
 * A person's name, not a site, body, city or outlet written like one. Most province names are
 * also given names and pen names ('Hà Giang', 'Hòa Bình', 'Bình Định'), so only the big cities
 * are refused.
 */
function isPersonName(names: string): boolean {
  return !NOT_A_NAME.test(canonical(names).toLowerCase()) && !outletByName(names);
}

/**
 * The tails of a line a byline may be: after each of its last sentence ends or byline labels,
 * last first (the whole line when it has none).
 */
function lineTails(t: string): { offset: number; text: string }[] {
  const from = Math.max(0, t.length - 120);
  const window = t.slice(from);
  const cuts: number[] = [];
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(window); m; m = SENTENCE_END.exec(window)) cuts.push(m.index + m[0].length);
  LABEL_IN_LINE.lastIndex = 0;
  for (let m = LABEL_IN_LINE.exec(window); m; m = LABEL_IN_LINE.exec(window)) cuts.push(m.index);
  if (!cuts.length && from === 0) cuts.push(0);
  cuts.sort((a, b) => b - a);
  const out: { offset: number; text: string }[] = [];
  for (const cut of cuts) {
    if (out.length === 3) break;
    if (!out.length || out[out.length - 1].offset !== from + cut) out.push({ offset: from + cut, text: window.slice(cut) });
  }
  return out;
}

/** The byline of one tail of a line ('Minh Khôi', 'Thu Trang (TTXVN)', 'Theo Quốc Thanh (NNVN)'), with its credit. */
function bylineIn(line: Line, offset: number, text: string, glued: Outlet | undefined): TailReading | 'credit-only' | undefined {
  if (!text || text.length > 90) return undefined;
  // An author in capitals in brackets: '(HỒNG THẠNH)'.
  if (NAME_IN_BRACKETS.test(text)) [text, offset] = [text.slice(1, text.lastIndexOf(')')), offset + 1];
  const m = TAIL_BYLINE.exec(text);
  if (!m) return undefined;
  let names = m[2];
  const credit = m[3] ?? m[4];
  // An unknown credit is taken as printed only after a slash ('Thái Tân/KD&PL'): a bracket after
  // a name holds places and notes as often ('Minh Anh (Hà Nội)', '(thực hiện)').
  let outlet = (m[4] ? creditOrPrinted(m[4]) : m[3] ? creditOutlet(m[3]) : undefined) ?? glued;
  // An outlet after the authors, joined like one more: 'Văn Tùng - Dân Trí'.
  const last = /(?: ?- ?|, | và | & )([^,&-]+)$/u.exec(names);
  const lastOutlet = last && !outlet ? creditOutlet(last[1]) : undefined;
  // A generic credit joined to a word is a byline only when the word is an agency or outlet ('PV và TTXVN').
  if (GENERIC_CREDIT.test(names.toLowerCase()) && last && !lastOutlet && !outlet && GENERIC_CREDIT.test(names.slice(0, last.index).toLowerCase())) return undefined;
  if (last && lastOutlet) {
    // A generic credit keeps its agency as printed ('PV và TTXVN'): no author's name to cut out.
    if (!GENERIC_CREDIT.test(names.slice(0, last.index).toLowerCase())) names = names.slice(0, last.index);
    outlet = lastOutlet;
  }
  // 'Theo X' names a source; only 'Theo NAME (OUTLET)' names an author.
  if (m[1] && !outlet) return creditOutlet(names) ? { outlet: creditOutlet(names) } : 'credit-only';
  if (!isPersonName(names)) return creditOutlet(names) ? { outlet: creditOutlet(names) } : undefined;
  const start = line.start + offset + m.index + m[0].indexOf(names);
  const nameSpan = { start, end: start + names.length, text: names };
  // The byline as printed keeps an author's degree ('TS. Phạm Ngọc Sơn', 'PGS.TS Bùi Đình Phong'); the person is the name.
  // (on the line: a sentence end may cut 'PGS.TS' at its dot)
  const degree = DEGREE_BEFORE.exec(line.text.slice(Math.max(0, start - line.start - 12), start - line.start));
  return {
    byline: degree ? { start: start - degree[1].length, end: nameSpan.end, text: degree[1] + names } : nameSpan,
    names: degree ? nameSpan : undefined,
    generic: GENERIC_CREDIT.test(names.toLowerCase()),
    outlet,
  };
}
/** An academic degree printed before the byline's name: 'TS. ', 'PGS.TS ', 'ThS '. */
const DEGREE_BEFORE = /(?:^|[\s:.])((?:GS|PGS|TS|ThS|BS|KS|LS|NCS)\.?(?: ?TS\.?)? )$/u;

/** A byline and its credit in a line's tail: '…Thủ đô.Minh Khôi', 'Thu Trang (TTXVN)', 'Theo Quốc Thanh (NNVN)'. */
function readTail(line: Line, last = false): TailReading | 'credit-only' | undefined {
  let t = line.text;
  for (let n = 0; n < 4; n++) {
    const w = t.slice(-40);
    const m = GLUED_FURNITURE_END.exec(w);
    if (!m) break;
    t = t.slice(0, t.length - w.length + m.index).trimEnd();
  }
  const related = t.includes(' liên quan', t.length - 200) ? RELATED_AFTER.exec(t.slice(-200)) : null;
  if (related) t = t.slice(0, t.length - Math.min(200, t.length) + related.index).trimEnd();
  if (!t) return undefined;
  // A crawl that printed the byline twice: '…sâu sắc./. Bảo Lâm/VOV.VN Bảo Lâm/VOV.VN' (not 'Linh Linh').
  for (let k = 6; k <= 45 && 2 * k + 1 <= t.length; k++) {
    if (t[t.length - k - 1] === ' ' && /[ /]/.test(t.slice(-k)) && t.endsWith(t.slice(-k), t.length - k - 1)) {
      t = t.slice(0, -(k + 1));
      break;
    }
  }
  let glued: Outlet | undefined;
  const end = t.slice(-60);
  const credit = end.includes('Theo ') || end.includes('Nguồn') ? CREDIT_AT_END.exec(end) : null;
  if (credit && credit.index > 0) {
    glued = asQuoted(creditOrPrinted(credit[1]));
    t = t.slice(0, t.length - Math.min(60, t.length) + credit.index).trimEnd();
  }
  const tails = lineTails(t);
  for (const tail of tails) {
    const r = bylineIn(line, tail.offset, tail.text, glued);
    if (r) return r;
  }
  if (last) {
    const r = nameAtEnd(line, t, tails[0]) ?? nameWithLowerSyllable(line, tails[0]);
    if (r) return { ...r, outlet: r.outlet ?? glued };
  }
  if (glued) return { outlet: glued };
  // An author's credit whose name could not be read ('…tại Hội nghị MInh Hòa/VOV.VN'): its outlet still is.
  const slash = END_SLASH_CREDIT.exec(t.slice(-40));
  const slashOutlet = slash ? creditOutlet(slash[1]) : undefined;
  if (slashOutlet) return { outlet: slashOutlet };
  const text = tails[0]?.text ?? '';
  const alone = CREDIT_ALONE.exec(text);
  if (alone) {
    // 'Theo VFF' on its own names a source even when the lexicon does not know it; a bare '(X)' may be anything.
    const credited = /^\(?(?:Theo|theo|Nguồn)\b/u.test(text);
    const outlet = credited ? asQuoted(creditOrPrinted(alone[1])) : creditOutlet(alone[1]);
    if (outlet) return { outlet };
    if (credited || /^\((?:Tổng hợp|tổng hợp)\)$/u.test(text)) return 'credit-only';
  }
  return undefined;
}

/** The authors named in a byline ('Thanh hoài', written with a lower-case syllable, is one). */
function authorSpans(names: Line): { start: number; end: number }[] {
  const spans = [...names.text.matchAll(AUTHOR_IN_BYLINE)].map((m) => ({ start: names.start + m.index, end: names.start + m.index + m[0].length }));
  return spans.length || !NAME_WITH_LOWER_SYLLABLE.test(names.text) ? spans : [{ start: names.start, end: names.end }];
}

/** A caption or a note, not the article's last word ('Ảnh: …', 'Trong ảnh: …', '* Tên nhân vật đã được thay đổi'). */
const NOTE_LINE = narrowable(String.raw`^(?:(?:Ảnh(?: minh họa)?|Trong ảnh|Nguồn ảnh|Video|Clip)(?![\p{L}\p{M}])|\*)`, 'u');
/** More than six words: a sentence, not a label. */
const MORE_THAN_SIX_WORDS = /^(?:\S+\s+){6}\S/;

function byline(lines: Line[], again: ReturnType<typeof republished>): TailReading {
  if (again) return { byline: again.byline };
  let outlet: Outlet | undefined;
  // Only the last text line (after furniture and credit lines) may end with a name no sentence end sets apart.
  let last = true;
  for (let i = lines.length - 1, seen = 0; i >= 0 && seen < 8; i--, seen++) {
    const t = lines[i].text;
    if (FURNITURE.test(t)) continue;
    const r = readTail(lines[i], last);
    if (r === 'credit-only') continue;
    if (!r?.outlet) last = false;
    if (r?.byline) return { ...r, outlet: r.outlet ?? outlet };
    if (r?.outlet) {
      outlet ??= r.outlet;
      continue;
    }
    if (NOTE_LINE.test(t)) continue;
    if (t.length > 60 || MORE_THAN_SIX_WORDS.test(t)) return { outlet };
  }
  return { outlet };
}

// The province an article is about, when no outlet or address gives it: the title's, else the
// one the text names most, weighing where a mention stands (DECISIONS, batch 1: the province where
// the text places the event; never an outlet's name quoted in the text).
/** A mention inside an outlet's name: 'theo Báo Hà Nội Mới', 'Báo Quảng Ninh đưa tin', 'Đài PT-TH tỉnh X'. */
const OUTLET_BEFORE = narrowable(String.raw`(?:(?<![\p{L}])(?:Báo|báo(?= \p{Lu}))(?: điện tử)?|Đài (?:PT|Phát thanh|Truyền hình|TH)[^,.;:()\n]{0,30}|Cổng (?:thông tin|Thông tin|TTĐT|TT)[^,.;:()\n]{0,20}) $`, 'u');
/** A mention inside an association's or enterprise's name: 'Hiệp hội Doanh nghiệp TP. Hồ Chí Minh', 'Câu lạc bộ Doanh nhân Sài Gòn'. */
const ORGANISATION_BEFORE =
  narrowable(String.raw`(?<![\p{L}])(?:Hiệp hội|Hội(?! nghị| thi| đồng| diễn| chợ)|Câu lạc bộ|CLB|Công ty|Tập đoàn|Ngân hàng|Doanh nhân|Doanh nghiệp|Viện)(?: (?!của |Sở |UBND |HĐND |Bộ |Công an |Tỉnh ủy |Thành ủy |tỉnh |thành phố )[^,.;:()\n ]+){0,5} $`, 'u');
/** A province in brackets after a name: a deputy's or a speaker's province ('ĐB Lê Văn Tám (Gia Lai)', 'đại biểu X (tỉnh Long An)'). */
const AFTER_A_NAME = narrowable(String.raw`(?:ĐB|(?<![\p{L}])(?:[Đđ]ại biểu|[Ôô]ng|[Bb]à))(?: \p{Lu}[\p{Ll}\p{M}]*){1,4} \((?:tỉnh |thành phố |TP\.? ?)?$`, 'u');
/**
 * A reader's or a source's place in brackets after a name that opens a sentence: district, then
 * province ('Minh Hoàng (Thạch Thất, Hà Nội) hỏi: …'): where the person lives, not the article's place.
 */
const AFTER_A_NAME_AND_DISTRICT =
  narrowable(String.raw`[\n.?!:] *(?!(?:Huyện|Quận|Xã|Phường|Thị|Thành|Tỉnh|TP|Tp|Làng|Thôn|Ấp|Bản|Khu|Sông|Đảo|Núi|Hồ|Cầu|Đường|Phố|Chợ|Trường|Bệnh|Công|Tại|Ở)(?![\p{L}\p{M}]))\p{Lu}[\p{Ll}\p{M}]* \p{Lu}[\p{Ll}\p{M}]*(?: \p{Lu}[\p{Ll}\p{M}]*)? \(\p{Lu}[\p{Ll}\p{M}]*(?: \p{Lu}[\p{Ll}\p{M}]*)?, $`, 'u');
/** A deputy's delegation ('Trưởng đoàn ĐBQH tỉnh Gia Lai', 'đại biểu Trần Thị Mai (đoàn Hậu Giang)'): who speaks, not where. */
const DELEGATION_BEFORE = narrowable(String.raw`(?<![\p{L}])(?:ĐBQH\)?|ĐB|(?<![Cc]ông )đoàn|[Đđ]ại biểu Quốc hội)(?: tỉnh| thành phố| TP\.?)? $`, 'u');
/** Where a person comes from: 'đến từ Phú Yên', 'quê Hải Dương', 'sinh ra ở Hà Nội'. */
// (and 'người X', a person of X: 'một người Quảng Trị vào Huế đầu tư')
const ORIGIN_BEFORE = narrowable(String.raw`(?<![\p{L}])(?:đến từ|quê(?: quán)?(?: ở| tại)?|sinh(?: ra)? (?:tại|ở)|[Nn]gười) $`, 'u');
/** A name right after the province: the body is part of a person's title ('Bí thư Tỉnh ủy Quảng Ngãi Nguyễn Văn An'), a bare mention. */
const NAME_AFTER = narrowable(String.raw`^ \p{Lu}[\p{Ll}\p{M}]* \p{Lu}[\p{Ll}\p{M}]*`, 'u');
/** Words any mention of weight 0 has before it (a cheap test before the regexes below). */
const ZERO_HINT = /Báo|báo|Đài|Cổng|Hiệp|Hội|CLB|Câu lạc|Công ty|Tập đoàn|Ngân hàng|Doanh|Viện|ĐB|đoàn|biểu|[Ôô]ng |[Bb]à |đến từ|quê|sinh|[Nn]gười /u;

/** The words before a mention that make it name a body of the province or the place of the event: 'UBND tỉnh X', 'Tỉnh ủy X', 'TP X', 'tại X'. */
const BODY_OR_PLACE_WORDS = new Set(['tỉnh', 'Tỉnh', 'TP', 'TP.', 'tại', 'Tại', 'ở', 'Ở']);
const BODY_OR_PLACE_PAIRS = new Set(['thành phố', 'Thành phố', 'tỉnh ủy', 'Tỉnh ủy', 'thành ủy', 'Thành ủy', 'Thủ đô', 'thủ đô']);

function bodyOrPlaceBefore(before: string): boolean {
  if (!before.endsWith(' ')) return false;
  const a = before.lastIndexOf(' ', before.length - 2);
  if (BODY_OR_PLACE_WORDS.has(before.slice(a + 1, -1).replace(/^\(/, ''))) return true;
  return a > 0 && BODY_OR_PLACE_PAIRS.has(before.slice(before.lastIndexOf(' ', a - 1) + 1, -1).replace(/^\(/, ''));
}
/** A district or town named right before the province, a comma between: 'huyện Hiệp Đức, Quảng Nam'. */
const DISTRICT_GLOSS_BEFORE = narrowable(String.raw`(?<![\p{L}\p{M}])(?:huyện|quận|thị xã|thị trấn|thành phố|TP\.?) ?\p{Lu}[^,.;:()\n]{0,30}, $`, 'u');
/** A province in brackets after a place: 'quận Long Biên (Hà Nội)'. */
const PLACE_GLOSS_BEFORE = narrowable(String.raw`\p{Lu}[\p{Ll}\p{M}]* \($`, 'u');
/**
 * The venue of a central body's event: 'Ngày 6/6, tại Hà Nội, Bộ Y tế tổ chức …', 'tại Hà Nội, Đảng ủy
 * Công an Trung ương …', 'tại Hà Nội, Phó Thủ tướng …'. The place a national body meets is not what
 * the article is about (DECISIONS, article province of national bodies' articles).
 */
const CENTRAL_HOLDERS = ['Thủ tướng', 'Phó Thủ tướng', 'Chủ tịch nước', 'Phó Chủ tịch nước', 'Tổng Bí thư', 'Chủ tịch Quốc hội', 'Phó Chủ tịch Quốc hội'];
/**
 * A central body or office-holder (the words CENTRAL_SUBJECT and CENTRAL_BODY look for); of the
 * military commands only the national arms' ('Bộ Tư lệnh Bộ đội Biên phòng'), not a region's
 * ('Bộ Tư lệnh Vùng 3 Hải quân', 'Bộ Tư lệnh Quân khu 4', 'Bộ Tư lệnh Thủ đô').
 */
const CENTRAL_BODY_SOURCE = `(?:${alternation([
  ...MINISTRIES.flatMap((m) => [m.name, ...m.aliases].map((n) => `Bộ ${n}`)),
  ...COMPLETE_BODIES.filter((b) => b.level === 'central').flatMap((b) => [b.name, ...b.aliases]),
  ...CENTRAL_HOLDERS,
  ...ARMY_GENERAL_DEPARTMENTS,
])}|Tổng cục \\p{Lu}|(?:Ban|Đảng ủy|Ủy ban|Hội đồng) [^,.;:()\\n]{0,50}?(?<= |UB)(?:Trung ương|TƯ|TW|T\\.Ư)|UBTƯ|UBTW|Bộ Tư lệnh (?:Bộ đội Biên phòng|Cảnh sát biển|Hải quân|Phòng không - Không quân|Cảnh sát cơ động|Cảnh vệ|Lăng Chủ tịch Hồ Chí Minh))(?![\\p{L}\\p{M}])`;
// (or its delegation: 'tại Hà Nội, Đoàn công tác của Ủy ban Kiểm tra Trung ương công bố …')
const CENTRAL_SUBJECT = narrowable(`^ *, *(?:Đảng ủy(?:,| và) |Đoàn (?:công tác|kiểm tra|giám sát)(?: của)? )?${CENTRAL_BODY_SOURCE}`, 'u');
/** Every central body or office-holder a text names ('Quốc hội', 'Bộ Y tế', 'Thủ tướng', 'Ban Tổ chức Trung ương'). */
const CENTRAL_BODY = narrowable(`(?<![\\p{L}\\p{M}])${CENTRAL_BODY_SOURCE}`, 'gu');
const CENTRAL_BODY_SEARCH = new EdgeSearch(CENTRAL_BODY);
const VENUE_BEFORE = narrowable(String.raw`(?<![\p{L}])[Tt]ại (?:(?:thành phố|TP\.?) )?$`, 'u');

function centralVenue(text: string, start: number, end: number): boolean {
  if (!VENUE_BEFORE.test(text.slice(Math.max(0, start - 16), start)) || !CENTRAL_SUBJECT.test(text.slice(end, end + 90))) return false;
  // … unless the province's own bodies or people share the event ('tại Hà Nội, Bộ X và UBND thành
  // phố Hà Nội tổ chức …', 'Chủ tịch nước cùng Đoàn ĐBQH Thành phố Hồ Chí Minh tiếp xúc cử tri …').
  const clause = /^[^.;!?\n]{0,200}/u.exec(text.slice(end))![0];
  return !clause.includes(text.slice(start, end));
}

/** Where the lead ends, roughly: a province named this early is where the event is ('Sáng 28/6, tại Hà Nội, …'). */
const LEAD_LENGTH = 500;

/**
 * How much a mention says the article is about its province: none inside an outlet's or an
 * association's name, as a deputy's province or where a person comes from; more for a body or a
 * place than for a bare name or a person's title; more again in the lead.
 */
function mentionWeight(text: string, start: number, end: number): number {
  const before = text.slice(Math.max(0, start - 48), start);
  const none =
    ZERO_HINT.test(before) &&
    (OUTLET_BEFORE.test(before) ||
      ORGANISATION_BEFORE.test(before) ||
      AFTER_A_NAME.test(before) ||
      DELEGATION_BEFORE.test(before) ||
      ORIGIN_BEFORE.test(before));
  if (none || (before.endsWith(', ') && AFTER_A_NAME_AND_DISTRICT.test(before)) || centralVenue(text, start, end)) return 0;
  const body =
    (bodyOrPlaceBefore(before) ||
      // the province after a district it glosses: '(xã Sài Sơn, huyện Quốc Oai, Hà Nội)', 'huyện Văn Yên, Yên Bái'
      (before.endsWith(', ') && DISTRICT_GLOSS_BEFORE.test(before)) ||
      (before.endsWith('(') && PLACE_GLOSS_BEFORE.test(before.slice(-24)))) &&
    !NAME_AFTER.test(text.slice(end, end + 24));
  return (body ? 3 : 2) + (start < LEAD_LENGTH ? 3 : 0);
}

/**
 * How much a district named with its kind word ('quận Thanh Xuân', 'thị xã Hương Trà') says the
 * article is about its province: less than the province's own name (a district is where a body
 * or a person is; the province is named for what the article is about), more in the lead; none
 * where a province's name would count for nothing (an outlet's or an association's name, a
 * deputy's delegation, where a person comes from).
 */
function districtWeight(text: string, start: number): number {
  const before = text.slice(Math.max(0, start - 48), start);
  if (ZERO_HINT.test(before) && (OUTLET_BEFORE.test(before) || ORGANISATION_BEFORE.test(before) || AFTER_A_NAME.test(before) || DELEGATION_BEFORE.test(before) || ORIGIN_BEFORE.test(before))) return 0;
  return DISTRICT_WEIGHT + (start < LEAD_LENGTH ? 1 : 0);
}
/** A district's mention when districts alone name the province (as much as a bare name of the province). */
const DISTRICT_WEIGHT = 2;
/** Each district named, once, beside the provinces' own names (one more in the lead). */
const DISTRICT_ONCE = 1;
/** The province glossed right after a district: 'huyện Hiệp Đức, Quảng Nam', 'quận Long Biên (Hà Nội)', 'huyện X, tỉnh Y' (that mention counts already). */
const GLOSS_AFTER = /^(?:, | \(| - )(?:tỉnh |thành phố |TP\.? ?)?/u;

/**
 * A province's or a city's own body named by its level alone, the way a text names the bodies of
 * the place it is about: 'Phó Chủ tịch UBND tỉnh', 'Bí thư Tỉnh ủy,', 'lãnh đạo tỉnh', 'Lãnh đạo
 * TP', 'Chủ tịch HĐND thành phố' (not 'UBND tỉnh Gia Lai', which is a mention of its own; nor 'các
 * tỉnh', a class).
 */
const BARE_BODY =
  narrowable(String.raw`(?<![\p{L}\p{M}])(?:(?:(?:UBND|HĐND|Ủy ban nhân dân|Hội đồng nhân dân|[Ll]ãnh đạo|Đảng bộ|Công an|CA|ĐBQH) (?:(tỉnh)|thành phố|TP))|(Tỉnh) ủy|Thành ủy)(?![\p{L}\p{M}])`, 'gu');
const BARE_BODY_SEARCH = new EdgeSearch(BARE_BODY);
const CAPITAL_AFTER = narrowable(String.raw`^ ?\.? ?\p{Lu}`, 'u');
/**
 * A level word coordinated with the other level in the same clause ('Tỉnh ủy, UBND tỉnh, thành phố mở
 * đường …', 'lãnh đạo tỉnh, thành phố'): the bodies of every province and city, a class (DECISIONS,
 * genre43), not the bodies of the one the text names. (Not 'tỉnh, thành phố Buôn Ma Thuột', a city named.)
 */
const LEVELS_COORDINATED = narrowable(String.raw`^[^.;!?\n]{0,40}?(?<![\p{L}\p{M}])tỉnh(?:,| và|\/) ?(?:thành phố|thành)(?![\p{L}\p{M}])(?! \p{Lu})`, 'u');
const TITLE_BEFORE = /(?:Chủ tịch|Bí thư|Giám đốc|Trưởng|Ủy viên|Chánh Văn phòng|Thường trực) $/u;
/** How much each bare body weighs for the province or city the text names most. */
const BARE_BODY_WEIGHT = 2;

/** Provinces listed one after another ('6 tỉnh (Tuyên Quang, Cao Bằng, Hòa Bình, …)'): the article spans many. */
function listsProvinces(text: string, mentions: { start: number; end: number }[]): boolean {
  let run = 1;
  for (let i = 1; i < mentions.length; i++) {
    run = /^(?:, | và | - |, và )$/u.test(text.slice(mentions[i - 1].end, mentions[i].start)) ? run + 1 : 1;
    if (run >= 3) return true;
  }
  return false;
}

/**
 * Evidence a province needs to be the article's (DECISIONS, article province: the province the
 * article is about, left out for national news):
 * - in an article that names central bodies, named in the lead or through the article: a province
 *   the lead does not name needs this much weight (four mentions of its bodies or places), else it
 *   is one the story passes through (a deputy's former post, a venue, an address);
 * - named a quarter more than any other province (two provinces named alike: a round-up);
 * - named more than the central bodies: an article that names central bodies and office-holders
 *   half again as often as the province weighs is national news (a National Assembly session, a
 *   national leader's career or obituary, a ministry's policy), whatever venue it names.
 */
const WEIGHT_OUTSIDE_THE_LEAD = 12;
/**
 * A lead about the whole country ('cả nước lại rầm rộ …', 'nước ta có khoảng 23,6 triệu trẻ em', 'trên toàn quốc'):
 * a province first named later is an example the story passes through (a closing anecdote), not its place.
 */
const NATIONAL_LEAD = narrowable(String.raw`(?<![\p{L}\p{M}])(?:[Cc]ả nước|nước ta|[Tt]oàn quốc)(?![\p{L}\p{M}])`, 'u');
/** Central bodies and office-holders named this often make a text about them, not about its paper's city. */
const NATIONAL_TEXT = 3;

/** How many central bodies and office-holders a text names (CENTRAL_BODY). */
export function centralMentions(text: string): number {
  return CENTRAL_BODY_SEARCH.all(text).length;
}

/**
 * The article's province; null when the text names provinces with weight but none is the article's
 * (national news, a round-up), so that no paper's home city stands in for it.
 */
function province(text: string, titleText: string | undefined, fromOutlet: string | undefined, central: number): string | null | undefined {
  if (fromOutlet) return fromOutlet;
  if (titleText) {
    const inTitle = provinceMentions(titleText).filter((m) => mentionWeight(titleText, m.start, m.end) > 0);
    // A headline naming one province says what the article is about; one naming several is a
    // round-up or a comparison ('Nhân sự mới Hà Nội, TP.HCM, Bắc Ninh', 'Quy hoạch … của Lào Cai, Hà Tĩnh').
    if (inTitle.length) return inTitle.every((m) => m.province === inTitle[0].province) ? inTitle[0].province : null;
  }
  const mentions = provinceMentions(text);
  const scores = new Map<string, number>();
  const inLead = new Set<string>();
  let total = 0;
  let counted = false;
  for (const m of mentions) {
    // The lead places a central body's event first ('Ngày 6/6, tại Hà Nội, Bộ Y tế …'): a national article.
    if (!counted && m.start < LEAD_LENGTH && centralVenue(text, m.start, m.end)) return null;
    const w = mentionWeight(text, m.start, m.end);
    if (w > 0) counted = true;
    if (w > 0 && m.start < LEAD_LENGTH) inLead.add(m.province);
    scores.set(m.province, (scores.get(m.province) ?? 0) + w);
    total += w;
  }
  // (bodies named by their level alone weigh for the one province the text names: see addBareBodies)
  const starts = new Set(mentions.map((m) => m.start));
  // (found once, when first weighed: the fallback on districts below weighs them again)
  let bare: boolean[] | undefined;
  const bareBodies = () => (bare ??= bareBodiesOf(text, starts));
  total += addBareBodies(bareBodies, scores);
  // Districts named with their kind word ('quận Thanh Xuân') weigh a little for their province,
  // each once (a province's own name says more); a district the text glosses with its province
  // ('huyện Hiệp Đức, Quảng Nam') is counted by that mention.
  const districts: { province: string; weight: number }[] = [];
  const seen = new Set<string>();
  for (const d of districtMentions(text)) {
    const gloss = GLOSS_AFTER.exec(text.slice(d.end, d.end + 16));
    if (gloss && starts.has(d.end + gloss[0].length)) continue;
    const weight = districtWeight(text, d.start);
    if (!weight) continue;
    districts.push({ province: d.province, weight });
    if (d.start < LEAD_LENGTH) inLead.add(d.province);
    if (seen.has(d.name)) continue;
    seen.add(d.name);
    const once = DISTRICT_ONCE + (d.start < LEAD_LENGTH ? 1 : 0);
    scores.set(d.province, (scores.get(d.province) ?? 0) + once);
    total += once;
  }
  const named = decide(text, mentions, scores, inLead, total, central);
  if (named !== undefined || !districts.length) return named;
  // No province named with weight: its districts name it, when they all or nearly all lie in one
  // ('phường Phương Liệt (quận Thanh Xuân)', 'Công an quận Thanh Xuân', 'UBND TP' → Hà Nội).
  const byDistricts = new Map<string, number>();
  let districtTotal = 0;
  for (const d of districts) {
    byDistricts.set(d.province, (byDistricts.get(d.province) ?? 0) + d.weight);
    districtTotal += d.weight;
  }
  // (the districts themselves weigh enough: one passing mention is no article's place)
  const [top, own] = [...byDistricts].reduce((x, y) => (y[1] > x[1] ? y : x));
  if (own < 4) return undefined;
  districtTotal += addBareBodies(bareBodies, byDistricts);
  const weight = byDistricts.get(top)!;
  if (3 * weight < 2 * districtTotal || 2 * central >= 3 * weight) return undefined;
  return top;
}

/**
 * The bodies of 'the province' or 'the city' named by their level alone (BARE_BODY) are those of
 * the one province (or centrally-run city) the text names with weight: they weigh for it ('Tham
 * dự tại điểm cầu Nghệ An có … Bí thư Tỉnh ủy, … Chủ tịch UBND tỉnh'). Where it names several,
 * whose they are is not told. Not those a province's name follows ('UBND tỉnh Gia Lai', 'Thành
 * ủy TP.HCM': mentions of their own: bareBodiesOf). Returns the weight added.
 */
function addBareBodies(bareBodies: () => readonly boolean[], scores: Map<string, number>): number {
  let province: string | null | undefined;
  let city: string | null | undefined;
  for (const [p, n] of scores) {
    if (n <= 0) continue;
    if (isCentralCity(p)) city = city === undefined ? p : null;
    else province = province === undefined ? p : null;
  }
  if (!province && !city) return 0;
  let added = 0;
  for (const ofProvince of bareBodies()) {
    const place = ofProvince ? province : city;
    if (!place) continue;
    scores.set(place, scores.get(place)! + BARE_BODY_WEIGHT);
    added += BARE_BODY_WEIGHT;
  }
  return added;
}

/** The bodies named by their level alone that are no mention of their own, in order: true for a
 * province's ('UBND tỉnh'), false for a city's ('Lãnh đạo TP'). */
function bareBodiesOf(text: string, mentionStarts: Set<number>): boolean[] {
  const out: boolean[] = [];
  for (const b of BARE_BODY_SEARCH.all(text)) {
    const after = b.index + b[0].length;
    let own = false;
    for (let i = b.index + 1; i <= after + 2 && !own; i++) own = mentionStarts.has(i);
    if (own) continue;
    // (a capitalised name after it is a person's only after a title: 'Phó Chủ tịch UBND tỉnh Lâm Hải
    // Giang', not 'lãnh đạo tỉnh Phúc Kiến')
    if (CAPITAL_AFTER.test(text.slice(after, after + 3)) && !TITLE_BEFORE.test(text.slice(Math.max(0, b.index - 24), b.index))) continue;
    if (LEVELS_COORDINATED.test(text.slice(b.index, b.index + 64))) continue;
    out.push(Boolean(b[1] || b[2]));
  }
  return out;
}

/** The province the weighed mentions name (see province), null for none of several, undefined for too little weight. */
function decide(
  text: string,
  mentions: { start: number; end: number }[],
  scores: Map<string, number>,
  inLead: Set<string>,
  total: number,
  central: number,
): string | null | undefined {
  let best: string | undefined;
  let bestScore = 0;
  let second = 0;
  for (const [p, n] of scores) {
    if (n > bestScore) [best, bestScore, second] = [p, n, bestScore];
    else if (n > second) second = n;
  }
  if (!best || bestScore < 4) return undefined;
  if (4 * bestScore < 5 * second) return null;
  // (the whole country named anywhere makes a province the lead leaves out one example among many:
  // 'triển khai … trong toàn quốc' … 'dự án … - Hà Nội'; genre35)
  if (!inLead.has(best) && bestScore < WEIGHT_OUTSIDE_THE_LEAD && (central >= NATIONAL_TEXT || NATIONAL_LEAD.test(text))) return null;
  if (2 * central >= 3 * bestScore) return null;
  // Named most: by half the weight, or twice the runner-up's ('Công an tỉnh Bình Phước' merged into
  // 'Công an tỉnh Đồng Nai') unless the article lists provinces, which makes it about many.
  return bestScore * 2 >= total || (bestScore >= 2 * second && !listsProvinces(text, mentions)) ? best : null;
}

export function readArticle(view: TextView, options: AnalyzeOptions): ArticleReading {
  const lines = linesOf(view.text);
  const article: Article = {};
  // A blank or non-string title from the caller counts as none: the text's headline is read instead.
  const given = typeof options.title === 'string' && options.title.trim() ? options.title.trim() : undefined;
  const titleLine = given ? undefined : title(lines);
  const titleText = given ?? (titleLine ? view.source.slice(...toSource(view, titleLine.start, titleLine.end)) : undefined);
  if (titleText) article.title = titleText;
  const clock = pageClock(view.text);
  const date = published(lines, clock) ?? isoPublished(options.published);
  if (date) article.published = date;
  const again = republished(lines);
  const tag = again?.tag;
  const end = byline(lines, again);
  const by = end.byline;
  const names = end.names ?? by;
  const outlet =
    source(lines, options.url, end.outlet && QUOTED.has(end.outlet) ? end.outlet : undefined) ??
    (tag ? outletByTag(tag.replace(/\.$/, '')) : undefined) ??
    end.outlet ??
    creditList(lines) ??
    reporterOutlet(view.text) ??
    selfCitedOutlet(view.text) ??
    toldOutlet(view.text) ??
    teaserTag(view.text);
  if (outlet) article.source = outlet.name;
  if (by) article.byline = view.source.slice(...toSource(view, by.start, by.end));
  // A paper that reports from the whole country gives its province only when the text names none.
  const fromOutlet = outlet?.national ? undefined : outlet?.province;
  const central = centralMentions(view.text);
  const found = province(view.text, titleText ? canonical(titleText) : undefined, fromOutlet ?? hostProvince(lines, options.url), central);
  // … and a city paper's article that names no province is about its city, unless it is about
  // central bodies ('Theo Chỉ thị số 07/CT-TTg của Thủ tướng Chính phủ …') or names provinces none
  // of which is its own (a round-up of briefs from several provinces).
  // (a city's paper that is no Party paper counts so too: 'KTĐT - … ở Từ Liêm' is Hà Nội's)
  const home = outlet?.national ? outlet.province : outlet?.homeCity;
  const p = found === undefined ? (home && central < NATIONAL_TEXT ? home : undefined) : (found ?? undefined);
  if (p) article.province = p;
  if (options.url) article.url = options.url;
  return {
    article,
    bylineSpan: by ? { start: by.start, end: by.end } : undefined,
    authors: names && !end.generic ? authorSpans(names) : undefined,
    titleSpan: titleLine ? { start: titleLine.start, end: titleLine.end } : undefined,
    pageClock: clock,
  };
}
