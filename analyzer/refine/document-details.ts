// A cited document's date and issuer, read right after its code:
// 'Chỉ thị số 06-CT/TW, ngày 7/11/2006 của Bộ Chính trị' → issued 2006-11-07, issuer Bộ Chính trị.

import type { Candidate, Context } from '../pipeline.ts';
import { authorityAt } from './authority.ts';

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
    const date = dates.find((d) => d.start >= end && d.start - end <= 20 && DATE_GAP.test(text.slice(end, d.start)));
    if (date && /^\d{4}-\d{2}-\d{2}/.test(date.value)) {
      doc.issued = date.value.slice(0, 10);
      end = date.end;
    }
    const gap = /^ *\)? *,? *(?:của|do) +/iu.exec(text.slice(end, end + 12));
    if (gap && ISSUER_GAP.test(gap[0])) {
      const who = authorityAt(text, end + gap[0].length, offices);
      if (who) doc.issuer = who.name;
    }
  }
}
