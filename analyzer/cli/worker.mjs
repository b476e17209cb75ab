// Entry of a batch worker thread. Loader hooks registered by bin/bantin.mjs do not reach
// worker threads on Node 20, so this thread registers tsx itself before it loads the
// TypeScript worker.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
