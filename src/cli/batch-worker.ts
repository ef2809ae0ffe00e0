/**
 * A batch worker thread. Started as a member of the pool (batch.ts gives it the jobs and
 * the pool's shared counters as workerData), it claims the next story itself, one after
 * another, until none is left (pool.ts), and answers with each outcome. Stories it is
 * sent as messages (ones too big for the main thread, or every story of a worker started
 * without a pool) it checks first, and it goes on taking them until it is stopped.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { StoryJob } from './batch.js';
import { claimStories, handOverAfter, ON, type PoolData } from './pool.js';
import { checkStory } from './story.js';

const given: StoryJob[] = [];
/** Wakes the claiming loop when it waits and a story is given. */
let wake: (() => void) | null = null;
/** The loop over given stories once there is nothing left to claim. */
let serving: Promise<void> | null = null;

const answer = async (job: StoryJob): Promise<void> => {
  parentPort!.postMessage(await checkStory(job));
};

const pool = (workerData as { pool?: PoolData } | null)?.pool;

const serveGiven = async (): Promise<void> => {
  for (let job = given.shift(); job !== undefined; job = given.shift()) {
    if (pool !== undefined) Atomics.store(pool.current, ON, job.index);
    await answer(job);
    if (pool !== undefined) Atomics.store(pool.current, ON, -1);
  }
  serving = null;
};

let claiming = false;
parentPort!.on('message', (job: StoryJob) => {
  given.push(job);
  const w = wake;
  wake = null;
  w?.();
  if (!claiming) serving ??= serveGiven();
});

if (pool !== undefined) {
  claiming = true;
  void claimStories(pool, answer, {
    given: () => given.shift(),
    wait: (counters, seen) => Promise.race([handOverAfter(counters, seen), new Promise<void>((woken) => (wake = woken))]),
  }).then(() => {
    claiming = false;
    if (given.length > 0) serving ??= serveGiven();
  });
}
