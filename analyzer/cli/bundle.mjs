// Bundles of the analyzer's TypeScript sources, made by esbuild and kept in
// node_modules/.cache/bantin/: the CLI itself (bin/bantin.mjs) and the batch workers
// (pool.ts) load one JavaScript file each instead of transpiling every module through tsx
// at every start. `bantin analyze` on one article: 0.6 s → 0.3 s, 127 → 84 MB; 2 jobs on a
// 100 MB corpus: 8.8 s → 8.0 s, 272 → ~230 MB.
//
// Plain JavaScript, so that the launcher can use it before anything can load TypeScript.
//
// A bundle's key is made of the size and modification time of every file under analyzer/,
// of package-lock.json (the bundled dependencies) and of esbuild's version: an edited source
// gives a new bundle, built on first use (about 0.2 s). Bundles are written under a
// temporary name and renamed, so runs that start together never read half a file. Callers
// fall back to the sources through tsx when a bundle cannot be made; BANTIN_BUNDLE=0 asks
// for that too.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CACHE = join(ROOT, 'node_modules', '.cache', 'bantin');
/** Bundles older than this are removed when a new one is written. */
const KEEP_MS = 24 * 3600 * 1000;

/** Are bundles wanted (BANTIN_BUNDLE=0 says no)? */
export const bundlesWanted = () => process.env.BANTIN_BUNDLE !== '0';

const esbuild = () => createRequire(import.meta.url)('esbuild');

function stamp(root, path, into) {
  const s = statSync(path);
  if (s.isDirectory()) for (const name of readdirSync(path).sort()) stamp(root, join(path, name), into);
  else into.push(`${relative(root, path)}:${s.size}:${Math.trunc(s.mtimeMs)}`);
}

/** The key of the bundles for the sources under `root` as they are now. */
export function bundleKey(esbuildVersion, root = ROOT) {
  const parts = [`esbuild ${esbuildVersion}`];
  stamp(root, join(root, 'analyzer'), parts);
  const lock = join(root, 'package-lock.json');
  if (existsSync(lock)) stamp(root, lock, parts);
  return createHash('sha256').update(parts.join('\n')).digest('hex').slice(0, 16);
}

// Inside a bundle, import.meta.url is the bundle's address; the sources resolve files from
// their own (the gold files, package.json, the tsx worker), so each keeps its own.
const OWN_URL = {
  name: 'own-import-meta-url',
  setup(build) {
    build.onLoad({ filter: /[\\/]analyzer[\\/].*\.m?[tj]s$/ }, (args) => ({
      contents: readFileSync(args.path, 'utf8').replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href)),
      loader: args.path.endsWith('.ts') ? 'ts' : 'js',
    }));
  },
};

// CommonJS dependencies inside an ES module bundle still need `require`. (Written in two
// pieces: this file is bundled too, and OWN_URL would rewrite the whole expression.)
const BANNER = `import { createRequire as __bantinRequire } from 'node:module'; const require = __bantinRequire(import.meta${'.url'});`;

/** What esbuild is asked for, for an entry (a path relative to the repository). */
function options(entry) {
  return {
    entryPoints: [join(ROOT, entry)],
    absWorkingDir: ROOT,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'silent',
    plugins: [OWN_URL],
    banner: { js: BANNER },
  };
}

/** The files a bundle of `entry` is made of, relative to the repository (tests check that its key covers them). */
export async function bundleInputs(entry) {
  const result = await esbuild().build({ ...options(entry), write: false, metafile: true });
  return Object.keys(result.metafile.inputs);
}

function removeOld(name, keep) {
  const now = Date.now();
  for (const file of readdirSync(CACHE)) {
    const path = join(CACHE, file);
    if (path === keep || !file.startsWith(`${name}-`) || !file.endsWith('.mjs')) continue;
    try {
      if (now - statSync(path).mtimeMs > KEEP_MS) unlinkSync(path);
    } catch {
      // Another run removed it first.
    }
  }
}

/**
 * The address of the bundle `name` of `entry` (a path relative to the repository) for the
 * current sources, built first if needed. Rejects when it cannot be made (no esbuild, a
 * cache that cannot be written). Asynchronous: esbuild runs plugins only in build().
 */
export async function bundle(name, entry) {
  const es = esbuild();
  const out = join(CACHE, `${name}-${bundleKey(es.version)}.mjs`);
  if (!existsSync(out)) {
    mkdirSync(CACHE, { recursive: true });
    const temp = `${out}.${process.pid}.tmp`;
    await es.build({ ...options(entry), outfile: temp });
    renameSync(temp, out);
    removeOld(name, out);
  }
  return pathToFileURL(out);
}
