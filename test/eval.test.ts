import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Analysis, Fact } from '../analyzer/contract.ts';
import { factKey, fold, foldCode } from '../analyzer/text/fold.ts';
import { runEval } from '../analyzer/eval/run.ts';
import { score } from '../analyzer/eval/score.ts';
import type { EvalItem } from '../analyzer/eval/score.ts';

// Expected values printed by fixtures/gold/check.py (python3, its fold / fold_code / key).
const FOLD: [string, string][] = [
  ['Ủy ban nhân dân tỉnh', 'uy ban nhân dân tinh'],
  ['UBND tỉnh Gia Lai', 'uy ban nhân dân tinh gia lai'], // abbreviations fold with their real vowel marks
  ['Văn phòng Tỉnh uỷ', 'văn phong tinh uy'],
  ['HĐND và UBND tỉnh', 'hôi đông nhân dân va uy ban nhân dân tinh'],
  ['Chiến sỹ thi đua cấp tỉnh', 'chiên si thi đua câp tinh'],
  ['Tp. Hồ Chí Minh', 'thanh phô hô chi minh'],
  ['TP.HCM', 'tp.hcm'],
  ['Ban Thường vụ Tỉnh ủy', 'ban thương vu tinh uy'],
  ['BTV Tỉnh ủy', 'ban thương vu tinh uy'],
  ['Văn phòng TƯ Đảng', 'văn phong trung ương đang'],
  ['VPTW', 'văn phong trung ương'],
  ['ĐBQH khóa XIII', 'đai biêu quôc hôi khoa xiii'],
  ['  Bộ   Chính\u00a0trị. ', 'bô chinh tri'],
  ['kỹ thuật', 'ki thuât'],
  ['Quý IV', 'quy iv'],
  ['UBND\u2013tỉnh', 'uy ban nhân dân-tinh'],
  ['Đảng bộ\u200a tỉnh;', 'đang bô tinh'],
  ['A_UBND', 'a_ubnd'], // '_' is a word character: no boundary
  ['ubndx', 'ubndx'],
  ['Thành\u0301', 'thanh'],
  ['\ufeffUBND', '\ufeffuy ban nhân dân'], // U+FEFF is no space in Python, and no word character
  ['a\x1cb', 'a b'], // U+001C is a space in Python
  ['Mỹ Tho', 'mi tho'],
  ['tư pháp', 'trung ương phap'],
  ['12 ĐV', '12 đang viên'],
  ['VĐV', 'vân đông viên'],
  ['đ/c Nguyễn Văn A', 'đông chi nguyên văn a'],
  ['đvx', 'đvx'],
];

const FOLD_CODE: [string, string][] = [
  ['06-CT/TW', '06-CT/TW'],
  ['06 – ct/tw', '06-CT/TW'],
  ['15/2020/NĐ\u2212CP', '15/2020/NĐ-CP'],
  ['số 03 - KH/TU', 'SÔ03-KH/TU'],
  ['', ''],
];

const KEYS: [Record<string, unknown>, string][] = [
  [{ kind: 'document', code: '06 – ct/tw' }, '06-CT/TW'],
  [{ kind: 'document', type: 'Nghị định', number: '47' }, 'nghi đinh 47'], // no symbol: type and number
  [{ kind: 'document', type: 'Quyết định', number: '33', code: '' }, 'quyêt đinh 33'],
  [{ kind: 'count', value: 12, unit: 'đv' }, '12|đang viên'],
  [{ kind: 'date', value: ' 2010/2015 ' }, '2010/2015'],
  [{ kind: 'count', value: 49, unit: 'Đảng viên' }, '49|đang viên'],
  [{ kind: 'count', value: 1.0, unit: '%' }, '1|%'],
  [{ kind: 'count', value: 2.5, unit: '%' }, '2.5|%'],
  [{ kind: 'award', name: 'Bằng khen', grantor: 'UBND tỉnh Gia Lai' }, 'băng khen|uy ban nhân dân tinh gia lai'],
  [{ kind: 'award', name: 'Giấy khen' }, 'giây khen|'],
  [{ kind: 'office', name: 'Văn phòng Huyện uỷ Châu Thành' }, 'văn phong huyên uy châu thanh'],
  [{ kind: 'person', name: 'Lê  Minh Trọng' }, 'lê minh trong'],
];

describe('fold parity with check.py', () => {
  it.each(FOLD)('fold(%j)', (input, expected) => expect(fold(input)).toBe(expected));
  it.each(FOLD_CODE)('foldCode(%j)', (input, expected) => expect(foldCode(input)).toBe(expected));
  it.each(KEYS)('factKey(%j)', (fact, expected) => expect(factKey(fact as { kind: string })).toBe(expected));
  it('folds missing values to the empty string', () => {
    expect(fold(undefined)).toBe('');
    expect(fold(null)).toBe('');
    expect(foldCode(undefined)).toBe('');
  });
});

// ---------------------------------------------------------------- score()

const TEXT = 'Chỉ thị số 06-CT/TW của Bộ Chính trị; năm 2012 có 49 đảng viên.';
const at = (s: string) => ({ text: s, start: TEXT.indexOf(s), end: TEXT.indexOf(s) + s.length });

const GOLD: Fact[] = [
  { kind: 'document', ...at('Chỉ thị số 06-CT/TW'), type: 'Chỉ thị', number: '06', symbol: 'CT/TW', code: '06-CT/TW', issuer: 'Bộ Chính trị' },
  { kind: 'office', ...at('Bộ Chính trị'), name: 'Bộ Chính trị', level: 'central' },
  { kind: 'date', ...at('năm 2012'), value: '2012' },
  { kind: 'count', ...at('49 đảng viên'), value: 49, unit: 'đảng viên' },
];

const analysis = (facts: Fact[], article: Analysis['article'] = {}): Analysis => ({ language: { code: 'vie', score: 1 }, article, facts });
const item = (facts: Fact[], article: Analysis['article'] = {}): EvalItem => ({
  file: 'a.txt',
  gold: { article: { published: '2012-08-27', source: 'Báo Bắc Ninh' }, facts: GOLD },
  predicted: analysis(facts, article),
  text: TEXT,
});
const kind = (r: ReturnType<typeof score>, k: string) => r.kinds.find((x) => x.kind === k)!;

describe('score', () => {
  it('gives F1 1 to a perfect prediction', () => {
    const r = score([item(GOLD, { published: '2012-08-27', source: 'BÁO BẮC NINH' })]);
    expect(r.micro).toMatchObject({ tp: 4, fp: 0, fn: 0, precision: 1, recall: 1, f1: 1 });
    expect(r.macroF1).toBe(1);
    expect(r.misses).toEqual([]);
    expect(r.falseAlarms).toEqual([]);
    expect(r.offsetErrors).toEqual([]);
    expect(r.spans).toEqual({ exact: 4, overlap: 0, disjoint: 0, noGoldOffsets: 0 });
    expect(r.articleFieldsOverall).toEqual({ correct: 2, total: 2, accuracy: 1 }); // source compared folded (case, tone marks)
    expect(kind(r, 'person')).toMatchObject({ gold: 0, predicted: 0, f1: 0 }); // not scored, not in macro
  });

  it('drops recall when a fact is missed, and lists the miss', () => {
    const r = score([item(GOLD.filter((f) => f.kind !== 'date'))]);
    expect(kind(r, 'date')).toMatchObject({ tp: 0, fn: 1, recall: 0 });
    expect(r.micro.recall).toBe(3 / 4);
    expect(r.micro.precision).toBe(1);
    expect(r.misses).toEqual([{ file: 'a.txt', kind: 'date', key: '2012', ...at('năm 2012') }]);
  });

  it('matches by folded key and collapses duplicates (first occurrence wins)', () => {
    const office = GOLD[1] as Extract<Fact, { kind: 'office' }>;
    const again = { ...office, name: 'BỘ CHÍNH TRỊ', start: 0, end: 7, text: 'Chỉ thị' };
    const r = score([item([office, again])]);
    expect(kind(r, 'office')).toMatchObject({ tp: 1, fp: 0, predicted: 1, duplicates: 1 });
    expect(r.spans.exact).toBe(1); // the first one was judged, not the later duplicate
  });

  it('counts false alarms', () => {
    const extra: Fact = { kind: 'count', ...at('49 đảng viên'), value: 49, unit: 'người' };
    const r = score([item([...GOLD, extra])]);
    expect(kind(r, 'count')).toMatchObject({ tp: 1, fp: 1, precision: 0.5 });
    expect(r.falseAlarms).toEqual([expect.objectContaining({ kind: 'count', key: '49|ngươi' })]);
  });

  it('detects offset errors and judges spans of matched pairs', () => {
    const wrong = GOLD.map((f) => (f.kind === 'date' ? { ...f, start: f.start + 1, end: f.end + 1 } : f));
    const r = score([item(wrong)]);
    expect(r.offsetErrors).toHaveLength(1);
    expect(r.offsetErrors[0]).toMatchObject({ kind: 'date', text: 'năm 2012', slice: 'ăm 2012 ' });
    expect(r.spans).toEqual({ exact: 3, overlap: 1, disjoint: 0, noGoldOffsets: 0 });
    const out = score([item([{ ...GOLD[2], start: 5, end: 999 } as Fact])]);
    expect(out.offsetErrors[0].slice).toBeNull();
  });

  it('counts attribute accuracy over matched pairs only', () => {
    const pred = GOLD.map((f) => (f.kind === 'document' ? { ...f, issuer: 'Ban Bí thư', issued: '2006-11-07' } : f));
    const noLevel = pred.map((f) => (f.kind === 'office' ? { ...f, level: undefined } : f)) as Fact[];
    const r = score([item(noLevel)]);
    expect(r.attributes.issuer).toEqual({ correct: 0, total: 1, accuracy: 0 });
    expect(r.attributes.issued).toEqual({ correct: 0, total: 1, accuracy: 0 }); // predicted only
    expect(r.attributes.level).toEqual({ correct: 0, total: 1, accuracy: 0 }); // gold only
    expect(r.attributes.role).toEqual({ correct: 0, total: 0, accuracy: null }); // on neither side
    expect(r.wrongAttributes.map((w) => w.attribute).sort()).toEqual(['issued', 'issuer', 'level']);
    const folded = score([item(GOLD.map((f) => (f.kind === 'document' ? { ...f, issuer: 'bộ chính trị' } : f)))]);
    expect(folded.attributes.issuer).toEqual({ correct: 1, total: 1, accuracy: 1 });
  });

  it('scores article fields right or wrong; published exactly', () => {
    const r = score([item(GOLD, { published: '2012-08-27T00:00', byline: 'Vân Giang' })]);
    expect(r.articleFields.published).toEqual({ correct: 0, total: 1, accuracy: 0 });
    expect(r.articleFields.source).toEqual({ correct: 0, total: 1, accuracy: 0 }); // gold only
    expect(r.articleFields.byline).toEqual({ correct: 0, total: 1, accuracy: 0 }); // predicted only
    expect(r.articleFields.title.total).toBe(0);
  });

  it('micro-averages over articles', () => {
    const second: EvalItem = { ...item([]), file: 'b.txt' };
    const r = score([item(GOLD), second]);
    expect(r.articles).toBe(2);
    expect(r.micro).toMatchObject({ tp: 4, fn: 4, recall: 0.5, precision: 1 });
  });
});

// ---------------------------------------------------------------- runEval()

describe('runEval', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bantin-eval-'));
  const goldDir = join(dir, 'gold');
  const textDir = join(dir, 'seeds');
  mkdirSync(goldDir);
  mkdirSync(textDir);
  writeFileSync(join(textDir, 'a.txt'), TEXT);
  writeFileSync(join(goldDir, 'a.json'), JSON.stringify({ file: 'a.txt', article: {}, facts: GOLD }));
  writeFileSync(join(goldDir, 'b.json'), '{"file": "b.txt", "article": {}, "facts": [');
  writeFileSync(join(goldDir, 'c.json'), JSON.stringify({ file: 'c.txt', article: {}, facts: [{ kind: 'rumour', text: 'x' }] }));
  writeFileSync(join(goldDir, 'NOTES.md'), '# not gold');

  it('scores the good files and names each malformed one', () => {
    const out: string[] = [];
    const err: string[] = [];
    const r = runEval({ goldDir, verbose: true, out: (s) => out.push(s), err: (s) => err.push(s), analyze: () => analysis(GOLD.slice(1)) });
    expect(r.files).toEqual(['a.txt']);
    expect(r.micro).toMatchObject({ tp: 3, fn: 1 });
    expect(r.errors.map((e) => e.file)).toEqual([join(goldDir, 'b.json'), join(goldDir, 'c.json')]);
    expect(r.errors[0].message).toMatch(/cannot read JSON/);
    expect(r.errors[1].message).toMatch(/kind "rumour"/);
    expect(err.join('')).toContain(`bantin: ${join(goldDir, 'b.json')}: cannot read JSON`);
    const text = out.join('');
    expect(text).toMatch(/^document\s+1\s+0\s+0/m);
    expect(text).toContain('MISS document "Chỉ thị số 06-CT/TW" key=06-CT/TW');
  });

  it('prints one JSON object with --json', () => {
    const out: string[] = [];
    runEval({ goldDir, textDir, json: true, out: (s) => out.push(s), err: () => {}, analyze: () => analysis(GOLD) });
    const report = JSON.parse(out.join(''));
    expect(report.micro.f1).toBe(1);
    expect(report.errors).toHaveLength(2);
  });

  it('reads the repository gold files without errors', () => {
    const repoGold = join(import.meta.dirname, '..', 'fixtures', 'gold');
    const r = runEval({ goldDir: repoGold, out: () => {}, err: () => {}, analyze: () => analysis([]) });
    expect(r.errors).toEqual([]);
    expect(r.files.length).toBeGreaterThan(0);
    const goldFacts = r.files.reduce((n, f) => n + JSON.parse(readFileSync(join(repoGold, f.replace(/\.txt$/, '.json')), 'utf8')).facts.length, 0);
    expect(r.micro.fn).toBe(goldFacts);
  });
});
