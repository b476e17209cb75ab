// Figures over time (issue 15): one row per subject × unit across the saved articles
// (storage/series.ts, the CLI's grouping), with how many figures, from when to when, the
// latest value and a sparkline. Selecting a subject lists all its figures, unit by unit: a
// line chart (a marker per figure, hollow when approximate) and a table of every figure
// with its date, value, article and quote. The subject and unit words narrow the rows as
// `bantin series --subject … --unit …` does; the CSV is the CLI's long form.

import type { Approx } from '../../../analyzer/contract.ts';
import { formatNumber, t } from '../../i18n/index.ts';
import type { ArticleHeader } from '../../storage/collection.ts';
import type { Series, SeriesPoint, SeriesWords } from '../../storage/series.ts';
import { ChartFigure, LineChart, Sparkline } from '../charts/Charts.tsx';
import { formatIsoDate, isWebUrl } from '../format.ts';
import { datedName } from './download.ts';
import { VirtualRows } from './VirtualRows.tsx';

export const SERIES_ROW_HEIGHT = 34;

export interface SeriesViewProps {
  /** The series after the subject and unit words. */
  series: readonly Series[];
  words: SeriesWords;
  onWords(words: SeriesWords): void;
  /** subject_group of the subject shown. */
  selected?: string;
  onSelect(subjectGroup: string): void;
  articles: ReadonlyMap<number, ArticleHeader>;
  onExport(): void;
  busy?: boolean;
}

/** '~120', '>5', '<10', '352' */
export function figure(p: Pick<SeriesPoint, 'value' | 'approx'>): string {
  const sign = p.approx === 'about' ? '~' : p.approx === 'over' ? '>' : p.approx === 'under' ? '<' : '';
  return `${sign}${formatNumber(p.value)}`;
}

export function SeriesView({ series, words, onWords, selected, onSelect, articles, onExport, busy }: SeriesViewProps) {
  const ofSubject = selected ? series.filter((s) => s.subject_group === selected) : [];
  const header = (
    <div role="rowgroup" class="vhead">
      <div role="row" aria-rowindex={1} class="vrow head series-grid">
        <div role="columnheader">{t('series.subject')}</div>
        <div role="columnheader">{t('series.unit')}</div>
        <div role="columnheader" class="num">
          {t('series.points')}
        </div>
        <div role="columnheader">{t('groups.span')}</div>
        <div role="columnheader" class="num">
          {t('series.latest')}
        </div>
        <div role="columnheader">{t('series.trend')}</div>
      </div>
    </div>
  );
  const span = (s: Series) => {
    const dated = s.points.filter((p) => p.as_of);
    if (!dated.length) return '—';
    const first = formatIsoDate(dated[0].as_of);
    const last = formatIsoDate(dated[dated.length - 1].as_of);
    return first === last ? first : `${first} – ${last}`;
  };
  const latest = (s: Series) => [...s.points].reverse().find((p) => p.as_of) ?? s.points[s.points.length - 1];

  return (
    <div class="series-view" data-loaded={series.length > 0 || undefined}>
      <form class="filters series-filters" role="search" aria-label={t('series.filterLabel')} onSubmit={(e) => e.preventDefault()}>
        <label for="series-subject" class="grow">
          {t('series.subjectWords')}
          <input
            id="series-subject"
            type="search"
            placeholder={t('series.subjectExample')}
            value={words.subject ?? ''}
            onInput={(e) => onWords({ ...words, subject: (e.currentTarget as HTMLInputElement).value || undefined })}
          />
        </label>
        <label for="series-unit">
          {t('series.unitWords')}
          <input
            id="series-unit"
            type="search"
            placeholder={t('series.unitExample')}
            value={words.unit ?? ''}
            onInput={(e) => onWords({ ...words, unit: (e.currentTarget as HTMLInputElement).value || undefined })}
            size={14}
          />
        </label>
        <button type="button" onClick={onExport} disabled={busy || !series.length}>
          {t('series.exportCsv')}
        </button>
      </form>
      <div class="master-detail">
        <VirtualRows
          label={t('series.tableLabel')}
          count={series.length}
          rowHeight={SERIES_ROW_HEIGHT}
          header={header}
          resetKey={`${words.subject}|${words.unit}|${series.length}`}
          renderRow={(i) => {
            const s = series[i];
            const last = latest(s);
            return (
              <div class={`series-grid${s.subject_group === selected ? ' selected' : ''}`} data-series={`${s.subject_group}|${s.unit_group}`}>
                <div role="cell" title={s.subject}>
                  <button type="button" class="link group-name" aria-pressed={s.subject_group === selected} onClick={() => onSelect(s.subject_group)}>
                    {s.subject}
                  </button>
                </div>
                <div role="cell" title={s.unit}>
                  {s.unit}
                </div>
                <div role="cell" class="num">
                  {s.points.length}
                </div>
                <div role="cell">{span(s)}</div>
                <div role="cell" class="num">
                  {last ? figure(last) : ''}
                </div>
                <div role="cell">
                  <Sparkline points={s.points.map((p) => ({ date: p.as_of, value: p.value }))} />
                </div>
              </div>
            );
          }}
        />
        <aside class="detail series-detail" aria-label={t('series.figuresOf')} aria-live="polite">
          {ofSubject.length ? (
            <>
              <h2>{ofSubject[0].subject}</h2>
              {ofSubject.map((s) => (
                <section key={s.unit_group} class="series-one" data-unit={s.unit_group}>
                  <ChartFigure
                    title={t('series.chartTitle', { unit: s.unit, count: s.points.length })}
                    heading={`${s.subject} · ${t('series.chartTitle', { unit: s.unit, count: s.points.length })}`}
                    file={datedName(`series-${s.unit_group.replace(/[^a-z0-9]+/g, '-')}`)}
                  >
                    <LineChart
                      kind="series"
                      label={t('series.chartLabel', { subject: s.subject, unit: s.unit, count: s.points.length, span: span(s) })}
                      points={s.points.map((p) => ({
                        date: p.as_of,
                        value: p.value,
                        approx: !!p.approx,
                        title: `${formatIsoDate(p.as_of) || '—'}: ${figure(p)} ${s.unit}`,
                      }))}
                    />
                  </ChartFigure>
                  <table class="series-points">
                    <caption>{t('series.pointsCaption', { subject: s.subject, unit: s.unit })}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{t('series.date')}</th>
                        <th scope="col" class="num">
                          {t('series.value')}
                        </th>
                        <th scope="col">{t('label.article')}</th>
                        <th scope="col">{t('label.quote')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {s.points.map((p, i) => {
                        const a = articles.get(Number(p.article_id));
                        const title = a?.title || p.article_url || '';
                        return (
                          <tr key={i} data-value={p.value} data-as-of={p.as_of ?? ''}>
                            <td>{formatIsoDate(p.as_of) || '—'}</td>
                            <td class="num">
                              {figure(p)}
                              {p.approx ? <span class="visually-hidden"> ({t(`approx.${p.approx as Approx}`)})</span> : null}
                            </td>
                            <td>
                              {isWebUrl(p.article_url) ? (
                                <a href={p.article_url} target="_blank" rel="noopener noreferrer">
                                  {title}
                                </a>
                              ) : (
                                title
                              )}
                              {a ? <div class="muted">{[a.source, a.province, formatIsoDate(a.published)].filter(Boolean).join(' · ')}</div> : null}
                            </td>
                            <td class="point-quote">{p.quote}</td>
                          </tr>
                        );
                      })}
                    </tbody>
                  </table>
                </section>
              ))}
            </>
          ) : (
            <p class="muted">{series.length ? t('series.pick') : t('series.none')}</p>
          )}
        </aside>
      </div>
    </div>
  );
}
