// Errors the storage module throws on purpose. Everything else (Dexie's own errors,
// failed transactions) is rethrown as it came: storage never swallows an error.

/** The browser refused to store more: the researcher has to make room. */
export class StorageFullError extends Error {
  override readonly name = 'StorageFullError';
  constructor(options?: { cause?: unknown }) {
    super(
      "The browser's storage for Bantin is full, so nothing of this change was saved. " +
        'Export your collection to JSON as a backup, delete articles you no longer need, then try again.',
      options,
    );
  }
}

/** An article or fact id that is not (or no longer) in the database. */
export class RecordNotFoundError extends Error {
  override readonly name = 'RecordNotFoundError';
  constructor(
    readonly what: 'article' | 'fact',
    readonly id: number,
  ) {
    super(`No saved ${what} has id ${id} (it may have been deleted in another tab).`);
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
