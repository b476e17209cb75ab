// Saving a file from an extension page: a Blob behind an <a download>, no permission needed.

import { t } from '../../i18n/index.ts';

export function download(parts: BlobPart[], filename: string, type: string): void {
  const url = URL.createObjectURL(new Blob(parts, { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // The download has its own reference by now; the URL only has to outlive the click.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** 'bantin-filtered-2026-11-25.csv', 'bantin-da-loc-2026-11-25.csv' (local date; the scope in the interface's language). */
export function exportName(extension: 'csv' | 'json', scope: 'filtered' | 'all'): string {
  const d = new Date();
  const date = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  return `bantin-${scope === 'all' ? t('collection.fileAll') : t('collection.fileFiltered')}-${date}.${extension}`;
}

/** 'bantin-provinces-2026-11-25' (local date): a picture's or a series' file name, without extension. */
export function datedName(name: string): string {
  const d = new Date();
  return `bantin-${name}-${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
