// Every fact that passes the filter, one row each, in a window of rows: kind, value,
// quote, article (a link to the page), outlet, province, published date, and the row's
// actions. Column headers sort.

import type { FactKind } from '../../../analyzer/contract.ts';
import type { FactRow, Sort, SortColumn } from '../../storage/collection.ts';
import { fieldSummary, type FieldValues } from '../fields.ts';
import { formatIsoDate, isWebUrl } from '../format.ts';
import { KIND_LABELS } from '../palette.ts';
import { VirtualRows } from './VirtualRows.tsx';

export const ROW_HEIGHT = 34;

const COLUMNS: { column: SortColumn; label: string; class: string }[] = [
  { column: 'kind', label: 'Loại', class: 'c-kind' },
  { column: 'value', label: 'Dữ kiện', class: 'c-value' },
  { column: 'text', label: 'Trích dẫn', class: 'c-quote' },
  { column: 'title', label: 'Bài báo', class: 'c-title' },
  { column: 'source', label: 'Nguồn', class: 'c-source' },
  { column: 'province', label: 'Tỉnh', class: 'c-province' },
  { column: 'published', label: 'Ngày đăng', class: 'c-date' },
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
              {c.label}
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
          <span class="visually-hidden">Thao tác</span>
        </div>
      </div>
    </div>
  );
  return (
    <VirtualRows
      label="Dữ kiện đã lưu"
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
          {KIND_LABELS[kind]}
        </span>
      </div>
      <div role="cell" class="c-value" title={summary}>
        {summary}
        {fact.corrected ? <span class="tag" title="Đã sửa">sửa</span> : null}
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
        <button type="button" class="link" onClick={() => onEdit(row)} aria-label={`Sửa: ${fact.quote}`}>
          Sửa
        </button>
        <button type="button" class="link danger" onClick={() => onDelete(row)} aria-label={`Xóa: ${fact.quote}`}>
          Xóa
        </button>
      </div>
    </div>
  );
}
