// The collection page's state in its address (#view=groups&kind=office&q=van+phong …), so a
// reload keeps the filters and a view can be bookmarked. Pure; anything unknown or malformed
// in the address is ignored, never trusted.

import { FACT_KINDS, type FactKind } from '../../../analyzer/contract.ts';
import type { CollectionFilter, Sort, SortColumn } from '../../storage/collection.ts';

export type View = 'facts' | 'groups' | 'articles' | 'pictures' | 'series';

export interface PageState {
  filter: CollectionFilter;
  sort: Sort;
  view: View;
  groupKind: FactKind;
  /** Pictures: facts per month stacked by kind, or one band per kind. */
  chart?: 'stacked' | 'split';
  /** Series: words of the subject and of the unit. */
  seriesWords?: { subject?: string; unit?: string };
}

export const DEFAULT_STATE: PageState = { filter: {}, sort: { column: 'saved', descending: true }, view: 'facts', groupKind: 'document' };

const VIEWS: readonly View[] = ['facts', 'groups', 'articles', 'pictures', 'series'];
const SORTS: readonly SortColumn[] = ['saved', 'kind', 'value', 'text', 'title', 'source', 'province', 'published'];
/** A year, a month or a day: '2012', '2012-08', '2012-08-27' (the date filters). */
export const DATE_PREFIX = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const isKind = (k: string): k is FactKind => (FACT_KINDS as readonly string[]).includes(k);

/** `#…` for a state; the default state is the empty hash. */
export function stateToHash(state: PageState): string {
  const p = new URLSearchParams();
  const { filter: f } = state;
  if (state.view !== 'facts') p.set('view', state.view);
  if (state.groupKind !== 'document') p.set('group-by', state.groupKind);
  if (state.sort.column !== 'saved' || !state.sort.descending) p.set('sort', `${state.sort.descending ? '-' : ''}${state.sort.column}`);
  if (f.kinds?.length) p.set('kinds', f.kinds.join(','));
  for (const key of ['text', 'province', 'source', 'tag', 'from', 'to', 'code'] as const) if (f[key]) p.set(key, f[key]!);
  if (f.includeUnticked) p.set('unticked', '1');
  if (f.articleId !== undefined) p.set('article', String(f.articleId));
  if (f.group) p.set('group', `${f.group.kind}:${f.group.group}`);
  if (state.chart === 'split') p.set('chart', 'split');
  if (state.seriesWords?.subject) p.set('subject', state.seriesWords.subject);
  if (state.seriesWords?.unit) p.set('unit', state.seriesWords.unit);
  const s = p.toString();
  return s ? `#${s}` : '';
}

export function stateFromHash(hash: string): PageState {
  const p = new URLSearchParams(hash.replace(/^#/, ''));
  const get = (k: string) => p.get(k)?.slice(0, 500) || undefined;
  const filter: CollectionFilter = {};
  const kinds = (get('kinds') ?? '').split(',').filter(isKind);
  if (kinds.length) filter.kinds = kinds;
  for (const key of ['text', 'province', 'source', 'tag', 'code'] as const) {
    const v = get(key);
    if (v) filter[key] = v;
  }
  for (const key of ['from', 'to'] as const) {
    const v = get(key);
    if (v && DATE_PREFIX.test(v)) filter[key] = v;
  }
  if (get('unticked') === '1') filter.includeUnticked = true;
  const article = Number(get('article'));
  if (Number.isSafeInteger(article) && article > 0) filter.articleId = article;
  const group = /^([a-z]+):(.+)$/.exec(get('group') ?? '');
  if (group && isKind(group[1])) filter.group = { kind: group[1], group: group[2] };
  const view = get('view');
  const groupKind = get('group-by');
  const sort = /^(-?)([a-z]+)$/.exec(get('sort') ?? '');
  const subject = get('subject');
  const unit = get('unit');
  return {
    ...(get('chart') === 'split' ? { chart: 'split' as const } : {}),
    ...(subject || unit ? { seriesWords: { ...(subject ? { subject } : {}), ...(unit ? { unit } : {}) } } : {}),
    filter,
    view: view && (VIEWS as readonly string[]).includes(view) ? (view as View) : DEFAULT_STATE.view,
    groupKind: groupKind && isKind(groupKind) ? groupKind : DEFAULT_STATE.groupKind,
    sort: sort && (SORTS as readonly string[]).includes(sort[2]) ? { column: sort[2] as SortColumn, descending: sort[1] === '-' } : DEFAULT_STATE.sort,
  };
}
