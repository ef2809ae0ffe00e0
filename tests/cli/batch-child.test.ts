/** bin/batch-child.js: when bin/factdiff.js runs a batch in a child process with V8 flags. */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';

type Host = { cores: number; countStories: (target: string) => number };
const { batchChildArgs, batchNodeFlags, countStories, BATCH_NODE_FLAGS, MIN_STORIES, VALUE_OPTIONS } = createRequire(import.meta.url)('../../bin/batch-child.js') as {
  batchChildArgs: (args: string[], execArgv: string[], env: Record<string, string | undefined>, v8Version: string, host: Partial<Host> & { snapshot: string | null; launcher: string }) => string[] | null;
  batchNodeFlags: (args: string[], execArgv: string[], env: Record<string, string | undefined>, v8Version: string, host?: Host) => string[] | null;
  countStories: (target: string) => number;
  BATCH_NODE_FLAGS: string[];
  MIN_STORIES: number;
  VALUE_OPTIONS: Set<string>;
};
const NODE_20_V8 = '11.3.244.8-node.33';
/** Two cores, and `stories` stories in any target. */
const host = (stories: number, cores = 2): Host => ({ cores, countStories: () => stories });
const flags = (args: string[], h: Host = host(MIN_STORIES), execArgv: string[] = [], env = {}, v8 = NODE_20_V8) => batchNodeFlags(args, execArgv, env, v8, h);

describe('batchNodeFlags', () => {
  it('gives the flags for a batch of MIN_STORIES stories or more on Node 20 with no node flags of its own', () => {
    expect(BATCH_NODE_FLAGS).toEqual(['--single-threaded', '--max-semi-space-size=2', '--max-old-space-size=1024']);
    expect(flags(['batch', 'stories/', '-q'])).toEqual(BATCH_NODE_FLAGS);
    expect(flags(['batch', '--format', 'json', '-o', 'out.json', 'stories/'])).toEqual(BATCH_NODE_FLAGS);
  });

  it('runs a small batch in the process', () => {
    expect(flags(['batch', 'stories/'], host(MIN_STORIES - 1))).toBeNull();
    expect(flags(['batch', 'stories/'], host(0))).toBeNull();
  });

  it('runs in the process with fewer than two workers', () => {
    for (const args of [['batch', '-j', '1', 'd'], ['batch', '--jobs', '1', 'd'], ['batch', '--jobs=1', 'd'], ['batch', 'd', '-j1']]) expect(flags(args)).toBeNull();
    expect(flags(['batch', 'd'], host(MIN_STORIES, 1))).toBeNull();
    expect(flags(['batch', '-j', '2', 'd'])).toEqual(BATCH_NODE_FLAGS);
  });

  it('counts the stories of the target, not of an option\'s value', () => {
    const seen: string[] = [];
    const counting: Host = { cores: 2, countStories: (t) => (seen.push(t), MIN_STORIES) };
    batchNodeFlags(['batch', '--config', 'cfg.json', '--reference-name', 'ref.txt', '-f', 'json', 'the-dir', 'extra'], [], {}, NODE_20_V8, counting);
    batchNodeFlags(['batch', '-q', '--', '-odd-name'], [], {}, NODE_20_V8, counting);
    expect(seen).toEqual(['the-dir', '-odd-name']);
  });

  it('runs in the process for any other command, and for help or settings', () => {
    for (const args of [[], ['a.txt', 'b.txt'], ['extract', 'a.txt'], ['batch', '--help'], ['batch', 'dir', '-h'], ['batch', 'dir', '--print-config'], ['a.txt', 'batch'], ['batch']]) {
      expect(flags(args)).toBeNull();
    }
  });

  it('leaves node flags the user gave, and the child itself, in the process', () => {
    expect(flags(['batch', 'dir'], host(MIN_STORIES), ['--max-old-space-size=4096'])).toBeNull();
    expect(flags(['batch', 'dir'], host(MIN_STORIES), [...BATCH_NODE_FLAGS])).toBeNull();
  });

  it('is turned off by FACTDIFF_NO_BATCH_CHILD, and on a V8 it was not measured on', () => {
    expect(flags(['batch', 'dir'], host(MIN_STORIES), [], { FACTDIFF_NO_BATCH_CHILD: '1' })).toBeNull();
    expect(flags(['batch', 'dir'], host(MIN_STORIES), [], {}, '12.4.254.21-node.33')).toBeNull();
  });

  it.skipIf(!existsSync(join(ROOT, 'dist', 'help.json')))('knows every batch option that takes a value (the stored help lists them)', () => {
    const help = JSON.parse(readFileSync(join(ROOT, 'dist', 'help.json'), 'utf8')).batch as string;
    const taking = [...help.matchAll(/^ {2}(?:(-\w), )?(--[\w-]+) </gm)].flatMap((m) => [m[1], m[2]].filter((x): x is string => x !== undefined));
    expect(taking.length).toBeGreaterThan(5);
    expect([...VALUE_OPTIONS].sort()).toEqual(taking.sort());
  });
});

describe('batchChildArgs', () => {
  const blob = '/x/dist/factdiff-batch.blob';
  const launcher = '/x/bin/factdiff.js';
  const child = (args: string[], h: Partial<Host> = host(1), execArgv: string[] = [], env = {}, v8 = NODE_20_V8, snapshot: string | null = blob) =>
    batchChildArgs(args, execArgv, env, v8, { ...h, snapshot, launcher });

  it('starts any batch from the batch snapshot, with the flags it was built with', () => {
    const fromSnapshot = [...BATCH_NODE_FLAGS, '--snapshot-blob', blob, '--'];
    expect(child(['batch', 'stories/', '-q'])).toEqual(fromSnapshot);
    // One story, one core or one job: this thread checks them, warm, with no worker.
    expect(child(['batch', 'stories/'], host(1, 1))).toEqual(fromSnapshot);
    expect(child(['batch', '-j', '1', 'stories/'])).toEqual(fromSnapshot);
  });

  it('runs help, settings, other commands, the user\'s node flags and FACTDIFF_NO_BATCH_CHILD in the process', () => {
    for (const args of [['batch', '--help'], ['batch', 'd', '--print-config'], ['a.txt', 'b.txt'], ['extract', 'a.txt']]) expect(child(args)).toBeNull();
    expect(child(['batch', 'd'], host(MIN_STORIES), ['--max-old-space-size=4096'])).toBeNull();
    expect(child(['batch', 'd'], host(MIN_STORIES), [], { FACTDIFF_NO_BATCH_CHILD: '1' })).toBeNull();
    expect(child(['batch', 'd'], host(MIN_STORIES), [], {}, '12.4.254.21-node.33')).toBeNull();
  });

  it('without a usable snapshot, runs the launcher again with the flags for a large batch only', () => {
    expect(child(['batch', 'd'], host(MIN_STORIES), [], {}, NODE_20_V8, null)).toEqual([...BATCH_NODE_FLAGS, launcher]);
    expect(child(['batch', 'd'], host(MIN_STORIES - 1), [], {}, NODE_20_V8, null)).toBeNull();
  });
});

describe('countStories', () => {
  const dir = mkdtempSync(join(tmpdir(), 'factdiff-count-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('counts the folders of a directory (not files, not hidden ones), a JSON manifest\'s groups and a CSV\'s story names', () => {
    const stories = join(dir, 'stories');
    for (const name of ['a', 'b', 'c', '.hidden']) mkdirSync(join(stories, name), { recursive: true });
    writeFileSync(join(stories, 'notes.txt'), 'x');
    expect(countStories(stories)).toBe(3);
    writeFileSync(join(dir, 'm.json'), JSON.stringify([{ reports: ['a', 'b'] }, { reports: ['c', 'd'] }]));
    writeFileSync(join(dir, 'n.json'), JSON.stringify({ stories: [{ reports: ['a', 'b'] }] }));
    expect([countStories(join(dir, 'm.json')), countStories(join(dir, 'n.json'))]).toEqual([2, 1]);
    writeFileSync(join(dir, 'm.csv'), 'story,path\ns1,a.txt\ns1,b.txt\ns2,c.txt\n\ns2,d.txt\n');
    expect(countStories(join(dir, 'm.csv'))).toBe(2);
  });

  it('is 0 where it cannot tell', () => {
    writeFileSync(join(dir, 'bad.json'), '{ not json');
    expect([countStories(join(dir, 'missing')), countStories(join(dir, 'bad.json'))]).toEqual([0, 0]);
  });
});

describe('options before the batch command', () => {
  it('are read as batch options: the target and --jobs are found after them', () => {
    expect(flags(['--format', 'json', 'batch', 'stories/'])).toEqual(BATCH_NODE_FLAGS);
    expect(flags(['-j', '1', 'batch', 'stories/'])).toBeNull();
    expect(flags(['-q', '--only', 'numbers', 'batch', '--jobs', '4', 'stories/'])).toEqual(BATCH_NODE_FLAGS);
  });

  it('a comparison of files that happen to be called batch is not a batch', () => {
    expect(flags(['a.txt', 'batch'])).toBeNull();
    expect(flags(['--reference', 'batch', 'draft.txt'])).toBeNull();
  });
});
