#!/usr/bin/env node
// Launcher: let Node load the TypeScript sources through tsx, then run the CLI.
import { register } from 'tsx/esm/api';

// `bantin analyze … | head`: the reader went away; stop quietly like other Unix tools.
process.stdout.on('error', (e) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

register();
const { main } = await import('../analyzer/cli/main.ts');
process.exitCode = await main(process.argv);
