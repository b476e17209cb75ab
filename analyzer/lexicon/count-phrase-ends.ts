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
];

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
];

/**
 * Words before a title counted as people that only date it ('2 nguyên phó giám đốc' former,
 * 'hai tân Phó Chủ tịch' new): in the count's span, not in its unit (the unit is the title).
 */
export const TITLE_PREFIXES: readonly string[] = ['tân', 'nguyên'];
