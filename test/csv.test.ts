import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { Analysis } from '../analyzer/contract.ts';
import { COLUMN_NAMES, factsToRows } from '../analyzer/export/columns.ts';
import { BOM, csvHeader, csvRows, neutralise, toCsv } from '../analyzer/export/csv.ts';

const HEADER =
  'file,url,title,published,source,byline,province,language,kind,text,start,end,key,type,number,symbol,code,issued,issuer,value,unit,approx,name,grantor,recipient,year,level,fact_province,role,subject,as_of,mentions,checked,origin,corrected,tags,note,saved_at';

const TEXT = 'Chỉ thị số 06-CT/TW, ngày 7/11/2006 của Bộ Chính trị; có 49 đảng viên.';
const analysis: Analysis = {
  language: { code: 'vie', score: 1 },
  article: { title: 'Học tập, làm theo "Bác"', published: '2012-08-27T10:05', source: 'Báo Bắc Ninh', province: 'Bắc Ninh', url: 'https://baobacninh.vn/a' },
  facts: [
    { kind: 'document', text: 'Chỉ thị số 06-CT/TW', start: 0, end: 19, type: 'Chỉ thị', number: '06', symbol: 'CT/TW', code: '06-CT/TW', issued: '2006-11-07', issuer: 'Bộ Chính trị' },
    { kind: 'office', text: 'Bộ Chính trị', start: 40, end: 52, name: 'Bộ Chính trị', level: 'central', province: 'Hà Nội' },
    { kind: 'count', text: '49 đảng viên', start: 57, end: 69, value: 49, unit: 'đảng viên' },
  ],
};

const parse = (csv: string) => Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;

describe('columns', () => {
  it('has the documented columns, in order', () => {
    expect(COLUMN_NAMES.join(',')).toBe(HEADER);
  });

  it('gives one row per fact with the article fields and the key', () => {
    const rows = factsToRows([{ file: 'a.txt', analysis }]);
    expect(rows).toHaveLength(3);
    const doc = Object.fromEntries(COLUMN_NAMES.map((c, i) => [c, rows[0][i]]));
    expect(doc).toMatchObject({ file: 'a.txt', url: 'https://baobacninh.vn/a', language: 'vie', kind: 'document', start: '0', end: '19', key: '06-CT/TW', code: '06-CT/TW', issuer: 'Bộ Chính trị', value: '' });
    const office = Object.fromEntries(COLUMN_NAMES.map((c, i) => [c, rows[1][i]]));
    expect(office).toMatchObject({ province: 'Bắc Ninh', fact_province: 'Hà Nội', level: 'central', key: 'bô chinh tri' });
    expect(factsToRows([{ analysis: { ...analysis, facts: [] } }])).toEqual([]);
  });
});

describe('toCsv', () => {
  it('starts with a BOM unless told not to, ends every record with CRLF', () => {
    const csv = toCsv([]);
    expect(csv).toBe(`${BOM}${HEADER}\r\n`);
    expect(toCsv([], { bom: false })).toBe(`${HEADER}\r\n`);
    expect(toCsv([['a', 'b']], { bom: false })).toBe(`${HEADER}\r\na,b\r\n`);
  });

  it('quotes commas, quotes and line breaks (RFC 4180)', () => {
    expect(csvRows([['a,b', 'say "hi"', 'two\nlines', 'cr\r\nlf', 'plain']])).toBe('"a,b","say ""hi""","two\nlines","cr\r\nlf",plain\r\n');
  });

  it.each([
    ['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
    ['+cmd', "'+cmd"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcalc', "'\tcalc"],
    ['\rcalc', `"'\rcalc"`],
    ['=1+1\nsecond line', `"'=1+1\nsecond line"`],
  ])('neutralises the formula %j', (cell, expected) => {
    expect(csvRows([[cell]])).toBe(`${expected}\r\n`);
  });

  it('leaves ordinary cells alone', () => {
    for (const cell of ['06-CT/TW', '2010/2015', 'a=b', "'quoted", '', ' 1']) expect(neutralise(cell)).toBe(cell);
  });

  it('neutralised cells parse back as text with the apostrophe', () => {
    const [row] = parse(csvRows([['=HYPERLINK("x")', '-2+3']]));
    expect(row).toEqual([`'=HYPERLINK("x")`, "'-2+3"]);
  });

  it('round-trips Vietnamese facts through papaparse', () => {
    const rows = factsToRows([{ file: 'thư mục/bài, số 1.txt', analysis }]);
    const csv = toCsv(rows);
    expect(csv.startsWith(BOM)).toBe(true);
    const parsed = parse(csv);
    expect(parsed[0]).toEqual([...COLUMN_NAMES]);
    expect(parsed.slice(1)).toEqual(rows);
    expect(parsed[1][COLUMN_NAMES.indexOf('title')]).toBe('Học tập, làm theo "Bác"');
    expect(parsed[3][COLUMN_NAMES.indexOf('unit')]).toBe('đảng viên');
    expect(TEXT.slice(Number(parsed[3][10]), Number(parsed[3][11]))).toBe('49 đảng viên');
  });

  it('streams: header once, rows appended', () => {
    const rows = factsToRows([{ file: 'a.txt', analysis }]);
    const streamed = csvHeader() + csvRows(rows.slice(0, 1)) + csvRows(rows.slice(1));
    expect(streamed).toBe(toCsv(rows));
  });
});
