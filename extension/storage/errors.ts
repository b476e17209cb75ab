// Errors the storage module throws on purpose. Everything else (Dexie's own errors,
// failed transactions) is rethrown as it came: storage never swallows an error.

import { t } from '../i18n/index.ts';

/** The browser refused to store more: the researcher has to make room. */
export class StorageFullError extends Error {
  override readonly name = 'StorageFullError';
  constructor(options?: { cause?: unknown }) {
    // Shown as it is in the side panel and the collection page, hence in the interface's language.
    super(t('error.storageFull'), options);
  }
}

/** An article or fact id that is not (or no longer) in the database. */
export class RecordNotFoundError extends Error {
  override readonly name = 'RecordNotFoundError';
  constructor(
    readonly what: 'article' | 'fact',
    readonly id: number,
  ) {
    // Ids as they are (no thousands separator).
    super(what === 'article' ? t('error.articleNotFound', { id: String(id) }) : t('error.factNotFound', { id: String(id) }));
  }
}

/**
 * Whether an error is, or wraps, a QuotaExceededError: the DOMException itself, Dexie's
 * QuotaExceededError, or an AbortError / BulkError / Error whose `inner`, `cause` or
 * `failures` hold one.
 */
export function isQuotaExceeded(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 5) return false;
  const e = error as { name?: unknown; inner?: unknown; cause?: unknown; failures?: unknown };
  if (e.name === 'QuotaExceededError') return true;
  if (isQuotaExceeded(e.inner, depth + 1) || isQuotaExceeded(e.cause, depth + 1)) return true;
  const failures = e.failures;
  if (failures && typeof failures === 'object') {
    for (const f of Object.values(failures as Record<string, unknown>)) if (isQuotaExceeded(f, depth + 1)) return true;
  }
  return false;
}

/** Runs a storage operation; a quota failure comes out as StorageFullError, anything else unchanged. */
export async function surfaceQuota<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    if (isQuotaExceeded(error)) throw new StorageFullError({ cause: error });
    throw error;
  }
}
