/** One smoke test of the built CLI as a process (run `npm run build` first; `npm test` does). */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
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
    expect(run.stdout).toMatch(/^! Ines Carvalho conflict/m);
    expect(run.stdout).toMatch(/2 reports: \d+ agree/);
  });

  it('reports trouble with exit 2 and no stack trace', () => {
    const run = spawnSync(process.execPath, [BIN, 'missing-a.txt', 'missing-b.txt'], { cwd: ROOT, encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('factdiff: missing-a.txt: no such file\n');
  });

  it('ends quietly when the reader closes the pipe', () => {
    const run = spawnSync('sh', ['-c', `node ${JSON.stringify(BIN)} fixtures/bridge-three-reports/*.txt | head -1`], { cwd: ROOT, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.stdout.split('\n')[0]).toBe('Numbers');
  });
});
