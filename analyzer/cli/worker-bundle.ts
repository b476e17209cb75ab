// What batch worker threads load: the analyzer bundled by esbuild (bundle.mjs), or the
// sources through tsx (worker.mjs) when there is no bundle or BANTIN_BUNDLE=0.
import { bundle, bundlesWanted } from './bundle.mjs';

/** The worker that loads the TypeScript sources through tsx. */
export const SOURCE_WORKER = new URL('./worker.mjs', import.meta.url);

export const WORKER_ENTRY = 'analyzer/cli/worker.ts';

export async function workerEntry(): Promise<URL> {
  if (!bundlesWanted()) return SOURCE_WORKER;
  try {
    return await bundle('worker', WORKER_ENTRY);
  } catch {
    return SOURCE_WORKER;
  }
}
