// extension/messages.ts: every message type is accepted in its right shape and refused,
// with a reason, in a wrong one.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { analyze } from '../analyzer/index.ts';
import { analysisFactId } from '../extension/storage/fact-id.ts';
import { MESSAGE_TYPES, parseMessage, type Message } from '../extension/messages.ts';

const text = readFileSync(new URL('../fixtures/seeds/002_819d290b6f01cc90.txt', import.meta.url), 'utf8');
const url = 'https://baolangson.vn/bai-viet-1.html';
const analysis = analyze(text, { url });
const fact = analysis.facts[0];
const at = (quote: string) => text.indexOf(quote);

const good: Message[] = [
  { type: 'analyze-page' },
  { type: 'analyze-page', tabId: 7 },
  { type: 'analyze-page', tabId: 7, source: 'selection' },
  { type: 'page-analysis', url, analysis, text, textLength: text.length },
  { type: 'page-analysis', url, analysis, text, textLength: text.length, notFound: [analysisFactId(fact)], source: 'article', method: 'readability' },
  { type: 'save-article', url, text, analysis },
  {
    type: 'save-article',
    url,
    text,
    analysis,
    checkedFactIds: analysis.facts.slice(1).map(analysisFactId),
    note: 'ghi chú',
    tags: ['thi đua'],
    corrections: { [analysisFactId(fact)]: fact.kind === 'date' ? { value: '2012' } : { name: 'X' } },
  },
  { type: 'get-saved', url },
  { type: 'get-saved', url, text },
  { type: 'highlight-fact', factId: 3, quote: fact.text, start: fact.start, end: fact.end, prefix: '', suffix: 'x' },
  {
    type: 'add-selection-as-fact',
    url,
    quote: text.slice(10, 20),
    start: 10,
    end: 20,
    prefix: text.slice(0, 10),
    suffix: text.slice(20, 52),
    kind: 'person',
    fields: { name: 'Nguyễn Văn A', role: 'Bí thư' },
  },
  {
    type: 'add-selection-as-fact',
    url,
    articleId: 1,
    quote: 'abc',
    start: 0,
    end: 3,
    prefix: '',
    suffix: '',
    kind: 'count',
    fields: { value: 5, unit: 'chi bộ', approx: 'over' },
  },
  {
    type: 'show-saved',
    articleId: 3,
    facts: [
      {
        id: 11,
        kind: fact.kind,
        quote: fact.text,
        start: fact.start,
        end: fact.end,
        prefix: text.slice(Math.max(0, fact.start - 32), fact.start),
        suffix: text.slice(fact.end, fact.end + 32),
        checked: false,
        origin: 'analyzer',
        sourceId: analysisFactId(fact),
        fields: { name: 'Văn phòng Tỉnh ủy', level: 'province' },
      },
    ],
  },
  { type: 'show-saved', facts: [] },
  { type: 'clear-highlights' },
  { type: 'clear-highlights', tabId: 7 },
  { type: 'get-tab-state' },
  { type: 'get-tab-state', tabId: 7 },
  { type: 'refresh-saved', tabId: 7 },
  { type: 'tab-state', tabId: 7, status: 'idle' },
  { type: 'tab-state', tabId: 7, status: 'error', failure: 'no access' },
  {
    type: 'tab-state',
    tabId: 7,
    status: 'ready',
    page: { type: 'page-analysis', url, analysis, text, textLength: text.length, notFound: [] },
    saved: { articleId: 3, savedAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', factCount: 2, notFound: [5] },
  },
  { type: 'save-command', tabId: 7 },
  { type: 'update-fact', factId: 4, checked: false },
  { type: 'update-fact', factId: 4, corrected: { name: 'X', role: null } },
  { type: 'update-fact', factId: 4, corrected: null },
  { type: 'get-selection' },
];

describe('parseMessage accepts', () => {
  it('has a sample of every message type', () => {
    expect(new Set(good.map((m) => m.type))).toEqual(new Set(MESSAGE_TYPES));
    expect(analysis.facts.length).toBeGreaterThan(3);
    expect(at(fact.text)).toBeGreaterThanOrEqual(0);
  });
  for (const message of good) {
    it(`${message.type} ${JSON.stringify(message).slice(0, 60)}`, () => {
      expect(parseMessage(message)).toEqual(message);
      // what the structured clone of chrome.runtime messaging delivers
      expect(parseMessage(JSON.parse(JSON.stringify(message)))).toEqual(message);
    });
  }
  it('drops properties it does not know', () => {
    expect(parseMessage({ type: 'get-saved', url, extra: 1 })).toEqual({ type: 'get-saved', url });
  });
});

const errorOf = (value: unknown): string => {
  const result = parseMessage(value);
  expect(result, JSON.stringify(value)?.slice(0, 200)).toHaveProperty('error');
  return (result as { error: string }).error;
};

describe('parseMessage refuses, saying why', () => {
  it('what is no message', () => {
    expect(errorOf(null)).toMatch(/object/);
    expect(errorOf('save-article')).toMatch(/object/);
    expect(errorOf([{ type: 'get-saved' }])).toMatch(/object/);
    expect(errorOf({ url })).toMatch(/type/);
    expect(errorOf({ type: 42 })).toMatch(/type/);
    expect(errorOf({ type: 'delete-everything' })).toMatch(/unknown message type 'delete-everything'/);
    expect(errorOf({ type: 'toString' })).toMatch(/unknown message type/);
  });

  it('wrong types', () => {
    expect(errorOf({ type: 'analyze-page', tabId: -1 })).toMatch(/tabId/);
    expect(errorOf({ type: 'analyze-page', tabId: '7' })).toMatch(/tabId/);
    expect(errorOf({ type: 'get-saved', url: 'baolangson.vn/bai' })).toMatch(/url: not an absolute URL/);
    expect(errorOf({ type: 'get-saved', url, text: 5 })).toMatch(/text/);
    expect(errorOf({ type: 'save-article', url, text, analysis, tags: 'thi đua' })).toMatch(/tags/);
    expect(errorOf({ type: 'save-article', url, text, analysis, checkedFactIds: [1, 2] })).toMatch(/checkedFactIds\[0\]/);
    expect(errorOf({ type: 'highlight-fact', quote: 'a', start: 1.5, end: 2.5, prefix: '', suffix: '' })).toMatch(/start/);
  });

  it('analyses of the wrong shape', () => {
    const bad = (change: (a: typeof analysis) => unknown) => errorOf({ type: 'save-article', url, text, analysis: change(structuredClone(analysis)) });
    expect(bad((a) => ({ ...a, facts: 'none' }))).toMatch(/analysis\.facts/);
    expect(bad((a) => ({ ...a, language: { code: 'vie', score: 2 } }))).toMatch(/analysis\.language\.score/);
    expect(bad((a) => ({ ...a, facts: [{ ...a.facts[0], kind: 'rumour' }] }))).toMatch(/analysis\.facts\[0\]/);
    expect(bad((a) => ({ ...a, facts: [{ kind: 'count', text: 'năm', start: 0, end: 3, value: 'năm', unit: 'x' }] }))).toMatch(/analysis\.facts\[0\]\.value/);
    expect(bad((a) => ({ ...a, facts: [{ kind: 'person', text: 'Ab', start: 0, end: 2 }] }))).toMatch(/name/);
    expect(bad((a) => ({ ...a, facts: [{ kind: 'office', text: 'Ab', start: 0, end: 2, name: 'Ab', level: 'galactic' }] }))).toMatch(/level/);
    expect(bad((a) => ({ ...a, article: { title: 7 } }))).toMatch(/analysis\.article\.title/);
  });

  it('facts whose offsets do not point at their text', () => {
    const shifted = { ...fact, start: fact.start + 1, end: fact.end + 1 };
    expect(errorOf({ type: 'save-article', url, text, analysis: { ...analysis, facts: [shifted] } })).toMatch(/analysis\.facts\[0\]: not the text at/);
    const beyond = { ...fact, start: text.length, end: text.length + fact.text.length };
    expect(errorOf({ type: 'page-analysis', url, text, textLength: text.length, analysis: { ...analysis, facts: [beyond] } })).toMatch(/not the text/);
    expect(errorOf({ type: 'page-analysis', url, text, textLength: text.length + 1, analysis })).toMatch(/textLength/);
    expect(errorOf({ type: 'highlight-fact', quote: 'abc', start: 0, end: 4, prefix: '', suffix: '' })).toMatch(/end/);
  });

  it('corrections and manual facts that do not fit their kind', () => {
    expect(errorOf({ type: 'save-article', url, text, analysis, corrections: { 'person|nobody': { name: 'A' } } })).toMatch(/corrections.*names no fact/);
    expect(errorOf({ type: 'save-article', url, text, analysis, corrections: { [analysisFactId(fact)]: { name: { first: 'A' } } } })).toMatch(/corrections/);
    const selection = { type: 'add-selection-as-fact', url, quote: 'abc', start: 0, end: 3, prefix: '', suffix: '' };
    expect(errorOf({ ...selection, kind: 'person', fields: {} })).toMatch(/fields\.name/);
    expect(errorOf({ ...selection, kind: 'person', fields: { name: 'A', unit: 'x' } })).toMatch(/unit/);
    expect(errorOf({ ...selection, kind: 'gossip', fields: { name: 'A' } })).toMatch(/kind/);
    expect(errorOf({ ...selection, kind: 'count', fields: { value: Infinity, unit: 'x' } })).toMatch(/value/);
    expect(errorOf({ ...selection, kind: 'person', fields: { name: 'A' }, quote: '' })).toMatch(/quote/);
  });

  it('messages between background, content script and side panel of the wrong shape', () => {
    expect(errorOf({ type: 'analyze-page', source: 'everything' })).toMatch(/source/);
    expect(errorOf({ type: 'page-analysis', url, analysis, text, textLength: text.length, notFound: [1] })).toMatch(/notFound/);
    const anchor = { id: 1, kind: 'office', quote: 'abc', start: 0, end: 3, prefix: '', suffix: '', checked: true, origin: 'analyzer', fields: {} };
    expect(errorOf({ type: 'show-saved', articleId: 1, facts: [{ ...anchor, end: 4 }] })).toMatch(/end/);
    expect(errorOf({ type: 'show-saved', articleId: 1, facts: [{ ...anchor, fields: { name: { html: '<b>' } } }] })).toMatch(/fields/);
    expect(errorOf({ type: 'show-saved', articleId: 1, facts: [{ ...anchor, kind: 'rumour' }] })).toMatch(/kind/);
    expect(errorOf({ type: 'refresh-saved' })).toMatch(/tabId/);
    expect(errorOf({ type: 'tab-state', tabId: 1, status: 'done' })).toMatch(/status/);
    expect(errorOf({ type: 'tab-state', tabId: 1, status: 'ready', page: { type: 'page-analysis', url, analysis, text, textLength: 1 } })).toMatch(/textLength/);
    expect(errorOf({ type: 'update-fact', factId: -1 })).toMatch(/factId/);
    expect(errorOf({ type: 'update-fact', factId: 1, checked: 'yes' })).toMatch(/checked/);
  });

  it('oversized input', () => {
    expect(errorOf({ type: 'get-saved', url: `https://a.vn/${'x'.repeat(10_000)}` })).toMatch(/url/);
    expect(errorOf({ type: 'save-article', url, text, analysis, tags: Array.from({ length: 500 }, (_, i) => `t${i}`) })).toMatch(/tags/);
  });
});
