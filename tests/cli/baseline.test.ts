/**
 * --write-baseline records the findings; --baseline marks them as known in every format
 * and keeps them from failing the run, in compare mode and in batch.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers.js';

const GAZETTE = readFileSync(join(ROOT, 'fixtures/council-titles/gazette.txt'), 'utf8');
const HERALD = join(ROOT, 'fixtures/council-titles/herald.txt');

let validateSarif: ((doc: unknown) => boolean) & { errors?: unknown };
beforeAll(async () => {
  const { default: Ajv } = await import('ajv-draft-04');
  const schema = JSON.parse(readFileSync(join(ROOT, 'node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
  validateSarif = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false }).compile(schema);
});

/** A scratch directory with the gazette report (as given, or edited) beside a baseline path. */
function scratch(gazette = GAZETTE): { dir: string; gazette: string; baseline: string } {
  const dir = mkdtempSync(join(tmpdir(), 'factdiff-baseline-'));
  writeFileSync(join(dir, 'gazette.txt'), gazette);
  return { dir, gazette: join(dir, 'gazette.txt'), baseline: join(dir, 'known.json') };
}

describe('--write-baseline and --baseline', () => {
  it('records the findings, accepts them (status 0) and says so on stderr', async () => {
    const s = scratch();
    expect((await runCli([s.gazette, HERALD])).code).toBe(1);
    const wrote = await runCli([s.gazette, HERALD, '--write-baseline', s.baseline]);
    expect(wrote.code).toBe(0);
    expect(wrote.stderr).toBe(`factdiff: recorded 3 findings in ${s.baseline}\n`);
    const doc = JSON.parse(readFileSync(s.baseline, 'utf8'));
    expect(doc.factdiffBaseline).toBe(1);
    expect(doc.findings.map((e: { subject: string; verdict: string }) => [e.subject, e.verdict])).toEqual([
      ['Ines Carvalho', 'conflict'],
      ['Katherine Hollis', 'conflict'],
      ['Priya Raman', 'conflict'],
    ]);
    expect(doc.findings[0].claims).toEqual([`Ines Carvalho (Former mayor) in ${s.gazette}`, `Ines Carvalho (Mayor) in ${HERALD}`]);
    // Recorded again, byte for byte the same file.
    const before = readFileSync(s.baseline, 'utf8');
    await runCli([s.gazette, HERALD, '--write-baseline', s.baseline, '-q']);
    expect(readFileSync(s.baseline, 'utf8')).toBe(before);
  });

  it('known findings do not fail the run, whatever --fail-on, and survive an unrelated edit', async () => {
    const s = scratch();
    await runCli([s.gazette, HERALD, '--write-baseline', s.baseline, '--fail-on', 'any']);
    expect((await runCli([s.gazette, HERALD, '--baseline', s.baseline])).code).toBe(0);
    expect((await runCli([s.gazette, HERALD, '--baseline', s.baseline, '--fail-on', 'any'])).code).toBe(0);
    writeFileSync(s.gazette, `Updated at 10:40.\n\n${GAZETTE}`);
    expect((await runCli([s.gazette, HERALD, '--baseline', s.baseline])).code).toBe(0);
    expect((await runCli([HERALD, s.gazette, '--baseline', s.baseline])).code).toBe(0);
  });

  it('a new conflict fails the run and is marked new; the known ones unchanged', async () => {
    const s = scratch();
    await runCli([s.gazette, HERALD, '--write-baseline', s.baseline]);
    writeFileSync(s.gazette, GAZETTE.replace('Green councillor', 'Conservative councillor'));
    const r = await runCli([s.gazette, HERALD, '--baseline', s.baseline, '-f', 'json']);
    expect(r.code).toBe(1);
    const states = JSON.parse(r.stdout).findings.map((f: { subject: string; verdict: string; baselineState?: string }) => [f.subject, f.verdict, f.baselineState]);
    expect(states.filter((x: unknown[]) => x[1] === 'conflict')).toEqual([
      ['Ines Carvalho', 'conflict', 'unchanged'],
      ['Priya Raman', 'conflict', 'new'],
      ['Katherine Hollis', 'conflict', 'unchanged'],
    ]);
    expect(states.filter((x: unknown[]) => x[1] === 'agree').every((x: unknown[]) => x[2] === undefined)).toBe(true);
  });

  it('marks known findings in text, markdown, jsonl, sarif (baselineState) and github (a notice)', async () => {
    const s = scratch();
    await runCli([s.gazette, HERALD, '--write-baseline', s.baseline]);
    const run = (format: string) => runCli([s.gazette, HERALD, '--baseline', s.baseline, '-f', format, '--color', 'never']);
    const text = (await run('text')).stdout;
    expect(text).toMatch(/^! person Ines Carvalho: conflict \(baseline\) — title differs/m);
    expect(text.split('\n')[0]).toMatch(/^2 reports: 3 conflicts, .*; 3 known from the baseline$/);
    expect((await run('markdown')).stdout).toMatch(/^\| ❌ conflict \(baseline\) \| Priya Raman \|/m);
    const jsonl = (await run('jsonl')).stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(jsonl.filter((x) => x.type === 'finding' && x.data.verdict === 'conflict').map((x) => x.data.baselineState)).toEqual(['unchanged', 'unchanged', 'unchanged']);
    const sarif = JSON.parse((await run('sarif')).stdout);
    expect(validateSarif(sarif), JSON.stringify(validateSarif.errors)).toBe(true);
    expect(sarif.runs[0].results.map((x: { baselineState: string }) => x.baselineState)).toEqual(['unchanged', 'unchanged', 'unchanged']);
    const github = (await run('github')).stdout.trim().split('\n');
    expect(github.slice(0, 3).every((l) => /^::notice file=.*title=factdiff%3A person conflict \(baseline\)%3A /.test(l))).toBe(true);
    // Without a baseline, no marks at all.
    const plain = await runCli([s.gazette, HERALD, '-f', 'json']);
    expect(plain.stdout).not.toMatch(/baselineState/);
  });

  it.each([
    ['a missing file', null, /^factdiff: --baseline .*nope\.json: no such file\n$/],
    ['invalid JSON', '{', /^factdiff: --baseline .*: not valid JSON \(/],
    ['another JSON document', '{"findings": []}', /^factdiff: --baseline .*: not a factdiff baseline \(record one with --write-baseline\)\n$/],
    ['a newer version', '{"factdiffBaseline": 2, "findings": []}', /: baseline version 2, this factdiff reads version 1; record it again with --write-baseline\n$/],
    ['bad entries', '{"factdiffBaseline": 1, "findings": [{"id": 1}]}', /: "findings" must be a list of \{"fingerprint": "…"\} entries\n$/],
  ])('--baseline with %s: one line, status 2', async (_name, content, message) => {
    const s = scratch();
    const path = content === null ? join(s.dir, 'nope.json') : s.baseline;
    if (content !== null) writeFileSync(path, content);
    const r = await runCli([s.gazette, HERALD, '--baseline', path]);
    expect([r.code, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toMatch(message);
  });

  it('--baseline is read as the settings file is: within --max-size, a UTF-8 BOM allowed', async () => {
    const s = scratch();
    await runCli([s.gazette, HERALD, '--write-baseline', s.baseline]);
    writeFileSync(s.baseline, `\uFEFF${readFileSync(s.baseline, 'utf8')}`);
    expect((await runCli([s.gazette, HERALD, '--baseline', s.baseline, '-q'])).code).toBe(0);
    writeFileSync(s.baseline, `${readFileSync(s.baseline, 'utf8')}${' '.repeat(2 * 1024 * 1024)}`);
    const big = await runCli([s.gazette, HERALD, '--baseline', s.baseline, '--max-size', '1']);
    expect(big).toEqual({ code: 2, stdout: '', stderr: `factdiff: --baseline ${s.baseline}: larger than the 1 MB limit; raise it with --max-size (in MB)\n` });
  });

  it.each([
    ['--baseline', 'factdiff: --baseline -: give a file; standard input is for a report\n'],
    ['--write-baseline', 'factdiff: --write-baseline -: give a file name; standard output carries the report\n'],
  ])('%s - is refused, not a file named "-"', async (flag, message) => {
    const s = scratch();
    // A path is taken from the process's working folder: that is where a file '-' would land.
    const stray = join(process.cwd(), '-');
    const there = existsSync(stray);
    try {
      const r = await runCli([s.gazette, HERALD, flag, '-']);
      expect(r).toEqual({ code: 2, stdout: '', stderr: message });
      expect(existsSync(stray)).toBe(there);
    } finally {
      if (!there) rmSync(stray, { force: true });
    }
  });

  it('--write-baseline never overwrites a report or the --output file', async () => {
    const s = scratch();
    const r = await runCli([s.gazette, HERALD, '--write-baseline', s.gazette]);
    expect(r).toEqual({ code: 2, stdout: '', stderr: `factdiff: --write-baseline ${s.gazette}: is one of the reports; choose another file\n` });
    expect(readFileSync(s.gazette, 'utf8')).toBe(GAZETTE);
    const out = join(s.dir, 'out.json');
    expect((await runCli([s.gazette, HERALD, '--write-baseline', out, '-o', out])).stderr).toBe(`factdiff: --write-baseline ${out}: is the --output file; choose another\n`);
  });
});

describe('baselines in batch', () => {
  it('records every story\'s findings with the story named, and accepts them', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'factdiff-batch-baseline-'));
    const baseline = join(dir, 'known.json');
    const clusters = join(ROOT, 'fixtures', 'clusters');
    expect((await runCli(['batch', clusters, '-q'])).code).toBe(1);
    expect((await runCli(['batch', clusters, '--write-baseline', baseline, '-q'])).code).toBe(0);
    const doc = JSON.parse(readFileSync(baseline, 'utf8'));
    expect(doc.findings.length).toBeGreaterThan(5);
    expect(doc.findings.every((e: { story?: string }) => typeof e.story === 'string')).toBe(true);
    const r = await runCli(['batch', clusters, '--baseline', baseline, '-f', 'jsonl']);
    expect(r.code).toBe(0);
    const states = r.stdout.trim().split('\n').map((l) => JSON.parse(l)).filter((x) => x.type === 'finding' && x.data.baselineState !== undefined);
    expect(states.length).toBe(doc.findings.length);
    expect(states.every((x) => x.data.baselineState === 'unchanged')).toBe(true);
    // The pages of an HTML batch mark them too, as compare mode's page does.
    const site = join(dir, 'site');
    expect((await runCli(['batch', clusters, '--baseline', baseline, '-f', 'html', '-o', site])).code).toBe(0);
    const pages = readdirSync(site).filter((f) => f !== 'index.html').map((f) => readFileSync(join(site, f), 'utf8'));
    expect(pages.filter((p) => p.includes('<span class="kn"')).length).toBeGreaterThan(1);
  }, 30_000);
});

it('--write-baseline into a directory that does not exist: one line naming the flag, status 2, before any output', async () => {
  const r = await runCli([join(ROOT, 'fixtures/council-titles/gazette.txt'), HERALD, '--write-baseline', '/nonexistent-dir/known.json']);
  expect(r).toEqual({ code: 2, stdout: '', stderr: 'factdiff: --write-baseline /nonexistent-dir/known.json: cannot write (no such folder /nonexistent-dir)\n' });
});
