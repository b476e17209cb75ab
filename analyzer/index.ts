// analyze(text, options): the public API and the pipeline.
//
//   text → normalized view → language → article metadata
//        → candidates per kind (analyzer/kinds) → refiners (analyzer/refine)
//        → distinct facts with offsets mapped back to the caller's string.
//
// Pure, synchronous, deterministic and DOM-free: the same code runs in Node, in the CLI
// and in the extension's content script.

import type { Analysis, AnalyzeOptions, Fact } from './contract.ts';
import type { Candidate, Candidates, Context } from './pipeline.ts';
import { createView, toSource, type TextView } from './text/normalize.ts';
import { isNarrowText, readingNarrow } from './text/narrow.ts';
import { forgetWordIndex } from './text/scan.ts';
import { detectLanguage } from './language.ts';
import { readArticle } from './article.ts';
import { parseDocuments } from './kinds/document.ts';
import { parseDates } from './kinds/date.ts';
import { parseCounts } from './kinds/count.ts';
import { parseAwards } from './kinds/award.ts';
import { parseOfficeMentions } from './kinds/office.ts';
import { parsePersons } from './kinds/person.ts';
import { frontBodies, resolveOffices, mergeNamesOfOneBody, officeFactNames } from './refine/offices.ts';
import { attachDocumentDetails } from './refine/document-details.ts';
import { attachAwardDetails } from './refine/award-details.ts';
import { attachRoles } from './refine/person-roles.ts';
import { dropNamesOfPlaces } from './refine/names-of-places.ts';
import { resolveOverlaps } from './refine/overlaps.ts';
import { distinct, type MentionSpan } from './refine/distinct.ts';
import { attachCountSubjects } from './refine/count-subjects.ts';
import { FACT_KINDS } from './contract.ts';

export type * from './contract.ts';
export { FACT_KINDS } from './contract.ts';

const KIND_ORDER = new Map(FACT_KINDS.map((k, i) => [k, i]));

export function analyze(input: string, options: AnalyzeOptions = {}): Analysis {
  if (typeof input !== 'string') throw new TypeError('analyze(text): text must be a string');
  forgetWordIndex();
  const view = createView(input);
  // Every regex in its narrowed form when the text and the options are Latin-script (text/narrow.ts).
  const narrow = isNarrowText(view.text) && Object.values(options).every((v) => typeof v !== 'string' || isNarrowText(v));
  return readingNarrow(narrow, () => analyzeView(view, options));
}

function analyzeView(view: TextView, options: AnalyzeOptions): Analysis {
  const language = detectLanguage(view.text);
  if (language.code !== 'vie') {
    const article: Analysis['article'] = {};
    if (typeof options.title === 'string' && options.title.trim()) article.title = options.title.trim();
    if (options.url) article.url = options.url;
    return { language, article, facts: [] };
  }

  const reading = readArticle(view, options);
  const ctx: Context = { view, text: view.text, article: reading.article, bylineSpan: reading.bylineSpan, pageClock: reading.pageClock };

  const officeMentions = parseOfficeMentions(ctx);
  const raw: Candidates = {
    document: parseDocuments(ctx),
    date: parseDates(ctx),
    count: parseCounts(ctx),
    award: parseAwards(ctx),
    office: resolveOffices(officeMentions, ctx),
    person: parsePersons(ctx),
  };
  // Bylines are persons with role 'tác giả', one per author named.
  if (reading.bylineSpan && reading.article.byline) {
    const { start, end } = reading.bylineSpan;
    raw.person = raw.person.filter((p) => p.end <= start || p.start >= end);
    for (const a of reading.authors ?? []) {
      raw.person.push({ kind: 'person', start: a.start, end: a.end, name: view.text.slice(a.start, a.end), role: 'tác giả' });
    }
  }

  const c = resolveOverlaps(raw);
  // Issuers, grantors, recipients and roles keep the body's name as written there …
  attachDocumentDetails(c.document, c.date, c.office, ctx);
  const officeNames = officeFactNames(c.office, reading.article.province);
  c.award = attachAwardDetails(c.award, c.office, c.date, ctx, officeNames);
  attachRoles(c.person, c.office.concat(frontBodies(officeMentions)), ctx);
  c.person = dropNamesOfPlaces(c.person, ctx);
  // … while the office facts themselves are named by their fullest form.
  mergeNamesOfOneBody(c.office, officeNames);
  // Counts name their owner as the office facts name it.
  attachCountSubjects(c.count, c.office, c.date, ctx);

  const facts: Fact[] = [];
  for (const kind of FACT_KINDS) {
    for (const cand of distinct(c[kind] as Candidate[])) facts.push(toFact(cand, view));
  }
  facts.sort((a, b) => a.start - b.start || KIND_ORDER.get(a.kind)! - KIND_ORDER.get(b.kind)! || a.end - b.end);
  return { language, article: reading.article, facts };
}

/** A candidate in view coordinates → a fact on the caller's string. */
function toFact(c: Candidate & { mentions?: MentionSpan[] }, view: ReturnType<typeof createView>): Fact {
  const [start, end] = toSource(view, c.start, c.end);
  const { kind, mentions } = c;
  const fact = { kind, text: view.source.slice(start, end), start, end } as Record<string, unknown>;
  // The other fields in their order, as `{ ...fields }` of a rest pattern would copy them (a
  // for…in over a plain object: the generic rest-and-spread copy was a visible cost per fact).
  for (const k in c) if (k !== 'kind' && k !== 'start' && k !== 'end' && k !== 'mentions') fact[k] = (c as Record<string, unknown>)[k];
  if (mentions && mentions.length > 1) {
    fact.mentions = mentions.map((m) => {
      const [a, b] = toSource(view, m.start, m.end);
      return { start: a, end: b };
    });
  }
  return fact as unknown as Fact;
}
