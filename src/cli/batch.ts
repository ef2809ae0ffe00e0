/**
 * `factdiff batch <dir|manifest>`: many stories at once.
 *
 * A story is a group of reports: each subdirectory of a directory (files sorted by name;
 * `reference.*` or `--reference-name` marks the reference), or a group in a JSON or CSV
 * manifest. Stories are checked in parallel on a pool of threads and printed in a stable
 * order; a story whose files cannot be read fails on its own and the rest go on.
 */
import { statSync } from 'node:fs';
import { availableParallelism, totalmem } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import type { ResourceLimits, Worker } from 'node:worker_threads';
import type { CheckOptions, CheckResult } from '../types.js';
import type { Story } from './stories.js';
import type { EncodingName, InputFormat } from '../read/index.js';
import { claimStories, currentCell, handedOver, ON, poolCounters, WAITING, type PoolData } from './pool.js';

export { findStories, type Story } from './stories.js';

/** What a worker is asked to do. */
export interface StoryJob {
  readonly index: number;
  readonly story: Story;
  readonly options: CheckOptions;
  readonly maxBytes: number;
  readonly encoding: EncodingName;
  /** What the reports are written in (default: auto). */
  readonly inputFormat?: InputFormat;
}

/** What a worker answers. */
export type StoryOutcome =
  | { readonly index: number; readonly ok: true; readonly result: CheckResult; readonly warnings: readonly string[] }
  | { readonly index: number; readonly ok: false; readonly error: string };

let workerLocation: URL | null = null;

/** Sets where the worker script is (the startup snapshot has no module URL of its own). */
export function setWorkerLocation(url: URL): void {
  workerLocation = url;
}

/**
 * Where the bundled CLI's worker is, from the chunk this module is bundled into: set by the
 * bundler (scripts/build.mjs), absent elsewhere.
 */
declare const FACTDIFF_BUNDLED_WORKER: string | undefined;

/**
 * The worker beside this module. Workers run built JavaScript: when this module runs from
 * source (the in-process tests), they are pointed at dist/, which `npm test` builds first.
 */
function defaultWorker(): URL {
  if (typeof FACTDIFF_BUNDLED_WORKER === 'string') return new URL(FACTDIFF_BUNDLED_WORKER, import.meta.url);
  return import.meta.url.endsWith('.ts')
    ? new URL('../../dist/cli/batch-worker.js', import.meta.url)
    : new URL('./batch-worker.js', import.meta.url);
}

/** Checks one story on the calling thread. */
export type StoryChecker = (job: StoryJob) => Promise<StoryOutcome>;

/** How runStories runs. */
export interface RunOptions {
  /** Stories checked at once, one thread each (default: one per core); never more than workerCount allows. */
  readonly workers?: number;
  /** Hears how many stories have finished (for a progress line). */
  readonly onDone?: (done: number) => void;
  /** Each worker's heap limits (default WORKER_LIMITS). */
  readonly limits?: ResourceLimits;
  /**
   * Makes this thread a member of the pool, checking stories with this function beside
   * one worker fewer (default: the checker set by checkOnThisThread, if any).
   */
  readonly local?: StoryChecker | undefined;
  /** Largest story (its files' total size) that this thread checks itself (default LOCAL_MAX_BYTES). */
  readonly localMaxBytes?: number;
}

let threadChecker: StoryChecker | undefined;

/**
 * Makes this thread a member of every batch's pool. For a thread that has compromise
 * loaded and warm already (the startup snapshot's): a worker thread starts cold, loading
 * the library (about 0.25 s) and compiling its code for itself.
 */
export function checkOnThisThread(checker: StoryChecker): void {
  threadChecker = checker;
}

/**
 * Largest story (its files' total size) that this thread checks when it is a member of
 * the pool. This thread answers Ctrl-C (removing a half-written --output) and writes the
 * output only between its stories, and its heap is the process's: a story that exhausted
 * it would end the batch, where a worker's fails alone. A larger story goes to a worker.
 * News stories are far smaller (in the bench's batch, 3 KB of text a story, 15 KB at most).
 */
const LOCAL_MAX_BYTES = 64 * 1024;

/**
 * Runs the jobs on a pool of worker threads (and this thread, with `local`) and hands each
 * outcome to `emit` in job order, one at a time (the next once the last one's promise
 * settles). Each member claims the next story itself (pool.ts), so none waits for this
 * thread to hand it work; a finished story waits only for the ones before it, and no
 * member starts a story more than AHEAD places past the one being emitted, so memory
 * stays bounded however many stories there are. A story that exhausts its worker's
 * memory fails alone, and a fresh worker takes the old one's place.
 */
export async function runStories(
  jobs: readonly StoryJob[],
  emit: (outcome: StoryOutcome) => void | Promise<void>,
  { workers = availableParallelism(), onDone = () => {}, limits = WORKER_LIMITS, local = threadChecker, localMaxBytes = LOCAL_MAX_BYTES }: RunOptions = {},
): Promise<void> {
  const size = workerCount(workers, jobs.length).count;
  const ahead = AHEAD_PER_WORKER * size;
  const workerUrl = workerLocation ?? defaultWorker();
  const { Worker } = await workerThreads();
  const counters = poolCounters();
  return new Promise<void>((resolve, reject) => {
    /** The pool's workers, each with its cell for the story it is on. */
    const members = new Map<Worker, Int32Array>();
    /** Workers of one story each: a story too big for this thread when the pool has no other worker. */
    const aside = new Set<Worker>();
    const finished = new Map<number, StoryOutcome>();
    let emitted = 0;
    let done = 0;
    let draining = false;
    let over = false;
    /** Wakes this thread's member when it waits for stories to be emitted. */
    let wakeLocal: (() => void) | null = null;
    const wake = (): void => {
      const w = wakeLocal;
      wakeLocal = null;
      w?.();
    };
    const stop = (error?: unknown): void => {
      if (over) return;
      over = true;
      // Workers are ended where they are; this thread's member, if it waits, wakes to stop.
      wake();
      const ended = Promise.all([...members.keys(), ...aside].map((w) => w.terminate()));
      if (error === undefined) void ended.then(() => resolve(), reject);
      else reject(error);
    };
    const drain = async (): Promise<void> => {
      if (draining) return;
      draining = true;
      try {
        for (let next = finished.get(emitted); next !== undefined && !over; next = finished.get(emitted)) {
          finished.delete(emitted);
          await emit(next);
          handedOver(counters, ++emitted);
          wake();
        }
      } catch (error) {
        stop(error);
      } finally {
        draining = false;
      }
      if (emitted === jobs.length) stop();
    };
    const finish = (outcome: StoryOutcome): void => {
      if (over) return;
      finished.set(outcome.index, outcome);
      onDone(++done);
      void drain();
    };
    const outOfMemory = (index: number): StoryOutcome => {
      const mb = limits.maxOldGenerationSizeMb;
      return { index, ok: false, error: `ran out of memory in a batch worker${mb ? ` (${mb} MB)` : ''}; check this story on its own` };
    };
    /** Stories each worker was given by this thread and has not answered, in order. */
    const given = new Map<Worker, number[]>();
    const give = (worker: Worker, index: number): void => {
      given.get(worker)!.push(index);
      worker.postMessage(jobs[index]);
    };
    const start = (): Worker => {
      const current = currentCell();
      const pool: PoolData = { jobs, counters, current, ahead };
      // No inherited node flags: a startup snapshot's flags do not apply to workers.
      const worker = new Worker(workerUrl, { execArgv: [], resourceLimits: limits, workerData: { pool } });
      members.set(worker, current);
      given.set(worker, []);
      worker.on('message', (outcome: StoryOutcome) => {
        const mine = given.get(worker)!;
        const at = mine.indexOf(outcome.index);
        if (at >= 0) mine.splice(at, 1);
        finish(outcome);
      });
      worker.on('error', (error: Error & { code?: string }) => {
        const index = Atomics.load(current, ON);
        // The stories it was given and had not begun, and one it had claimed and waited to start.
        const claimed = Atomics.load(current, WAITING);
        const waiting = [...(given.get(worker) ?? []), ...(claimed >= 0 ? [claimed] : [])].filter((i) => i !== index);
        members.delete(worker);
        given.delete(worker);
        if (error.code !== 'ERR_WORKER_OUT_OF_MEMORY' || index < 0) return stop(error);
        const fresh = start();
        for (const next of waiting) give(fresh, next);
        finish(outOfMemory(index));
      });
      worker.on('exit', (code) => {
        // Workers run until the batch stops them.
        if (members.delete(worker)) stop(new Error(`a batch worker stopped early (exit code ${code})`));
      });
      return worker;
    };
    /** The worker with the fewest stories given to it, if there is one. */
    const leastGiven = (): Worker | undefined => {
      let least: Worker | undefined;
      for (const [worker, mine] of given) if (least === undefined || mine.length < given.get(least)!.length) least = worker;
      return least;
    };
    /** Checks one story on a worker of its own (when the pool has no other). */
    const checkAside = (job: StoryJob): Promise<StoryOutcome> =>
      new Promise((settle) => {
        const worker = new Worker(workerUrl, { execArgv: [], resourceLimits: limits });
        aside.add(worker);
        worker.once('message', (outcome: StoryOutcome) => {
          settle(outcome);
          void worker.terminate();
        });
        worker.once('error', (error: Error & { code?: string }) => {
          settle(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? outOfMemory(job.index) : { index: job.index, ok: false, error: `internal error: ${error.message}` });
        });
        worker.once('exit', () => aside.delete(worker));
        worker.postMessage(job);
      });
    /** This thread as a member of the pool; a story too big for it goes to a worker. */
    const checkHere = async (check: StoryChecker): Promise<void> => {
      const pool: PoolData = { jobs, counters, current: currentCell(), ahead };
      await claimStories(
        pool,
        async (job) => {
          if (storyBytes(job) <= localMaxBytes) finish(await check(job));
          else {
            const worker = leastGiven();
            if (worker !== undefined) give(worker, job.index);
            else finish(await checkAside(job));
          }
          // Let the workers' answers in before the next story.
          await new Promise((next) => setImmediate(next));
        },
        { wait: () => new Promise<void>((woken) => (wakeLocal = woken)), stopped: () => over },
      );
    };
    tierUpLater();
    if (jobs.length === 0) return stop();
    for (let i = local === undefined ? 0 : 1; i < size; i++) start();
    if (local !== undefined) checkHere(local).catch(stop);
  });
}

/** A story's size: its files' total, as far as they can be found (a missing one fails when read). */
function storyBytes(job: StoryJob): number {
  let bytes = 0;
  for (const path of job.story.paths) {
    try {
      bytes += statSync(path).size;
    } catch {
      // read and reported by the story's check
    }
  }
  return bytes;
}

/**
 * node:worker_threads, loaded when a batch starts rather than with this module, which the
 * startup snapshot's entry loads: on Node 20, a process started from a snapshot taken with
 * node:worker_threads loaded cannot start workers (each fails at once, "undefined is not an
 * integer typed array", from the worker's process.cwd()). `process.getBuiltinModule` is
 * Node 20.16's; a snapshot has no dynamic import.
 */
async function workerThreads(): Promise<typeof import('node:worker_threads')> {
  const builtin = process.getBuiltinModule?.('node:worker_threads') as typeof import('node:worker_threads') | undefined;
  return builtin ?? import('node:worker_threads');
}

/**
 * V8 hands a function to its optimising compiler once the function has run through its
 * "interrupt budget" of bytecode (67,584 by default in Node 20). For factdiff's extraction
 * that is too early: a function optimised on the first few reports is often deoptimised
 * by the next ones (a term or token of another shape) and optimised again, and that
 * compiling, done on other threads, takes cores that the batch workers need (each worker
 * compiles everything for itself). With a budget of BATCH_INTERRUPT_BUDGET, over the corpus
 * in one process, V8 compiled 204 functions instead of 320 and deoptimised 71 instead of
 * 112; `factdiff batch` on 1,000 reports, two workers, 4 alternating rounds, median 4.6 s
 * wall and 8.1 s of CPU at the default, 3.6 and 6.3 s at 250,000, 3.5 and 6.2 s at 400,000
 * (150,000 and 600,000 a little slower). A single extraction in one process gains no wall
 * time from it (it runs longer in the slower tiers), so only batch sets it. The flag is
 * V8's, for the whole process, its worker threads included; a budget given on node's
 * command line is left as it is.
 */
const BATCH_INTERRUPT_BUDGET = 300_000;

/**
 * The V8 flag a batch sets, or null: when node's command line (`execArgv`) gave a budget of
 * its own, or on a V8 other than the one it was measured on (11.x, Node 20). V8 renames and
 * retires such flags between versions, and an unknown one makes it print an error on stderr.
 */
export function batchV8Flag(execArgv: readonly string[], v8Version: string = process.versions.v8): string | null {
  if (!v8Version.startsWith('11.')) return null;
  return execArgv.some((a) => /^--interrupt[-_]budget(=|$)/.test(a)) ? null : `--interrupt-budget=${BATCH_INTERRUPT_BUDGET}`;
}

function tierUpLater(): void {
  const flag = batchV8Flag(process.execArgv);
  if (flag !== null) setFlagsFromString(flag);
}

/** Stories each worker may run ahead of the one being printed. */
const AHEAD_PER_WORKER = 8;

/**
 * Heap limits of a batch worker. V8 sizes a heap's growth by its maximum: with the
 * defaults, each worker's heap grew to about 116 MB on a long batch while its live data
 * stayed under 60 MB, and the peak RSS of a batch grew with its size (8,000 reports: 284
 * and 321 MB in two runs); with these, 182 and 183 MB, at the same speed (24.3 and 25.2 s
 * against 24.7 and 25.5 s; /usr/bin/time on a scratch script running runStories).
 * A semi-space size on node's command line takes precedence over the young generation's:
 * the batch child that bin/factdiff.js starts (bin/batch-child.js) gives 2 MB, and its
 * workers have 4 MB of new space instead of 8 (measured with v8.getHeapSpaceStatistics).
 */
export const WORKER_LIMITS: ResourceLimits = { maxOldGenerationSizeMb: 1024, maxYoungGenerationSizeMb: 8 };

/**
 * Memory the pool may count on: the machine's, or the container's limit when it has one
 * (`process.constrainedMemory`, 0 or a huge number when there is none).
 */
function usableMemory(): number {
  const limit = process.constrainedMemory?.() ?? 0;
  return limit > 0 && limit < totalmem() ? limit : totalmem();
}

/**
 * How many threads check stories: as many as asked (default: one per core), but never more
 * than there are stories, nor than the memory holds if each thread's heap grew to its
 * limit (WORKER_LIMITS: 1 GB; 24 threads on a 24 GB machine). `--jobs 1000` started 1,000
 * threads, 3.7 GB for 150 stories (issue 25, item 8). `note` says when the memory lowered
 * an explicit --jobs.
 */
export function workerCount(requested: number | undefined, stories: number, memory: number = usableMemory()): { count: number; note: string | null } {
  const heapMb = WORKER_LIMITS.maxOldGenerationSizeMb ?? 1024;
  const byMemory = Math.max(1, Math.floor(memory / (heapMb * 2 ** 20)));
  const count = Math.max(1, Math.min(requested ?? availableParallelism(), stories, byMemory));
  const lowered = requested !== undefined && count < requested && count === byMemory && byMemory < stories;
  const note = lowered ? `--jobs ${requested}: ${byMemory} at most here (a thread may take ${heapMb} MB; ${Math.round(memory / 2 ** 20)} MB of memory)` : null;
  return { count, note };
}
