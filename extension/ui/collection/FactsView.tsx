// Every fact that passes the filter, one row each, in a window of rows: kind, value,
// quote, article (a link to the page), outlet, province, published date, and the row's
// actions. Column headers sort.

import type { FactKind } from '../../../analyzer/contract.ts';
import type { FactRow, Sort, SortColumn } from '../../storage/collection.ts';
import { kindLabel, t, type MessageKey } from '../../i18n/index.ts';
import { fieldSummary, type FieldValues } from '../fields.ts';
import { formatIsoDate, isWebUrl } from '../format.ts';
import { VirtualRows } from './VirtualRows.tsx';

export const ROW_HEIGHT = 34;

const COLUMNS: { column: SortColumn; label: MessageKey; class: string }[] = [
  { column: 'kind', label: 'label.kind', class: 'c-kind' },
  { column: 'value', label: 'label.fact', class: 'c-value' },
  { column: 'text', label: 'label.quote', class: 'c-quote' },
  { column: 'title', label: 'label.article', class: 'c-title' },
  { column: 'source', label: 'label.source', class: 'c-source' },
  { column: 'province', label: 'label.province', class: 'c-province' },
  { column: 'published', label: 'label.published', class: 'c-date' },
];

export interface FactsViewProps {
  ids: readonly number[];
  rows: ReadonlyMap<number, FactRow>;
  sort: Sort;
  onSort(sort: Sort): void;
  onRange(start: number, end: number): void;
  onEdit(row: FactRow): void;
  onDelete(row: FactRow): void;
  resetKey: unknown;
}

export function SortHeader({ columns, sort, onSort }: { columns: typeof COLUMNS; sort: Sort; onSort(sort: Sort): void }) {
  return (
    <>
      {columns.map((c) => {
        const active = sort.column === c.column;
        return (
          <div role="columnheader" class={c.class} key={c.column} aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : 'none'}>
            <button type="button" class="sort" onClick={() => onSort({ column: c.column, descending: active ? !sort.descending : false })}>
              {t(c.label)}
              <span aria-hidden="true">{active ? (sort.descending ? ' ▼' : ' ▲') : ''}</span>
            </button>
          </div>
        );
      })}
    </>
  );
}

export function FactsView({ ids, rows, sort, onSort, onRange, onEdit, onDelete, resetKey }: FactsViewProps) {
  const header = (
    <div role="rowgroup" class="vhead">
      <div role="row" aria-rowindex={1} class="vrow head facts-grid">
        <SortHeader columns={COLUMNS} sort={sort} onSort={onSort} />
        <div role="columnheader" class="c-actions">
          <span class="visually-hidden">{t('label.actions')}</span>
        </div>
      </div>
    </div>
  );
  return (
    <VirtualRows
      label={t('factsView.label')}
      count={ids.length}
      rowHeight={ROW_HEIGHT}
      header={header}
      onRange={onRange}
      resetKey={resetKey}
      renderRow={(i) => {
        const row = rows.get(ids[i]);
        if (!row) return <div class="facts-grid loading" role="cell">…</div>;
        return <FactLine row={row} onEdit={onEdit} onDelete={onDelete} />;
      }}
    />
  );
}

function FactLine({ row, onEdit, onDelete }: { row: FactRow; onEdit(row: FactRow): void; onDelete(row: FactRow): void }) {
  const { fact, article } = row;
  const kind = fact.kind as FactKind;
  const summary = fieldSummary(kind, row.fields as FieldValues);
  const title = article?.title || article?.url || '';
  return (
    <div class={`facts-grid${fact.checked ? '' : ' unticked'}`} data-fact-id={fact.id}>
      <div role="cell" class="c-kind">
        <span class="kind-chip" style={{ background: `var(--bantin-${kind}-bg)`, borderColor: `var(--bantin-${kind}-border)` }}>
          {kindLabel(kind)}
        </span>
      </div>
      <div role="cell" class="c-value" title={summary}>
        {summary}
        {fact.corrected ? (
          <span class="tag" title={t('factsView.corrected')}>
            {t('factsView.correctedTag')}
          </span>
        ) : null}
      </div>
      <div role="cell" class="c-quote" title={fact.quote}>
        {fact.quote}
      </div>
      <div role="cell" class="c-title" title={title}>
        {article && isWebUrl(article.url) ? (
          <a href={article.url} target="_blank" rel="noopener noreferrer">
            {title}
          </a>
        ) : (
          title
        )}
      </div>
      <div role="cell" class="c-source" title={article?.source}>
        {article?.source}
      </div>
      <div role="cell" class="c-province">
        {article?.province}
      </div>
      <div role="cell" class="c-date">
        {formatIsoDate(article?.published)}
      </div>
      <div role="cell" class="c-actions">
        <button type="button" class="link" onClick={() => onEdit(row)} aria-label={t('factsView.edit', { quote: fact.quote })}>
          {t('action.edit')}
        </button>
        <button type="button" class="link danger" onClick={() => onDelete(row)} aria-label={t('factsView.delete', { quote: fact.quote })}>
          {t('action.delete')}
        </button>
      </div>
    </div>
  );
}
