// One row per saved article: title (link), outlet, province, published date, its facts by
// kind, tags and note, and the row's actions.

import type { ArticleHeader } from '../../storage/collection.ts';
import type { FactKind } from '../../../analyzer/contract.ts';
import { kindLabel, t } from '../../i18n/index.ts';
import { formatIsoDate, isWebUrl } from '../format.ts';
import { KIND_ORDER } from '../palette.ts';
import { VirtualRows } from './VirtualRows.tsx';

export const ARTICLE_ROW_HEIGHT = 34;

export interface ArticlesViewProps {
  ids: readonly number[];
  articles: ReadonlyMap<number, ArticleHeader>;
  counts: ReadonlyMap<number, Partial<Record<FactKind, number>>>;
  onEdit(article: ArticleHeader): void;
  onDelete(article: ArticleHeader): void;
  onShowFacts(article: ArticleHeader): void;
  resetKey: unknown;
}

export function ArticlesView({ ids, articles, counts, onEdit, onDelete, onShowFacts, resetKey }: ArticlesViewProps) {
  const header = (
    <div role="rowgroup" class="vhead">
      <div role="row" aria-rowindex={1} class="vrow head articles-grid">
        {(['label.article', 'label.source', 'label.province', 'label.published', 'label.facts', 'label.tags', 'label.note'] as const).map((h) => (
          <div role="columnheader" key={h}>
            {t(h)}
          </div>
        ))}
        <div role="columnheader">
          <span class="visually-hidden">{t('label.actions')}</span>
        </div>
      </div>
    </div>
  );
  return (
    <VirtualRows
      label={t('articlesView.label')}
      count={ids.length}
      rowHeight={ARTICLE_ROW_HEIGHT}
      header={header}
      resetKey={resetKey}
      renderRow={(i) => {
        const a = articles.get(ids[i]);
        if (!a) return null;
        const perKind = counts.get(a.id) ?? {};
        const title = a.title || a.url;
        return (
          <div class="articles-grid" data-article-id={a.id}>
            <div role="cell" title={title}>
              {isWebUrl(a.url) ? (
                <a href={a.url} target="_blank" rel="noopener noreferrer">
                  {title}
                </a>
              ) : (
                title
              )}
            </div>
            <div role="cell" title={a.source}>
              {a.source}
            </div>
            <div role="cell">{a.province}</div>
            <div role="cell">{formatIsoDate(a.published)}</div>
            <div role="cell" class="kind-counts" title={KIND_ORDER.map((k) => `${kindLabel(k)}: ${perKind[k] ?? 0}`).join(', ')}>
              {KIND_ORDER.filter((k) => perKind[k]).map((k) => (
                <span key={k} class="kind-count" style={{ background: `var(--bantin-${k}-bg)`, borderColor: `var(--bantin-${k}-border)` }}>
                  {perKind[k]}
                </span>
              ))}
            </div>
            <div role="cell" title={a.tags.join(', ')}>
              {a.tags.map((t) => (
                <span class="tag" key={t}>
                  {t}
                </span>
              ))}
            </div>
            <div role="cell" title={a.note}>
              {a.note}
            </div>
            <div role="cell" class="c-actions">
              <button type="button" class="link" onClick={() => onShowFacts(a)} aria-label={t('articlesView.factsOf', { title })}>
                {t('label.facts')}
              </button>
              <button type="button" class="link" onClick={() => onEdit(a)} aria-label={t('articlesView.edit', { title })}>
                {t('action.edit')}
              </button>
              <button type="button" class="link danger" onClick={() => onDelete(a)} aria-label={t('articlesView.delete', { title })}>
                {t('action.delete')}
              </button>
            </div>
          </div>
        );
      }}
    />
  );
}
