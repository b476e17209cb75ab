/**
 * Counted nouns ("units") of count facts, the post-modifiers dropped from them, and nouns after a
 * number that make it NOT a count.
 *
 * Source: notes/domain.md c.4, FACTS.md (count: "a number of people, bodies or items, and
 * percentages") and gold/DECISIONS.md (Counts; units).
 *
 * - `unit` is the lowercase counted noun ('đảng viên', 'tổ chức cơ sở đảng').
 * - `variants` are printed abbreviations or variant forms recognised as the same unit. Case and
 *   tone style are folded by the matcher; a fact's unit is the form as printed, lower case
 *   (DECISIONS.md: '12 ĐV' → 'đv'), and scoring folds abbreviations to their expansions. 'ĐV' is not a variant of 'đảng viên' (it can also mean 'đơn vị').
 * - Match the longest unit first: 'đảng bộ cơ sở' before 'đảng bộ', 'lượt người' before 'lượt',
 *   'giải khuyến khích' before 'giải'. Then drop UNIT_NARROWERS after it
 *   ('5 chi bộ trực thuộc' → 'chi bộ', '25 đảng viên mới' → 'đảng viên').
 * - A unit is a noun for people, bodies or countable items — never a measure (see NOT_COUNT_UNITS).
 */

export interface CountUnit {
  /** lowercase counted noun */
  unit: string
  /** printed abbreviations / variant forms recognised as this unit */
  variants: readonly string[]
  group: 'party' | 'people' | 'emulation' | 'admin' | 'item'
}

export const COUNT_UNITS: readonly CountUnit[] = [
  // ── Party ─────────────────────────────────────────────────────────────────────────────────
  { unit: 'đảng viên', variants: [], group: 'party' },
  { unit: 'chi bộ', variants: [], group: 'party' },
  { unit: 'chi bộ cơ sở', variants: [], group: 'party' }, // Party-statute type: kept whole
  { unit: 'đảng bộ', variants: [], group: 'party' },
  { unit: 'đảng bộ cơ sở', variants: [], group: 'party' }, // Party-statute type: kept whole
  { unit: 'đảng bộ bộ phận', variants: [], group: 'party' },
  { unit: 'tổ chức cơ sở đảng', variants: ['TCCSĐ', 'TCCS đảng'], group: 'party' },
  { unit: 'tổ chức đảng', variants: [], group: 'party' },
  { unit: 'cấp ủy viên', variants: [], group: 'party' },
  { unit: 'chi ủy viên', variants: [], group: 'party' },
  { unit: 'đảng ủy viên', variants: [], group: 'party' },
  { unit: 'ủy viên', variants: [], group: 'party' },
  { unit: 'đồng chí', variants: ['đ/c'], group: 'party' },
  { unit: 'quần chúng ưu tú', variants: [], group: 'party' },
  { unit: 'quần chúng', variants: [], group: 'party' },
  { unit: 'cán bộ, đảng viên', variants: ['cán bộ đảng viên'], group: 'party' },

  // ── People ────────────────────────────────────────────────────────────────────────────────
  { unit: 'người', variants: [], group: 'people' },
  { unit: 'người con', variants: [], group: 'people' }, // 'hơn 12.000 người con của huyện'
  { unit: 'người bạn', variants: [], group: 'people' },
  { unit: 'người thân', variants: [], group: 'people' },
  { unit: 'lượt người', variants: [], group: 'people' },
  { unit: 'lượt cán bộ', variants: [], group: 'people' },
  { unit: 'lượt đảng viên', variants: [], group: 'people' },
  { unit: 'lượt khách', variants: [], group: 'people' },
  { unit: 'cán bộ', variants: [], group: 'people' },
  { unit: 'công chức', variants: [], group: 'people' },
  { unit: 'viên chức', variants: [], group: 'people' },
  { unit: 'cán bộ, công chức', variants: ['CBCC', 'cán bộ công chức'], group: 'people' },
  { unit: 'công chức, viên chức', variants: ['CCVC', 'công chức viên chức'], group: 'people' },
  {
    unit: 'cán bộ, công chức, viên chức',
    variants: ['CBCCVC', 'CB, CC, VC', 'CB,CC,VC', 'cán bộ công chức viên chức'],
    group: 'people',
  },
  { unit: 'cán bộ, chiến sĩ', variants: ['cán bộ chiến sĩ'], group: 'people' },
  { unit: 'công nhân, viên chức, lao động', variants: ['CNVCLĐ'], group: 'people' },
  { unit: 'người lao động', variants: ['NLĐ'], group: 'people' },
  { unit: 'lao động', variants: [], group: 'people' },
  { unit: 'công nhân', variants: [], group: 'people' },
  { unit: 'nhân viên', variants: [], group: 'people' },
  { unit: 'đoàn viên', variants: [], group: 'people' },
  { unit: 'hội viên', variants: [], group: 'people' },
  { unit: 'đội viên', variants: [], group: 'people' },
  { unit: 'thành viên', variants: [], group: 'people' },
  { unit: 'đại biểu', variants: ['ĐB'], group: 'people' }, // '95/96 ĐB có mặt đồng ý' (as printed, lower case: 'đb')
  { unit: 'cử tri', variants: [], group: 'people' },
  { unit: 'học viên', variants: [], group: 'people' },
  { unit: 'học sinh', variants: ['HS'], group: 'people' },
  { unit: 'sinh viên', variants: [], group: 'people' },
  { unit: 'giáo viên', variants: [], group: 'people' },
  { unit: 'giảng viên', variants: [], group: 'people' },
  { unit: 'thí sinh', variants: ['TS'], group: 'people' },
  { unit: 'bác sĩ', variants: [], group: 'people' },
  { unit: 'y, bác sĩ', variants: ['y bác sĩ'], group: 'people' },
  { unit: 'bệnh nhân', variants: [], group: 'people' },
  { unit: 'người bệnh', variants: [], group: 'people' },
  { unit: 'ca bệnh', variants: [], group: 'people' },
  { unit: 'ca mắc', variants: [], group: 'people' },
  { unit: 'hộ', variants: [], group: 'people' },
  { unit: 'hộ gia đình', variants: [], group: 'people' },
  { unit: 'hộ dân', variants: [], group: 'people' },
  { unit: 'nữ sinh', variants: [], group: 'people' },
  { unit: 'nam sinh', variants: [], group: 'people' },
  { unit: 'hộ nghèo', variants: [], group: 'people' },
  { unit: 'hộ cận nghèo', variants: [], group: 'people' },
  { unit: 'hộ kinh doanh', variants: [], group: 'people' },
  { unit: 'gia đình', variants: [], group: 'people' },
  { unit: 'gia đình chính sách', variants: [], group: 'people' },
  { unit: 'người có công', variants: [], group: 'people' },
  { unit: 'nhân khẩu', variants: [], group: 'people' },
  { unit: 'người dân', variants: [], group: 'people' },
  { unit: 'nông dân', variants: [], group: 'people' },
  { unit: 'phụ nữ', variants: [], group: 'people' },
  { unit: 'thanh niên', variants: [], group: 'people' },
  { unit: 'tình nguyện viên', variants: [], group: 'people' },
  { unit: 'trẻ em', variants: [], group: 'people' },
  { unit: 'em', variants: [], group: 'people' }, // '50 em học sinh', 'trao quà cho 30 em'
  { unit: 'chị', variants: [], group: 'people' }, // women counted by the address word: '4.498 chị được đào tạo'
  { unit: 'chị em', variants: [], group: 'people' },
  { unit: 'chị gái', variants: [], group: 'people' },
  { unit: 'vị', variants: [], group: 'people' }, // honorific classifier of people: 'bổ sung tám vị tham gia Ủy ban'
  { unit: 'vị trí', variants: [], group: 'item' }, // not 'vị' + 'trí'
  { unit: 'cháu', variants: [], group: 'people' },
  // kin nouns: the kin word with its kind is the counted noun ('1 con ruột, 1 em dâu và 3 cháu
  // ruột', 'hai con gái ông Bình'): one count per noun, as written
  ...['con ruột', 'con dâu', 'con rể', 'con gái', 'con trai', 'con nuôi', 'em ruột', 'em dâu', 'em rể', 'em gái', 'em trai', 'cháu ruột', 'cháu nội', 'cháu ngoại', 'anh ruột', 'chị ruột', 'anh trai'].map(
    (unit): CountUnit => ({ unit, variants: [], group: 'people' }),
  ),
  { unit: 'người cao tuổi', variants: [], group: 'people' },
  { unit: 'cựu chiến binh', variants: ['CCB'], group: 'people' },
  { unit: 'thương binh', variants: [], group: 'people' },
  { unit: 'liệt sĩ', variants: [], group: 'people' },
  { unit: 'chiến sĩ', variants: [], group: 'people' },
  { unit: 'vận động viên', variants: ['VĐV'], group: 'people' },
  { unit: 'nghệ nhân', variants: [], group: 'people' },
  { unit: 'du khách', variants: [], group: 'people' },
  { unit: 'khách', variants: [], group: 'people' },
  { unit: 'nạn nhân', variants: [], group: 'people' },
  { unit: 'đối tượng', variants: [], group: 'people' },
  { unit: 'bị can', variants: [], group: 'people' },
  { unit: 'doanh nghiệp', variants: ['DN'], group: 'people' },
  { unit: 'hợp tác xã', variants: ['HTX'], group: 'people' },
  { unit: 'tổ hợp tác', variants: ['THT'], group: 'people' },
  { unit: 'công ty', variants: [], group: 'people' },
  { unit: 'ngân hàng', variants: [], group: 'people' }, // banks, bodies like companies ('hai ngân hàng')
  // Abbreviated counted nouns of the genre, counted as printed ('hơn 20.000 lượt CNLĐ', '26 CĐCS').
  { unit: 'công nhân lao động', variants: ['CNLĐ'], group: 'people' },
  { unit: 'công nhân viên chức', variants: ['CNVC'], group: 'people' },
  { unit: 'cán bộ công nhân viên', variants: ['CBCNV'], group: 'people' },
  { unit: 'cán bộ chiến sĩ', variants: ['CBCS'], group: 'people' },
  { unit: 'công đoàn cơ sở', variants: ['CĐCS'], group: 'people' },
  { unit: 'công đoàn bộ phận', variants: ['CĐ bộ phận', 'CĐBP'], group: 'people' },
  { unit: 'doanh nghiệp nhà nước', variants: ['DNNN'], group: 'people' },
  { unit: 'đại biểu Quốc hội', variants: ['ĐBQH'], group: 'people' },
  { unit: 'hội đồng coi thi', variants: ['HĐCT'], group: 'item' },
  { unit: 'giấy chứng nhận', variants: ['GCN', 'GCNQSD'], group: 'item' },

  // ── Emulation and awards ──────────────────────────────────────────────────────────────────
  { unit: 'tập thể', variants: [], group: 'emulation' },
  { unit: 'cá nhân', variants: [], group: 'emulation' },
  { unit: 'lượt tập thể', variants: [], group: 'emulation' },
  { unit: 'lượt cá nhân', variants: [], group: 'emulation' },
  { unit: 'bài dự thi', variants: [], group: 'emulation' },
  { unit: 'tác phẩm', variants: [], group: 'emulation' },
  { unit: 'bài viết', variants: [], group: 'emulation' },
  { unit: 'bài báo', variants: [], group: 'emulation' },
  { unit: 'tin bài', variants: ['tin, bài'], group: 'emulation' },
  { unit: 'giải', variants: [], group: 'emulation' },
  { unit: 'giải thưởng', variants: [], group: 'emulation' },
  // '1 giải Khuyến khích' → unit 'giải khuyến khích' (DECISIONS.md); the award fact is separate.
  { unit: 'giải đặc biệt', variants: [], group: 'emulation' },
  { unit: 'giải nhất', variants: ['giải I'], group: 'emulation' },
  { unit: 'giải nhì', variants: ['giải II'], group: 'emulation' },
  { unit: 'giải ba', variants: ['giải III'], group: 'emulation' },
  { unit: 'giải khuyến khích', variants: ['giải KK'], group: 'emulation' },
  { unit: 'giải a', variants: [], group: 'emulation' },
  { unit: 'giải b', variants: [], group: 'emulation' },
  { unit: 'giải c', variants: [], group: 'emulation' },
  { unit: 'giải triển vọng', variants: [], group: 'emulation' }, // a contest's prize classes
  { unit: 'giải chuyên đề', variants: [], group: 'emulation' }, // a thematic prize, a class of its own (PRIZE_RANKS)
  { unit: 'giải tư', variants: [], group: 'emulation' },
  { unit: 'giải phụ', variants: [], group: 'emulation' },
  { unit: 'sáng kiến', variants: [], group: 'emulation' },
  { unit: 'đề tài', variants: [], group: 'emulation' },
  { unit: 'giải pháp', variants: [], group: 'emulation' },
  { unit: 'mô hình', variants: [], group: 'emulation' },
  { unit: 'điển hình tiên tiến', variants: [], group: 'emulation' },
  { unit: 'điển hình', variants: [], group: 'emulation' },
  { unit: 'gương', variants: [], group: 'emulation' },
  { unit: 'gương điển hình', variants: [], group: 'emulation' },
  { unit: 'gương tiêu biểu', variants: [], group: 'emulation' }, // as 'gương điển hình': '45 gương tiêu biểu'
  { unit: 'huy hiệu đảng', variants: [], group: 'emulation' }, // 'trao 20 Huy hiệu Đảng'
  { unit: 'huân chương', variants: [], group: 'emulation' },
  { unit: 'huy chương', variants: [], group: 'emulation' },
  { unit: 'bằng khen', variants: [], group: 'emulation' },
  { unit: 'giấy khen', variants: [], group: 'emulation' },
  { unit: 'kỷ niệm chương', variants: [], group: 'emulation' },
  { unit: 'cờ thi đua', variants: [], group: 'emulation' },

  // ── Administrative units and bodies ───────────────────────────────────────────────────────
  { unit: 'tỉnh', variants: [], group: 'admin' },
  { unit: 'thành phố', variants: [], group: 'admin' },
  { unit: 'tỉnh, thành phố', variants: ['tỉnh thành'], group: 'admin' },
  { unit: 'huyện', variants: [], group: 'admin' },
  { unit: 'quận', variants: [], group: 'admin' },
  { unit: 'thị xã', variants: [], group: 'admin' },
  { unit: 'xã', variants: [], group: 'admin' },
  { unit: 'điểm cầu', variants: [], group: 'item' }, // video-conference sites
  { unit: 'yêu cầu', variants: [], group: 'item' },
  { unit: 'lưu ý', variants: [], group: 'item' },
  { unit: 'mức', variants: [], group: 'item' },
  { unit: 'đội tuyển', variants: [], group: 'people' },
  { unit: 'khán giả', variants: [], group: 'people' },
  { unit: 'diễn viên', variants: [], group: 'people' },
  { unit: 'đầu mối', variants: [], group: 'item' },
  { unit: 'kỳ họp', variants: [], group: 'item' },
  { unit: 'bên', variants: [], group: 'item' },
  { unit: 'bộ trưởng', variants: [], group: 'people' },
  { unit: 'ban chỉ đạo', variants: [], group: 'admin' },
  { unit: 'công an', variants: [], group: 'people' }, // 'Công an cấp tỉnh', 'Công an cấp xã'
  { unit: 'HCV', variants: ['huy chương vàng'], group: 'emulation' },
  { unit: 'HCB', variants: ['huy chương bạc'], group: 'emulation' },
  { unit: 'HCĐ', variants: ['huy chương đồng'], group: 'emulation' },
  { unit: 'chương', variants: [], group: 'item' },
  { unit: 'hình thức', variants: [], group: 'item' },
  { unit: 'phương án', variants: [], group: 'item' },
  { unit: 'nội dung', variants: [], group: 'item' },
  { unit: 'lĩnh vực', variants: [], group: 'item' },
  { unit: 'bước', variants: [], group: 'item' },
  { unit: 'khâu', variants: [], group: 'item' },
  { unit: 'trụ cột', variants: [], group: 'item' },
  { unit: 'mục tiêu', variants: [], group: 'item' },
  { unit: 'giải pháp', variants: [], group: 'item' },
  // principles and factors a text enumerates ('ba nguyên tắc chủ đạo', '3 yếu tố gồm: …'): every
  // such phrase in the gold of genre batches 1–40 is a count (2 and 2)
  { unit: 'nguyên tắc', variants: [], group: 'item' },
  { unit: 'yếu tố', variants: [], group: 'item' },
  { unit: 'đột phá', variants: [], group: 'item' },
  { unit: 'phường', variants: [], group: 'admin' },
  { unit: 'thị trấn', variants: [], group: 'admin' },
  { unit: 'xã, phường, thị trấn', variants: [], group: 'admin' },
  { unit: 'xã, phường', variants: [], group: 'admin' },
  { unit: 'đặc khu', variants: [], group: 'admin' },
  { unit: 'thôn', variants: [], group: 'admin' },
  { unit: 'bản', variants: [], group: 'admin' },
  { unit: 'ấp', variants: [], group: 'admin' },
  { unit: 'xóm', variants: [], group: 'admin' },
  { unit: 'làng', variants: [], group: 'admin' },
  { unit: 'buôn', variants: [], group: 'admin' },
  { unit: 'tổ dân phố', variants: ['TDP'], group: 'admin' },
  { unit: 'khu phố', variants: [], group: 'admin' },
  { unit: 'khu dân cư', variants: [], group: 'admin' },
  { unit: 'thôn, tổ dân phố', variants: [], group: 'admin' },
  { unit: 'đơn vị hành chính', variants: ['ĐVHC'], group: 'admin' },
  { unit: 'đơn vị', variants: [], group: 'admin' },
  { unit: 'cơ quan', variants: [], group: 'admin' },
  { unit: 'cơ quan, đơn vị', variants: [], group: 'admin' },
  { unit: 'phòng', variants: [], group: 'admin' },
  { unit: 'ban', variants: [], group: 'admin' },
  { unit: 'sở', variants: [], group: 'admin' },
  { unit: 'tổng cục', variants: [], group: 'admin' }, // '5 Tổng cục thuộc Bộ Tài chính'
  { unit: 'học viện', variants: [], group: 'admin' },
  { unit: 'ngành', variants: [], group: 'admin' },
  { unit: 'sở, ngành', variants: [], group: 'admin' },
  { unit: 'sở, ban, ngành', variants: [], group: 'admin' },
  { unit: 'địa phương', variants: [], group: 'admin' },
  { unit: 'quốc gia', variants: [], group: 'admin' },
  { unit: 'nước', variants: [], group: 'admin' }, // '20 nước'
  { unit: 'tổ chức', variants: [], group: 'admin' },
  { unit: 'câu lạc bộ', variants: ['CLB'], group: 'admin' },
  { unit: 'tổ', variants: [], group: 'admin' },
  { unit: 'nhóm', variants: [], group: 'admin' },
  { unit: 'đội', variants: [], group: 'admin' },
  { unit: 'đoàn', variants: [], group: 'admin' },
  { unit: 'đoàn kiểm tra', variants: [], group: 'admin' },
  { unit: 'trường', variants: [], group: 'admin' },
  { unit: 'trường học', variants: [], group: 'admin' },
  { unit: 'điểm trường', variants: [], group: 'admin' },
  { unit: 'bệnh viện', variants: [], group: 'admin' },
  { unit: 'trạm y tế', variants: [], group: 'admin' },
  { unit: 'khu công nghiệp', variants: ['KCN'], group: 'admin' },
  { unit: 'cụm công nghiệp', variants: ['CCN'], group: 'admin' },
  { unit: 'làng nghề', variants: [], group: 'admin' },
  { unit: 'chợ', variants: [], group: 'admin' },

  // ── Items, events, documents, cases ───────────────────────────────────────────────────────
  { unit: '%', variants: ['phần trăm'], group: 'item' }, // percentages (contract unit '%')
  { unit: 'văn bản', variants: [], group: 'item' },
  { unit: 'nghị quyết', variants: [], group: 'item' },
  { unit: 'chỉ thị', variants: [], group: 'item' },
  { unit: 'kết luận', variants: [], group: 'item' },
  { unit: 'quyết định', variants: [], group: 'item' },
  { unit: 'kế hoạch', variants: [], group: 'item' },
  { unit: 'chương trình', variants: [], group: 'item' },
  { unit: 'đề án', variants: [], group: 'item' },
  { unit: 'báo cáo', variants: [], group: 'item' },
  { unit: 'hướng dẫn', variants: [], group: 'item' },
  { unit: 'hồ sơ', variants: [], group: 'item' },
  { unit: 'thủ tục', variants: [], group: 'item' },
  { unit: 'thủ tục hành chính', variants: ['TTHC'], group: 'item' },
  { unit: 'đơn', variants: [], group: 'item' },
  { unit: 'đơn thư', variants: ['đơn, thư'], group: 'item' }, // '5.595 đơn, thư'
  { unit: 'kiến nghị', variants: [], group: 'item' },
  { unit: 'ý kiến', variants: [], group: 'item' },
  { unit: 'lượt ý kiến', variants: [], group: 'item' },
  { unit: 'câu hỏi', variants: [], group: 'item' },
  { unit: 'nhiệm vụ', variants: [], group: 'item' },
  { unit: 'chỉ tiêu', variants: [], group: 'item' },
  { unit: 'tiêu chí', variants: [], group: 'item' },
  { unit: 'tiêu chí thành phần', variants: [], group: 'item' }, // sub-criteria, counted apart from criteria
  { unit: 'hội nghị', variants: [], group: 'item' },
  { unit: 'cuộc', variants: [], group: 'item' },
  { unit: 'cuộc kiểm tra', variants: [], group: 'item' },
  { unit: 'cuộc giám sát', variants: [], group: 'item' },
  { unit: 'cuộc thanh tra', variants: [], group: 'item' },
  { unit: 'đợt', variants: [], group: 'item' },
  { unit: 'lớp', variants: [], group: 'item' },
  { unit: 'lớp học', variants: [], group: 'item' },
  { unit: 'lớp tập huấn', variants: [], group: 'item' },
  { unit: 'lớp bồi dưỡng', variants: [], group: 'item' },
  { unit: 'buổi', variants: [], group: 'item' },
  { unit: 'phiên', variants: [], group: 'item' },
  { unit: 'lượt', variants: [], group: 'item' },
  { unit: 'công trình', variants: [], group: 'item' },
  { unit: 'dự án', variants: [], group: 'item' },
  { unit: 'dự án luật', variants: [], group: 'item' }, // a bill, not a project
  { unit: 'dự thảo luật', variants: [], group: 'item' },
  { unit: 'hạng mục', variants: [], group: 'item' },
  { unit: 'vụ', variants: [], group: 'item' },
  { unit: 'vụ việc', variants: [], group: 'item' },
  { unit: 'vụ án', variants: [], group: 'item' },
  { unit: 'trường hợp', variants: [], group: 'item' },
  { unit: 'căn nhà', variants: [], group: 'item' },
  { unit: 'ngôi nhà', variants: [], group: 'item' },
  { unit: 'căn nhà lá', variants: [], group: 'item' }, // thatched house: a lexical compound ('3 căn nhà lá, vách tôn')
  { unit: 'nhà lá', variants: [], group: 'item' },
  { unit: 'quần đảo', variants: [], group: 'item' }, // 'hai quần đảo Hoàng Sa và Trường Sa'
  { unit: 'căn hộ', variants: [], group: 'item' },
  { unit: 'nhà', variants: [], group: 'item' },
  { unit: 'nhà tình nghĩa', variants: [], group: 'item' },
  { unit: 'nhà đại đoàn kết', variants: [], group: 'item' },
  { unit: 'xe', variants: [], group: 'item' },
  { unit: 'phương tiện', variants: [], group: 'item' },
  { unit: 'ô tô', variants: [], group: 'item' },
  { unit: 'tàu', variants: [], group: 'item' },
  { unit: 'tàu cá', variants: [], group: 'item' },
  { unit: 'cơ sở', variants: [], group: 'item' },
  { unit: 'sản phẩm', variants: [], group: 'item' },
  { unit: 'sản phẩm OCOP', variants: [], group: 'item' },
  { unit: 'mặt hàng', variants: [], group: 'item' },
  { unit: 'suất quà', variants: [], group: 'item' },
  { unit: 'phần quà', variants: [], group: 'item' },
  { unit: 'suất học bổng', variants: [], group: 'item' },
  { unit: 'học bổng', variants: [], group: 'item' },
  { unit: 'cuốn sách', variants: [], group: 'item' },
  { unit: 'đầu sách', variants: [], group: 'item' },
  { unit: 'ấn phẩm', variants: [], group: 'item' },
  { unit: 'di tích', variants: [], group: 'item' },
  { unit: 'tuyến đường', variants: [], group: 'item' },
  { unit: 'cây cầu', variants: [], group: 'item' },
  // a road's lanes, counted (every tuning gold counts them: '6 làn xe', '2 làn hỗn hợp' → 'làn')
  { unit: 'làn xe', variants: [], group: 'item' },
  { unit: 'làn', variants: [], group: 'item' },
  { unit: 'cây', variants: [], group: 'item' },
  { unit: 'cây xanh', variants: [], group: 'item' }, // 'xanh' alone ends a phrase (an adjective)
  { unit: 'camera', variants: [], group: 'item' },
  { unit: 'máy tính', variants: [], group: 'item' },
  { unit: 'thiết bị', variants: [], group: 'item' },
  { unit: 'giường bệnh', variants: [], group: 'item' },
  { unit: 'điểm du lịch', variants: [], group: 'item' },
]

/**
 * Titles counted as people that the role titles (lexicon/roles.ts, titles before a person's name)
 * lack: short forms used when counting a body's officials ('Ban Kinh tế Trung ương có 8 Phó ban',
 * '136 phó phòng, ban'). The unit is the title, lower case.
 */
export const COUNT_TITLES: readonly string[] = [
  'Phó ban', 'Phó Ban', 'Phó phòng', 'Phó Phòng', 'Phó khoa', 'Phó Khoa', 'Phó chánh văn phòng', 'Phó Chánh văn phòng',
  // heads of a commune's health station ('3 Trạm trưởng Trạm Y tế'), deputies of a head ('với hai cấp phó')
  'Trạm trưởng', 'trạm trưởng', 'cấp phó',
]

/**
 * Classifiers between a number and its noun: in the count's span, not in its unit
 * ('trên 40 chiếc tàu dịch vụ' → unit 'tàu dịch vụ'; DECISIONS.md counted nouns).
 */
export const COUNT_CLASSIFIERS: readonly string[] = ['chiếc', 'cái', 'ngôi', 'bức', 'tấm', 'quyển', 'pho', 'bản']

/**
 * Known units that also head longer nouns: followed by a noun phrase, the unit is the whole
 * phrase ('hai cuộc kháng chiến', '2 cây sao dầu', '15 nhà khoa học', '3 nhà máy'); alone they
 * count themselves ('3 cuộc', '50 nhà bị sập'). The kind heads (KIND_HEADS) too: '60 dự án bất
 * động sản', '9 đơn vị sự nghiệp', '40 câu hỏi chất vấn'; not where a compound with a function
 * word follows ('56 dự án | nhà ở', '19 dự án đầu tư | nước ngoài'), nor where known units make a
 * compound unit instead ('3 đơn vị thành viên').
 * Not 'người': what follows it is mostly a verb ('69 người gặp nạn'), so its compounds are
 * units of their own ('người con', 'người bạn').
 */
export const HEAD_UNITS: readonly string[] = [
  'cuộc', 'cây', 'nhà', 'vụ', 'dự án', 'đơn vị', 'đề tài', 'công ty', 'ngân hàng', 'câu hỏi', 'đơn thư', 'tổ',
  'phương tiện', // vehicles of a kind ('7,9 triệu phương tiện giao thông', '17 phương tiện tàu thuyền')
  // visits counted with repetition keep 'lượt' with whoever makes them, listed or not ('400 lượt
  // ngư dân', '19 lượt sỹ quan'; gold 20:1 over all batches); alone it counts itself ('14 triệu lượt')
  'lượt',
]

/**
 * HEAD_UNITS whose complement names a kind of them ('60 dự án bất động sản', '9 đơn vị sự
 * nghiệp', '4 tổ công đoàn'): before a proper name the words after them are the name's own
 * classifier, and they count alone ('2 dự án | đường Phong Châu', '2 dự án | thủy điện Đồng Nai 6').
 */
export const KIND_HEADS: readonly string[] = ['dự án', 'đơn vị', 'đề tài', 'công ty', 'câu hỏi', 'đơn thư', 'tổ']

/**
 * HEAD_UNITS that count events named by a verbal noun: the verb after them is the event's name,
 * not the end of the phrase ('6 cuộc thanh tra', '41 cuộc gặp gỡ, đối thoại').
 */
export const EVENT_HEADS: readonly string[] = ['cuộc', 'vụ'] // 'vụ': incidents named by their verb ('19 vụ đuối nước', '41 vụ tổ chức môi giới mại dâm')

/**
 * Verbs and adverbs that never name the event after an EVENT_HEADS noun: they say how or that it
 * happened, so they end its phrase there too ('7 vụ | liên tiếp', '3 cuộc | diễn ra').
 */
export const EVENT_HEAD_NOT_NAMES: readonly string[] = ['liên tiếp', 'liên tục', 'xảy ra', 'diễn ra']

/**
 * Open-class nouns whose counted noun is named by what follows them, even where a plain noun
 * phrase would stop: a verb of purpose or a word of kind (COMPLEMENTS: '4 bãi xử lý rác', '2 khu
 * liên hợp xử lý chất thải', '73 căn thấp tầng') or a title ('3 chức danh phó giám đốc').
 */
export const COMPLEMENT_HEADS: readonly string[] = ['khu', 'bãi', 'căn', 'chức danh', 'nhà máy', 'trạm', 'lò', 'điểm', 'hồ'] // 'hai hồ xử lý' (treatment ponds)

/** What continues a COMPLEMENT_HEADS noun where a phrase would end (verbs of purpose, words of kind). */
export const COMPLEMENTS: readonly string[] = [
  'xử lý', 'chôn lấp', 'tập kết', 'trung chuyển', 'sản xuất', 'chế biến', 'tái chế', 'vui chơi', 'nghỉ dưỡng', 'tái định cư',
  'liên hợp', 'thấp tầng', 'cao tầng', 'trông giữ', 'thu gom',
  'vi phạm', // points of violation ('9 điểm vi phạm nghiêm trọng'), where 'vi phạm' alone ends a phrase
  'vui chơi giải trí', // one verb of purpose ('522 điểm vui chơi giải trí'), where 'giải trí' is no object of 'vui chơi'
  'cảnh giới', 'đăng ký', // watch and registration posts ('5 điểm cảnh giới | đường ngang', '4 điểm đăng ký | sang tên ô tô')
]

/**
 * Compound nouns whose second syllable is otherwise a function word ('ở' to live: 'nhà ở'
 * housing), mined from what precedes 'ở' after counts in the genre corpus. A noun phrase does
 * not end inside one: after a counted noun such a compound modifies it ('56 dự án nhà ở' →
 * 'dự án', '2.400 căn hộ nhà ở xã hội' → 'căn hộ').
 */
export const FUNCTION_WORD_COMPOUNDS: readonly string[] = ['nhà ở', 'chỗ ở', 'nơi ở', 'nước ngoài']

/**
 * Words of NOT_COUNT_UNITS that head a counted noun when a noun follows them (mined from what
 * follows 'N điểm' in the genre corpus: 'điểm vui chơi', 'điểm sạt lở'); alone they stay no
 * count ('8,5 điểm' a score; 'tăng cả 3 mặt' aspects, but '50 mặt hàng' goods). A road's
 * lanes are counted items ('làn', COUNT_UNITS).
 */
export const MEASURE_HEADS: readonly string[] = ['điểm', 'mặt']

/**
 * Ratings and sizes that name a type right after a number ('khách sạn 5 sao', 'sân golf 18 lỗ'):
 * no count (genre NOTES: a number that names a class, like 'xe dưới 10 chỗ'). Only right after
 * the number: after a classifier they are nouns ('2 cây sao dầu').
 */
export const TYPE_RATINGS: readonly string[] = ['sao', 'lỗ']

/** Longest counted noun phrase read as an open class, in syllables (longer runs are clauses, not names). */
export const MAX_NOUN_PHRASE_SYLLABLES = 5

/**
 * Post-modifiers that only narrow the unit and are dropped from it (DECISIONS.md: '120 đảng viên
 * nữ' → 'đảng viên'). NOT listed on purpose: 'cơ sở' ('đảng bộ cơ sở', 'chi bộ cơ sở' are whole
 * Party-statute units) and 'nghèo' / 'cận nghèo' ('hộ nghèo' is its own unit).
 */
export const UNIT_NARROWERS: readonly string[] = [
  'trực thuộc',
  'nữ',
  'nam',
  'chính thức',
  'dự bị',
  'mới',
  'tiêu biểu',
  'xuất sắc',
  'tiên tiến',
  'điển hình',
  'cao tuổi',
  'lâu năm',
  'trẻ',
  'các loại', // '2.000 xe các loại' → 'xe'
  'là người dân tộc thiểu số',
  'người dân tộc thiểu số',
  'dân tộc thiểu số',
  'có hoàn cảnh khó khăn',
  'khó khăn',
  'đạt chuẩn quốc gia', // '31/66 trường học đạt chuẩn quốc gia' → 'trường học'
  'chuẩn quốc gia',
  'loại nhỏ', // 'hơn 60 máy phát điện loại nhỏ' → 'máy phát điện'
  'loại lớn',
  // modifiers that follow counts of known units in the genre corpus and only narrow or point
  'trọng điểm', // '5 bệnh viện trọng điểm' → 'bệnh viện'
  'trọng tâm', // '4 nhiệm vụ trọng tâm' → 'nhiệm vụ'
  'quan trọng', // '2 nhiệm vụ quan trọng' → 'nhiệm vụ'
  // a level or rank that only places the counted ('17 đề tài khoa học cấp tỉnh' → 'đề tài khoa
  // học', '57 di tích quốc gia' → 'di tích'); a legal category keeps its level where COUNTED
  // reads it ('30 đơn vị hành chính cấp xã')
  'cấp tỉnh',
  'cấp huyện',
  'cấp xã',
  'cấp quận',
  'cấp phường',
  'cấp cơ sở',
  'cấp thành phố',
  'cấp quốc gia',
  'quốc gia',
  'chủ chốt',
  'nói trên', // 'the above-mentioned'
  'còn lại',
  'khác',
  'đầu tiên', // '8 cuốn truyện tranh đầu tiên'
  'chức năng', // '6 vụ chức năng' (a ministry's functional departments) → 'vụ'
  // a value judgement that only picks some out ('116 tin giá trị giúp …' → 'tin', genre43)
  'có giá trị',
  'giá trị',
  'ngoại lai', // from elsewhere ('1,2 triệu phương tiện ngoại lai' → 'phương tiện')
  'giống', // breeding stock: '4 con nhím giống' → 'con nhím', '35.000 con cá giống'
]

/**
 * Nouns after a number that make it NOT a count (FACTS.md, DECISIONS.md: durations, ordinals,
 * times, money, area, length, weight, volume, power, age, scores, degrees; names and idioms).
 * Bare 'lần' is not a unit ('gấp 3 lần', 'N lần'), but 'lượt' and 'lượt người' are.
 */
export const NOT_COUNT_UNITS: readonly string[] = [
  // durations and periods
  'năm',
  'tháng',
  'ngày',
  'tuần',
  'giờ',
  'tiếng',
  'phút',
  'giây',
  'quý',
  'mùa', // '95 mùa xuân' (years of age), 'hai mùa vụ'
  'thế kỷ',
  'thập kỷ',
  'năm học',
  'nhiệm kỳ',
  'giai đoạn', // a phase is a stretch of time, like a term ('triển khai thành 5 giai đoạn')
  'đêm',
  'năm tuổi Đảng',
  // times, ordinals, ranks
  'lần',
  'thứ',
  'hạng',
  'bậc',
  'vòng',
  // money
  'đồng',
  'nghìn đồng',
  'ngàn đồng',
  'triệu đồng',
  'tỷ đồng',
  'tỉ đồng',
  'đ',
  'VNĐ',
  'VND',
  'USD',
  'đô la',
  'đô-la',
  'đô la Mỹ',
  'euro',
  'EUR',
  'yên',
  'nhân dân tệ',
  'bảng Anh',
  'cent',
  // area
  'ha',
  'héc-ta',
  'hecta',
  'hécta',
  'héc ta',
  'm2',
  'm²',
  'km2',
  'km²',
  'mẫu',
  'sào',
  // length
  'km',
  'ki-lô-mét',
  'cây số',
  'cây vàng', // taels of gold
  'm',
  'mét',
  'tấc', // a tenth of a metre
  'thước', // an old measure of length and land ('cấp lại 6 thước để làm đất giãn cư')
  'cm',
  'mm',
  // weight
  'tấn',
  'kg',
  'tạ',
  'yến',
  'gam',
  'g',
  // volume
  'lít',
  'm3',
  'm³',
  // power and energy
  'MW',
  'kW',
  'kWh',
  'pha', // electric phases ('đường hạ thế ba pha')
  'GW',
  'MWh',
  // an engine's displacement ('xe dưới 1.500 cc')
  'cc',
  // lengths of text
  'ký tự',
  'chữ',
  // age, scores, degrees, levels
  'tuổi',
  'điểm', // score points ('9/10 điểm'); followed by a noun a site (MEASURE_HEADS: 'điểm du lịch')
  'điểm phần trăm', // percentage points
  'thang điểm', // '26,85 thang điểm 30'
  'độ',
  '°C',
  'cấp', // 'chính quyền 2 cấp'
  'tầng',
  'mặt', // aspects ('tăng cả 3 mặt'); followed by a noun an item (MEASURE_HEADS: 'mặt hàng')
  // capacities and shares of time ('xe dưới 10 chỗ ngồi', 'dành khoảng 1/2 thời gian')
  'chỗ ngồi',
  'chỗ',
  'thời gian',
  // names and idioms
  'con số', // 'tăng trưởng hai con số'
  'mũi giáp công', // 'ba mũi giáp công' (the three-pronged offensive, a doctrine's name)
  'phần', // fractions: 'một phần tư'
  // amounts, not items ('giảm 3/4 lượng điện năng', '1/3 tổng sản lượng lương thực')
  'lượng',
  'sản lượng',
  'tổng sản lượng',
  'tổng lượng',
  'tổng số', // '2/3 tổng số đại biểu' (a fraction of a whole)
  'mức', // '1/6 mức thu nhập bình quân'
]
