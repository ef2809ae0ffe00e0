import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers.js';

const A = 'fixtures/plant-explosion/local.txt';
const B = 'fixtures/plant-explosion/wire.txt';

describe('main: trouble is one line on stderr and exit 2', () => {
  it.each([
    [[A], /need at least two reports/],
    [[A, 'fixtures/nope.txt'], /fixtures\/nope\.txt: no such file/],
    // One argument that names nothing: that it names nothing is the news, not the count.
    [['fixtures/nope/*.txt'], /^factdiff: fixtures\/nope\/\*\.txt: no such file\n$/],
    [['fixtures/nope.txt'], /^factdiff: fixtures\/nope\.txt: no such file\n$/],
    [[A, 'fixtures'], /fixtures: no reports in this folder/],
    [['extract', 'fixtures'], /fixtures: is a directory/],
    [[A, A], /given twice/],
    [[A, B, '--format', 'xml'], /--format: unknown format 'xml'/],
    [[A, B, '--only', 'dates'], /--only: unknown kind 'dates'/],
    [[A, B, '--color', 'sometimes'], /--color: unknown value/],
    [[A, B, '--bogus'], /unknown option '--bogus'/],
    [[A, B, '-o', '/nonexistent-dir/report.txt'], /^factdiff: --output \/nonexistent-dir\/report\.txt: cannot write \(no such folder \/nonexistent-dir\)\n$/],
    [[A, B, '-o', ''], /^factdiff: --output: give a file name \('-' for standard output\)\n$/],
    [[A, B, '--write-baseline', ''], /^factdiff: --write-baseline: give a file name\n$/],
    [[A, B, '--baseline', ''], /^factdiff: --baseline: give a file name\n$/],
    [[A, '-', '--stdin-name='], /^factdiff: --stdin-name: give a label for the report read from '-'\n$/],
    [['extract', A, '-f', 'sarif'], /^factdiff: --format sarif: extract prints text, json, jsonl, markdown or html; sarif reports comparisons\n$/],
    [['extract', 'fixtures/nope.txt', '-f', 'github'], /^factdiff: --format github: extract prints text, json, jsonl, markdown or html; github reports comparisons\n$/],
  ])('%j', async (argv, message) => {
    const { code, stdout, stderr } = await runCli(argv);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('main', () => {
  it('exit 1 on a conflict, 0 without', async () => {
    expect((await runCli(['fixtures/council-titles/gazette.txt', 'fixtures/council-titles/herald.txt'])).code).toBe(1);
    expect((await runCli([A, B, '--only', 'people'])).code).toBe(0);
  });

  it('text: claims only one report makes are counted, and listed with --all', async () => {
    const argv = ['fixtures/council-titles/herald.txt', 'fixtures/council-titles/gazette.txt', '--color', 'never'];
    const counted = (await runCli(argv)).stdout;
    expect(counted.split('\n')[0]).toBe('2 reports: 3 conflicts, 3 agree, 2 only in one report');
    expect(counted).toMatch(/^\+ 2 claims only in one report \(--all lists them\)$/m);
    expect(counted).not.toMatch(/^\+ fixtures/m);
    const listed = (await runCli([...argv, '--all'])).stdout;
    expect(listed).toMatch(/^Only in one report \(2\)$/m);
    expect(listed).toMatch(/^\+ fixtures\/council-titles\/herald\.txt:3:101 {2}year: two$/m);
    expect(listed).toMatch(/^\+ fixtures\/council-titles\/gazette\.txt:3:61 {2}vote: 31$/m);
  });

  it('--quiet prints nothing', async () => {
    const { code, stdout } = await runCli(['fixtures/council-titles/gazette.txt', 'fixtures/council-titles/herald.txt', '-q']);
    expect(code).toBe(1);
    expect(stdout).toBe('');
  });

  it('reads one report from stdin and labels it', async () => {
    const { code, stdout } = await runCli(['-', B, '--stdin-name', 'pasted.txt', '--format', 'json'], { stdin: 'Fourteen people were killed on Tuesday.' });
    expect(code).toBe(0);
    const doc = JSON.parse(stdout);
    expect(doc.reports[0].path).toBe('pasted.txt');
    expect(doc.findings.find((f: { subject: string }) => f.subject === 'deaths').verdict).toBe('compatible');
  });

  it('--only and --conflicts-only narrow the report', async () => {
    const { stdout } = await runCli(['fixtures/council-titles/gazette.txt', 'fixtures/council-titles/herald.txt', '--only', 'people', '--conflicts-only', '--color', 'never']);
    expect(stdout).not.toMatch(/^= |^Agreeing|^\+ /m);
    expect(stdout).not.toMatch(/ (number|quote) /);
    expect(stdout).toMatch(/^! person Ines Carvalho: conflict/m);
  });

  it('colour: never by default off a terminal, always on request, NO_COLOR wins over auto', async () => {
    const argv = ['fixtures/council-titles/gazette.txt', 'fixtures/council-titles/herald.txt'];
    expect((await runCli(argv)).stdout).not.toMatch(/\x1b\[/);
    expect((await runCli([...argv, '--color', 'always'])).stdout).toMatch(/\x1b\[/);
    expect((await runCli(argv, { env: { FORCE_COLOR: '1' } })).stdout).toMatch(/\x1b\[/);
    expect((await runCli(argv, { env: { FORCE_COLOR: '1', NO_COLOR: '1' } })).stdout).not.toMatch(/\x1b\[/);
  });

  it('never echoes terminal control characters from a report', async () => {
    const evil = 'Anna Kovacs said “we \u001b[2Jwill rebuild the town” on Monday. 25 people were killed.';
    const { stdout } = await runCli(['-', B, '--color', 'never', '--all'], { stdin: evil });
    expect(stdout).not.toMatch(/\u001b/);
    expect(stdout).toMatch(/\\x1b\[2J/);
  });

  it('extract prints what one report holds, in text and JSON', async () => {
    const text = await runCli(['extract', B, '--color', 'never']);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/number {2}deaths in \[14, …\]/);
    const json = JSON.parse((await runCli(['extract', B, '--format', 'json'])).stdout);
    expect(json.schemaVersion).toBe(1);
    expect(json.claims.some((c: { kind: string; speaker?: string; speakerKind?: string }) => c.kind === 'quote' && c.speaker === 'Anneliese Brandt' && c.speakerKind === 'person')).toBe(true);
  });

  it('extract text reads as a table: every claim\'s kind in one column, a wrapped line under its claim', async () => {
    const lines = (await runCli(['extract', B, '--color', 'never'], { env: { COLUMNS: '80' } })).stdout.split('\n');
    const claims = lines.filter((l) => l.startsWith(`${B}:`) && /^\d/.test(l.slice(B.length + 1)));
    expect(claims.length).toBeGreaterThan(5);
    expect(new Set(claims.map((l) => l.search(/ (number|person|quote) /))).size).toBe(1);
    const column = claims[0]!.search(/ (number|person|quote) /) + 1;
    for (const l of lines.filter((x) => x !== '' && !x.startsWith(B))) expect(l.search(/\S/), l).toBe(column);
    for (const l of lines) expect(l.length, l).toBeLessThanOrEqual(80);
  });

  it('--help has usage, examples and exit status; --version prints the version', async () => {
    const help = await runCli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/Usage: factdiff/);
    expect(help.stdout).toMatch(/Examples:/);
    expect(help.stdout).toMatch(/Exit status:/);
    expect((await runCli(['--version'])).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});

describe('options and commands', () => {
  const PAIR = ['fixtures/council-titles/gazette.txt', 'fixtures/council-titles/herald.txt'];

  it.each([
    [['--format', 'json', 'extract', B], ['extract', B, '--format', 'json']],
    [['-f', 'jsonl', '--only', 'numbers', 'batch', 'fixtures/clusters'], ['batch', 'fixtures/clusters', '-f', 'jsonl', '--only', 'numbers']],
    [['--quiet', 'batch', 'fixtures/clusters'], ['batch', 'fixtures/clusters', '-q']],
  ])('options before a command apply to it: %j', async (before, after) => {
    const [a, b] = [await runCli(before), await runCli(after)];
    expect(a).toEqual(b);
    expect(a.code).not.toBe(2);
  });

  it('an option given after the command wins over the same one before it', async () => {
    const r = await runCli(['--format', 'text', 'extract', B, '--format', 'json']);
    expect(JSON.parse(r.stdout).schemaVersion).toBe(1);
  });

  it.each([
    [['--reference', A, 'extract', B], "factdiff: --reference does not apply to 'extract'\n"],
    [['--conflicts-only', 'extract', B], "factdiff: --conflicts-only does not apply to 'extract'\n"],
    [['--reference', A, 'batch', 'fixtures/clusters'], "factdiff: --reference does not apply to 'batch'\n"],
  ])('an option the command does not take is refused: %j', async (argv, message) => {
    expect(await runCli(argv)).toEqual({ code: 2, stdout: '', stderr: message });
  });

  it('`factdiff help` and `factdiff help COMMAND` print the help on stdout', async () => {
    const help = await runCli(['help']);
    expect(help).toEqual({ code: 0, stdout: (await runCli(['--help'])).stdout, stderr: '' });
    const batch = await runCli(['help', 'batch']);
    expect(batch).toEqual({ code: 0, stdout: (await runCli(['batch', '--help'])).stdout, stderr: '' });
    expect(batch.stdout).toMatch(/^Usage: factdiff batch/);
    expect(await runCli(['help', 'nope'])).toEqual({ code: 2, stdout: '', stderr: "factdiff: help: no command 'nope'; commands: extract, batch, completion\n" });
  });

  it('bare `factdiff` prints the usage on stderr and exits 2 (an empty file list in CI must not pass)', async () => {
    const bare = await runCli([]);
    expect(bare.code).toBe(2);
    expect(bare.stdout).toBe('');
    expect(bare.stderr).toBe((await runCli(['--help'])).stdout);
  });

  it('-o - writes the report to stdout', async () => {
    const [dash, plain] = [await runCli([...PAIR, '-o', '-', '-f', 'json']), await runCli([...PAIR, '-f', 'json'])];
    expect(dash).toEqual(plain);
    expect(dash.code).toBe(1);
  });

  it('--no-color turns colour off, even when forced', async () => {
    const r = await runCli([...PAIR, '--no-color'], { env: { FORCE_COLOR: '1' } });
    expect(r.stdout).toMatch(/Ines Carvalho/);
    expect(r.stdout).not.toMatch(/\x1b\[/);
    expect((await runCli([...PAIR, '--color', 'never', '--no-color'])).code).toBe(1);
  });

  it('help groups the options (input, output, checking, CI), then examples and exit statuses', async () => {
    for (const argv of [['--help'], ['help', 'batch'], ['help', 'extract']]) {
      const { stdout } = await runCli(argv);
      const headings = stdout.split('\n').filter((l) => /^[A-Z][\w ]*:$/.test(l));
      expect(headings.slice(0, 6)).toEqual(['Arguments:', 'Input:', 'Output:', 'Checking:', 'CI:', 'Options:']);
      expect(headings).toContain('Examples:');
      expect(headings.at(-1)).toBe('Exit status:');
    }
  });

  it('--fail-on is described as the ladder it is', async () => {
    const { stdout } = await runCli(['--help']);
    const text = stdout.replace(/\s+/g, ' ');
    expect(text).toContain('conflict = conflicts and misattributed quotes (default) < unsupported = + quotes the reference lacks < reworded = + reworded quotes < any = + compatible figures; never = none');
  });
});

describe('reference mode over a folder or a pattern', () => {
  /** A newsroom folder: the wire copy beside the drafts checked against it. */
  const newsroom = (): string => {
    const dir = mkdtempSync(join(tmpdir(), 'factdiff-newsroom-'));
    copyFileSync(join(ROOT, 'fixtures/council-titles/herald.txt'), join(dir, 'wire.txt'));
    copyFileSync(join(ROOT, 'fixtures/council-titles/gazette.txt'), join(dir, 'draft.txt'));
    return dir;
  };
  const compared = async (argv: string[]): Promise<string[]> => {
    const r = await runCli([...argv, '-f', 'json']);
    expect(r.stderr).toBe('');
    return JSON.parse(r.stdout).reports.map((x: { path: string }) => x.path);
  };

  it('a folder or pattern holding the reference stands for the other reports in it', async () => {
    const dir = newsroom();
    const [wire, draft] = [join(dir, 'wire.txt'), join(dir, 'draft.txt')];
    expect(await compared(['--reference', wire, dir])).toEqual([wire, draft]);
    expect(await compared(['--reference', join(dir, '.', 'wire.txt'), `${dir}/`])).toEqual([join(dir, '.', 'wire.txt'), draft]);
    expect(await compared(['--reference', wire, join(dir, '*.txt')])).toEqual([wire, draft]);
  });

  it('the reference named again as a draft is still "given twice"', async () => {
    const dir = newsroom();
    const [wire, draft] = [join(dir, 'wire.txt'), join(dir, 'draft.txt')];
    const r = await runCli(['--reference', wire, wire, draft]);
    expect(r).toEqual({ code: 2, stdout: '', stderr: `factdiff: ${wire}: given twice; compare different reports\n` });
  });
});
