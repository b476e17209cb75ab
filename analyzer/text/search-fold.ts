import { narrowable } from './narrow.ts';
// Diacritic-free search keys. Researchers type 'van phong tinh uy' and expect 'Văn phòng
// Tỉnh uỷ' (old tone style) and 'Văn phòng Tỉnh ủy' alike: every mark goes (tone and vowel
// marks, so the tone's position no longer matters), đ becomes d, case goes, and every run
// of what is not a letter or digit becomes one space. The same fold is applied to stored
// text (here) and to queries (the collection issue), so a phrase query is a substring test
// on `search`, narrowed first through the indexed `terms`.

const MARKS = narrowable(String.raw`\p{M}+`, 'gu');
const SEPARATORS = narrowable(String.raw`[^\p{L}\p{N}]+`, 'gu');

export function foldSearch(s: string): string {
  return s
    .normalize('NFD')
    .replace(MARKS, '')
    .replace(/[đĐÐ]/g, 'd')
    .toLowerCase()
    .replace(SEPARATORS, ' ')
    .trim();
}

/** The distinct words of already folded text, in first-seen order. */
export function searchTerms(folded: string): string[] {
  return folded ? [...new Set(folded.split(' '))] : [];
}

/** foldSearch over several values, skipping empty ones; and its terms. */
export function searchFields(values: readonly unknown[]): { search: string; terms: string[] } {
  const search = values
    .filter((v) => v !== undefined && v !== null && v !== '')
    .map((v) => foldSearch(String(v)))
    .filter(Boolean)
    .join(' ');
  return { search, terms: searchTerms(search) };
}
