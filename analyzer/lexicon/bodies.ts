/**
 * Party and State bodies: the pieces the office parser composes names from.
 *
 * Source: notes/domain.md e.1 (Party), e.2 (State), e.3 (abbreviations); what counts as an office
 * and at which level: FACTS.md (office) and gold/DECISIONS.md (Offices).
 *
 * Composition, by example:
 *   'Ban' + PARTY_BOARDS 'Tổ chức' + owner 'Tỉnh ủy'            → 'Ban Tổ chức Tỉnh ủy'
 *   'Văn phòng' (owner) + 'UBND' (locator) + 'tỉnh'             → 'Văn phòng UBND tỉnh'
 *   'Sở' + DEPARTMENTS 'Nội vụ'                                  → 'Sở Nội vụ'
 *   'Bộ' + MINISTRIES 'Khoa học và Công nghệ'                    → 'Bộ Khoa học và Công nghệ'
 *   'Huyện ủy' + proper name 'Châu Thành'                        → 'Huyện ủy Châu Thành'
 * Names stay as written (case of lowercase words kept, abbreviations kept): DECISIONS.md.
 * The matcher should try the longest head first ('Bộ Chỉ huy Quân sự' before 'Bộ',
 * 'Ban Thường vụ' before 'Ban', 'Ủy ban Kiểm tra' before 'Ủy ban').
 */

export type Level = 'central' | 'province' | 'district' | 'commune'

export interface BodyHead {
  /** canonical head as it starts a body name */
  word: string
  /**
   * 'nothing' = complete alone (Chính phủ, Quốc hội, Tỉnh ủy in a provincial article);
   * 'locator' = needs 'tỉnh' / 'huyện X' / 'xã X' / a province name after it (UBND tỉnh);
   * 'owner'   = names a unit of another body, which must follow (Văn phòng Tỉnh ủy);
   * 'name'    = followed by its own proper-name words (Bộ Tài chính, Trung tâm …).
   */
  needs: 'nothing' | 'owner' | 'name' | 'locator'
  /** fixed level when the head implies it */
  level?: Level
}

export const BODY_HEADS: readonly BodyHead[] = [
  // ── Party committees ──────────────────────────────────────────────────────────────────────
  { word: 'Tỉnh ủy', needs: 'nothing', level: 'province' },
  // Thành ủy: province level for a centrally-run city, district level for a provincial city.
  { word: 'Thành ủy', needs: 'nothing' },
  { word: 'Huyện ủy', needs: 'nothing', level: 'district' }, // district level ended 30/6/2025
  { word: 'Thị ủy', needs: 'nothing', level: 'district' },
  { word: 'Quận ủy', needs: 'nothing', level: 'district' },
  { word: 'Đảng ủy', needs: 'owner' }, // Đảng ủy xã X, Đảng ủy Khối …, Đảng ủy Công an tỉnh
  { word: 'Đảng bộ', needs: 'owner' }, // Đảng bộ tỉnh, Đảng bộ Văn phòng UBND tỉnh
  { word: 'Đảng bộ cơ sở', needs: 'owner' },
  { word: 'Đảng bộ bộ phận', needs: 'owner' },
  { word: 'Chi bộ', needs: 'owner' }, // Chi bộ thôn X, Chi bộ Phòng Tổng hợp
  { word: 'Chi bộ cơ sở', needs: 'owner' },
  { word: 'Đảng đoàn', needs: 'owner' }, // Đảng đoàn HĐND tỉnh
  { word: 'Ban cán sự đảng', needs: 'owner' }, // Ban cán sự đảng UBND tỉnh
  { word: 'Ban Chấp hành', needs: 'owner' }, // Ban Chấp hành Đảng bộ tỉnh
  { word: 'BCH', needs: 'owner' },
  { word: 'Ban Thường vụ', needs: 'owner' }, // Ban Thường vụ Tỉnh ủy
  { word: 'BTV', needs: 'owner' },
  { word: 'Thường trực', needs: 'owner' }, // Thường trực Tỉnh ủy, Thường trực HĐND tỉnh
  { word: 'Thường vụ', needs: 'owner' }, // 'Ban' left out: Thường vụ Tỉnh ủy, Thường vụ Huyện ủy X
  { word: 'Ủy ban Kiểm tra', needs: 'owner' }, // Ủy ban Kiểm tra Tỉnh ủy
  { word: 'UBKT', needs: 'owner' },
  { word: 'UB Kiểm tra', needs: 'owner' },
  { word: 'Quân ủy', needs: 'owner' },

  // ── Boards, offices, units ────────────────────────────────────────────────────────────────
  { word: 'Ban', needs: 'name' }, // + PARTY_BOARDS, then usually an owner: Ban Tổ chức Tỉnh ủy
  { word: 'Văn phòng', needs: 'owner' }, // Văn phòng Tỉnh ủy, Văn phòng UBND tỉnh, Văn phòng HĐND và UBND huyện
  { word: 'VP', needs: 'owner' },
  { word: 'Nhà khách', needs: 'owner' }, // Nhà khách Tỉnh ủy
  { word: 'Phòng', needs: 'name' }, // Phòng Nội vụ (district), Phòng Tổng hợp (unit of an office)
  { word: 'Trung tâm', needs: 'name' }, // Trung tâm Công nghệ thông tin, Trung tâm Chính trị huyện
  { word: 'Ban Quản lý', needs: 'name' }, // Ban Quản lý các khu công nghiệp
  { word: 'Hội đồng Thi đua - Khen thưởng', needs: 'locator' },
  // an exam site's council, named by the school it sits in: 'HĐCT Trường THPT Huỳnh Thúc Kháng'
  { word: 'Hội đồng coi thi', needs: 'owner' },
  { word: 'HĐCT', needs: 'owner' },
  { word: 'Hội đồng', needs: 'name' }, // Hội đồng Lý luận Trung ương, Hội đồng Dân tộc

  // ── State: central ────────────────────────────────────────────────────────────────────────
  { word: 'Chính phủ', needs: 'nothing', level: 'central' },
  { word: 'Quốc hội', needs: 'nothing', level: 'central' },
  { word: 'Bộ', needs: 'name', level: 'central' }, // + MINISTRIES
  { word: 'Tổng cục', needs: 'name', level: 'central' },
  { word: 'Cục', needs: 'name' }, // central, but Cục Thuế tỉnh / Cục Thống kê tỉnh were provincial
  { word: 'Vụ', needs: 'name', level: 'central' },
  { word: 'Bộ Tư lệnh', needs: 'name' }, // military commands: Bộ Tư lệnh Quân khu 5, Bộ Tư lệnh vùng 4 Hải quân
  { word: 'Bộ đội Biên phòng', needs: 'locator' }, // Bộ đội Biên phòng tỉnh
  { word: 'Ủy ban', needs: 'name' }, // Ủy ban Dân tộc, Ủy ban Pháp luật của Quốc hội (Front: see NOT_OFFICES)
  { word: 'UB', needs: 'name' }, // 'UB Pháp luật QH', 'UB Tư pháp' ('UB MTTQ' is the Front's: no office)

  // ── State: local government ───────────────────────────────────────────────────────────────
  { word: 'Ủy ban nhân dân', needs: 'locator' },
  { word: 'UBND', needs: 'locator' },
  { word: 'Hội đồng nhân dân', needs: 'locator' },
  { word: 'HĐND', needs: 'locator' },
  // the city's people's committee and council by glued initials ('UBNDTP tặng Bằng khen', Hà Nội press)
  { word: 'UBNDTP', needs: 'nothing', level: 'province' },
  { word: 'HĐNDTP', needs: 'nothing', level: 'province' },
  { word: 'Sở', needs: 'name', level: 'province' }, // + DEPARTMENTS
  { word: 'Chi cục', needs: 'name' },
  { word: 'Thanh tra', needs: 'owner' }, // Thanh tra tỉnh, Thanh tra Bộ Nội vụ, Thanh tra Sở Xây dựng (Thanh tra Chính phủ: COMPLETE_BODIES)
  { word: 'Kho bạc Nhà nước', needs: 'locator' },
  { word: 'Bảo hiểm xã hội', needs: 'locator' },
  { word: 'Tòa án nhân dân', needs: 'locator' },
  { word: 'TAND', needs: 'locator' },
  // the appeal and specialised courts inside a court: 'Tòa Phúc thẩm Tòa án nhân dân tối cao',
  // 'Tòa Hình sự TAND TP.HCM'
  { word: 'Tòa Phúc thẩm', needs: 'owner' },
  { word: 'Tòa phúc thẩm', needs: 'owner' },
  { word: 'Tòa Hình sự', needs: 'owner' },
  { word: 'Tòa Dân sự', needs: 'owner' },
  { word: 'Tòa Hành chính', needs: 'owner' },
  { word: 'Tòa Kinh tế', needs: 'owner' },
  { word: 'Tòa Lao động', needs: 'owner' },
  // military courts and procuracies, named by their region: 'Tòa án quân sự Quân khu 7',
  // 'Viện Kiểm sát quân sự khu vực 1 Quân khu 3'
  { word: 'Tòa án quân sự', needs: 'name' },
  { word: 'Tòa án Quân sự', needs: 'name' },
  { word: 'Viện Kiểm sát quân sự', needs: 'name' },
  { word: 'Viện Kiểm sát Quân sự', needs: 'name' },
  { word: 'Viện Kiểm sát nhân dân', needs: 'locator' },
  { word: 'VKSND', needs: 'locator' },
  { word: 'Đoàn đại biểu Quốc hội', needs: 'locator', level: 'province' },
  { word: 'Đoàn Đại biểu Quốc hội', needs: 'locator', level: 'province' },
  { word: 'Đoàn ĐBQH', needs: 'locator', level: 'province' },
  { word: 'Đoàn Đại biểu QH', needs: 'locator', level: 'province' },
  { word: 'Đoàn đại biểu QH', needs: 'locator', level: 'province' },
  { word: 'Đài Phát thanh và Truyền hình', needs: 'locator' },
  { word: 'Đài Phát thanh - Truyền hình', needs: 'locator' },
  { word: 'Đài PT-TH', needs: 'locator' },
  // a district's radio and television station: 'Đài Truyền thanh - Truyền hình huyện X'
  { word: 'Đài Truyền thanh - Truyền hình', needs: 'locator' },
  { word: 'Đài Truyền thanh và Truyền hình', needs: 'locator' },
  { word: 'Đài TT-TH', needs: 'locator' },

  // ── Police and military commands (not army formations: see NOT_OFFICES) ──────────────────
  { word: 'Công an', needs: 'locator' }, // Công an tỉnh, Công an huyện X
  { word: 'Bộ Chỉ huy Quân sự', needs: 'locator', level: 'province' },
  { word: 'Bộ CHQS', needs: 'locator', level: 'province' },
  { word: 'Bộ Chỉ huy Bộ đội Biên phòng', needs: 'locator', level: 'province' },
  { word: 'Ban Chỉ huy Quân sự', needs: 'locator' }, // district or commune
  { word: 'Bộ Chỉ huy BĐBP', needs: 'locator', level: 'province' },
  // investigation agencies of the police: 'Cơ quan CSĐT Công an huyện Diễn Châu'
  { word: 'Cơ quan Cảnh sát điều tra', needs: 'owner' },
  { word: 'Cơ quan CSĐT', needs: 'owner' },
  { word: 'Cơ quan An ninh điều tra', needs: 'owner' },
  { word: 'Cơ quan ANĐT', needs: 'owner' },
  { word: 'Cơ quan điều tra', needs: 'owner' },
  // border posts of the border guard: 'Đồn Biên phòng Trà Cổ', 'Đồn BP Cửa khẩu X' (units of the
  // province's Bộ Chỉ huy Bộ đội Biên phòng)
  { word: 'Đồn Biên phòng', needs: 'name', level: 'province' },
  { word: 'Đồn BP', needs: 'name', level: 'province' },
  // national parks, which run rescue centres and forest rangers: 'VQG Pù Mát' (gold: province level)
  { word: 'Vườn quốc gia', needs: 'name', level: 'province' },
  { word: 'VQG', needs: 'name', level: 'province' },
  // inspection and audit teams named by their field and place or number: 'Đoàn kiểm tra liên
  // ngành tỉnh Đồng Tháp', 'Đoàn kiểm tra số 469' (bare 'Đoàn kiểm tra' names none: NOT_OFFICES)
  { word: 'Đoàn kiểm tra', needs: 'name' },
  { word: 'Đoàn thanh tra', needs: 'name' },
  { word: 'Đoàn Kiểm tra', needs: 'name' },
  { word: 'Đoàn Thanh tra', needs: 'name' },
  // forest rangers: 'Hạt Kiểm lâm huyện Tân Lạc', 'Hạt Kiểm lâm Khu Bảo tồn thiên nhiên Nam Nung'
  { word: 'Hạt Kiểm lâm', needs: 'name' },
  // teams of the police, the market watch and the inspectorates, named by their task ('Đội Cảnh sát
  // điều tra tội phạm về ma túy', 'Đội CSGT trật tự, phản ứng nhanh', 'Đội QLTT 12B'); a team named
  // otherwise is a sports team or a youth group ('Đội Nam Định', 'Đội Thiếu niên'): office.ts
  // reads 'Đội' only before a task (a field or TEAM_TASK_ACRONYMS).
  { word: 'Đội', needs: 'name' },

  // ── Institutes and schools (DECISIONS.md: named public bodies count) ──────────────────────
  { word: 'Viện', needs: 'name' },
  { word: 'Học viện', needs: 'name' },
  { word: 'Trường Chính trị', needs: 'name', level: 'province' }, // 'Trường Chính trị tỉnh' or named after a person
  { word: 'Trường', needs: 'name' }, // [judgement] public schools: 'Trường THPT …'
  { word: 'Đại học', needs: 'name' }, // [judgement]
  { word: 'ĐH', needs: 'name' }, // a university by its initials: 'ĐH Nông Lâm TP.HCM', 'ĐH Sư phạm HN' (genre15, genre45)
  { word: 'Bệnh viện', needs: 'name' }, // [judgement] public hospitals, not listed in DECISIONS.md
]

/**
 * A commune's health station, a public service unit named by its commune (genre36 NOTES): read
 * like a locator head ('Trạm Y tế xã Gia Xuân', 'Trưởng trạm y tế phường Bến Thành'). Kept out
 * of BODY_HEADS, whose words person.ts reads as a title's body ('y' would chain into a name).
 */
export const SERVICE_UNIT_HEADS: readonly string[] = ['Trạm Y tế']

/**
 * A school's type written in lower case after a capitalised 'Trường', before the school's own
 * name: 'Trường tiểu học Tam Bình' (SCHOOL_TYPES holds the capitalised forms). Only the grades
 * and tiers: 'Trường chính trị', 'trường đảng' name no school by themselves.
 */
export const LOWER_SCHOOL_TYPES: readonly string[] = [
  'tiểu học', 'mầm non', 'trung học cơ sở', 'trung học phổ thông', 'trung học', 'phổ thông', 'đại học', 'cao đẳng', 'trung cấp',
  // the tiers by their old numbers: 'Trường cấp 2 Suối Bau' (lower secondary), 'Trường cấp 3 Sơn Dương'
  'cấp 1', 'cấp 2', 'cấp 3', 'cấp I', 'cấp II', 'cấp III',
]

/**
 * Heads also read in lower case, where the body's name or owner follows in capitals: 'văn phòng
 * UBND huyện', 'sở Tư pháp TP.HCM', 'quận ủy Gò Vấp', 'phòng Quản lý giá', 'trường ĐH Nông Lâm',
 * 'ban Tổ chức Huyện ủy', 'chi bộ xóm Đồi' (a level word may come first), 'bệnh viện TƯ Quân
 * đội 108'. Not 'trung tâm' ('trung tâm Hà Nội' is a place) nor 'đoàn' ('đoàn Việt Nam' is a
 * team) alone. A lower-case head with nothing capitalised after it is generic ('văn phòng các
 * huyện'), and so is one after LOWER_HEAD_NOT_AFTER.
 */
export const LOWER_CASE_HEADS: readonly string[] = [
  'văn phòng', 'phòng', 'sở', 'ban', 'chi bộ', 'đảng bộ', 'đảng ủy', 'tỉnh ủy', 'thành ủy', 'huyện ủy', 'quận ủy',
  'thị ủy', 'ủy ban kiểm tra', 'cục', 'chi cục', 'tổng cục', 'trường', 'bệnh viện', 'đoàn đại biểu Quốc hội', 'đoàn ĐBQH',
  'công an', // 'trưởng công an xã Đồng Lương', 'cán bộ công an huyện X'
  'trạm Y tế', 'trạm y tế', // 'Trưởng trạm Y tế xã Gia Xuân'
]

/**
 * Lower-case heads that name their body by its level word, with or without the place after it:
 * 'theo kết luận của thanh tra tỉnh', 'nghe thanh tra TP thông báo', 'thanh tra quận Tân Phú'
 * (gold of genre1–44 annotates every such inspectorate: 7 of 7). A bare 'huyện' still needs its
 * name, as for any body (locator() in body-name.ts): 'đưa lên thanh tra huyện' is not read.
 */
export const HEADS_NAMED_BY_LEVEL: readonly string[] = ['thanh tra']
/** The level words those heads take. */
export const OWNER_LEVEL_WORDS: readonly string[] = ['tỉnh', 'thành phố', 'TP', 'huyện', 'quận', 'thị xã']

/**
 * Words before a lower-case head that make it a class ('các sở Tài chính, Xây dựng') or the
 * second syllable of another word ('trụ sở', 'ủy ban', 'bố cục', 'thị trường', 'phòng ban').
 */
export const LOWER_HEAD_NOT_AFTER: readonly string[] = [
  'các', 'những', 'mọi', 'mỗi', 'từng', 'trụ', 'cơ', 'văn', 'ủy', 'uỷ', 'chi', 'tổng', 'bố', 'nhà', 'thị', 'môi',
  'chiến', 'quảng', 'hiện', 'lập', 'công', 'phòng', 'hậu', 'đồng', 'đoàn', 'biên', 'quốc', 'dự', 'giao', 'hội', 'số', 'xứ',
  'cấp', // 'lãnh đạo cấp phòng huyện X', 'cấp sở': a rank, no body
]

/**
 * Names that follow 'Ban' (canonical case): Party boards, HĐND committees, steering committees,
 * management boards. The owner follows: 'Ban Tổ chức Tỉnh ủy', 'Ban Pháp chế HĐND tỉnh'.
 */
export const PARTY_BOARDS: readonly string[] = [
  // Party organs
  'Chấp hành',
  'Thường vụ',
  'Bí thư',
  'Cán sự đảng',
  'Kiểm tra', // the inspection board of a Party committee at the base, and the old name of the UBKT
  // Party boards (central and provincial)
  'Tổ chức',
  'Tuyên giáo',
  'Dân vận',
  'Tuyên giáo và Dân vận', // merged 2025
  'Nội chính',
  'Kinh tế',
  'Chính sách, chiến lược', // successor of Ban Kinh tế TW (2025) [?]
  'Đối ngoại',
  'Bảo vệ chăm sóc sức khỏe cán bộ',
  'Bảo vệ, chăm sóc sức khỏe cán bộ',
  'Khoa giáo', // historic (Ban Khoa giáo TW until 2007) [mem]
  'Tuyên huấn', // historic / district Trung tâm … [mem]
  // HĐND committees
  'Pháp chế',
  'Kinh tế - Ngân sách',
  'Kinh tế Ngân sách', // the dash left out: 'Trưởng ban Kinh tế Ngân sách HĐND TP.HCM'
  'Kinh tế, Ngân sách',
  'Kinh tế - Xã hội', // a district HĐND's committee ('Ban Kinh tế-Xã hội HĐND huyện')
  'Kinh tế Xã hội',
  'Kinh tế, Xã hội',
  'Văn hóa - Xã hội',
  'Văn hóa Xã hội',
  'Văn hóa, Xã hội',
  'Dân tộc', // HĐND committee; also the provincial Ban Dân tộc (State)
  'Đô thị', // Hà Nội, TP.HCM HĐND
  // leadership boards of a department or a school (DECISIONS.md: a named collective body)
  'Giám đốc',
  'Giám hiệu',
  // steering and working boards
  'Chỉ đạo',
  'Chỉ huy Quân sự',
  'Thi đua - Khen thưởng', // under Sở Nội vụ
  'Tiếp công dân',
  'Tôn giáo',
  'Quản lý dự án',
  'Quản lý các khu công nghiệp',
  'Quản lý khu kinh tế',
  'Quản lý các khu công nghiệp và khu kinh tế',
]

/**
 * Police bodies written by abbreviation: 'CATP Hà Nội', 'CAQ Thanh Xuân' (DECISIONS.md: police
 * bodies are State bodies). The city's police may stand alone ('CATP', as 'Công an thành phố');
 * a district's needs its name. Not 'CAND' (the force, no body).
 */
export const POLICE_ABBREVIATIONS: readonly { abbr: string; expansion: string; needsPlace: boolean }[] = [
  { abbr: 'CATP', expansion: 'Công an thành phố', needsPlace: false },
  { abbr: 'CAQ', expansion: 'Công an quận', needsPlace: true },
  { abbr: 'CAH', expansion: 'Công an huyện', needsPlace: true },
  { abbr: 'CATX', expansion: 'Công an thị xã', needsPlace: true },
  { abbr: 'CAX', expansion: 'Công an xã', needsPlace: true },
  { abbr: 'CAP', expansion: 'Công an phường', needsPlace: true },
]

export interface CompleteBody {
  name: string
  level: Level
  aliases: readonly string[]
  /**
   * Short names of the body: the same body, but the name of its fact only when the article
   * never writes a longer one (NOTES of dev, test, genre batches 2, 4, 5: 'Ủy viên Trung ương
   * Đảng' names the Central Committee; with 'Ban Chấp hành Trung ương Đảng' also written, one
   * fact named by that).
   */
  short?: readonly string[]
}

/**
 * A Party body's name may go on with the Party's: 'Ban Chấp hành Trung ương Đảng Cộng sản Việt
 * Nam', 'Trung ương Đảng CS Việt Nam'.
 */
const PARTY_NAME_FORMS = ['Cộng sản Việt Nam', 'CS Việt Nam', 'CSVN']
function withPartyName(bodies: readonly CompleteBody[]): CompleteBody[] {
  return bodies.map((b) => {
    const all = [b.name, ...b.aliases, ...(b.short ?? [])].filter((n) => / Đảng$/u.test(n))
    const party = (n: string) => PARTY_NAME_FORMS.map((f) => `${n} ${f}`)
    const short = new Set(b.short ?? [])
    return {
      ...b,
      aliases: [...b.aliases, ...all.filter((n) => !short.has(n)).flatMap(party)],
      short: b.short && [...b.short, ...b.short.filter((n) => / Đảng$/u.test(n)).flatMap(party)],
    }
  })
}

/** Bodies whose name is complete on its own (domain.md e.1 Central, e.2 Central). */
export const COMPLETE_BODIES: readonly CompleteBody[] = withPartyName([
  // ── Party, central ────────────────────────────────────────────────────────────────────────
  {
    name: 'Ban Chấp hành Trung ương',
    level: 'central',
    aliases: ['Ban Chấp hành Trung ương Đảng', 'BCH Trung ương', 'BCH TW', 'BCHTW', 'BCH Trung ương Đảng', 'Ban Chấp hành T.Ư', 'Ban Chấp hành TW', 'Ban Chấp hành TƯ',
      'Ban Chấp hành T.Ư Đảng', 'Ban Chấp hành TW Đảng', 'Ban Chấp hành TƯ Đảng', 'BCH TW Đảng', 'BCH T.Ư Đảng', 'BCH TƯ Đảng',
      // (glued initials: 'BCHT.Ư Đảng')
      'BCHT.Ư Đảng', 'BCHTƯ Đảng', 'BCHTW Đảng'],
    short: ['Trung ương Đảng', 'TW Đảng', 'T.Ư Đảng', 'TƯ Đảng'],
  },
  { name: 'Bộ Chính trị', level: 'central', aliases: [] }, // 'BCT' not listed: Bộ Công Thương in codes
  // 'BBT' is left out: pages use it as a site tag too ('BBT | 18:43').
  { name: 'Ban Bí thư', level: 'central', aliases: ['Ban Bí thư Trung ương Đảng', 'Ban Bí thư Trung ương', 'Ban Bí thư TW', 'Ban Bí thư T.Ư', 'Ban Bí thư TƯ'] },
  { name: 'Thường trực Ban Bí thư', level: 'central', aliases: [] },
  {
    name: 'Ủy ban Kiểm tra Trung ương',
    level: 'central',
    aliases: ['UBKT Trung ương', 'UBKT TW', 'UBKTTW', 'Ủy ban Kiểm tra TW', 'Ủy ban Kiểm tra TƯ', 'Ủy ban Kiểm tra T.Ư', 'UBKT TƯ', 'UBKT T.Ư', 'UB Kiểm tra Trung ương', 'UB Kiểm tra TƯ', 'UB Kiểm tra TW'],
  },
  {
    name: 'Văn phòng Trung ương Đảng',
    level: 'central',
    aliases: ['Văn phòng TW Đảng', 'VPTW Đảng', 'Văn phòng Trung ương'],
  },
  { name: 'Ban Tổ chức Trung ương', level: 'central', aliases: ['Ban Tổ chức TW', 'BTCTW'] },
  { name: 'Ban Tuyên giáo Trung ương', level: 'central', aliases: ['Ban Tuyên giáo TW', 'BTGTW'] },
  { name: 'Ban Dân vận Trung ương', level: 'central', aliases: ['Ban Dân vận TW', 'BDVTW'] },
  {
    name: 'Ban Tuyên giáo và Dân vận Trung ương', // from 2025
    level: 'central',
    aliases: ['Ban Tuyên giáo và Dân vận TW'],
  },
  { name: 'Ban Nội chính Trung ương', level: 'central', aliases: ['Ban Nội chính TW', 'BNCTW'] },
  { name: 'Ban Kinh tế Trung ương', level: 'central', aliases: ['Ban Kinh tế TW'] },
  {
    name: 'Ban Chính sách, chiến lược Trung ương', // 2025 successor of Ban Kinh tế TW [?]
    level: 'central',
    aliases: ['Ban Chính sách, chiến lược TW'],
  },
  { name: 'Ban Đối ngoại Trung ương', level: 'central', aliases: ['Ban Đối ngoại TW'] },
  { name: 'Hội đồng Lý luận Trung ương', level: 'central', aliases: ['Hội đồng Lý luận TW'] },
  { name: 'Đảng ủy Khối các cơ quan Trung ương', level: 'central', aliases: ['Đảng ủy Khối các cơ quan TW'] },
  { name: 'Đảng ủy Khối Doanh nghiệp Trung ương', level: 'central', aliases: ['Đảng ủy Khối Doanh nghiệp TW'] },
  { name: 'Quân ủy Trung ương', level: 'central', aliases: ['Quân ủy TW', 'QUTW'] },
  // the army's General Staff, with the army's name when written ('Bộ tổng Tham mưu QĐND': any case)
  { name: 'Bộ Tổng Tham mưu', level: 'central', aliases: ['Bộ Tổng Tham mưu QĐND', 'Bộ Tổng Tham mưu QĐND Việt Nam', 'Bộ Tổng Tham mưu Quân đội nhân dân Việt Nam'] },
  { name: 'Đảng ủy Công an Trung ương', level: 'central', aliases: ['Đảng ủy Công an TW', 'Đảng ủy Công an T.Ư', 'Đảng ủy Công an TƯ'] },
  // 2025 central Party committees [mem]
  { name: 'Đảng ủy các cơ quan Đảng Trung ương', level: 'central', aliases: ['Đảng ủy các cơ quan Đảng TW'] },
  { name: 'Đảng ủy Chính phủ', level: 'central', aliases: [] },
  { name: 'Đảng ủy Quốc hội', level: 'central', aliases: [] },
  // Party schools and press presented as bodies (DECISIONS.md: press agencies presented as bodies
  // are offices; a credit or a source line is not)
  {
    name: 'Học viện Chính trị quốc gia Hồ Chí Minh',
    level: 'central',
    aliases: ['Học viện Chính trị quốc gia HCM', 'Học viện CTQG Hồ Chí Minh'],
  },
  // (its second word also printed in lower case: 'Báo Nhân dân' in a list of the central press)
  { name: 'Báo Nhân Dân', level: 'central', aliases: ['Báo Nhân dân'] },
  { name: 'Tạp chí Cộng sản', level: 'central', aliases: [] },

  // ── State, central ────────────────────────────────────────────────────────────────────────
  { name: 'Quốc hội', level: 'central', aliases: [], short: ['QH'] }, // 'QH' alone ('ĐBQH' is one word)
  { name: 'Ủy ban Thường vụ Quốc hội', level: 'central', aliases: ['UBTVQH', 'Ủy ban TVQH', 'Ủy ban Thường vụ QH', 'UB Thường vụ QH', 'UB Thường vụ Quốc hội', 'UBTV QH', 'UBTVQH'] },
  // the Standing Committee's board for deputies' affairs ('Trưởng Ban Công tác đại biểu (UBTVQH)')
  { name: 'Ban Công tác đại biểu', level: 'central', aliases: [] },
  { name: 'Hội đồng Dân tộc', level: 'central', aliases: [] }, // of the Quốc hội
  // committees of the Quốc hội whose names hold a comma (the name grammar stops at one):
  // 'Ủy ban Tài chính, Ngân sách của Quốc hội' ('của Quốc hội' is added by the parser)
  { name: 'Ủy ban Tài chính, Ngân sách', level: 'central', aliases: ['UB Tài chính, Ngân sách'] },
  { name: 'Ủy ban Khoa học, Công nghệ và Môi trường', level: 'central', aliases: [] },
  { name: 'Ủy ban Văn hóa, Giáo dục, Thanh niên, Thiếu niên và Nhi đồng', level: 'central', aliases: [] },
  { name: 'Ủy ban Văn hóa, Giáo dục', level: 'central', aliases: [] },
  { name: 'Ủy ban Quốc phòng, An ninh và Đối ngoại', level: 'central', aliases: [] }, // 2025
  { name: 'Văn phòng Quốc hội', level: 'central', aliases: ['VPQH'] },
  { name: 'Chính phủ', level: 'central', aliases: [] }, // 'CP' not listed: also 'cổ phần'
  { name: 'Văn phòng Chính phủ', level: 'central', aliases: ['VPCP'] },
  { name: 'Văn phòng Chủ tịch nước', level: 'central', aliases: [] },
  { name: 'Tòa án nhân dân tối cao', level: 'central', aliases: ['TAND tối cao', 'TANDTC'] },
  { name: 'Viện Kiểm sát nhân dân tối cao', level: 'central', aliases: ['VKSND tối cao', 'VKSNDTC'] },
  // the high courts and procuracies of the three regions (central bodies, named by their seat)
  ...['Hà Nội', 'Đà Nẵng', 'TP Hồ Chí Minh', 'TP.HCM', 'Thành phố Hồ Chí Minh'].flatMap((seat) => [
    { name: `Tòa án nhân dân cấp cao tại ${seat}`, level: 'central' as const, aliases: [`TAND cấp cao tại ${seat}`] },
    { name: `Viện Kiểm sát nhân dân cấp cao tại ${seat}`, level: 'central' as const, aliases: [`VKSND cấp cao tại ${seat}`] },
  ]),
  { name: 'Kiểm toán Nhà nước', level: 'central', aliases: ['KTNN'] },
  { name: 'Thanh tra Chính phủ', level: 'central', aliases: [] }, // 'TTCP' not listed: also Thủ tướng Chính phủ
  // (the short names give way to the full one where the article writes it)
  { name: 'Ngân hàng Nhà nước Việt Nam', level: 'central', aliases: [], short: ['Ngân hàng Nhà nước', 'NHNN'] },
  { name: 'Ủy ban Dân tộc', level: 'central', aliases: ['UBDT'] }, // until 2025
  { name: 'Hội đồng Thi đua - Khen thưởng Trung ương', level: 'central', aliases: ['Hội đồng TĐKT Trung ương'] },
  { name: 'Ban Thi đua - Khen thưởng Trung ương', level: 'central', aliases: [] },
  { name: 'Ban Cơ yếu Chính phủ', level: 'central', aliases: [] },
  // the nation's social insurance (its provinces' branches: 'Bảo hiểm xã hội' + locator)
  { name: 'Bảo hiểm xã hội Việt Nam', level: 'central', aliases: ['BHXH Việt Nam'] },
  // the Politburo's steering committees of the regions (until 2025)
  { name: 'Ban Chỉ đạo Tây Nguyên', level: 'central', aliases: ['BCĐ Tây Nguyên'] },
  { name: 'Ban Chỉ đạo Tây Bắc', level: 'central', aliases: ['BCĐ Tây Bắc'] },
  { name: 'Ban Chỉ đạo Tây Nam Bộ', level: 'central', aliases: ['Ban Chỉ đạo Tây Nam bộ', 'BCĐ Tây Nam Bộ'] },
  // State press agencies presented as bodies
  // (also printed with a capital 'Tấn': 'Thông Tấn xã Việt Nam')
  { name: 'Thông tấn xã Việt Nam', level: 'central', aliases: ['TTXVN', 'Thông Tấn xã Việt Nam'] },
  // (also written in sentence case: 'Đài truyền hình Việt Nam, Đài tiếng nói Việt Nam truyền hình …')
  { name: 'Đài Tiếng nói Việt Nam', level: 'central', aliases: ['VOV', 'Đài tiếng nói Việt Nam'] },
  { name: 'Đài Truyền hình Việt Nam', level: 'central', aliases: ['VTV', 'Đài truyền hình Việt Nam'] },
])

/** Every name of a complete body, short ones included. */
export const completeNames = (b: CompleteBody): string[] => [b.name, ...b.aliases, ...(b.short ?? [])]

/** Ministries: names after 'Bộ ' (without 'Bộ'). */
export const MINISTRIES: readonly { name: string; aliases: readonly string[] }[] = [
  { name: 'Quốc phòng', aliases: [] },
  { name: 'Công an', aliases: [] },
  { name: 'Ngoại giao', aliases: [] },
  { name: 'Nội vụ', aliases: [] }, // absorbed Lao động - TBXH in 2025
  { name: 'Tư pháp', aliases: [] },
  { name: 'Tài chính', aliases: [] }, // absorbed Kế hoạch và Đầu tư in 2025
  { name: 'Công Thương', aliases: [] },
  { name: 'Xây dựng', aliases: [] }, // absorbed Giao thông vận tải in 2025
  { name: 'Y tế', aliases: [] },
  { name: 'Giáo dục và Đào tạo', aliases: ['GD&ĐT', 'GDĐT', 'GD-ĐT'] },
  { name: 'Khoa học và Công nghệ', aliases: ['KH&CN', 'KHCN'] }, // absorbed Thông tin và Truyền thông in 2025
  { name: 'Văn hóa, Thể thao và Du lịch', aliases: ['VH,TT&DL', 'VHTTDL', 'Văn hóa - Thể thao và Du lịch'] },
  { name: 'Nông nghiệp và Môi trường', aliases: ['NN&MT', 'NNMT'] }, // 2025: Nông nghiệp + Tài nguyên
  { name: 'Dân tộc và Tôn giáo', aliases: [] }, // 2025
  // until 2025
  { name: 'Kế hoạch và Đầu tư', aliases: ['KH&ĐT', 'KHĐT'] },
  { name: 'Giao thông vận tải', aliases: ['GTVT'] },
  { name: 'Nông nghiệp và Phát triển nông thôn', aliases: ['NN&PTNT', 'NNPTNT'] },
  { name: 'Tài nguyên và Môi trường', aliases: ['TN&MT', 'TNMT'] },
  {
    name: 'Lao động - Thương binh và Xã hội',
    aliases: ['LĐ-TB&XH', 'LĐTBXH', 'Lao động, Thương binh và Xã hội', 'Lao động Thương binh và Xã hội', 'Lao động - Thương binh - Xã hội'],
  },
  { name: 'Thông tin và Truyền thông', aliases: ['TT&TT', 'TTTT'] },
  // until 2007 [mem]
  { name: 'Văn hóa - Thông tin', aliases: ['Văn hóa, Thông tin', 'VH-TT', 'VHTT'] },
  { name: 'Thủy sản', aliases: [] },
  { name: 'Công nghiệp', aliases: [] },
  { name: 'Thương mại', aliases: [] },
  { name: 'Bưu chính, Viễn thông', aliases: ['Bưu chính - Viễn thông'] },
]

/** Provincial departments: names after 'Sở ' (without 'Sở'). */
export const DEPARTMENTS: readonly { name: string; aliases: readonly string[] }[] = [
  { name: 'Nội vụ', aliases: [] },
  { name: 'Tài chính', aliases: [] },
  { name: 'Tư pháp', aliases: [] },
  { name: 'Công Thương', aliases: [] },
  { name: 'Xây dựng', aliases: [] },
  { name: 'Y tế', aliases: [] },
  { name: 'Giáo dục và Đào tạo', aliases: ['GD&ĐT', 'GDĐT', 'GD-ĐT'] },
  { name: 'Khoa học và Công nghệ', aliases: ['KH&CN', 'KHCN'] },
  { name: 'Ngoại vụ', aliases: [] },
  { name: 'Văn hóa, Thể thao và Du lịch', aliases: ['VH,TT&DL', 'VHTTDL', 'Văn hóa - Thể thao và Du lịch'] },
  { name: 'Văn hóa và Thể thao', aliases: [] }, // 2025, where tourism got its own Sở
  { name: 'Du lịch', aliases: [] },
  { name: 'Nông nghiệp và Môi trường', aliases: ['NN&MT', 'NNMT'] }, // 2025
  { name: 'Dân tộc và Tôn giáo', aliases: [] }, // 2025
  { name: 'Quy hoạch - Kiến trúc', aliases: [] }, // Hà Nội, TP.HCM
  // until 2025
  { name: 'Kế hoạch và Đầu tư', aliases: ['KH&ĐT', 'KHĐT'] },
  { name: 'Giao thông vận tải', aliases: ['GTVT'] },
  { name: 'Nông nghiệp và Phát triển nông thôn', aliases: ['NN&PTNT', 'NNPTNT'] },
  // (also written with a dash or nothing between its fields: 'Sở Tài nguyên - Môi trường', 'Sở Tài nguyên Môi trường')
  { name: 'Tài nguyên và Môi trường', aliases: ['TN&MT', 'TNMT', 'TN-MT', 'Tài nguyên Môi trường'] },
  {
    name: 'Lao động - Thương binh và Xã hội',
    aliases: ['LĐ-TB&XH', 'LĐTBXH', 'Lao động, Thương binh và Xã hội'],
  },
  { name: 'Thông tin và Truyền thông', aliases: ['TT&TT', 'TTTT'] },
]

/**
 * The specialist offices of a district's People's Committee (Nghị định 37/2014/NĐ-CP and
 * 108/2020/NĐ-CP: 'Phòng Nội vụ', 'Phòng Tài chính - Kế hoạch', 'Phòng Quản lý đô thị' …):
 * names after 'Phòng ' (without 'Phòng'). A 'Phòng' so named sits in a district (level
 * 'district') even where the text does not name the district with it; a department's or a
 * centre's own divisions have other names ('Phòng Kế hoạch - Tài chính', 'Phòng Thu hồi đất').
 * Spellings as the genre corpus writes them.
 */
export const DISTRICT_OFFICES: readonly string[] = [
  'Nội vụ', 'Tư pháp', 'Tài chính - Kế hoạch', 'Tài chính-Kế hoạch', 'Tài chính Kế hoạch', 'TC-KH', 'TCKH',
  'Tài nguyên và Môi trường', 'Tài nguyên - Môi trường', 'Tài nguyên Môi trường', 'TN&MT', 'TN-MT', 'TNMT',
  'Lao động - Thương binh và Xã hội', 'Lao động, Thương binh và Xã hội', 'LĐ-TB&XH', 'LĐTB&XH', 'LĐTBXH',
  'Văn hóa và Thông tin', 'Văn hóa - Thông tin', 'Văn hóa Thông tin', 'VH-TT', 'VHTT',
  'Giáo dục và Đào tạo', 'Giáo dục - Đào tạo', 'GD&ĐT', 'GD-ĐT', 'GDĐT', 'Y tế',
  'Kinh tế', 'Kinh tế và Hạ tầng', 'Kinh tế - Hạ tầng', 'Kinh tế hạ tầng', 'KT&HT', 'KT-HT', 'KTHT',
  'Quản lý đô thị', 'QLĐT', 'Nông nghiệp và Phát triển nông thôn', 'NN&PTNT', 'Dân tộc',
]

/**
 * Abbreviations and their expansions for the scoring fold and for reading prose (domain.md e.3).
 * Only expansions that are unambiguous in prose. Left out on purpose:
 *   BCT (Bộ Chính trị in prose, Bộ Công Thương in codes), BTC (Ban Tổ chức / Bộ Tài chính),
 *   TTCP (Thủ tướng / Thanh tra Chính phủ), CP ('Công ty CP' = cổ phần), ĐV (đảng viên / đơn vị),
 *   TT (thị trấn / Thông tư / Thông tri), CB, CC, VC alone, the one-letter locators H., Q., P., X.
 *   (see LOCATOR_WORDS; Q. is also 'acting' in signatures), and TM., KT., TL., TUQ. (signature lines).
 */
export interface Abbreviation {
  abbr: string
  expansion: string
}

/** The abbreviations by what they stand for (the collection groups by bodies, awards and places). */
export const ABBREVIATIONS_BY_TOPIC: Readonly<Record<'bodies' | 'people' | 'awards' | 'topics' | 'places', readonly Abbreviation[]>> = {
  bodies: [
    { abbr: 'UBND', expansion: 'Ủy ban nhân dân' },
    { abbr: 'HĐND', expansion: 'Hội đồng nhân dân' },
    { abbr: 'MTTQ', expansion: 'Mặt trận Tổ quốc' },
    { abbr: 'UBMTTQ', expansion: 'Ủy ban Mặt trận Tổ quốc' },
    { abbr: 'BCH', expansion: 'Ban Chấp hành' },
    { abbr: 'BTV', expansion: 'Ban Thường vụ' },
    { abbr: 'BBT', expansion: 'Ban Bí thư' },
    { abbr: 'TW', expansion: 'Trung ương' },
    { abbr: 'TƯ', expansion: 'Trung ương' },
    { abbr: 'T.Ư', expansion: 'Trung ương' },
    { abbr: 'T.W', expansion: 'Trung ương' },
    { abbr: 'UBKT', expansion: 'Ủy ban Kiểm tra' },
    { abbr: 'UB', expansion: 'Ủy ban' },
    { abbr: 'BTG', expansion: 'Ban Tuyên giáo' },
    { abbr: 'BDV', expansion: 'Ban Dân vận' },
    { abbr: 'BNC', expansion: 'Ban Nội chính' },
    { abbr: 'BCĐ', expansion: 'Ban Chỉ đạo' },
    { abbr: 'ĐUK', expansion: 'Đảng ủy Khối' },
    { abbr: 'VP', expansion: 'Văn phòng' },
    { abbr: 'QH', expansion: 'Quốc hội' },
    { abbr: 'UBTVQH', expansion: 'Ủy ban Thường vụ Quốc hội' },
    { abbr: 'ĐBQH', expansion: 'đại biểu Quốc hội' },
    { abbr: 'Đoàn ĐBQH', expansion: 'Đoàn đại biểu Quốc hội' },
    { abbr: 'CTN', expansion: 'Chủ tịch nước' },
    { abbr: 'TTg', expansion: 'Thủ tướng' },
    { abbr: 'VPCP', expansion: 'Văn phòng Chính phủ' },
    { abbr: 'TAND', expansion: 'Tòa án nhân dân' },
    { abbr: 'VKSND', expansion: 'Viện Kiểm sát nhân dân' },
    { abbr: 'BHXH', expansion: 'Bảo hiểm xã hội' },
    { abbr: 'KBNN', expansion: 'Kho bạc Nhà nước' },
    { abbr: 'Bộ CHQS', expansion: 'Bộ Chỉ huy Quân sự' },
    { abbr: 'BĐBP', expansion: 'Bộ đội Biên phòng' },
    { abbr: 'HĐTĐKT', expansion: 'Hội đồng Thi đua - Khen thưởng' },
    { abbr: 'LĐLĐ', expansion: 'Liên đoàn Lao động' },
    { abbr: 'Hội LHPN', expansion: 'Hội Liên hiệp Phụ nữ' },
    { abbr: 'LHPN', expansion: 'Liên hiệp Phụ nữ' },
    { abbr: 'Đoàn TNCS HCM', expansion: 'Đoàn Thanh niên Cộng sản Hồ Chí Minh' },
    { abbr: 'ĐTN', expansion: 'Đoàn Thanh niên' },
    { abbr: 'TTXVN', expansion: 'Thông tấn xã Việt Nam' },
    { abbr: 'PT-TH', expansion: 'Phát thanh - Truyền hình' },
    { abbr: 'PTTH', expansion: 'Phát thanh - Truyền hình' },
    { abbr: 'Cổng TTĐT', expansion: 'Cổng thông tin điện tử' },
    { abbr: 'TTĐT', expansion: 'thông tin điện tử' },
    { abbr: 'HĐQT', expansion: 'Hội đồng quản trị' },
  ],
  people: [
    { abbr: 'CBCCVC', expansion: 'cán bộ, công chức, viên chức' },
    { abbr: 'CCVC', expansion: 'công chức, viên chức' },
    { abbr: 'CBCC', expansion: 'cán bộ, công chức' },
    { abbr: 'CNVCLĐ', expansion: 'công nhân, viên chức, lao động' },
    { abbr: 'NLĐ', expansion: 'người lao động' },
    { abbr: 'đ/c', expansion: 'đồng chí' },
    { abbr: 'TCCSĐ', expansion: 'tổ chức cơ sở đảng' },
    { abbr: 'CCB', expansion: 'cựu chiến binh' },
    { abbr: 'HTX', expansion: 'hợp tác xã' },
  ],
  awards: [
    { abbr: 'TĐKT', expansion: 'thi đua, khen thưởng' },
    { abbr: 'CSTĐ', expansion: 'Chiến sĩ thi đua' },
    { abbr: 'LĐTT', expansion: 'Lao động tiên tiến' },
    { abbr: 'TTLĐXS', expansion: 'Tập thể Lao động xuất sắc' },
    { abbr: 'TTLĐTT', expansion: 'Tập thể lao động tiên tiến' },
  ],
  topics: [
    { abbr: 'KT-XH', expansion: 'kinh tế - xã hội' },
    { abbr: 'QP-AN', expansion: 'quốc phòng - an ninh' },
    { abbr: 'NTM', expansion: 'nông thôn mới' },
    { abbr: 'CCHC', expansion: 'cải cách hành chính' },
    { abbr: 'TTHC', expansion: 'thủ tục hành chính' },
    { abbr: 'THPT', expansion: 'trung học phổ thông' },
    { abbr: 'THCS', expansion: 'trung học cơ sở' },
  ],
  places: [
    { abbr: 'TP.', expansion: 'thành phố' },
    { abbr: 'TP', expansion: 'thành phố' },
    { abbr: 'TX', expansion: 'thị xã' },
    { abbr: 'TX.', expansion: 'thị xã' },
    { abbr: 'TP.HCM', expansion: 'Thành phố Hồ Chí Minh' },
    { abbr: 'TPHCM', expansion: 'Thành phố Hồ Chí Minh' },
    { abbr: 'TP HCM', expansion: 'Thành phố Hồ Chí Minh' },
  ],
}

export const ABBREVIATIONS: readonly Abbreviation[] = Object.values(ABBREVIATIONS_BY_TOPIC).flat()

/**
 * Words that locate a body or a place ('UBND tỉnh', 'Huyện ủy Châu Thành', 'xã Tân Dân').
 * Below commune level (thôn, ấp, bản, tổ dân phố, khu phố) there is no level value: not listed.
 */
export const LOCATOR_WORDS: readonly { word: string; level: 'province' | 'district' | 'commune' }[] = [
  { word: 'tỉnh', level: 'province' },
  { word: 'thành phố', level: 'province' }, // ambiguous: a provincial city is district level
  { word: 'TP.', level: 'province' }, // ambiguous, as 'thành phố'
  { word: 'TP', level: 'province' }, // ambiguous, as 'thành phố'
  { word: 'huyện', level: 'district' },
  { word: 'quận', level: 'district' },
  { word: 'thị xã', level: 'district' },
  { word: 'TX', level: 'district' },
  { word: 'TX.', level: 'district' },
  { word: 'H.', level: 'district' },
  { word: 'Q.', level: 'district' }, // also 'acting' before a title in signature lines
  { word: 'xã', level: 'commune' },
  { word: 'phường', level: 'commune' },
  { word: 'thị trấn', level: 'commune' },
  { word: 'đặc khu', level: 'commune' }, // special zones, commune level from 1/7/2025 [mem]
  { word: 'P.', level: 'commune' },
  { word: 'X.', level: 'commune' },
]

/**
 * Party boards whose name is a proper name on its own, so that written without their committee
 * they are still one named body ('Ban Tổ chức Thành ủy, Ban Tuyên giáo Thành ủy, Ban Dân vận'),
 * not a bare head noun. 'Ban Tổ chức' is left out: bare, it is an event's organising committee.
 */
export const SELF_NAMED_PARTY_BOARDS: readonly string[] = [
  'Tuyên giáo', 'Dân vận', 'Nội chính', 'Tuyên giáo và Dân vận', 'Khoa giáo', 'Tuyên huấn',
]

/**
 * The heads of a firm or state group whose Party organ its chair's title names, and those titles:
 * 'Bí thư Đảng ủy, Chủ tịch Hội đồng thành viên PVN' → 'Đảng ủy PVN' (genre30/33 NOTES; DECISIONS:
 * a Party body in an enterprise is an office, the enterprise is not). Not documents.ts's
 * ENTERPRISE_HEADS, which also holds associations and banks as senders of letters.
 */
export const PARTY_ORGAN_FIRM_HEADS: readonly string[] = ['Tổng công ty', 'Tổng Công ty', 'Công ty', 'Cty', 'Tập đoàn']
// (only its board's chair: after 'Giám đốc' the gold is split (genre13 mgbm-679 names no 'Đảng
// ủy Cty X'), and an acronym there may be a State agency's: 'Tổng Giám đốc TTXVN')
export const ENTERPRISE_LEADER_TITLES: readonly string[] = [
  'Chủ tịch Hội đồng thành viên', 'Chủ tịch Hội đồng Thành viên', 'Chủ tịch HĐTV',
  'Chủ tịch Hội đồng quản trị', 'Chủ tịch Hội đồng Quản trị', 'Chủ tịch HĐQT',
]

/**
 * Who stands with a place's Party organisation in the set phrases of the press: 'Đảng bộ, chính
 * quyền và nhân dân tỉnh X', 'Đảng bộ và nhân dân các dân tộc tỉnh X', 'Đảng bộ, quân và dân
 * Bình Định', 'Đảng bộ, nhân dân xã X' (the place written once at the end names the Party
 * organisation too). Mined from the genre corpus: the words written between a bare 'Đảng bộ' and
 * a place.
 */
export const PEOPLE_OF_A_PLACE: readonly string[] = [
  'chính quyền', 'nhân dân', 'Nhân dân', 'người dân', 'quân và dân', 'dân và quân', 'quân và nhân dân', 'quân dân',
  'lực lượng vũ trang', 'các lực lượng vũ trang', 'LLVT', 'các tầng lớp nhân dân',
]

/**
 * Army formations and forces (no offices themselves: DECISIONS.md), whose Party committees are:
 * 'Bí thư Đảng ủy, Chính ủy Quân khu' after 'Quân khu 4' → 'Đảng ủy Quân khu 4'; and the
 * commands that lead a force, whose Party committee is named by the force ('Đảng ủy, Bộ Tư lệnh
 * Bộ đội Biên phòng' → 'Đảng ủy Bộ đội Biên phòng'; 'Thường vụ Đảng ủy, Bộ Chỉ huy BĐBP thành
 * phố' → 'Thường vụ Đảng ủy BĐBP thành phố'; 'Đảng ủy, Bộ CHQS tỉnh' → 'Đảng ủy Quân sự tỉnh').
 */
export const ARMY_FORMATIONS: readonly string[] = [
  'Quân khu', 'Quân đoàn', 'Quân chủng', 'Binh chủng', 'Sư đoàn', 'Lữ đoàn', 'Trung đoàn', 'Bộ đội Biên phòng', 'Cảnh sát biển',
]
/**
 * Formations whose Party bodies stand at no level of the State: 'Đảng ủy Sư đoàn 330', 'Đảng bộ
 * Sư đoàn 330', 'Đảng ủy Binh chủng' (gold of genre1–44: 4 with no level, none with one; the
 * forces and military regions above them, 'Đảng ủy Bộ Tư lệnh BĐBP', stay central).
 */
export const UNLEVELLED_FORMATIONS: readonly string[] = ['Quân đoàn', 'Binh chủng', 'Sư đoàn', 'Lữ đoàn', 'Trung đoàn']
/** Commands and the force they name, when the command's head holds it: [head, force] ('Bộ CHQS' leads the 'Quân sự'). */
export const COMMANDS: readonly (readonly [string, string])[] = [
  ['Bộ Tư lệnh', ''], ['Bộ Chỉ huy', ''], ['Ban Chỉ huy', ''], ['Bộ CHQS', 'Quân sự'], ['Ban CHQS', 'Quân sự'],
]

/** Vietnam's missions abroad, named 'Đại sứ quán Việt Nam tại X' (a foreign country's mission is no office). */
export const MISSIONS: readonly string[] = ['Đại sứ quán', 'Tổng Lãnh sự quán', 'Lãnh sự quán', 'Cơ quan Tùy viên Quốc phòng', 'Cơ quan Tùy viên quốc phòng']

/**
 * Names that begin as a body's and name a place, a market or no Party or State body instead: an
 * administrative or financial centre is a district of buildings ('Trung tâm hành chính Q. Bình
 * Tân', 'Trung tâm chính trị - hành chính'), a 'Sở Giao dịch' ('Sở GDCK') a stock exchange or a bank's
 * branch, the securities depository ('Trung tâm Lưu ký chứng khoán') a firm of the market.
 */
export const NOT_OFFICE_NAMES_STARTING: readonly string[] = [
  'Trung tâm hành chính', 'Trung tâm chính trị - hành chính', 'Trung tâm tài chính', 'Trung tâm thương mại',
  'Sở Giao dịch', 'Sở GDCK', 'Trung tâm Lưu ký', 'Trung tâm lưu ký',
  // a firm's boards ('Chủ tịch Hội đồng quản trị Công ty …'), the Olympic committee (an association)
  'Hội đồng quản trị', 'Hội đồng thành viên', 'Ủy ban Olympic',
  // the Young Pioneers' council (a mass organisation's): 'Hội đồng đội tỉnh Thái Bình'
  'Hội đồng Đội', 'Hội đồng đội',
  // a prize's or a contest's jury and organisers ('Hội đồng Giải', 'Ban Giám khảo', 'Ban Tổ chức Giải')
  'Hội đồng Giải', 'Hội đồng giám khảo', 'Hội đồng chấm giải', 'Ban Giám khảo', 'Ban Tổ chức Giải', 'Ban Tổ chức cuộc thi', 'Ban Tổ chức Hội thi',
  // a venue, not who holds it ('tại Trung tâm Hội nghị Quốc gia', 'Trung tâm Triển lãm Giảng Võ')
  'Trung tâm Hội nghị', 'Trung tâm hội nghị', 'Trung tâm Triển lãm', 'Trung tâm triển lãm',
  // religious organisations are no Party or State body (genre36 NOTES): 'Ban Trị sự Giáo hội
  // Phật giáo Việt Nam tỉnh X' (the State's own 'Ban Tôn giáo Chính phủ' stays an office)
  'Ban Trị sự', 'ban Trị sự', 'Giáo hội',
  // the centre of a place, a town's heart ('Nhà văn hóa Trung tâm tỉnh Quảng Trị', 'Trung tâm huyện'):
  // a body's centre names its field before any level word ('Trung tâm Y tế huyện')
  ...['tỉnh', 'huyện', 'quận', 'thị xã', 'thành phố', 'TP', 'xã', 'phường', 'thị trấn'].flatMap((w) => [`Trung tâm ${w}`, `trung tâm ${w}`]),
]

/**
 * Outlets named after a body: 'Báo điện tử Chính phủ', 'Cổng Thông tin điện tử Chính phủ'. The
 * body in an outlet's name is no office.
 */
export const OUTLETS_NAMED_AFTER_BODIES: readonly string[] = [
  'Báo điện tử', 'Cổng Thông tin điện tử', 'Cổng thông tin điện tử', 'Cổng TTĐT', 'Báo',
]

/**
 * A newspaper or magazine cited as the source of a report is a publication, no body acting
 * (genre36 NOTES: 'Báo Nhân Dân số ra ngày …', 'Báo Thanh Niên đưa tin'; genre27: '… có bài'):
 * the outlet heads, the words after the outlet that cite it, and the words before it.
 */
export const OUTLET_HEADS: readonly string[] = ['Báo', 'Tạp chí']
export const CITING_AFTER_OUTLET: readonly string[] = [
  'số ra ngày', 'số ra', 'số báo', 'đưa tin', 'đăng tải', 'đăng bài', 'đã đăng', 'có bài', 'đã có bài',
  'phản ánh', 'đã phản ánh', 'dẫn lời', 'dẫn nguồn', 'đã thông tin', 'thông tin',
]
export const CITING_BEFORE_OUTLET: readonly string[] = ['theo', 'Theo', 'trên', 'đăng trên', 'đăng tải trên', 'tờ', 'dẫn', 'trích']

/**
 * Mentions that are never offices (FACTS.md, DECISIONS.md Offices): the Party or State as a whole,
 * level words, classes of bodies, bare head nouns, events, and heads outside Party/State.
 */
export const NOT_OFFICES: readonly string[] = [
  // the Party or State as a whole, level words
  'Đảng',
  'Nhà nước',
  'Trung ương',
  'tỉnh',
  'đoàn thể',
  'chính quyền',
  // classes of bodies, no single named body
  'Văn phòng cấp ủy',
  'văn phòng các huyện, thị ủy',
  'HĐND các cấp',
  'UBND các cấp',
  'cấp ủy các cấp',
  'chính quyền các cấp',
  'cấp ủy',
  'cấp ủy, chính quyền',
  'các chi bộ',
  'đảng ủy cấp trên',
  'cấp trên',
  'cơ quan',
  'các cơ quan',
  'các đơn vị',
  'các sở, ban, ngành',
  'các ban, ngành',
  'ban, ngành, đoàn thể',
  'các ban, ngành, đoàn thể',
  // bare head nouns: a back-reference, or no fact when the full name is never written
  'Văn phòng',
  'Đảng ủy',
  'Đảng bộ',
  'Chi bộ',
  'Ban Chỉ đạo',
  'Đoàn kiểm tra',
  'Đoàn thanh tra',
  'Bộ phận giúp việc', // an internal working group; 'Bộ phận' is not 'Bộ …'
  // events and campaigns
  'Đại hội',
  'Hội nghị',
  'Hội thi',
  'Cuộc thi',
  'Cuộc vận động',
  // the Fatherland Front: its bodies are no offices (DECISIONS.md)
  'Mặt trận Tổ quốc',
  'Mặt trận Tổ quốc Việt Nam',
  'Ủy ban Mặt trận Tổ quốc',
  'MTTQ',
  'UBMTTQ',
  // mass organisations and associations [judgement: associations are no offices; the
  // socio-political organisations were brought under the MTTQ in 2025]
  'Tỉnh đoàn',
  'Đoàn Thanh niên',
  'Hội Liên hiệp Phụ nữ',
  'Hội Nông dân',
  'Hội Cựu chiến binh',
  'Liên đoàn Lao động',
  'Công đoàn',
  'Hội',
  // army formations, enterprises (DECISIONS.md)
  'Quân khu',
  'Sư đoàn',
  'Lữ đoàn',
  'Trung đoàn',
  'Công ty',
  'Tập đoàn',
  'Hợp tác xã',
  'Doanh nghiệp',
]

/** The army's general departments, organs of the Central Military Commission: central bodies ('tại Hà Nội, Tổng cục Chính trị QĐND Việt Nam tổ chức …' is no Hà Nội story). */
export const ARMY_GENERAL_DEPARTMENTS: readonly string[] = ['Tổng cục Chính trị', 'Tổng cục Hậu cần', 'Tổng cục Kỹ thuật', 'Tổng cục Công nghiệp quốc phòng', 'Tổng cục II', 'Bộ Tổng Tham mưu'];
