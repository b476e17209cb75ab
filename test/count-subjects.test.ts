// Whose figure a count is and when it holds (FACTS.md count `subject`, `asOf`): must-match and
// must-not-match cases written from the contract, then the scorer's treatment of the two
// attributes (compared only where the gold states them).
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyzer/index.ts';
import type { CountFact } from '../analyzer/contract.ts';
import { score } from '../analyzer/eval/score.ts';

const counts = (text: string) => analyze(text).facts.filter((f): f is CountFact => f.kind === 'count');
const one = (text: string, quote: string) => {
  const c = counts(text).find((f) => f.text === quote);
  expect(c, `no count '${quote}' in: ${text}`).toBeDefined();
  return c!;
};

describe('count subject: must match', () => {
  const cases: [string, string, string][] = [
    ['Đảng bộ Văn phòng Tỉnh ủy có 5 chi bộ trực thuộc với 49 đảng viên.', '5 chi bộ', 'Đảng bộ Văn phòng Tỉnh ủy'],
    ['Đảng bộ Văn phòng Tỉnh ủy có 5 chi bộ trực thuộc với 49 đảng viên.', '49 đảng viên', 'Đảng bộ Văn phòng Tỉnh ủy'],
    ['Hiện nay, Đảng bộ xã Ia Tô hiện có 12 chi bộ, 310 đảng viên.', '310 đảng viên', 'Đảng bộ xã Ia Tô'],
    ['Năm 2023, Đảng bộ huyện kết nạp 120 đảng viên mới.', '120 đảng viên', 'Đảng bộ huyện'],
    ['Huyện Chư Sê có 15 xã, thị trấn.', '15 xã, thị trấn', 'huyện Chư Sê'],
    ['Báo Gia Lai đưa tin. Tỉnh Gia Lai hiện có 17 huyện, thị xã, thành phố.', '17 huyện, thị xã, thành phố', 'Gia Lai'],
  ];
  for (const [text, quote, subject] of cases) {
    it(`${quote} → ${subject}`, () => expect(one(text, quote).subject).toBe(subject));
  }

  // DECISIONS.md 'count subject': the body that has or is made of what is counted, the whole of a
  // place, the head of a list; batch15 SUBJECTS.md: a bare level word is the article's own unit.
  const more: [string, string, string][] = [
    // a level word alone is the article's unit of that level, named as the text names it
    ['Huyện Anh Sơn nằm ở phía tây. Toàn huyện hiện có 31 trong số 66 trường học chuẩn quốc gia, đạt tỷ lệ 47%.', '66 trường học', 'huyện Anh Sơn'],
    ['Huyện Anh Sơn nằm ở phía tây. Toàn huyện hiện có 31 trong số 66 trường học chuẩn quốc gia, đạt tỷ lệ 47%.', '47%', 'huyện Anh Sơn'],
    ['Huyện Anh Sơn nằm ở phía tây. Tốc độ tăng trưởng kinh tế của huyện đạt 11,5%, năm 2012 thu nhập tăng.', '11,5%', 'huyện Anh Sơn'],
    // adverbs and verbs of having: 'trước đây có đến', 'chỉ còn', 'có khuyết'
    ['Sở Tài chính tỉnh Bình Định trước đây có đến 6 phó giám đốc sở.', '6 phó giám đốc', 'Sở Tài chính tỉnh Bình Định'],
    // a body right after a count of its people; a place after 'của'
    ['Kỳ họp lấy phiếu tín nhiệm Chủ tịch và 3 trưởng ban HĐND tỉnh Gia Lai.', '3 trưởng ban', 'HĐND tỉnh Gia Lai'],
    ['Xã này được công nhận là 1 trong 3 xã nông thôn mới của huyện Quế Sơn năm 2016.', '3 xã', 'huyện Quế Sơn'],
    // a breakdown after 'trong đó' shares the owner of the whole
    ['Vừa qua Quốc hội có khuyết 5 đại biểu, trong đó 2 người liên quan đến vi phạm nên bãi nhiệm và 1 người vì lý do sức khỏe.', '5 đại biểu', 'Quốc hội'],
    ['Vừa qua Quốc hội có khuyết 5 đại biểu, trong đó 2 người liên quan đến vi phạm nên bãi nhiệm và 1 người vì lý do sức khỏe.', '1 người', 'Quốc hội'],
    // a place after 'tại' that opens its clause is where the figure is
    ['Ngoài ra, tại huyện Phú Lương có 112 con lợn bị thiệt hại.', '112 con lợn', 'huyện Phú Lương'],
  ];
  for (const [text, quote, subject] of more) {
    it(`${quote} → ${subject}`, () => expect(one(text, quote).subject).toBe(subject));
  }

  it('the province after "của tỉnh" and before "là"; a word for a place the sentence named; what happens in a place', () => {
    const a = analyze('Bí thư Tỉnh ủy Gia Lai cho biết, tổng số cán bộ lãnh đạo, quản lý các cấp của tỉnh là 1.914 đồng chí.', { url: 'https://baogialai.com.vn/bai-viet.html' });
    expect(a.facts.find((f): f is CountFact => f.kind === 'count' && f.text === '1.914 đồng chí')?.subject).toBe('Gia Lai');
    expect(one('Lãnh đạo Phòng Giáo dục và Đào tạo huyện Ba Vì cho biết, địa phương có bảy xã miền núi.', 'bảy xã').subject).toBe('huyện Ba Vì');
    expect(one('Từ đầu năm đến nay, trên địa bàn quận Long Biên xảy ra 108 vụ phạm pháp hình sự.', '108 vụ phạm pháp hình sự').subject).toBe('quận Long Biên');
  });
  it('not "của tỉnh" before a verb of having: the noun before it has the figure (the place the sentence says it is)', () => {
    const a = analyze('Huyện Anh Sơn nằm ở phía tây. Anh Sơn là huyện miền núi đầu tiên của tỉnh có 100% số trạm y tế xã đạt chuẩn.', { url: 'https://baogialai.com.vn/bai-viet.html' });
    expect(a.facts.find((f): f is CountFact => f.kind === 'count' && f.text === '100%')?.subject).toBe('huyện Anh Sơn');
    const b = analyze('Đây là huyện miền núi đầu tiên của tỉnh có 100% số trạm y tế xã đạt chuẩn.', { url: 'https://baogialai.com.vn/bai-viet.html' });
    expect(b.facts.find((f): f is CountFact => f.kind === 'count' && f.text === '100%')?.subject).toBeUndefined();
  });

  it('a figure of a place with "là" after the figure\'s noun', () => {
    const a = analyze('Tỷ lệ chôn lấp rác thải hiện nay trên địa bàn thành phố là 76%.', { url: 'https://baogialai.com.vn/bai-viet.html' });
    expect(a.facts.find((f): f is CountFact => f.kind === 'count' && f.text === '76%')?.subject).toBe('Gia Lai');
  });

  it('the whole province: the article’s province', () => {
    const text = 'GLO- Tính đến ngày 31/12/2024, toàn tỉnh hiện có 950 tổ chức cơ sở đảng với 45.000 đảng viên.';
    const a = analyze(text, { url: 'https://baogialai.com.vn/bai-viet.html' });
    expect(a.article.province).toBe('Gia Lai');
    const got = a.facts.filter((f): f is CountFact => f.kind === 'count').map((c) => [c.text, c.subject, c.asOf]);
    expect(got).toEqual([
      ['950 tổ chức cơ sở đảng', 'Gia Lai', '2024-12-31'],
      ['45.000 đảng viên', 'Gia Lai', '2024-12-31'],
    ]);
  });
});

// DECISIONS.md 'count subject' (the body or place whose figure it is, only where the sentence
// says it) applied to the kinds of owner read from genre15–24: the whole country as the province
// is ('toàn tỉnh' → the province), regions, a place in the figure's noun phrase, a level word as
// the subject, 'của' + the unit, provinces heading their figures in a list, a change or an aside
// of a figure with an owner.
describe('count subject: more owners (genre15–24)', () => {
  const GIA_LAI = { url: 'https://baogialai.com.vn/bai-viet.html' };
  const HA_NOI = { url: 'https://hanoimoi.vn/bai-viet.html' };
  const subjectOf = (text: string, quote: string, options?: { url: string }) => {
    const c = analyze(text, options).facts.find((f): f is CountFact => f.kind === 'count' && f.text === quote);
    expect(c, `no count '${quote}' in: ${text}`).toBeDefined();
    return c!.subject;
  };

  it('the whole country: Việt Nam', () => {
    expect(subjectOf('Bộ Xây dựng cho biết, tính đến nay, trên toàn quốc có 157 dự án nhà ở xã hội.', '157 dự án')).toBe('Việt Nam');
    expect(subjectOf('Hiện khu vực đô thị cả nước có khoảng 1.740.000 người có khó khăn về nhà ở.', 'khoảng 1.740.000 người')).toBe('Việt Nam');
    expect(subjectOf('Lên tới Trung ương tổng hợp thì tỷ lệ hộ nghèo cả nước là 9,6%.', '9,6%')).toBe('Việt Nam');
  });
  it('not the country that modifies the noun before "với"', () => {
    expect(subjectOf('Bến Tre chiếm 40% diện tích trồng dừa cả nước với 163.000 hộ trồng.', '163.000 hộ')).not.toBe('Việt Nam');
  });

  it('a region where the figure is, with the rate of an amount', () => {
    const text = 'Đến cuối năm 2016, tổng nguồn vốn huy động trên địa bàn các tỉnh Tây Nguyên đạt khoảng 120.605 tỷ đồng, tăng 24% so với 31/12/2015.';
    expect(subjectOf(text, '24%')).toBe('Tây Nguyên');
    expect(subjectOf('Dư nợ cho vay đối với ngành cà phê tại khu vực Tây Nguyên đạt trên 45.000 tỷ đồng, tăng 13,53% so với 31/12/2015 (chiếm 92,4% dư nợ cho vay đối với ngành cà phê toàn quốc).', '92,4%')).toBe('Tây Nguyên');
  });
  it('not a region that ends a body’s name (the body has the figure)', () => {
    expect(subjectOf('Đài trực thuộc Đài Khí tượng Thủy văn khu vực Bắc Bộ, với 32 cán bộ, nhân viên.', '32 cán bộ, nhân viên')).not.toBe('Bắc Bộ');
  });

  it('a place in the figure’s noun phrase, before "là" after an aside and a time; a change of the figure shares it', () => {
    const text = 'Tổng số doanh nghiệp công nghiệp trên địa bàn tỉnh Nghệ An (không bao gồm các cơ sở sản xuất kinh tế hộ, cá thể) đến thời điểm cuối năm 2016 là 886 doanh nghiệp, tăng 199 doanh nghiệp so với thời điểm 2010.';
    const got = counts(text).map((c) => [c.text, c.subject, c.asOf]);
    expect(got).toEqual([
      ['886 doanh nghiệp', 'Nghệ An', '2016'],
      ['199 doanh nghiệp', 'Nghệ An', '2016'],
    ]);
  });
  it('a rate after an amount that is no count', () => {
    expect(subjectOf('Xã Lê Hồng nằm ven sông. Tính đến năm 2016, tổng diện tích gieo trồng lúa trên địa bàn xã là 1038,5ha, đạt 94,4% kế hoạch năm.', '94,4%')).toBe('xã Lê Hồng');
  });

  it('a level word alone as the subject: the article’s unit of that level', () => {
    expect(subjectOf('Theo Sở Nội vụ, tỉnh hiện có 20 sở, ngành.', '20 sở, ngành', GIA_LAI)).toBe('Gia Lai');
    expect(subjectOf('Theo Sở Công thương, thành phố hiện có 187 siêu thị.', '187 siêu thị', HA_NOI)).toBe('Hà Nội');
    expect(subjectOf('Huyện Mỹ Đức nằm ở phía nam. Đến nay, huyện đã có 8 xã đạt chuẩn nông thôn mới.', '8 xã')).toBe('huyện Mỹ Đức');
  });
  it('no level subject: a province’s "thành phố" (one of its cities), a coordination of kinds of unit', () => {
    expect(subjectOf('Theo Sở Công thương, thành phố hiện có 187 siêu thị.', '187 siêu thị', GIA_LAI)).not.toBe('Gia Lai');
    expect(subjectOf('Thị trấn Vân Canh là trung tâm huyện. Huyện Vân Canh sắp xếp các đơn vị hành chính từ 7 xã, thị trấn còn 3 đơn vị cấp xã.', '3 đơn vị cấp xã')).not.toBe('thị trấn Vân Canh');
    expect(subjectOf('Tổ chức của Cục gồm 34 THADS tỉnh, thành phố với 355 Phòng THADS khu vực.', '355 Phòng', HA_NOI)).not.toBe('Hà Nội');
  });

  it('after "của": the unit named by its level, the country, an enterprise', () => {
    expect(subjectOf('Lãnh đạo huyện Ba Vì cho biết như vậy. Trong tổng số 69 nghìn HS của huyện, số HS diện chính sách là hơn 10 nghìn em.', '69 nghìn HS')).toBe('huyện Ba Vì');
    expect(subjectOf('Công an sẽ khởi tố vụ án đối với các vi phạm về trật tự xây dựng trong 12 dự án của tập đoàn Mường Thanh (của đại gia Lê Thanh Thản).', '12 dự án')).toBe('Tập đoàn Mường Thanh');
  });
  it('not after "của" a word that only begins with a level word, nor the act of a verb on the count', () => {
    expect(subjectOf('Huyện Ba Vì có nhiều nghề. Đây là 3 vấn đề của xã hội hiện nay.', '3 vấn đề')).toBeUndefined();
    expect(subjectOf('Huyện Ba Vì có nhiều nghề. UBND tỉnh tặng bằng khen cho 12 hộ của huyện.', '12 hộ')).toBeUndefined();
  });

  it('provinces heading their own figures in a list', () => {
    const text = 'Trong đó, một số địa phương có nhu cầu nhà ở xã hội là Hà Nội: 111.200 căn, TPHCM 134.000 căn, Đà Nẵng 16.000 căn.';
    expect(counts(text).map((c) => [c.text, c.subject])).toEqual([
      ['111.200 căn', 'Hà Nội'],
      ['134.000 căn', 'Thành phố Hồ Chí Minh'],
      ['16.000 căn', 'Đà Nẵng'],
    ]);
  });
  it('not a name that only sounds like a province, after a lower unit’s word', () => {
    expect(subjectOf('Đoàn đã thăm xã Hà Nam 12 hộ nghèo.', '12 hộ nghèo')).not.toBe('Hà Nam');
  });

  it('a change of the figure before, or a second verb of its owner', () => {
    expect(subjectOf('Trong sáu tháng đầu năm trên địa bàn TP xảy ra 2.256 vụ phạm pháp hình sự, con số này có giảm 157 vụ so với cùng kỳ.', '157 vụ', HA_NOI)).toBe('Hà Nội');
    expect(subjectOf('Ông Thống cho biết, hiện Yên Bái có 4 Sở, còn thừa 1 Phó giám đốc.', '1 Phó giám đốc')).toBe('Yên Bái');
  });
  it('an aside in brackets after a figure shares its owner, unless it says what the figure leaves out', () => {
    expect(subjectOf('Toàn xã hiện có 158 mẹ Việt Nam Anh hùng (14 mẹ còn sống). Xã Quế Long nằm ven sông.', '14 mẹ')).toBe('xã Quế Long');
    expect(subjectOf('Hiện nay, trên địa bàn thành phố có 485.955 ô tô (chưa kể khoảng 1,2 triệu phương tiện ngoại lai).', 'khoảng 1,2 triệu phương tiện', HA_NOI)).not.toBe('Hà Nội');
  });

  it('an office whose name ends in a level word, with "này"; not "này" of the noun before an office', () => {
    expect(subjectOf('Ông Giang xác nhận Văn phòng UBND tỉnh này hiện vẫn còn bốn phó chánh văn phòng.', 'bốn phó chánh văn phòng')).toBe('Văn phòng UBND tỉnh');
    expect(subjectOf('Như tại kỳ họp Quốc hội này có tới 6 luật sửa đổi.', '6 luật sửa đổi')).not.toBe('Quốc hội');
  });
  it('not a place or an office that ends a longer body’s name, nor a commune after a hamlet it locates', () => {
    expect(subjectOf('Hội người cao tuổi huyện Nhà Bè có 85 hộ hiến đất.', '85 hộ')).not.toBe('huyện Nhà Bè');
    expect(subjectOf('Công đoàn cơ quan Quận ủy có 83 đoàn viên.', '83 đoàn viên')).not.toBe('Quận ủy');
    expect(subjectOf('Xóm Nhót, xã Thanh Hối có 150 hộ dân.', '150 hộ dân')).not.toBe('xã Thanh Hối');
  });
  it('attendees after "với" are nobody’s figure', () => {
    expect(subjectOf('Hội thảo xúc tiến các sản phẩm du lịch tỉnh Yên Bái với hơn 100 doanh nghiệp lữ hành tham dự.', 'hơn 100 doanh nghiệp')).toBeUndefined();
  });
});

// DECISIONS.md 'count subject' / 'count asOf' applied to the owners and dates of genre25–28: need
// of a place, regions in a list, coordinated places, where the counted are, an adverbial that
// ends in a date, a date after the count.
describe('count subject and asOf: genre25–28', () => {
  const HA_NOI = { url: 'https://hanoimoi.vn/bai-viet.html' };
  const DONG_NAI = { url: 'https://baodongnai.com.vn/bai-viet.html' };
  const TT_HUE = { url: 'https://baothuathienhue.vn/bai-viet.html' };
  const countOf = (text: string, quote: string, options?: { url: string }) => {
    const c = analyze(text, options).facts.find((f): f is CountFact => f.kind === 'count' && f.text === quote);
    expect(c, `no count '${quote}' in: ${text}`).toBeDefined();
    return c!;
  };
  it('a place that needs the figure; a year after an opening preposition', () => {
    const text = 'Phát triển nhà ở xã hội là nhiệm vụ cấp bách. Đến 2020, cả nước cần xấp xỉ 1 triệu căn hộ và chỉ riêng Hà Nội cần khoảng 100 ngàn căn hộ.';
    expect(counts(text).map((c) => [c.text, c.subject, c.asOf])).toEqual([
      ['xấp xỉ 1 triệu căn hộ', 'Việt Nam', '2020'],
      ['khoảng 100 ngàn căn hộ', 'Hà Nội', '2020'],
    ]);
  });
  it('regions heading their figures in a list, a region fronted as the topic', () => {
    const text = 'Giảm nghèo chưa đồng đều như ở vùng Đông Bắc, tỷ lệ hộ nghèo là 17,5%, ở Tây Bắc là gần 30%, Tây Nguyên 15%, Đông Nam Bộ 1,2%.';
    expect(counts(text).map((c) => c.subject)).toEqual(['Đông Bắc', 'Tây Bắc', 'Tây Nguyên', 'Đông Nam Bộ']);
  });
  it('places coordinated after a plural, as written', () => {
    expect(countOf('Tính đến cuối năm 2016, ở 2 xã Nghĩa Hòa và Hòa Phú có 35 hộ dân đã xây nhà trái phép.', '35 hộ dân').subject).toBe('xã Nghĩa Hòa và Hòa Phú');
    expect(countOf('Trước đó, các xã Hương Thọ (Hương Trà), Dương Hòa (Hương Thủy) có hơn 5 thôn bị chia cắt.', 'hơn 5 thôn').subject).toBe('xã Hương Thọ và Dương Hòa');
  });
  it('not places that are themselves what a body has', () => {
    expect(countOf('Huyện Hướng Hóa có hai thị trấn Khe Sanh và Lao Bảo, hiện có hơn 8 vạn người.', 'hơn 8 vạn người').subject).not.toBe('thị trấn Khe Sanh và Lao Bảo');
  });
  it('where the counted are after the count: "trên địa bàn X"; not for the object of an act', () => {
    expect(countOf('Được biết, đây là 1 trong 6 dự án nhà ở xã hội trên địa bàn Hà Nội sẽ được khởi động từ nay đến hết tháng 6/2013.', '6 dự án', HA_NOI)).toMatchObject({ subject: 'Hà Nội', asOf: '2013-06' });
    expect(countOf('Sạt lở đất đã làm sập, hư hỏng gần 70 ngôi nhà trên địa bàn huyện Hoàng Su Phì.', 'gần 70 ngôi nhà').subject).toBeUndefined();
  });
  it('a province after "của" before a figure’s verb and an amount; a period between the whole province and its verb', () => {
    expect(countOf('Kim ngạch xuất khẩu của Đồng Nai đạt gần 8,1 tỷ USD, tăng 11,2% so với cùng kỳ.', '11,2%', DONG_NAI).subject).toBe('Đồng Nai');
    expect(countOf('Tổng sản lượng khai thác hải sản toàn tỉnh trong 6 tháng đầu năm 2017 đạt trên 17.000 tấn, tăng 29,2% so với cùng kỳ năm 2016.', '29,2%', TT_HUE).subject).toBe('Thừa Thiên Huế');
  });
  it('not a place after "tại", nor the sides of "giữa X với"', () => {
    expect(countOf('Lệ phí trước bạ với ô tô đăng ký lần đầu tại Hà Nội đang là 15%.', '15%').subject).toBeUndefined();
    expect(countOf('Hợp tác truyền thông giữa tỉnh Quảng Ninh với bốn cơ quan báo chí Trung ương.', 'bốn cơ quan báo chí').subject).toBeUndefined();
  });
  it('an adverbial that opens the sentence and ends in a date; not a document’s date in it', () => {
    expect(countOf('Phải báo cáo. Tại thời điểm đấu giá đất năm 2014, trong số 6 lô đất biệt thự chỉ có 5 lô có người tham gia.', '5 lô').asOf).toBe('2014');
    expect(countOf('Tuy nhiên, tại Quyết định số 572/QĐ-BKHĐT ngày 20.4.2017, Bộ chỉ bố trí vốn đáp ứng được 39% tổng nhu cầu.', '39%').asOf).toBeUndefined();
  });
  it('a sentence glued to the next one ends there: its date dates nothing after it', () => {
    expect(countOf('Chương trình phát triển nhà ở đến năm 2030 giữa Bộ Xây dựng và UBND TP Hà Nội.Theo Chương trình, HUD phấn đấu xây dựng trên 4.950 căn hộ.', 'trên 4.950 căn hộ').asOf).toBeUndefined();
  });
});

describe('count subject: must not match', () => {
  const cases: [string, string][] = [
    ['UBND tỉnh trao Bằng khen cho 12 đảng viên.', '12 đảng viên'],
    ['Hơn 300 đại biểu dự hội nghị của Tỉnh ủy.', 'Hơn 300 đại biểu'],
    ['UBND tỉnh tặng 12 tập thể Bằng khen.', '12 tập thể'],
    // A body after 'thuộc', 'của' names whose the noun before is, not who has the figure.
    ['Đảng ủy Khối trực thuộc Tỉnh ủy với hơn 64 chi bộ.', 'hơn 64 chi bộ'],
    ['Báo cáo của Chính phủ có 6 chỉ tiêu.', '6 chỉ tiêu'],
    // recipients and attendees named with their body are still no owner the sentence states
    ['Phó Chủ tịch UBND tỉnh đã trao bằng khen cho 2 cá nhân và 6 tập thể của Sở Y tế tỉnh Gia Lai.', '6 tập thể'],
    ['Kỳ họp khai mạc với sự tham gia của 84 đại biểu HĐND tỉnh Gia Lai.', '84 đại biểu'],
    // a source ('Theo X,'), a place that ends an office's name, a place that modifies a noun
    ['Theo Phòng Giáo dục huyện Chư Sê, đến nay đã có khoảng 3.000 học sinh được dạy bơi.', 'khoảng 3.000 học sinh'],
    ['Huyện miền núi đầu tiên của tỉnh Nghệ An có 100% số trạm y tế xã đạt chuẩn.', '100%'],
    ['Báo chí đưa tin về khu biệt thự tại tỉnh Lào Cai gồm 6 lô đất.', '6 lô đất'],
    // the object of a preposition; 'thuộc' places the counted, it names no owner
    ['Vụ việc diễn ra giữa 2 kỳ họp của Quốc hội.', '2 kỳ họp'],
    ['Ông chia sẻ với cử tri 18 phường thuộc quận Hoàn Kiếm.', '18 phường'],
  ];
  for (const [text, quote] of cases) {
    it(`${quote}: no owner`, () => expect(one(text, quote).subject).toBeUndefined());
  }
});

describe('count asOf', () => {
  it('a date that opens the sentence after a connective', () => {
    expect(one('Tuy nhiên, vào tháng 5.2015, ông A đã nhận nhầm 4 con nhím giống.', '4 con nhím').asOf).toBe('2015-05');
  });
  it('one fact, one span: owner and date from the sentence of its first mention', () => {
    const c = one('Mỗi sở không được vượt quá 3 phó giám đốc. Sở Tài chính tỉnh Bình Định hiện chỉ còn 3 phó giám đốc.', '3 phó giám đốc');
    expect(c.subject).toBeUndefined();
  });
  it('a date the figure holds at, in the same sentence', () => {
    expect(one('Đến hết năm 2023, Đảng bộ có 40 chi bộ.', '40 chi bộ').asOf).toBe('2023');
    expect(one('Năm 2023, Đảng bộ huyện kết nạp 120 đảng viên mới.', '120 đảng viên').asOf).toBe('2023');
  });
  // DECISIONS.md 'count asOf': a date that opens the sentence, its period included
  it('a period that opens the sentence ends in the date', () => {
    expect(one('Sáu tháng đầu năm 2017 có 33.000 tin bài.', '33.000 tin bài').asOf).toBe('2017');
    expect(one('Trong 6 tháng đầu năm 2017, toàn tỉnh có 33 dự án.', '33 dự án').asOf).toBe('2017');
  });
  it('a date that opens a later clause with its verb dates that clause', () => {
    const text = 'Năm 2016 đã có 110.000 DN được thành lập, bốn tháng đầu năm 2017 đã có 40.000 DN ra đời.';
    expect(one(text, '110.000 DN').asOf).toBe('2016');
    expect(one(text, '40.000 DN').asOf).toBe('2017');
  });
  it('no date of a comparison’s base', () => {
    expect(one('Tổng dư nợ tín dụng đạt 222.121 tỷ đồng, tăng 19,5% so với cuối năm 2015, cao hơn tăng trưởng toàn nền kinh tế đạt 18,39%.', '18,39%').asOf).toBeUndefined();
  });
  it('none from another sentence, a term or a date the figure does not hold at', () => {
    expect(one('Ngày 7/11/2006, Tỉnh ủy ban hành Chỉ thị. Đảng bộ có 40 chi bộ.', '40 chi bộ').asOf).toBeUndefined();
    expect(one('Nhiệm kỳ 2020-2025, Đảng bộ có 40 chi bộ.', '40 chi bộ').asOf).toBeUndefined();
  });
});

describe('scoring subject and asOf', () => {
  const text = 'Đảng bộ có 5 chi bộ.';
  const item = (gold: Record<string, unknown>, pred: Record<string, unknown>) => ({
    file: 'x.txt',
    text,
    gold: { file: 'x.txt', article: {}, facts: [{ kind: 'count', text: '5 chi bộ', value: 5, unit: 'chi bộ', ...gold }] },
    predicted: { language: { code: 'vie', score: 1 }, article: {}, facts: [{ kind: 'count', text: '5 chi bộ', start: 11, end: 19, value: 5, unit: 'chi bộ', ...pred }] },
  });
  const attr = (gold: Record<string, unknown>, pred: Record<string, unknown>) =>
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    score([item(gold, pred) as any]).attributes.subject;

  it('is not scored where the gold does not state it', () => expect(attr({}, { subject: 'Đảng bộ xã A' })).toMatchObject({ correct: 0, total: 0 }));
  it('folds like the keys (UBND = Ủy ban nhân dân)', () => expect(attr({ subject: 'Ủy ban nhân dân tỉnh' }, { subject: 'UBND tỉnh' })).toMatchObject({ correct: 1, total: 1 }));
  it('a stated none is right only when none is predicted', () => {
    expect(attr({ subject: null }, {})).toMatchObject({ correct: 1, total: 1 });
    expect(attr({ subject: null }, { subject: 'Đảng bộ xã A' })).toMatchObject({ correct: 0, total: 1 });
  });
});
