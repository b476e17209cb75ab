/**
 * Counted nouns and the words around them that the unit list (lexicon/units.ts) and the mined
 * phrase ends (lexicon/count-boundaries.ts) lack, read from the genre corpus (/tmp/genre-tune4.jsonl:
 * the genre articles without the held-out batches) and checked against the tuning golds. Each
 * list is a word class of the count grammar (analyzer/kinds/count.ts), not a list of phrases to
 * find: a word is here because the corpus uses it that way after numbers, not because one gold
 * file names it.
 *
 * How they were mined:
 *  - compound nouns: after a number or a plural marker ('các', 'những', 'mỗi', 'nhiều'), the word
 *    that follows a known unit, counted over the corpus ('cơ quan báo chí' 59 times after a plural
 *    marker and 4 after a number; 'em thiếu nhi' 26 and 4 …); the ones kept are lexical compounds
 *    (the unit's word alone means something else: 'xe máy', 'trường đoạn', 'công an viên') or
 *    kinds the unit heads ('cơ quan báo chí', 'trường tiểu học');
 *  - verbs and adjectives: the last words of the open-class units the analyzer read on the corpus
 *    (1,084 distinct), where the phrase ran into its predicate ('85 tuyến chuyển biến tốt', '800 nhà
 *    báo hoạt động trên địa bàn', '9 cụ đại diện phát biểu');
 *  - label words inside verbs: 'cấp', 'điểm', 'kỳ' before a number label it ('cấp 3', 'điểm 2',
 *    'kỳ 4'), but not as the last syllable of a verb ('cung cấp 1.037 căn hộ', 'thí điểm 11 tuyến',
 *    'dứt điểm 3 vấn đề'): every '<word> cấp|điểm|kỳ|giải|lần|điều <number> <noun>' of the corpus
 *    was read.
 */

import { COUNT_UNITS, type CountUnit } from './units.ts';

/**
 * Counted nouns the unit list lacks: lexical compounds whose first word is a known unit of its
 * own (read whole, so the known unit does not stop short: 'gần 6,1 triệu khách du lịch', '3 xe
 * máy', '1 công an viên', '58 người nhà'), nouns that begin with a word that otherwise ends a noun
 * phrase ('bị' passive: '14 bị cáo'; 'chủ' + a verb: '50 chủ đầu tư'), item nouns
 * counted after numbers in words ('bảy tiêu chuẩn', 'hai đề nghị'), and one legal category of
 * commune staff ('22 người hoạt động không chuyên trách', kept whole as the Party-statute types are).
 */
export const COMPOUND_COUNT_UNITS: readonly CountUnit[] = [
  { unit: 'khách du lịch', variants: [], group: 'people' },
  { unit: 'lượt khách du lịch', variants: [], group: 'people' },
  { unit: 'xe máy', variants: [], group: 'item' },
  { unit: 'công an viên', variants: [], group: 'people' },
  { unit: 'chủ đầu tư', variants: [], group: 'people' },
  { unit: 'bị cáo', variants: [], group: 'people' },
  { unit: 'người nhà', variants: [], group: 'people' }, // relatives ('58 người nhà được bổ nhiệm'), not people of a house
  // children ('4 bạn nhỏ', '2 em nhỏ'): 'nhỏ' alone is an adjective, which ends a phrase
  { unit: 'em nhỏ', variants: [], group: 'people' },
  { unit: 'bạn nhỏ', variants: [], group: 'people' },
  // songs and theatres: 'hát' alone is a verb, which ends a phrase (COMPOUND_PHRASE_END_WORDS)
  { unit: 'bài hát', variants: [], group: 'item' },
  { unit: 'nhà hát', variants: [], group: 'item' },
  { unit: 'nhà lãnh đạo', variants: [], group: 'people' }, // leaders: 'lãnh đạo' after a unit only narrows it (RANK_NARROWERS)
  { unit: 'người hoạt động không chuyên trách', variants: [], group: 'people' },
  { unit: 'tiêu chuẩn', variants: [], group: 'item' },
  { unit: 'đề nghị', variants: [], group: 'item' },
  { unit: 'hoạt động', variants: [], group: 'item' }, // 'ba hoạt động chính' (also a verb: COMPOUND_PHRASE_END_PAIRS)
  // a breakthrough stage or programme of a congress resolution ('3 khâu đột phá', '7 chương
  // trình đột phá'): 'đột phá' alone is a verb, which ends a noun phrase
  { unit: 'khâu đột phá', variants: [], group: 'item' },
  { unit: 'chương trình đột phá', variants: [], group: 'item' },
  // category terms kept whole (DECISIONS: a fixed compound names the class counted): clean-water
  // works ('8 công trình nước sạch'; 'nước' after a noun ends it, UNITS_NOT_JUXTAPOSED), and the
  // State-owned commercial banks ('5 ngân hàng thương mại Nhà nước', a capital ends a phrase)
  { unit: 'công trình nước sạch', variants: [], group: 'item' },
  { unit: 'ngân hàng thương mại nhà nước', variants: [], group: 'people' },
  // housing places ('trên 65.000 chỗ ở'): 'chỗ' alone is a capacity ('xe 16 chỗ', NOT_COUNT_UNITS)
  // and 'ở' a function word, so the compound is listed whole
  { unit: 'chỗ ở', variants: [], group: 'item' },
  // visits by people counted with repetition (genre43 NOTES: 'N lượt' + a noun of people keeps
  // 'lượt', as 'lượt người', 'lượt khách'): 'dân' alone is no unit ('hộ dân', 'người dân')
  { unit: 'lượt dân', variants: [], group: 'people' },
  { unit: 'lượt khách lưu trú', variants: [], group: 'people' }, // overnight guests, as 'lượt khách du lịch'
  // compounds whose second part is a verb, which alone ends a phrase: sacks ('2 bao tải'; 'tải'
  // to carry), parking places ('416 vị trí đỗ xe'; 'đỗ' to park)
  { unit: 'bao tải', variants: [], group: 'item' },
  { unit: 'vị trí đỗ xe', variants: [], group: 'item' },
]

/** Every counted noun the analyzer knows: the unit list and the compounds above. The count
 * grammar (kinds/count.ts) and the subject rules (refine/count-subjects.ts) read this one list. */
export const COUNTED_NOUNS: readonly CountUnit[] = [...COUNT_UNITS, ...COMPOUND_COUNT_UNITS]

/**
 * Known units that head longer nouns naming their kind, as lexicon/units.ts HEAD_UNITS: followed
 * by a noun phrase, the unit is the whole phrase ('4 cơ quan báo chí', '63 cơ quan thường trú',
 * '11 trường trung học cơ sở', '4 trường đoạn', '8 đoàn thanh tra', '10 xe đạp'); alone, or
 * before a verb, a narrower or a capitalised name, they count themselves ('3 cơ quan | trên hệ
 * thống', '5 cơ quan | chức năng', '2 trường | THCS').
 */
export const KIND_HEAD_UNITS: readonly string[] = ['cơ quan', 'trường', 'đoàn', 'xe']

/**
 * Post-modifiers that only narrow a counted noun, as lexicon/units.ts UNIT_NARROWERS: a rank
 * ('13 cán bộ lãnh đạo' → 'cán bộ', '3 cơ quan lãnh đạo' → 'cơ quan', as the tuning golds count
 * them). Not after 'nhà', where it makes a noun of its own ('nhà lãnh đạo': COMPOUND_COUNT_UNITS).
 */
export const RANK_NARROWERS: readonly string[] = ['lãnh đạo']

/**
 * Post-modifiers that name a kind of the counted noun, not a rank or a praise: part of the unit
 * after a known unit or a coordinated list of them ('5 nội dung đột phá', 'hơn 40 nội dung
 * chuyên sâu', '10 giải thưởng phụ', '7 cán bộ, nhân viên y tế'), when the noun phrase ends
 * after them. Unlike the narrowers DECISIONS.md drops ('trọng tâm', 'trọng điểm', 'xuất sắc',
 * 'tiêu biểu': '6 nhiệm vụ trọng tâm' → 'nhiệm vụ', as the tuning golds count them).
 */
export const KIND_MODIFIERS: readonly string[] = ['đột phá', 'chuyên sâu', 'phụ', 'y tế']

/**
 * The words between the two numbers of a range written 'từ N đến M' ('từ 14 đến 19 tiêu chí',
 * 'giảm từ 401 xuống còn 208 đơn vị'): both bounds count the noun after the second (DECISIONS.md:
 * a range gives two counts). Longer forms first.
 */
export const RANGE_OPENERS: readonly string[] = ['từ']
export const RANGE_LINKS: readonly string[] = ['xuống còn', 'lên đến', 'lên tới', 'đến', 'tới', 'xuống', 'lên']

/**
 * Two-syllable verbs and adjectives that end a counted noun (its predicate begins): read from the
 * open-class units that ran into them on the corpus.
 */
export const COMPOUND_PHRASE_END_PAIRS: readonly string[] = [
  'hoạt động', // '800 nhà báo | hoạt động trên địa bàn' (the noun itself is a unit: COMPOUND_COUNT_UNITS)
  'chuyển biến', // '85 tuyến | chuyển biến tốt'
  'phát biểu', // '9 cụ đại diện | phát biểu'
  'biểu diễn', // '200 nghệ sỹ, diễn viên | biểu diễn'
  'lân cận', // 'bốn nhà máy đường | lân cận'
  'cơ bản', // '4 cầu bộ hành | cơ bản'
  'kéo dài', // '33 vụ ùn tắc | kéo dài'
  'đề xuất', // '50 chủ đầu tư dự án | đề xuất điều chỉnh'
  'đề nghị', // '31 hồ sơ | đề nghị xét tặng' (the noun itself is a unit: COMPOUND_COUNT_UNITS)
  'giúp đỡ', // 'hai cơ quan | giúp đỡ nhau'
  'hợp tác', // 'hai cơ quan báo chí | hợp tác' ('tổ hợp tác', 'hợp tác xã' are units of their own)
  'xuất ngũ', // '24 quân nhân | xuất ngũ' (leaving the army)
  'nhập ngũ', // '94 công dân | nhập ngũ' (joining it)
]

/**
 * One-syllable words that end a counted noun: adjectives of measure, where a description of the
 * things counted begins ('trên 20 đoạn gỗ | dài 2 m', '4 ngăn | rộng'), as 'đường kính', 'chiều
 * dài' do; verbs of motion and giving, where the predicate begins ('18 đoàn | đi chỉ đạo', '2 đoàn
 * tàu | chở lực lượng', '60 xe đạp | tặng các học sinh').
 */
export const COMPOUND_PHRASE_END_WORDS: readonly string[] = ['dài', 'rộng', 'sâu', 'đi', 'chở', 'tặng', 'hát'] // 'hát': '18 tiết mục | hát, múa' ('bài hát', 'nhà hát': COMPOUND_COUNT_UNITS)

/**
 * Verbs and adverbs whose last syllable is a label word of NOT_COUNT_BEFORE ('cấp', 'điểm'): before a number they do not label it, the number counts what follows ('cung cấp 1.037
 * căn hộ', 'nâng cấp 6 công trình', 'di dời khẩn cấp 8 hộ dân', 'thí điểm 11 tuyến', 'giải quyết
 * dứt điểm 3 vấn đề', 'được cấp 5 đầu khóa'). Not 'bất kỳ' ('bất kỳ 1 văn bản nào': any, no count).
 */
export const VERBS_ENDING_IN_LABELS: readonly string[] = [
  'cung cấp', 'nâng cấp', 'khẩn cấp', 'được cấp', 'thí điểm', 'dứt điểm',
]

/**
 * Words whose last syllable is a document type's ('kỷ | luật'): before a number they are no
 * document's label ('đã kỷ luật 7 lãnh đạo' counts the leaders).
 */
export const WORDS_ENDING_IN_DOCUMENT_TYPES: readonly string[] = ['kỷ luật', 'pháp luật']

/**
 * Abbreviations of 'Trung ương' before a plenum's number ('Hội nghị T.Ư 7 khóa VIII'): a label,
 * as 'Trung ương' is (NOT_COUNT_BEFORE). Matched as written (case-sensitive: 'tư' is a word).
 */
export const CENTRAL_COMMITTEE_LABELS: readonly string[] = ['T.Ư', 'T.W', 'TƯ', 'TW']

/**
 * Words of a term of office ('khóa XI', 'khóa 12'): after a number and followed by the term's
 * numeral, the number is a plenum's or a session's, no count ('Trung ương 4 khóa XII').
 */
export const TERM_WORDS: readonly string[] = ['khóa', 'khoá']

/**
 * Measures that begin like a counted noun: 'công đất' (a southern unit of area, 1,000 m²: 'mượn 3
 * công đất', '17 công đất'), no count (FACTS.md: area).
 */
export const AREA_MEASURES: readonly string[] = ['công đất']

/**
 * Classifiers of respect before people ('2 vị phó trưởng đoàn', 'hai vị cán bộ lão thành'): in the
 * count's span, not in its unit, when a title or a noun follows; alone they count themselves
 * ('bổ sung 8 vị vào Ủy ban').
 */
export const RESPECT_CLASSIFIERS: readonly string[] = ['vị']

/**
 * Two-syllable words whose first syllable is a one-syllable unit of lexicon/units.ts ('xã',
 * 'nhà', 'khách', 'bản' …): right after a known unit that syllable is no second unit of a compound
 * ('3.000 căn nhà | xã hội' is no 'căn nhà xã'). Mined as the corpus's lower-case bigrams that
 * begin with such a unit, 25 times or more, and are words of their own. The nouns that name a kind
 * of what is counted are taken into the unit whole (NOUNS_BEGINNING_WITH_UNITS: '3.000 căn nhà xã
 * hội', 'hơn 500 phòng khách sạn'); the others (verbs, adjectives, adverbs, nouns that are no kind:
 * WORDS_BEGINNING_WITH_UNITS) end it.
 */
export const NOUNS_BEGINNING_WITH_UNITS: readonly string[] = [
  'xã hội', 'nhà nước', 'khách sạn', 'khách hàng', 'đoàn thể', 'cây trồng',
  'nhà đất', // real estate ('1.527 cơ sở nhà đất'): no 'nhà' of a 'cơ sở'
]
export const WORDS_BEGINNING_WITH_UNITS: readonly string[] = [
  'đội ngũ', 'sở hữu', 'đoàn kết', 'nước ngoài', 'nước sạch', 'nước thải', 'phòng chống', 'phòng ngừa', 'ban hành',
  'ban đầu', 'bản thân', 'bản sắc', 'khách quan', 'cuộc sống', 'buôn bán', 'buôn lậu', 'gương mẫu', 'bên cạnh',
  'bên trong', 'bước đầu', 'mức độ', 'hộ khẩu', 'đơn giản', 'giải quyết', 'giải phóng', 'giải trình',
  'giải thích', 'giải ngân', 'giải tỏa', 'giải trí', 'vị thế',
]

/**
 * One-syllable units that are another word right after a noun: 'nước' counts countries ('20
 * nước') but after a noun it is water ('2 công trình | nước sinh hoạt', 'nhà máy nước'), no
 * second unit of a compound.
 */
export const UNITS_NOT_JUXTAPOSED: readonly string[] = ['nước']

/**
 * Kinds of school whose first syllable otherwise ends a noun phrase (mined end words: 'tiểu',
 * 'phổ'): a counted noun goes on through them ('140 trường tiểu học', 'chín trường trung học phổ
 * thông'), as through lexicon/count-phrase-ends.ts NOUN_COMPOUNDS_OVER_ENDS.
 */
export const SCHOOL_KINDS_OVER_ENDS: readonly string[] = ['tiểu học', 'phổ thông']

/**
 * Adjectives of kind after an administrative unit: the policy category the units belong to, part
 * of the counted noun ('62 huyện nghèo', '5 xã đặc biệt khó khăn'), not a narrower that only
 * describes them. Where the units lie is no kind ('ba tỉnh | biên giới', 'bảy xã | miền núi',
 * '28 xã, thị trấn | vùng ven biển', as the tuning golds count them).
 */
export const ADMIN_KINDS: readonly string[] = ['nghèo', 'khó khăn', 'đặc biệt khó khăn']

/**
 * Short forms of administrative units written after another unit and a comma: 'thành' for
 * 'thành phố' in '60 tỉnh, thành' (provinces and cities), one coordinated unit with it.
 */
export const ADMIN_SHORT_FORMS: readonly string[] = ['thành']

/**
 * First syllables of nouns that end in 'số' ('3 tần số 72150', 'chỉ số', 'hệ số'): there 'số'
 * before a number is the noun's own syllable, not a label that ends the noun phrase ('Hai giấy
 * giới thiệu | số 45').
 */
export const NOUNS_ENDING_IN_SO: readonly string[] = ['tần', 'chỉ', 'hệ', 'con', 'tổng', 'đa', 'thiểu', 'chữ', 'mật', 'biến', 'ẩn', 'cơ']

/**
 * Sets of rules or teachings known by their number ('6 điều Bác Hồ dạy', '19 điều đảng viên
 * không được làm'): the number is part of the set's name, no count (DECISIONS: numbers inside a
 * name). Matched on the words after the number, digits or words.
 */
export const NUMBERED_SETS: readonly string[] = ['điều Bác Hồ dạy', 'điều Bác dạy', 'điều đảng viên không được làm']

/**
 * Counted nouns whose ratio's whole is no figure of its own: the ballots a candidate won out of
 * those cast ('được 65/67 phiếu' counts 65 votes; the 67 are the voters, gold 2:0 in genre41).
 */
export const RATIO_WHOLE_NOT_COUNTED: readonly string[] = ['phiếu']

/**
 * Military formations named by a number ('Trung đoàn 841', 'Sư đoàn 330', 'Lữ đoàn 125'): digits
 * after one are its name, no count, whatever follows ('Trung đoàn 841 | tuyên thệ', '… 841 | xây
 * lại'); DECISIONS: numbers inside a name.
 */
export const NUMBERED_FORMATIONS: readonly string[] = [
  'trung đoàn', 'sư đoàn', 'lữ đoàn', 'tiểu đoàn', 'quân đoàn', 'binh đoàn', 'hải đoàn',
  'đại đội', 'trung đội', 'tiểu đội', 'hải đội', 'biên đội',
]
