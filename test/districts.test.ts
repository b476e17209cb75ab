// The district lexicon (lexicon/districts.ts) and its look-up (places.ts districtMentions).
import { describe, expect, it } from 'vitest';
import { DISTRICTS } from '../analyzer/lexicon/districts.ts';
import { PROVINCES } from '../analyzer/lexicon/provinces.ts';
import { districtKey, districtMentions, districtProvince } from '../analyzer/places.ts';

const found = (s: string) => districtMentions(s).map((m) => [s.slice(m.start, m.end), m.province]);

describe('district lexicon', () => {
  it('holds the 2024 units of every one of the 63 provinces, each province a lexicon name', () => {
    const names = new Set(PROVINCES.map((p) => p.name));
    expect(DISTRICTS.length).toBeGreaterThan(700);
    for (const d of DISTRICTS) expect(names.has(d.province), d.province).toBe(true);
    expect(new Set(DISTRICTS.map((d) => d.province)).size).toBe(63);
  });

  it('marks exactly the names that units of several provinces carry', () => {
    const provinces = new Map<string, Set<string>>();
    for (const d of DISTRICTS) (provinces.get(districtKey(d.name)) ?? provinces.set(districtKey(d.name), new Set()).get(districtKey(d.name))!).add(d.province);
    for (const d of DISTRICTS) expect(!!d.shared, d.name).toBe(provinces.get(districtKey(d.name))!.size > 1);
    expect(DISTRICTS.filter((d) => d.name === 'Châu Thành').every((d) => d.shared)).toBe(true);
  });
});

describe('districtMentions', () => {
  it('reads a district after its kind word or its Party committee', () => {
    expect(found('UBND phường Phương Liệt (quận Thanh Xuân) cho biết')).toEqual([['quận Thanh Xuân', 'Hà Nội']]);
    expect(found('các xã của thị xã Hương Trà')).toEqual([['thị xã Hương Trà', 'Thừa Thiên Huế']]);
    expect(found('Thành ủy Vinh; TP. Phan Rang - Tháp Chàm')).toEqual([
      ['Thành ủy Vinh', 'Nghệ An'],
      ['TP. Phan Rang - Tháp Chàm', 'Ninh Thuận'],
    ]);
    expect(found("Huyện ủy Cư M'Gar và Quận 1")).toEqual([
      ["Huyện ủy Cư M'Gar", 'Đắk Lắk'],
      ['Quận 1', 'Thành phố Hồ Chí Minh'],
    ]);
    // (spelling variants of the Central Highlands: Đăk / Đắk)
    expect(found('huyện Đăk Glei')).toEqual([['huyện Đăk Glei', 'Kon Tum']]);
  });

  it('reads a list of districts after one kind word, not the province that glosses the last', () => {
    expect(found('cử tri quận Ba Đình, Tây Hồ')).toEqual([
      ['quận Ba Đình', 'Hà Nội'],
      ['Tây Hồ', 'Hà Nội'],
    ]);
    expect(found('huyện Vân Đồn, Quảng Ninh')).toEqual([['huyện Vân Đồn', 'Quảng Ninh']]);
  });

  it('names a district that shares its province\'s name, not the province: huyện Quảng Ninh is Quảng Bình\'s', () => {
    expect(found('huyện Quảng Ninh')).toEqual([['huyện Quảng Ninh', 'Quảng Bình']]);
    // (a city named like its province is the province's mention, not a district's)
    expect(found('TP Hà Tĩnh, thành phố Huế')).toEqual([]);
  });

  it('tells apart by the kind word the units that share a name, else gives nothing', () => {
    expect(districtProvince('quận', 'Hoàng Mai')).toBe('Hà Nội');
    expect(districtProvince('thị xã', 'Hoàng Mai')).toBe('Nghệ An');
    expect(districtProvince('thị xã', 'Sơn Tây')).toBe('Hà Nội');
    expect(districtProvince('huyện', 'Sơn Tây')).toBeUndefined(); // Quảng Ngãi's huyện, or Hà Nội's thị xã written 'huyện'
    expect(found('huyện Châu Thành, huyện Phú Tân')).toEqual([]);
  });

  it('needs the kind word: a bare name is no district (a person\'s name)', () => {
    expect(found('ông Thanh Xuân và bà Hoàng Mai, anh Hương Trà')).toEqual([]);
    expect(found('H.Vinh, Q. Thanh Xuân')).toEqual([]);
  });
});
