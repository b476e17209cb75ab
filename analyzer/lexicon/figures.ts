/**
 * The words that tie a figure to its owner and to its date (refine/count-subjects.ts;
 * FACTS.md count `subject`, `asOf`). Each list is grammar data: what may stand between the
 * owner and the number, or before the date the figure holds at.
 */

/**
 * Verbs by which a body or a place has (or is made of) what is counted: 'Đảng bộ X có 5 chi bộ',
 * 'Hội gồm 120 hội viên', 'Đảng bộ kết nạp 12 đảng viên mới'. Not the verbs of giving, holding an
 * event or taking part ('tặng', 'trao', 'tổ chức', 'dự'): the body acts, the figure is not its own.
 */
export const HAVING_VERBS = [
  'có',
  'có tổng số',
  'có tổng cộng',
  'có trên',
  'gồm',
  'gồm có',
  'bao gồm',
  'với',
  'với tổng số',
  'kết nạp',
  'kết nạp được',
  'kết nạp mới',
  'phát triển',
  'phát triển được',
  'quản lý',
  'đạt',
] as const;

/**
 * Words before a body that make it a modifier of the noun before it, not the owner:
 * 'Đảng ủy X trực thuộc Thành ủy Y với 64 chi bộ', 'báo cáo của Chính phủ có 6 chỉ tiêu'.
 */
export const NOT_OWNER_BEFORE = ['của', 'thuộc', 'trực thuộc', 'cho', 'với', 'và', 'cùng', 'tại', 'phiếu', 'theo'] as const;

/** Words that may stand between the owner and its verb: 'hiện có', 'đến nay đã kết nạp'. */
export const HAVING_ADVERBS = ['hiện nay', 'hiện tại', 'hiện', 'đến nay', 'nay', 'đã', 'vẫn', 'chỉ', 'cũng', 'tổng cộng', 'được'] as const;

/** The whole of a place as owner: 'toàn tỉnh có 950 tổ chức cơ sở đảng' (the article's province). */
export const WHOLE_PLACE = ['toàn tỉnh', 'cả tỉnh', 'toàn thành phố', 'cả thành phố', 'toàn TP', 'trên địa bàn tỉnh', 'trên địa bàn thành phố', 'trên toàn tỉnh'] as const;

/** Units that name a place before its proper name: 'tỉnh Gia Lai có …', 'huyện Chư Sê có …'. */
export const PLACE_UNITS = ['tỉnh', 'thành phố', 'TP.', 'TP', 'huyện', 'quận', 'thị xã', 'xã', 'phường', 'thị trấn'] as const;

/** What links the counts of one list, after the previous count: 'có 5 chi bộ trực thuộc với 49 đảng viên'. */
export const LIST_LINKS = [',', 'và', 'với', 'với tổng số', 'gồm', 'gồm có', 'trong đó', 'trong đó có', 'bao gồm', 'cùng', 'cùng với'] as const;

/** Before the date a figure holds at: 'tính đến ngày 31/12/2024', 'đến hết năm 2023', 'tại thời điểm 30/6'. */
export const AS_OF_MARKERS = ['tính đến', 'tính tới', 'tính đến hết', 'tính đến cuối', 'đến', 'tới', 'đến hết', 'đến cuối', 'hết', 'cuối', 'tại thời điểm', 'trong', 'trong năm'] as const;
