/**
 * Words that end a count's noun phrase, written by hand next to the mined lists of
 * lexicon/count-boundaries.ts (which a script regenerates): verbs, adverbs and participles that
 * the mining missed, read where they cut a counted noun short of a clause ('3 loại thuốc | nêu
 * trên', '23 nguồn tin | liên quan', '15 vị trí | đối với các kênh', '3 con sông | chảy qua').
 */

/** One-syllable words. */
export const EXTRA_PHRASE_END_WORDS: readonly string[] = [
  'nêu', // 'nêu trên' (mentioned above)
  'riêng', // '350 lồng cá, | riêng trong sáng 10/7 …'
  'chảy',
  'sắp', // an aspect marker: '60 dự án bất động sản | sắp thanh tra'
  'xin', // '34 dự án | xin chuyển …'
  'nằm', // '4 dự án thủy điện | nằm trên địa bàn …'
  'rất', // '60 dự án | rất lo lắng'
  'cùng', // '134 đơn vị | cùng tổng số tiền …'
  'nữa', // 'một dự án | nữa'
  'chống', // 'hai cuộc kháng chiến | chống Pháp'
  'quá', // an adverb of degree, no noun: 'phương án 1 | quá sơ sài', '2 thủy điện | quá lớn'
];

/**
 * Verbs of how a thing is built that end a noun phrase once a word of kind follows its head
 * ('3 nhà trệt | xây gạch', '3 nhà trệt | xây dựng và lán trại', 'chòi gỗ | lợp lá'; no gold unit
 * holds 'xây'), but not right after the head, where they name its kind ('12 công ty xây dựng', '6
 * gói xây lắp').
 */
export const BUILT_PARTICIPLES: readonly string[] = ['xây', 'lợp'];

/** Two-syllable words and pairs (read as 'first second'). */
export const EXTRA_PHRASE_END_PAIRS: readonly string[] = [
  'liên quan',
  'đối với',
  'liên tục',
  'liên tiếp',
  'cấp phát',
  'ban đầu',
  'đi học',
  'đi làm',
  'buôn bán',
  // what a model or a team is for ('25 điểm mô hình | phòng chống bạo hành'): a verb, though
  // 'phòng' alone is a room or an office
  'phòng chống',
  'phòng ngừa',
  'hiện có', // '25 dự án | hiện có trên Sơn Trà'
  'hiện nay',
  'hiện đang',
  'yếu kém', // '12 dự án | yếu kém của ngành'
  'đại diện cho',
  // a relative clause on what is counted ('13 bè mảng | vi phạm', '57 hộ | vi phạm đã …'; no gold
  // unit holds it); after an event head it names the event ('119.778 vụ vi phạm')
  'vi phạm',
  // a verb of living or use after a counted noun begins its clause ('158 loài rong biển | sống
  // trong …', '15 bộ lồng bát quái | dùng trong việc …'): read with the preposition after it, as
  // 'sống' and 'dùng' alone end nouns ('đồ dùng', 'người sống sót')
  'sống trong',
  'sống ở',
  'sống tại',
  // where and how they live ('gần 3.000 dân | sống biệt lập', 'hộ | sống rải rác ven sông')
  'sống biệt',
  'sống rải',
  'sống tập',
  'sống ven',
  'sống dọc',
  'sống gần',
  'sống chung',
  'sống cùng',
  'sống bằng',
  'sống dưới',
  'dùng trong',
  'dùng để',
  'dùng cho',
  'dùng vào',
  'trải dài',
  'trải rộng',
  // a measure of the things counted begins a description of them ('986 cây xà cừ | đường kính
  // 0,4-1,2 m')
  'đường kính',
  'chiều dài',
  'chiều cao',
  'chiều rộng',
  // a roof of some material describes a building, no kind of it ('1 chòi | mái ngói, hồ cá')
  'mái ngói',
  'mái tôn',
  'mái lá',
  'mái tranh',
  'mái bằng',
];

/**
 * Compound nouns that hold words which otherwise end a noun phrase (a verb: 'cảnh báo'; an
 * adjective: 'thấp', 'đa dạng'): a counted noun goes on through them ('25 biển cảnh báo', '6
 * vùng đa dạng sinh học biển', '99 phiếu tín nhiệm thấp'), each read as one word of the phrase.
 */
export const NOUN_COMPOUNDS_OVER_ENDS: readonly string[] = [
  'biển cảnh báo',
  'biển báo',
  'đa dạng sinh học',
  'tín nhiệm cao',
  'tín nhiệm thấp',
  'xà cừ', // a tree ('986 cây xà cừ'); 'xà' alone ends phrases
  'hàng không', // aviation ('22 cảng hàng không'); 'không' alone is 'not', which ends phrases
  // 'nguyên' alone is 'former' ('2 nguyên phó giám đốc'), which ends phrases
  'nguyên tắc', // '2 nguyên tắc'
  'nguyên nhân', // '3 nguyên nhân'
  'lý do', // 'ba lý do' ('do' alone is 'by', which ends phrases)
  'đàn em', // henchmen ('bắt giữ Phan và hai đàn em'); 'em' alone is a pronoun, which ends phrases
  // papers named by a verb ('Hai giấy giới thiệu số 45'), which alone would end the phrase
  'giấy giới thiệu',
  'giấy chứng nhận',
  'giấy xác nhận',
  'chuỗi giá trị', // value chains ('3 chuỗi giá trị'); 'giá trị' alone after a noun only narrows it (UNIT_NARROWERS)
];

/**
 * Words before a title counted as people that only date it ('2 nguyên phó giám đốc' former,
 * 'hai tân Phó Chủ tịch' new): in the count's span, not in its unit (the unit is the title).
 */
export const TITLE_PREFIXES: readonly string[] = ['tân', 'nguyên'];

/**
 * Verbs that, right after a number, show the number labels a name before them ('Bệnh viện 103 |
 * khám bệnh', 'Tổng Công ty … 4 | làm chủ đầu tư'): no count. Only at the start of the counted
 * noun: after a noun they name its kind ('1.930 dịch vụ khám bệnh, chữa bệnh').
 */
export const VERBS_AFTER_LABEL_NUMBERS: readonly string[] = ['khám bệnh', 'chữa bệnh', 'làm chủ', 'đo đạc'] // 'bản đồ địa chính 02 | đo đạc theo …'

/**
 * Aspect and passive markers: before a document type's word they make it a verb, which labels no
 * number ('các em được hướng dẫn 20 bài học', 'đã báo cáo 3 vụ'), where 'Hướng dẫn 20' alone is
 * a document cited by its number.
 */
export const VERB_MARKERS: readonly string[] = ['được', 'đã', 'sẽ', 'đang', 'vừa']
