#!/usr/bin/env node
// Launcher: run the CLI from its bundle (analyzer/cli/bundle.mjs: built by esbuild when the
// sources change, then one file to load), or from the TypeScript sources through tsx when
// there is no bundle or BANTIN_BUNDLE=0.
import { bundle, bundlesWanted } from '../analyzer/cli/bundle.mjs';

// `bantin analyze … | head`: the reader went away; stop quietly like other Unix tools.
process.stdout.on('error', (e) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

async function load() {
  if (bundlesWanted()) {
    try {
      return await import(await bundle('cli', 'analyzer/cli/main.ts'));
    } catch {
      // No bundle: the sources below.
    }
  }
  const { register } = await import('tsx/esm/api');
  register();
  return import('../analyzer/cli/main.ts');
}

const { main } = await load();
process.exitCode = await main(process.argv);
