/** One smoke test of the built CLI as a process (run `npm run build` first; `npm test` does). */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';

const BIN = join(ROOT, 'bin', 'factdiff.js');
const built = existsSync(join(ROOT, 'dist', 'cli', 'node.js'));

describe.skipIf(!built)('built CLI', () => {
  it('compares two fixture reports and exits 1 on their conflict', () => {
    const run = spawnSync(process.execPath, [BIN, 'fixtures/council-titles/gazette.txt', 'fixtures/council-titles/herald.txt'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^! person Ines Carvalho: conflict/m);
    expect(run.stdout.split('\n')[0]).toMatch(/^2 reports: \d+ conflicts?, .*\d+ agree/);
  });

  it('reports trouble with exit 2 and no stack trace', () => {
    const run = spawnSync(process.execPath, [BIN, 'missing-a.txt', 'missing-b.txt'], { cwd: ROOT, encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('factdiff: missing-a.txt: no such file\n');
  });

  it.each([
    ['binary data', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x10]), [], 2, /bad\.txt: looks like binary data/],
    ['a report over the size limit', Buffer.from('Seven people died. '.repeat(100)), ['--max-size', '0.001'], 2, /larger than the 1048-byte limit; raise it with --max-size/],
    ['an empty report', Buffer.from('  \n'), [], 0, /warning: .*bad\.txt: empty report/],
    ['Windows-1252 text', Buffer.from([0x53, 0x65, 0x76, 0x65, 0x6e, 0x20, 0x64, 0x69, 0x65, 0x64, 0x2e, 0x20, 0x93, 0x71, 0x94]), [], 0, /not valid UTF-8; read as Windows-1252/],
  ])('%s: message and exit status', (_name, bytes, flags, status, message) => {
    const dir = mkdtempSync(join(tmpdir(), 'factdiff-'));
    const bad = join(dir, 'bad.txt');
    writeFileSync(bad, bytes);
    const run = spawnSync(process.execPath, [BIN, bad, 'fixtures/bridge-three-reports/agency.txt', ...flags], { cwd: ROOT, encoding: 'utf8' });
    expect(run.status).toBe(status);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toMatch(/\bat \S+:\d+:\d+/);
  });

  it('a copy without its build fails --version as it fails a comparison, with what to do', () => {
    // npm used to install factdiff from git without dist/: --version, answered by
    // bin/factdiff.js itself, hid it from a smoke test.
    const dir = mkdtempSync(join(tmpdir(), 'factdiff-unbuilt-'));
    cpSync(join(ROOT, 'bin'), join(dir, 'bin'), { recursive: true });
    cpSync(join(ROOT, 'package.json'), join(dir, 'package.json'));
    for (const args of [['--version'], ['a.txt', 'b.txt']]) {
      const run = spawnSync(process.execPath, [join(dir, 'bin', 'factdiff.js'), ...args], { cwd: dir, encoding: 'utf8' });
      expect(run.status).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(/^factdiff: cannot load its build in dist\/ .*; in a clone run `npm ci`/);
    }
    rmSync(dir, { recursive: true, force: true });
  });

  it('ends quietly when the reader closes the pipe', () => {
    const run = spawnSync('sh', ['-c', `node ${JSON.stringify(BIN)} fixtures/bridge-three-reports/*.txt | head -1`], { cwd: ROOT, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.stdout.split('\n')[0]).toBe('3 reports: 2 conflicts, 5 agree');
  });
});
