// A big JSONL corpus for batch-mode measurements: fixtures/corpus/real-articles.jsonl and
// the fixture articles (fixtures/seeds/*.txt) repeated until about --mb megabytes, each
// copy with its own ids ('baomoi-0#3'). Written to a new temp directory (never into the
// repository); prints the file's path on stdout.
//
//   npx tsx test/bench/make-big-corpus.ts [--mb 100] [--out FILE]
//   node bin/bantin.mjs analyze -i jsonl -f jsonl -j 2 "$(npx tsx test/bench/make-big-corpus.ts)" > /dev/null
import { createWriteStream, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const ROOT = join(import.meta.dirname, '..', '..');

const { values } = parseArgs({ options: { mb: { type: 'string', default: '100' }, out: { type: 'string' } } });
const targetBytes = Number(values.mb) * 1e6;
if (!(targetBytes > 0)) throw new Error('--mb must be a positive number');
const out = values.out ?? join(mkdtempSync(join(tmpdir(), 'bantin-big-')), `corpus-${values.mb}mb.jsonl`);

interface Rec {
  id: string;
  text: string;
  url?: string;
  title?: string;
  published?: string;
}

const records: Rec[] = readFileSync(join(ROOT, 'fixtures/corpus/real-articles.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => {
    const { id, text, url, title, published } = JSON.parse(l);
    return { id, text, url, title, published };
  });
const seeds = join(ROOT, 'fixtures/seeds');
for (const f of readdirSync(seeds).filter((f) => f.endsWith('.txt')).sort()) records.push({ id: `seed/${f}`, text: readFileSync(join(seeds, f), 'utf8') });

const file = createWriteStream(out);
let written = 0;
let copies = 0;
while (written < targetBytes) {
  for (const r of records) {
    const line = JSON.stringify({ ...r, id: `${r.id}#${copies}` }) + '\n';
    written += Buffer.byteLength(line);
    if (!file.write(line)) await once(file, 'drain');
  }
  copies++;
}
file.end();
await once(file, 'finish');
process.stderr.write(`${records.length} articles × ${copies} copies = ${records.length * copies} lines, ${(written / 1e6).toFixed(1)} MB\n`);
process.stdout.write(out + '\n');
