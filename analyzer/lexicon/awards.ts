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
}

export const AWARDS: readonly AwardName[] = [
  // ── Huân chương (orders), highest first (2022 law Điều 33) ────────────────────────────────
  { name: 'Huân chương Sao vàng', category: 'order', variants: [] },
  { name: 'Huân chương Hồ Chí Minh', category: 'order', variants: [] },
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

  // ── Danh hiệu vinh dự nhà nước (honorary titles) (2022 law Điều 59) ───────────────────────
  { name: 'Tỉnh Anh hùng', category: 'honorary-title', variants: [] },
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
  { name: 'Chiến sĩ thi đua cấp ngành', category: 'emulation-title', variants: ['CSTĐ cấp ngành', 'Chiến sĩ thi đua ngành'] },
  { name: 'Chiến sĩ thi đua cấp tỉnh', category: 'emulation-title', variants: ['CSTĐ cấp tỉnh', 'Chiến sĩ thi đua tỉnh'] },
  {
    name: 'Chiến sĩ thi đua cấp cơ sở',
    category: 'emulation-title',
    variants: ['Chiến sĩ thi đua cơ sở', 'CSTĐ cơ sở', 'CSTĐ cấp cơ sở'],
  },
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
    ],
  },

  // ── Certificates ──────────────────────────────────────────────────────────────────────────
  { name: 'Bằng khen', category: 'certificate', variants: [] },
  { name: 'Giấy khen', category: 'certificate', variants: [] },
  { name: 'Bằng Lao động sáng tạo', category: 'certificate', variants: [] }, // Tổng Liên đoàn Lao động Việt Nam

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
]

/** Class of an order or medal: 'hạng Nhì', 'hạng II', 'hạng 2' → 'Nhì'. */
export const AWARD_CLASSES: readonly { name: 'Nhất' | 'Nhì' | 'Ba'; variants: readonly string[] }[] = [
  { name: 'Nhất', variants: ['nhất', 'I', '1'] },
  { name: 'Nhì', variants: ['nhì', 'II', '2'] },
  { name: 'Ba', variants: ['ba', 'III', '3'] },
]

/**
 * Ranks of contest prizes; the award name is 'Giải ' + name ('Giải Nhì', 'Giải Khuyến khích',
 * 'Giải A'), level words dropped ('giải Khuyến khích cấp tỉnh' → 'Giải Khuyến khích').
 * A–C are used e.g. by the Búa liềm vàng press prize.
 */
export const PRIZE_RANKS: readonly { name: string; variants: readonly string[] }[] = [
  { name: 'Đặc biệt', variants: [] },
  { name: 'Nhất', variants: ['I', '1'] },
  { name: 'Nhì', variants: ['II', '2'] },
  { name: 'Ba', variants: ['III', '3'] },
  { name: 'Tư', variants: ['IV', '4'] }, // some contests have a fourth prize [mem]
  { name: 'Khuyến khích', variants: ['KK'] },
  { name: 'A', variants: [] },
  { name: 'B', variants: [] },
  { name: 'C', variants: [] },
]

/** Verbs that confer an award (grantor before, award after: 'UBND tỉnh tặng Bằng khen'). */
export const GRANT_VERBS: readonly string[] = [
  'tặng',
  'tặng thưởng',
  'trao',
  'trao tặng',
  'trao thưởng',
  'khen thưởng',
  'công nhận',
  'truy tặng',
  'phong tặng',
  'truy phong',
  'xét tặng',
]

/**
 * Verbs on the recipient's side ('Văn phòng Tỉnh ủy vinh dự đón nhận Huân chương …',
 * 'được tặng Bằng khen', 'đạt giải Nhì'). Not in the brief's shape; kept separate on purpose.
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
export const NOT_AWARDS: readonly string[] = [
  'trong sạch, vững mạnh',
  'trong sạch, vững mạnh tiêu biểu',
  'hoàn thành xuất sắc nhiệm vụ',
  'hoàn thành tốt nhiệm vụ',
  'hoàn thành nhiệm vụ',
  'không hoàn thành nhiệm vụ',
]
