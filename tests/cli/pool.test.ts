/** src/cli/pool.ts: how the members of a batch's pool claim its stories. */
import { describe, expect, it } from 'vitest';
import type { StoryJob } from '../../src/cli/batch.js';
import { claimStories, currentCell, handedOver, ON, poolCounters, WAITING, type PoolData } from '../../src/cli/pool.js';

const jobs = (n: number): StoryJob[] =>
  Array.from({ length: n }, (_, index) => ({ index, story: { name: `s${index}`, paths: [], reference: false }, options: {}, maxBytes: 1, encoding: 'auto' as const }));
const tick = (): Promise<void> => new Promise((r) => setImmediate(r));

describe('claimStories', () => {
  it('gives every story to exactly one member, and none more than `ahead` past the last handed over', async () => {
    const all = jobs(60);
    const counters = poolCounters();
    const ahead = 4;
    const finished = new Set<number>();
    let emitted = 0;
    const claimedAt: [number, number][] = [];
    const member = (name: string, seen: string[]): Promise<void> => {
      const pool: PoolData = { jobs: all, counters, current: currentCell(), ahead };
      return claimStories(pool, async (job) => {
        claimedAt.push([job.index, emitted]);
        seen.push(name);
        // Stories take different times: the last member's are slow.
        for (let t = 0; t < (name === 'c' ? 3 : 1); t++) await tick();
        finished.add(job.index);
        while (finished.has(emitted)) handedOver(counters, ++emitted);
      });
    };
    const seen: string[] = [];
    await Promise.all(['a', 'b', 'c'].map((name) => member(name, seen)));
    expect(claimedAt.map(([i]) => i).sort((x, y) => x - y)).toEqual(all.map((j) => j.index));
    for (const [index, handed] of claimedAt) expect(index).toBeLessThan(handed + ahead);
    expect(emitted).toBe(60);
    expect(new Set(seen)).toEqual(new Set(['a', 'b', 'c']));
  });

  it('runs a story given to it before its next claim, and while it waits to start one it claimed', async () => {
    const all = jobs(5);
    const counters = poolCounters();
    const pool: PoolData = { jobs: all, counters, current: currentCell(), ahead: 1 };
    const given: StoryJob[] = [];
    const order: number[] = [];
    let handed = 0;
    let waits = 0;
    // Story 0 is not handed over at once, so story 1 waits; while it waits, story 4 is given
    // (as the main thread gives a worker a story too big for itself), runs, and hands 0 over.
    // Story 0 is given again while story 2 runs: it runs before story 3 is claimed.
    const waitingDuring: number[] = [];
    await claimStories(pool, async (job) => {
      order.push(job.index);
      waitingDuring.push(pool.current[WAITING]!);
      if (job.index === 2) given.push(all[0]!);
      if (job.index !== 0 || handed > 0) handedOver(counters, ++handed);
    }, {
      given: () => given.shift(),
      wait: async () => {
        waits++;
        given.push(all[4]!);
      },
    });
    expect(order).toEqual([0, 4, 1, 2, 0, 3, 4]);
    // While story 4 ran, story 1 was claimed and waiting: a worker that died then would leave it to a fresh one.
    expect(waitingDuring).toEqual([-1, 1, -1, -1, -1, -1, -1]);
    expect(waits).toBe(1);
  });

  it('records the story it is on, for the main thread to fail if the worker dies', async () => {
    const pool: PoolData = { jobs: jobs(3), counters: poolCounters(), current: currentCell(), ahead: 10 };
    const during: number[] = [];
    await claimStories(pool, async (job) => {
      during.push(Atomics.load(pool.current, ON));
      expect(pool.current[WAITING]).toBe(-1);
      expect(job.index).toBe(during.at(-1));
    });
    expect(during).toEqual([0, 1, 2]);
    expect([...pool.current]).toEqual([-1, -1]);
  });

  it('stops claiming once the batch stops', async () => {
    const pool: PoolData = { jobs: jobs(10), counters: poolCounters(), current: currentCell(), ahead: 10 };
    const ran: number[] = [];
    await claimStories(pool, async (job) => {
      ran.push(job.index);
    }, { stopped: () => ran.length >= 3 });
    expect(ran).toEqual([0, 1, 2]);
  });
});
