// The side panel: field validation, the state reducer and the save plan it builds, the
// save routine, the browser-message adapter (on WXT's fakeBrowser, answered by a fake
// background over the real storage on fake-indexeddb), and the Preact panel rendered into
// a linkedom document.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { Dexie } from 'dexie';
import { parseHTML } from 'linkedom';
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { analyze } from '../analyzer/index.ts';
import { fieldsOfFact, type Analysis, type Fact } from '../analyzer/contract.ts';
import { parseMessage, type Message } from '../extension/messages.ts';
import {
  analysisFactId,
  effectiveFields as storedEffectiveFields,
  findSaved,
  getArticleWithFacts,
  openDatabase,
  StorageFullError,
  type BantinDB,
} from '../extension/storage/articles.ts';
import { contextOf } from '../extension/storage/context.ts';
import { createHub, noAccessMessage, type BackgroundApi, type Hub } from '../extension/background/hub.ts';
import { listener } from '../extension/respond.ts';
import { createBrowserPort, type BrowserApi } from '../extension/ui/browser-port.ts';
import {
  fieldsPatchFrom,
  fieldSummary,
  isDateFactValue,
  isIsoDate,
  parseCount,
  parseFieldValues,
  validateFieldValues,
} from '../extension/ui/fields.ts';
import { kindLabel } from '../extension/i18n/index.ts';
import { KIND_ORDER, PALETTE } from '../extension/ui/palette.ts';
import {
  buildSavePlan,
  effectiveFields,
  groupRows,
  initialState,
  mentionsLostRows,
  mentionSteps,
  notFoundRows,
  parseTags,
  reducer,
  type PanelAction,
  type PanelState,
} from '../extension/ui/panel-state.ts';
import { Panel } from '../extension/ui/Panel.tsx';
import { PortError, type PanelPort, type SavedArticleView, type TabStateView } from '../extension/ui/port.ts';
import { PartialSaveError, runSave } from '../extension/ui/save.ts';

const url = 'https://baolangson.vn/bai-viet-1.html';
const text = readFileSync(new URL('../fixtures/seeds/002_819d290b6f01cc90.txt', import.meta.url), 'utf8');
const analysis = analyze(text, { url });
const find = (pred: (f: Fact) => boolean): Fact => {
  const f = analysis.facts.find(pred);
  if (!f) throw new Error('fixture fact missing');
  return f;
};
const chiBo = find((f) => f.kind === 'count' && f.text === '5 chi bộ');
/** Whose the 5 cells are: the seed says 'Đảng bộ Văn phòng Tỉnh uỷ có 5 chi bộ'. */
const chiBoSubject = chiBo.kind === 'count' ? chiBo.subject : undefined;
const hcm = find((f) => f.kind === 'person' && f.text === 'Hồ Chí Minh');
const dateFact = find((f) => f.kind === 'date' && f.text === '27/06/2022');
const anchorAt = (quote: string) => {
  const start = text.indexOf(quote);
  return { quote, start, end: start + quote.length, ...contextOf(text, start, start + quote.length) };
};
const run = (actions: PanelAction[], from: PanelState = initialState) => actions.reduce(reducer, from);
const loaded = () => run([{ type: 'analysisLoaded', page: { url, text, analysis, tabId: 1 } }, { type: 'savedLoaded', saved: null }]);

// ---------------------------------------------------------------------------------------

describe('field validation', () => {
  it('accepts the ISO date forms of FACTS.md and refuses others', () => {
    for (const d of ['2006-11-07', '2012-01', '2010-Q4', '2011', '2012-08-27T10:05', '2024-02-29']) expect(isIsoDate(d), d).toBe(true);
    for (const d of ['2012-13-01', '2023-02-29', '2012-1-7', '07/11/2006', '2010-Q5', '12', '2012-08-27T25:00', '', 'năm 2011', '2010/2015'])
      expect(isIsoDate(d), d).toBe(false);
    expect(isDateFactValue('2010/2015')).toBe(true);
    expect(isDateFactValue('2015/2010')).toBe(false);
    expect(isDateFactValue('2010/2010')).toBe(false);
    expect(isDateFactValue('2010/2015/2020')).toBe(false);
  });

  it('reads counts as numbers ≥ 0 and refuses grouped thousands', () => {
    expect(parseCount('49')).toBe(49);
    expect(parseCount('95,5')).toBe(95.5);
    expect(parseCount('95.5')).toBe(95.5);
    expect(parseCount(' 0 ')).toBe(0);
    for (const bad of ['-3', 'abc', '1.200', '1,200,000', '', '5 chi bộ', '1e3']) expect(typeof parseCount(bad), bad).toBe('string');
  });

  it('requires the required fields and types the rest', () => {
    const r = parseFieldValues('document', { type: 'Chỉ thị', number: '', symbol: 'CT/TW', code: ' ', issued: '7/11/2006' });
    expect(r.ok).toBe(false);
    // symbol and code are optional: a document may be cited by type and number only (FACTS.md)
    if (!r.ok) expect(Object.keys(r.errors).sort()).toEqual(['issued', 'number']);
    const ok = parseFieldValues('award', { name: ' Bằng  khen ', year: '2012', grantor: '' });
    expect(ok).toEqual({ ok: true, value: { name: 'Bằng khen', year: 2012 } });
    expect(parseFieldValues('award', { name: 'x', year: '12' }).ok).toBe(false);
    expect(parseFieldValues('office', { name: 'UBND tỉnh', level: 'planet' }).ok).toBe(false);
    expect(parseFieldValues('count', { value: '-1', unit: 'người' }).ok).toBe(false);
    expect(parseFieldValues('date', { value: '2012-02-30' }).ok).toBe(false);
    // Typed text is stored canonical: NFC, new-style tone marks.
    const nfd = parseFieldValues('person', { name: 'Nguyê\u0303n Văn A' });
    expect(nfd.ok && nfd.value.name).toBe('Nguyễn Văn A');
    const old = parseFieldValues('office', { name: 'Văn phòng  Tỉnh uỷ' });
    expect(old.ok && old.value.name).toBe('Văn phòng Tỉnh ủy');
  });

  it('makes a correction of only what changed, null for an emptied optional field', () => {
    const before = { name: 'Giải Nhì', recipient: 'Đảng bộ Văn phòng Tỉnh ủy', grantor: 'Đảng ủy Khối các cơ quan tỉnh' };
    const r = fieldsPatchFrom('award', before, { name: 'Giải Nhì', recipient: '', grantor: 'UBND tỉnh', year: '2011' });
    expect(r).toEqual({ ok: true, value: { recipient: null, grantor: 'UBND tỉnh', year: 2011 } });
    expect(fieldsPatchFrom('award', before, { ...before, year: '' })).toEqual({ ok: true, value: {} });
  });

  it('checks values already typed, and unknown fields', () => {
    expect(validateFieldValues('count', { value: 5, unit: 'chi bộ' })).toEqual({});
    expect(Object.keys(validateFieldValues('count', { value: -1, unit: 'chi bộ' }))).toEqual(['value']);
    expect(Object.keys(validateFieldValues('count', { value: Number.NaN, unit: '' })).sort()).toEqual(['unit', 'value']);
    expect(Object.keys(validateFieldValues('person', { name: 'A', colour: 'x' }))).toEqual(['colour']);
  });

  it('summarises fields in one line', () => {
    expect(fieldSummary('count', { value: 95, unit: '%', approx: 'over' })).toBe('trên 95 %');
    expect(fieldSummary('document', { type: 'Chỉ thị', number: '06', symbol: 'CT/TW', code: '06-CT/TW', issuer: 'Bộ Chính trị' })).toBe(
      '06-CT/TW · Chỉ thị · Bộ Chính trị',
    );
  });
});

describe('palette', () => {
  it('has a colour and a Vietnamese label for every kind, in the contract order', () => {
    expect(KIND_ORDER).toEqual(['document', 'date', 'count', 'award', 'office', 'person']);
    expect(KIND_ORDER.map(kindLabel)).toEqual(['Văn bản', 'Ngày tháng', 'Số lượng', 'Khen thưởng', 'Cơ quan', 'Nhân vật']);
    const colours = KIND_ORDER.map((k) => PALETTE[k].border);
    expect(new Set(colours).size).toBe(6);
  });
});

// ---------------------------------------------------------------------------------------

describe('panel state', () => {
  it('lists every fact of the analysis, ticked, grouped by kind', () => {
    const s = loaded();
    expect(s.phase).toBe('ready');
    expect(s.rows).toHaveLength(analysis.facts.length);
    expect(s.rows.every((r) => r.checked && r.source === 'analysis')).toBe(true);
    const groups = groupRows(s.rows);
    expect(groups.map((g) => g.kind)).toEqual(KIND_ORDER);
    expect(groups.reduce((n, g) => n + g.rows.length, 0)).toBe(analysis.facts.length);
    const plan = buildSavePlan(s);
    expect(plan.article.checkedFactIds).toEqual(s.rows.map((r) => r.id));
    expect(plan.article.corrections).toBeUndefined();
    expect(plan.manual).toEqual([]);
  });

  it('untick + edit + manual fact make the right save payload', () => {
    const chiBoId = analysisFactId(chiBo);
    const hcmId = analysisFactId(hcm);
    const selection = anchorAt('Văn phòng Tỉnh uỷ Lạng Sơn').start >= 0 ? anchorAt('Văn phòng Tỉnh uỷ Lạng Sơn') : anchorAt('Văn phòng Tỉnh uỷ');
    const s = run(
      [
        { type: 'toggle', id: hcmId },
        { type: 'edit', id: chiBoId, patch: { value: 6, approx: 'about' } },
        { type: 'addManual', kind: 'office', fields: { name: 'Văn phòng Tỉnh ủy', level: 'province' }, anchor: selection },
        { type: 'note', note: 'Bài về Cuộc vận động' },
        { type: 'tags', input: 'thi đua, Lạng Sơn,  thi đua ,' },
      ],
      loaded(),
    );
    expect(s.dirty).toBe(true);
    expect(s.tags).toEqual(['thi đua', 'Lạng Sơn']);
    const row = s.rows.find((r) => r.id === chiBoId)!;
    // The count keeps whose figure it is (FACTS.md count subject) through the correction.
    expect(chiBo.kind === 'count' && chiBo.subject).toBeTruthy();
    expect(effectiveFields(row)).toEqual({ ...fieldsOfFact(chiBo), value: 6, approx: 'about' });

    const plan = buildSavePlan(s);
    expect(plan.article.checkedFactIds).not.toContain(hcmId);
    expect(plan.article.checkedFactIds).toContain(chiBoId);
    expect(plan.article.checkedFactIds).toHaveLength(analysis.facts.length - 1);
    expect(plan.article.corrections).toEqual({ [chiBoId]: { value: 6, approx: 'about' } });
    expect(plan.article.note).toBe('Bài về Cuộc vận động');
    expect(plan.article.tags).toEqual(['thi đua', 'Lạng Sơn']);
    expect(plan.manual).toEqual([
      { rowId: 'new:1', draft: { kind: 'office', fields: { name: 'Văn phòng Tỉnh ủy', level: 'province' }, ...selection } },
    ]);
    expect(plan.updates).toEqual([]);

    // What the plan sends is what messages.ts accepts.
    const save = parseMessage({ type: 'save-article', ...plan.article });
    expect(save).not.toHaveProperty('error');
    const manual = parseMessage({ type: 'add-selection-as-fact', url, articleId: 1, ...plan.manual[0].draft });
    expect(manual).not.toHaveProperty('error');
  });

  it('refuses invalid edits and selections that are not the analysed text, with a message', () => {
    const s = loaded();
    const dateId = analysisFactId(dateFact);
    const bad = reducer(s, { type: 'edit', id: dateId, patch: { value: '2022-13-27' } });
    expect(bad.error).toMatch(/value/);
    expect(bad.rows).toBe(s.rows);
    const badCount = reducer(s, { type: 'edit', id: analysisFactId(chiBo), patch: { value: -2 } });
    expect(badCount.error).toBeTruthy();
    const emptied = reducer(s, { type: 'edit', id: analysisFactId(hcm), patch: { name: null } });
    expect(emptied.error).toMatch(/name/);
    const wrongAnchor = reducer(s, {
      type: 'addManual',
      kind: 'person',
      fields: { name: 'A' },
      anchor: { quote: 'không có', start: 0, end: 8, prefix: '', suffix: '' },
    });
    expect(wrongAnchor.error).toMatch(/vùng chọn/);
    expect(wrongAnchor.rows).toHaveLength(s.rows.length);
    const noName = reducer(s, { type: 'addManual', kind: 'person', fields: {}, anchor: anchorAt('Hồ Chí Minh') });
    expect(noName.error).toBeTruthy();
  });

  it('takes ticks, corrections, note and tags from the saved article, and lists saved facts not on the page', () => {
    const chiBoStored = { id: 11, kind: 'count' as const, sourceKey: analysisFactId(chiBo).slice('count|'.length) };
    const saved: SavedArticleView = {
      articleId: 3,
      savedAt: '2024-05-01T10:00:00.000Z',
      updatedAt: '2024-05-02T10:00:00.000Z',
      factCount: 3,
      note: 'ghi chú cũ',
      tags: ['a', 'b'],
      facts: [
        {
          ...chiBoStored,
          fields: { value: 5, unit: 'chi bộ' },
          corrected: { value: 7 },
          ...anchorAt('5 chi bộ'),
          checked: false,
          origin: 'analyzer',
        },
        { id: 12, kind: 'person', fields: { name: 'Thanh Huyền', role: 'ảnh' }, ...anchorAt('Thanh Huyền'), checked: true, origin: 'manual' },
        { id: 13, kind: 'person', fields: { name: 'Gone' }, quote: 'Nguyễn Văn Không', start: 5, end: 21, prefix: '', suffix: '', checked: true, origin: 'manual' },
      ],
    };
    const s = run([{ type: 'analysisLoaded', page: { url, text, analysis, tabId: 1 } }, { type: 'savedLoaded', saved }]);
    expect(s.note).toBe('ghi chú cũ');
    expect(s.tagsInput).toBe('a, b');
    expect(s.dirty).toBe(false);
    const row = s.rows.find((r) => r.id === analysisFactId(chiBo))!;
    expect(row.checked).toBe(false);
    expect(row.savedId).toBe(11);
    expect(effectiveFields(row).value).toBe(7);
    expect(s.rows.filter((r) => r.source === 'saved').map((r) => r.id).sort()).toEqual(['saved:12', 'saved:13']);
    expect(notFoundRows(s).map((r) => r.id)).toEqual(['saved:13']);

    // Ticking the matched analyzer fact goes in checkedFactIds; changes to saved-only facts are updates.
    const s2 = run(
      [
        { type: 'toggle', id: analysisFactId(chiBo) },
        { type: 'toggle', id: 'saved:12' },
        { type: 'edit', id: 'saved:13', patch: { role: 'Bí thư' } },
      ],
      s,
    );
    const plan = buildSavePlan(s2);
    expect(plan.article.checkedFactIds).toContain(analysisFactId(chiBo));
    expect([...plan.updates].sort((a, b) => a.factId - b.factId)).toEqual([
      { factId: 12, checked: false },
      { factId: 13, corrected: { role: 'Bí thư' } },
    ]);
  });

  it('marks saved facts found with some mentions missing (placement before or after the record); their arrows skip those', () => {
    const hcmStored = {
      id: 21,
      kind: 'person' as const,
      sourceKey: analysisFactId(hcm).slice('person|'.length),
      fields: { name: 'Hồ Chí Minh' },
      ...anchorAt('Hồ Chí Minh'),
      checked: true,
      origin: 'analyzer' as const,
    };
    const manual = { id: 22, kind: 'person' as const, fields: { name: 'Thanh Huyền' }, ...anchorAt('Thanh Huyền'), checked: true, origin: 'manual' as const };
    const saved: SavedArticleView = { articleId: 3, savedAt: '2024-05-01T10:00:00.000Z', updatedAt: '2024-05-01T10:00:00.000Z', factCount: 2, note: '', tags: [], facts: [hcmStored, manual] };
    const total = hcm.mentions!.length;
    const hcmLost = {
      id: 21,
      total,
      mentions: [
        { mention: 0, quote: 'Hồ Chí Minh', prefix: 'gương đạo đức ', suffix: ' về' },
        { mention: 3, quote: 'Hồ Chí Minh', prefix: 'tư tưởng ', suffix: '.' },
      ],
    };
    const manualLost = { id: 22, total: 2, mentions: [{ mention: 1, quote: 'Thanh Huyền', prefix: '', suffix: '' }] };
    const placement: PanelAction = { type: 'placement', savedNotFound: [], savedMentionsLost: [hcmLost, manualLost, { ...manualLost, id: 99 }] };
    // The tab-state arrives before the saved record (Panel.load), then the record.
    const s = run([{ type: 'analysisLoaded', page: { url, text, analysis, tabId: 1 } }, placement, { type: 'savedLoaded', saved }]);
    const row = (st: PanelState) => st.rows.find((r) => r.id === analysisFactId(hcm))!;
    expect(row(s).mentionsLost).toEqual({ total, mentions: hcmLost.mentions });
    expect(s.rows.find((r) => r.id === 'saved:22')?.mentionsLost).toEqual({ total: 2, mentions: manualLost.mentions });
    expect(mentionsLostRows(s).map((r) => r.id).sort()).toEqual([analysisFactId(hcm), 'saved:22'].sort());
    expect(notFoundRows(s)).toEqual([]);
    expect(mentionSteps(row(s))).toEqual([...Array(total).keys()].filter((i) => i !== 0 && i !== 3));
    // One mention left: nothing to step through.
    expect(mentionSteps(s.rows.find((r) => r.id === 'saved:22')!)).toEqual([0]);
    // Unsaved analysis facts are untouched: every mention, none lost.
    const other = s.rows.find((r) => r.id === analysisFactId(find((f) => f.text === 'Ban chỉ đạo Cuộc vận động')))!;
    expect(other.mentionsLost).toBeUndefined();
    expect(mentionSteps(other)).toEqual([0, 1, 2, 3, 4, 5, 6]);

    // Placement again, after the record: the fact is not on the page at all now (not found, nothing 'lost').
    const gone = reducer(s, { type: 'placement', savedNotFound: [21], savedMentionsLost: [hcmLost, manualLost] });
    expect(row(gone).notFound).toBe(true);
    expect(row(gone).mentionsLost).toBeUndefined();
    expect(mentionsLostRows(gone).map((r) => r.id)).toEqual(['saved:22']);
    // The page as saved again: none lost, every mention stepped through.
    const back = reducer(gone, { type: 'placement', savedNotFound: [], savedMentionsLost: [] });
    expect(mentionsLostRows(back)).toEqual([]);
    expect(row(back).mentionsLost).toBeUndefined();
    expect(mentionSteps(row(back))).toHaveLength(total);
    // Carried through a save with a fresh record.
    const resaved = run([{ type: 'saving' }, { type: 'saved', outcome: { articleId: 3, created: false, at: '2024-05-02T00:00:00.000Z', manualIds: {}, updated: 0 }, saved }], s);
    expect(row(resaved).mentionsLost).toEqual({ total, mentions: hcmLost.mentions });
  });

  it('after a save without a fresh record, new manual facts become saved rows (no double add)', () => {
    const s = run([{ type: 'addManual', kind: 'person', fields: { name: 'Minh Quân' }, anchor: anchorAt('Minh Quân') }], loaded());
    const plan = buildSavePlan(s);
    expect(plan.manual).toHaveLength(1);
    const after = run(
      [
        { type: 'saving' },
        { type: 'saved', outcome: { articleId: 9, created: true, at: '2024-01-01T00:00:00.000Z', manualIds: { 'new:1': 77 }, updated: 0 } },
      ],
      s,
    );
    expect(after.saving).toBe(false);
    expect(after.dirty).toBe(false);
    expect(after.saved?.articleId).toBe(9);
    expect(after.saved?.savedAt).toBe('2024-01-01T00:00:00.000Z');
    expect(buildSavePlan(after).manual).toEqual([]);
    expect(after.rows.find((r) => r.id === 'saved:77')?.savedId).toBe(77);
  });

  it('keeps error messages and ignores edits while saving', () => {
    const s = run([{ type: 'saving' }], loaded());
    expect(reducer(s, { type: 'toggle', id: s.rows[0].id })).toBe(s);
    const failed = reducer(s, { type: 'error', message: new StorageFullError().message });
    expect(failed.saving).toBe(false);
    expect(failed.error).toMatch(/xuất JSON \(tất cả\) để sao lưu/);
  });

  it('parses tags', () => {
    expect(parseTags('a, b;c ,, A')).toEqual(['a', 'b', 'c']);
    expect(parseTags('  ')).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------

function fakePort(over: Partial<PanelPort> = {}): PanelPort & { calls: string[] } {
  const calls: string[] = [];
  let nextFact = 100;
  return {
    calls,
    activeTab: async () => 1,
    analyze: async () => ({ url, text, analysis }),
    getSaved: async () => null,
    save: async () => (calls.push('save'), { articleId: 5, created: true, factCount: 40, added: 40, kept: 0, dropped: 0 }),
    addManualFact: async ({ articleId }) => (calls.push(`add:${articleId}`), { factId: nextFact++, articleId }),
    updateFact: async (u) => void calls.push(`update:${u.factId}`),
    highlightFact: async () => true,
    getSelection: async () => null,
    onActiveTabChanged: () => () => {},
    getTabState: async (tabId) => ({ tabId, status: 'idle' }),
    onTabState: () => () => {},
    onSaveCommand: () => () => {},
    ...over,
  };
}

describe('runSave', () => {
  it('saves the article, then its manual facts with its id, then changes to saved facts', async () => {
    const s = run(
      [
        { type: 'addManual', kind: 'person', fields: { name: 'Minh Quân' }, anchor: anchorAt('Minh Quân') },
        { type: 'addManual', kind: 'date', fields: { value: '2022-06-27' }, anchor: anchorAt('27/06/2022') },
      ],
      loaded(),
    );
    const plan = { ...buildSavePlan(s), updates: [{ factId: 3, checked: false }] };
    const port = fakePort();
    const outcome = await runSave(port, plan, () => 'T');
    expect(port.calls).toEqual(['save', 'add:5', 'add:5', 'update:3']);
    // Manual facts go in text order: the date (new:2) comes first in the article.
    expect(outcome).toEqual({ articleId: 5, created: true, at: 'T', added: 40, kept: 0, dropped: 0, manualIds: { 'new:2': 100, 'new:1': 101 }, updated: 1 });
  });

  it('throws what failed and what was stored', async () => {
    const s = run([{ type: 'addManual', kind: 'person', fields: { name: 'Minh Quân' }, anchor: anchorAt('Minh Quân') }], loaded());
    const port = fakePort({
      addManualFact: async () => {
        throw new PortError(new StorageFullError().message, 'storage-full');
      },
    });
    const error = await runSave(port, buildSavePlan(s)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PartialSaveError);
    expect((error as Error).message).toMatch(/^Bài đã được lưu, nhưng 0\/1 .*Bộ nhớ của trình duyệt dành cho Bantin đã đầy/);
    const failing = fakePort({ save: async () => Promise.reject(new PortError('boom', 'failed')) });
    await expect(runSave(failing, buildSavePlan(s))).rejects.toThrow('boom');
  });
});

// ---------------------------------------------------------------------------------------
// The real background hub (background/hub.ts) over the real storage on fake-indexeddb, on
// WXT's fakeBrowser; the content script is a stub that answers what page-session.ts does.

let db: BantinDB;
let dbName = '';
let seq = 0;
/** What reached the background (from the panel, and the hub's own broadcasts). */
const received: unknown[] = [];
/** What was sent to the tab's content script (by the hub or the panel). */
const toTab: { tabId: number; message: unknown }[] = [];
let failNext: { type: string; reply: unknown } | undefined;
let selection: unknown = { selection: null };
let highlightFound = true;
let savedNotOnPage: number[] = [];
/** What the content script says it could not place of the saved facts it placed. */
let mentionsNotOnPage: { id: number; mentions: number[] }[] = [];
let tabId = 0;
let hub: Hub;
let pageAnalysis: Analysis = analysis;
/** How the fake content script says it took the text (page-analysis `method`). */
let pageMethod: 'readability' | 'embedded' | 'body' | 'selection' | undefined;

const api = () => fakeBrowser as unknown as BrowserApi;
const extensionPage = { id: fakeBrowser.runtime.id, url: 'chrome-extension://test-extension-id/sidepanel.html' };

/** The content script, as far as the panel and the hub ask it. */
async function contentScript(message: unknown): Promise<unknown> {
  const m = parseMessage(message);
  if ('error' in m) return { error: m.error, code: 'invalid' };
  switch (m.type) {
    case 'analyze-page':
      return { type: 'page-analysis', url, analysis: pageAnalysis, text, textLength: text.length, notFound: [], ...(pageMethod ? { method: pageMethod } : {}) };
    case 'show-saved':
      return {
        notFound: m.facts.map((f) => f.id).filter((id) => savedNotOnPage.includes(id)),
        mentionsLost: mentionsNotOnPage.filter((l) => m.facts.some((f) => f.id === l.id)),
      };
    case 'highlight-fact':
      return { found: highlightFound };
    case 'get-selection':
      return selection;
    case 'clear-highlights':
      return { ok: true };
    default:
      return undefined;
  }
}

beforeEach(async () => {
  fakeBrowser.reset();
  dbName = `bantin-sidepanel-${++seq}`;
  db = await openDatabase(dbName);
  received.length = 0;
  toTab.length = 0;
  failNext = undefined;
  selection = { selection: null };
  highlightFound = true;
  savedNotOnPage = [];
  mentionsNotOnPage = [];
  pageAnalysis = analysis;
  Object.assign(fakeBrowser.tabs, {
    sendMessage: async (id: number, message: unknown) => {
      toTab.push({ tabId: id, message });
      return contentScript(message);
    },
  });
  // The fake's tabs.duplicate({ active }) does not list the tab it makes, so the active tab
  // is answered here; events are triggered on the fake's own tabs.onActivated / onUpdated.
  tabId = (await fakeBrowser.tabs.create({ url })).id!;
  Object.assign(fakeBrowser.tabs, {
    query: async (q: { active?: boolean; currentWindow?: boolean; lastFocusedWindow?: boolean }) =>
      q.active ? [{ id: tabId, active: true, url }] : [],
  });
  hub = createHub(fakeBrowser as unknown as BackgroundApi, async () => db);
  // The fake passes no sender: every message here comes from the side panel (an extension page).
  const answer = listener((raw) => {
    received.push(raw);
    const type = (raw as { type?: string }).type;
    if (failNext && failNext.type === type) {
      const r = failNext.reply;
      failNext = undefined;
      return Promise.resolve(r);
    }
    return hub.handleMessage(raw, extensionPage);
  });
  fakeBrowser.runtime.onMessage.addListener((raw: unknown, sender: unknown) => answer(raw, sender as never) as never);
});

afterEach(async () => {
  db.close();
  await Dexie.delete(dbName);
});

/** Every message is one its receiver accepts. */
function expectWellFormed(messages: unknown[]) {
  for (const m of messages) expect(parseMessage(m), JSON.stringify(m).slice(0, 200)).not.toHaveProperty('error');
}
const fromPanel = () => received.filter((m) => (m as Message).type !== 'tab-state');

describe('browser adapter', () => {
  it('sends well-formed messages that the real hub accepts, and reads its replies', async () => {
    const port = createBrowserPort(api());
    expect(await port.activeTab()).toBe(tabId);
    const known = await port.getTabState(tabId);
    expect(known).toMatchObject({ tabId, status: 'ready' });
    expect(known.page?.analysis.facts).toHaveLength(analysis.facts.length);
    const page = await port.analyze(tabId);
    expect(page.analysis.facts).toHaveLength(analysis.facts.length);
    expect(await port.getSaved(page)).toBeNull();

    const s = run([{ type: 'toggle', id: analysisFactId(hcm) }], loaded());
    const reply = await port.save(buildSavePlan(s).article);
    expect(reply).toMatchObject({ created: true, added: analysis.facts.length, kept: 0, dropped: 0 });
    const manual = await port.addManualFact({ url, articleId: reply.articleId, tabId }, { kind: 'person', fields: { name: 'Minh Quân' }, ...anchorAt('Minh Quân') });
    await port.updateFact({ factId: manual.factId, checked: false, corrected: { role: 'tác giả' } });

    const saved = (await port.getSaved(page))!;
    expect(saved.articleId).toBe(reply.articleId);
    expect(saved.facts.find((f) => f.id === manual.factId)).toMatchObject({ origin: 'manual', checked: false, corrected: { role: 'tác giả' } });
    expect(saved.facts.find((f) => f.sourceKey && `${f.kind}|${f.sourceKey}` === analysisFactId(hcm))?.checked).toBe(false);

    expect(await port.highlightFact(tabId, { ...anchorAt('Hồ Chí Minh'), factId: 4 })).toBe(true);
    highlightFound = false;
    expect(await port.highlightFact(tabId, anchorAt('Hồ Chí Minh'))).toBe(false);
    expect(await port.getSelection(tabId)).toBeNull();
    selection = { selection: anchorAt('Minh Quân') };
    expect(await port.getSelection(tabId)).toEqual(anchorAt('Minh Quân'));

    expect(fromPanel().map((m) => (m as Message).type)).toEqual([
      'get-tab-state',
      'analyze-page',
      'get-saved',
      'save-article',
      'add-selection-as-fact',
      'update-fact',
      'get-saved',
      'highlight-fact',
      'highlight-fact',
    ]);
    expect(fromPanel()[3]).toMatchObject({ type: 'save-article', tabId, url });
    expectWellFormed(received);
    expectWellFormed(toTab.map((t) => t.message));
    expect(new Set(toTab.map((t) => t.tabId))).toEqual(new Set([tabId]));
    // highlight-fact went through the hub, which forwards it without the tabId; get-selection went to the page.
    const highlights = toTab.filter((t) => (t.message as Message).type === 'highlight-fact').map((t) => t.message);
    expect(highlights).toEqual([
      { type: 'highlight-fact', factId: 4, ...anchorAt('Hồ Chí Minh') },
      { type: 'highlight-fact', ...anchorAt('Hồ Chí Minh') },
    ]);
    expect(toTab.filter((t) => (t.message as Message).type === 'get-selection')).toHaveLength(2);
  });

  it('hears tab-state broadcasts and answers save-command for its own tab only', async () => {
    const port = createBrowserPort(api());
    const states: TabStateView[] = [];
    const offState = port.onTabState((st) => states.push(st));
    await hub.analyzeTab(tabId);
    await vi.waitFor(() => expect(states.some((st) => st.status === 'ready')).toBe(true));
    expect(states.find((st) => st.status === 'ready')).toMatchObject({ tabId, page: { url } });

    const asked: number[] = [];
    const offSave = port.onSaveCommand((id) => {
      asked.push(id);
      return id === tabId ? Promise.resolve(true) : undefined;
    });
    expect(await hub.onSaveCommand({ id: tabId })).toEqual({ handled: true });
    // Another tab: this panel does not answer, so the hub saves that page by itself.
    const other = (await fakeBrowser.tabs.create({ url: 'https://baolangson.vn/bai-khac.html' })).id!;
    await hub.analyzeTab(other);
    const byHub = await hub.onSaveCommand({ id: other });
    expect(byHub).toMatchObject({ created: true });
    expect(asked).toEqual([tabId, other]);
    offState();
    offSave();
    expect(await hub.onSaveCommand({ id: tabId })).not.toEqual({ handled: true });
  });

  it('turns error replies into errors with their message and code', async () => {
    const port = createBrowserPort(api());
    const full = new StorageFullError().message;
    failNext = { type: 'save-article', reply: { error: full, code: 'storage-full' } };
    const error = await port.save(buildSavePlan(loaded()).article).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PortError);
    expect((error as PortError).message).toBe(full);
    expect((error as PortError).code).toBe('storage-full');
  });

  it('reports a missing reply instead of hanging or guessing', async () => {
    const port = createBrowserPort(api());
    failNext = { type: 'get-saved', reply: undefined };
    await expect(port.getSaved({ url, text })).rejects.toMatchObject({ code: 'no-answer' });
  });

  it('refuses a malformed reply and a page analysis whose facts are not in its text', async () => {
    const port = createBrowserPort(api());
    failNext = { type: 'get-saved', reply: { saved: true, articleId: 1 } };
    await expect(port.getSaved({ url, text })).rejects.toMatchObject({ code: 'invalid' });
    failNext = { type: 'analyze-page', reply: { type: 'page-analysis', url, analysis: { ...analysis, facts: [{ ...hcm, start: hcm.start + 1, end: hcm.end + 1 }] }, text, textLength: text.length } };
    await expect(port.analyze(tabId)).rejects.toThrow(/Kết quả phân tích không hợp lệ/);
  });

  it('refuses to send a message that the receiver would refuse', async () => {
    const port = createBrowserPort(api());
    const plan = buildSavePlan(loaded());
    await expect(port.save({ ...plan.article, corrections: { 'person|nobody': { name: 'X' } } })).rejects.toMatchObject({ code: 'invalid' });
    await expect(port.updateFact({ factId: -1 })).rejects.toMatchObject({ code: 'invalid' });
    await expect(port.highlightFact(tabId, { ...anchorAt('Hồ Chí Minh'), end: 3 })).rejects.toMatchObject({ code: 'invalid' });
    expect(received).toEqual([]);
  });

  it('wraps a failed send (no content script) in a readable error', async () => {
    Object.assign(fakeBrowser.tabs, {
      sendMessage: async () => {
        throw new Error('Could not establish connection. Receiving end does not exist.');
      },
    });
    const port = createBrowserPort(api());
    await expect(port.getSelection(tabId)).rejects.toThrow(/Không liên lạc được với trang.*Receiving end/);
  });

  it('follows tab activation and finished navigations', async () => {
    const port = createBrowserPort(api());
    const seen: unknown[] = [];
    const off = port.onActiveTabChanged((c) => seen.push(c));
    await fakeBrowser.tabs.onActivated.trigger({ tabId: 8, windowId: 1 });
    await fakeBrowser.tabs.update(tabId, { status: 'loading' } as never);
    await fakeBrowser.tabs.update(tabId, { status: 'complete' } as never);
    off();
    await fakeBrowser.tabs.onActivated.trigger({ tabId: 9, windowId: 1 });
    expect(seen).toEqual([
      { tabId: 8, reason: 'activated' },
      { tabId, reason: 'navigated' },
    ]);
  });
});

// ---------------------------------------------------------------------------------------
// The Preact panel in a linkedom document, over the adapter and the fake background.

describe('side panel UI', () => {
  let win: ReturnType<typeof parseHTML>;
  let root: HTMLElement;
  const saved: Record<string, unknown> = {};

  beforeEach(() => {
    win = parseHTML('<!doctype html><html lang="vi"><body><div id="app"></div></body></html>');
    root = win.document.getElementById('app') as unknown as HTMLElement;
    for (const k of ['document', 'window', 'Event', 'HTMLElement']) saved[k] = (globalThis as Record<string, unknown>)[k];
    Object.assign(globalThis, { document: win.document, window: win.window, Event: win.Event, HTMLElement: win.HTMLElement });
  });

  afterEach(async () => {
    await act(() => render(null, root));
    for (const [k, v] of Object.entries(saved)) (globalThis as Record<string, unknown>)[k] = v;
  });

  const doc = () => win.document as unknown as Document;
  const all = (selector: string) => [...doc().querySelectorAll<HTMLElement>(selector)];
  const byText = (selector: string, needle: string) => {
    const el = all(selector).find((e) => (e.textContent ?? '').includes(needle));
    if (!el) throw new Error(`no ${selector} with '${needle}' in: ${doc().body.textContent}`);
    return el;
  };
  const fire = async (el: EventTarget, type: string, props: Record<string, unknown> = {}) => {
    const event = new win.Event(type, { bubbles: true, cancelable: true });
    for (const [k, v] of Object.entries(props)) Object.defineProperty(event, k, { value: v });
    await act(() => void el.dispatchEvent(event as unknown as Event));
  };
  // linkedom has no checked property and a read-only select.value: set them on the element.
  const setProp = (el: Element, name: string, value: unknown) => Object.defineProperty(el, name, { value, writable: true, configurable: true });
  const type = async (el: HTMLElement, value: string) => {
    setProp(el, 'value', value);
    await fire(el, 'input');
  };
  const choose = async (el: HTMLElement, value: string) => {
    setProp(el, 'value', value);
    await fire(el, 'change');
  };
  const isChecked = (el: Element | null) => {
    const c = (el as HTMLInputElement | null)?.checked;
    return typeof c === 'boolean' ? c : !!el?.hasAttribute('checked');
  };
  const untick = async (el: Element) => {
    setProp(el, 'checked', false);
    await fire(el, 'change');
  };
  const until = async (cond: () => boolean, what: string) => {
    for (let i = 0; i < 200; i++) {
      if (cond()) return;
      await act(() => new Promise<void>((r) => setTimeout(r, 5)));
    }
    throw new Error(`timed out waiting for ${what}: ${doc().body.textContent}`);
  };
  const factRow = (quote: string) => byText('li.fact', quote);
  const status = () => doc().querySelector('.save-status')?.textContent ?? '';

  async function mount() {
    await act(() => render(h(Panel, { port: createBrowserPort(api()) }), root));
    await until(() => all('li.fact').length === analysis.facts.length && !!doc().querySelector('button.primary:not([disabled])'), 'the facts');
  }

  it('shows the text it read, folded, with its length and where it came from', async () => {
    pageMethod = 'embedded';
    try {
      await mount();
      const details = doc().querySelector('details.text-read');
      expect(details).not.toBeNull();
      expect(details!.hasAttribute('open')).toBe(false);
      expect(details!.querySelector('summary')!.textContent).toBe(
        `Văn bản đã đọc: ${text.length.toLocaleString()} ký tự, lấy từ dữ liệu bài viết nhúng trong trang`,
      );
      // The whole text, as text (never parsed as markup).
      expect(details!.querySelector('pre')!.textContent).toBe(text);
      expect(details!.querySelector('pre *')).toBeNull();
    } finally {
      pageMethod = undefined;
    }
  });

  it('shows the article, the facts by kind with counts, and saves ticks, a correction, note and tags', async () => {
    const title = '<img src=x onerror="alert(1)"> Đảng bộ Văn phòng Tỉnh uỷ';
    pageAnalysis = analyze(text, { url, title });
    await mount();

    // Page text is text: the title's markup is shown, not parsed.
    expect(doc().querySelector('h1')?.textContent).toBe(title);
    expect(doc().querySelector('header img')).toBeNull();
    const header = doc().querySelector('header')!.textContent!;
    for (const s of ['27/06/2022', 'Báo Lạng Sơn', 'Minh Quân', 'Lạng Sơn', 'Tiếng Việt', url]) expect(header).toContain(s);
    expect(doc().querySelector('.saved-badge')).toBeNull();

    const groups = all('section.kind-group h2').map((e) => e.textContent);
    const n = (k: Fact['kind']) => analysis.facts.filter((f) => f.kind === k).length;
    expect(groups).toEqual(KIND_ORDER.map((k) => `${kindLabel(k)} ${n(k)}/${n(k)}`));
    expect(doc().querySelector('button.primary')?.textContent).toBe(`Lưu (${analysis.facts.length})`);
    const collection = byText('a', 'Mở bộ sưu tập');
    expect(collection.getAttribute('href')).toBe('/collection.html');
    expect(collection.getAttribute('target')).toBe('_blank');

    // Untick 'Hồ Chí Minh' (its checkbox has a label).
    const box = factRow('Hồ Chí Minh').querySelector<HTMLInputElement>('input[type=checkbox]')!;
    expect(doc().querySelector(`label[for="${box.id}"]`)?.textContent).toContain('Hồ Chí Minh');
    await untick(box);
    expect(byText('section.kind-group h2', 'Nhân vật').textContent).toMatch(/2\/3$/);

    // Correct '5 chi bộ': a bad value is refused with a message, a good one taken.
    await fire(byText('li.fact', '5 chi bộ').querySelector('.fact-meta button')!, 'click');
    const valueInput = factRow('5 chi bộ').querySelector<HTMLInputElement>('input[name=value]')!;
    await type(valueInput, 'năm');
    await fire(factRow('5 chi bộ').querySelector('form')!, 'submit');
    expect(valueInput.getAttribute('aria-invalid')).toBe('true');
    expect(factRow('5 chi bộ').querySelector('.field-error')?.textContent).toMatch(/số/);
    await type(valueInput, '6');
    await fire(factRow('5 chi bộ').querySelector('form')!, 'submit');
    expect(factRow('5 chi bộ').querySelector('form')).toBeNull();
    expect(factRow('5 chi bộ').querySelector('.summary')?.textContent).toBe(`6 chi bộ · của ${chiBoSubject}`);
    expect(factRow('5 chi bộ').textContent).toContain('đã sửa');

    await type(doc().querySelector<HTMLElement>('#article-note')!, 'Ghi chú <b>thử</b>');
    await type(doc().querySelector<HTMLElement>('#article-tags')!, 'thi đua, Lạng Sơn');
    expect(all('.chip').map((c) => c.firstChild?.textContent)).toEqual(['thi đua', 'Lạng Sơn']);
    expect(status()).toBe('Có thay đổi chưa lưu');

    // Ctrl+S saves.
    await fire(doc(), 'keydown', { key: 's', ctrlKey: true });
    await until(() => status().startsWith('Đã lưu'), 'the save');
    expect(status()).toBe(`Đã lưu (bài mới): thêm ${analysis.facts.length}, giữ 0, bỏ 0.`);
    expect(doc().querySelector('.saved-badge')?.textContent).toContain('Đã lưu');
    expectWellFormed(received);

    const stored = (await getArticleWithFacts(db, (await findSaved(db, url))!.id))!;
    expect(stored.article.note).toBe('Ghi chú <b>thử</b>');
    expect(stored.article.tags).toEqual(['thi đua', 'Lạng Sơn']);
    const f = (q: string) => stored.facts.find((x) => x.quote === q)!;
    expect(f('Hồ Chí Minh').checked).toBe(false);
    expect(storedEffectiveFields(f('5 chi bộ'))).toEqual({ value: 6, unit: 'chi bộ', subject: chiBoSubject });

    // Reopening the page shows the saved state.
    await act(() => render(null, root));
    received.length = 0;
    await mount();
    expect(doc().querySelector('.saved-badge')).not.toBeNull();
    expect(isChecked(factRow('Hồ Chí Minh').querySelector('input[type=checkbox]'))).toBe(false);
    expect(isChecked(factRow('5 chi bộ').querySelector('input[type=checkbox]'))).toBe(true);
    expect(factRow('5 chi bộ').querySelector('.summary')?.textContent).toBe(`6 chi bộ · của ${chiBoSubject}`);
    expect(doc().querySelector<HTMLTextAreaElement>('#article-note')!.value).toBe('Ghi chú <b>thử</b>');
  });

  it('adds a fact from the page selection and saves it', async () => {
    await mount();
    const quote = 'Văn phòng Tỉnh uỷ';
    const at = text.indexOf(quote, 7000);
    selection = { selection: { quote, start: at, end: at + quote.length, ...contextOf(text, at, at + quote.length) } };
    await fire(byText('button', 'Thêm từ vùng chọn'), 'click');
    await until(() => !!doc().querySelector('#manual-kind'), 'the manual form');
    expect(doc().querySelector('.manual q')?.textContent).toBe(quote);
    const kind = doc().querySelector<HTMLSelectElement>('#manual-kind')!;
    await choose(kind, 'office');
    expect(doc().querySelector<HTMLInputElement>('#manual-office-name')!.value).toBe('Văn phòng Tỉnh ủy');
    const level = doc().querySelector<HTMLSelectElement>('#manual-office-level')!;
    await choose(level, 'province');
    await fire(doc().querySelector('.manual form')!, 'submit');
    await until(() => all('li.fact').length === analysis.facts.length + 1, 'the manual row');
    const row = all('li.fact').find((li) => li.textContent?.includes('chưa lưu'))!;
    expect(row.textContent).toContain('thêm tay');
    expect(row.querySelector('.summary')?.textContent).toBe('Văn phòng Tỉnh ủy · tỉnh');

    await fire(doc().querySelector('button.primary')!, 'click');
    await until(() => status().startsWith('Đã lưu'), 'the save');
    expect(status()).toContain('1 dữ kiện thêm tay');
    expect(all('li.fact').some((li) => li.textContent?.includes('chưa lưu'))).toBe(false);
    const stored = (await getArticleWithFacts(db, (await findSaved(db, url))!.id))!;
    const manual = stored.facts.filter((x) => x.origin === 'manual');
    expect(manual).toHaveLength(1);
    expect(manual[0]).toMatchObject({ kind: 'office', quote, start: at, fields: { name: 'Văn phòng Tỉnh ủy', level: 'province' } });
    expectWellFormed(received);
    expectWellFormed(toTab.map((t) => t.message));
  });

  it('says when nothing is selected', async () => {
    await mount();
    await fire(byText('button', 'Thêm từ vùng chọn'), 'click');
    await until(() => !!doc().querySelector('.manual .notice'), 'the notice');
    expect(doc().querySelector('.manual .notice')?.textContent).toMatch(/bôi đen/);
  });

  it('scrolls to a fact, and lists a fact the page does not have under "Không tìm thấy trên trang"', async () => {
    await mount();
    const highlights = () => toTab.filter((t) => (t.message as Message).type === 'highlight-fact');
    await fire(factRow('Hồ Chí Minh').querySelector('button.quote')!, 'click');
    await until(() => highlights().length === 1, 'the highlight message');
    expect(highlights()[0]).toEqual({ tabId, message: { type: 'highlight-fact', ...anchorAt('Hồ Chí Minh') } });
    expect(doc().querySelector('.not-found')).toBeNull();
    highlightFound = false;
    await fire(factRow('Hồ Chí Minh').querySelector('button.quote')!, 'click');
    await until(() => !!doc().querySelector('.not-found'), 'the not-found list');
    expect(doc().querySelector('.not-found h2')?.textContent).toBe('Không tìm thấy trên trang (1)');
    expect(doc().querySelector('.not-found li')?.textContent).toContain('Hồ Chí Minh');
  });

  it('lists the saved facts the page could not place (tab-state from the hub)', async () => {
    await mount();
    await fire(doc().querySelector('button.primary')!, 'click');
    await until(() => status().startsWith('Đã lưu'), 'the save');
    const stored = (await getArticleWithFacts(db, (await findSaved(db, url))!.id))!;
    const lost = stored.facts.find((f) => f.quote === 'Thanh Huyền')!;
    savedNotOnPage = [lost.id];
    await act(async () => void (await hub.showSaved(tabId)));
    await until(() => !!doc().querySelector('.not-found'), 'the not-found list');
    expect(all('.not-found li').map((li) => li.textContent)).toEqual([expect.stringContaining('Thanh Huyền')]);
    expect(factRow('Thanh Huyền').textContent).toContain('không thấy trên trang');
    // The placement holds across a reload of the saved record.
    savedNotOnPage = [];
    await act(async () => void (await hub.showSaved(tabId)));
    await until(() => !doc().querySelector('.not-found'), 'the list to clear');
  });

  it('lists the mentions a changed page lost, with their context, and steps over them (tab-state from the hub)', async () => {
    await mount();
    await fire(doc().querySelector('button.primary')!, 'click');
    await until(() => status().startsWith('Đã lưu'), 'the save');
    const stored = (await getArticleWithFacts(db, (await findSaved(db, url))!.id))!;
    const f = stored.facts.find((x) => x.quote === 'Hồ Chí Minh')!;
    const total = 1 + f.mentions!.length;
    expect(total).toBe(hcm.mentions!.length);
    mentionsNotOnPage = [{ id: f.id, mentions: [1, 2] }];
    await act(async () => void (await hub.showSaved(tabId)));
    await until(() => !!doc().querySelector('.mentions-lost'), 'the lost mentions');

    // The row says how many are gone; its arrows are described by that tag.
    const row = factRow('Hồ Chí Minh');
    const tag = row.querySelector<HTMLElement>(`[id$="-lost"]`)!;
    expect(tag.textContent).toBe(`2/${total} lần nhắc không còn trên trang`);
    const group = row.querySelector('.mentions')!;
    expect(group.getAttribute('role')).toBe('group');
    expect(group.getAttribute('aria-describedby')).toBe(tag.id);
    expect(doc().querySelector('.not-found h2')?.textContent).toBe('Lần nhắc không còn trên trang (2)');
    expect(doc().querySelector('.not-found')?.getAttribute('aria-labelledby')).toBe('mentions-lost-title');
    // The header lists the fact, and each lost mention with its saved context.
    const listed = all('.not-found li.partly-lost');
    expect(listed).toHaveLength(1);
    expect(listed[0].textContent).toContain(`“Hồ Chí Minh” — 2/${total} lần nhắc không còn trên trang`);
    expect(listed[0].querySelector('.lost-mentions')?.getAttribute('aria-label')).toBe('Các lần nhắc “Hồ Chí Minh” không còn trên trang');
    const oneLine = (x: string) => x.replace(/\s+/g, ' ');
    const lostItems = all('.lost-mentions li');
    expect(lostItems.map((li) => li.querySelector('.mention-no')?.textContent)).toEqual([`Lần nhắc 2/${total}:`, `Lần nhắc 3/${total}:`]);
    f.mentions!.slice(0, 2).forEach((m, i) => {
      expect(lostItems[i].querySelector('q b')?.textContent).toBe(m.quote);
      expect(oneLine(lostItems[i].querySelector('q')!.textContent!)).toBe(`…${oneLine(m.prefix).trimStart()}${m.quote}${oneLine(m.suffix).trimEnd()}…`);
    });
    // Whole facts not found are still listed first, under their own heading.
    expect(doc().querySelector('.not-found h3')).toBeNull();

    // The arrows skip the lost mentions: 1 → 4, back to 1, back round to the last.
    const highlights = () => toTab.filter((t) => (t.message as Message).type === 'highlight-fact').map((t) => (t.message as { mention?: number }).mention ?? 0);
    const pos = () => row.querySelector('.mention-pos')?.textContent;
    expect(pos()).toBe(`1/${total}`);
    const [prev, next] = row.querySelectorAll('.mentions button.step');
    await fire(next, 'click');
    await until(() => highlights().length === 1, 'the highlight');
    expect(highlights()).toEqual([3]);
    expect(factRow('Hồ Chí Minh').querySelector('.mention-pos')?.textContent).toBe(`4/${total}`);
    await fire(prev, 'click');
    await fire(prev, 'click');
    await until(() => highlights().length === 3, 'the highlights');
    expect(highlights()).toEqual([3, 0, total - 1]);
    expect(factRow('Hồ Chí Minh').querySelector('.mention-pos')?.textContent).toBe(`${total}/${total}`);

    // With a fact not found too, both lists show, the lost mentions under a subheading.
    const gone = stored.facts.find((x) => x.quote === 'Thanh Huyền')!;
    savedNotOnPage = [gone.id];
    await act(async () => void (await hub.showSaved(tabId)));
    await until(() => !!doc().querySelector('.not-found h3'), 'both lists');
    expect(doc().querySelector('.not-found h2')?.textContent).toBe('Không tìm thấy trên trang (1)');
    expect(doc().querySelector('.not-found h3')?.textContent).toBe('Lần nhắc không còn trên trang (2)');

    // The first mention lost: the quote button shows the first one still on the page.
    savedNotOnPage = [];
    mentionsNotOnPage = [{ id: f.id, mentions: [0] }];
    await act(async () => void (await hub.showSaved(tabId)));
    await until(() => factRow('Hồ Chí Minh').textContent!.includes(`1/${total} lần nhắc`), 'one lost');
    expect(factRow('Hồ Chí Minh').querySelector('.mention-pos')?.textContent).toBe(`${total}/${total}`);
    await fire(factRow('Hồ Chí Minh').querySelector('button.quote')!, 'click');
    await until(() => highlights().length === 4, 'the highlight');
    expect(highlights().at(-1)).toBe(1);
    expect(factRow('Hồ Chí Minh').querySelector('.mention-pos')?.textContent).toBe(`2/${total}`);

    // The page as saved again: the list and the tag go.
    mentionsNotOnPage = [];
    await act(async () => void (await hub.showSaved(tabId)));
    await until(() => !doc().querySelector('.not-found'), 'the list to clear');
    expect(factRow('Hồ Chí Minh').textContent).not.toContain('lần nhắc không còn');
    expectWellFormed(received);
  });

  it('saves on the save shortcut sent by the background', async () => {
    await mount();
    await untick(factRow('Hồ Chí Minh').querySelector('input[type=checkbox]')!);
    let answer: unknown;
    await act(async () => {
      answer = await hub.onSaveCommand({ id: tabId });
    });
    expect(answer).toEqual({ handled: true });
    await until(() => status().startsWith('Đã lưu'), 'the save');
    const stored = (await getArticleWithFacts(db, (await findSaved(db, url))!.id))!;
    expect(stored.facts.find((f) => f.quote === 'Hồ Chí Minh')?.checked).toBe(false);
  });

  it('shows a save error with its message (storage full) and keeps the work', async () => {
    await mount();
    const box = factRow('Hồ Chí Minh').querySelector<HTMLInputElement>('input[type=checkbox]')!;
    await untick(box);
    failNext = { type: 'save-article', reply: { error: new StorageFullError().message, code: 'storage-full' } };
    await fire(doc().querySelector('button.primary')!, 'click');
    await until(() => !!doc().querySelector('[role=alert]'), 'the error');
    expect(doc().querySelector('[role=alert] p')?.textContent).toBe(new StorageFullError().message);
    expect(status()).toBe('Có thay đổi chưa lưu');
    expect(isChecked(factRow('Hồ Chí Minh').querySelector('input[type=checkbox]'))).toBe(false);
    expect(isChecked(factRow('5 chi bộ').querySelector('input[type=checkbox]'))).toBe(true);
    await fire(byText('[role=alert] button', 'Đóng'), 'click');
    expect(doc().querySelector('[role=alert]')).toBeNull();
  });

  it('shows why the page could not be read (no content script, no activeTab grant)', async () => {
    Object.assign(fakeBrowser.tabs, {
      sendMessage: async () => {
        throw new Error('Could not establish connection. Receiving end does not exist.');
      },
    });
    Object.assign(fakeBrowser.scripting, {
      executeScript: async () => {
        throw new Error('Cannot access contents of the page.');
      },
    });
    await act(() => render(h(Panel, { port: createBrowserPort(api()) }), root));
    await until(() => !!doc().querySelector('[role=alert]'), 'the error');
    expect(doc().querySelector('[role=alert] p')?.textContent).toBe(noAccessMessage());
    expect(doc().querySelector('button.primary')?.hasAttribute('disabled')).toBe(true);

    // Then the toolbar button is clicked on that tab (activeTab granted, the hub analyzes it):
    // the open panel shows the page instead of the stale message (Firefox's sidebar stays open
    // across tabs, so it is open on pages it could not read yet).
    Object.assign(fakeBrowser.tabs, { sendMessage: async (_id: number, message: unknown) => contentScript(message) });
    await act(async () => void (await hub.onGesture({ id: tabId })));
    await until(() => all('li.fact').length === analysis.facts.length, 'the facts after the toolbar click');
    expect(doc().querySelector('[role=alert]')).toBeNull();
  });
});
