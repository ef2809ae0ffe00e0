/** End to end: the built CLI as a process, for every format and mode, output and exit status. */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';

const BIN = join(ROOT, 'bin', 'factdiff.js');
const PAIR = ['fixtures/council-titles/gazette.txt', 'fixtures/council-titles/herald.txt'];
const run = (args: string[], input?: string) =>
  spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', input, env: { ...process.env, NO_COLOR: '1', CI: '1' } });

describe.skipIf(!existsSync(join(ROOT, 'dist', 'cli', 'node.js')))('built CLI, every format and mode', () => {
  it.each([
    ['text', (out: string) => expect(out).toMatch(/^! Ines Carvalho conflict/m)],
    ['json', (out: string) => expect(JSON.parse(out).summary.conflict).toBe(3)],
    ['jsonl', (out: string) => expect(JSON.parse(out.trim().split('\n').at(-1)!).type).toBe('summary')],
    ['markdown', (out: string) => expect(out).toMatch(/^\| ❌ conflict \|/m)],
    ['sarif', (out: string) => expect(JSON.parse(out).runs[0].results).toHaveLength(3)],
    ['github', (out: string) => expect(out).toMatch(/^::error file=fixtures\/council-titles\/gazette\.txt,line=5,col=14,/m)],
  ])('compare, --format %s, exit 1', (format, check) => {
    const r = run([...PAIR, '--format', format]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    check(r.stdout);
  });

  it('reference mode from stdin, github annotations on the draft', () => {
    const r = run(['--reference', PAIR[1]!, '-', '--stdin-name', 'draft.txt', '--format', 'github'], 'Former mayor Ines Carvalho said “we never promised trams”.');
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^::error file=draft\.txt,line=1,col=14,title=factdiff%3A person conflict%3A Ines Carvalho::/m);
    expect(r.stdout).toMatch(/^::warning file=draft\.txt,.*quote unsupported/m);
  });

  it('extract and batch', () => {
    expect(run(['extract', PAIR[0]!, '--format', 'jsonl']).status).toBe(0);
    const b = run(['batch', 'fixtures', '--format', 'jsonl']);
    expect(b.status).toBe(1);
    const names = new Set(b.stdout.trim().split('\n').map((l) => JSON.parse(l)).filter((l) => l.type === 'report').map((l) => l.data.story));
    expect([...names]).toEqual(['bridge-three-reports', 'council-titles', 'migrant-boat', 'plant-explosion', 'stadium-quotes']);
  });
});
