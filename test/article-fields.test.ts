// Article fields beyond fixtures/rules/article.json: the byline read at the end of crawled
// articles as persons with role 'tác giả' (FACTS.md: bylines count), generic credits that
// name no person (genre batch 1: 'P.V'), outlets and provinces from hosts, and time on
// hostile endings.
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyzer/index.ts';
import { outletByHost, portalByHost, provinceByHost } from '../analyzer/places.ts';

const HEAD = 'Hội nghị sơ kết công tác xây dựng Đảng 6 tháng đầu năm\n\nSáng 12/6, Ban Thường vụ Huyện ủy tổ chức hội nghị sơ kết công tác 6 tháng đầu năm.\n';

function authors(text: string) {
  const a = analyze(text);
  return {
    byline: a.article.byline,
    source: a.article.source,
    persons: a.facts
      .filter((f) => f.kind === 'person' && f.role === 'tác giả')
      .map((f) => ({ name: f.kind === 'person' ? f.name : '', text: f.text, ok: text.slice(f.start, f.end) === f.text })),
  };
}

describe('bylines at the end of crawled articles', () => {
  it('a name glued to the last sentence is the byline and a person with role tác giả, at its offsets', () => {
    const r = authors(`${HEAD}Hội nghị đã thống nhất các giải pháp trọng tâm trên địa bàn Thủ đô.Quang Anh`);
    expect(r.byline).toBe('Quang Anh');
    expect(r.persons).toEqual([{ name: 'Quang Anh', text: 'Quang Anh', ok: true }]);
  });

  it('several authors are one byline as printed and one person each', () => {
    const r = authors(`${HEAD}Các đại biểu thống nhất cao. Tú Anh - Trường Phong`);
    expect(r.byline).toBe('Tú Anh - Trường Phong');
    expect(r.persons.map((p) => p.name)).toEqual(['Tú Anh', 'Trường Phong']);
    expect(r.persons.every((p) => p.ok)).toBe(true);
  });

  it('initials and capitals are kept as printed', () => {
    expect(authors(`${HEAD}Đại diện UBND là một lãnh đạo…H.Giang`).persons.map((p) => p.name)).toEqual(['H.Giang']);
    expect(authors(`${HEAD}Ông Thống nói thêm: "đấy là trường hợp đặc biệt thôi!". QUANG PHONG (Dân trí)`)).toMatchObject({
      byline: 'QUANG PHONG',
      source: 'Dân trí',
    });
  });

  it('a generic reporter credit is the byline but no person (genre batch 1, P.V)', () => {
    for (const credit of ['P.V', 'PV', 'NHÓM PV', 'Nhóm phóng viên']) {
      const r = authors(`${HEAD}Các sở, ngành chịu trách nhiệm thi hành quyết định này. ${credit}`);
      expect(r.byline, credit).toBe(credit);
      expect(r.persons, credit).toEqual([]);
    }
  });

  it('an author with an agency or outlet credit: the credit names the source', () => {
    expect(authors(`${HEAD}Các đại biểu thống nhất cao./.Nguyễn Trường (TTXVN)`)).toMatchObject({ byline: 'Nguyễn Trường', source: 'TTXVN' });
    expect(authors(`${HEAD}Các đại biểu thống nhất cao./. Kim Anh/VOV.VN`)).toMatchObject({ byline: 'Kim Anh', source: 'VOV' });
    expect(authors(`${HEAD}Các đại biểu thống nhất cao. Theo Thế Kha - Tuấn Hợp/Dân Trí`)).toMatchObject({ byline: 'Thế Kha - Tuấn Hợp', source: 'Dân trí' });
    // A credit glued after the author, and a byline printed twice by the crawl.
    expect(authors(`${HEAD}Các đại biểu thống nhất cao.Phạm Văn – Duy CảnhTheo Infonet`)).toMatchObject({ byline: 'Phạm Văn – Duy Cảnh', source: 'Infonet' });
    expect(authors(`${HEAD}Các đại biểu thống nhất cao./. Trí Anh/VOV.VN Trí Anh/VOV.VN`).byline).toBe('Trí Anh');
  });

  it("an author's degree stays in the byline as printed, the person is the name (genre batch 17)", () => {
    const r = authors(`${HEAD}Các địa phương ven biển chủ động hơn trong kế hoạch bảo vệ nguồn lợi thủy sản.TS. Phạm Ngọc Sơn`);
    expect(r.byline).toBe('TS. Phạm Ngọc Sơn');
    expect(r.persons).toEqual([{ name: 'Phạm Ngọc Sơn', text: 'Phạm Ngọc Sơn', ok: true }]);
    const s = authors(`${HEAD}Tư tưởng của Người tiếp tục soi sáng sự nghiệp đổi mới của chúng ta. PGS.TS Bùi Đình Phong`);
    expect(s.byline).toBe('PGS.TS Bùi Đình Phong');
    expect(s.persons.map((p) => p.name)).toEqual(['Bùi Đình Phong']);
  });

  it('an unknown credit after the author is the source as printed only when written like a brand', () => {
    expect(authors(`${HEAD}Các chi bộ hoàn thành tốt nhiệm vụ. Thái Tân/KD&PL`)).toMatchObject({ byline: 'Thái Tân', source: 'KD&PL' });
    expect(authors(`${HEAD}Các chi bộ hoàn thành tốt nhiệm vụ. Thái Tân/Hà Nội`).source).toBeUndefined();
    expect(authors(`${HEAD}Các chi bộ hoàn thành tốt nhiệm vụ. Thái Tân (KD&PL)`).source).toBeUndefined();
  });

  it('page furniture glued after the byline is left out', () => {
    expect(authors(`${HEAD}Các đại biểu thống nhất cao.Thùy LinhPHẢN HỒIGửi bình luận`).byline).toBe('Thùy Linh');
    expect(authors(`${HEAD}Các đại biểu thống nhất cao.Hoa HạEmail Print Góp ý`).byline).toBe('Hoa Hạ');
  });

  it('no byline from a sentence, a quote, a caption, a place or a site credit', () => {
    for (const end of [
      'Hội nghị kết thúc trong không khí phấn khởi',
      '"Chúng tôi sẽ làm hết sức mình", ông Hùng nói.',
      'Các đại biểu dâng hoa tại tượng đài. Ảnh Quốc Bảo',
      'Đoàn đã đến làm việc tại TX. Sơn Tây',
      'Đoàn đã đến làm việc. Hà Nội',
      'Các đại biểu thống nhất cao.\nCổng Thông Tin Điện Tử Tỉnh Quảng Ninh',
      'Các đại biểu thống nhất cao.\nBan Biên Tập',
      'Các đại biểu thống nhất cao.\nTheo Dân Trí',
    ]) {
      expect(analyze(`${HEAD}${end}`).article.byline, end).toBeUndefined();
    }
    // The photographer stays a person with role 'ảnh'.
    const a = analyze(`${HEAD}Các đại biểu dâng hoa tại tượng đài. Ảnh Quốc Bảo`);
    expect(a.facts.filter((f) => f.kind === 'person').map((f) => (f.kind === 'person' ? [f.name, f.role] : []))).toContainEqual(['Quốc Bảo', 'ảnh']);
  });

  it('hostile endings stay fast', () => {
    for (const end of ['A. '.repeat(50_000), 'Quang Anh '.repeat(20_000), `${'x.'.repeat(50_000)}Quang Anh`, '(Theo '.repeat(20_000), `${'Tin, ảnh: '.repeat(10_000)}X`]) {
      const t0 = performance.now();
      analyze(`${HEAD}${end}`);
      expect(performance.now() - t0).toBeLessThan(2000);
    }
  });

  it('a name the crawl glued to the last words without a period is the byline, a mention after a title or place word is not', () => {
    const r = authors(`${HEAD}Hội nghị đề nghị tăng cường kiểm tra việc bổ nhiệm cán bộ Hoài Phong`);
    expect(r.byline).toBe('Hoài Phong');
    expect(r.persons).toEqual([{ name: 'Hoài Phong', text: 'Hoài Phong', ok: true }]);
    expect(authors(`${HEAD}Công ty TNHH MTV Điện lực Đà Nẵng HẢI CHÂU`).byline).toBe('HẢI CHÂU');
    expect(authors(`${HEAD}Chụp ảnh lưu niệm tại Hội nghị MInh Hòa/VOV.VN`)).toMatchObject({ byline: 'MInh Hòa', source: 'VOV' });
    expect(authors(`${HEAD}Các đại biểu đã tặng hoa cho ông Nguyễn Văn Thành`).byline).toBeUndefined();
    expect(authors(`${HEAD}Thành phố cải tạo rạch Văn Thánh`).byline).toBeUndefined();
    expect(authors(`${HEAD}Cần quan tâm. Chủ tịch UBND TP Đà Nẵng HUỲNH ĐỨC THƠ`).byline).toBeUndefined();
  });

  it('initials without dots or with a comma after the last sentence are the byline; a body acronym is not', () => {
    expect(authors(`${HEAD}Hỗ trợ nhà ở cho người thu nhập thấp…MD`).byline).toBe('MD');
    expect(authors(`${HEAD}Bộ Nội vụ báo cáo trước ngày 15-7-2017. Đ,Bắc`).byline).toBe('Đ,Bắc');
    expect(authors(`${HEAD}Các đơn vị báo cáo kết quả. UBND`).byline).toBeUndefined();
  });
});

describe('outlets and provinces from hosts', () => {
  it("a province's portal is 'Cổng Thông tin điện tử tỉnh X' with its province", () => {
    expect(portalByHost('https://quangninh.gov.vn/tin/1')).toMatchObject({ name: 'Cổng Thông tin điện tử tỉnh Quảng Ninh', province: 'Quảng Ninh' });
    expect(portalByHost('www.hochiminhcity.gov.vn')?.province).toBe('Thành phố Hồ Chí Minh');
    expect(portalByHost('tphcm.gov.vn')?.province).toBe('Thành phố Hồ Chí Minh');
    expect(portalByHost('hue.gov.vn')?.province).toBe('Thừa Thiên Huế');
    expect(portalByHost('sotuphap.hanoi.gov.vn')).toBeUndefined();
    expect(portalByHost('moj.gov.vn')).toBeUndefined();
  });

  it('departments, districts and sections of national outlets give their province', () => {
    expect(provinceByHost('https://sotuphap.hanoi.gov.vn/a')).toBe('Hà Nội');
    expect(provinceByHost('sonoivu.hcm.gov.vn')).toBe('Thành phố Hồ Chí Minh');
    expect(provinceByHost('https://www.daklak.gov.vn:443/x')).toBe('Đắk Lắk');
    expect(provinceByHost('bacninh.dangcongsan.vn')).toBe('Bắc Ninh');
    expect(provinceByHost('brvt.gov.vn')).toBe('Bà Rịa - Vũng Tàu');
    expect(provinceByHost('moj.gov.vn')).toBeUndefined();
    expect(provinceByHost('vnexpress.net')).toBeUndefined();
    expect(provinceByHost('not a host')).toBeUndefined();
  });

  it("a provincial paper's unlisted host, 'bao' and the province, is its paper", () => {
    expect(outletByHost('https://baodaknong.org.vn/x')?.name).toBe('Báo Đắk Nông');
    expect(outletByHost('baomoi.com')).toBeUndefined();
    expect(outletByHost('baochi.vn')).toBeUndefined();
  });

  it('the article takes the portal, or the province of a department portal', () => {
    const text = `${HEAD}Các đại biểu thống nhất cao.`;
    expect(analyze(text, { url: 'https://dongthap.gov.vn/x' }).article).toMatchObject({ source: 'Cổng Thông tin điện tử tỉnh Đồng Tháp', province: 'Đồng Tháp' });
    const dept = analyze(text, { url: 'https://sotuphap.hanoi.gov.vn/x' }).article;
    expect(dept.source).toBeUndefined();
    expect(dept.province).toBe('Hà Nội');
    // A department's host printed as the lead's tag.
    expect(analyze(`Tiêu đề bài viết về hội nghị\n(sonoivu.quangninh.gov.vn) - Sáng 12/6, Sở Nội vụ tổ chức hội nghị.\nNội dung.`).article.province).toBe('Quảng Ninh');
  });
});
