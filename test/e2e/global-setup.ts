// Builds the extension for each browser present (wxt build → .output/chrome-mv3, wxt build -b
// firefox --mv3 → .output/firefox-mv3) before the end-to-end tests load it, so they never run
// against a stale build. A browser that is missing skips its build (its tests then skip with a
// message; see chromium.ts and firefox.ts; with BANTIN_E2E_REQUIRED=1 a missing browser
// throws here and fails the run).
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { chromiumPath } from './chromium.ts';
import { firefoxPath } from './firefox.ts';

export default function setup(): void {
  const root = join(import.meta.dirname, '..', '..');
  const builds: [string, string[]][] = [];
  if (chromiumPath()) builds.push(['Chromium', ['build']]);
  if (firefoxPath()) builds.push(['Firefox', ['build', '-b', 'firefox', '--mv3']]);
  for (const [browser, args] of builds) {
    const started = Date.now();
    execFileSync(join(root, 'node_modules', '.bin', 'wxt'), args, { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
    console.log(`e2e: built the extension for ${browser} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
}
