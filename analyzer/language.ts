// Which language a text is in. franc-min decides, with one correction it cannot make on its
// own: short Vietnamese lines (one-line test cases, headlines) are often misread, while
// the letters only Vietnamese uses (ư ơ ă đ and the stacked tone marks) settle it at once.

import { francAll } from 'franc-min';
import type { Language } from './contract.ts';

/** Per UTF-16 unit: 0 no letter, 1 a letter, 2 a letter only Vietnamese uses among
 * Latin-script languages (ă â đ ê ô ơ ư and the stacked tone marks, both cases). A table,
 * not a Set: read for every unit of the sample. */
const LETTER = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) if (isLetter(c)) LETTER[c] = 1;
for (const c of 'ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ') {
  LETTER[c.charCodeAt(0)] = 2;
  LETTER[c.toUpperCase().charCodeAt(0)] = 2;
}

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) ||
    (c >= 0x1e00 && c <= 0x1eff) || (c >= 0x370 && c <= 0x3ff) || (c >= 0x400 && c <= 0x52f) ||
    (c >= 0x590 && c <= 0x6ff) || (c >= 0x900 && c <= 0xdff) || (c >= 0xe00 && c <= 0xeff) ||
    (c >= 0x1100 && c <= 0x11ff) || (c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7af);
}

export function detectLanguage(text: string): Language {
  const sampleLength = Math.min(text.length, 4096);
  let letters = 0;
  let vietnamese = 0;
  for (let i = 0; i < sampleLength; i++) {
    const k = LETTER[text.charCodeAt(i)];
    if (k !== 0) {
      letters++;
      if (k === 2) vietnamese++;
    }
  }
  if (letters === 0) return { code: 'und', score: 0 };
  const ratio = vietnamese / letters;
  // Vietnamese prose has ~25–35 % such letters; 8 % is far above any other Latin-script language.
  if (ratio >= 0.08 && vietnamese >= 3) return { code: 'vie', score: Math.min(1, 0.5 + ratio * 2) };
  const [best] = francAll(text.length > 4096 ? text.slice(0, 4096) : text, { minLength: 10 });
  if (!best || best[0] === 'und') return { code: 'und', score: 0 };
  return { code: best[0], score: Math.round(best[1] * 1000) / 1000 };
}
