// How far chrono-node's Vietnamese locale gets on the date forms of FACTS.md, next to the
// analyzer's own date parser: same sentences, same expected values. Run: npx tsx test/bench/chrono-dates.ts
// (The answer decides whether chrono-node is in the extraction path; see README 'Dependencies'.)
import * as chronoVi from 'chrono-node/vi';
import { analyze } from '../../analyzer/index.ts';

const CASES: [string, string][] = [
  ['Thứ hai, 27/08/2012 - 10:05', '2012-08-27T10:05'],
  ['ngày 14-5-2011 của Bộ Chính trị', '2011-05-14'],
  ['vào chiều ngày 16.2.2012.', '2012-02-16'],
  ['Chỉ thị số 06-CT/TW, ngày 7/11/2006 của Bộ Chính trị', '2006-11-07'],
  ['ngày 7 tháng 11 năm 2006', '2006-11-07'],
  ['diễn ra đầu tháng 01/2012.', '2012-01'],
  ['tháng 10 năm 2017', '2017-10'],
  ['ngay từ quý IV-2010, Văn phòng', '2010-Q4'],
  ['quý 4 năm 2018', '2018-Q4'],
  ['công tác năm 2011.', '2011'],
  ['Huân chương Lao động hạng Nhì (năm 2008)', '2008'],
  ['Đại hội lần thứ VII, nhiệm kỳ 2010-2015', '2010/2015'],
  ['lúc 19h30 ngày 2/9/2025', '2025-09-02T19:30'],
];
const NOT_DATES = ['TCVN ISO 9001:2008', 'khóa XIII', 'lần thứ VII', 'trong 4 năm qua', 'giai đoạn 2021-2025', '36/36 tổ chức cơ sở đảng'];

function chronoValue(text: string): string | undefined {
  const r = chronoVi.parse(text, new Date(2012, 0, 1))[0];
  if (!r) return undefined;
  const s = r.start;
  const y = s.get('year');
  const m = s.isCertain('month') ? String(s.get('month')).padStart(2, '0') : undefined;
  const d = s.isCertain('day') ? String(s.get('day')).padStart(2, '0') : undefined;
  const h = s.isCertain('hour') ? `T${String(s.get('hour')).padStart(2, '0')}:${String(s.get('minute') ?? 0).padStart(2, '0')}` : '';
  return d && m ? `${y}-${m}-${d}${h}` : m ? `${y}-${m}` : s.isCertain('year') ? String(y) : undefined;
}

function oursValue(text: string): string | undefined {
  return analyze(text).facts.find((f) => f.kind === 'date')?.value as string | undefined;
}

let chronoRight = 0;
let oursRight = 0;
for (const [text, want] of CASES) {
  const c = chronoValue(text);
  const o = oursValue(text);
  if (c === want) chronoRight++;
  if (o === want) oursRight++;
  console.log(`${want.padEnd(18)} chrono ${String(c).padEnd(18)} bantin ${String(o).padEnd(18)} ${text}`);
}
let chronoFalse = 0;
let oursFalse = 0;
for (const text of NOT_DATES) {
  if (chronoValue(text)) chronoFalse++;
  if (oursValue(text)) oursFalse++;
}
console.log(`\nforms right: chrono-node vi ${chronoRight}/${CASES.length}, bantin ${oursRight}/${CASES.length}`);
console.log(`false dates on ${NOT_DATES.length} non-dates: chrono-node vi ${chronoFalse}, bantin ${oursFalse}`);
