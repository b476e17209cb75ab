// Progress of a batch run on stderr (cli-progress): a bar over the input bytes with the
// rate (articles/s, MB/s) and ETA. Only on a terminal; a run into a pipe or file prints
// nothing but its error lines.
import { MultiBar } from 'cli-progress';
import type { SingleBar } from 'cli-progress';

export interface Progress {
  /** One input finished (or failed): its bytes. */
  advance(bytes: number): void;
  /** Inputs that will not run after all (skipped by --resume): their bytes leave the total. */
  skip(bytes: number): void;
  /** Print a line (with its newline) above the bar. */
  log(line: string): void;
  stop(): void;
}

export const noProgress = (err: (s: string) => void): Progress => ({
  advance: () => {},
  skip: () => {},
  log: err,
  stop: () => {},
});

const mb = (bytes: number) => (bytes / 1e6).toFixed(1);

/** totalBytes 0: unknown (stdin), then no bar and no ETA, only counts and rates. */
export function terminalProgress(stream: NodeJS.WritableStream, totalBytes: number): Progress {
  const known = totalBytes > 0;
  const multi = new MultiBar({
    stream,
    format: known
      ? '{bar} {percentage}% | {articles} articles, {rate}/s, {mbps} MB/s | ETA {eta_formatted}'
      : '{articles} articles, {mb} MB | {rate}/s, {mbps} MB/s | {duration_formatted}',
    barsize: 20,
    // Nothing to restore when Ctrl-C ends the run: the cursor stays, line wrap stays on
    // (cli-progress cuts the bar to the terminal's width itself).
    hideCursor: false,
    linewrap: true,
    clearOnComplete: false,
    etaBuffer: 50,
    fps: 5,
  });
  let total = totalBytes;
  let done = 0;
  let articles = 0;
  const started = performance.now();
  const payload = () => {
    const s = Math.max((performance.now() - started) / 1000, 1e-3);
    return { articles, rate: (articles / s).toFixed(1), mbps: (done / 1e6 / s).toFixed(2), mb: mb(done) };
  };
  const bar: SingleBar = multi.create(known ? total : 1, 0, payload());
  return {
    advance(bytes) {
      done += bytes;
      articles++;
      bar.update(known ? done : 0, payload());
    },
    skip(bytes) {
      if (!known) return;
      total = Math.max(total - bytes, 1);
      bar.setTotal(total);
    },
    log: (line) => multi.log(line),
    stop() {
      bar.update(known ? done : 0, payload());
      multi.update(); // prints lines still waiting in its log buffer
      multi.stop();
    },
  };
}
