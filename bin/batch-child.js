// How bin/factdiff.js runs `factdiff batch`: in a child process started with V8 flags that can
// only be given on node's command line, from the batch's startup snapshot when the build made
// one (dist/factdiff-batch.blob, built with those flags: a snapshot loads only with the flags
// it was built with).
//
// A batch's threads fill every core with checking. V8 would also compile hot code and mark
// and sweep the heap on threads of its own, which then compete with them for the same cores;
// `--single-threaded` does that work on each thread's own instead (less CPU in all: per-round
// ratio median 0.94 in wall and CPU time over 16 alternating rounds of the 1,000-report bench
// batch, child start included). Set once V8 runs, the garbage collector's part of it is not
// safe (it crashed a 16,000-report batch; see the README's performance section), so it needs
// a process of its own. `--max-semi-space-size=2` caps every thread's young generation at
// 4 MB: the main thread's grew to 32 MB on long batches (it takes in the workers' results),
// and the workers had 8 MB each. With both flags the 16,000-report batch peaked at 218 MB
// summed over the launcher and the child (VmRSS sampled every 50 ms), against 255 and 257
// with the first alone (two runs) and 200–220 for the batch in the launcher's own process.
// `--max-old-space-size=1024` gives the main thread the workers' heap limit (WORKER_LIMITS in
// src/cli/batch.ts), by which V8 sizes the heap's growth: from the snapshot, where that thread
// checks stories, the child alone peaked at 146 and 181 MB at 4,000 and 16,000 reports with
// it, 173 and 193 without (one run each), in the same time (5 alternating rounds).
//
// From the snapshot, compromise is loaded and warm on the child's main thread, which checks
// stories beside one worker fewer (src/cli/batch.ts): a batch of any size runs there. Without
// a snapshot (another Node binary, FACTDIFF_NO_SNAPSHOT), the child runs bin/factdiff.js
// again, cold, and then a small batch is faster in one process: the child's start and the
// compiling on the workers' own threads while they warm up cost more than the flags save
// (100 reports, 29 stories: 1.10 of the time, 8 alternating rounds; 300 reports, 86 stories:
// 0.98; 1,000 reports, 286 stories: 0.94), so that child is for MIN_STORIES stories or more.
// 'use strict' CommonJS, like the launcher, so that loading it costs next to nothing.
'use strict';
const { readdirSync, readFileSync, statSync } = require('node:fs');
const { availableParallelism } = require('node:os');

const BATCH_NODE_FLAGS = ['--single-threaded', '--max-semi-space-size=2', '--max-old-space-size=1024'];
const MIN_STORIES = 100;
/** The largest manifest countStories reads (the default --max-size). */
const MAX_MANIFEST_BYTES = 20 * 1024 * 1024;

/**
 * The node arguments that start a batch child, to which the command's own arguments are
 * added, or null to run in this process: from `host.snapshot` (the batch snapshot's path,
 * null when it is not usable) for any batch; otherwise as batchNodeFlags says, running
 * `host.launcher` (bin/factdiff.js) again.
 */
function batchChildArgs(args, execArgv, env, v8Version, host) {
  if (host.snapshot !== null && asksForBatch(args) && execArgv.length === 0 && !env.FACTDIFF_NO_BATCH_CHILD && v8Version.startsWith('11.')) {
    return [...BATCH_NODE_FLAGS, '--snapshot-blob', host.snapshot, '--'];
  }
  const flags = batchNodeFlags(args, execArgv, env, v8Version, { cores: host.cores ?? availableParallelism(), countStories: host.countStories ?? countStories });
  return flags === null ? null : [...flags, host.launcher];
}

/** Whether `args` are a batch to run (not its help or settings). */
function asksForBatch(args) {
  return batchAt(args) >= 0 && !args.some((a) => ['-h', '--help', '--print-config'].includes(a));
}

/**
 * Where the command word `batch` is in `args`, or -1: the first word that is neither an
 * option nor an option's value (options may come before the command and apply to it;
 * --reference, the comparison's, takes a value too).
 */
function batchAt(args) {
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (VALUE_OPTIONS.has(a) || a === '--reference') i++;
    else if (!a.startsWith('-') || a === '-') return a === 'batch' ? i : -1;
  }
  return -1;
}

/** batch's options that take a value (src/cli/main.ts): the word after one is not the target. */
const VALUE_OPTIONS = new Set([
  '-f', '--format', '--color', '--only', '--stdin-name', '--encoding', '--input-format', '--max-size', '-o', '--output', '--fail-on',
  '--config', '--reference-name', '-j', '--jobs', '--baseline', '--write-baseline',
]);

/**
 * The node flags to start a batch child with, or null to run in this process: when the
 * command is not `batch` (or asks for help or settings), when node's command line already
 * has flags of its own (they are the user's, or this is the child), when
 * FACTDIFF_NO_BATCH_CHILD is set, on a V8 other than the one measured (11.x, Node 20), with
 * fewer than two workers (one core, or `--jobs 1`), or for fewer than MIN_STORIES stories.
 * `host` gives the cores and counts a target's stories (tests pass their own).
 */
function batchNodeFlags(args, execArgv, env, v8Version, host = { cores: availableParallelism(), countStories }) {
  if (!asksForBatch(args)) return null;
  if (execArgv.length > 0 || env.FACTDIFF_NO_BATCH_CHILD || !v8Version.startsWith('11.')) return null;
  const at = batchAt(args);
  const { target, jobs } = readBatchArgs([...args.slice(0, at), ...args.slice(at + 1)]);
  if (Math.min(host.cores, jobs ?? Infinity) < 2 || target === undefined) return null;
  return host.countStories(target) >= MIN_STORIES ? BATCH_NODE_FLAGS : null;
}

/** The batch's target (its one argument) and `--jobs`, as far as a quick look can tell. */
function readBatchArgs(args) {
  let target;
  let jobs;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--') {
      target ??= args[i + 1];
      break;
    }
    const jobsMatch = /^(?:--jobs=|-j=?)(\d+)$/.exec(a);
    if (jobsMatch) jobs = Number(jobsMatch[1]);
    else if (VALUE_OPTIONS.has(a)) {
      if (a === '-j' || a === '--jobs') jobs = Number(args[i + 1]);
      i++;
    } else if (!a.startsWith('-') || a === '-') target ??= a;
  }
  return { target, jobs: Number.isFinite(jobs) ? jobs : undefined };
}

/**
 * How many stories `target` holds, as src/cli/batch.ts finds them: the folders of a
 * directory, the groups of a JSON manifest, the story names of a CSV one; 0 when it cannot
 * tell (the command then runs in this process and reports what is wrong).
 */
function countStories(target) {
  try {
    const info = statSync(target);
    if (info.isDirectory()) return readdirSync(target, { withFileTypes: true }).filter((e) => e.isDirectory() && !e.name.startsWith('.')).length;
    // Only a regular file of manifest size is read here (a device such as /dev/zero never ends).
    if (!info.isFile() || info.size > MAX_MANIFEST_BYTES) return 0;
    const text = readFileSync(target, 'utf8').replace(/^\uFEFF/, '');
    if (/\.csv$/i.test(target)) {
      const lines = text.split(/\r?\n/).filter((l, i) => l.trim() !== '' && !(i === 0 && /^story\s*,/i.test(l)));
      return new Set(lines.map((l) => l.split(',')[0].trim())).size;
    }
    const doc = JSON.parse(text);
    const groups = Array.isArray(doc) ? doc : doc?.stories;
    return Array.isArray(groups) ? groups.length : 0;
  } catch {
    return 0;
  }
}

module.exports = { batchAt, batchChildArgs, batchNodeFlags, countStories, BATCH_NODE_FLAGS, MIN_STORIES, VALUE_OPTIONS };
