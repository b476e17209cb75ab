// Every mention of a fact (contract: `mentions`, the first being start/end): a fact named
// several times keeps each place it is named, with offsets into the caller's own string.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyzer/index.ts';
import { factKey } from '../analyzer/text/fold.ts';

const SEEDS = join(import.meta.dirname, '..', 'fixtures', 'seeds');

describe('mentions', () => {
  it('lists each place a count is named, the first being the fact itself', () => {
    const text = 'Đảng bộ có 5 chi bộ trực thuộc. Sau đại hội, 5 chi bộ đều hoàn thành nhiệm vụ; cả 5 chi bộ được khen.';
    const count = analyze(text).facts.find((f) => f.kind === 'count' && f.text === '5 chi bộ')!;
    expect(count).toBeDefined();
    const at = [...text.matchAll(/5 chi bộ/g)].map((m) => ({ start: m.index!, end: m.index! + '5 chi bộ'.length }));
    expect(count.mentions).toEqual(at);
    expect(count.mentions![0]).toEqual({ start: count.start, end: count.end });
  });

  it('keeps a body written short then in full as one fact with both mentions', () => {
    const text = 'Ủy ban nhân dân tỉnh Bắc Ninh tổ chức hội nghị. Ông Nguyễn Văn An, Chủ tịch UBND tỉnh Bắc Ninh, phát biểu.';
    const offices = analyze(text).facts.filter((f) => f.kind === 'office');
    const ubnd = offices.find((f) => f.mentions?.some((m) => text.slice(m.start, m.end).startsWith('UBND')));
    expect(ubnd, JSON.stringify(offices)).toBeDefined();
    expect(ubnd!.mentions!.map((m) => text.slice(m.start, m.end))).toEqual(['Ủy ban nhân dân tỉnh Bắc Ninh', 'UBND tỉnh Bắc Ninh']);
  });

  it('gives no mentions to a fact named once', () => {
    const facts = analyze('Ngày 7/11/2006, Bộ Chính trị ban hành Chỉ thị số 06-CT/TW.').facts;
    expect(facts.length).toBeGreaterThan(0);
    for (const f of facts) expect(f.mentions).toBeUndefined();
  });

  it('maps mentions back to the caller’s string through normalization (NFD, old tone marks)', () => {
    const nfc = 'Đảng bộ có 49 đảng viên. Toàn bộ 49 đảng viên đều học tập nghị quyết.';
    const nfd = nfc.normalize('NFD');
    const count = analyze(nfd).facts.find((f) => f.kind === 'count')!;
    expect(count.mentions).toHaveLength(2);
    for (const m of count.mentions!) expect(nfd.slice(m.start, m.end).normalize('NFC')).toBe('49 đảng viên');
  });

  it('on the seed articles: spans in order, inside the text, none overlapping, each the same fact', () => {
    let withMentions = 0;
    for (const file of readdirSync(SEEDS).filter((f) => f.endsWith('.txt'))) {
      const text = readFileSync(join(SEEDS, file), 'utf8');
      const facts = analyze(text).facts;
      for (const f of facts) {
        if (!f.mentions) continue;
        withMentions++;
        expect(f.mentions.length).toBeGreaterThan(1);
        expect(f.mentions[0]).toEqual({ start: f.start, end: f.end });
        for (let i = 0; i < f.mentions.length; i++) {
          const m = f.mentions[i];
          expect(m.start).toBeGreaterThanOrEqual(0);
          expect(m.end).toBeLessThanOrEqual(text.length);
          expect(m.end).toBeGreaterThan(m.start);
          if (i) expect(m.start).toBeGreaterThanOrEqual(f.mentions[i - 1].end);
        }
        // Counts and dates name their value: every mention reads as the same fact.
        if (f.kind === 'count' || f.kind === 'date') {
          for (const m of f.mentions) {
            const again = analyze(text.slice(m.start, m.end)).facts.find((g) => g.kind === f.kind);
            if (again) expect(factKey(again)).toBe(factKey(f));
          }
        }
      }
    }
    expect(withMentions).toBeGreaterThan(10);
  });
});
