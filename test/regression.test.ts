// The fixtures' scores must not fall: per-kind F1, article fields and offsets, measured
// with the same scorer as `npm run eval`. Raise the floors when the analyzer gets better;
// never lower them to make a change pass.
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { runEval } from '../analyzer/eval/run.ts';

const goldDir = fileURLToPath(new URL('../fixtures/gold', import.meta.url));

// Floors set from the run that landed them (all 1.000 on the five seed articles), with a
// little room for the one-fact swings that five small articles make.
const FLOOR: Record<string, number> = { document: 0.95, date: 0.95, count: 0.95, award: 0.95, office: 0.95, person: 0.95 };

describe('fixtures regression', () => {
  const report = runEval({ goldDir, out: () => {}, err: () => {} });

  it('scores every gold file', () => {
    expect(report.errors).toEqual([]);
    expect(report.files.length).toBe(5);
  });

  for (const [kind, floor] of Object.entries(FLOOR)) {
    it(`${kind} F1 ≥ ${floor}`, () => {
      const k = report.kinds.find((x) => x.kind === kind);
      expect(k, kind).toBeDefined();
      expect(k!.f1).toBeGreaterThanOrEqual(floor);
    });
  }

  it('article fields ≥ 95 % right', () => {
    expect(report.articleFieldsOverall.accuracy).toBeGreaterThanOrEqual(0.95);
  });

  it('attributes ≥ 90 % right', () => {
    expect(report.attributesOverall.accuracy).toBeGreaterThanOrEqual(0.9);
  });

  it('no offset errors', () => {
    expect(report.offsetErrors).toEqual([]);
  });
});
