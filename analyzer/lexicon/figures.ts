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
  // what a body still has or lacks is its figure too: 'Sở X giờ chỉ còn 3 phó giám đốc',
  // 'Quốc hội có khuyết 5 đại biểu', 'huyện còn 1.200 hộ nghèo'
  'còn',
  'còn lại',
  'khuyết',
  'có khuyết',
  'thiếu',
  'có đến',
  'có tới',
  'lên đến',
  'lên tới',
  // what happens in a place is its figure: 'trên địa bàn TP xảy ra 2.256 vụ phạm pháp hình sự'
  'xảy ra',
] as const;

/**
 * Words before a body that make it a modifier of the noun before it, not the owner:
 * 'Đảng ủy X trực thuộc Thành ủy Y với 64 chi bộ', 'báo cáo của Chính phủ có 6 chỉ tiêu'.
 */
export const NOT_OWNER_BEFORE = ['của', 'thuộc', 'trực thuộc', 'cho', 'với', 'và', 'cùng', 'tại', 'phiếu', 'theo'] as const;

/** Words that may stand between the owner and its verb: 'hiện có', 'đến nay đã kết nạp'. */
export const HAVING_ADVERBS = ['hiện nay', 'hiện tại', 'hiện', 'đến nay', 'nay', 'đã', 'vẫn', 'chỉ', 'cũng', 'tổng cộng', 'được', 'trước đây', 'trước kia', 'giờ', 'đang'] as const;

/** The whole of a place as owner: 'toàn tỉnh có 950 tổ chức cơ sở đảng' (the article's province). */
export const WHOLE_PLACE = ['toàn tỉnh', 'cả tỉnh', 'toàn thành phố', 'cả thành phố', 'toàn TP', 'trên địa bàn tỉnh', 'trên địa bàn thành phố', 'trên địa bàn TP', 'trên toàn tỉnh'] as const;

/**
 * The province or city as the owner of a figure stated with 'là' after its noun: 'tổng số cán bộ
 * lãnh đạo, quản lý các cấp của tỉnh là 1.914 đồng chí' (the article's province). Only with 'là':
 * before a verb of having the noun before it owns the figure ('huyện … đầu tiên của tỉnh có 100% …').
 * Not 'của thành phố': in a province's article that is mostly a city of it ('tỷ suất sinh thô của
 * thành phố là 17,55‰').
 */
export const WHOLE_PLACE_OF = ['của tỉnh'] as const;

/**
 * A word that stands for a place the sentence has named ('Lãnh đạo Phòng GD-ĐT huyện Ba Vì cho
 * biết, địa phương có bảy xã' → 'huyện Ba Vì'): the nearest place named before it in its sentence.
 */
export const PLACE_BACK_REFERENCES = ['địa phương', 'địa phương này', 'huyện này', 'xã này'] as const;

/**
 * A level word alone, as the whole of the article's own unit of that level: 'toàn huyện hiện có
 * 31 trường', 'của huyện đạt 11,5%' → the district the article names ('huyện Anh Sơn');
 * 'toàn trường' → the school it names. (Province and city: WHOLE_PLACE, the article's province.)
 */
export const WHOLE_LEVEL_BEFORE = ['toàn', 'cả', 'của', 'trên địa bàn', 'trên toàn'] as const;
export const WHOLE_LEVELS = ['huyện', 'quận', 'thị xã', 'xã', 'phường', 'thị trấn', 'trường'] as const;

/**
 * A place or body whose figure the text states with 'là' after the figure's noun: 'Tỷ lệ chôn
 * lấp rác trên địa bàn thành phố là 76%', 'Tổng số học sinh toàn trường năm học 2016-2017 là
 * 1.004 em'. What may stand between the place and 'là': a time ('hiện nay', a year, a school year).
 */
export const FIGURE_TIME_WORDS = ['hiện nay', 'hiện tại', 'hiện', 'năm học', 'năm', 'tính đến nay', 'đến nay'] as const;

/**
 * Before a count, a verb by which someone acts on what is counted (gives to them, disciplines,
 * gathers them): then a body after the counted noun ('trao cho 12 đảng viên của Chi bộ X') names
 * the recipients' body, not an owner the sentence states (DECISIONS.md: null for recipients,
 * attendees, participants, what a body does).
 */
export const ACTING_BEFORE_COUNT = [
  'trao', 'tặng', 'trao tặng', 'cho', 'khen thưởng', 'tuyên dương', 'kỷ luật', 'kỉ luật', 'cách chức', 'khai trừ', 'dự', 'tham dự',
  'tham gia', 'gặp', 'gặp mặt', 'thăm', 'đón', 'tiếp', 'mời', 'triệu tập', 'bổ nhiệm', 'điều động', 'luân chuyển', 'cử', 'đề nghị',
  'xử lý', 'bắt', 'bắt giữ', 'khởi tố', 'hỗ trợ', 'giúp', 'giúp đỡ', 'tập huấn', 'đào tạo', 'kiểm tra', 'thanh tra',
] as const;

/**
 * Prepositions right before a count: the count is their object ('diễn ra giữa 2 kỳ họp của Quốc
 * hội', 'theo 7 chương trình của TP'), no figure a body after it has. Not 'trong' ('1 trong 3 xã
 * nông thôn mới của huyện X': the district's three).
 */
export const PREPOSITIONS_BEFORE_COUNT = ['giữa', 'theo', 'vào', 'tại', 'với', 'qua', 'về', 'từ', 'đến', 'tới', 'cho', 'của'] as const;

/**
 * Between a counted noun and the body or place that has it: '3 xã nông thôn mới của huyện Quế
 * Sơn'. Not 'thuộc', which mostly places the counted ('18 phường thuộc quận X', '22 cá nhân thuộc
 * Công an huyện được khen thưởng') rather than gives an owner. A body right after a count of
 * people needs no link ('3 trưởng ban HĐND TP', '2 cán bộ Sở X').
 */
export const OWNER_AFTER = ['của'] as const;

/** What opens a breakdown of the figure before it: '5 đại biểu, trong đó 2 người … và 1 người …' share its owner. */
export const BREAKDOWN_OPENERS = ['trong đó', 'trong số đó', 'gồm', 'bao gồm'] as const;

/** Units that name a place before its proper name: 'tỉnh Gia Lai có …', 'huyện Chư Sê có …'. */
export const PLACE_UNITS = ['tỉnh', 'thành phố', 'TP.', 'TP', 'huyện', 'quận', 'thị xã', 'xã', 'phường', 'thị trấn'] as const;

/**
 * Countries named bare as the owner of a figure ('Việt Nam có hơn 3.000 hòn đảo'), as provinces
 * are ('Yên Bái hiện có 4 sở'): the name as written is the subject.
 */
export const COUNTRY_OWNERS = ['Việt Nam'] as const;

/** What links the counts of one list, after the previous count: 'có 5 chi bộ trực thuộc với 49 đảng viên'. */
export const LIST_LINKS = [
  ',', 'và', 'với', 'với tổng số', 'gồm', 'gồm có', 'trong đó', 'trong đó có', 'bao gồm', 'cùng', 'cùng với',
  // a rate restating the count before it: '66 trường học chuẩn quốc gia, đạt tỷ lệ 47%'
  'trong số', // '31 trong số 66 trường học': the part and the whole
  'đạt', 'đạt tỷ lệ', 'đạt tỉ lệ', 'chiếm', 'chiếm tỷ lệ', 'chiếm tỉ lệ', 'bằng', 'tương đương', 'tương đương với',
] as const;

/** Connectives that may open a sentence before its opening date: 'Tuy nhiên, vào tháng 5.2015, …'. */
export const SENTENCE_CONNECTIVES = ['tuy nhiên', 'trong khi đó', 'sau đó', 'ngoài ra', 'đồng thời', 'trước đó', 'riêng', 'cụ thể', 'theo đó', 'mới đây'] as const;

/** Before the date a figure holds at: 'tính đến ngày 31/12/2024', 'đến hết năm 2023', 'tại thời điểm 30/6'. */
export const AS_OF_MARKERS = ['tính đến', 'tính tới', 'tính đến hết', 'tính đến cuối', 'đến', 'tới', 'đến hết', 'đến cuối', 'hết', 'cuối', 'tại thời điểm', 'trong', 'trong năm'] as const;
