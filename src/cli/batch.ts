/**
 * `factdiff batch <dir|manifest>`: many stories at once.
 *
 * A story is a group of reports: each subdirectory of a directory (files sorted by name;
 * `reference.*` or `--reference-name` marks the reference), or a group in a JSON or CSV
 * manifest. Stories are checked in parallel on worker threads and printed in a stable
 * order; a story whose files cannot be read fails on its own and the rest go on.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { dirname, extname, join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import type { ResourceLimits, Worker } from 'node:worker_threads';
import { FactdiffError } from '../errors.js';
import type { CheckOptions, CheckResult } from '../types.js';
import type { EncodingName } from '../read/index.js';

/** One group of reports to check together. */
export interface Story {
  /** Name shown in output: the directory name or the manifest's group name. */
  readonly name: string;
  /** Report paths; the reference first when there is one. */
  readonly paths: readonly string[];
  /** True when the first path is the reference. */
  readonly reference: boolean;
}

/** What a worker is asked to do. */
export interface StoryJob {
  readonly index: number;
  readonly story: Story;
  readonly options: CheckOptions;
  readonly maxBytes: number;
  readonly encoding: EncodingName;
}

/** What a worker answers. */
export type StoryOutcome =
  | { readonly index: number; readonly ok: true; readonly result: CheckResult; readonly warnings: readonly string[] }
  | { readonly index: number; readonly ok: false; readonly error: string };

/** Finds the stories of a directory or manifest. */
export async function findStories(target: string, referenceName: string | undefined): Promise<Story[]> {
  let info;
  try {
    info = await stat(target);
  } catch {
    throw new FactdiffError(`${target}: no such directory or manifest`);
  }
  if (info.isDirectory()) return storiesOfDirectory(target, referenceName);
  const text = await readFile(target, 'utf8');
  const base = dirname(target);
  return extname(target).toLowerCase() === '.csv' ? storiesOfCsv(text, base, target) : storiesOfJson(text, base, target);
}

/** Files that are reports: plain text or Markdown, or no extension at all. */
const REPORT_FILE = /(?:\.(?:txt|text|md|markdown)|^[^.]+)$/i;

function isReference(file: string, referenceName: string | undefined): boolean {
  return referenceName !== undefined ? file === referenceName : /^reference(\.|$)/i.test(file);
}

async function storiesOfDirectory(dir: string, referenceName: string | undefined): Promise<Story[]> {
  const entries = (await readdir(dir, { withFileTypes: true })).filter((e) => e.isDirectory() && !e.name.startsWith('.'));
  const stories: Story[] = [];
  for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const files = (await readdir(join(dir, e.name), { withFileTypes: true }))
      .filter((f) => !f.isDirectory() && !f.name.startsWith('.') && REPORT_FILE.test(f.name))
      .map((f) => f.name)
      .sort();
    const ref = files.find((f) => isReference(f, referenceName));
    const ordered = ref ? [ref, ...files.filter((f) => f !== ref)] : files;
    stories.push({ name: e.name, paths: ordered.map((f) => join(dir, e.name, f)), reference: ref !== undefined });
  }
  return stories;
}

/** JSON manifest: `[{"name": "…", "reports": ["a.txt", …], "reference": "wire.txt"}]` (or `{"stories": […]}`). */
function storiesOfJson(text: string, base: string, path: string): Story[] {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    throw new FactdiffError(`${path}: not valid JSON (${(error as Error).message})`);
  }
  const groups = Array.isArray(doc) ? doc : (doc as { stories?: unknown }).stories;
  if (!Array.isArray(groups)) throw new FactdiffError(`${path}: expected a list of stories or {"stories": [...]}`);
  return groups.map((g: unknown, i) => {
    const group = g as { name?: unknown; reports?: unknown; reference?: unknown };
    if (!Array.isArray(group.reports) || !group.reports.every((r) => typeof r === 'string')) {
      throw new FactdiffError(`${path}: story ${i + 1}: "reports" must be a list of paths`);
    }
    const ref = typeof group.reference === 'string' ? [group.reference] : [];
    return {
      name: typeof group.name === 'string' ? group.name : `story ${i + 1}`,
      paths: [...ref, ...(group.reports as string[])].map((p) => resolvePath(base, p)),
      reference: ref.length > 0,
    };
  });
}

/** CSV manifest: `story,path[,role]` per line (a header line is allowed); role `reference` marks it. */
function storiesOfCsv(text: string, base: string, path: string): Story[] {
  const groups = new Map<string, { paths: string[]; reference: string | null }>();
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '' || (i === 0 && /^story\s*,/i.test(line))) return;
    const [story, file, role] = line.split(',').map((c) => c.trim().replace(/^"|"$/g, ''));
    if (!story || !file) throw new FactdiffError(`${path}:${i + 1}: expected "story,path[,role]"`);
    const g = groups.get(story) ?? { paths: [], reference: null };
    if (role?.toLowerCase() === 'reference') g.reference = resolvePath(base, file);
    else g.paths.push(resolvePath(base, file));
    groups.set(story, g);
  });
  return [...groups].map(([name, g]) => ({ name, paths: g.reference ? [g.reference, ...g.paths] : g.paths, reference: g.reference !== null }));
}

function resolvePath(base: string, p: string): string {
  return p.startsWith('/') ? p : join(base, p);
}

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

/** How runStories runs. */
export interface RunOptions {
  /** Worker threads (default: one per core); never more than there are stories. */
  readonly workers?: number;
  /** Hears how many stories have finished (for a progress line). */
  readonly onDone?: (done: number) => void;
  /** Each worker's heap limits (default WORKER_LIMITS). */
  readonly limits?: ResourceLimits;
}

/**
 * Runs the jobs on a pool of worker threads and hands each outcome to `emit` in job
 * order, one at a time (the next once the last one's promise settles). A finished story
 * waits only for the ones before it, and no worker starts a story more than AHEAD places
 * past the one being emitted, so memory stays bounded however many stories there are.
 * Each worker holds HELD_PER_WORKER stories: the one it checks and the next, so that it
 * goes straight on instead of waiting for this thread, which shares the cores with the
 * workers, to answer. A story that exhausts its worker's memory fails alone; a fresh
 * worker takes over the stories the old one held but had not begun.
 */
export async function runStories(
  jobs: readonly StoryJob[],
  emit: (outcome: StoryOutcome) => void | Promise<void>,
  { workers = availableParallelism(), onDone = () => {}, limits = WORKER_LIMITS }: RunOptions = {},
): Promise<void> {
  const size = Math.max(1, Math.min(workers, jobs.length));
  const ahead = AHEAD_PER_WORKER * size;
  const workerUrl = workerLocation ?? defaultWorker();
  const { Worker } = await workerThreads();
  return new Promise<void>((resolve, reject) => {
    /**
     * The stories each worker holds, in the order it was given them. A worker checks its
     * stories one after another, so the first is the one it is on.
     */
    const held = new Map<Worker, number[]>();
    const finished = new Map<number, StoryOutcome>();
    let fed = 0;
    let emitted = 0;
    let done = 0;
    let draining = false;
    let over = false;
    const stop = (error?: unknown): void => {
      if (over) return;
      over = true;
      const ended = Promise.all([...held.keys()].map((w) => w.terminate()));
      if (error === undefined) void ended.then(() => resolve(), reject);
      else reject(error);
    };
    const give = (worker: Worker, index: number): void => {
      held.get(worker)!.push(index);
      worker.postMessage(jobs[index]);
    };
    /** The worker holding the fewest stories, if it may take another. */
    const leastHeld = (): Worker | undefined => {
      let least: Worker | undefined;
      let count = HELD_PER_WORKER;
      for (const [worker, stories] of held) {
        if (stories.length < count) {
          least = worker;
          count = stories.length;
        }
      }
      return least;
    };
    const feed = (): void => {
      while (!over && fed < jobs.length && fed < emitted + ahead) {
        const worker = leastHeld();
        if (worker === undefined) break;
        give(worker, fed++);
      }
    };
    const drain = async (): Promise<void> => {
      if (draining) return;
      draining = true;
      try {
        for (let next = finished.get(emitted); next !== undefined && !over; next = finished.get(emitted)) {
          finished.delete(emitted);
          await emit(next);
          emitted++;
          feed();
        }
      } catch (error) {
        stop(error);
      } finally {
        draining = false;
      }
      if (emitted === jobs.length) stop();
    };
    const finish = (outcome: StoryOutcome): void => {
      finished.set(outcome.index, outcome);
      onDone(++done);
      feed();
      void drain();
    };
    const start = (): Worker => {
      // No inherited node flags: a startup snapshot's flags do not apply to workers.
      const worker = new Worker(workerUrl, { execArgv: [], resourceLimits: limits });
      held.set(worker, []);
      worker.on('message', (outcome: StoryOutcome) => {
        const stories = held.get(worker)!;
        const at = stories.indexOf(outcome.index);
        if (at >= 0) stories.splice(at, 1);
        finish(outcome);
      });
      worker.on('error', (error: Error & { code?: string }) => {
        const [index, ...waiting] = held.get(worker) ?? [];
        if (error.code !== 'ERR_WORKER_OUT_OF_MEMORY' || index === undefined) return stop(error);
        held.delete(worker);
        const fresh = start();
        for (const next of waiting) give(fresh, next);
        const mb = limits.maxOldGenerationSizeMb;
        finish({ index, ok: false, error: `ran out of memory in a batch worker${mb ? ` (${mb} MB)` : ''}; check this story on its own` });
      });
      worker.on('exit', (code) => {
        if (held.has(worker)) stop(new Error(`a batch worker stopped early (exit code ${code})`));
      });
      return worker;
    };
    tierUpLater();
    for (let i = 0; i < size; i++) start();
    if (jobs.length === 0) stop();
    else feed();
  });
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

/** Stories a worker holds at once: the one it checks and the one it goes on to. */
const HELD_PER_WORKER = 2;

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
