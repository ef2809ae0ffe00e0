// Build step after tsc (npm run build): bundles the command line into single files with
// esbuild, and builds the V8 startup snapshot that bin/factdiff.js starts from.
//   dist/bundle/cli.js, dist/bundle/batch-worker.js  the CLI and batch worker, ESM, with the code
//   dist/bundle/chunks/                              they share or load on demand in chunks
//                                                    (compromise stays a package, loaded on first use)
//   dist/factdiff.blob, dist/factdiff.blob.json     the snapshot, with compromise loaded and warm,
//                                                    and the Node version and platform it was built by
//   dist/factdiff-batch.blob                         the same, built with the batch child's V8 flags
//                                                    (the stamp names them)
//   dist/help.json                                   the help the command line prints to a pipe,
//                                                    for bin/factdiff.js to print without loading it
// A snapshot only runs on the Node binary that built it; bin/factdiff.js checks the stamp and
// otherwise runs the bundle. If the snapshot cannot be built, the build says so and goes on.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
rmSync(join(dist, 'bundle'), { recursive: true, force: true });
rmSync(join(dist, 'help.json'), { force: true });
const common = { bundle: true, platform: 'node', target: 'node20', logLevel: 'warning', legalComments: 'none' };

await build({
  ...common,
  entryPoints: { cli: join(root, 'src/cli/node.ts'), 'batch-worker': join(root, 'src/cli/batch-worker.ts') },
  outdir: join(dist, 'bundle'),
  format: 'esm',
  // What only a job needs (the core, the renderers, batch) goes into chunks that load when a
  // job runs: --help and usage errors load commander and the command line's own code only.
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  // src/cli/batch.ts finds the worker from its own chunk.
  define: { FACTDIFF_BUNDLED_WORKER: JSON.stringify('../batch-worker.js') },
  external: ['compromise'],
  // commander is CommonJS: give the bundle a require() for the built-in modules it asks for.
  banner: { js: "import { createRequire as __factdiffRequire } from 'node:module'; const require = __factdiffRequire(import.meta.url);" },
});

// The help as the bundled command line prints it to a pipe, for each command: bin/factdiff.js
// prints it from here (tests/e2e.test.ts checks that the two agree).
const bin = join(root, 'bin', 'factdiff.js');
const helpTexts = {};
for (const command of ['', 'batch', 'extract', 'completion']) {
  const shown = spawnSync(process.execPath, [bin, ...(command ? [command] : []), '--help'], {
    encoding: 'utf8', env: { ...process.env, FACTDIFF_NO_STORED_HELP: '1' },
  });
  if (shown.status !== 0) throw new Error(`factdiff build: ${command || 'the'} help did not print:\n${shown.stderr}`);
  helpTexts[command] = shown.stdout;
}
writeFileSync(join(dist, 'help.json'), `${JSON.stringify(helpTexts)}\n`);

const entry = join(dist, 'bundle', 'snapshot.cjs');
await build({
  ...common,
  entryPoints: [join(root, 'scripts/snapshot-entry.ts')],
  outfile: entry,
  format: 'cjs',
  // import.meta is empty in CommonJS; the snapshot entry supplies what it was used for.
  logOverride: { 'empty-import-meta': 'silent' },
});

const blob = join(dist, 'factdiff.blob');
const stamp = join(dist, 'factdiff.blob.json');
rmSync(stamp, { force: true });
const made = spawnSync(process.execPath, ['--snapshot-blob', blob, '--build-snapshot', entry], { cwd: root, encoding: 'utf8' });
// The batch's snapshot, from the same entry, built with the flags its child starts with
// (bin/batch-child.js): a snapshot loads only with the V8 flags it was built with.
const batchBlob = join(dist, 'factdiff-batch.blob');
const { BATCH_NODE_FLAGS } = createRequire(import.meta.url)('../bin/batch-child.js');
rmSync(batchBlob, { force: true });
const madeBatch = made.status === 0 && spawnSync(process.execPath, [...BATCH_NODE_FLAGS, '--snapshot-blob', batchBlob, '--build-snapshot', entry], { cwd: root, encoding: 'utf8' });
if (made.status === 0) {
  const batchFlags = madeBatch.status === 0 ? { batchFlags: BATCH_NODE_FLAGS } : {};
  writeFileSync(stamp, `${JSON.stringify({ node: process.version, platform: process.platform, arch: process.arch, ...batchFlags })}\n`);
  if (madeBatch.status !== 0) {
    rmSync(batchBlob, { force: true });
    process.stderr.write(`factdiff build: no batch snapshot (batches run without it, slower):\n${madeBatch.stderr}\n`);
  }
} else {
  rmSync(blob, { force: true });
  process.stderr.write(`factdiff build: no startup snapshot (factdiff runs without it, slower to start):\n${made.stderr}\n`);
}
