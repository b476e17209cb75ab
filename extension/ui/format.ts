// How the panel prints dates and languages. Pure.

const LANGUAGES: Record<string, string> = { vie: 'Tiếng Việt', eng: 'Tiếng Anh', und: 'Chưa xác định' };

export function languageName(code: string): string {
  return LANGUAGES[code] ?? code;
}

/** A contract date as Vietnamese readers write it: '2012-08-27T10:05' → '27/08/2012 10:05'. */
export function formatIsoDate(iso: string | undefined): string {
  if (!iso) return '';
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}:\d{2}))?/.exec(iso);
  if (m) return `${m[3]}/${m[2]}/${m[1]}${m[4] ? ` ${m[4]}` : ''}`;
  m = /^(\d{4})-(\d{2})$/.exec(iso);
  if (m) return `${m[2]}/${m[1]}`;
  return iso;
}

/** An ISO instant in the reader's time zone: '27/08/2024, 10:05'. */
export function formatInstant(iso: string | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleString('vi-VN', { day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' });
}

/** Only web addresses become links. */
export function isWebUrl(url: string | undefined): url is string {
  return !!url && /^https?:\/\//i.test(url);
}

export function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}
