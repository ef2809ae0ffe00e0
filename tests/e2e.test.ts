/** End to end: the built CLI as a process, for every format and mode, output and exit status. */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { ROOT } from './helpers.js';

const BIN = join(ROOT, 'bin', 'factdiff.js');
const PAIR = ['fixtures/council-titles/gazette.txt', 'fixtures/council-titles/herald.txt'];
const run = (args: string[], input?: string) =>
  spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', input, env: { ...process.env, NO_COLOR: '1', CI: '1' } });

describe.skipIf(!existsSync(join(ROOT, 'dist', 'cli', 'node.js')))('built CLI, every format and mode', () => {
  it.each([
    ['text', (out: string) => expect(out).toMatch(/^! person Ines Carvalho: conflict/m)],
    ['json', (out: string) => expect(JSON.parse(out).summary.conflict).toBe(3)],
    ['jsonl', (out: string) => expect(JSON.parse(out.trim().split('\n').at(-1)!).type).toBe('summary')],
    ['markdown', (out: string) => expect(out).toMatch(/^\| ❌ conflict \|/m)],
    ['sarif', (out: string) => expect(JSON.parse(out).runs[0].results).toHaveLength(3)],
    ['github', (out: string) => expect(out).toMatch(/^::error file=fixtures\/council-titles\/gazette\.txt,line=5,col=14,/m)],
    ['html', (out: string) => expect(out).toMatch(/^<!doctype html>\n[\s\S]*<li class="f c-conflict" id="f\d+"/)],
  ])('compare, --format %s, exit 1', (format, check) => {
    const r = run([...PAIR, '--format', format]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    check(r.stdout);
  });

  it('reference mode from stdin, github annotations on the draft', () => {
    const r = run(['--reference', PAIR[1]!, '-', '--stdin-name', 'draft.txt', '--format', 'github'], 'Former mayor Ines Carvalho said “we never promised trams”.');
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^::error file=draft\.txt,line=1,col=14,endLine=1,endColumn=27,title=factdiff%3A person conflict%3A Ines Carvalho::/m);
    expect(r.stdout).toMatch(/^::warning file=draft\.txt,.*quote unsupported/m);
  });

  it('prints the help stored at build time to a pipe, the same as the command line prints it', () => {
    expect(existsSync(join(ROOT, 'dist', 'help.json'))).toBe(true);
    const live = (args: string[]) =>
      spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, FACTDIFF_NO_STORED_HELP: '1' } });
    for (const args of [['--help'], ['-h'], ['batch', '--help'], ['extract', '-h'], ['help'], ['help', 'batch'], ['completion', '--help'], ['help', 'completion']]) {
      const stored = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8' });
      const printed = live(args);
      expect(stored.status).toBe(0);
      expect(stored.stderr).toBe('');
      expect(stored.stdout).toMatch(/^Usage: factdiff/);
      expect(stored.stdout).toBe(printed.stdout);
      expect(printed.status).toBe(0);
    }
  });

  it('the startup snapshot and the plain bundle give the same output and status', () => {
    // The build makes dist/factdiff.blob on this Node; bin/factdiff.js uses it unless told not to.
    expect(existsSync(join(ROOT, 'dist', 'factdiff.blob'))).toBe(true);
    const plain = (args: string[], input?: string) =>
      spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', input, env: { ...process.env, NO_COLOR: '1', CI: '1', FACTDIFF_NO_SNAPSHOT: '1' } });
    for (const args of [[...PAIR, '--format', 'json'], [...PAIR, '--format', 'html'], ['extract', PAIR[0]!], ['-', PAIR[1]!], ['missing.txt', PAIR[0]!]]) {
      const input = args[0] === '-' ? 'Former mayor Ines Carvalho said “we never promised trams”.' : undefined;
      const [a, b] = [run(args, input), plain(args, input)];
      expect([a.stdout, a.stderr, a.status]).toEqual([b.stdout, b.stderr, b.status]);
    }
  });

  it('batch, run from the startup snapshot, starts its workers and prints what the launcher prints', () => {
    // bin/factdiff.js runs batch from the batch snapshot (built with the batch child's flags);
    // from either snapshot, workers start only if node:worker_threads was not loaded before
    // the snapshot was taken (src/cli/batch.ts).
    const args = ['batch', 'fixtures/clusters', '--format', 'jsonl'];
    const fromSnapshot = spawnSync(process.execPath, ['--snapshot-blob', join(ROOT, 'dist', 'factdiff.blob'), '--', ...args], {
      cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', CI: '1' },
    });
    const launched = run(args);
    expect(fromSnapshot.stderr).toBe('');
    expect([fromSnapshot.stdout, fromSnapshot.status]).toEqual([launched.stdout, launched.status]);
    expect(fromSnapshot.stdout.trim().split('\n').length).toBeGreaterThan(20);
  });

  it('batch in its child process (bin/batch-child.js), from the batch snapshot or not, prints what it prints in the launcher\'s own', async () => {
    // Without the snapshot, the child is for batches of 100 stories or more: the fixture stories, copied round.
    const { cpSync, mkdtempSync, readdirSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'factdiff-batch-child-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const fixtures = readdirSync(join(ROOT, 'fixtures', 'clusters')).sort();
    for (let i = 0; i < 100; i++) cpSync(join(ROOT, 'fixtures', 'clusters', fixtures[i % fixtures.length]!), join(dir, `${String(i).padStart(3, '0')}-${fixtures[i % fixtures.length]}`), { recursive: true });
    const args = ['batch', dir, '--format', 'json'];
    const runWith = (variable: string) => spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', CI: '1', [variable]: '1' } });
    const inProcess = runWith('FACTDIFF_NO_BATCH_CHILD');
    const coldChild = runWith('FACTDIFF_NO_SNAPSHOT');
    const child = run(args);
    expect(existsSync(join(ROOT, 'dist', 'factdiff-batch.blob'))).toBe(true);
    expect([child.stderr, coldChild.stderr, inProcess.stderr]).toEqual(['', '', '']);
    expect([child.stdout, child.status]).toEqual([inProcess.stdout, inProcess.status]);
    expect([coldChild.stdout, coldChild.status]).toEqual([inProcess.stdout, inProcess.status]);
    expect(JSON.parse(child.stdout).stories).toHaveLength(100);
  }, 60_000);

  it('the snapshot child does not read NODE_EXTRA_CA_CERTS again (Node reads the file at every start)', () => {
    // A missing file makes Node 20 warn once per process that reads it: here the launcher
    // only (a Node that reads the file lazily would not warn at all).
    const r = spawnSync(process.execPath, [BIN, ...PAIR], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', CI: '1', NODE_EXTRA_CA_CERTS: join(ROOT, 'no-such-ca.pem') } });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/Ines Carvalho/);
    expect(r.stderr.match(/Ignoring extra certs/g)?.length ?? 0).toBeLessThanOrEqual(1);
  });

  it('DEBUG_TAGS in the environment does not put compromise tagging traces into the output', () => {
    // compromise prints a trace of every tag it sets to stdout when DEBUG_TAGS is set;
    // factdiff hides the environment from it, in the snapshot, the plain bundle and batch workers.
    const traced = (args: string[], snapshot: boolean) =>
      spawnSync(process.execPath, [BIN, ...args], {
        cwd: ROOT,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1', CI: '1', DEBUG_TAGS: '1', ...(snapshot ? {} : { FACTDIFF_NO_SNAPSHOT: '1' }) },
      });
    for (const snapshot of [true, false]) {
      const pair = traced([...PAIR, '--format', 'json'], snapshot);
      expect([pair.status, pair.stderr]).toEqual([1, '']);
      expect(pair.stdout).toBe(run([...PAIR, '--format', 'json']).stdout);
      const batch = traced(['batch', 'fixtures/clusters', '--format', 'jsonl'], snapshot);
      expect(batch.status).toBe(1);
      for (const line of batch.stdout.trim().split('\n')) expect(() => JSON.parse(line)).not.toThrow();
    }
  });

  it('extract and batch', async () => {
    expect(run(['extract', PAIR[0]!, '--format', 'jsonl']).status).toBe(0);
    const { readdirSync } = await import('node:fs');
    const stories = readdirSync(join(ROOT, 'fixtures', 'clusters'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
    const b = run(['batch', 'fixtures/clusters', '--format', 'jsonl']);
    expect(b.status).toBe(1);
    // Nothing on stderr: V8 prints an error there for a flag it does not know (see batchV8Flag).
    expect(b.stderr).toBe('');
    const names = new Set(b.stdout.trim().split('\n').map((l) => JSON.parse(l)).filter((l) => l.type === 'report').map((l) => l.data.story));
    expect([...names]).toEqual(stories);
  });
});

describe.skipIf(!existsSync(join(ROOT, 'dist', 'cli', 'node.js')))('built CLI, bad input', () => {
  it.each([
    [['fixtures/council-titles/gazette.txt'], /need at least two reports/],
    [['fixtures/council-titles/gazette.txt', 'fixtures/missing.txt'], /^factdiff: fixtures\/missing\.txt: no such file$/m],
    [['fixtures/council-titles/gazette.txt', 'fixtures'], /^factdiff: fixtures: no reports in this folder/m],
    [['fixtures/council-titles/gazette.txt', 'fixtures/council-titles/gazette.txt'], /given twice/],
    [['fixtures/council-titles/gazette.txt', '-', '-'], /can be given only once/],
    [['--format', 'xml', ...PAIR], /unknown format 'xml'/],
  ])('%j: one line on stderr, exit 2, no stack trace', (args, message) => {
    const r = run(args, '');
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  // In the batch child, started from the batch snapshot (its main thread checks stories
  // too), and in the launcher's own process.
  it.each([
    [2, {}],
    [100, {}],
    [100, { FACTDIFF_NO_BATCH_CHILD: '1' }],
  ])('batch of %i stories (%j), Ctrl-C: exit 130 and no partial --output file', async (stories, env) => {
    const { spawn } = await import('node:child_process');
    const { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'factdiff-sigint-batch-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const big = 'At least 25 people were killed, Mayor Anna Kovacs said. '.repeat(20000);
    for (let i = 0; i < stories; i++) {
      const story = join(dir, 'stories', String(i).padStart(3, '0'));
      mkdirSync(story, { recursive: true });
      for (const name of ['one.txt', 'two.txt']) writeFileSync(join(story, name), i < 2 ? big : 'Two people were hurt, police said.');
    }
    mkdirSync(join(dir, 'out'));
    const child = spawn(process.execPath, [BIN, 'batch', join(dir, 'stories'), '-o', join(dir, 'out', 'report.txt')], { cwd: ROOT, env: { ...process.env, ...env } });
    await new Promise((r) => setTimeout(r, 1000));
    child.kill('SIGINT');
    const [code, signal] = await new Promise<[number | null, string | null]>((r) => child.on('exit', (c, s) => r([c, s])));
    expect(code === 130 || signal === 'SIGINT').toBe(true);
    expect(readdirSync(join(dir, 'out'))).toEqual([]);
  });

  it('Ctrl-C: exit 130 and no partial --output file', async () => {
    const { spawn } = await import('node:child_process');
    const { mkdtempSync, readdirSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'factdiff-sigint-'));
    const big = 'At least 25 people were killed, Mayor Anna Kovacs said. '.repeat(20000);
    const child = spawn(process.execPath, [BIN, '-', PAIR[0]!, '-o', join(dir, 'out.txt')], { cwd: ROOT });
    child.stdin.end(big);
    await new Promise((r) => setTimeout(r, 700));
    child.kill('SIGINT');
    // Node's default for SIGINT ends the process by the signal: shells show status 130.
    const [code, signal] = await new Promise<[number | null, string | null]>((r) => child.on('exit', (c, s) => r([c, s])));
    expect(code === 130 || signal === 'SIGINT').toBe(true);
    expect(readdirSync(dir)).toEqual([]);
  });
});
