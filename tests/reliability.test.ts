/**
 * Bad inputs and faults (issue 25; issue 28, items 8 and 9), through the built CLI as a
 * process: what reaches the disk, stdout and stderr, and the exit status.
 */
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { ROOT } from './helpers.js';

// FACTDIFF_BIN runs these tests against another build (to see them fail before a fix).
const BIN = process.env.FACTDIFF_BIN ?? join(ROOT, 'bin', 'factdiff.js');
const built = existsSync(join(ROOT, 'dist', 'cli', 'node.js'));
const PAIR = ['fixtures/council-titles/gazette.txt', 'fixtures/council-titles/herald.txt'].map((f) => join(ROOT, f));

/** Runs the built CLI; stdin is empty unless given. */
function run(args: string[], options: SpawnSyncOptions & { input?: string | Buffer } = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', input: '', ...options, env: { ...process.env, NO_COLOR: '1', CI: '1', ...options.env } });
  return { status: r.status, signal: r.signal, stdout: String(r.stdout), stderr: String(r.stderr) };
}

/** A scratch directory, removed after the test. */
function scratch(): string {
  const dir = mkdtempSync(join(tmpdir(), 'factdiff-rel-'));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** One line on stderr, no stack trace. */
function oneLine(stderr: string): void {
  expect(stderr.trim().split('\n')).toHaveLength(1);
  expect(stderr).not.toMatch(/\bat \S+:\d+:\d+/);
}

describe.skipIf(!built)('flags (issue 25, item 16)', () => {
  it.each([
    [['--max-size', '0.0000001'], /--max-size: '0\.0000001' MB is less than one byte/],
    [['--max-size', '100000'], /--max-size: '100000' is more than 500 \(MB\)/],
    [['--max-size', ''], /--max-size: '' is not a positive number/],
  ])('%j is refused', (flags, message) => {
    const r = run([...PAIR, ...flags]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    oneLine(r.stderr);
  });

  it('-j=2 and -f=json mean -j 2 and -f json', () => {
    const r = run(['batch', join(ROOT, 'fixtures', 'clusters'), '-j=2', '-f=json']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout).stories.length).toBeGreaterThan(2);
    expect(JSON.parse(run([...PAIR, '-f=json']).stdout).summary.conflict).toBe(3);
  });
});
