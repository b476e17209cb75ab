// Run-time shapes of the contract (analyzer/contract.ts) for what crosses a trust boundary:
// messages from content scripts and pages (extension/messages.ts) and the researcher's edits
// of fact fields (articles.ts). One definition, checked against the contract types below.

import { z } from 'zod';
import type { Analysis, Article, Fact, FactKind } from '../../analyzer/contract.ts';
import { FACT_KINDS } from '../../analyzer/contract.ts';
import type { CorrectionsOf, FieldsOf } from './types.ts';

export const LIMITS = {
  /** UTF-16 units of an article's text (a long article is ~100 000). */
  text: 5_000_000,
  facts: 20_000,
  /** A field value, a quote. */
  field: 10_000,
  url: 8_192,
  context: 1_000,
  note: 100_000,
  tags: 200,
  tag: 200,
  /** Places one fact is named in one article. */
  mentions: 1_000,
} as const;

const str = z.string().max(LIMITS.field);
const isoDate = z.string().max(64);
const offset = z.number().int().nonnegative();

export const fieldSchemas = {
  document: z.object({
    type: str,
    number: str,
    // Absent when the document is cited by type and number only ('Chỉ thị số 16').
    symbol: str.optional(),
    code: str.optional(),
    issued: isoDate.optional(),
    issuer: str.optional(),
  }),
  date: z.object({ value: str }),
  count: z.object({
    value: z.number().finite(),
    unit: str,
    approx: z.enum(['over', 'under', 'about']).optional(),
    subject: str.optional(),
    asOf: isoDate.optional(),
  }),
  award: z.object({
    name: str,
    grantor: str.optional(),
    recipient: str.optional(),
    year: z.number().int().optional(),
  }),
  office: z.object({
    name: str,
    level: z.enum(['central', 'province', 'district', 'commune']).optional(),
    province: str.optional(),
  }),
  person: z.object({ name: str, role: str.optional() }),
} satisfies Record<FactKind, z.ZodType>;

export const factKindSchema = z.enum(FACT_KINDS);

/** Where else the text names the fact (the first mention is start/end). */
const mentions = z
  .array(z.object({ start: offset, end: offset }).refine((m) => m.end > m.start, { message: 'a mention must not be empty' }))
  .max(LIMITS.mentions)
  .optional();
const span = { text: str, start: offset, end: offset, mentions };

export const factSchema = z
  .discriminatedUnion('kind', [
    fieldSchemas.document.extend({ kind: z.literal('document'), ...span }),
    fieldSchemas.date.extend({ kind: z.literal('date'), ...span }),
    fieldSchemas.count.extend({ kind: z.literal('count'), ...span }),
    fieldSchemas.award.extend({ kind: z.literal('award'), ...span }),
    fieldSchemas.office.extend({ kind: z.literal('office'), ...span }),
    fieldSchemas.person.extend({ kind: z.literal('person'), ...span }),
  ])
  .refine((f) => f.end - f.start === f.text.length, { message: 'text must be exactly end − start characters long' });

export const articleSchema = z.object({
  title: str.optional(),
  published: isoDate.optional(),
  source: str.optional(),
  byline: str.optional(),
  province: str.optional(),
  url: z.string().max(LIMITS.url).optional(),
});

export const analysisSchema = z.object({
  language: z.object({ code: z.string().max(16), score: z.number().min(0).max(1) }),
  article: articleSchema,
  facts: z.array(factSchema).max(LIMITS.facts),
});

/** The edits a kind's fields accept: any of its fields, null removing an optional one. */
export function patchSchema(kind: FactKind) {
  const shape: Record<string, z.ZodType> = {};
  for (const [name, field] of Object.entries(fieldSchemas[kind].shape as Record<string, z.ZodType>)) {
    shape[name] = field instanceof z.ZodOptional ? field.nullable() : field.optional();
  }
  return z.strictObject(shape);
}

export const fieldsPatchSchema = z.record(z.string().max(64), z.union([str, z.number().finite(), z.null()]));

/** Checks an edit of a fact's fields against its kind: only its fields, of the right types. */
export function parseFieldsPatch<K extends FactKind>(kind: K, patch: unknown): CorrectionsOf<K> {
  const result = patchSchema(kind).safeParse(patch);
  if (!result.success) throw new TypeError(`invalid ${kind} fields: ${describeIssues(result.error)}`);
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(result.data)) if (value !== undefined) out[name] = value;
  return out as CorrectionsOf<K>;
}

/** Checks a full set of fields of one kind (a manual fact). */
export function parseFields<K extends FactKind>(kind: K, fields: unknown): FieldsOf<K> {
  const result = fieldSchemas[kind].strict().safeParse(fields);
  if (!result.success) throw new TypeError(`invalid ${kind} fields: ${describeIssues(result.error)}`);
  return result.data as unknown as FieldsOf<K>;
}

/** 'facts[3].start: Too small: expected number to be >=0; …' (at most three issues). */
export function describeIssues(error: z.ZodError): string {
  const shown = error.issues.slice(0, 3).map((issue) => {
    const path = issue.path.reduce<string>(
      (acc, p) => (typeof p === 'number' ? `${acc}[${p}]` : acc ? `${acc}.${String(p)}` : String(p)),
      '',
    );
    return path ? `${path}: ${issue.message}` : issue.message;
  });
  const more = error.issues.length - shown.length;
  return shown.join('; ') + (more > 0 ? `; and ${more} more` : '');
}

// The schemas must describe exactly the contract: these fail to compile when either drifts.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameFact: Same<z.infer<typeof factSchema>, Fact> = true;
const sameArticle: Same<z.infer<typeof articleSchema>, Article> = true;
const sameAnalysis: Same<z.infer<typeof analysisSchema>, Analysis> = true;
void sameFact;
void sameArticle;
void sameAnalysis;
