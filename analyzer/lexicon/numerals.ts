/**
 * Number words, Roman numerals, month words, approximation and vague quantifiers.
 *
 * Source: notes/domain.md c.1 (number words, after Duckling's Numeral/VI rules), c.3 and
 * gold/DECISIONS.md (Counts). All keys lowercase except Roman numerals; the matcher lowercases
 * text before looking words up.
 *
 * Examples the parser should handle with these tables:
 *   'hai mươi lăm' = 25, 'hai mươi mốt' = 21, 'hai mươi tư' = 24, 'mười lăm' = 15,
 *   'một trăm linh năm' = 105, 'một nghìn không trăm hai mươi' = 1020, 'hai chục' = 20,
 *   'một trăm rưỡi' = 150, 'hai nghìn rưỡi' = 2500, '1,5 triệu' = 1500000.
 * Ambiguity: 'năm' is also "year", 'tư' also "fourth" ('thứ tư'); the parser must use context.
 */

/** Digit words. 'mốt' (1), 'tư' (4), 'lăm'/'nhăm' (5) occur only after a tens word. */
export const DIGIT_WORDS: Readonly<Record<string, number>> = {
  không: 0,
  một: 1,
  mốt: 1,
  hai: 2,
  ba: 3,
  bốn: 4,
  tư: 4,
  năm: 5,
  lăm: 5,
  nhăm: 5,
  sáu: 6,
  bảy: 7,
  bẩy: 7,
  tám: 8,
  chín: 9,
}

/** 'mười' = 10 (and the tens of 11–19), 'mươi' = tens multiplier ('ba mươi' = 30). */
export const TENS_WORDS: readonly string[] = ['mười', 'mươi']

/** Zero in the tens place: 'một trăm linh năm' / 'một trăm lẻ năm' = 105. */
export const ZERO_TENS_WORDS: readonly string[] = ['linh', 'lẻ']

/** Multipliers. 'chục' after a digit: 'hai chục' = 20 ('hàng chục' is vague, see below). */
export const MAGNITUDE_WORDS: Readonly<Record<string, number>> = {
  chục: 10,
  trăm: 100,
  nghìn: 1000,
  ngàn: 1000, // Southern
  vạn: 10000, // archaic
  triệu: 1e6,
  tỷ: 1e9,
  tỉ: 1e9,
}

/** Half of the preceding unit: 'một trăm rưỡi' = 150, '3 giờ rưỡi'. 'rưởi' is a common misspelling. */
export const HALF_WORDS: readonly string[] = ['rưỡi', 'rưởi']

/** Roman numerals (congresses 'Đại hội XIV', terms 'khóa XV', quarters 'quý IV', classes 'hạng II'). */
export const ROMAN_NUMERALS: Readonly<Record<string, number>> = {
  I: 1,
  II: 2,
  III: 3,
  IV: 4,
  V: 5,
  VI: 6,
  VII: 7,
  VIII: 8,
  IX: 9,
  X: 10,
  XI: 11,
  XII: 12,
  XIII: 13,
  XIV: 14,
  XV: 15,
  XVI: 16,
  XVII: 17,
  XVIII: 18,
  XIX: 19,
  XX: 20,
  XXI: 21,
  XXII: 22,
  XXIII: 23,
  XXIV: 24,
  XXV: 25,
  XXVI: 26,
  XXVII: 27,
  XXVIII: 28,
  XXIX: 29,
  XXX: 30,
}

/**
 * Solar month words after 'tháng' ('tháng mười năm 2017' = 2017-10, 'tháng tư' = April).
 * Lunar names ('tháng Giêng', 'tháng Chạp') are deliberately absent: lunar dates get no solar value.
 * Caution: 'tháng một' can also be the lunar 11th month; 'tháng mười một' is solar November.
 */
export const MONTH_WORDS: Readonly<Record<string, number>> = {
  một: 1,
  hai: 2,
  ba: 3,
  tư: 4,
  bốn: 4,
  năm: 5,
  sáu: 6,
  bảy: 7,
  bẩy: 7,
  tám: 8,
  chín: 9,
  mười: 10,
  'mười một': 11,
  'mười hai': 12,
}

/**
 * Approximation words around a count (DECISIONS.md: 'trên', 'hơn', 'tối thiểu', '… trở lên' →
 * over; 'gần' → under; 'khoảng' → about). Match longest first ('trên dưới' before 'trên').
 * 'đạt', 'đủ' mark an exact value and are not listed.
 */
export const APPROX_WORDS: readonly {
  word: string
  approx: 'over' | 'under' | 'about'
  position: 'before' | 'after'
}[] = [
  // over
  { word: 'trên', approx: 'over', position: 'before' },
  { word: 'hơn', approx: 'over', position: 'before' },
  { word: 'ngoài', approx: 'over', position: 'before' }, // 'ngoài 60 tuổi' = over 60 (domain.md c.3)
  { word: 'vượt', approx: 'over', position: 'before' },
  { word: 'tối thiểu', approx: 'over', position: 'before' },
  { word: 'ít nhất', approx: 'over', position: 'before' },
  { word: 'trở lên', approx: 'over', position: 'after' },
  // under
  { word: 'gần', approx: 'under', position: 'before' },
  { word: 'dưới', approx: 'under', position: 'before' },
  { word: 'không vượt quá', approx: 'under', position: 'before' },
  { word: 'không quá', approx: 'under', position: 'before' },
  { word: 'chưa đến', approx: 'under', position: 'before' },
  { word: 'chưa tới', approx: 'under', position: 'before' },
  { word: 'non', approx: 'under', position: 'before' },
  { word: 'tối đa', approx: 'under', position: 'before' }, // [judgement] "at most" (≤); no better value in the contract
  { word: 'trở xuống', approx: 'under', position: 'after' },
  // about
  { word: 'khoảng', approx: 'about', position: 'before' },
  { word: 'chừng', approx: 'about', position: 'before' },
  { word: 'khoảng chừng', approx: 'about', position: 'before' },
  { word: 'xấp xỉ', approx: 'about', position: 'before' },
  { word: 'ước', approx: 'about', position: 'before' },
  { word: 'ước tính', approx: 'about', position: 'before' },
  { word: 'ước đạt', approx: 'about', position: 'before' },
  { word: 'trên dưới', approx: 'about', position: 'before' },
  { word: 'độ', approx: 'about', position: 'before' },
  { word: 'tầm', approx: 'about', position: 'before' },
]

/**
 * Words ending in 'số' before a number that introduce an amount ('tổng số 217 đồng chí', 'trong số
 * 120 sinh viên', 'con số 6.660 cơ sở'), mined from what precedes 'số N' in the genre corpus:
 * there 'số' labels nothing ('số 5' alone is a label, lexicon/context.ts).
 */
export const AMOUNT_BEFORE: readonly string[] = ['tổng số', 'trong số', 'con số']

/**
 * Vague amounts: a number phrase starting with one of these is NOT a count (FACTS.md:
 * 'hàng chục lượt'; DECISIONS.md: 'nhiều tập thể và cá nhân').
 * 'các' and 'những' are plural markers, listed so that '… các xã' never becomes a count.
 */
export const VAGUE_QUANTIFIERS: readonly string[] = [
  'hàng chục',
  'hàng trăm',
  'hàng nghìn',
  'hàng ngàn',
  'hàng vạn',
  'hàng chục nghìn',
  'hàng chục ngàn',
  'hàng trăm nghìn',
  'hàng trăm ngàn',
  'hàng triệu',
  'hàng tỷ',
  'hàng loạt',
  'nhiều',
  'rất nhiều',
  'không ít',
  'một số',
  'một vài',
  'vài',
  'dăm',
  'dăm ba',
  'mấy',
  'các',
  'những',
  'hầu hết',
  'phần lớn',
  'đa số',
  'đông đảo',
  'vô số',
  'toàn bộ',
  'tất cả',
  'mọi',
]

/**
 * Nouns after number words that make an idiom, a rank or a time of them, no count, where the noun
 * is outside the unit list (kinds/count.ts reads number words before any noun phrase; durations,
 * money and measures are NOT_COUNT_UNITS of lexicon/units.ts, the parties of a relation
 * NUMBER_WORD_IDIOMS of lexicon/context.ts). Matched on the noun phrase's first words.
 */
export const NUMBER_WORD_NOT_NOUNS: readonly string[] = [
  // sides, directions and parts: 'hai bờ sông', 'thương mại hai chiều', 'nhìn hai mặt', 'xe hai bánh'
  'bờ', 'chiều', 'phía', 'bên', 'đầu', 'bánh', 'vế', 'tay', 'chân', 'mắt', 'miệng', 'lòng',
  // the blades or edges of one tool ('con dao hai lưỡi')
  'lưỡi',
  // the parties of a relation ('quan hệ hai đất nước'; 'hai nước' is NUMBER_WORD_IDIOMS)
  'đất nước',
  // kin named together (the people, not a count): 'hai vợ chồng', 'ba mẹ', 'hai mẹ con'
  'mẹ', 'má', 'vợ chồng', 'mẹ con', 'cha con', 'bố con', 'ông bà', 'bà cháu', 'anh em', 'chị em',
  // sessions and terms of a body, times of day: 'giữa hai kỳ họp', 'hai khóa', 'ba ca'
  'kỳ', 'khóa', 'khoá', 'buổi', 'hôm', 'ca', 'sáng', 'tối',
  // slogans and movements named by a number ('phong trào Ba đảm đang', 'Hai giỏi', 'ba không')
  'đảm đang', 'giỏi', 'không', 'sạch', 'tốt', 'xanh', 'xây', 'chống',
  // an approximate tail ('một nghìn mấy ha'), and words of set phrases ('bôn ba khắp …', 'phong ba bão táp')
  'mấy', 'khắp', 'bão táp',
  // ranks and generations: 'con thứ hai' is caught before; 'hai đời' (generations), 'ba lớp'
  'đời', 'thế hệ',
  // 'một số' (some) and 'số' after other number words: an amount, no noun ('một số giải')
  'số',
]

/**
 * Words right before number words that make them no count: a name ('bà Mười', 'ông Sáu'), a
 * place ('quận Ba Đình' is capitalised anyway), or a step in a sequence ('bước hai').
 */
export const NUMBER_WORD_NOT_AFTER: readonly string[] = ['ông', 'bà', 'anh', 'chị', 'cô', 'chú', 'bác', 'cụ', 'em', 'bước', 'phần', 'vòng', 'đợt', 'kỳ', 'khóa', 'hạng', 'giải', 'cấp', 'lần', 'thứ', 'tầng', 'lớp', 'tập', 'số', 'mục', 'điểm', 'câu', 'trang', 'bài', 'chương', 'phiên',
  // words that make a number word part of another word or saying: 'phong ba', 'bôn ba', 'đòn bẩy', 'năm thì mười họa'
  'phong', 'bôn', 'đòn', 'thì']

/**
 * Words right before 'năm' that make it 'year', not 'five' ('mỗi năm', 'hàng năm', 'nhiều năm',
 * 'trong năm', 'cuối năm', 'là năm …', 'tháng năm'); a number before it does too ('ba năm',
 * '45 năm'). Elsewhere 'năm' before a known unit counts five ('xử lý năm trường hợp', 'một trong
 * năm ngân hàng').
 */
export const YEAR_BEFORE_NAM: readonly string[] = [
  'mỗi', 'hàng', 'hằng', 'nhiều', 'các', 'những', 'từng', 'vài', 'mấy', 'cả', 'ấy', 'bao nhiêu',
  'trong', 'cuối', 'đầu', 'giữa', 'sau', 'trước', 'suốt', 'qua', 'là', 'vào', 'từ', 'đến', 'tới',
  'tháng', 'ngày', 'thứ', 'nửa', 'lâu', 'kỷ niệm', 'chẵn', 'tròn', 'năm',
]

/**
 * Words before a ratio 'N/M' that make it a fraction of an amount, not so many of a whole
 * ('thu nhập … chỉ bằng 1/6 mức thu nhập bình quân', 'bằng 2/3 so với mức lương'): no count.
 */
export const FRACTION_BEFORE: readonly string[] = ['bằng']
