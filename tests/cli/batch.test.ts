import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { batchDir, ROOT, runCli } from '../helpers.js';
import { batchV8Flag, runStories, workerCount, type StoryJob, type StoryOutcome } from '../../src/cli/batch.js';
import { checkStory } from '../../src/cli/story.js';

describe('batch', () => {
  it('checks every story in name order; a failing story fails alone and the run exits 2', async () => {
    const { code, stdout, stderr } = await runCli(['batch', batchDir(), '-f', 'json']);
    expect(code).toBe(2);
    const doc = JSON.parse(stdout);
    expect(doc.stories.map((s: { name: string; ok: boolean }) => [s.name, s.ok])).toEqual([
      ['a-broken', false],
      ['council-titles', true],
      ['plant-explosion', true],
    ]);
    expect(doc.summary.failed).toBe(1);
    expect(stderr).toMatch(/a-broken: needs at least two reports/);
  });

  it('jsonl ends with one summary; the same input gives the same bytes', async () => {
    const dir = batchDir();
    const first = await runCli(['batch', dir, '-f', 'jsonl']);
    const second = await runCli(['batch', dir, '-f', 'jsonl']);
    expect(first.stdout).toBe(second.stdout);
    const lines = first.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.at(-1).type).toBe('summary');
    expect(lines.filter((l) => l.type === 'error')).toHaveLength(1);
  });

  it('reads a JSON manifest and a CSV manifest, with a reference', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'factdiff-manifest-'));
    writeFileSync(join(dir, 'm.json'), JSON.stringify([{ name: 'council', reference: `${ROOT}/fixtures/council-titles/herald.txt`, reports: [`${ROOT}/fixtures/council-titles/gazette.txt`] }]));
    const json = await runCli(['batch', join(dir, 'm.json'), '-f', 'json', '--allow-outside']);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout).stories[0].name).toBe('council');
    writeFileSync(join(dir, 'm.csv'), `story,path,role\ncouncil,${ROOT}/fixtures/council-titles/herald.txt,reference\ncouncil,${ROOT}/fixtures/council-titles/gazette.txt\n`);
    const csv = await runCli(['batch', join(dir, 'm.csv'), '-f', 'json', '--allow-outside']);
    expect(JSON.parse(csv.stdout).stories[0].reports.map((r: { path: string }) => r.path.split('/').pop())).toEqual(['herald.txt', 'gazette.txt']);
  });

  it('counts one story as one story, in every format\'s totals', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'factdiff-one-story-'));
    writeFileSync(join(dir, 'm.json'), JSON.stringify([{ name: 'one', reports: ['gazette.txt', 'herald.txt'].map((f) => join(ROOT, 'fixtures/council-titles', f)) }]));
    for (const [format, totals] of [['text', /^1 story, 0 failed: /m], ['markdown', /^\*\*1 story, 0 failed:\*\* /m], ['github', /^::notice::factdiff: 1 story, 0 failed: /m]] as const) {
      const r = await runCli(['batch', join(dir, 'm.json'), '--allow-outside', '-f', format, '--color', 'never']);
      expect(r.stdout).toMatch(totals);
    }
  });

  it('refuses a missing target', async () => {
    expect(await runCli(['batch', '/nonexistent-dir'])).toEqual({ code: 2, stdout: '', stderr: 'factdiff: /nonexistent-dir: no such directory or manifest\n' });
  });

  it('prints stories in order as they finish, and --output gets the same bytes; JSON is pretty-printed whole', async () => {
    const dir = batchDir();
    const out = join(mkdtempSync(join(tmpdir(), 'factdiff-out-')), 'batch.json');
    const printed = await runCli(['batch', dir, '-f', 'json']);
    const written = await runCli(['batch', dir, '-f', 'json', '-o', out]);
    expect(written.stdout).toBe('');
    expect(readFileSync(out, 'utf8')).toBe(printed.stdout);
    expect(printed.stdout).toBe(`${JSON.stringify(JSON.parse(printed.stdout), null, 2)}\n`);
    expect(readdirSync(join(out, '..'))).toEqual(['batch.json']);
    const text = await runCli(['batch', dir, '--color', 'never']);
    expect([...text.stdout.matchAll(/^=== (.+) ===$/gm)].map((m) => m[1])).toEqual(['a-broken', 'council-titles', 'plant-explosion']);
    expect(text.stdout).toMatch(/^3 stories, 1 failed: \d+ conflicts, .*\d+ agree/m);
  });

  it('runs on as many workers as --jobs says, with the same output; refuses a --jobs that is no count', async () => {
    const dir = batchDir();
    const one = await runCli(['batch', dir, '-f', 'jsonl', '--jobs', '1']);
    const all = await runCli(['batch', dir, '-f', 'jsonl']);
    expect(one.stdout).toBe(all.stdout);
    for (const bad of ['0', '1.5', 'many']) {
      const r = await runCli(['batch', dir, '-j', bad]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(new RegExp(`--jobs: '${bad.replace('.', '\\.')}' is not a positive whole number`));
    }
  });

  it('refuses an --output that is one of the reports, and leaves it as it was', async () => {
    const dir = batchDir();
    const report = join(dir, 'plant-explosion', 'wire.txt');
    const before = readFileSync(report, 'utf8');
    const r = await runCli(['batch', dir, '-o', report]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/is one of the reports/);
    expect(readFileSync(report, 'utf8')).toBe(before);
  });
});

/**
 * A batch directory whose first story exhausts a 32 MB worker heap (nested quote marks keep
 * every token), followed by small fixture stories with these names.
 */
function hugeThenSmall(prefix: string, small: readonly string[]): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  mkdirSync(join(dir, 'a-huge'));
  writeFileSync(join(dir, 'a-huge', '1.txt'), '“a ‘b “c ‘d '.repeat(120_000));
  writeFileSync(join(dir, 'a-huge', '2.txt'), 'Seven people died.');
  for (const name of small) {
    mkdirSync(join(dir, name));
    for (const f of ['wire.txt', 'local.txt']) cpSync(join(ROOT, 'fixtures', 'plant-explosion', f), join(dir, name, f));
  }
  return dir;
}

/** The stories of a batch directory, as jobs for runStories. */
const jobsOf = (dir: string): StoryJob[] =>
  readdirSync(dir).sort().map((name, index) => ({
    index,
    story: { name, paths: readdirSync(join(dir, name)).sort().map((f) => join(dir, name, f)), reference: false },
    options: {},
    maxBytes: 20 * 2 ** 20,
    encoding: 'auto' as const,
  }));

describe('the batch worker pool', () => {

  it('hands outcomes over in story order even when a later story finishes first', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'factdiff-order-'));
    const long = readFileSync(join(ROOT, 'fixtures', 'plant-explosion', 'wire.txt'), 'utf8').repeat(30);
    for (let i = 0; i < 6; i++) {
      mkdirSync(join(dir, `s${i}`));
      writeFileSync(join(dir, `s${i}`, 'a.txt'), i === 0 ? long : 'Seven people died, Mayor Anna Kovacs said.');
      writeFileSync(join(dir, `s${i}`, 'b.txt'), 'Eight people died, Kovacs said.');
    }
    const order: number[] = [];
    await runStories(jobsOf(dir), (o) => {
      order.push(o.index);
    });
    expect(order).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('fails a story that exhausts its worker\'s memory alone, and goes on with a fresh worker', async () => {
    const dir = hugeThenSmall('factdiff-oom-', ['b-small']);
    const outcomes: StoryOutcome[] = [];
    await runStories(jobsOf(dir), (o) => {
      outcomes.push(o);
    }, { limits: { maxOldGenerationSizeMb: 32, maxYoungGenerationSizeMb: 8 } });
    expect(outcomes.map((o) => [o.index, o.ok])).toEqual([[0, false], [1, true]]);
    expect(outcomes[0]).toMatchObject({ error: expect.stringMatching(/ran out of memory in a batch worker \(32 MB\); check this story on its own/) });
  }, 30_000);

  it('hands the stories a worker held but had not begun to a fresh worker when it runs out of memory', async () => {
    const dir = hugeThenSmall('factdiff-oom-held-', ['b-small', 'c-small']);
    const outcomes: StoryOutcome[] = [];
    await runStories(jobsOf(dir), (o) => {
      outcomes.push(o);
    }, { workers: 1, limits: { maxOldGenerationSizeMb: 32, maxYoungGenerationSizeMb: 8 } });
    expect(outcomes.map((o) => [o.index, o.ok])).toEqual([[0, false], [1, true], [2, true]]);
  }, 30_000);
});

describe('this thread as a member of the pool', () => {
  const clusters = join(ROOT, 'fixtures', 'clusters');
  /** A checker for this thread that records the stories it was asked to check. */
  const recording = (here: number[]) => (job: StoryJob) => {
    here.push(job.index);
    return checkStory(job);
  };
  const outcomesOf = async (jobs: StoryJob[], options: Parameters<typeof runStories>[2]): Promise<StoryOutcome[]> => {
    const outcomes: StoryOutcome[] = [];
    await runStories(jobs, (o) => {
      outcomes.push(o);
    }, options);
    return outcomes;
  };

  it('checks stories beside the workers and hands over what the workers alone would, in story order', async () => {
    const jobs = jobsOf(clusters);
    const here: number[] = [];
    const shared = await outcomesOf(jobs, { workers: 2, local: recording(here) });
    const workersOnly = await outcomesOf(jobs, { workers: 2, local: undefined });
    expect(shared.map((o) => o.index)).toEqual(jobs.map((j) => j.index));
    expect(JSON.stringify(shared)).toBe(JSON.stringify(workersOnly));
    // A worker starts cold (loading compromise): this thread has checked some stories by then.
    expect(here.length).toBeGreaterThan(0);
    expect(new Set(here).size).toBe(here.length);
  }, 30_000);

  it('checks every story itself when it is the only member, and gives a larger one to a worker of its own', async () => {
    const jobs = jobsOf(clusters);
    const sizes = jobs.map((j) => j.story.paths.reduce((n, p) => n + readFileSync(p).length, 0));
    const limit = [...sizes].sort((a, b) => a - b)[Math.floor(sizes.length / 2)]!;
    const here: number[] = [];
    const outcomes = await outcomesOf(jobs, { workers: 1, local: recording(here), localMaxBytes: limit });
    expect(outcomes.map((o) => [o.index, o.ok])).toEqual(jobs.map((j) => [j.index, true]));
    expect(here).toEqual(jobs.filter((_, i) => sizes[i]! <= limit).map((j) => j.index));
  }, 30_000);

  it('gives a story too big for it to the pool\'s worker, which fails it alone if it runs out of memory and goes on', async () => {
    const dir = hugeThenSmall('factdiff-local-oom-', ['b-small', 'c-small', 'd-small']);
    const here: number[] = [];
    // Every story is too big for this thread: each goes to the worker, held there while it checks the first.
    const outcomes = await outcomesOf(jobsOf(dir), { workers: 2, local: recording(here), localMaxBytes: 100, limits: { maxOldGenerationSizeMb: 32, maxYoungGenerationSizeMb: 8 } });
    expect(outcomes.map((o) => [o.index, o.ok])).toEqual([[0, false], [1, true], [2, true], [3, true]]);
    expect(outcomes[0]).toMatchObject({ error: expect.stringMatching(/ran out of memory in a batch worker \(32 MB\)/) });
    expect(here).toEqual([]);
  }, 30_000);
});

describe("batch's V8 tiering flag", () => {
  it('raises the interrupt budget unless node was given one', () => {
    const v8 = '11.3.244.8-node.38';
    expect(batchV8Flag([], v8)).toMatch(/^--interrupt-budget=\d+$/);
    expect(batchV8Flag(['--max-old-space-size=4096'], v8)).toMatch(/^--interrupt-budget=\d+$/);
    expect(batchV8Flag(['--interrupt-budget=67584'], v8)).toBeNull();
    expect(batchV8Flag(['--interrupt_budget=1000'], v8)).toBeNull();
    expect(batchV8Flag(['--interrupt-budget-factor-for-feedback-allocation=8'], v8)).toMatch(/^--interrupt-budget=/);
  });

  it('leaves other V8 versions alone (the flag may be gone there)', () => {
    expect(batchV8Flag([], '12.4.254.21-node.33')).toBeNull();
    expect(batchV8Flag([], '10.2.154.26-node.26')).toBeNull();
  });

});

describe('how many threads a batch starts (issue 25, item 8)', () => {
  const GB = 2 ** 30;
  it.each([
    // requested, stories, memory → threads, and whether --jobs was lowered for memory
    [1000, 150, 24 * GB, 24, true],
    [1000, 3, 24 * GB, 3, false],
    [4, 150, 24 * GB, 4, false],
    [8, 150, 2.5 * GB, 2, true],
    [8, 150, 0.5 * GB, 1, true],
    [undefined, 1, 24 * GB, 1, false],
  ])('--jobs %s, %i stories, %d bytes: %i threads', (requested, stories, memory, count, noted) => {
    const { count: got, note } = workerCount(requested, stories, memory);
    expect(got).toBe(count);
    expect(note !== null).toBe(noted);
    if (noted) expect(note).toMatch(new RegExp(`^--jobs ${requested}: ${count} at most here`));
  });
});
