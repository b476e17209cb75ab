/**
 * Words around person names: role titles, non-role prefixes, credit words, family names.
 *
 * Source: notes/domain.md e.4, FACTS.md (person.role = the words written before the name) and
 * gold/DECISIONS.md (military ranks, degrees and epithets are no roles; Front titles do count).
 *
 * A person's role is often a title + a body: 'Phó Bí thư Thường trực' + 'Tỉnh ủy',
 * 'Chủ tịch' + 'UBND tỉnh', 'Chánh Văn phòng' + 'Tỉnh ủy'. ROLE_TITLES holds only the title part;
 * the body comes from bodies.ts. Combined titles are chained by commas:
 * 'Ủy viên Ban Thường vụ, Chánh Văn phòng Tỉnh ủy'.
 * Case: canonical case as printed in formal text; the matcher folds case and tone style.
 */

/** Titles that can stand before a person's name (without their body). Longest match wins. */
export const ROLE_TITLES: readonly string[] = [
  // ── Party ─────────────────────────────────────────────────────────────────────────────────
  'Tổng Bí thư',
  'Thường trực Ban Bí thư',
  'Ủy viên Bộ Chính trị',
  'Bí thư Trung ương Đảng',
  'Ủy viên Trung ương Đảng',
  'Ủy viên dự khuyết Trung ương Đảng',
  'Ủy viên Ban Chấp hành Trung ương Đảng',
  'Ủy viên dự khuyết Ban Chấp hành Trung ương Đảng',
  // the Central Committee abbreviated ('Ủy viên T.Ư Đảng', 'UVTƯ Đảng', 'Bí thư TW Đảng'), as printed
  'Ủy viên T.Ư Đảng', 'Ủy viên TƯ Đảng', 'Ủy viên TW Đảng', 'Ủy viên BCH Trung ương Đảng', 'Ủy viên BCH TƯ Đảng',
  'Ủy viên BCH T.Ư Đảng', 'Ủy viên BCH TW Đảng', 'Ủy viên dự khuyết T.Ư Đảng', 'Ủy viên dự khuyết TƯ Đảng',
  'Ủy viên dự khuyết TW Đảng', 'UVTƯ Đảng', 'UVTW Đảng', 'UV TƯ Đảng', 'UVBCH TƯ Đảng',
  'Bí thư T.Ư Đảng', 'Bí thư TƯ Đảng', 'Bí thư TW Đảng',
  // any member of a board or committee named after it ('Ủy viên Ủy ban Pháp luật của Quốc hội')
  'Ủy viên',
  'Bí thư',
  'Phó Bí thư',
  'Phó Bí thư Thường trực',
  'Bí thư Thường trực', // e.g. of the Youth Union central committee
  'Ủy viên Ban Thường vụ',
  'Ủy viên Ban Chấp hành',
  'Ủy viên Ủy ban Kiểm tra',
  'Tỉnh ủy viên', // = Ủy viên Ban Chấp hành Đảng bộ tỉnh
  'Thành ủy viên',
  'Huyện ủy viên',
  'Thị ủy viên',
  'Quận ủy viên',
  'Đảng ủy viên',
  'Chi ủy viên',
  'Cấp ủy viên',
  // both cases kept as printed: 'Trưởng Ban Tổ chức Tỉnh ủy' / 'Trưởng ban Pháp chế HĐND tỉnh'
  // (the matcher folds case, so other case-only variants are not listed)
  'Trưởng ban',
  'Trưởng Ban',
  'Phó Trưởng ban',
  'Phó Trưởng ban Thường trực',
  'Chánh Văn phòng',
  'Phó Chánh Văn phòng',
  'Chủ nhiệm',
  'Phó Chủ nhiệm',
  'Phó Chủ nhiệm Thường trực',
  'Báo cáo viên', // DECISIONS.md lists it among office-holder titles

  // ── State: central ────────────────────────────────────────────────────────────────────────
  'Chủ tịch nước',
  'Phó Chủ tịch nước',
  'Thủ tướng',
  'Thủ tướng Chính phủ',
  'Phó Thủ tướng',
  'Phó Thủ tướng Thường trực',
  'Phó Thủ tướng Chính phủ',
  'Chủ tịch Quốc hội',
  'Phó Chủ tịch Quốc hội',
  'Tổng Thư ký Quốc hội',
  'Tổng Thư ký',
  'Tổng thư ký', // as international bodies' heads are written ('Tổng thư ký IPU Martin Chungon')
  'Ủy viên Ủy ban Thường vụ Quốc hội',
  'Bộ trưởng',
  'Thứ trưởng',
  'Thứ trưởng Thường trực',
  'Tổng cục trưởng',
  'Phó Tổng cục trưởng',
  'Cục trưởng',
  'Phó Cục trưởng',
  'Vụ trưởng',
  'Phó Vụ trưởng',
  'Chánh án',
  'Phó Chánh án',
  'Viện trưởng',
  'Phó Viện trưởng',
  'Tổng Kiểm toán Nhà nước',
  'Phó Tổng Kiểm toán Nhà nước',
  'Tổng Thanh tra Chính phủ',
  'Phó Tổng Thanh tra Chính phủ',
  'Thống đốc',
  'Phó Thống đốc',
  'Đại sứ',
  'Tổng Lãnh sự',
  'Người phát ngôn',
  'Trợ lý',

  // ── State: elected bodies ─────────────────────────────────────────────────────────────────
  'Đại biểu Quốc hội',
  'Đại biểu Hội đồng nhân dân',
  'Đại biểu HĐND',
  'Trưởng Đoàn',
  'Phó Trưởng Đoàn',
  'Phó Trưởng Đoàn chuyên trách',
  'Ủy viên Thường trực',
  'Ủy viên chuyên trách',
  'Phó Trưởng ban chuyên trách',

  // ── State: local government and departments ───────────────────────────────────────────────
  'Chủ tịch',
  'Phó Chủ tịch',
  'Phó Chủ tịch Thường trực',
  'Giám đốc',
  'Phó Giám đốc',
  'Chánh Thanh tra',
  'Phó Chánh Thanh tra',
  'Trưởng phòng',
  'Phó Trưởng phòng',
  'Phụ trách',
  'Chuyên viên',
  'Chuyên viên chính',
  'Chuyên viên cao cấp',
  'Chi cục trưởng',
  'Phó Chi cục trưởng',
  'Trưởng thôn',
  'Trưởng ấp',
  'Trưởng bản',
  'Trưởng khu phố',
  'Tổ trưởng',
  'Tổ trưởng tổ dân phố',

  // ── Police and military posts (posts, not ranks: ranks are in PERSON_PREFIXES) ───────────
  'Trưởng Công an',
  'Phó Trưởng Công an',
  'Chỉ huy trưởng',
  'Phó Chỉ huy trưởng',
  'Chính ủy',
  'Phó Chính ủy',
  'Tư lệnh',
  'Phó Tư lệnh',
  'Đồn trưởng',
  'Chính trị viên',

  // ── Front and mass organisations (Front titles count as roles, DECISIONS.md) ──────────────
  // Front bodies are not offices, so bodies.ts does not compose them: the usual forms are listed whole.
  'Chủ tịch Ủy ban Mặt trận Tổ quốc',
  'Phó Chủ tịch Ủy ban Mặt trận Tổ quốc',
  'Chủ tịch Ủy ban MTTQ',
  'Phó Chủ tịch Ủy ban MTTQ',
  'Chủ tịch UBMTTQ',
  'Phó Chủ tịch UBMTTQ',
  'Trưởng Ban Công tác Mặt trận',

  // ── Schools, hospitals, institutes ────────────────────────────────────────────────────────
  'Hiệu trưởng',
  'Phó Hiệu trưởng',
  'Trưởng khoa',
  'Phó Trưởng khoa',
  'Giảng viên',
  'Giáo viên',

  // ── Press ─────────────────────────────────────────────────────────────────────────────────
  'Tổng Biên tập',
  'Phó Tổng Biên tập',
  'Thư ký Tòa soạn',
  'Phóng viên',

  // ── Enterprises and cooperatives ──────────────────────────────────────────────────────────
  'Tổng Giám đốc',
  'Phó Tổng Giám đốc',
  'Chủ tịch Hội đồng quản trị',
  'Chủ tịch HĐQT',
  'Chủ tịch Hội đồng thành viên',
  'Chủ tịch HĐTV',
  'Giám đốc điều hành',
  'Kế toán trưởng',
  'Chủ nhiệm Hợp tác xã',
  'Chủ nhiệm HTX',
]

/**
 * Titles that are a role only right before a person's name, kept apart from ROLE_TITLES because
 * elsewhere (before a body) they are no title: a deputy is written 'ĐB Hà Sơn Nhin' or 'đại biểu
 * Trần Hoàng Ngân' (the role as written: 'ĐB', 'đại biểu'; genre batch1 NOTES.md), a conductor
 * 'Nhạc trưởng Olivier Ochanine'.
 */
export const ROLE_WORDS_BEFORE_NAMES: readonly string[] = [
  'ĐB', 'ĐBQH', 'Đại biểu', 'Nhạc trưởng',
  // foreign provincial governors ('Phó Tỉnh trưởng Phúc Kiến Lý Đức Kim', 'Tỉnh trưởng tỉnh Chăm-pa-sắc')
  'Tỉnh trưởng', 'Phó Tỉnh trưởng',
]

/**
 * Countries whose short names are also given names ('Anh', 'Đức', 'Nga'): after a title they
 * begin a Vietnamese name ('Chủ tịch Đức Anh'), not a foreign holder's country. The other
 * countries do ('Chủ tịch Quốc hội Lào Pany Yathotou').
 */
export const COUNTRIES_THAT_ARE_GIVEN_NAMES: readonly string[] = ['Anh', 'Đức', 'Nga', 'Mỹ', 'Bỉ'];

/**
 * Family names that are also the first word of titles: 'Phó' begins 'Phó Giám đốc', 'Phó Chủ tịch',
 * 'Phó Ban', 'Phó Trưởng CA'. Followed by the first word of a title or of a body it is that
 * title, no person ('Phó Đức Phương' stays one).
 */
export const TITLE_PREFIX_SURNAMES: readonly string[] = ['Phó']

/** Degrees that are written with a dot before the name ('GS. Trương Minh', 'PGS.TS. Lê Văn A'): the dot ends no sentence. */
export const DOTTED_DEGREES: readonly string[] = ['GS', 'PGS', 'TS', 'ThS', 'TSKH', 'BS', 'NCS']

/**
 * Words that may precede a role and modify it: 'nguyên Bí thư Tỉnh ủy' (former),
 * 'Q. Chủ tịch' / 'quyền Chủ tịch' (acting). Whether they stay in `role` is the rule's decision.
 */
export const ROLE_MODIFIERS: readonly string[] = ['nguyên', 'quyền', 'Q.', 'tân', 'cố']

/**
 * Words before a name that are NOT roles (DECISIONS.md: military ranks, degrees and epithets are
 * no roles): forms of address, professions used as address, academic degrees, ranks, honorary
 * epithets, religious titles.
 */
export const PERSON_PREFIXES: readonly string[] = [
  // forms of address
  'đồng chí',
  'đ/c',
  'ông',
  'bà',
  'anh',
  'chị',
  'cô',
  'thầy',
  'cụ',
  'em',
  'cháu',
  'chú',
  'bé',
  'mẹ', // 'mẹ Việt Nam anh hùng …', 'mẹ …'
  'già làng',
  'người có uy tín',
  'Phu nhân',
  'lão nông',
  'chí sĩ',
  'danh nhân', // 'tượng danh nhân …'
  'ngài', 'Ngài', // foreign dignitaries ('Kính gửi Ngài Vladimir Putin', 'ngài Ha Chan Hô')
  // the man himself, where a street, a school or a beach is named after him elsewhere in the article
  // ('người thanh niên Nguyễn Tất Thành ra đi tìm đường cứu nước … đường Nguyễn Tất Thành')
  'người thanh niên', 'lãnh tụ', 'nhà cách mạng', 'anh hùng dân tộc', 'thi hào', 'đại thi hào',
  // professions used as address
  'nhà báo',
  'nhà văn',
  'nhà thơ',
  'nhạc sĩ',
  'họa sĩ',
  'nhiếp ảnh gia',
  'nghệ sĩ',
  'nghệ nhân',
  'ca sĩ',
  'danh ca',
  'diễn viên',
  'bác sĩ',
  'dược sĩ',
  'kỹ sư',
  'luật sư',
  'kiến trúc sư',
  'doanh nhân',
  'liệt sĩ',
  'thương binh',
  'cựu chiến binh',
  // professions with an epithet of seniority ('Hai nhà báo lão thành Phan Quang và Hà Đăng')
  ...['nhà báo', 'nhà văn', 'nhà thơ', 'nghệ sĩ', 'nghệ nhân', 'nhạc sĩ', 'họa sĩ'].flatMap((p) => [`${p} lão thành`, `${p} kỳ cựu`]),
  // academic titles and degrees
  'Giáo sư',
  'Phó Giáo sư',
  'Tiến sĩ',
  'Thạc sĩ',
  'GS',
  'PGS',
  'TS',
  'ThS',
  'TSKH',
  'GS.TS',
  'GS.TSKH',
  'PGS.TS',
  'TS.BS',
  'ThS.BS',
  'BS',
  'BSCKI',
  'BSCKII',
  'BS.CKI',
  'BS.CKII',
  'NCS',
  // military and police ranks (army / police / navy)
  'Đại tướng',
  'Thượng tướng',
  'Trung tướng',
  'Thiếu tướng',
  'Đô đốc',
  'Phó Đô đốc',
  'Chuẩn Đô đốc',
  'Đại tá',
  'Thượng tá',
  'Trung tá',
  'Thiếu tá',
  'Đại úy',
  'Thượng úy',
  'Trung úy',
  'Thiếu úy',
  'Thượng sĩ',
  'Trung sĩ',
  'Hạ sĩ',
  'Binh nhất',
  'Binh nhì',
  // honorary epithets (the titles themselves are award facts, see awards.ts)
  'Anh hùng',
  'Anh hùng Lao động',
  'Anh hùng LLVTND',
  'Mẹ Việt Nam anh hùng',
  'NSND',
  'NSƯT',
  'NGND',
  'NGƯT',
  'TTND',
  'TTƯT',
  'NNND',
  'NNƯT',
  // religious titles
  'Hòa thượng',
  'Thượng tọa',
  'Đại đức',
  'Ni sư',
  'Sư cô',
  'Linh mục',
  'Giám mục',
  'Mục sư',
]

/**
 * Words for a written work: in their sentence a foreign name in brackets after a work's title is
 * the work's author ('hai tác phẩm dịch là Văn học và cái ác (Georges Battaille), Sự bất tử (Milan
 * Kundera)'). Elsewhere a bracketed foreign name is mostly a firm's or a place's ('(Sun Group)').
 */
export const WORK_WORDS: readonly string[] = [
  'tác phẩm', 'tiểu thuyết', 'tiểu luận', 'tập thơ', 'bài thơ', 'truyện', 'cuốn', 'bản dịch', 'dịch',
  'ca khúc', 'bộ phim', 'vở kịch', 'kịch bản', 'hồi ký',
]

/**
 * Credit words before a byline or photo name. The matcher accepts an optional ':' or '-' (or
 * nothing: 'Ảnh Quốc Việt') between the word and the name, so colons are not listed.
 * Decisions:
 * - text + photo by the same person ('Bài và ảnh', 'Tin, ảnh') → 'tác giả' (the writer's role wins);
 * - visual-only credits ('Ảnh', 'Video', 'Clip', 'Đồ họa') → 'ảnh' (closest role the contract has);
 * - source lines ('Nguồn:', 'Theo …', '(Nguồn: TTXVN)') name outlets, not persons: not listed.
 */
export const CREDIT_WORDS: readonly { word: string; role: 'tác giả' | 'ảnh' }[] = [
  { word: 'Ảnh', role: 'ảnh' },
  { word: 'Ảnh minh họa', role: 'ảnh' },
  { word: 'Ảnh tư liệu', role: 'ảnh' },
  { word: 'Video', role: 'ảnh' },
  { word: 'Clip', role: 'ảnh' },
  { word: 'Đồ họa', role: 'ảnh' },
  { word: 'Bài', role: 'tác giả' },
  { word: 'Tin', role: 'tác giả' },
  { word: 'Bài và ảnh', role: 'tác giả' },
  { word: 'Bài, ảnh', role: 'tác giả' },
  { word: 'Bài & ảnh', role: 'tác giả' },
  { word: 'Bài/ảnh', role: 'tác giả' },
  { word: 'Tin và ảnh', role: 'tác giả' },
  { word: 'Tin, ảnh', role: 'tác giả' },
  { word: 'Tin & ảnh', role: 'tác giả' },
  { word: 'Tin/ảnh', role: 'tác giả' },
  { word: 'Ghi chép', role: 'tác giả' },
  { word: 'Thực hiện', role: 'tác giả' },
]

/**
 * Common Vietnamese family names (canonical spelling), plus the name-initial words of Central
 * Highlands peoples. A hint for person detection, not a closed list.
 * - Ê Đê / M'nông names start with 'Y' (men) or "H'" (women): 'Y …', 'H'…' (apostrophe may be
 *   printed ' or ’; the clan name such as Niê, Mlô, Byă comes last).
 * - Jrai clan names come first: Ksor, Rơ Châm, Siu, Nay, Rơ Mah, Kpă, Rahlan, Puih.
 * - Ba Na / Xơ Đăng men's names often start with 'A' (risky: one letter, check the next word).
 * - Khmer family names: Thạch, Danh, Sơn, Kim, Lâm, Châu.
 * - Hmong clans: Giàng, Thào, Sùng, Vàng, Vừ, Mùa, Lầu, Hạng, Hầu, Lý, Ly, Mã.
 * - Tày/Thái/Nùng: Nông, Bế, Hoàng, Lò, Lường, Cầm, Quàng, Điêu, Tòng, Vi, Lục, Bạc.
 * - Stiêng: Điểu.
 */
export const SURNAMES: readonly string[] = [
  // the most frequent
  'Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng',
  'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý',
  // common
  'Hà', 'Đào', 'Đinh', 'Lâm', 'Mai', 'Trương', 'Tô', 'Tạ', 'Lương', 'Cao',
  'Chu', 'Đoàn', 'Kiều', 'Lưu', 'Quách', 'Thái', 'Triệu', 'Vương', 'Trịnh', 'Đàm',
  'Phùng', 'Tăng', 'Từ', 'Hứa', 'Khúc', 'Khổng', 'Lại', 'La', 'Lã', 'Lữ',
  'Mạc', 'Nghiêm', 'Ninh', 'Nhữ', 'Phí', 'Phó', 'Phương', 'Quan', 'Quản', 'Tống', 'Uông', 'Bành',
  'Tôn', 'Thân', 'Thạch', 'Tiêu', 'Trình', 'Tiết', 'Ứng', 'Âu', 'Bạch', 'Cù',
  'Cấn', 'Chế', 'Cung', 'Diệp', 'Doãn', 'Dư', 'Đồng', 'Đới', 'Đậu', 'Giang',
  'Giáp', 'Hán', 'Hàn', 'Hầu', 'Khuất', 'Kim', 'Kha', 'Lăng', 'Liêu', 'Mạnh',
  'Lộc', 'Mã', 'Mẫn', 'Ông', 'Ôn', 'Sầm', 'Thi', 'Trà', 'Viên', 'Lều', 'Tất',
  'Âu Dương', 'Tôn Thất', 'Tôn Nữ',
  // Sino-Vietnamese readings of Chinese family names ('Mao Trạch Đông', 'Lôi Chính Phú', 'Nghê Tinh')
  'Mao', 'Lôi', 'Nghê',
  // Tày, Nùng, Thái, Mường and other northern peoples
  'Nông', 'Bế', 'Lò', 'Lường', 'Cầm', 'Quàng', 'Điêu', 'Tòng', 'Vi', 'Lục',
  'Bạc',
  // Hmong
  'Giàng', 'Thào', 'Sùng', 'Vàng', 'Vừ', 'Mùa', 'Lầu', 'Hạng', 'Ly',
  // Khmer
  'Danh', 'Sơn', 'Châu',
  // Central Highlands name-initial words and clan names
  'Y', "H'", 'H’', 'A', 'Ksor', 'Rơ Châm', 'Rơ Mah', 'Siu', 'Nay', 'Kpă', 'Rahlan', 'Puih',
  'Rcom', 'Điểu',
]

const SURNAMES_LOWER: ReadonlySet<string> = new Set(SURNAMES.map((s) => s.toLowerCase()))

/** Is this word a family name, in any case ('Nguyễn', 'NGUYỄN')? */
export const isSurname = (word: string): boolean => SURNAMES_LOWER.has(word.toLowerCase())

/**
 * Birth-order words of the southern nickname 'Bảy Tuyết' (the seventh child, Tuyết): with the
 * given name of a person the article names in full, the nickname is that person (genre35
 * NOTES.md: a nickname of a person already named is no extra fact). 'Hai' is the eldest ('Cả'
 * in the north); 'Út' the youngest.
 */
export const BIRTH_ORDER_WORDS: readonly string[] = ['Cả', 'Hai', 'Ba', 'Tư', 'Năm', 'Sáu', 'Bảy', 'Tám', 'Chín', 'Mười', 'Út']
