// Vietnamese numbers written in words: 'bốn' 4, 'hai mươi lăm' 25, 'một trăm linh năm' 105,
// 'hai nghìn rưỡi' 2500, 'mười một' 11. Returns undefined for anything that is not a number.

import { DIGIT_WORDS, HALF_WORDS, MAGNITUDE_WORDS, TENS_WORDS, ZERO_TENS_WORDS } from '../lexicon/numerals.ts';

const TENS = new Set(TENS_WORDS.map((w) => w.toLowerCase()));
const ZERO_TENS = new Set(ZERO_TENS_WORDS.map((w) => w.toLowerCase()));
const HALF = new Set(HALF_WORDS.map((w) => w.toLowerCase()));

export function parseNumberWords(phrase: string): number | undefined {
  const words = phrase.toLowerCase().trim().split(/\s+/);
  let total = 0; // completed groups of thousands and above
  let group = 0; // below the current magnitude
  let digit: number | undefined; // a digit word waiting for its multiplier
  let lastMagnitude = 1;
  let sawAny = false;
  for (const w of words) {
    if (w in DIGIT_WORDS) {
      if (digit !== undefined) return undefined; // 'hai ba' is no number
      digit = DIGIT_WORDS[w];
      sawAny = true;
    } else if (TENS.has(w)) {
      // 'mười' alone is 10 (mười một = 11); 'hai mươi' = 20
      group += (digit ?? 1) * 10;
      digit = undefined;
      sawAny = true;
    } else if (ZERO_TENS.has(w)) {
      if (digit !== undefined) return undefined;
    } else if (w in MAGNITUDE_WORDS) {
      const mag = MAGNITUDE_WORDS[w];
      if (!sawAny) return undefined; // 'trăm người' alone is vague
      const value = group + (digit ?? 0);
      if (mag === 10) {
        group = value * 10; // 'hai chục' = 20
      } else if (mag === 100) {
        group = (value === 0 ? 1 : value) * 100;
      } else {
        total += (value === 0 ? 1 : value) * mag;
        group = 0;
      }
      digit = undefined;
      lastMagnitude = mag;
    } else if (HALF.has(w)) {
      // 'trăm rưỡi' = 150, 'nghìn rưỡi' = 1500
      const half = lastMagnitude / 2;
      if (lastMagnitude >= 1000) total += half;
      else group += half;
    } else {
      return undefined;
    }
  }
  if (!sawAny) return undefined;
  return total + group + (digit ?? 0);
}
