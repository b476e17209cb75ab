// Count subjects: sentenceEnds walks the text's marks instead of running SENTENCE_END over the
// whole text; it must give exactly the regex's matches.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SENTENCE_END, sentenceEnds } from '../analyzer/refine/count-subjects.ts';

const byRegex = (text: string) => [...text.matchAll(SENTENCE_END)].map((m) => m.index + 1);

describe('count subjects: sentence ends', () => {
  it('gives the regex matches at the edges', () => {
    for (const text of [
      '', '.', 'a.', 'a.\n', 'Xã có 5 thôn.Theo báo cáo', 'ở TP.HCM và Tp.Hồ Chí Minh.', 'nội.“Ông', 'nội."Ông', 'nội."',
      'đã.Ô', 'đã.Ôn', 'xong!Anh nói?Chị', 'a;b; c', '2.000 người. 3.000', 'ab.\u00a0C', 'ab.\u2029', 'ab.\ufeffX',
      'a\u0301b.Cd', 'ab.\u{1D400}b', '\u{1D41A}\u{1D41B}.Ab', 'ab.ǅa', 'AB.Cd', 'a1.Cd', 'xy.Éa', 'xy."Éa', 'xy.”Éa', 'xy.”',
    ]) expect(sentenceEnds(text), text).toEqual(byRegex(text));
  });

  it('gives the regex matches on the real corpus', () => {
    const texts = readFileSync('fixtures/corpus/real-articles.jsonl', 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l).text as string);
    for (const text of texts) expect(sentenceEnds(text)).toEqual(byRegex(text));
  });
});
