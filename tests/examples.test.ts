/**
 * The README's examples and the examples in --help, run. In the README, every line of a
 * ```sh block is a factdiff command run from the repository root, as written (through a
 * `factdiff` on the PATH that runs bin/factdiff.js); a ```text block right after a ```sh
 * block of one command is that command's output, byte for byte (UPDATE_GOLDEN=1 rewrites
 * it). factdiff commands in ```yaml and ```console blocks (CI recipes) and in --help's
 * examples name files that do not exist here: they are parsed, with --print-config, and
 * must be accepted.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { AFTER_HELP } from '../src/cli/help.js';
import { RULES, helpUri } from '../src/render/sarif.js';
import { HOMEPAGE } from '../src/version.js';
import { ROOT } from './helpers.js';

const README_PATH = join(ROOT, 'README.md');
const README = readFileSync(README_PATH, 'utf8');
const built = spawnSync(process.execPath, [join(ROOT, 'bin', 'factdiff.js'), '--version']).status === 0;
const hasJq = spawnSync('jq', ['--version']).status === 0;

interface Block {
  readonly lang: string;
  readonly body: string;
  /** Offsets of the body in the README. */
  readonly start: number;
  readonly end: number;
}

/** The fenced code blocks of a Markdown text, in order. */
function fencedBlocks(text: string): Block[] {
  return [...text.matchAll(/^```(\w*)\n([\s\S]*?)^```$/gm)].map((m) => ({
    lang: m[1]!,
    body: m[2]!,
    start: m.index! + 4 + m[1]!.length,
    end: m.index! + 4 + m[1]!.length + m[2]!.length,
  }));
}

const blocks = fencedBlocks(README);
const commandLines = (b: Block): string[] => b.body.split('\n').filter((l) => l.trim() !== '' && !l.trim().startsWith('#'));

/** A scratch directory standing for the repository root, and a PATH whose factdiff is this one. */
const tmp = mkdtempSync(join(tmpdir(), 'factdiff-examples-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const work = join(tmp, 'repo');
mkdirSync(work);
symlinkSync(join(ROOT, 'fixtures'), join(work, 'fixtures'));
const bin = join(tmp, 'bin');
mkdirSync(bin);
writeFileSync(join(bin, 'factdiff'), `#!/bin/sh\nexec ${JSON.stringify(process.execPath)} ${JSON.stringify(join(ROOT, 'bin', 'factdiff.js'))} "$@"\n`);
chmodSync(join(bin, 'factdiff'), 0o755);
const env = { ...process.env, PATH: `${bin}:${process.env.PATH}`, HOME: join(tmp, 'home'), NO_COLOR: '1', CI: '1', COLUMNS: '80' };

/** Runs a shell command line as a user would, from the scratch repository root. */
function shell(line: string) {
  for (const [, target] of line.matchAll(/>\s*(\S+)/g)) mkdirSync(dirname(target!.replace(/^~/, env.HOME)), { recursive: true });
  return spawnSync('sh', ['-c', line], { cwd: work, env, encoding: 'utf8', timeout: 60_000 });
}

/** The factdiff commands of a line (`a | factdiff …`, `npx factdiff …`), without redirections. */
function invocations(line: string): string[] {
  return line
    .split(/\s\|\s|&&/)
    .map((part) => part.trim().replace(/^(?:-\s+run:\s+)?(?:\$\s+)?(?:npx\s+)?/, ''))
    .filter((part) => part.startsWith('factdiff '))
    .map((part) => part.replace(/\s+(?:>|2>).*$/, '').replace(/\s{2,}\S.*$/, ''));
}

/** Parses a factdiff command without running it: settings and flags checked, no file read. */
function parses(command: string): void {
  const isCompletion = /^factdiff completion /.test(command);
  const r = shell(isCompletion ? command : `${command} --print-config`);
  expect(r.stderr, command).toBe('');
  expect(r.status, command).toBe(0);
}

describe('README', () => {
  it('is under 350 lines', () => {
    expect(README.split('\n').length).toBeLessThan(350);
  });

  it('links each SARIF rule to a heading of its own', () => {
    const headings = new Set([...README.matchAll(/^#{2,4} (.+)$/gm)].map((m) => m[1]!.trim().toLowerCase().replace(/[^\w\- ]/g, '').replace(/ /g, '-')));
    for (const rule of RULES) {
      expect(helpUri(rule.id)).toBe(`${HOMEPAGE}#${rule.id}`);
      expect(headings, rule.id).toContain(rule.id);
    }
  });

  const runnable = blocks.filter((b) => b.lang === 'sh').flatMap(commandLines);
  it.skipIf(!built).each(runnable)('runs: %s', (line) => {
    expect(line, 'a ```sh line of the README is a factdiff command').toMatch(/^factdiff /);
    if (/\|\s*jq\b/.test(line) && !hasJq) return console.warn(`skipped (no jq): ${line}`);
    const r = shell(line);
    expect(r.stderr).toBe('');
    expect([0, 1]).toContain(r.status);
    if (!/>/.test(line)) expect(r.stdout.trim()).not.toBe('');
  });

  it.skipIf(!built)('shows the output its example commands print', () => {
    let text = README;
    let checked = 0;
    // From the last block back, so that a rewrite keeps the earlier offsets.
    for (let i = blocks.length - 1; i > 0; i--) {
      const [command, output] = [blocks[i - 1]!, blocks[i]!];
      const between = README.slice(command.end, output.start);
      if (command.lang !== 'sh' || output.lang !== 'text' || commandLines(command).length !== 1 || !/^```\n\n```text\n$/.test(between)) continue;
      const printed = shell(commandLines(command)[0]!).stdout;
      if (process.env.UPDATE_GOLDEN) text = text.slice(0, output.start) + printed + text.slice(output.end);
      else expect(output.body, `the output shown after ${commandLines(command)[0]}`).toBe(printed);
      checked++;
    }
    if (process.env.UPDATE_GOLDEN) writeFileSync(README_PATH, text);
    expect(checked).toBeGreaterThan(0);
  });

  // Synopses and outputs (```text) are not commands.
  const elsewhere = blocks.filter((b) => b.lang === 'yaml' || b.lang === 'console').flatMap((b) => b.body.split('\n').flatMap(invocations));
  it.skipIf(!built).each(elsewhere)('accepts: %s', (command) => parses(command));

  it('has factdiff commands outside ```sh blocks to check (the CI recipes)', () => {
    expect(elsewhere.length).toBeGreaterThan(3);
  });
});

describe('--help examples', () => {
  const examples = Object.values(AFTER_HELP).flatMap((text) => text.split('\n').filter((l) => /^\s+\$ /.test(l)).flatMap(invocations));
  it('are there for every command', () => {
    expect(examples.length).toBeGreaterThan(10);
  });
  it.skipIf(!built).each(examples)('accepts: %s', (command) => parses(command));
});
