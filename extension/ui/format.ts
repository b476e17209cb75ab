// How the panel and the collection print dates and languages, in the language in use. Pure.

import { currentLanguage, localeOf, t } from '../i18n/index.ts';

const DETECTED = ['vie', 'eng', 'und'] as const;

/** The analyzer's language code ('vie', 'eng', 'und') by name; another code as it is. */
export function languageName(code: string): string {
  return (DETECTED as readonly string[]).includes(code) ? t(`detected.${code as (typeof DETECTED)[number]}`) : code;
}

/**
 * A contract date as the reader writes it: Vietnamese '2012-08-27T10:05' → '27/08/2012 10:05',
 * '2012-08' → '08/2012'; English '27 Aug 2012 10:05', 'Aug 2012' (day and month in that order
 * nobody misreads). Years, quarters and anything else stay as they are.
 */
export function formatIsoDate(iso: string | undefined): string {
  if (!iso) return '';
  const english = currentLanguage() === 'en';
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}:\d{2}))?/.exec(iso);
  if (m) {
    const time = m[4] ? ` ${m[4]}` : '';
    return english ? `${Number(m[3])} ${monthName(+m[2])} ${m[1]}${time}` : `${m[3]}/${m[2]}/${m[1]}${time}`;
  }
  m = /^(\d{4})-(\d{2})$/.exec(iso);
  if (m) return english ? `${monthName(+m[2])} ${m[1]}` : `${m[2]}/${m[1]}`;
  return iso;
}

/** 8 → 'Aug' (English months; UTC so no time zone moves it). */
function monthName(month: number): string {
  if (month < 1 || month > 12) return String(month);
  return new Intl.DateTimeFormat('en-GB', { month: 'short', timeZone: 'UTC' }).format(new Date(Date.UTC(2000, month - 1, 1)));
}

/** An ISO instant in the reader's time zone: '27/08/2024, 10:05' (Vietnamese), '27 Aug 2024, 10:05' (English). */
export function formatInstant(iso: string | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const english = currentLanguage() === 'en';
  return d.toLocaleString(localeOf(), { day: '2-digit', month: english ? 'short' : '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' });
}

/** Only web addresses become links. */
export function isWebUrl(url: string | undefined): url is string {
  return !!url && /^https?:\/\//i.test(url);
}

export function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}
