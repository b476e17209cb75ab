/**
 * Awards, emulation titles and contest prizes.
 *
 * Source: notes/domain.md d (Luật Thi đua, khen thưởng 2003 and 2022, Nghị định 98/2023/NĐ-CP),
 * canonical forms from FACTS.md and gold/DECISIONS.md ('Huân chương Lao động hạng Nhì',
 * 'Chiến sĩ thi đua cấp tỉnh', 'Tập thể Lao động xuất sắc', 'Cờ thi đua', 'Giải Nhì').
 *
 * - `name` is the canonical award WITHOUT class and without grantor. For `classes: true` the fact
 *   name is composed by code: `${name} hạng ${AWARD_CLASSES.name}` → 'Huân chương Lao động hạng Nhì'.
 * - `variants` are other printed forms of the same award. Case, old/new tone marks and sĩ/sỹ are
 *   folded by the matcher, so case-only or sỹ-only variants are not listed (one exception kept on
 *   purpose: 'Tập thể lao động xuất sắc', printed that way in the gold data).
 * - Grantors are NOT part of any variant: 'Cờ thi đua của Chính phủ', 'Bằng khen của Thủ tướng
 *   Chính phủ', 'Bằng khen Chủ tịch UBND tỉnh' are award + grantor, split by code.
 * - Contest prizes ('Giải Nhì', 'Giải Khuyến khích', 'giải A') are composed by code as
 *   'Giải ' + PRIZE_RANKS.name; they are not listed in AWARDS.
 * - Not awards (DECISIONS.md): yearly Party ratings, see NOT_AWARDS below.
 */

export type AwardCategory =
  | 'order' // Huân chương
  | 'medal' // Huy chương
  | 'honorary-title' // danh hiệu vinh dự nhà nước
  | 'emulation-title' // danh hiệu thi đua
  | 'flag' // Cờ thi đua
  | 'certificate' // Bằng khen, Giấy khen, Bằng Lao động sáng tạo
  | 'prize' // Giải thưởng Hồ Chí Minh, Giải thưởng Nhà nước (contest prizes: see PRIZE_RANKS)
  | 'badge' // Huy hiệu Đảng
  | 'commemorative' // Kỷ niệm chương

export interface AwardName {
  /** canonical: 'Huân chương Lao động', 'Bằng khen' */
  name: string
  category: AwardCategory
  /** true when it comes in hạng Nhất/Nhì/Ba */
  classes?: boolean
  /** other printed forms of the SAME award */
  variants: readonly string[]
  /**
   * an emulation title named with the level that confers it, as written after it ('trường tiên tiến
   * xuất sắc cấp TP' → 'Trường tiên tiến xuất sắc cấp TP'; DECISIONS: the level belongs in the name
   * of emulation titles)
   */
  levels?: boolean
  /**
   * a designation a place holds, named in apposition after the place at the end of a clause
   * ('… rừng phòng hộ Cần Giờ, Khu Dự trữ sinh quyển thế giới.'): an award there too
   */
  apposition?: boolean
}

export const AWARDS: readonly AwardName[] = [
  // ── Huân chương (orders), highest first (2022 law Điều 33) ────────────────────────────────
  { name: 'Huân chương Sao vàng', category: 'order', variants: [] },
  { name: 'Huân chương Hồ Chí Minh', category: 'order', variants: ['Huân chương HCM'] },
  { name: 'Huân chương Độc lập', category: 'order', classes: true, variants: [] },
  { name: 'Huân chương Quân công', category: 'order', classes: true, variants: [] },
  { name: 'Huân chương Lao động', category: 'order', classes: true, variants: ['HCLĐ'] }, // 'HCLĐ hạng Nhì' [?]
  { name: 'Huân chương Bảo vệ Tổ quốc', category: 'order', classes: true, variants: [] },
  { name: 'Huân chương Chiến công', category: 'order', classes: true, variants: [] },
  { name: 'Huân chương Đại đoàn kết dân tộc', category: 'order', variants: [] },
  { name: 'Huân chương Dũng cảm', category: 'order', variants: [] },
  { name: 'Huân chương Hữu nghị', category: 'order', variants: [] },
  // Historic orders still seen in articles [mem]
  { name: 'Huân chương Kháng chiến', category: 'order', classes: true, variants: [] },
  { name: 'Huân chương Chiến thắng', category: 'order', classes: true, variants: [] },
  { name: 'Huân chương Chiến sĩ giải phóng', category: 'order', classes: true, variants: [] }, // [mem]
  { name: 'Huân chương Giải phóng', category: 'order', classes: true, variants: [] }, // [mem]
  // Met in the genre corpus: 'Huân chương Thành đồng năm 1968', 'Huân chương Quyết thắng hạng Nhì',
  // 'Huân chương Kháng chiến chống Mỹ cứu nước hạng Ba' (its own order, not 'Huân chương Kháng chiến').
  { name: 'Huân chương Thành đồng', category: 'order', classes: true, variants: [] },
  { name: 'Huân chương Quyết thắng', category: 'order', classes: true, variants: [] },
  {
    name: 'Huân chương Kháng chiến chống Mỹ cứu nước',
    category: 'order',
    classes: true,
    // 'Huân chương chống Mỹ cứu nước hạng Ba' (genre corpus, 'Kháng chiến' left out)
    variants: ['Huân chương Kháng chiến chống Mỹ', 'Huân chương Kháng chiến chống Mỹ, cứu nước', 'Huân chương chống Mỹ cứu nước'],
  },
  {
    name: 'Huân chương Kháng chiến chống Pháp',
    category: 'order',
    classes: true,
    variants: ['Huân chương Kháng chiến chống thực dân Pháp'],
  },

  // ── Huy chương (medals) (2022 law Điều 54) ────────────────────────────────────────────────
  { name: 'Huy chương Quân kỳ quyết thắng', category: 'medal', variants: [] },
  { name: 'Huy chương Vì an ninh Tổ quốc', category: 'medal', variants: [] },
  { name: 'Huy chương Chiến sĩ vẻ vang', category: 'medal', classes: true, variants: [] },
  // Contest and sports medals (gold, silver, bronze): 'giành 2 HCV' is a count and an award.
  { name: 'Huy chương Vàng', category: 'prize', variants: ['HCV'] },
  { name: 'Huy chương Bạc', category: 'prize', variants: ['HCB'] },
  { name: 'Huy chương Đồng', category: 'prize', variants: ['HCĐ'] },
  { name: 'Huy chương Hữu nghị', category: 'medal', variants: [] },
  { name: 'Huy chương Kháng chiến', category: 'medal', classes: true, variants: [] }, // historic [mem]
  // 'huy chương Kháng chiến chống Mỹ hạng nhì' (genre corpus)
  {
    name: 'Huy chương Kháng chiến chống Mỹ cứu nước',
    category: 'medal',
    classes: true,
    variants: ['Huy chương Kháng chiến chống Mỹ', 'Huy chương Kháng chiến chống Mỹ, cứu nước'],
  },

  // ── Danh hiệu vinh dự nhà nước (honorary titles) (2022 law Điều 59) ───────────────────────
  { name: 'Tỉnh Anh hùng', category: 'honorary-title', variants: [] },
  // A foreign State's hero titles held by a person in the news ('hai lần được phong tặng danh hiệu
  // Anh hùng Liên Xô' (genre27)): State honorary titles too (DECISIONS), named as written.
  { name: 'Anh hùng Liên Xô', category: 'honorary-title', variants: [] },
  { name: 'Anh hùng Liên bang Nga', category: 'honorary-title', variants: [] },
  { name: 'Thành phố Anh hùng', category: 'honorary-title', variants: [] },
  {
    name: 'Bà mẹ Việt Nam anh hùng',
    category: 'honorary-title',
    variants: ['Mẹ Việt Nam anh hùng', 'Mẹ VNAH', 'BMVNAH'],
  },
  {
    name: 'Anh hùng Lực lượng vũ trang nhân dân',
    category: 'honorary-title',
    variants: ['Anh hùng LLVTND', 'Anh hùng LLVT nhân dân', 'Anh hùng Lực lượng vũ trang'],
  },
  {
    name: 'Anh hùng Lao động',
    category: 'honorary-title',
    variants: ['Anh hùng Lao động thời kỳ đổi mới', 'Anh hùng Lao động trong thời kỳ đổi mới'],
  },
  { name: 'Nhà giáo nhân dân', category: 'honorary-title', variants: ['NGND'] },
  { name: 'Nhà giáo ưu tú', category: 'honorary-title', variants: ['NGƯT'] },
  { name: 'Thầy thuốc nhân dân', category: 'honorary-title', variants: ['TTND'] },
  { name: 'Thầy thuốc ưu tú', category: 'honorary-title', variants: ['TTƯT'] },
  { name: 'Nghệ sĩ nhân dân', category: 'honorary-title', variants: ['NSND'] },
  { name: 'Nghệ sĩ ưu tú', category: 'honorary-title', variants: ['NSƯT'] },
  { name: 'Nghệ nhân nhân dân', category: 'honorary-title', variants: ['NNND'] },
  { name: 'Nghệ nhân ưu tú', category: 'honorary-title', variants: ['NNƯT'] },

  // ── Danh hiệu thi đua (emulation titles) (2022 law Điều 19–21; 2003 law Điều 21–24) ───────
  // Individuals
  { name: 'Chiến sĩ thi đua toàn quốc', category: 'emulation-title', variants: ['CSTĐ toàn quốc'] },
  // 2022 law: 'Chiến sĩ thi đua bộ, ban, ngành, tỉnh'; 2003 law: '… cấp bộ, ngành, tỉnh, đoàn thể
  // trung ương'. News names one level; the level is part of the canonical name (DECISIONS.md).
  { name: 'Chiến sĩ thi đua cấp bộ', category: 'emulation-title', variants: ['CSTĐ cấp bộ'] },
  { name: 'Chiến sĩ thi đua cấp ngành', category: 'emulation-title', variants: ['CSTĐ cấp ngành'] },
  // Named as written without 'cấp' (DECISIONS: names as written): 'Chiến sỹ thi đua ngành Tài
  // chính' keeps its sector (kinds/award.ts SECTOR_AFTER), 'Chiến sỹ thi đua cơ sở' its level.
  { name: 'Chiến sĩ thi đua ngành', category: 'emulation-title', variants: [] },
  { name: 'Chiến sĩ thi đua cấp tỉnh', category: 'emulation-title', variants: ['CSTĐ cấp tỉnh', 'Chiến sĩ thi đua tỉnh'] },
  {
    name: 'Chiến sĩ thi đua cấp cơ sở',
    category: 'emulation-title',
    variants: ['CSTĐ cấp cơ sở'],
  },
  { name: 'Chiến sĩ thi đua cơ sở', category: 'emulation-title', variants: ['CSTĐ cơ sở'] },
  { name: 'Lao động tiên tiến', category: 'emulation-title', variants: ['LĐTT'] },
  { name: 'Chiến sĩ tiên tiến', category: 'emulation-title', variants: ['CSTT'] }, // armed forces
  // Collectives
  {
    name: 'Tập thể Lao động xuất sắc',
    category: 'emulation-title',
    variants: ['TTLĐXS', 'Tập thể lao động xuất sắc'],
  },
  { name: 'Tập thể lao động tiên tiến', category: 'emulation-title', variants: ['TTLĐTT'] },
  { name: 'Đơn vị quyết thắng', category: 'emulation-title', variants: ['ĐVQT'] }, // armed forces ≈ TTLĐXS
  { name: 'Đơn vị tiên tiến', category: 'emulation-title', variants: [] }, // armed forces ≈ TTLĐTT
  // Communes, villages, households (2022 law; news names the unit type that got it)
  {
    name: 'Xã, phường, thị trấn tiêu biểu',
    category: 'emulation-title',
    variants: ['xã tiêu biểu', 'phường tiêu biểu', 'thị trấn tiêu biểu'],
  },
  {
    name: 'Thôn, tổ dân phố văn hóa',
    category: 'emulation-title',
    variants: ['thôn văn hóa', 'tổ dân phố văn hóa', 'khu dân cư văn hóa'],
  },
  { name: 'Gia đình văn hóa', category: 'emulation-title', variants: [] },
  // (the household's higher grade and the village's title, genre38: '15% số hộ đạt danh hiệu gia
  // đình văn hóa tiêu biểu', '4/4 làng đều giữ vững danh hiệu "làng văn hóa"')
  { name: 'Gia đình văn hóa tiêu biểu', category: 'emulation-title', variants: [] },
  { name: 'Làng văn hóa', category: 'emulation-title', variants: [] },
  // Trade-union title of women workers, for the movement 'Giỏi việc nước, đảm việc nhà'
  // ('85% nữ CNVC đạt "Hai giỏi" các cấp'); written with a capital (kinds/award.ts TITLE_CASE_ONLY).
  { name: 'Hai giỏi', category: 'emulation-title', variants: [] },

  // ── Cờ thi đua (emulation flags) ──────────────────────────────────────────────────────────
  // Canonical 'Cờ thi đua' whatever the grantor ('của Chính phủ', 'của UBND tỉnh') or the reason
  // ('đơn vị dẫn đầu'); DECISIONS.md 004.
  {
    name: 'Cờ thi đua',
    category: 'flag',
    variants: [
      'Cờ thi đua xuất sắc',
      'cờ đơn vị dẫn đầu',
      'cờ thi đua đơn vị dẫn đầu',
      'cờ đơn vị dẫn đầu phong trào thi đua',
      'cờ thi đua đơn vị dẫn đầu phong trào thi đua',
      // the flag given to an excellent unit (genre corpus: 'UBND tỉnh tặng Cờ đơn vị xuất sắc trong
      // phong trào thi đua năm 2012')
      'cờ đơn vị xuất sắc',
      'cờ thi đua đơn vị xuất sắc',
      'cờ đơn vị xuất sắc trong phong trào thi đua',
    ],
  },

  // ── Certificates ──────────────────────────────────────────────────────────────────────────
  { name: 'Bằng khen', category: 'certificate', variants: [] },
  { name: 'Giấy khen', category: 'certificate', variants: [] },
  { name: 'Bằng Lao động sáng tạo', category: 'certificate', variants: ['Bằng LĐ sáng tạo'] }, // Tổng Liên đoàn Lao động Việt Nam

  // ── Prizes (State) ────────────────────────────────────────────────────────────────────────
  { name: 'Giải thưởng Hồ Chí Minh', category: 'prize', variants: [] },
  { name: 'Giải thưởng Nhà nước', category: 'prize', variants: [] },

  // ── Kỷ niệm chương ────────────────────────────────────────────────────────────────────────
  // Printed with its dedication: 'Kỷ niệm chương Vì sự nghiệp …' (e.g. '… Văn phòng cấp ủy' [?]).
  // Canonical is the bare 'Kỷ niệm chương'; whether the dedication is kept is for the rule to decide.
  { name: 'Kỷ niệm chương', category: 'commemorative', variants: [] },

  // ── Huy hiệu Đảng ─────────────────────────────────────────────────────────────────────────
  // Printed 'Huy hiệu 30 năm tuổi Đảng' (also 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90):
  // the 'N năm tuổi Đảng' form is recognised by code and mapped to 'Huy hiệu Đảng'.
  // (Provincial badges 'Huy hiệu tỉnh …' were dropped by the 2022 law; not listed.)
  { name: 'Huy hiệu Đảng', category: 'badge', variants: [] },
  // The Youth Union's badge for brave deeds, printed with its name in quotes: 'Huy hiệu "Tuổi trẻ
  // dũng cảm"' (genre corpus); the quotes are read by code (kinds/award.ts).
  { name: 'Huy hiệu Tuổi trẻ dũng cảm', category: 'badge', variants: [] },

  // ── Named prizes (genre corpus: 'giải thưởng Nguyễn Văn Trỗi và giải thưởng Tôn Đức Thắng') ──
  { name: 'Giải thưởng Tôn Đức Thắng', category: 'prize', variants: [] }, // Tổng Liên đoàn Lao động Việt Nam
  { name: 'Giải thưởng Nguyễn Văn Trỗi', category: 'prize', variants: [] }, // Công đoàn, workers' innovations
]

/**
 * Designations conferred on a product, an enterprise or a city by a programme (DECISIONS: titles
 * conferred on a place or an organisation are awards): awards only where a verb confers or
 * receives them ('3 lần được công nhận Thương hiệu quốc gia', 'đạt danh hiệu Hàng Việt Nam chất
 * lượng cao', 'được vinh danh là thành phố sạch ASEAN'); elsewhere they name the programme or
 * the goods ('Chương trình Thương hiệu quốc gia', 'bày bán hàng Việt Nam chất lượng cao').
 */
export const DESIGNATIONS: readonly AwardName[] = [
  { name: 'Thương hiệu quốc gia', category: 'emulation-title', variants: [] }, // Vietnam Value
  { name: 'Hàng Việt Nam chất lượng cao', category: 'emulation-title', variants: [] },
  { name: 'Thành phố sạch ASEAN', category: 'emulation-title', variants: ['Thành phố du lịch sạch ASEAN'] },
  // the new-countryside standard a commune or a district is recognised as having met ('được
  // công nhận là xã nông thôn mới'); 'Bộ tiêu chí xã nông thôn mới' names the criteria, no award
  { name: 'Xã nông thôn mới', category: 'emulation-title', variants: ['xã đạt chuẩn nông thôn mới'] },
  { name: 'Xã nông thôn mới nâng cao', category: 'emulation-title', variants: ['xã đạt chuẩn nông thôn mới nâng cao'] },
  { name: 'Xã nông thôn mới kiểu mẫu', category: 'emulation-title', variants: ['xã đạt chuẩn nông thôn mới kiểu mẫu'] },
  { name: 'Huyện nông thôn mới', category: 'emulation-title', variants: ['huyện đạt chuẩn nông thôn mới'] },
  // The education sector's titles of a school, conferred by the level named after them ('được công
  // nhận là trường tiên tiến xuất sắc cấp TP'); 'trường tiên tiến' in running text is no award.
  { name: 'Trường tiên tiến xuất sắc', category: 'emulation-title', variants: [], levels: true },
  { name: 'Trường tiên tiến', category: 'emulation-title', variants: [], levels: true },
  // International designations of a place, conferred by UNESCO ('được UNESCO công nhận là khu dự trữ
  // sinh quyển', '… là di sản văn hóa thế giới'); in running text they name the place's status or a
  // plan ('hình thành Khu dự trữ sinh quyển thế giới trình UNESCO công nhận'): no award there.
  { name: 'Khu dự trữ sinh quyển', category: 'emulation-title', variants: [] },
  // (named as written: 'rừng phòng hộ Cần Giờ, Khu Dự trữ sinh quyển thế giới' (genre26))
  { name: 'Khu dự trữ sinh quyển thế giới', category: 'emulation-title', variants: [], apposition: true },
  { name: 'Di sản văn hóa thế giới', category: 'emulation-title', variants: [], apposition: true },
  { name: 'Di sản thiên nhiên thế giới', category: 'emulation-title', variants: [], apposition: true },
  { name: 'Công viên địa chất toàn cầu', category: 'emulation-title', variants: ['Công viên địa chất toàn cầu UNESCO'], apposition: true },
]

/**
 * National prizes named after 'Giải' (or 'Giải báo chí', 'Giải thưởng'), perhaps in quotes: 'Giải
 * Báo chí quốc gia', 'Giải báo chí 'Búa liềm vàng'', 'Giải Thông tin đối ngoại'. `words` is the
 * prize's own name after 'Giải'; the fact name is 'Giải ' + words. A prize's name is an award
 * wherever written (genre30, genre32 gold); the event named after it ('Hội đồng Giải …') names the
 * same prize. A contest named by its organiser alone ('Giải báo chí Thông tấn xã Việt Nam') is not
 * listed: annotators differ on it (genre12 leaves it out, genre32 keeps it).
 */
export const NAMED_PRIZES: readonly { words: string; variants: readonly string[] }[] = [
  { words: 'Báo chí quốc gia', variants: [] },
  { words: 'Búa liềm vàng', variants: [] }, // press prize on Party building (Ban Tổ chức Trung ương)
  { words: 'Thông tin đối ngoại', variants: [] }, // external-information prize (Ban Tuyên giáo Trung ương)
]

/** Class of an order or medal: 'hạng Nhì', 'hạng II', 'hạng 2' → 'Nhì'. */
export const AWARD_CLASSES: readonly { name: 'Nhất' | 'Nhì' | 'Ba'; variants: readonly string[] }[] = [
  { name: 'Nhất', variants: ['nhất', 'I', '1'] },
  { name: 'Nhì', variants: ['nhì', 'hai', 'II', '2'] }, // 'Huân chương Chiến công hạng hai'
  { name: 'Ba', variants: ['ba', 'III', '3'] },
]

/**
 * Ranks of contest prizes; the award name is 'Giải ' + name ('Giải Nhì', 'Giải Khuyến khích',
 * 'Giải A'), level words dropped ('giải Khuyến khích cấp tỉnh' → 'Giải Khuyến khích'), and so
 * is 'đồng hạng' (tied: 'giải đồng hạng Xuất sắc' → 'Giải Xuất sắc').
 * A–C are used e.g. by the Búa liềm vàng press prize.
 */
export const PRIZE_RANKS: readonly { name: string; variants: readonly string[]; capitalised?: boolean }[] = [
  { name: 'Đặc biệt', variants: [] },
  { name: 'Nhất', variants: ['I', '1'] },
  { name: 'Nhì', variants: ['II', '2'] },
  { name: 'Ba', variants: ['III', '3'] },
  { name: 'Tư', variants: ['IV', '4'] }, // some contests have a fourth prize [mem]
  { name: 'Khuyến khích', variants: ['KK'] },
  { name: 'Triển vọng', variants: [] }, // press and arts prizes: 'giải Triển vọng'
  { name: 'Thủ khoa', variants: [] }, // the first prize of an exam or contest: 'đoạt giải thủ khoa cấp TP môn tin học'
  // a contest's thematic prize, given beside the ranked ones ('19 giải khuyến khích, 11 giải chuyên
  // đề' (genre28)); written lower case, as printed: 'Giải chuyên đề'
  { name: 'chuyên đề', variants: [] },
  { name: 'A', variants: [] },
  { name: 'B', variants: [] },
  { name: 'C', variants: [] },
  // a tied prize for bodies beside the ranked ones ('10 giải đồng hạng Xuất sắc cho các cơ quan
  // báo chí' (genre30)); capitalised unless after 'đồng hạng' ('tổ hòa giải xuất sắc' is no prize)
  { name: 'Xuất sắc', variants: [], capitalised: true },
]

/**
 * Contests and festivals held once a year and named with that year ('Hội thi cán bộ giảng dạy
 * chính trị giỏi … năm 2013', 'kỳ thi tốt nghiệp THPT năm 2013', 'Lễ hội … lần thứ nhất năm 2017'):
 * the year is the round's, the year the contest is held and its prizes given (refine/award-details.ts
 * reads it as the prizes' year; kinds/date.ts as the year of a day and month of the same sentence).
 * Not meetings ('hội nghị tổng kết công tác năm 2012' reviews a past year) nor press prizes
 * ('lễ trao giải báo chí năm 2012': the year of the works).
 */
export const CONTEST_EVENTS: readonly string[] = [
  'hội thi', 'cuộc thi', 'kỳ thi', 'hội diễn', 'hội giảng', 'hội thao', 'liên hoan', 'hội chợ', 'festival', 'ngày hội', 'lễ hội',
]

/**
 * Verbs that confer an award (DECISIONS.md: the grantor is X in 'X tặng', 'X trao tặng', 'được X
 * tặng/khen thưởng/tuyên dương'): their subject, or the agent after 'được', is the grantor.
 */
export const CONFER_VERBS: readonly string[] = [
  'tặng',
  'tặng thưởng',
  'trao tặng',
  'khen tặng',
  'khen thưởng',
  'tuyên dương',
  'công nhận',
  'truy tặng',
  'phong tặng',
  'truy phong',
  'xét tặng',
  // heritage rankings ('UBND tỉnh ban hành Quyết định … xếp hạng di tích X là di tích lịch sử cấp tỉnh')
  'xếp hạng',
  // 'được vinh danh là thành phố sạch ASEAN'
  'vinh danh',
]

/**
 * Verbs that only hand an award over ('Phó Bí thư trao …', 'Chủ tịch nước gắn Huân chương lên lá
 * cờ'): their subject is no grantor (DECISIONS.md); 'thay mặt X' before them names X.
 */
export const HAND_OVER_VERBS: readonly string[] = ['trao', 'trao thưởng', 'trao lại', 'gắn', 'trao cho']

/**
 * What a decision's author does before the conferring verb: 'X ký quyết định tặng …', 'X ban hành
 * quyết định tặng thưởng …', 'X đã có quyết định số 601/QĐ-TTg trao tặng …', 'X quyết định tặng …'.
 */
export const DECISION_VERBS: readonly string[] = ['ký', 'ban hành', 'ra', 'có']

/** Words between a subject and its verb that are not part of either: 'Chủ tịch nước cũng đã tặng'. */
export const VERB_ADVERBS: readonly string[] = [
  'đã', 'vừa', 'mới', 'cũng', 'đều', 'sẽ', 'đã từng', 'trực tiếp', 'trân trọng', 'long trọng', 'chính thức', 'lần lượt',
]

/**
 * Named bodies outside the Party and the State that confer awards: the Youth Union's committees,
 * the Labour Federation, the Fatherland Front's committees and the national associations
 * ('Trung ương Đoàn truy tặng Huy hiệu …', 'Kỷ niệm chương … của Hội Nhà báo Việt Nam'). They
 * are no offices (DECISIONS.md), but a grantor is any named body or office-holder that confers.
 * `place: true`: the head names a body only with the level or place that follows it ('Tỉnh
 * đoàn Quảng Trị', 'Liên đoàn Lao động tỉnh Hà Nam', 'Hội Nhà báo Việt Nam'); the others are
 * complete names. Case is folded by the matcher.
 */
export const GRANTOR_BODIES: readonly { name: string; place?: boolean }[] = [
  { name: 'Trung ương Đoàn' },
  { name: 'TƯ Đoàn' },
  { name: 'T.Ư Đoàn' },
  { name: 'Ban Chấp hành Trung ương Đoàn' },
  // State bodies under their former names, in histories of awards ('Bằng khen của Hội đồng Bộ
  // trưởng … (năm 1989)'): the Council of Ministers and the Council of State.
  { name: 'Hội đồng Bộ trưởng' },
  { name: 'Hội đồng Nhà nước' },
  { name: 'Hội đồng Đội Trung ương' },
  // The Youth Union's bloc committees ('được Đoàn khối các cơ quan Trung ương tặng Bằng khen').
  { name: 'Đoàn khối các cơ quan Trung ương' },
  { name: 'Đoàn khối Doanh nghiệp Trung ương' },
  { name: 'Đoàn khối các cơ quan', place: true }, // '… tỉnh Quảng Trị'
  { name: 'Đoàn khối Doanh nghiệp', place: true },
  { name: 'Tổng Liên đoàn Lao động Việt Nam' },
  { name: 'Tổng LĐLĐ Việt Nam' },
  { name: 'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam' },
  { name: 'Ủy ban Trung ương MTTQ Việt Nam' },
  // (the Front's central committee abbreviated: 'được Ủy ban T.Ư MTTQ Việt Nam tặng bằng khen')
  { name: 'Ủy ban T.Ư MTTQ Việt Nam' },
  { name: 'Ủy ban TƯ MTTQ Việt Nam' },
  { name: 'Ủy ban TW MTTQ Việt Nam' },
  { name: 'Ủy ban T.Ư Mặt trận Tổ quốc Việt Nam' },
  { name: 'Ủy ban TƯ Mặt trận Tổ quốc Việt Nam' },
  { name: 'UBTƯ MTTQ Việt Nam' },
  { name: 'Thành đoàn', place: true },
  { name: 'Tỉnh đoàn', place: true },
  { name: 'Huyện đoàn', place: true },
  { name: 'Quận đoàn', place: true },
  { name: 'Tổng Liên đoàn Lao động', place: true }, // '… VN'
  { name: 'Tổng LĐLĐ', place: true },
  { name: 'Liên đoàn Lao động', place: true },
  { name: 'LĐLĐ', place: true },
  { name: 'Ủy ban Mặt trận Tổ quốc Việt Nam', place: true },
  { name: 'Ủy ban MTTQ Việt Nam', place: true },
  { name: 'Ủy ban MTTQ', place: true },
  { name: 'Hội Nhà báo', place: true },
  { name: 'Hội Liên hiệp Phụ nữ', place: true },
  { name: 'Trung ương Hội Liên hiệp Phụ nữ', place: true },
  { name: 'Hội Nông dân', place: true },
  { name: 'Trung ương Hội Nông dân', place: true },
  { name: 'Hội Cựu chiến binh', place: true },
  { name: 'Trung ương Hội Cựu chiến binh', place: true },
  { name: 'Hội Chữ thập đỏ', place: true },
  { name: 'Trung ương Hội Chữ thập đỏ', place: true },
  { name: 'Hội Khuyến học', place: true },
  // UNESCO, which designates biosphere reserves, world heritage and global geoparks; named in full
  // where the text names it so ('được Tổ chức Giáo dục, Khoa học và Văn hóa Liên Hiệp Quốc (UNESCO)
  // công nhận là khu dự trữ sinh quyển').
  { name: 'UNESCO' },
  { name: 'Tổ chức Giáo dục, Khoa học và Văn hóa Liên Hiệp Quốc' },
  { name: 'Tổ chức Giáo dục, Khoa học và Văn hóa Liên Hợp Quốc' },
]

/**
 * The executive boards written before a conferring body that is no office, which confer for it
 * ('được BCH LĐLĐ TP. Hà Nội biểu dương và tặng bằng khen', 'Ban Thường vụ Tỉnh đoàn tặng …'): the
 * grantor is the board with its body, as written.
 */
export const GRANTOR_BOARDS: readonly string[] = ['Ban Chấp hành', 'BCH', 'Ban Thường vụ', 'BTV', 'Thường trực']

/**
 * Verbs before the award on the recipient's side ('Văn phòng Tỉnh ủy vinh dự đón nhận Huân
 * chương …', 'được tặng Bằng khen', 'đạt giải Nhì'): their subject is the recipient.
 */
export const RECEIVE_VERBS: readonly string[] = [
  'nhận',
  'đón nhận',
  'vinh dự nhận',
  'vinh dự đón nhận',
  'được tặng',
  'được tặng thưởng',
  'được trao',
  'được trao tặng',
  'được khen thưởng',
  'được công nhận',
  'được phong tặng',
  'được truy tặng',
  'đạt',
  'giành',
  'đoạt',
]

/**
 * Phrases that look like distinctions but are not awards (DECISIONS.md): yearly Party/State
 * quality ratings (xếp loại), not conferred distinctions.
 */
/**
 * Kinds of holders written right before a hero title they hold, the holder's name after it:
 * 'xã Anh hùng Trí Phải', 'đơn vị Anh hùng X' (kinds/award.ts reads the award, refine/award-details.ts
 * its recipient).
 */
export const HERO_HOLDER_KINDS: readonly string[] = ['xã', 'phường', 'thị trấn', 'huyện', 'quận', 'làng', 'đơn vị'];

export const NOT_AWARDS: readonly string[] = [
  'trong sạch, vững mạnh',
  'trong sạch, vững mạnh tiêu biểu',
  'hoàn thành xuất sắc nhiệm vụ',
  'hoàn thành tốt nhiệm vụ',
  'hoàn thành nhiệm vụ',
  'không hoàn thành nhiệm vụ',
]
