// How bin/factdiff.js runs `factdiff batch`: in a child process started with V8 flags that
// can only be given on node's command line.
//
// A batch's worker threads fill every core with checking. V8 would also compile hot code
// and mark and sweep the heap on threads of its own, which then compete with the workers
// for the same cores; `--single-threaded` does that work on each worker's own thread
// instead (less CPU in all: per-round ratio median 0.94 in wall and CPU time over 16
// alternating rounds of the 1,000-report bench batch, child start included). Set once V8
// runs, the garbage collector's part of it is not safe (it crashed a 16,000-report batch;
// see the README's performance section), so it needs a process of its own.
// `--max-semi-space-size=2` caps every thread's young generation at 4 MB: the main thread's
// grew to 32 MB on long batches (it takes in the workers' results), and the workers had
// 8 MB each. With both flags the 16,000-report batch peaked at 218 MB summed over the
// launcher and the child (VmRSS sampled every 50 ms), against 255 and 257 with the first alone
// (two runs) and 200–220 for the batch in the launcher's own process.
// 'use strict' CommonJS, like the launcher, so that loading it costs next to nothing.
'use strict';

const BATCH_NODE_FLAGS = ['--single-threaded', '--max-semi-space-size=2'];

/**
 * The node flags to start a batch child with, or null to run in this process: when the
 * command is not `batch` (or asks for help or settings), when node's command line already
 * has flags of its own (they are the user's, or this is the child), when
 * FACTDIFF_NO_BATCH_CHILD is set, or on a V8 other than the one measured (11.x, Node 20).
 */
function batchNodeFlags(args, execArgv, env, v8Version) {
  if (args[0] !== 'batch' || args.some((a) => ['-h', '--help', '--print-config'].includes(a))) return null;
  if (execArgv.length > 0 || env.FACTDIFF_NO_BATCH_CHILD || !v8Version.startsWith('11.')) return null;
  return BATCH_NODE_FLAGS;
}

module.exports = { batchNodeFlags, BATCH_NODE_FLAGS };
