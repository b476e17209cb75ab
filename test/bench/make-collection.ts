// A large collection for scale measurements, as a collection export (the JSON the
// collection page imports): `articles` saved articles holding `factsPerArticle` facts each,
// made from the analyses of the real corpus articles (fixtures/corpus/real-articles.jsonl)
// and the seeds, cycled with their own addresses, provinces and dates. Real facts and
// realistic group sizes (a few document codes and offices cited by many articles, most
// names by one), without 10 000 real articles.
//
//   npx tsx test/bench/make-collection.ts --articles 10000 --facts 10 --out /tmp/collection.json
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { fieldsOfFact, type Fact } from '../../analyzer/contract.ts';
import { analyze } from '../../analyzer/index.ts';
import { PROVINCES } from '../../analyzer/lexicon/provinces.ts';
import { SCHEMA_VERSION } from '../../extension/storage/db.ts';
import { EXPORT_FORMAT, type ExportFile } from '../../extension/storage/transfer.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const PROVINCE_NAMES = PROVINCES.filter((p) => p.era.includes('2008')).map((p) => p.name);

interface Source {
  text: string;
  title?: string;
  source?: string;
  facts: Fact[];
}

function sources(): Source[] {
  const corpus = readFileSync(join(ROOT, 'fixtures/corpus/real-articles.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { text: string; title?: string });
  const seeds = readdirSync(join(ROOT, 'fixtures/seeds')).map((f) => ({ text: readFileSync(join(ROOT, 'fixtures/seeds', f), 'utf8') }));
  return [...seeds, ...corpus]
    .map((a) => {
      const analysis = analyze(a.text);
      return { text: a.text, title: analysis.article.title ?? (a as { title?: string }).title, source: analysis.article.source, facts: analysis.facts };
    })
    .filter((s) => s.facts.length > 0);
}

export function makeCollection(articles: number, factsPerArticle: number): ExportFile {
  const from = sources();
  const file: ExportFile = { format: EXPORT_FORMAT, schemaVersion: SCHEMA_VERSION, exportedAt: new Date().toISOString(), articles: [], facts: [] };
  let factId = 0;
  for (let i = 0; i < articles; i++) {
    const s = from[i % from.length];
    const id = i + 1;
    const province = PROVINCE_NAMES[i % PROVINCE_NAMES.length];
    const day = new Date(Date.UTC(2010 + (i % 16), i % 12, 1 + (i % 28)));
    const published = day.toISOString().slice(0, 10);
    const url = `https://bao-${i % 97}.example.vn/tin/${id}.html`;
    file.articles.push({
      id,
      canonicalUrl: url,
      urls: [url],
      url,
      textHash: `hash-${id}`,
      textLength: s.text.length,
      title: s.title ? `${s.title} (${id})` : `Bài ${id}`,
      published,
      source: s.source ?? `Báo số ${i % 97}`,
      province,
      language: 'vie',
      note: i % 10 === 0 ? 'cần đối chiếu' : '',
      tags: i % 3 === 0 ? ['thi đua'] : [],
      savedAt: day.toISOString(),
      updatedAt: day.toISOString(),
      factCount: factsPerArticle,
    });
    for (let j = 0; j < factsPerArticle; j++) {
      const f = s.facts[j % s.facts.length];
      const { kind, text, start, end } = f;
      const fields = fieldsOfFact(f);
      file.facts.push({
        id: ++factId,
        articleId: id,
        kind,
        fields,
        quote: text,
        prefix: s.text.slice(Math.max(0, start - 32), start),
        suffix: s.text.slice(end, end + 32),
        // Facts repeated to fill an article get their own place (a quote may appear twice).
        start: start + Math.floor(j / s.facts.length) * s.text.length,
        end: end + Math.floor(j / s.facts.length) * s.text.length,
        checked: j % 20 !== 19,
        origin: 'analyzer',
        province,
        published,
      } as ExportFile['facts'][number]);
    }
  }
  return file;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { articles: { type: 'string', default: '10000' }, facts: { type: 'string', default: '10' }, out: { type: 'string' } } });
  const file = makeCollection(Number(values.articles), Number(values.facts));
  const json = JSON.stringify(file);
  if (values.out) writeFileSync(values.out, json);
  else process.stdout.write(json);
  console.error(`make-collection: ${file.articles.length} articles, ${file.facts.length} facts, ${(json.length / 1e6).toFixed(1)} MB`);
}
