/**
 * batch, first class: every compare-mode format, --conflicts-only and --only, errors on
 * stderr even when quiet, progress whenever stderr is a terminal, and a summary record
 * per story in JSON Lines.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { main, type Io } from '../../src/cli/main.js';
import { batchDir, ROOT, runCli } from '../helpers.js';

let validateSarif: ((doc: unknown) => boolean) & { errors?: unknown };
beforeAll(async () => {
  const { default: Ajv } = await import('ajv-draft-04');
  const schema = JSON.parse(readFileSync(join(ROOT, 'node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
  validateSarif = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false }).compile(schema);
});

/** The same story checked on its own, in compare mode. */
const alone = (dir: string, story: string, files: string[], format: string) => runCli([...files.map((f) => join(dir, story, f)), '-f', format]);

describe('batch prints every format compare mode prints', () => {
  it('sarif: one valid log, each story\'s results as compare mode gives them, failed stories as notifications', async () => {
    const dir = batchDir();
    const r = await runCli(['batch', dir, '-f', 'sarif']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe(`${JSON.stringify(JSON.parse(r.stdout), null, 2)}\n`);
    const doc = JSON.parse(r.stdout);
    expect(validateSarif(doc), JSON.stringify(validateSarif.errors)).toBe(true);
    const run = doc.runs[0];
    const single = JSON.parse((await alone(dir, 'council-titles', ['gazette.txt', 'herald.txt'], 'sarif')).stdout).runs[0];
    const council = run.results.filter((x: { properties: { story: string } }) => x.properties.story === 'council-titles');
    expect(council.map(({ properties: _, ...rest }: { properties: unknown }) => rest)).toEqual(single.results);
    expect(council.length).toBeGreaterThan(0);
    expect(run.tool).toEqual(single.tool);
    expect(run.invocations).toEqual([
      { executionSuccessful: false, toolExecutionNotifications: [{ level: 'error', message: { text: 'a-broken: needs at least two reports (has 1)' } }] },
    ]);
  });

  it('sarif: a batch with no findings and no failures is still one valid log', async () => {
    const r = await runCli(['batch', batchDir(), '-f', 'sarif', '--only', 'quotes', '--fail-on', 'never']);
    const doc = JSON.parse(r.stdout);
    expect(validateSarif(doc), JSON.stringify(validateSarif.errors)).toBe(true);
    expect(r.stdout).toBe(`${JSON.stringify(doc, null, 2)}\n`);
  });

  it('github: each story\'s annotations and a notice with its totals, failed stories as errors, the batch\'s totals last', async () => {
    const dir = batchDir();
    const r = await runCli(['batch', dir, '-f', 'github']);
    expect(r.code).toBe(2);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toBe('::error::factdiff: a-broken: needs at least two reports (has 1)');
    const single = (await alone(dir, 'council-titles', ['gazette.txt', 'herald.txt'], 'github')).stdout.trim().split('\n');
    const annotations = single.slice(0, -1);
    expect(lines.slice(1, 1 + annotations.length)).toEqual(annotations);
    expect(lines[1 + annotations.length]).toBe(single.at(-1)!.replace('::notice::factdiff: ', '::notice::factdiff: council-titles: '));
    expect(lines.at(-1)).toMatch(/^::notice::factdiff: 3 stories, 1 failed: \d+ agree, /);
  });

  it('markdown: a section per story, as compare mode writes it under the story\'s name, and the totals', async () => {
    const dir = batchDir();
    const r = await runCli(['batch', dir, '-f', 'markdown']);
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/^## a-broken\n\n❗ could not be checked: needs at least two reports \(has 1\)\n/);
    const single = (await alone(dir, 'plant-explosion', ['local.txt', 'wire.txt'], 'markdown')).stdout;
    expect(r.stdout).toContain(single.replace(/^## factdiff\n/, '## plant-explosion\n'));
    // The batch's totals as each story's summary: icons, worst first.
    expect(r.stdout).toMatch(/\n---\n\n\*\*3 stories, 1 failed:\*\* ❌ \d+ conflict · ☑️ \d+ compatible · ✅ \d+ agree · ➕ \d+ only-one\n$/);
  });

  it('a story name is escaped in markdown headings', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'factdiff-mdname-'));
    writeFileSync(join(dir, 'm.json'), JSON.stringify([{ name: 'a *b* <i>', reports: [join(ROOT, 'fixtures/council-titles/gazette.txt'), join(ROOT, 'fixtures/council-titles/herald.txt')] }]));
    const r = await runCli(['batch', join(dir, 'm.json'), '-f', 'markdown']);
    expect(r.stdout).toMatch(/^## a \\\*b\\\* \\<i\\>$/m);
  });
});

describe('batch narrows as compare mode does', () => {
  it('--conflicts-only shows only conflicts in every story', async () => {
    const r = await runCli(['batch', batchDir(), '--conflicts-only', '--color', 'never']);
    expect(r.stdout).toMatch(/^! /m);
    expect(r.stdout).not.toMatch(/^[=≈~+] /m);
    expect(r.stdout).not.toMatch(/^Only in one report/m);
  });

  it.each(['json', 'jsonl', 'sarif', 'github'])('--conflicts-only narrows %s to conflicts and misattributed quotes', async (format) => {
    // stadium-quotes has a reworded quote beside its misattributed one.
    const dir = mkdtempSync(join(tmpdir(), 'factdiff-narrow-'));
    const quotes = ['city.txt', 'sport.txt'].map((f) => join(ROOT, 'fixtures/stadium-quotes', f));
    writeFileSync(join(dir, 'm.json'), JSON.stringify([{ name: 'stadium', reports: quotes }]));
    const run = async (flags: string[]): Promise<string[]> => {
      const { stdout } = await runCli(['batch', join(dir, 'm.json'), '--allow-outside', '-f', format, ...flags]);
      if (format === 'sarif') return JSON.parse(stdout).runs[0].results.map((x: { ruleId: string }) => x.ruleId);
      if (format === 'github') return stdout.split('\n').filter((l) => l.includes(' file=')).map((l) => /title=factdiff%3A \w+ (\w+)/.exec(l)![1]!);
      return [...stdout.matchAll(/"verdict": ?"([\w-]+)"/g)].map((m) => m[1]!);
    };
    expect((await run([])).join(' ')).toMatch(/reworded/);
    expect([...new Set(await run(['--conflicts-only']))]).toEqual([format === 'sarif' ? 'quote-misattributed' : 'misattributed']);
  });

  it('text is each story as compare mode prints it: fitted to $COLUMNS (else 80), only-one claims counted unless --all', async () => {
    const dir = batchDir();
    for (const [flags, env] of [[[], {}], [['--all'], {}], [[], { COLUMNS: '60' }]] as const) {
      const r = await runCli(['batch', dir, '--color', 'never', ...flags], { env });
      const single = (await runCli([join(dir, 'council-titles', 'gazette.txt'), join(dir, 'council-titles', 'herald.txt'), '--color', 'never', ...flags], { env })).stdout;
      expect(r.stdout).toContain(`=== council-titles ===\n${single}`);
      const width = Number(env.COLUMNS ?? 80);
      expect(r.stdout.split('\n').filter((l) => l.length > width)).toEqual([]);
    }
    const all = await runCli(['--all', 'batch', dir, '--color', 'never']);
    expect(all.stdout).toMatch(/^Only in one report \(\d+\)$/m);
    expect(all.stdout).not.toMatch(/--all lists them/);
  });

  it('--only numbers checks numbers only, before or after the command', async () => {
    const after = await runCli(['batch', batchDir(), '--only', 'numbers', '-f', 'json']);
    const kinds = new Set(JSON.parse(after.stdout).stories.flatMap((s: { findings?: { kind: string }[] }) => (s.findings ?? []).map((f) => f.kind)));
    expect([...kinds]).toEqual(['number']);
  });
});

describe('batch tells the user what goes wrong and how far it is', () => {
  it('-q prints no report, but still a failing story\'s error on stderr', async () => {
    const r = await runCli(['batch', batchDir(), '-q']);
    expect(r).toEqual({ code: 2, stdout: '', stderr: 'factdiff: a-broken: needs at least two reports (has 1)\n' });
  });

  it.each(['text', 'json', 'jsonl', 'sarif', 'github', 'markdown'])('progress on stderr when it is a terminal, in --format %s', async (format) => {
    const r = await runCli(['batch', batchDir(), '-f', format], { stderrIsTTY: true });
    expect(r.stderr).toMatch(/\r\x1b\[Kchecked 3\/3 stories\n$/);
    expect(r.stderr).toContain('factdiff: a-broken: needs at least two reports');
    expect(r.stdout).not.toMatch(/checked \d/);
  });

  it.each([
    ['not a terminal', [], {}],
    ['--no-progress', ['--no-progress'], { stderrIsTTY: true }],
    ['-q', ['-q'], { stderrIsTTY: true }],
    ['CI', [], { stderrIsTTY: true, env: { CI: 'true' } }],
  ])('no progress line: %s', async (_name, flags, options) => {
    const r = await runCli(['batch', batchDir(), ...flags], options as Parameters<typeof runCli>[1]);
    expect(r.stderr).not.toMatch(/checked/);
  });

  it('with stdout on the same terminal, the progress line is cleared before each story is printed', async () => {
    // One stream, as the terminal shows it: a story's output never lands after a drawn progress line.
    let screen = '';
    const io: Io = {
      readStdin: async () => new Uint8Array(),
      stdout: (s) => void (screen += `<out>${s}`),
      stderr: (s) => void (screen += `<err>${s}`),
      env: {},
      stdoutIsTTY: true,
      stderrIsTTY: true,
      cwd: ROOT,
    };
    expect(await main(['batch', batchDir(), '--color', 'never'], io)).toBe(2);
    const events = screen.split(/(?=<out>|<err>)/);
    let drawn = false;
    for (const e of events) {
      if (e.startsWith('<err>')) drawn = /checked \d+\/3 stories$/.test(e) || (drawn && !e.includes('\r\x1b[K'));
      else expect(drawn, `output after a drawn progress line: ${JSON.stringify(e.slice(0, 40))}`).toBe(false);
    }
    expect(events.filter((e) => e.startsWith('<out>')).length).toBeGreaterThan(3);
    expect(screen).toMatch(/<err>factdiff: a-broken: needs at least two reports/);
  });
});

describe('batch JSON Lines', () => {
  it('carries a summary record per story, after its findings', async () => {
    const r = await runCli(['batch', batchDir(), '-f', 'jsonl']);
    const records = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { type: string; data: Record<string, unknown> });
    const summaries = records.filter((x) => x.type === 'story-summary').map((x) => x.data);
    expect(summaries.map((s) => [s.story, s.ok])).toEqual([['a-broken', false], ['council-titles', true], ['plant-explosion', true]]);
    expect(summaries[0]).toEqual({ story: 'a-broken', ok: false, error: 'needs at least two reports (has 1)', summary: null });
    const council = records.filter((x) => x.data.story === 'council-titles');
    expect(council.at(-1)!.type).toBe('story-summary');
    const conflicts = council.filter((x) => x.type === 'finding' && x.data.verdict === 'conflict').length;
    expect(summaries[1]).toMatchObject({ reports: 2, summary: { conflict: conflicts } });
    expect(records.at(-1)!.type).toBe('summary');
  });
});
