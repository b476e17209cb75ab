// Builds the Chromium extension (wxt build → .output/chrome-mv3) before the end-to-end
// tests load it, so they never run against a stale build. Skipped when there is no Chromium
// to run them in (the tests then skip with a message; see chromium.ts).
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { chromiumPath } from './chromium.ts';

export default function setup(): void {
  if (!chromiumPath()) return;
  const root = join(import.meta.dirname, '..', '..');
  const started = Date.now();
  execFileSync(join(root, 'node_modules', '.bin', 'wxt'), ['build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  console.log(`e2e: built the extension in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
