#!/usr/bin/env node
// factdiff: cross-check reports of the same event. All logic lives in dist/ (built from src/).
//
// Start-up is most of a small job's time, so this file does as little as it can:
// - `--version` is answered here, and `--help` when it goes to a pipe or file (the help the
//   build stored in dist/help.json, as the command line prints it to a non-terminal);
// - other commands run in a child started from the V8 startup snapshot that `npm run build`
//   makes (compromise already loaded and warm), when it was built by this very Node binary;
// - `batch` runs in a child started with V8 flags for its threads (bin/batch-child.js), from
//   the batch snapshot built with those flags, whose main thread checks stories beside the
//   workers; without that snapshot, a batch of 100 stories or more runs the bundled CLI in
//   such a child;
// - otherwise the bundled CLI runs in this process: for help, settings and completion (the bundle is
//   faster to load than the snapshot), for a smaller batch, or when there is no snapshot.
// FACTDIFF_NO_SNAPSHOT=1 turns the snapshots off, FACTDIFF_NO_STORED_HELP=1 the stored help,
// FACTDIFF_NO_BATCH_CHILD=1 runs batch in this process.
// This file is CommonJS (bin/package.json): Node starts a CommonJS entry about 5 ms sooner.
'use strict';
const { spawn } = require('node:child_process');
const { existsSync, readFileSync } = require('node:fs');
const { join } = require('node:path');

const args = process.argv.slice(2);
const dist = join(__dirname, '..', 'dist');

const help = storedHelp();
// Loaded for batch only (options may come before the command): every other command starts without it.
const batch = help === null && args.includes('batch') ? require('./batch-child.js') : null;
const isBatch = batch !== null && batch.batchAt(args) >= 0;
const batchChild = isBatch ? batch.batchChildArgs(args, process.execArgv, process.env, process.versions.v8, { snapshot: batchSnapshot(), launcher: __filename }) : null;
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V') && existsSync(join(dist, 'bundle', 'cli.js'))) {
  // package.json's version, which tests/version.test.ts keeps equal to src/version.ts's
  // (read as JSON: loading an ES module from here would start Node's ESM loader). Only
  // with a build: a copy without one must fail its smoke test (`factdiff --version`)
  // the way it would fail any other command, below.
  print(`${JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8')).version}\n`);
} else if (help !== null) {
  print(help);
} else if (batchChild !== null) {
  // See bin/batch-child.js: the child starts from the batch snapshot, or runs this file
  // again (its flags make it skip this branch); not given NODE_EXTRA_CA_CERTS, as below.
  runChild([...batchChild, ...args]);
} else if (!isBatch && !['help', 'completion'].includes(args[0]) && !args.some((a) => ['-h', '--help', '--print-config'].includes(a)) && args.length > 0 && snapshotUsable()) {
  runChild(['--snapshot-blob', join(dist, 'factdiff.blob'), '--', ...args]);
} else {
  import('../dist/bundle/cli.js').then(
    async ({ run }) => {
      process.exitCode = await run(args);
    },
    (error) => {
      // dist/ is built by npm's prepare script (scripts/prepare.mjs), which npm runs in a
      // clone on `npm ci` and for an install from git, unless told not to run scripts.
      process.stderr.write(
        `factdiff: cannot load its build in dist/ (${error.message}); in a clone run \`npm ci\` (or \`npm run build\`); an install from git must let npm run factdiff's prepare script\n`,
      );
      process.exitCode = 2;
    },
  );
}

/**
 * Runs node with `nodeArgs` in a child process and ends this one as the child ends. Node 20
 * reads and parses NODE_EXTRA_CA_CERTS when a process starts (40-50 ms for a system CA
 * bundle); the child makes no TLS connections, so it is not given the variable. Signals go
 * on to the child (it cleans up a half-written --output); this process ends as the child
 * did, by the same signal or with the same status.
 */
function runChild(nodeArgs) {
  const { NODE_EXTRA_CA_CERTS, ...env } = process.env;
  // The IPC channel closes when this process ends, however it ends (SIGKILL too): the child
  // then ends as well (src/cli/node.ts), rather than run on and write --output later.
  const child = spawn(process.execPath, nodeArgs, { stdio: ['inherit', 'inherit', 'inherit', 'ipc'], env });
  child.on('error', (error) => {
    process.stderr.write(`factdiff: cannot start ${process.execPath} (${error.message})\n`);
    process.exitCode = 2;
  });
  const forward = (signal) => child.kill(signal);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, forward);
  child.on('exit', (code, signal) => {
    if (signal) {
      process.removeAllListeners(signal);
      process.kill(process.pid, signal);
    }
    process.exitCode = code ?? 2;
  });
}

/**
 * Writes `text` to stdout; a failed write other than a closed pipe is one line on stderr
 * and exit status 2 (issue 25, item 3).
 */
function print(text) {
  process.stdout.on('error', (error) => {
    if (error.code === 'EPIPE') return;
    process.stderr.write(`factdiff: cannot write to standard output (${error.code || error.message})\n`);
    process.exitCode = 2;
  });
  process.stdout.write(text);
}

/**
 * The help to print for `--help`, `-h`, `help`, `batch --help`, `help batch` and the like when it goes to a
 * pipe or a file, where the command line's help is always the same (80 columns, no colour):
 * the build runs each and stores its output (scripts/build.mjs; tests/e2e.test.ts compares
 * them). Null for anything else, in a terminal (the help fits its width), or with no store.
 */
function storedHelp() {
  if (process.stdout.isTTY || process.env.FACTDIFF_NO_STORED_HELP) return null;
  const asks = (a) => a === '--help' || a === '-h';
  const command =
    args.length === 1 && asks(args[0]) ? '' : args.length === 2 && asks(args[1]) ? args[0] : args[0] === 'help' && args.length <= 2 ? (args[1] ?? '') : null;
  if (command === null) return null;
  try {
    const texts = JSON.parse(readFileSync(join(dist, 'help.json'), 'utf8'));
    return typeof texts[command] === 'string' ? texts[command] : null;
  } catch {
    return null;
  }
}

/** Whether dist/ holds a snapshot built by this Node binary (and no node flags ask otherwise). */
function snapshotUsable() {
  const stamp = snapshotStamp();
  return stamp !== null && existsSync(join(dist, 'factdiff.blob'));
}

/**
 * The batch snapshot's path, when dist/ holds one built by this Node binary with the flags
 * that bin/batch-child.js starts it with; otherwise null.
 */
function batchSnapshot() {
  const stamp = snapshotStamp();
  const blob = join(dist, 'factdiff-batch.blob');
  const flags = require('./batch-child.js').BATCH_NODE_FLAGS;
  return stamp !== null && Array.isArray(stamp.batchFlags) && stamp.batchFlags.join(' ') === flags.join(' ') && existsSync(blob) ? blob : null;
}

/** The build's stamp of its snapshots, when they were built by this Node binary and may be used. */
function snapshotStamp() {
  if (process.env.FACTDIFF_NO_SNAPSHOT || process.execArgv.length > 0) return null;
  try {
    const stamp = JSON.parse(readFileSync(join(dist, 'factdiff.blob.json'), 'utf8'));
    return stamp.node === process.version && stamp.platform === process.platform && stamp.arch === process.arch ? stamp : null;
  } catch {
    return null;
  }
}
