// Where Chromium is, for the end-to-end tests. Locally a missing Chromium skips them with a
// message; in CI (.ci/run sets BANTIN_E2E_REQUIRED=1 after installing it) it is an error.
import { existsSync } from 'node:fs';

export const CHROMIUM = process.env.BANTIN_CHROMIUM ?? '/usr/bin/chromium';

export const INSTALL_HINT = 'apt-get update && apt-get install -y chromium fonts-noto-core';

export function chromiumPath(): string | undefined {
  if (existsSync(CHROMIUM)) return CHROMIUM;
  if (process.env.BANTIN_E2E_REQUIRED) {
    throw new Error(`End-to-end tests are required here but ${CHROMIUM} is missing. Install it: ${INSTALL_HINT}`);
  }
  return undefined;
}
