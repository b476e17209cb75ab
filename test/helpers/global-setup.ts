// Before any test file runs: build the batch workers' bundle for the current sources, so that
// the CLI tests running -j 2 in parallel do not each build it (and the timing tests in
// hostile.test.ts do not share the CPU with esbuild).
import { bundledWorker } from '../../analyzer/cli/worker-bundle.ts';

export default function setup(): void {
  bundledWorker();
}
