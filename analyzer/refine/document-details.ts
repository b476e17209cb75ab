// A cited document's date and issuer, read right after its code:
// 'Chỉ thị số 05-CT/TW, ngày 15/5/2016 của Bộ Chính trị' → issued 2016-05-15, issuer Bộ Chính trị.

import type { Candidate, Context } from '../pipeline.ts';
import { authorityAt, authorityEndingAt } from './authority.ts';
import { spansOf } from '../text/spans.ts';
import { canonicalBodyNames } from './body-names.ts';
import { COMPLETE_BODIES, completeNames } from '../lexicon/bodies.ts';

// '<issuer> (đã) ban hành / phê duyệt … tại / ký <document>': the issuer named before the code.
// 'cũng' joins a clause to the one before ('Bộ Tài chính cũng đã ban hành …'); 'ra' issues a
// decision ('Cơ quan … đã ra Quyết định số …').
// The verb may be a pair ('vừa ký, ban hành Chỉ thị …'), a plural article may come before a
// list ('Bộ Chính trị có các Quyết định 217, 218'), and a dispatch's code is cited after its
// type word, which names no type of the contract ('đã có Công điện số 2/CĐ-UBND').
const ISSUING_VERB = /(?:^|\s)(?:cũng )?(?:(?:đã|vừa|được|chính thức|mới) +)*(ban hành|phê duyệt|ký,? (?:và )?ban hành|ký|thông qua|có|ra)(?: +(?:ngay +)?tại chỗ| +ngay| +luôn)?(?:[^.;:!?\n]{0,60}? (?:tại|theo|bằng))?(?: +(?:các|những))?(?: +[Cc]ông điện(?: +số)?)? *$/u;
// 'Theo đề nghị của Cục Thuế tỉnh tại Tờ trình số 60/TTr-CT': who proposed in a submission wrote it.
const PROPOSAL_BEFORE = /(?:đề nghị|đề xuất|kiến nghị) +của +[^.;:!?\n]{1,60} tại $/u;
const PROPOSED_AT = /(?:^|[\s,;(])(?:[Tt]heo +|[Xx]ét +)?(?:đề nghị|đề xuất|kiến nghị) +của +$/u;
// 'Ngày 1.11.2023, UBND tỉnh … ban hành Quyết định …': the date that opens the clause is the issue date.
// A part of the day may come first ('Chiều ngày 8/2/2017, …'), and the clause may follow a comma.
const CLAUSE_DATE = /(?:^|[.;:,!?\n]) *(?:(?:[Vv]ào +)?(?:(?:[Ss]áng|[Tt]rưa|[Cc]hiều|[Tt]ối|[Đđ]êm) +)?[Nn]gày) +$/u;
// A person's name after the title of the subject: 'Bộ trưởng Bộ Công Thương Trần Tuấn Anh đã ban hành …'.
const AGENCY_OF = /(?:^|[.;:!?\n] *|, *)(Cơ quan [\p{Lu}][\p{L}\p{M} ]{2,40}?), $/u;
const NAME_WORD = /\p{Lu}[\p{Ll}\p{M}]* $/u;

/** A document cited by its type and date only, coordinated after another: ', Công điện ngày 2/2/2017', ' cũng như Công điện ngày 02 tháng 2 năm 2017'. */
const UNCITED_AFTER = /^ *(?:,|và|cũng như) *(?:[Cc]ông điện|[Cc]ông văn|[Vv]ăn bản|[Tt]hông báo|[Kk]ết luận)(?: +ngày +(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{4}|\d{1,2} +tháng +\d{1,2} +năm +\d{4}))(?= *(?:của|do) )/u;
// What a body does with something that is no issuing: 'do Bộ Xây dựng chủ trì', '… tổ chức'.
const NOT_ISSUING_AFTER = /^ +(?:(?:đã|vừa|sẽ|đang) +)?(?:chủ trì|tổ chức|phối hợp|thực hiện|triển khai|soạn thảo|xây dựng|trình)(?![\p{L}\p{M}])/u;
const DATE_GAP = /^ *,? *\(? *(?:(?:được )?ban hành )?(?:vào )?(?:ngày *)?$/iu;
// (a day and month without the year between: 'Thông báo số 28 ngày 15/3 của Ban Thường vụ …')
const ISSUER_GAP = /^ *\)? *,? *(?:ngày +\d{1,2}[/.-]\d{1,2} *,? *)?(?:của|do) +$/iu;

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
    const gap = /^ *\)? *,? *(?:ngày +\d{1,2}[/.-]\d{1,2}(?![/.-]?\d) *,? *)?(?:của|do) +/iu.exec(text.slice(end, end + 28));
    if (gap && ISSUER_GAP.test(gap[0])) {
      const who = authorityAt(text, end + gap[0].length, offices);
      // 'Nghị quyết số 19/2008/QH12 do Bộ Xây dựng chủ trì tổ chức': after 'do', a body that
      // leads or carries out something named with the document did not issue it.
      const notIssuing = who && /do +$/iu.test(gap[0]) && NOT_ISSUING_AFTER.test(text.slice(who.end, who.end + 24));
      if (who && !notIssuing) doc.issuer = who.name;
    }
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
  issuersByFullName(docs, offices, ctx);
}

/**
 * An issuer that is a body named by its head and level only ('Sở Nội vụ có văn bản số 640',
 * 'HĐND thành phố đã có Văn bản số 11/HĐND-TD') is named as its body's office fact is, by the
 * article's full mention of it (DECISIONS.md: one body written short and in full): 'Sở Nội vụ
 * Gia Lai', 'Hội đồng Nhân dân thành phố Hà Nội'. An office-holder ('Giám đốc CATP') and a
 * complete body's other name ('Ban Bí thư') stay as written.
 */
function issuersByFullName(docs: Candidate<'document'>[], offices: Candidate<'office'>[], ctx: Context): void {
  // (only an issuer that is an office's name and no complete body's may change: most are neither)
  if (!docs.some((d) => d.issuer && !COMPLETE_NAMES.has(d.issuer) && offices.some((o) => o.name === d.issuer))) return;
  const ordered = [...offices].sort((x, y) => x.start - y.start);
  const canonicalOf = canonicalBodyNames(ordered.map((o) => o.name), ctx.article.province, { innerNames: true });
  for (const doc of docs) {
    const full = doc.issuer ? canonicalOf.get(doc.issuer) : undefined;
    // (an issuer written with its place is named already: 'UBND TP Hà Nội' stays so)
    if (full && !COMPLETE_NAMES.has(doc.issuer!) && !NAMES_ITS_PLACE.test(doc.issuer!)) doc.issuer = full;
  }
}
const COMPLETE_NAMES = new Set(COMPLETE_BODIES.flatMap(completeNames));
const NAMES_ITS_PLACE = /(?<![\p{L}\p{M}])(?:tỉnh|thành phố|TP\.?|huyện|quận|thị xã|thị trấn|xã|phường) +[\p{Lu}Đ]/u;

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
    if (who && /\p{Lu}[\p{Ll}\p{M}]* $/u.test(text.slice(Math.max(0, who.start - 12), who.start))) who = undefined;
  }
  if (!who) return false;
  // 'Cơ quan Cảnh sát điều tra, Bộ Công an đã ra …': an agency named by its work, then in
  // apposition the body it belongs to; the issuer is the agency of that body.
  const agency = AGENCY_OF.exec(text.slice(Math.max(0, who.start - 60), who.start));
  if (agency) who = { start: who.start - agency[0].length + agency[0].indexOf(agency[1]), end: who.end, name: `${agency[1]} ${who.name}` };
  doc.issuer = who.name;
  if (!doc.issued) {
    // 'Ngày 1.11.2023, UBND tỉnh … ban hành …'
    const date = spansOf(dates).endingIn(who.start - 3, who.start).find((d) => /^\d{4}-\d{2}-\d{2}/.test(d.value) && CLAUSE_DATE.test(text.slice(Math.max(0, d.start - 20), d.start)));
    if (date) doc.issued = date.value.slice(0, 10);
  }
  return true;
}
