// Pictures of what the filter (or one group of collation) keeps: articles per month, facts per
// month by kind (stacked, or one band per kind), and articles per province. The numbers come
// from storage/pictures.ts (one pass over the snapshot); the drawing from ui/charts. Each
// picture has its numbers as a table and saves as SVG or PNG.

import type { FactKind } from '../../../analyzer/contract.ts';
import { kindLabel, t } from '../../i18n/index.ts';
import type { Pictures } from '../../storage/pictures.ts';
import { BAR_COLOR, ChartFigure, ColumnChart, HBarChart } from '../charts/Charts.tsx';
import { formatIsoDate } from '../format.ts';
import { PALETTE } from '../palette.ts';
import { datedName } from './download.ts';

export type ChartMode = 'stacked' | 'split';

export interface PicturesViewProps {
  pictures?: Pictures;
  /** The group the pictures are of, by name, when one is selected. */
  group?: { kind: FactKind; label: string };
  mode: ChartMode;
  onMode(mode: ChartMode): void;
}

export function PicturesView({ pictures, group, mode, onMode }: PicturesViewProps) {
  if (!pictures) return <div class="pictures" />;
  const { months, provinces, kinds } = pictures;
  const monthNames = months.map((m) => m.month);
  const scope = group ? t('pictures.ofGroup', { kind: kindLabel(group.kind), group: group.label }) : t('pictures.ofFilter');
  const provinceName = (p?: string) => p ?? t('pictures.noProvince');
  /** What a saved picture says it shows: its title, and the group's name when it is a group's. */
  const heading = (title: string) => (group ? `${title} · ${group.label}` : title);

  return (
    <div class="pictures" data-loaded={pictures.facts > 0 || undefined} data-facts={pictures.facts}>
      <p class="pictures-summary">
        <strong>{scope}</strong> {t('pictures.summary', { facts: pictures.facts, articles: pictures.articles })}
        {pictures.undated.facts ? ` ${t('pictures.undated', { facts: pictures.undated.facts, articles: pictures.undated.articles })}` : ''}
      </p>
      {!pictures.facts ? (
        <p class="muted">{t('pictures.empty')}</p>
      ) : (
        <div class="pictures-grid">
          <ChartFigure
            title={t('pictures.articlesPerMonth')}
            heading={heading(t('pictures.articlesPerMonth'))}
            file={datedName('articles-per-month')}
            table={{
              caption: t('pictures.articlesPerMonth'),
              columns: [t('pictures.month'), t('pictures.articles')],
              numeric: [1],
              rows: months.filter((m) => m.articles).map((m) => [formatIsoDate(m.month), m.articles]),
            }}
          >
            <ColumnChart
              kind="articles-per-month"
              label={t('pictures.articlesPerMonthLabel', { articles: pictures.articles - pictures.undated.articles, months: months.length, first: formatIsoDate(monthNames[0]), last: formatIsoDate(monthNames[monthNames.length - 1]) })}
              months={monthNames}
              series={[{ key: 'articles', name: t('pictures.articles'), color: '#4a5a70', values: months.map((m) => m.articles) }]}
            />
          </ChartFigure>

          <ChartFigure
            title={t('pictures.factsPerMonth')}
            heading={heading(t('pictures.factsPerMonth'))}
            file={datedName('facts-per-month')}
            actions={
              <span class="chart-mode" role="radiogroup" aria-label={t('pictures.mode')}>
                {(['stacked', 'split'] as const).map((m) => (
                  <label key={m}>
                    <input type="radio" name="chart-mode" checked={mode === m} onChange={() => onMode(m)} />
                    {t(m === 'stacked' ? 'pictures.stacked' : 'pictures.split')}
                  </label>
                ))}
              </span>
            }
            table={{
              caption: t('pictures.factsPerMonth'),
              columns: [t('pictures.month'), ...kinds.map(kindLabel), t('pictures.total')],
              numeric: kinds.map((_, i) => i + 1).concat(kinds.length + 1),
              rows: months.filter((m) => m.total).map((m) => [formatIsoDate(m.month), ...kinds.map((k) => m.facts[k] ?? 0), m.total]),
            }}
          >
            <ColumnChart
              kind="facts-per-month"
              mode={mode}
              label={t('pictures.factsPerMonthLabel', { facts: pictures.facts - pictures.undated.facts, kinds: kinds.map(kindLabel).join(', ') })}
              months={monthNames}
              series={kinds.map((k) => ({ key: k, name: kindLabel(k), color: PALETTE[k].border, values: months.map((m) => m.facts[k] ?? 0) }))}
            />
          </ChartFigure>

          <ChartFigure
            title={t('pictures.provinces')}
            heading={heading(t('pictures.provinces'))}
            file={datedName('provinces')}
            table={{
              caption: t('pictures.provinces'),
              columns: [t('label.province'), t('pictures.articles'), t('pictures.facts')],
              numeric: [1, 2],
              rows: provinces.map((p) => [provinceName(p.province), p.articles, p.facts]),
            }}
          >
            <HBarChart
              kind="provinces"
              label={t('pictures.provincesLabel', { provinces: provinces.filter((p) => p.province).length, articles: pictures.articles })}
              color={BAR_COLOR}
              bars={provinces.map((p) => ({
                key: p.province ?? '',
                label: provinceName(p.province),
                value: p.articles,
                note: t('pictures.factCount', { count: p.facts }),
              }))}
            />
          </ChartFigure>
        </div>
      )}
    </div>
  );
}
