/**
 * How the members of a batch's pool share out its stories: each member (a worker thread,
 * and the main thread when it takes part) claims the next unclaimed story itself from a
 * counter in shared memory, so none waits for another thread to hand it work. Stories are
 * handed over in order on the main thread; no member claims a story more than `ahead`
 * places past the last one handed over, so a batch holds only a few stories at a time.
 */
import type { StoryJob } from './batch.js';

/** Cells of the pool's counters. */
const NEXT = 0;
const EMITTED = 1;

/** What each member of the pool is given. */
export interface PoolData {
  readonly jobs: readonly StoryJob[];
  /** The next story to claim and the stories handed over so far, shared by every member. */
  readonly counters: Int32Array;
  /**
   * The story this member is on, and the one it has claimed and waits to start (-1 for
   * none): the main thread reads them when a worker dies.
   */
  readonly current: Int32Array;
  /** How far past the last story handed over a member may claim. */
  readonly ahead: number;
}

/** A pool's counters, at zero. */
export function poolCounters(): Int32Array {
  return new Int32Array(new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT));
}

/** Cells of a member's `current`. */
export const ON = 0;
export const WAITING = 1;

/** A member's cells for the story it is on and the one it waits to start. */
export function currentCell(): Int32Array {
  const cells = new Int32Array(new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT));
  cells.fill(-1);
  return cells;
}

/** Records that `count` stories have been handed over, and wakes members waiting for it. */
export function handedOver(counters: Int32Array, count: number): void {
  Atomics.store(counters, EMITTED, count);
  Atomics.notify(counters, EMITTED);
}

/**
 * How a member waits until more than `seen` stories have been handed over, or until it is
 * handed a story of its own (a worker, see claimStories).
 */
export type WaitForHandOver = (counters: Int32Array, seen: number) => Promise<unknown>;

/** Waits (without blocking the thread) until more than `seen` stories have been handed over. */
export function handOverAfter(counters: Int32Array, seen: number): Promise<unknown> {
  const waited = Atomics.waitAsync(counters, EMITTED, seen);
  return waited.async ? waited.value : Promise.resolve(waited.value);
}

/** What claimStories is told. */
export interface Claiming {
  /** Waits for a hand-over or a story given; by default for a hand-over. */
  readonly wait?: WaitForHandOver;
  /** True once the batch is stopping. */
  readonly stopped?: () => boolean;
  /** Stories given to this member to check (stories too big for the main thread), taken first. */
  readonly given?: () => StoryJob | undefined;
}

/**
 * Claims stories one after another and runs each, until none is left or `stopped` says
 * so; a story given to this member runs before the next claim, and while it waits to
 * start a claimed one (a story given is one that an earlier hand-over waits for). `run`
 * settles once the story's outcome is on its way to the main thread.
 */
export async function claimStories(
  pool: PoolData,
  run: (job: StoryJob) => Promise<void>,
  { wait = handOverAfter, stopped = () => false, given = () => undefined }: Claiming = {},
): Promise<void> {
  const runOne = async (job: StoryJob): Promise<void> => {
    Atomics.store(pool.current, ON, job.index);
    await run(job);
    Atomics.store(pool.current, ON, -1);
  };
  while (!stopped()) {
    const first = given();
    if (first !== undefined) {
      await runOne(first);
      continue;
    }
    const index = Atomics.add(pool.counters, NEXT, 1);
    if (index >= pool.jobs.length) return;
    Atomics.store(pool.current, WAITING, index);
    for (let seen = Atomics.load(pool.counters, EMITTED); index >= seen + pool.ahead; seen = Atomics.load(pool.counters, EMITTED)) {
      if (stopped()) return;
      const job = given();
      if (job !== undefined) await runOne(job);
      else await wait(pool.counters, seen);
    }
    Atomics.store(pool.current, WAITING, -1);
    await runOne(pool.jobs[index]!);
  }
}
