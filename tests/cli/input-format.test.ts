/**
 * HTML and Markdown reports from the command line: read as a reader sees them, with
 * positions in the file as given; `--input-format` chooses, `auto` goes by the name and
 * then the text.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers.js';

const HTML = 'fixtures/ferry-markup/broadcaster.html';
const MD = 'fixtures/ferry-markup/newsdesk.md';
const BIN = join(ROOT, 'bin', 'factdiff.js');
const built = existsSync(join(ROOT, 'dist', 'cli', 'node.js'));

interface Claim { report: string; text: string; line: number; column: number; start: number; end: number }
interface Doc { reports: { id: string; path: string }[]; findings: { subject: string; verdict: string; claims: Claim[] }[] }

function cli(args: string[], input?: string): { status: number | null; stdout: string; stderr: string } {
  return spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', input, env: { ...process.env, NO_COLOR: '1' } });
}

describe.skipIf(!built)('HTML and Markdown reports (built CLI)', () => {
  it('finds the conflict the markup hid, and nothing from scripts, navigation or footers', () => {
    const run = cli([HTML, MD, '--format', 'json']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    const doc = JSON.parse(run.stdout) as Doc;
    const deaths = doc.findings.find((f) => f.subject === 'deaths')!;
    expect(deaths.verdict).toBe('conflict');
    expect(deaths.claims.map((c) => c.text)).toEqual(['19', '23']);
    const texts = doc.findings.flatMap((f) => f.claims.map((c) => c.text));
    // The <title>, the JSON-LD and tracking scripts, the nav, the aside, the hidden ad
    // and the page footer all hold numbers; none is read.
    for (const hidden of ['31', '412', '3%', '12', '50%', '1,200', '40', '7', '44', '14', '99']) expect(texts).not.toContain(hidden);
  });

  it('gives line, column and offsets in the file as given', () => {
    const doc = JSON.parse(cli([HTML, MD, '--format', 'json']).stdout) as Doc;
    const files = new Map(doc.reports.map((r) => [r.id, readFileSync(join(ROOT, r.path), 'utf8')]));
    let checked = 0;
    for (const claim of doc.findings.flatMap((f) => f.claims)) {
      const file = files.get(claim.report)!;
      const line = file.split('\n')[claim.line - 1]!;
      expect(line.slice(claim.column - 1).startsWith(claim.text.split(/\s/)[0]!), `${claim.text} at ${claim.line}:${claim.column}`).toBe(true);
      expect(file.slice(claim.start, claim.end).replace(/\s+/g, ' ')).toBe(claim.text);
      checked++;
    }
    expect(checked).toBeGreaterThan(10);
    const text = cli([HTML, MD]).stdout;
    expect(text).toMatch(/fixtures\/ferry-markup\/broadcaster\.html:33:28 {2}19\n {8}\| Dead \| 19 \|/);
    expect(text).toMatch(/fixtures\/ferry-markup\/newsdesk\.md:7:22 {8}23/);
  });

  it('--input-format text reads the tags as text, as before', () => {
    const doc = JSON.parse(cli([HTML, MD, '--format', 'json', '--input-format', 'text']).stdout) as Doc;
    expect(doc.findings.find((f) => f.subject === 'deaths' && f.verdict === 'conflict')).toBeUndefined();
  });

  it('standard input is read as HTML when --stdin-name says so, or when it opens as HTML', () => {
    const page = readFileSync(join(ROOT, HTML), 'utf8');
    for (const args of [['-', MD, '--stdin-name', 'page.html'], ['-', MD]]) {
      const doc = JSON.parse(cli([...args, '--format', 'json'], page).stdout) as Doc;
      expect(doc.findings.find((f) => f.subject === 'deaths')?.verdict, args.join(' ')).toBe('conflict');
    }
    const asText = JSON.parse(cli(['-', MD, '--format', 'json', '--input-format', 'text'], page).stdout) as Doc;
    expect(asText.findings.find((f) => f.subject === 'deaths' && f.verdict === 'conflict')).toBeUndefined();
  });

  it('refuses an unknown --input-format with one line and exit 2', () => {
    const run = cli([HTML, MD, '--input-format', 'pdf']);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe("factdiff: --input-format: unknown format 'pdf'; use auto, text, html, markdown\n");
  });

  it('batch reads a story folder of HTML and Markdown files as such', () => {
    const dir = mkdtempSync(join(tmpdir(), 'factdiff-markup-'));
    mkdirSync(join(dir, 'ferry'));
    writeFileSync(join(dir, 'ferry', 'broadcaster.html'), readFileSync(join(ROOT, HTML)));
    writeFileSync(join(dir, 'ferry', 'newsdesk.md'), readFileSync(join(ROOT, MD)));
    const run = spawnSync(process.execPath, [BIN, 'batch', dir, '--format', 'jsonl'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, FACTDIFF_NO_BATCH_CHILD: '1' } });
    expect(run.status).toBe(1);
    const deaths = run.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l)).find((r) => r.type === 'finding' && r.data.subject === 'deaths');
    expect(deaths?.data.verdict).toBe('conflict');
  });
});

describe('HTML and Markdown reports (in-process)', () => {
  it('the HTML report numbers the lines it shows by the file they come from', async () => {
    const { stdout } = await runCli([HTML, MD, '--format', 'html']);
    expect(stdout).toContain('title="fixtures/ferry-markup/broadcaster.html:33:28">line 33<');
    expect(stdout).toMatch(/data-n="33"><\/span><span class="s">\| Dead \| <mark [^>]*>19<\/mark>/);
    expect(stdout).toMatch(/data-n="7"><\/span><span class="s">Lake Orlov ferry: <mark [^>]*>23<\/mark> dead/);
  });

  it('warns when markup holds no text', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'factdiff-markup-'));
    writeFileSync(join(dir, 'app.html'), '<!doctype html><html><body><div id="root"></div><script>render(25)</script></body></html>');
    const r = await runCli([join(dir, 'app.html'), MD, '--color', 'never']);
    expect(r.stderr).toBe(`factdiff: warning: ${join(dir, 'app.html')}: no text in this HTML outside markup; it takes part with no claims\n`);
  });
});
