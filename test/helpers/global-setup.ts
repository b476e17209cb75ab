// Before any test file runs: build the CLI's and the batch workers' bundles for the current
// sources, so that the CLI tests running in parallel do not each build them (and the timing
// tests in hostile.test.ts do not share the CPU with esbuild).
import { bundle } from '../../analyzer/cli/bundle.mjs';
import { WORKER_ENTRY } from '../../analyzer/cli/worker-bundle.ts';

export default async function setup(): Promise<void> {
  await bundle('cli', 'analyzer/cli/main.ts');
  await bundle('worker', WORKER_ENTRY);
}
