// A cited document's date and issuer, read right after its code:
// 'Chỉ thị số 05-CT/TW, ngày 15/5/2016 của Bộ Chính trị' → issued 2016-05-15, issuer Bộ Chính trị.

import type { Candidate, Context } from '../pipeline.ts';
import { authorityAt, authorityEndingAt } from './authority.ts';
import { spansOf } from '../text/spans.ts';

// '<issuer> (đã) ban hành / phê duyệt … tại / ký <document>': the issuer named before the code.
const ISSUING_VERB = /(?:^|\s)(?:(?:đã|vừa|được|chính thức|mới) +)*(ban hành|phê duyệt|ký ban hành|ký|thông qua|có)(?:[^.;:!?\n]{0,60}? (?:tại|theo|bằng))? *$/u;
// 'Ngày 1.11.2023, UBND tỉnh … ban hành Quyết định …': the date that opens the clause is the issue date.
const CLAUSE_DATE = /(?:^|[.;!?\n] *)(?:Ngày|ngày|Vào ngày) +$/u;

const DATE_GAP = /^ *,? *\(? *(?:(?:được )?ban hành )?(?:vào )?(?:ngày *)?$/iu;
const ISSUER_GAP = /^ *\)? *,? *(?:của|do) +$/iu;

export function attachDocumentDetails(
  docs: Candidate<'document'>[],
  dates: Candidate<'date'>[],
  offices: Candidate<'office'>[],
  ctx: Context,
): void {
  const { text } = ctx;
  for (const doc of docs) {
    let end = doc.end;
    const date = spansOf(dates).startingIn(end, end + 21).find((d) => DATE_GAP.test(text.slice(end, d.start)));
    if (date && /^\d{4}-\d{2}-\d{2}/.test(date.value)) {
      doc.issued = date.value.slice(0, 10);
      end = date.end;
    }
    const gap = /^ *\)? *,? *(?:của|do) +/iu.exec(text.slice(end, end + 12));
    if (gap && ISSUER_GAP.test(gap[0])) {
      const who = authorityAt(text, end + gap[0].length, offices);
      if (who) doc.issuer = who.name;
    }
    // 'Thông tư số 10/2025/TT-BTC vừa được Bộ Tài chính ban hành'
    if (!doc.issuer) {
      const passive = /^ *,? *(?:(?:vừa|đã|mới) +)*(?:được|do) +/u.exec(text.slice(end, end + 24));
      if (passive) {
        const who = authorityAt(text, end + passive[0].length, offices);
        if (who && /^ +(?:(?:vừa|đã|chính thức) +)*(?:ban hành|ký|thông qua|phê duyệt)/u.test(text.slice(who.end, who.end + 30))) doc.issuer = who.name;
      }
    }
    if (!doc.issuer) issuerBefore(doc, dates, offices, ctx);
  }
  shareAlongLists(docs, text);
}

// 'Nghị định 47 và 112 của Chính phủ', 'Nghị quyết số 18-NQ/TW, 19-NQ/TW của Ban Chấp hành
// Trung ương': the issuer written after a list is every listed document's.
const LIST_GAP = /^ *(?:,|;|và|hoặc) *(?:số *)?$/u;

function shareAlongLists(docs: Candidate<'document'>[], text: string): void {
  const sorted = [...docs].sort((a, b) => a.start - b.start);
  for (let i = sorted.length - 2; i >= 0; i--) {
    const doc = sorted[i];
    const next = sorted[i + 1];
    if (doc.issuer || !next.issuer || !LIST_GAP.test(text.slice(doc.end, next.start))) continue;
    doc.issuer = next.issuer;
  }
}

function issuerBefore(doc: Candidate<'document'>, dates: Candidate<'date'>[], offices: Candidate<'office'>[], ctx: Context): void {
  const { text } = ctx;
  const window = text.slice(Math.max(0, doc.start - 120), doc.start);
  const verb = ISSUING_VERB.exec(window);
  if (!verb) return;
  // The subject ends right before the verb group ('UBND tỉnh đã ban hành'); after 'được' it is
  // the agent ('được Thủ tướng Chính phủ phê duyệt').
  const verbStart = doc.start - window.length + verb.index + (verb[0].startsWith(' ') ? 1 : 0);
  const before = text[verbStart - 1] === ' ' ? verbStart - 1 : verbStart;
  const who = authorityEndingAt(text, before, offices);
  if (!who) return;
  doc.issuer = who.name;
  if (!doc.issued) {
    // 'Ngày 1.11.2023, UBND tỉnh … ban hành …'
    const date = spansOf(dates).endingIn(who.start - 3, who.start).find((d) => /^\d{4}-\d{2}-\d{2}/.test(d.value) && CLAUSE_DATE.test(text.slice(Math.max(0, d.start - 12), d.start)));
    if (date) doc.issued = date.value.slice(0, 10);
  }
}
