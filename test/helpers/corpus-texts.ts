// Every real article text the repository holds (the real corpus and the genre batches): the
// inputs on which a walk that replaces a regex must give exactly the regex's matches.
import { readFileSync, readdirSync } from 'node:fs';

export function corpusTexts(): string[] {
  const genre = readdirSync('fixtures/genre', { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) => readdirSync(`fixtures/genre/${d.name}/texts`).map((f) => readFileSync(`fixtures/genre/${d.name}/texts/${f}`, 'utf8')));
  const real = readFileSync('fixtures/corpus/real-articles.jsonl', 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l).text as string);
  return [...real, ...genre];
}
