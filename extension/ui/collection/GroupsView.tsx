// Collation: the facts of one kind grouped by what they name (group-key.ts merges
// spellings), most articles first. A group shows how many articles mention it, how often,
// from when to when; selected, it lists those articles, and opens its facts in the table.

import type { FactKind } from '../../../analyzer/contract.ts';
import type { ArticleHeader, FactGroup } from '../../storage/collection.ts';
import { currentLanguage, kindLabel, localeOf, t } from '../../i18n/index.ts';
import { formatIsoDate, isWebUrl } from '../format.ts';
import { VirtualRows } from './VirtualRows.tsx';

export const GROUP_ROW_HEIGHT = 34;
export const GROUPABLE: readonly FactKind[] = ['document', 'office', 'award', 'person', 'count', 'date'];

export interface GroupsViewProps {
  kind: FactKind;
  groups: readonly FactGroup[];
  labels: ReadonlyMap<string, string>;
  selected?: string;
  articles: ReadonlyMap<number, ArticleHeader>;
  onKind(kind: FactKind): void;
  onSelect(group: FactGroup): void;
  onShowFacts(group: FactGroup): void;
  /** The group's pictures (timeline, provinces). */
  onShowPictures(group: FactGroup): void;
  onRange(start: number, end: number): void;
}

export function GroupsView({ kind, groups, labels, selected, articles, onKind, onSelect, onShowFacts, onShowPictures, onRange }: GroupsViewProps) {
  const current = groups.find((g) => g.group === selected);
  const header = (
    <div role="rowgroup" class="vhead">
      <div role="row" aria-rowindex={1} class="vrow head groups-grid">
        <div role="columnheader">{kindLabel(kind)}</div>
        <div role="columnheader" class="num">
          {t('groups.articles')}
        </div>
        <div role="columnheader" class="num">
          {t('groups.times')}
        </div>
        <div role="columnheader">{t('groups.span')}</div>
      </div>
    </div>
  );
  return (
    <div class="groups" data-kind={kind} data-loaded={groups.length > 0 || undefined}>
      <div class="group-kind" role="radiogroup" aria-label={t('groups.groupBy')}>
        {GROUPABLE.map((k) => (
          <label key={k} class="kind-toggle" style={{ borderColor: `var(--bantin-${k}-border)` }}>
            <input type="radio" name="group-kind" checked={k === kind} onChange={() => onKind(k)} />
            {kindLabel(k)}
          </label>
        ))}
      </div>
      <div class="master-detail">
        <VirtualRows
          label={t('groups.tableLabel', { kind: kindLabel(kind).toLocaleLowerCase(localeOf(currentLanguage())) })}
          count={groups.length}
          rowHeight={GROUP_ROW_HEIGHT}
          header={header}
          onRange={onRange}
          resetKey={kind}
          renderRow={(i) => {
            const g = groups[i];
            const label = labels.get(g.group) ?? g.group;
            return (
              <div class={`groups-grid${g.group === selected ? ' selected' : ''}`}>
                <div role="cell" title={label}>
                  <button type="button" class="link group-name" aria-pressed={g.group === selected} onClick={() => onSelect(g)}>
                    {label}
                  </button>
                </div>
                <div role="cell" class="num">
                  {g.articleIds.length}
                </div>
                <div role="cell" class="num">
                  {g.factIds.length}
                </div>
                <div role="cell">
                  {formatIsoDate(g.first)}
                  {g.last && g.last !== g.first ? ` – ${formatIsoDate(g.last)}` : ''}
                </div>
              </div>
            );
          }}
        />
        <aside class="detail" aria-label={t('groups.mentionedIn')} aria-live="polite">
          {current ? (
            <>
              <h2>{labels.get(current.group) ?? current.group}</h2>
              <p>
                {t('groups.articleCount', { count: current.articleIds.length })}, {t('groups.timeCount', { count: current.factIds.length })}.{' '}
                <button type="button" onClick={() => onShowFacts(current)}>
                  {t('groups.showFacts')}
                </button>{' '}
                <button type="button" onClick={() => onShowPictures(current)}>
                  {t('groups.showPictures')}
                </button>
              </p>
              <ul class="group-articles">
                {current.articleIds.map((id) => {
                  const a = articles.get(id);
                  if (!a) return null;
                  return (
                    <li key={id}>
                      {isWebUrl(a.url) ? (
                        <a href={a.url} target="_blank" rel="noopener noreferrer">
                          {a.title || a.url}
                        </a>
                      ) : (
                        a.title || a.url
                      )}
                      <div class="muted">{[a.source, a.province, formatIsoDate(a.published)].filter(Boolean).join(' · ')}</div>
                    </li>
                  );
                })}
              </ul>
            </>
          ) : (
            <p class="muted">{t('groups.pick')}</p>
          )}
        </aside>
      </div>
    </div>
  );
}
