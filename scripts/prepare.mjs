// npm's "prepare" script: npm runs it after `npm install` or `npm ci` in a clone, before
// `npm pack`, and in its own clone when it installs factdiff from git (`npm install
// git+…`), where dist/ would otherwise be missing: bin/factdiff.js needs the build.
// It builds as `npm run build` does. Where the build tools are not installed (a clone
// without `npm ci` given to `npm install -g .`, or `npm ci --omit=dev`), it says so in one
// line instead of "tsc: not found", and keeps a build that is already there.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const tools = ['typescript', 'esbuild'];
const missing = tools.filter((name) => {
  try {
    require.resolve(name);
    return false;
  } catch {
    return true;
  }
});

if (missing.length > 0) {
  if (existsSync(join(root, 'dist', 'bundle', 'cli.js'))) {
    process.stderr.write(`factdiff prepare: ${missing.join(' and ')} not installed; keeping the build already in dist/\n`);
  } else {
    process.stderr.write(
      `factdiff prepare: cannot build: ${missing.join(' and ')} not installed here; run \`npm ci\` in ${root} first (it installs them and builds)\n`,
    );
    process.exitCode = 1;
  }
} else {
  const tsc = spawnSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', join(root, 'tsconfig.json')], { stdio: 'inherit' });
  if (tsc.status !== 0) process.exitCode = tsc.status ?? 1;
  else await import('./build.mjs');
}
