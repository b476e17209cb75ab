// The eval report as text for people. Pure: report in, string out.
import { clip, renderTable } from '../export/text-table.ts';
import type { Accuracy, EvalReport, FactRef } from './score.ts';

const num = (x: number) => x.toFixed(3);
const acc = (a: Accuracy) => (a.accuracy === null ? '-' : num(a.accuracy));
const quote = (v: unknown) => (v === undefined || v === null || v === '' ? '(none)' : JSON.stringify(String(v)));

function kindTable(r: EvalReport): string {
  const rows = [['kind', 'gold', 'predicted', 'tp', 'P', 'R', 'F1']];
  for (const k of r.kinds) {
    const none = k.gold + k.predicted === 0; // nothing to score: dashes, not zeros
    const cell = (x: number) => (none ? '-' : num(x));
    rows.push([k.kind, `${k.gold}`, `${k.predicted}`, `${k.tp}`, cell(k.precision), cell(k.recall), cell(k.f1)]);
  }
  const m = r.micro;
  rows.push(['all', `${m.tp + m.fn}`, `${m.tp + m.fp}`, `${m.tp}`, num(m.precision), num(m.recall), num(m.f1)]);
  return renderTable(rows, ['left', 'right', 'right', 'right', 'right', 'right', 'right']);
}

function accuracyTable(title: string, entries: [string, Accuracy][], overall: Accuracy): string {
  const rows = [[title, 'correct', 'total', 'accuracy']];
  for (const [name, a] of [...entries, ['all', overall] as [string, Accuracy]]) rows.push([name, `${a.correct}`, `${a.total}`, acc(a)]);
  return renderTable(rows, ['left', 'right', 'right', 'right']);
}

const factLine = (tag: string, f: FactRef) => `  ${tag} ${f.kind} ${JSON.stringify(clip(f.text, 60))} key=${f.key}`;

/** Misses, false alarms, wrong attributes and wrong article fields, grouped by article. */
function details(r: EvalReport): string {
  const byFile = new Map<string, string[]>();
  const add = (file: string, line: string) => (byFile.get(file) ?? byFile.set(file, []).get(file)!).push(line);
  for (const f of r.misses) add(f.file, factLine('MISS', f));
  for (const f of r.falseAlarms) add(f.file, factLine('FALSE', f));
  for (const w of r.wrongAttributes) {
    add(w.file, `  ATTR ${w.attribute}: gold ${quote(w.gold)} got ${quote(w.predicted)} (${w.kind} key=${w.key})`);
  }
  for (const w of r.wrongArticleFields) add(w.file, `  FIELD ${w.field}: gold ${quote(w.gold)} got ${quote(w.predicted)}`);
  if (!byFile.size) return 'no misses, false alarms or wrong attributes';
  return [...byFile].map(([file, lines]) => `${file}\n${lines.join('\n')}`).join('\n\n');
}

export function formatReport(r: EvalReport, { verbose = false, heading = '' } = {}): string {
  const out: string[] = [];
  if (heading) out.push(heading, '');
  out.push(kindTable(r), '', `micro F1 ${num(r.micro.f1)}   macro F1 ${num(r.macroF1)} (over kinds with gold or predictions)`, '');
  out.push(accuracyTable('attribute', Object.entries(r.attributes), r.attributesOverall), '');
  out.push(accuracyTable('article field', Object.entries(r.articleFields), r.articleFieldsOverall), '');
  out.push(`offset errors: ${r.offsetErrors.length} (predicted text !== input.slice(start, end))`);
  for (const e of r.offsetErrors) {
    const got = e.slice === null ? 'invalid offsets' : `slice is ${JSON.stringify(clip(e.slice, 40))}`;
    out.push(`  ${e.file} ${e.kind} ${JSON.stringify(clip(e.text, 40))} ${e.start ?? '?'}-${e.end ?? '?'}: ${got}`);
  }
  const s = r.spans;
  out.push(`spans of matched facts: exact ${s.exact}, overlap ${s.overlap}, disjoint ${s.disjoint}, gold without offsets ${s.noGoldOffsets}`);
  if (verbose) out.push('', details(r));
  return out.join('\n') + '\n';
}
