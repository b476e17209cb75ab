// Arithmetic of the charts (Charts.tsx): round axis ends, which month labels fit, where a
// date of any precision stands on a time axis. Pure, so the unit tests read it directly.

/** Ticks from 0 to a round number ≥ max (steps of 1, 2 or 5 × 10ⁿ), about `count` of them. */
export function niceTicks(max: number, count = 4): number[] {
  if (!(max > 0)) return [0, 1];
  const raw = max / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw)!;
  const stepInt = Math.max(1, step); // counts are whole: no tick at 0.5
  const ticks: number[] = [];
  for (let v = 0; v < max + stepInt; v += stepInt) {
    ticks.push(v);
    if (v >= max) break;
  }
  return ticks;
}

/**
 * Which months of a run of 'YYYY-MM' get a label, and what it says: every month while few
 * (up to 12), every other or third month up to two years, then Januaries only, labelled with
 * the year (every year, or every 2nd, 5th … so that about 14 fit).
 */
export function monthLabels(months: readonly string[]): { index: number; text: string }[] {
  const n = months.length;
  if (n <= 12) return months.map((m, index) => ({ index, text: m }));
  if (n <= 24) {
    const step = n <= 18 ? 2 : 3;
    return months.flatMap((m, index) => (index % step === 0 ? [{ index, text: m }] : []));
  }
  const years = new Set(months.map((m) => m.slice(0, 4))).size;
  const every = [1, 2, 5, 10, 20, 50].find((e) => years / e <= 14) ?? 100;
  return months.flatMap((m, index) => {
    const year = Number(m.slice(0, 4));
    return (m.endsWith('-01') || index === 0) && year % every === 0 ? [{ index, text: m.slice(0, 4) }] : [];
  });
}

/**
 * Milliseconds (UTC) for an ISO date of any precision, in the middle of what it covers:
 * '2023' → 1 July 2023, '2023-05' → 15 May 2023, '2023-05-04' → that day. Undefined otherwise.
 */
export function dateValue(iso: string | undefined): number | undefined {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso ?? '');
  if (!m) return undefined;
  const year = Number(m[1]);
  if (!m[2]) return Date.UTC(year, 6, 1);
  const month = Number(m[2]) - 1;
  if (month < 0 || month > 11) return Date.UTC(year, 6, 1);
  if (!m[3]) return Date.UTC(year, month, 15);
  return Date.UTC(year, month, Math.min(31, Math.max(1, Number(m[3]))));
}

/** Years to label on a time axis from `min` to `max` (ms): about 8 at most. */
export function yearTicks(min: number, max: number): number[] {
  const first = new Date(min).getUTCFullYear();
  const last = new Date(max).getUTCFullYear() + 1;
  const span = last - first;
  const every = [1, 2, 5, 10, 20, 50].find((e) => span / e <= 8) ?? 100;
  const out: number[] = [];
  for (let y = Math.ceil(first / every) * every; y <= last; y += every) {
    const at = Date.UTC(y, 0, 1);
    if (at >= min && at <= max) out.push(y);
  }
  return out;
}
