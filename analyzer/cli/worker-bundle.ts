// The code batch workers load: the analyzer bundled into one JavaScript file by esbuild,
// built on first use and kept in node_modules/.cache/bantin/ under a key of the sources.
//
// Why: a worker that loads the TypeScript sources through tsx (worker.mjs) starts its own
// loader thread and transpiles every module again. With 2 jobs on a 100 MB corpus the
// bundle takes the run from 8.8 s to 8.1 s and peak memory from 272 MB to 218 MB; starting
// the two workers takes 0.1 s instead of 0.6 s.
//
// The key is made of the size and modification time of every file under analyzer/, of
// package-lock.json (the bundled dependencies) and of esbuild's version, so an edited source
// gives a new bundle. Bundles are written under a temporary name and renamed, so runs that
// start together do not read half a file. If the bundle cannot be made (no esbuild, a cache
// that cannot be written) the workers load the sources through tsx as before: slower, same
// output. BANTIN_WORKER_BUNDLE=0 asks for that too.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, statSync, unlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CACHE = join(ROOT, 'node_modules', '.cache', 'bantin');
const ENTRY = fileURLToPath(new URL('./worker.ts', import.meta.url));
/** The worker that loads the TypeScript sources through tsx. */
export const SOURCE_WORKER = new URL('./worker.mjs', import.meta.url);

/** Bundles older than this are removed when a new one is written. */
const KEEP_MS = 24 * 3600 * 1000;

type Esbuild = typeof import('esbuild');

function stamp(root: string, path: string, into: string[]): void {
  const s = statSync(path);
  if (s.isDirectory()) for (const name of readdirSync(path).sort()) stamp(root, join(path, name), into);
  else into.push(`${relative(root, path)}:${s.size}:${Math.trunc(s.mtimeMs)}`);
}

/** The cache key of the bundle for the sources under `root` as they are now. */
export function bundleKey(esbuildVersion: string, root = ROOT): string {
  const parts = [`esbuild ${esbuildVersion}`];
  stamp(root, join(root, 'analyzer'), parts);
  const lock = join(root, 'package-lock.json');
  if (existsSync(lock)) stamp(root, lock, parts);
  return createHash('sha256').update(parts.join('\n')).digest('hex').slice(0, 16);
}

/** What esbuild is asked for; `bundleInputs` (tests) asks for the same with a list of inputs. */
const OPTIONS: import('esbuild').BuildOptions = {
  entryPoints: [ENTRY],
  absWorkingDir: ROOT,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  logLevel: 'silent',
  // CommonJS dependencies inside an ES module bundle still need `require`.
  banner: { js: "import { createRequire as __bantinRequire } from 'node:module'; const require = __bantinRequire(import.meta.url);" },
};

function build(esbuild: Esbuild, out: string): void {
  const temp = `${out}.${process.pid}.tmp`;
  esbuild.buildSync({ ...OPTIONS, outfile: temp });
  renameSync(temp, out);
}

/**
 * The files the bundle is made of, relative to the repository. The key covers analyzer/ and
 * the installed packages only, so a test checks that nothing else goes in.
 */
export function bundleInputs(): string[] {
  const esbuild = createRequire(import.meta.url)('esbuild') as Esbuild;
  return Object.keys(esbuild.buildSync({ ...OPTIONS, write: false, metafile: true }).metafile!.inputs);
}

function removeOld(keep: string): void {
  const now = Date.now();
  for (const name of readdirSync(CACHE)) {
    const path = join(CACHE, name);
    if (path === keep || !/^worker-.*\.mjs$/.test(name)) continue;
    try {
      if (now - statSync(path).mtimeMs > KEEP_MS) unlinkSync(path);
    } catch {
      // Another run removed it first.
    }
  }
}

/** The bundled worker for the current sources, built if needed; throws when it cannot be made. */
export function bundledWorker(): URL {
  const esbuild = createRequire(import.meta.url)('esbuild') as Esbuild;
  const out = join(CACHE, `worker-${bundleKey(esbuild.version)}.mjs`);
  if (!existsSync(out)) {
    mkdirSync(CACHE, { recursive: true });
    build(esbuild, out);
    removeOld(out);
  }
  return pathToFileURL(out);
}

/** What a batch worker thread should load: the bundle, or the sources through tsx when there is none. */
export function workerEntry(): URL {
  if (process.env.BANTIN_WORKER_BUNDLE === '0') return SOURCE_WORKER;
  try {
    return bundledWorker();
  } catch {
    return SOURCE_WORKER;
  }
}
