import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers.js';

const PAIR = ['gazette.txt', 'herald.txt'].map((f) => join(ROOT, 'fixtures', 'council-titles', f));

function withConfig(config: unknown): string {
  const dir = mkdtempSync(join(tmpdir(), 'factdiff-config-'));
  writeFileSync(join(dir, 'factdiff.config.json'), typeof config === 'string' ? config : JSON.stringify(config));
  mkdirSync(join(dir, 'sub'));
  return join(dir, 'sub');
}

describe('factdiff.config.json', () => {
  it('is found from the working directory upward and sets defaults; flags override it', async () => {
    const cwd = withConfig({ format: 'json', failOn: 'never' });
    const fromFile = await runCli(PAIR, { cwd });
    expect(JSON.parse(fromFile.stdout).schemaVersion).toBe(1);
    expect(fromFile.code).toBe(0);
    const overridden = await runCli([...PAIR, '--fail-on', 'conflict', '-f', 'jsonl'], { cwd });
    expect(overridden.code).toBe(1);
    expect(overridden.stdout.split('\n')[0]).toMatch(/^\{"type":"report"/);
  });

  it('aliases, ignored titles and tolerance reach the verdicts', async () => {
    const cwd = withConfig({ aliases: { Katherine: 'Kathryn' }, ignoreTitles: ['Former mayor', 'Green councillor'] });
    const { code, stdout } = await runCli([...PAIR, '-f', 'json'], { cwd });
    expect(code).toBe(0);
    expect(JSON.parse(stdout).summary.conflict).toBe(0);
  });

  it('a number within the tolerance agrees', async () => {
    const cwd = withConfig({ tolerance: 0.05 });
    const a = await runCli(['-', join(ROOT, 'fixtures/plant-explosion/wire.txt'), '--only', 'numbers', '-f', 'json'], { cwd, stdin: 'The site employs 415 workers.' });
    const f = JSON.parse(a.stdout).findings.find((x: { subject: string }) => x.subject === 'workers');
    expect(f.verdict).not.toBe('conflict');
  });

  it.each([
    [{ tolerence: 1 }, /"tolerence" is not a setting/],
    [{ tolerance: 5 }, /"tolerance" must be a number/],
    [{ kinds: ['dates'] }, /"kinds" unknown kind 'dates'/],
    [{ aliases: ['x'] }, /"aliases" must map a spelling/],
    ['{ not json', /not valid JSON/],
  ])('rejects %j with a message naming the key', async (config, message) => {
    const { code, stderr } = await runCli(PAIR, { cwd: withConfig(config) });
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
  });

  it('--no-config ignores the file; --print-config shows the merged settings', async () => {
    const cwd = withConfig({ tolerence: 1 });
    expect((await runCli([...PAIR, '--no-config', '-q'], { cwd })).code).toBe(1);
    const printed = await runCli(['--print-config', '--config', join(withConfig({ tolerance: 0.01 }), '..', 'factdiff.config.json'), '--fail-on', 'reworded']);
    expect(JSON.parse(printed.stdout)).toMatchObject({ tolerance: 0.01, failOn: 'reworded', format: 'text' });
  });

  it.each([['--config'], ['--baseline']])('%s naming a folder: "is a directory", with no advice meant for reports', async (flag) => {
    const dir = mkdtempSync(join(tmpdir(), 'factdiff-config-dir-'));
    const r = await runCli([...PAIR, flag, dir]);
    expect(r).toEqual({ code: 2, stdout: '', stderr: `factdiff: ${flag === '--config' ? '' : '--baseline '}${dir}: is a directory, not a file\n` });
  });
});

describe('the command line against the settings file', () => {
  it('an explicit --format text beats the file\'s format, in every command', async () => {
    const cwd = withConfig({ format: 'json' });
    // Wide enough that no line wraps, wherever the checkout lies.
    const env = { COLUMNS: '1000' };
    const compare = await runCli([...PAIR, '--format', 'text'], { cwd, env });
    expect(compare.stdout).toMatch(/^! person Ines Carvalho: conflict/m);
    const extract = await runCli(['extract', PAIR[0]!, '-f', 'text'], { cwd, env });
    expect(extract.stdout).toMatch(/ person {2}Ines Carvalho/);
    const before = await runCli(['--format', 'text', 'extract', PAIR[0]!], { cwd, env });
    expect(before.stdout).toBe(extract.stdout);
    expect(JSON.parse((await runCli(['extract', PAIR[0]!], { cwd })).stdout).schemaVersion).toBe(1);
  });

  it('a settings file made for CI (format sarif or github) leaves extract printing text; the flag is still refused', async () => {
    for (const format of ['sarif', 'github']) {
      const cwd = withConfig({ format });
      const extract = await runCli(['extract', PAIR[0]!], { cwd, env: { COLUMNS: '1000' } });
      expect(extract.code).toBe(0);
      expect(extract.stdout).toMatch(/ person {2}Ines Carvalho/);
      expect((await runCli(['extract', PAIR[0]!, '-f', format], { cwd })).code).toBe(2);
    }
  });
});
