// A cited document's date and issuer, read right after its code:
// 'Chỉ thị số 05-CT/TW, ngày 15/5/2016 của Bộ Chính trị' → issued 2016-05-15, issuer Bộ Chính trị.

import type { Candidate, Context } from '../pipeline.ts';
import { type Authority, authorityAt, authorityEndingAt } from './authority.ts';
import { canonical } from '../text/normalize.ts';
import { spansOf } from '../text/spans.ts';
import { canonicalBodyNames } from './body-names.ts';
import { COMPLETE_BODIES, completeNames } from '../lexicon/bodies.ts';
import { ISSUER_CODES } from '../lexicon/documents.ts';
import { fold } from '../text/fold.ts';
import { narrowable, regexHere } from '../text/narrow.ts';

// '<issuer> (đã) ban hành / phê duyệt … tại / ký <document>': the issuer named before the code.
// 'cũng' joins a clause to the one before ('Bộ Tài chính cũng đã ban hành …'); 'ra' issues a
// decision ('Cơ quan … đã ra Quyết định số …').
// The verb may be a pair ('vừa ký, ban hành Chỉ thị …'), a plural article may come before a
// list ('Bộ Chính trị có các Quyết định 217, 218'), and a dispatch's code is cited after its
// type word, which names no type of the contract ('đã có Công điện số 2/CĐ-UBND'). Who confers
// by a decision issued it ('danh hiệu … do UBND TP trao tặng tại Quyết định số 2101/QĐ-UBND').
// A signer may sign several in a row ('đã ký liên tiếp 6 Quyết định mang số 2356, 2357 …', 'lại ký tiếp').
const ISSUING_VERB = /(?:^|\s)(?:cũng )?(?:(?:đã|vừa|được|chính thức|mới|lại) +)*(ban hành|phê duyệt|ký,? (?:và )?ban hành|ký|thông qua|có|ra|(?:trao tặng|tặng thưởng|tặng|khen thưởng|công nhận)(?= +tại ))(?: +(?:ngay +)?tại chỗ| +ngay| +luôn| +liên tiếp| +tiếp)?(?:[^.;:!?\n]{0,60}? (?:tại|theo|bằng))?(?: +(?:các|những|\d{1,2}))?(?: +[Cc]ông điện(?: +số)?)? *$/u;
// 'Theo đề nghị của Cục Thuế tỉnh tại Tờ trình số 60/TTr-CT': who proposed in a submission wrote it;
// so did who directed in a directive ('chỉ đạo của UBND tỉnh tại Chỉ thị số 09/CT-UBND').
const PROPOSAL_BEFORE = /(?:đề nghị|đề xuất|kiến nghị|chỉ đạo) +của +[^.;:!?\n]{1,60} tại $/u;
const PROPOSED_AT = /(?:^|[\s,;(])(?:[Tt]heo +|[Xx]ét +)?(?:đề nghị|đề xuất|kiến nghị|chỉ đạo) +của +$/u;
// 'Ngày 1.11.2023, UBND tỉnh … ban hành Quyết định …': the date that opens the clause is the issue date.
// A part of the day may come first ('Chiều ngày 8/2/2017, …'), and the clause may follow a comma.
const CLAUSE_DATE = /(?:^|[.;:,!?\n]) *(?:(?:[Vv]ào +)?(?:(?:[Ss]áng|[Tt]rưa|[Cc]hiều|[Tt]ối|[Đđ]êm) +)?[Nn]gày) +$/u;
// A person's name after the title of the subject: 'Bộ trưởng Bộ Công Thương Trần Tuấn Anh đã ban hành …'.
const AGENCY_OF = narrowable(String.raw`(?:^|[.;:!?\n] *|, *)(Cơ quan [\p{Lu}][\p{L}\p{M} ]{2,40}?), $`, 'u');
const NAME_WORD = narrowable(String.raw`\p{Lu}[\p{Ll}\p{M}]* $`, 'u');

/** A document cited by its type and date only, coordinated after another: ', Công điện ngày 2/2/2017', ' cũng như Công điện ngày 02 tháng 2 năm 2017'. */
const UNCITED_AFTER = /^ *(?:,|và|cũng như) *(?:[Cc]ông điện|[Cc]ông văn|[Vv]ăn bản|[Tt]hông báo|[Kk]ết luận)(?: +ngày +(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{4}|\d{1,2} +tháng +\d{1,2} +năm +\d{4}))(?= *(?:của|do) )/u;
// What a body does with something that is no issuing: 'do Bộ Xây dựng chủ trì', '… tổ chức'.
const NOT_ISSUING_AFTER = narrowable(String.raw`^ +(?:(?:đã|vừa|sẽ|đang) +)?(?:chủ trì|tổ chức|phối hợp|thực hiện|triển khai|soạn thảo|xây dựng|trình)(?![\p{L}\p{M}])`, 'u');
const DATE_GAP = /^ *,? *\(? *(?:(?:được )?ban hành )?(?:vào )?(?:ngày *)?$/iu;
// The issue date written after the issuer, in brackets or after a comma: '… của Chính phủ (ban hành ngày 4/1/1995)'.
const ISSUED_AFTER_ISSUER = /^ *[(,] *(?:được +)?ban hành +(?:vào +)?ngày +$/u;
// Between a document and its issuer ('của', 'do'): a day and month without the year ('Thông báo số
// 28 ngày 15/3 của Ban Thường vụ …'),
// (a short name in brackets between: 'Quyết định số 09/2007/QĐ-TTg (QĐ09) của Thủ tướng Chính phủ')
const ISSUER_GAP = /^ *(?:\([A-Za-zĐđ0-9./-]{2,12}\) *)?\)? *,? *(?:ngày +\d{1,2}[/.-]\d{1,2}(?![/.-]?\d) *,? *)?(?:của|do) +/iu;

/**
 * A Central Committee plenum, which adopts resolutions and conclusions: 'Hội nghị Trung ương 5',
 * 'Hội nghị T.Ư 7', 'Hội nghị lần thứ 5 Ban Chấp hành Trung ương Đảng'; named as written, without
 * its term ('khóa XI'). Not an office (DECISIONS.md: 'Hội nghị …' is an event), but the issuer the
 * text names ('Kết luận số 23-KL/T.Ư của Hội nghị Trung ương 5 khóa XI'). A plenum without its
 * number names no one ('của Hội nghị Trung ương').
 */
const PLENUM =
  narrowable(String.raw`^Hội nghị +(?:(?:lần )?thứ +(\d{1,2}|[IVX]{1,5}|nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười(?: một| hai| ba| bốn| lăm| năm)?) +)?(?:(?:Ban Chấp hành|BCH) +)?(?:Trung ương|T\.Ư|TƯ|TW)(?: +Đảng)?(?: +(?:lần thứ +)?(\d{1,2}|[IVX]{1,5}))?(?![\p{L}\p{M}\d.])`, 'u');
function plenumAt(text: string, pos: number): Authority | undefined {
  const m = PLENUM.exec(text.slice(pos, pos + 90));
  if (!m || (!m[1] && !m[2])) return undefined;
  return { start: pos, end: pos + m[0].length, name: canonical(m[0]) };
}

/** 'của bộ trưởng Bộ GD&ĐT': an office-holder whose title is written in lower case, named with the title capitalised. */
const LOWER_TITLE = /^(bộ trưởng|thứ trưởng|thủ tướng|chủ tịch|phó chủ tịch|giám đốc|thống đốc|chánh án|viện trưởng|tổng thanh tra|chánh thanh tra|cục trưởng|tổng cục trưởng) +$/u;
function lowerTitleHolderAt(text: string, pos: number, offices: Candidate<'office'>[]): Authority | undefined {
  if (!regexHere.u`^\p{Ll}`.test(text.slice(pos, pos + 1))) return undefined;
  const office = spansOf(offices).startingIn(pos + 5, pos + 22).find((o) => LOWER_TITLE.test(text.slice(pos, o.start)));
  // (not a body read short inside a longer name: 'chủ tịch Hội đồng Bộ trưởng')
  if (!office || regexHere.u`^ +\p{Ll}*trưởng(?![\p{L}\p{M}])`.test(text.slice(office.end, office.end + 12))) return undefined;
  const title = text.slice(pos, office.start).trim();
  return { start: pos, end: office.end, name: canonical(title[0].toUpperCase() + title.slice(1)) + ' ' + office.name };
}

/**
 * The signer's title named by the place, with no body fact in it (the gold names the signer, genre3–40:
 * 15 of 17 signed documents): 'Phó Chủ tịch UBND thành phố Yên Bái', 'Phó Chủ tịch TP.Yên Bái',
 * 'Chánh thanh tra tỉnh Yên Bái'; the place is one or two capitalised words.
 */
const PLACE_HOLDER = String.raw`(?:Phó +)?(?:Chủ tịch|Chánh [Tt]hanh tra)(?: +(?:UBND|HĐND|Ủy ban nhân dân|Hội đồng nhân dân))? +(?:tỉnh|huyện|xã|phường|thị trấn|thị xã|thành phố|quận|TP\.?) *\p{Lu}[\p{Ll}\p{M}]*(?: \p{Lu}[\p{Ll}\p{M}]*)?`;
const PLACE_HOLDER_AT = narrowable(`^${PLACE_HOLDER}(?![\\p{L}\\p{M}])`, 'u');
const PLACE_HOLDER_BEFORE = narrowable(`(?<![\\p{L}\\p{M}])${PLACE_HOLDER}$`, 'u');
/** After the title, the signer's name then the signing: ' Trần Nhật Tân ký'. */
const SIGNED_AFTER = narrowable(String.raw`^(?: +\p{Lu}[\p{Ll}\p{M}]*){0,4} +(?:(?:đã|vừa) +)?(?:ký|ban hành)(?![\p{L}\p{M}])`, 'u');
/** Between the clause's date and the signer's title, the signer's name: ', ông Nguyễn Yên Hiền - '. */
const SIGNER_NAME_GAP = narrowable(String.raw`^ *, *(?:(?:ông|bà|đồng chí) +)?\p{Lu}[\p{Ll}\p{M}]*(?: +\p{Lu}[\p{Ll}\p{M}]*){1,3} *[-–,] *$`, 'u');
/** 'do Chánh thanh tra tỉnh Yên Bái Trần Nhật Tân ký': a holder named by the place who signed. */
function placeHolderSigningAt(text: string, pos: number): Authority | undefined {
  const m = PLACE_HOLDER_AT.exec(text.slice(pos, pos + 80));
  if (!m || !SIGNED_AFTER.test(text.slice(pos + m[0].length, pos + m[0].length + 50))) return undefined;
  return { start: pos, end: pos + m[0].length, name: canonical(m[0]) };
}

/** Who issued a document, named after 'của' / 'do': a body, an office-holder or a plenum. */
function issuerAt(text: string, pos: number, offices: Candidate<'office'>[]): Authority | undefined {
  return authorityAt(text, pos, offices) ?? lowerTitleHolderAt(text, pos, offices) ?? plenumAt(text, pos);
}

export function attachDocumentDetails(
  docs: Candidate<'document'>[],
  dates: Candidate<'date'>[],
  offices: Candidate<'office'>[],
  ctx: Context,
): void {
  const { text } = ctx;
  /** Documents whose issuer is the subject of the clause before them ('UBND tỉnh đã ban hành …'). */
  const fromSubject = new Set<Candidate<'document'>>();
  for (const doc of docs) {
    let end = doc.end;
    const date = spansOf(dates).startingIn(end, end + 21).find((d) => DATE_GAP.test(text.slice(end, d.start)));
    if (date && /^\d{4}-\d{2}-\d{2}/.test(date.value)) {
      doc.issued = date.value.slice(0, 10);
      end = date.end;
    }
    // 'Chỉ thị số 26/CT-TTg ngày 05/9/2016 cũng như Công điện ngày 02/2/2017 của Thủ tướng Chính
    // phủ': a document coordinated with one cited without a number shares the issuer after both
    const uncited = UNCITED_AFTER.exec(text.slice(end, end + 80));
    if (uncited) end += uncited[0].length;
    const gap = ISSUER_GAP.exec(text.slice(end, end + 28));
    if (gap) {
      const who = issuerAt(text, end + gap[0].length, offices) ?? placeHolderSigningAt(text, end + gap[0].length);
      // 'Nghị quyết số 19/2008/QH12 do Bộ Xây dựng chủ trì tổ chức': after 'do', a body that
      // leads or carries out something named with the document did not issue it.
      const notIssuing = who && /do +$/iu.test(gap[0]) && NOT_ISSUING_AFTER.test(text.slice(who.end, who.end + 24));
      if (who && !notIssuing) {
        doc.issuer = who.name;
        // 'Nghị định 01 của Chính phủ (ban hành ngày 4/1/1995)': the issue date after the issuer
        const after = doc.issued ? undefined : spansOf(dates).startingIn(who.end, who.end + 30).find((d) => ISSUED_AFTER_ISSUER.test(text.slice(who.end, d.start)));
        if (after && /^\d{4}-\d{2}-\d{2}/.test(after.value)) doc.issued = after.value.slice(0, 10);
      }
    }
    // 'Kết luận số 23-KL/T.Ư, ngày 29-5-2012 Hội nghị Trung ương 5 khóa XI': a plenum written
    // right after the document's date, without 'của', adopted it
    const space = !doc.issuer && date ? /^ +/u.exec(text.slice(end, end + 3)) : null;
    const plenum = space ? plenumAt(text, end + space[0].length) : undefined;
    if (plenum) doc.issuer = plenum.name;
    // 'Thông tư số 10/2025/TT-BTC vừa được Bộ Tài chính ban hành'
    if (!doc.issuer) {
      const passive = /^ *,? *(?:(?:vừa|đã|mới) +)*(?:được|do) +/u.exec(text.slice(end, end + 24));
      if (passive) {
        const who = authorityAt(text, end + passive[0].length, offices);
        if (who && /^ +(?:(?:vừa|đã|chính thức) +)*(?:ban hành|ký|thông qua|phê duyệt)/u.test(text.slice(who.end, who.end + 30))) doc.issuer = who.name;
      }
    }
    if (!doc.issuer && issuerBefore(doc, dates, offices, ctx)) fromSubject.add(doc);
  }
  shareAlongLists(docs, text, fromSubject);
  issuersNamedByCode(docs, offices, text);
  issuersByFullName(docs, offices, ctx);
}

/** Central bodies by the issuer group of their codes ('TTCP' → 'Thanh tra Chính phủ'), folded. */
const CENTRAL_ISSUER = new Map(ISSUER_CODES.filter((i) => i.level === 'central' && i.name && i.code !== 'TW').map((i) => [i.code.toUpperCase(), fold(i.name)]));
/** The issuer groups of a code: after the type abbreviation of a State code, the Assembly's 'QH14'. */
function issuerGroups(symbol: string): string[] {
  return symbol.replace(/^(?:19|20)\d\d\//u, '').split(/[-/]/u).map((g) => g.toUpperCase().replace(/^(QH|UBTVQH)\d+$/u, '$1'));
}

/**
 * A code that names its issuer, and that body named by its full name in the same sentence as the
 * document's author: after the document's subject matter ('Quyết định số 3344/QĐ-TTCP phê duyệt
 * kế hoạch thanh tra, kiểm tra năm 2017 của Thanh tra Chính phủ') or as the sentence's subject
 * before it ('Chính phủ đã yêu cầu giảm …, theo Nghị định 23/2013/NĐ-CP', 'Bộ Xây dựng cũng đã có
 * Thông tư 02/2013/TT-BXD … và Thông tư 07/TT-BXD'). Never across another document with another
 * issuer ('Nghị định 47/2013/NĐ-CP sửa đổi … Nghị định 82/2011/NĐ-CP … của Chính phủ') nor from
 * a title ('Thủ tướng Chính phủ'). The code alone gives no issuer (the annotators write one from a
 * code only now and then); the sentence must name the body.
 */
function issuersNamedByCode(docs: Candidate<'document'>[], offices: Candidate<'office'>[], text: string): void {
  if (!docs.some((d) => !d.issuer && d.symbol)) return;
  const index = spansOf(offices);
  const others = spansOf(docs);
  for (const doc of docs) {
    if (doc.issuer || !doc.symbol) continue;
    const names = new Set(issuerGroups(doc.symbol).flatMap((g) => CENTRAL_ISSUER.get(g) ?? []));
    if (!names.size) continue;
    const from = sentenceStart(text, doc.start);
    const to = sentenceEnd(text, doc.end);
    // (another document between the body and this one, unless that one is the body's too)
    const between = (a: number, b: number, name: string) => others.startingIn(a, b).some((d) => d !== doc && d.end <= b && d.issuer !== name);
    const body = index.startingIn(from, to).find((o) => {
      if (o.end > to || !names.has(fold(o.name)) || TITLE_BEFORE_BODY.test(text.slice(Math.max(0, o.start - 14), o.start))) return false;
      if (o.start >= doc.end) return AUTHOR_AFTER.test(text.slice(doc.end, o.start)) && !between(doc.end, o.start, '');
      if (o.end > doc.start) return false;
      const lead = text.slice(from, o.start);
      if (index.startingIn(o.end, doc.start).length || between(o.end, doc.start, o.name)) return false;
      return /^ *$|(?:,| thì) +$/u.test(lead) || (PASSIVE_AGENT_BEFORE.test(lead) && ACTED_UNDER.test(text.slice(o.end, doc.start)));
    });
    if (body) doc.issuer = body.name;
  }
}
/** After the document, its subject matter then 'của X': 'phê duyệt kế hoạch thanh tra, kiểm tra năm 2017 của '. */
const AUTHOR_AFTER = /^ [^.;:!?\n()"]{0,100}? của +$/u;
/**
 * The agent of a passive clause that acts under the document ('… được Ủy ban Thường vụ Quốc hội bổ
 * sung cho dự án … theo Nghị quyết số 916/NQ-UBTVQH13'): the body the code names acted by it.
 */
const PASSIVE_AGENT_BEFORE = /(?:^|\s)(?:được|do) +$/u;
const ACTED_UNDER = narrowable(String.raw`^ +\p{Ll}[^.,;:!?\n()"]{0,80}? (?:theo|tại|bằng) +$`, 'u');
/** A title before the body makes an office-holder: 'Thủ tướng Chính phủ' is no 'Chính phủ'. */
const TITLE_BEFORE_BODY = /(?:Thủ tướng|Phó Thủ tướng|Bộ trưởng|Thứ trưởng|Chủ tịch|Thống đốc|Tổng Thanh tra|Chánh án|Viện trưởng|Văn phòng|Ban cán sự đảng|Đảng đoàn) +$/iu;
/** Where the sentence around `pos` starts and ends: a full stop before a space or a capital, '!', '?', ';' or a line break. */
function sentenceStart(text: string, pos: number): number {
  for (let i = pos - 1; i >= 0 && pos - i < 300; i--) if (/[!?;\n]/u.test(text[i]) || (text[i] === '.' && regexHere.u`^\.(?: |\p{Lu})`.test(text.slice(i, i + 2)))) return i + 1;
  return Math.max(0, pos - 300);
}
function sentenceEnd(text: string, pos: number): number {
  for (let i = pos; i < text.length && i - pos < 300; i++) if (/[!?;\n]/u.test(text[i]) || (text[i] === '.' && regexHere.u`^\.(?: |\p{Lu}|$)`.test(text.slice(i, i + 2)))) return i;
  return Math.min(text.length, pos + 300);
}

/**
 * An issuer that is a body named by its head and level only ('Sở Nội vụ có văn bản số 640',
 * 'HĐND thành phố đã có Văn bản số 11/HĐND-TD') is named as its body's office fact is, by the
 * article's full mention of it (DECISIONS.md: one body written short and in full): 'Sở Nội vụ
 * Gia Lai', 'Hội đồng Nhân dân thành phố Hà Nội'. An office-holder ('Giám đốc CATP') and a
 * complete body's other name ('Ban Bí thư') stay as written.
 */
function issuersByFullName(docs: Candidate<'document'>[], offices: Candidate<'office'>[], ctx: Context): void {
  // (only an issuer that is an office's name and no complete body's, or a body's bare acronym, may
  // change: most are neither)
  const renamed = (issuer: string) => !COMPLETE_NAMES.has(issuer) || BARE_ACRONYM.test(issuer);
  if (!docs.some((d) => d.issuer && renamed(d.issuer) && offices.some((o) => o.name === d.issuer))) return;
  const ordered = [...offices].sort((x, y) => x.start - y.start);
  const canonicalOf = canonicalBodyNames(ordered.map((o) => o.name), ctx.article.province, { innerNames: true });
  for (const doc of docs) {
    const full = doc.issuer ? canonicalOf.get(doc.issuer) : undefined;
    // (an issuer written with its place is named already: 'UBND TP Hà Nội' stays so)
    if (full && renamed(doc.issuer!) && !NAMES_ITS_PLACE.test(doc.issuer!)) doc.issuer = full;
  }
}
/**
 * An issuer written as the bare acronym of a complete body ('Nghị quyết 49 của QH') is named as
 * the article names that body in full ('Quốc hội'), as its office fact is; one that only holds an
 * acronym ('BCH T.Ư Đảng', 'Bộ GD&ĐT') stays as written, as the annotators keep it.
 */
const BARE_ACRONYM = narrowable(String.raw`^(?!(?:UBND|HĐND|TP|TX|TW|TƯ|MTTQ)$)\p{Lu}{2,}$`, 'u');
const COMPLETE_NAMES = new Set(COMPLETE_BODIES.flatMap(completeNames));
const NAMES_ITS_PLACE = narrowable(String.raw`(?<![\p{L}\p{M}])(?:tỉnh|thành phố|TP\.?|huyện|quận|thị xã|thị trấn|xã|phường) +[\p{Lu}Đ]`, 'u');

// 'Nghị định 47 và 112 của Chính phủ', 'Nghị quyết số 18-NQ/TW, 19-NQ/TW của Ban Chấp hành
// Trung ương': the issuer written after a list is every listed document's; a member may carry
// its own date ('Quyết định số 73/2014/QĐ-UBND ngày 28/10/2014, Quyết định số 60/2015/QĐ-UBND
// ngày 21/12/2015 … của UBND tỉnh').
const LIST_GAP = /^ *(?:,? *ngày +\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4} *)?(?:,|;|và|hoặc) *(?:số *)?$/u;
// A subject's list may give each item its subject matter: 'UBND TP Hà Nội có văn bản số 10129 ngày
// 21/11/2011 về áp dụng …; văn bản số 156 ngày 06/01/2012; văn bản số 2016 …' (all the subject's).
const SUBJECT_LIST_GAP = /^ *(?:,? *ngày +\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4} *)?(?: *,? *(?:về|v\/v|quy định|hướng dẫn)(?: +[^.;:!?\n]{1,100}?)?)? *(?:,|;|và|hoặc) *(?:số *)?$/u;

function shareAlongLists(docs: Candidate<'document'>[], text: string, fromSubject: Set<Candidate<'document'>>): void {
  const sorted = [...docs].sort((a, b) => a.start - b.start);
  for (let i = sorted.length - 2; i >= 0; i--) {
    const doc = sorted[i];
    const next = sorted[i + 1];
    if (doc.issuer || !next.issuer || !LIST_GAP.test(text.slice(doc.end, next.start))) continue;
    doc.issuer = next.issuer;
  }
  // The subject that issued the first of a list issued the others it lists: 'Ngày 12/12/2013, Bộ
  // Chính trị có các Quyết định 217, 218 …' (and on the day the clause opens with).
  for (let i = 0; i < sorted.length - 1; i++) {
    const doc = sorted[i];
    const next = sorted[i + 1];
    if (!fromSubject.has(doc) || next.issuer || !SUBJECT_LIST_GAP.test(text.slice(doc.end, next.start))) continue;
    next.issuer = doc.issuer;
    if (doc.issued && !next.issued && !/^ *,? *ngày/u.test(text.slice(doc.end, next.start))) next.issued = doc.issued;
    fromSubject.add(next);
  }
}

/** 'X (đã) phối hợp với A, B …' before the last partner: its length back to where X ends. */
const PARTNERS_BEFORE = / +(?:(?:đã|đều|cũng|vừa) +)?(?:(?:đã|đều|cũng|vừa) +)?(?:phối hợp|kết hợp) +(?:với|cùng) +(?:[^.;:!?\n()]{0,120}?(?:, *| +và +))?$/u;

/** 'thay mặt' (on behalf of) and the body after it. */
const ON_BEHALF = /(?:^|[\s,])[Tt]hay mặt +/gu;

/**
 * 'thay mặt X' in the clause before the signer read as the verb's subject: X (the body the signer
 * signs for, or the subject itself when it follows 'thay mặt'), and where that clause opens (the
 * comma before the signer's title or before 'thay mặt'). Gold genre22, genre31: 2 of 2.
 */
function onBehalfBefore(text: string, signer: Authority, offices: Candidate<'office'>[]): { body: Authority; clause: number } | undefined {
  const at = signer.start;
  const from = Math.max(0, at - 200);
  let last: RegExpExecArray | undefined;
  for (const m of text.slice(from, at).matchAll(ON_BEHALF)) last = m as RegExpExecArray;
  if (!last) return undefined;
  const pos = from + last.index + last[0].length;
  if (/[.;:!?\n]/u.test(text.slice(pos, at))) return undefined;
  // (the signer's subject may itself be the body: 'Tổng Bí thư … thay mặt BCH T.Ư Đảng đã ký')
  const body = pos === at ? signer : authorityAt(text, pos, offices);
  if (!body || (body !== signer && body.end > at)) return undefined;
  // the clause opens at the comma before the signer's title or the 'thay mặt' ('Ngày D, Tổng Bí
  // thư … thay mặt X đã ký', 'Ngày D, thay mặt X, …'): the comma's place
  const comma = text.lastIndexOf(',', from + last.index);
  const clause = comma >= 0 && !/[.;:!?\n]/u.test(text.slice(comma, pos)) ? comma : from + last.index;
  return { body, clause };
}

/** The issuer named before the document, as the subject of an issuing verb; true when found. */
function issuerBefore(doc: Candidate<'document'>, dates: Candidate<'date'>[], offices: Candidate<'office'>[], ctx: Context): boolean {
  const { text } = ctx;
  const window = text.slice(Math.max(0, doc.start - 120), doc.start);
  // (a subject that acted on someone's proposal made in the document did not write it: 'UBND TP
  // ban hành các quyết định … theo đề nghị của CQĐT tại công văn 173/…')
  const proposed = PROPOSAL_BEFORE.test(window);
  const verb = proposed ? null : ISSUING_VERB.exec(window);
  if (!verb) {
    // '… đề nghị của Cục Thuế tỉnh tại Tờ trình số 60/TTr-CT'
    if (!window.endsWith(' tại ')) return false;
    const who = authorityEndingAt(text, doc.start - 5, offices);
    if (who && PROPOSED_AT.test(text.slice(Math.max(0, who.start - 30), who.start))) doc.issuer = who.name;
    return false;
  }
  // The subject ends right before the verb group ('UBND tỉnh đã ban hành'); after 'được' it is
  // the agent ('được Thủ tướng Chính phủ phê duyệt').
  const verbStart = doc.start - window.length + verb.index + (verb[0].startsWith(' ') ? 1 : 0);
  const before = text[verbStart - 1] === ' ' ? verbStart - 1 : verbStart;
  let who = authorityEndingAt(text, before, offices);
  // 'Sở Địa chính (nay là Sở Tài nguyên và Môi trường) có Tờ trình …': a bracket between the
  // body and its verb renames it, it does not issue
  if (!who) {
    const bracket = / +\([^()]{1,60}\)$/u.exec(text.slice(Math.max(0, before - 64), before));
    if (bracket) who = authorityEndingAt(text, before - bracket[0].length, offices);
  }
  if (!who) {
    // Two to four name words, shortest first, each a capital then lower-case letters.
    let pos = before;
    for (let words = 1; words <= 4 && !who; words++) {
      const word = NAME_WORD.exec(text.slice(Math.max(0, pos - 12), pos + 1));
      if (!word) break;
      pos -= word[0].length;
      if (words >= 2 && text[pos] === ' ') who = authorityEndingAt(text, pos, offices);
      // a bracketed place between the body and the name: 'Chủ tịch UBND huyện Tháp Mười (tỉnh
      // Đồng Tháp) Ngô Văn Nâu vừa ký …'
      const bracket = words >= 2 && !who ? / +\([^()]{1,40}\)$/u.exec(text.slice(Math.max(0, pos - 44), pos)) : null;
      if (bracket) who = authorityEndingAt(text, pos - bracket[0].length, offices);
    }
    // The title must be the whole subject: 'Phó Thủ tướng Vũ Đức Đam ký' names no 'Thủ tướng'.
    if (who && regexHere.u`\p{Lu}[\p{Ll}\p{M}]* $`.test(text.slice(Math.max(0, who.start - 12), who.start))) who = undefined;
  }
  if (!who) {
    const holder = PLACE_HOLDER_BEFORE.exec(text.slice(Math.max(0, before - 80), before));
    if (holder) who = { start: before - holder[0].length, end: before, name: canonical(holder[0]) };
  }
  if (!who) return false;
  // 'NHNN đã phối hợp với Bộ A, Bộ B ban hành …': the bodies after 'phối hợp với' worked with the
  // subject, which issued it
  const partners = PARTNERS_BEFORE.exec(text.slice(Math.max(0, who.start - 160), who.start));
  if (partners) {
    const subject = authorityEndingAt(text, who.start - partners[0].length, offices);
    if (subject) who = subject;
  }
  // 'Cơ quan Cảnh sát điều tra, Bộ Công an đã ra …': an agency named by its work, then in
  // apposition the body it belongs to; the issuer is the agency of that body.
  const agency = AGENCY_OF.exec(text.slice(Math.max(0, who.start - 60), who.start));
  if (agency) who = { start: who.start - agency[0].length + agency[0].indexOf(agency[1]), end: who.end, name: `${agency[1]} ${who.name}` };
  // 'Ngày 6/2/2017, thay mặt Ban Bí thư …, đồng chí X, Thường trực Ban Bí thư đã ký Quyết định …':
  // the signer acts for the body after 'thay mặt', which issues it
  const behalf = onBehalfBefore(text, who, offices);
  if (behalf) who = behalf.body;
  doc.issuer = who.name;
  if (!doc.issued && behalf) {
    // the date that opens the clause the signer acts in ('Ngày 27-5-2013, Tổng Bí thư … thay mặt BCH T.Ư Đảng đã ký …')
    const opening = spansOf(dates).endingIn(behalf.clause - 2, behalf.clause).find(
      (d) => /^\d{4}-\d{2}-\d{2}/.test(d.value) && /^ *$/u.test(text.slice(d.end, behalf.clause)) && CLAUSE_DATE.test(text.slice(Math.max(0, d.start - 20), d.start)),
    );
    if (opening) doc.issued = opening.value.slice(0, 10);
  }
  if (!doc.issued) {
    // 'Ngày 1.11.2023, UBND tỉnh … ban hành …'
    const date = spansOf(dates).endingIn(who.start - 3, who.start).find((d) => /^\d{4}-\d{2}-\d{2}/.test(d.value) && CLAUSE_DATE.test(text.slice(Math.max(0, d.start - 20), d.start)));
    // ('Ngày 20/7/2015, ông Nguyễn Yên Hiền - Phó Chủ tịch UBND thành phố Yên Bái đã ký …')
    const named = date ?? spansOf(dates).endingIn(who.start - 50, who.start).find((d) => /^\d{4}-\d{2}-\d{2}/.test(d.value) && SIGNER_NAME_GAP.test(text.slice(d.end, who!.start)) && CLAUSE_DATE.test(text.slice(Math.max(0, d.start - 20), d.start)));
    if (named) doc.issued = named.value.slice(0, 10);
  }
  return true;
}
