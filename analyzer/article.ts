// Article metadata read from the page text (and from `url` / `title` when the caller has them):
// the headline, the dateline (published), the outlet (source), the byline and the province.
// Page text often starts with an outlet banner, a section label and a dateline before the
// headline, and ends with the byline followed by page furniture ('Top', 'Các tin khác').

import type { Article, AnalyzeOptions } from './contract.ts';
import type { TextView } from './text/normalize.ts';
import { canonical, toSource } from './text/normalize.ts';
import { outletByHost, outletByName, outletByTag, OUTLET_TAGS, portalByHost, provinceMentions } from './places.ts';
import { alternation } from './text/patterns.ts';

export interface ArticleReading {
  article: Article;
  /** View span of the byline's names, when found. */
  bylineSpan?: { start: number; end: number };
  /** View spans of each author named in the byline. */
  authors?: { start: number; end: number }[];
  /** View span of the headline inside the text, when it was read from the text. */
  titleSpan?: { start: number; end: number };
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

const FURNITURE = new RegExp(
  `^(?:${alternation([
    'Top', 'Phản hồi', 'Các tin khác', 'Tin khác', 'Mới nhất', 'Xem nhiều nhất', 'Đọc nhiều nhất', 'Tin liên quan',
    'Bài liên quan', 'Các tin đã đăng', 'Tin đã đưa', 'Chia sẻ', 'Bình luận', 'In bài', 'print send mail', 'print',
    'send mail', 'Gửi bình luận', 'Lên đầu trang', 'Về đầu trang', 'Quay lại', 'Trở về', 'Tags', 'Từ khóa', 'Tin mới',
    'Tin cùng chuyên mục', 'Xem thêm', 'Theo dõi', 'Share', 'Like', 'Tweet', 'Email', 'Bản in',
  ])})(?:\\b|$)`,
  'iu',
);

// A byline: two to four capitalised (or all-caps) words, nothing else.
const NAME_WORD = '(?:\\p{Lu}[\\p{Ll}\\p{M}]*|\\p{Lu}[\\p{Lu}\\p{M}]+)(?![\\p{L}\\p{M}])';
// Initials as bylines and credits: 'N.H', 'T.SỸ', 'X.S'.
const INITIALS = '(?:\\p{Lu}\\.){1,3}\\p{Lu}[\\p{Lu}\\p{Ll}\\p{M}]*';
const AUTHOR = `(?:${NAME_WORD}(?: ${NAME_WORD}){1,3}|${INITIALS})`;
// A byline: one author or several ('THU HÀ - MINH ĐỨC', 'Hà Anh, Văn Long'), perhaps after
// 'Bài, ảnh:' and before an agency in brackets ('Hà Anh (TTXVN)').
const BYLINE = new RegExp(
  `^(?:(?:Tác giả|Bài(?: và ảnh| và| ,)? *(?:ảnh)?|Tin(?: và ảnh|, ảnh)?|Bài, ảnh|Tin, ảnh|Nhóm PV)\\s*:?\\s*)?` +
    `(${AUTHOR}(?:(?: - | – |, | và )${AUTHOR}){0,3})(?: *\\([\\p{L}\\p{N} ./-]{1,20}\\))?$`,
  'u',
);
const AUTHOR_IN_BYLINE = new RegExp(AUTHOR, 'gu');

// A dateline: the date alone on its line, perhaps after a label or weekday and with a clock time.
const DATE_IN_LINE = /(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})/u;
const DATELINE_HEAD = new RegExp(
  `(?:^|\\s)(?:${WEEKDAY}|cập nhật|ngày đăng|đăng ngày|đăng lúc|xuất bản|thời gian|ngày|lúc)\\s*:?\\s*,?\\s*(?:(\\d{1,2})[:hg](\\d{2})\\s*[|,-]?\\s*)?$|^\\s*(?:(\\d{1,2})[:hg](\\d{2})\\s*[|,-]?\\s*)?$`,
  'iu',
);
const DATELINE_TAIL = /^(?:\s*[-|,]?\s*(?:lúc\s*)?(\d{1,2})[:hg](\d{2})(?::\d{2})?)?\s*(?:\(?GMT ?\+ ?0?7(?::00)?\)?)?\s*$/iu;

function published(lines: Line[]): string | undefined {
  for (const line of lines.slice(0, 8)) {
    if (line.text.length > 120) break;
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
  // A real calendar day and clock time, or nothing ('2020-13-45T99:99' is no date).
  const day = new Date(Date.UTC(y, mo - 1, d));
  if (day.getUTCFullYear() !== y || day.getUTCMonth() !== mo - 1 || day.getUTCDate() !== d) return undefined;
  const date = `${m[1]}-${m[2]}-${m[3]}`;
  return m[4] !== undefined && Number(m[4]) < 24 && Number(m[5]) < 60 ? `${date}T${m[4]}:${m[5]}` : date;
}

function isDateline(text: string): boolean {
  return /\d{1,2}[/.-]\d{1,2}[/.-]\d{4}/u.test(text) && text.length < 80;
}

const TAG_AT_START = new RegExp(`^\\(?(${alternation(OUTLET_TAGS)})\\)? *(?:-|:)`, 'u');
const HOST_TAG_AT_START = /^\(((?:[a-z0-9-]+\.)+[a-z]{2,})\) *[-–:]/iu;
/** A lead that starts with a tag ('(BĐ) -', 'LSO-') or a time of day and date ('Sáng 29.4, …'). */
const LEAD_START = /^(?:\([\p{L}\p{N}.\s-]{1,24}\) *[-–:]|\p{Lu}{2,6} *[-–:]|(?:Sáng|Trưa|Chiều|Tối|Đêm|Ngày|Hôm nay|Hôm qua) +(?:ngày +)?\d{1,2}[/.-]\d{1,2}\b)/u;
// A hostname printed in a short header line ('BAOTAYNINH.VN'); bounded labels keep it linear.
const HOST_IN_LINE = /(?<![a-z0-9.-])((?:[a-z0-9-]{1,63}\.){1,4}(?:vn|com|net|org)(?:\.vn)?)(?![a-z0-9-])/iu;

function source(lines: Line[], url: string | undefined) {
  for (const line of lines.slice(0, 6)) {
    if (line.text.length > 80) continue;
    const host = HOST_IN_LINE.exec(line.text);
    const byHost = host ? outletByHost(host[1]) : undefined;
    if (byHost) return byHost;
    const byName = outletByName(line.text);
    if (byName) return byName;
  }
  for (const line of lines.slice(0, 12)) {
    const tag = TAG_AT_START.exec(line.text);
    if (tag) {
      const o = outletByTag(tag[1]);
      if (o) return o;
    }
    const hostTag = HOST_TAG_AT_START.exec(line.text);
    if (hostTag) {
      const o = outletByHost(hostTag[1]) ?? portalByHost(hostTag[1]);
      if (o) return o;
    }
  }
  return url ? outletByHost(url) ?? portalByHost(url) : undefined;
}

/** At least four words (the line is trimmed); unlike counting split() parts, it stops at the fourth. */
const FOUR_WORDS = /^(?:\S+\s+){3}\S/;

function title(lines: Line[]): Line | undefined {
  for (const line of lines.slice(0, 6)) {
    const t = line.text;
    if (isDateline(t)) continue;
    if (outletByName(t) || (t.length < 60 && HOST_IN_LINE.test(t))) continue;
    if (!FOUR_WORDS.test(t)) continue; // section labels: 'Hoạt động', 'Tin tức'
    if (TAG_AT_START.test(t) || LEAD_START.test(t)) return undefined; // the lead came first: no headline printed
    if (t.length > 200) return undefined;
    return line;
  }
  return undefined;
}

/** '(Theo TIẾN TRUNG/NDO)': a republished article's author and original outlet. */
const REPUBLISHED = /^\(?Theo +((?:\p{Lu}[\p{L}\p{M}]*)(?: \p{Lu}[\p{L}\p{M}]*){1,3}) *\/ *([\p{L}.]{2,12})\)?$/u;

function republished(lines: Line[]): { byline: Line; tag: string } | undefined {
  for (const line of lines.slice(-4)) {
    const m = REPUBLISHED.exec(line.text);
    if (m) {
      const start = line.start + line.text.indexOf(m[1]);
      return { byline: { start, end: start + m[1].length, text: m[1] }, tag: m[2] };
    }
  }
  return undefined;
}

function byline(lines: Line[], again: ReturnType<typeof republished>): Line | undefined {
  if (again) return again.byline;
  for (let i = lines.length - 1, seen = 0; i >= 0 && seen < 8; i--, seen++) {
    const t = lines[i].text;
    if (FURNITURE.test(t)) continue;
    if (t.length > 60) return undefined;
    const m = BYLINE.exec(t);
    if (m) {
      const offset = t.indexOf(m[1], t.length - m[0].length);
      const start = lines[i].start + offset;
      return { start, end: start + m[1].length, text: m[1] };
    }
    if (t.split(/\s+/).length > 6) return undefined;
  }
  return undefined;
}

function province(text: string, titleText: string | undefined, fromOutlet: string | undefined): string | undefined {
  if (fromOutlet) return fromOutlet;
  if (titleText) {
    const inTitle = provinceMentions(titleText);
    if (inTitle.length) return inTitle[0].province;
  }
  const counts = new Map<string, number>();
  let total = 0;
  for (const m of provinceMentions(text)) {
    counts.set(m.province, (counts.get(m.province) ?? 0) + 1);
    total++;
  }
  let best: string | undefined;
  let bestCount = 0;
  for (const [p, n] of counts) if (n > bestCount) [best, bestCount] = [p, n];
  return best && bestCount >= 2 && bestCount * 2 >= total ? best : undefined;
}

export function readArticle(view: TextView, options: AnalyzeOptions): ArticleReading {
  const lines = linesOf(view.text);
  const article: Article = {};
  // A blank or non-string title from the caller counts as none: the text's headline is read instead.
  const given = typeof options.title === 'string' && options.title.trim() ? options.title.trim() : undefined;
  const titleLine = given ? undefined : title(lines);
  const titleText = given ?? (titleLine ? view.source.slice(...toSource(view, titleLine.start, titleLine.end)) : undefined);
  if (titleText) article.title = titleText;
  const date = published(lines) ?? isoPublished(options.published);
  if (date) article.published = date;
  const again = republished(lines);
  const tag = again?.tag;
  const outlet = source(lines, options.url) ?? (tag ? outletByTag(tag.replace(/\.$/, '')) : undefined);
  if (outlet) article.source = outlet.name;
  const by = byline(lines, again);
  if (by) article.byline = view.source.slice(...toSource(view, by.start, by.end));
  const p = province(view.text, titleText ? canonical(titleText) : undefined, outlet?.province);
  if (p) article.province = p;
  if (options.url) article.url = options.url;
  return {
    article,
    bylineSpan: by ? { start: by.start, end: by.end } : undefined,
    authors: by ? [...by.text.matchAll(AUTHOR_IN_BYLINE)].map((m) => ({ start: by.start + m.index, end: by.start + m.index + m[0].length })) : undefined,
    titleSpan: titleLine ? { start: titleLine.start, end: titleLine.end } : undefined,
  };
}
