import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers.js';

/** A batch directory: two fixture stories and one story that cannot be checked. */
function batchDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'factdiff-batch-'));
  for (const name of ['council-titles', 'plant-explosion']) {
    mkdirSync(join(dir, name));
    for (const f of ['gazette.txt', 'herald.txt', 'local.txt', 'wire.txt']) {
      try {
        cpSync(join(ROOT, 'fixtures', name, f), join(dir, name, f));
      } catch {
        // not every fixture has every file
      }
    }
  }
  mkdirSync(join(dir, 'a-broken'));
  writeFileSync(join(dir, 'a-broken', 'only.txt'), 'Seven people died.');
  return dir;
}

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
    const json = await runCli(['batch', join(dir, 'm.json'), '-f', 'json']);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout).stories[0].name).toBe('council');
    writeFileSync(join(dir, 'm.csv'), `story,path,role\ncouncil,${ROOT}/fixtures/council-titles/herald.txt,reference\ncouncil,${ROOT}/fixtures/council-titles/gazette.txt\n`);
    const csv = await runCli(['batch', join(dir, 'm.csv'), '-f', 'json']);
    expect(JSON.parse(csv.stdout).stories[0].reports.map((r: { path: string }) => r.path.split('/').pop())).toEqual(['herald.txt', 'gazette.txt']);
  });

  it('refuses formats it cannot merge and a missing target', async () => {
    expect((await runCli(['batch', batchDir(), '-f', 'sarif'])).stderr).toMatch(/batch prints text, json, jsonl/);
    expect((await runCli(['batch', '/nonexistent-dir'])).code).toBe(2);
  });
});
