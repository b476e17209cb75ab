// Loaded with `node --import` by bench:batch (batch.ts): writes the process's peak resident
// set (KB, worker threads included) to $BANTIN_RSS_FILE when it exits.
import { writeFileSync } from 'node:fs';

process.on('exit', () => {
  if (process.env.BANTIN_RSS_FILE) writeFileSync(process.env.BANTIN_RSS_FILE, String(process.resourceUsage().maxRSS));
});
