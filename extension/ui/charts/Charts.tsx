// The collection's pictures as plain SVG drawn by Preact: columns over months (stacked, or one
// band per kind), horizontal bars (provinces), a line over time (a series' figures) and a
// sparkline. No chart library: the shapes are a few rectangles, lines and circles whose
// places are the arithmetic of scale.ts.
//
// Every chart is an <svg role="img"> named by its aria-label and <title> (what it shows, in
// words), sits in a ChartFigure with the same numbers as a table (a screen reader's and a
// keyboard's way through the data), and can be saved as SVG or PNG. Colours, sizes and the
// font are attributes, never CSS, so the saved file looks like the page.

import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';
import { formatNumber, t } from '../../i18n/index.ts';
import { download } from '../collection/download.ts';
import { pngOf, svgDocument } from './export.ts';
import { dateValue, monthLabels, niceTicks, yearTicks } from './scale.ts';

const FONT = 'system-ui, -apple-system, "Segoe UI", "Noto Sans", "DejaVu Sans", sans-serif';
const AXIS = '#555';
const GRID = '#e4e4e4';
const INK = '#1a1a1a';
export const BAR_COLOR = '#1f5fbf';

/** The root <svg> of every chart: a white ground, its name as <title>. */
function Svg({ width, height, label, kind, children }: { width: number; height: number; label: string; kind: string; children: ComponentChildren }) {
  return (
    <svg
      class="chart-svg"
      data-chart={kind}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={label}
      font-family={FONT}
      font-size="12"
      preserveAspectRatio="xMinYMin meet"
      style={{ maxWidth: `${width}px` }}
    >
      <title>{label}</title>
      <rect x="0" y="0" width={width} height={height} fill="#fff" />
      {children}
    </svg>
  );
}

/** Horizontal grid lines and their numbers, from `top` (the max) to `bottom` (0). */
function YAxis({ ticks, left, right, top, bottom }: { ticks: number[]; left: number; right: number; top: number; bottom: number }) {
  const max = ticks[ticks.length - 1];
  return (
    <g class="y-axis">
      {ticks.map((v) => {
        const y = bottom - ((bottom - top) * v) / max;
        return (
          <g key={v}>
            <line x1={left} x2={right} y1={y} y2={y} stroke={v === 0 ? AXIS : GRID} stroke-width="1" />
            <text x={left - 4} y={y} text-anchor="end" dominant-baseline="middle" fill={AXIS}>
              {formatNumber(v)}
            </text>
          </g>
        );
      })}
    </g>
  );
}

export interface ColumnSeries {
  key: string;
  name: string;
  color: string;
  /** One value per category. */
  values: number[];
}

export interface ColumnChartProps {
  label: string;
  /** 'YYYY-MM', oldest first. */
  months: string[];
  series: ColumnSeries[];
  /** Stacked columns, or one band of columns per series (each with its own scale). */
  mode?: 'stacked' | 'split';
  width?: number;
  kind?: string;
}

/** Columns per month: stacked by series, or split into one band per series. */
export function ColumnChart({ label, months, series, mode = 'stacked', width = 760, kind = 'columns' }: ColumnChartProps) {
  const left = 48;
  const right = width - 10;
  const n = Math.max(1, months.length);
  const step = (right - left) / n;
  const barWidth = Math.max(1, step * 0.8);
  const xOf = (i: number) => left + i * step + (step - barWidth) / 2;
  const labels = monthLabels(months);
  const cell = (i: number, s: ColumnSeries) => `${months[i]} · ${s.name}: ${formatNumber(s.values[i])}`;

  const bands = mode === 'split' && series.length > 1 ? series.map((s) => [s]) : [series];
  const bandHeight = mode === 'split' && series.length > 1 ? 70 : 200;
  const bandGap = mode === 'split' && series.length > 1 ? 14 : 0;
  const top = 12;
  const axisY = top + bands.length * (bandHeight + bandGap) - bandGap;
  const legend = mode === 'stacked' && series.length > 1;
  const height = axisY + (legend ? 48 : 26);

  return (
    <Svg width={width} height={height} label={label} kind={kind}>
      {bands.map((band, b) => {
        const bandTop = top + b * (bandHeight + bandGap) + (bands.length > 1 ? 20 : 0);
        const bandBottom = top + b * (bandHeight + bandGap) + bandHeight;
        const sums = months.map((_, i) => band.reduce((sum, s) => sum + (s.values[i] ?? 0), 0));
        const ticks = niceTicks(Math.max(0, ...sums), bands.length > 1 ? 2 : 4);
        const max = ticks[ticks.length - 1];
        const yOf = (v: number) => ((bandBottom - bandTop) * v) / max;
        return (
          <g key={band.map((s) => s.key).join()} class="band" data-series={bands.length > 1 ? band[0].key : undefined}>
            {bands.length > 1 ? (
              <text x={4} y={bandTop - 10} fill={INK} font-weight="600">
                {band[0].name}
              </text>
            ) : null}
            <YAxis ticks={ticks} left={left} right={right} top={bandTop} bottom={bandBottom} />
            {months.map((_, i) => {
              let base = bandBottom;
              return band.map((s) => {
                const v = s.values[i] ?? 0;
                if (!v) return null;
                const h = yOf(v);
                base -= h;
                return (
                  <rect key={`${s.key}${i}`} class="bar" data-series={s.key} x={xOf(i)} y={base} width={barWidth} height={Math.max(h, 0.5)} fill={s.color}>
                    <title>{cell(i, s)}</title>
                  </rect>
                );
              });
            })}
          </g>
        );
      })}
      <g class="x-axis">
        {labels.map((l) => (
          <g key={l.index}>
            <line x1={xOf(l.index) + barWidth / 2} x2={xOf(l.index) + barWidth / 2} y1={axisY} y2={axisY + 4} stroke={AXIS} />
            <text x={xOf(l.index) + barWidth / 2} y={axisY + 16} text-anchor="middle" fill={AXIS}>
              {l.text}
            </text>
          </g>
        ))}
      </g>
      {legend ? <Legend series={series} x={left} y={height - 2} width={right - left} /> : null}
    </Svg>
  );
}

/** Swatches and names on one line (what each colour of a stacked chart is). */
function Legend({ series, x, y, width }: { series: ColumnSeries[]; x: number; y: number; width: number }) {
  const each = Math.min(120, width / series.length);
  return (
    <g class="legend" transform={`translate(${right(x, width, each * series.length)} ${y - 8})`}>
      {series.map((s, i) => (
        <g key={s.key} transform={`translate(${i * each} 0)`}>
          <rect x="0" y="-8" width="10" height="10" fill={s.color} />
          <text x="14" y="0" fill={INK}>
            {s.name}
          </text>
        </g>
      ))}
    </g>
  );
}
const right = (x: number, width: number, used: number) => x + Math.max(0, width - used);

export interface HBar {
  key: string;
  label: string;
  value: number;
  /** What the bar's tooltip says beyond the value. */
  note?: string;
}

/** One horizontal bar per row, longest first as given; the value at the end of each bar. */
export function HBarChart({ label, bars, width = 760, kind = 'bars', color = BAR_COLOR }: { label: string; bars: HBar[]; width?: number; kind?: string; color?: string }) {
  const labelWidth = 170;
  const rowHeight = 22;
  const top = 8;
  const left = labelWidth + 8;
  const rightEdge = width - 56;
  const max = Math.max(1, ...bars.map((b) => b.value));
  const height = top + bars.length * rowHeight + 8;
  return (
    <Svg width={width} height={height} label={label} kind={kind}>
      <line x1={left} x2={left} y1={top - 2} y2={height - 6} stroke={AXIS} />
      {bars.map((b, i) => {
        const y = top + i * rowHeight;
        const w = ((rightEdge - left) * b.value) / max;
        return (
          <g key={b.key} class="hbar" data-key={b.key}>
            <text x={labelWidth} y={y + rowHeight / 2} text-anchor="end" dominant-baseline="middle" fill={INK}>
              {b.label.length > 28 ? `${b.label.slice(0, 27)}…` : b.label}
            </text>
            <rect class="bar" x={left} y={y + 3} width={Math.max(w, 1)} height={rowHeight - 6} fill={color}>
              <title>{`${b.label}: ${formatNumber(b.value)}${b.note ? ` (${b.note})` : ''}`}</title>
            </rect>
            <text x={left + w + 4} y={y + rowHeight / 2} dominant-baseline="middle" fill={INK}>
              {formatNumber(b.value)}
            </text>
          </g>
        );
      })}
    </Svg>
  );
}

export interface LinePoint {
  /** ISO date of any precision ('2023', '2022-12-31'); points without one are not drawn. */
  date?: string;
  value: number;
  /** Drawn hollow: an approximate figure ('about', 'over', 'under'). */
  approx?: boolean;
  /** The marker's tooltip. */
  title: string;
}

/** Values over time: a line through the dated points, a marker on each (hollow when approximate). */
export function LineChart({ label, points, width = 640, height = 240, kind = 'line', color = BAR_COLOR }: { label: string; points: LinePoint[]; width?: number; height?: number; kind?: string; color?: string }) {
  const left = 52;
  const rightEdge = width - 16;
  const top = 14;
  const bottom = height - 28;
  const dated = points
    .map((p) => ({ ...p, x: dateValue(p.date) }))
    .filter((p): p is LinePoint & { x: number } => p.x !== undefined)
    .sort((a, b) => a.x - b.x);
  const year = 365.25 * 864e5;
  let min = Math.min(...dated.map((p) => p.x));
  let max = Math.max(...dated.map((p) => p.x));
  if (!dated.length) [min, max] = [Date.UTC(2000, 0, 1), Date.UTC(2001, 0, 1)];
  if (max - min < year) [min, max] = [min - year / 2, max + year / 2];
  const pad = (max - min) * 0.04;
  min -= pad;
  max += pad;
  const ticks = niceTicks(Math.max(0, ...dated.map((p) => p.value)), 4);
  const top_ = ticks[ticks.length - 1];
  const xOf = (x: number) => left + ((rightEdge - left) * (x - min)) / (max - min);
  const yOf = (v: number) => bottom - ((bottom - top) * v) / top_;
  const path = dated.map((p, i) => `${i ? 'L' : 'M'}${xOf(p.x).toFixed(1)},${yOf(p.value).toFixed(1)}`).join(' ');
  return (
    <Svg width={width} height={height} label={label} kind={kind}>
      <YAxis ticks={ticks} left={left} right={rightEdge} top={top} bottom={bottom} />
      <g class="x-axis">
        {yearTicks(min, max).map((y) => {
          const x = xOf(Date.UTC(y, 0, 1));
          return (
            <g key={y}>
              <line x1={x} x2={x} y1={bottom} y2={bottom + 4} stroke={AXIS} />
              <text x={x} y={bottom + 16} text-anchor="middle" fill={AXIS}>
                {y}
              </text>
            </g>
          );
        })}
      </g>
      {dated.length > 1 ? <path d={path} fill="none" stroke={color} stroke-width="2" /> : null}
      {dated.map((p, i) => (
        <circle
          key={i}
          class="marker"
          data-date={p.date}
          data-value={p.value}
          cx={xOf(p.x)}
          cy={yOf(p.value)}
          r="4.5"
          fill={p.approx ? '#fff' : color}
          stroke={color}
          stroke-width="2"
        >
          <title>{p.title}</title>
        </circle>
      ))}
    </Svg>
  );
}

/** A small line of values in date order (a series' row); decorative: its row says the numbers. */
export function Sparkline({ points, width = 110, height = 22, color = BAR_COLOR }: { points: { date?: string; value: number }[]; width?: number; height?: number; color?: string }) {
  const dated = points
    .map((p) => ({ x: dateValue(p.date), v: p.value }))
    .filter((p): p is { x: number; v: number } => p.x !== undefined)
    .sort((a, b) => a.x - b.x);
  if (!dated.length) return null;
  const minX = dated[0].x;
  const spanX = dated[dated.length - 1].x - minX || 1;
  // From the least to the greatest value (the trend), not from 0: the row prints the figure.
  const minV = Math.min(...dated.map((p) => p.v));
  const spanV = Math.max(...dated.map((p) => p.v)) - minV;
  const yOf = (v: number) => (spanV ? height - 3 - ((height - 6) * (v - minV)) / spanV : height / 2);
  const xy = dated.map((p) => [dated.length === 1 ? width / 2 : 3 + ((width - 6) * (p.x - minX)) / spanX, yOf(p.v)]);
  return (
    <svg class="sparkline" viewBox={`0 0 ${width} ${height}`} width={width} height={height} aria-hidden="true" focusable="false">
      {xy.length > 1 ? <polyline points={xy.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join(' ')} fill="none" stroke={color} stroke-width="1.5" /> : null}
      {xy.map(([x, y], i) => (
        <circle key={i} cx={x} cy={y} r="2" fill={color} />
      ))}
    </svg>
  );
}

export interface ChartTable {
  caption: string;
  columns: string[];
  /** Columns whose cells are numbers (right-aligned). */
  numeric?: number[];
  rows: (string | number)[][];
}

/**
 * A chart with its heading, its SVG and PNG buttons, and the same numbers as a table
 * (collapsed; opened by keyboard or screen reader like any disclosure).
 */
export function ChartFigure({
  title,
  heading,
  file,
  table,
  children,
  actions,
}: {
  title: string;
  /** The heading written into a saved file (default: the title). */
  heading?: string;
  file: string;
  table?: ChartTable;
  children: ComponentChildren;
  actions?: ComponentChildren;
}) {
  const box = useRef<HTMLDivElement>(null);
  const svg = () => box.current?.querySelector<SVGSVGElement>('svg.chart-svg') ?? undefined;
  const save = async (format: 'svg' | 'png') => {
    const el = svg();
    if (!el) return;
    if (format === 'svg') download([svgDocument(el, heading ?? title)], `${file}.svg`, 'image/svg+xml');
    else download([await pngOf(el, heading ?? title)], `${file}.png`, 'image/png');
  };
  return (
    <figure class="chart" data-file={file}>
      <figcaption>
        <h3>{title}</h3>
        <span class="chart-tools">
          {actions}
          <button type="button" onClick={() => void save('svg')} aria-label={t('charts.saveSvg', { chart: title })}>
            {t('charts.svg')}
          </button>
          <button type="button" onClick={() => void save('png')} aria-label={t('charts.savePng', { chart: title })}>
            {t('charts.png')}
          </button>
        </span>
      </figcaption>
      <div class="chart-box" ref={box}>
        {children}
      </div>
      {table ? (
        <details class="chart-table">
          <summary>{t('charts.showTable')}</summary>
          <table>
            <caption>{table.caption}</caption>
            <thead>
              <tr>
                {table.columns.map((c, i) => (
                  <th key={i} scope="col" class={table.numeric?.includes(i) ? 'num' : undefined}>
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((r, i) => (
                <tr key={i}>
                  {r.map((c, j) =>
                    j === 0 ? (
                      <th key={j} scope="row">
                        {c}
                      </th>
                    ) : (
                      <td key={j} class={table.numeric?.includes(j) ? 'num' : undefined}>
                        {typeof c === 'number' ? formatNumber(c) : c}
                      </td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      ) : null}
    </figure>
  );
}
