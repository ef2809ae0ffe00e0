/**
 * The text report at a terminal: fitted to its width, paged when longer than the screen
 * (as git does), never paged into a pipe or a file. The terminal is faked through the Io
 * main() receives, and once for real through a pseudo-terminal (`script`).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main, type Io } from '../../src/cli/main.js';
import { pagerCommand, runPager, screenRows } from '../../src/cli/pager.js';
import { displayWidth } from '../../src/render/layout.js';
import { ROOT, runCli } from '../helpers.js';

const THREE = ['fixtures/bridge-three-reports/agency.txt', 'fixtures/bridge-three-reports/blog.txt', 'fixtures/bridge-three-reports/broadcaster.txt'];
const BIN = join(ROOT, 'bin', 'factdiff.js');
const built = existsSync(join(ROOT, 'dist', 'cli', 'node.js'));

interface Terminal {
  readonly columns?: number;
  readonly rows?: number;
  readonly tty?: boolean;
  readonly env?: Record<string, string>;
}

/** Runs main() as if standard output were a terminal of the given size. */
async function atTerminal(argv: string[], t: Terminal): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const env = t.env ?? {};
  const io: Io = {
    readStdin: async () => new Uint8Array(),
    stdout: (s) => {
      stdout += s;
    },
    stderr: (s) => {
      stderr += s;
    },
    env,
    stdoutIsTTY: t.tty ?? true,
    stdoutColumns: t.columns,
    stdoutRows: t.rows,
    cwd: ROOT,
    page: (command, text) => runPager(command, text, { ...process.env, ...env }),
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

function scratch(): string {
  return mkdtempSync(join(tmpdir(), 'factdiff-pager-'));
}

describe('width', () => {
  it.each([40, 64, 100])('fits every line to a %i-column terminal', async (columns) => {
    const { stdout } = await atTerminal([...THREE, '--color', 'always', '--no-pager'], { columns, rows: 1000 });
    expect(stdout).toMatch(/\u001b\[/);
    for (const line of stdout.split('\n')) expect(displayWidth(line), line).toBeLessThanOrEqual(columns);
  });

  it('off a terminal, fits to $COLUMNS, else to 80', async () => {
    const wide = await runCli([...THREE, '--color', 'never'], { env: { COLUMNS: '200' } });
    const narrow = await runCli([...THREE, '--color', 'never'], { env: { COLUMNS: '50' } });
    const usual = await runCli([...THREE, '--color', 'never']);
    const widest = (s: string): number => Math.max(...s.split('\n').map(displayWidth));
    expect(widest(narrow.stdout)).toBeLessThanOrEqual(50);
    expect(widest(usual.stdout)).toBeLessThanOrEqual(80);
    expect(widest(wide.stdout)).toBeGreaterThan(80);
    expect(narrow.stdout.split('\n').length).toBeGreaterThan(wide.stdout.split('\n').length);
  });

  it.skipIf(!built)('the built CLI honours $COLUMNS when piped', () => {
    const run = spawnSync(process.execPath, [BIN, ...THREE], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, COLUMNS: '56', NO_COLOR: '1' } });
    expect(run.status).toBe(1);
    for (const line of run.stdout.split('\n')) expect(displayWidth(line), line).toBeLessThanOrEqual(56);
  });
});

describe('pager', () => {
  it.each([
    [{}, 'linux', 'less -FRX'],
    [{ PAGER: 'more' }, 'linux', 'more'],
    [{ PAGER: 'more', FACTDIFF_PAGER: 'most -s' }, 'linux', 'most -s'],
    [{ PAGER: '' }, 'linux', null],
    [{ PAGER: 'cat' }, 'linux', null],
    [{ FACTDIFF_PAGER: '', PAGER: 'less' }, 'linux', null],
    [{}, 'win32', null],
    [{ PAGER: 'more' }, 'win32', 'more'],
  ])('pagerCommand(%j, %s) = %j', (env, platform, command) => {
    expect(pagerCommand(env, platform)).toBe(command);
  });

  it('screen rows: the terminal, else $LINES, else 24', () => {
    expect(screenRows(40, { LINES: '10' })).toBe(40);
    expect(screenRows(undefined, { LINES: '10' })).toBe(10);
    expect(screenRows(undefined, {})).toBe(24);
  });

  it('pages a report longer than the screen through $PAGER, and prints nothing itself', async () => {
    const out = join(scratch(), 'paged.txt');
    const paged = await atTerminal([...THREE, '--color', 'never'], { columns: 80, rows: 10, env: { PAGER: `cat > '${out}'` } });
    const direct = await runCli([...THREE, '--color', 'never']);
    expect(paged.stdout).toBe('');
    expect(paged.stderr).toBe('');
    expect(paged.code).toBe(1);
    expect(readFileSync(out, 'utf8')).toBe(direct.stdout);
  });

  it('gives the pager LESS=FRX unless LESS is set', async () => {
    const dir = scratch();
    await atTerminal([...THREE], { rows: 5, env: { PAGER: `printf %s "$LESS" > '${join(dir, 'a')}'` } });
    await atTerminal([...THREE], { rows: 5, env: { LESS: 'S', PAGER: `printf %s "$LESS" > '${join(dir, 'b')}'` } });
    expect(readFileSync(join(dir, 'a'), 'utf8')).toBe('FRX');
    expect(readFileSync(join(dir, 'b'), 'utf8')).toBe('S');
  });

  it.each([
    ['the report fits on the screen', [] as string[], { rows: 500 }],
    ['--no-pager', ['--no-pager'], { rows: 5 }],
    ['stdout is a pipe', [], { rows: 5, tty: false }],
    ['--quiet', ['-q'], { rows: 5 }],
  ])('does not page when %s', async (_name, flags, t) => {
    const dir = scratch();
    const out = join(dir, 'paged.txt');
    const r = await atTerminal([...THREE, '--color', 'never', ...flags], { ...t, env: { PAGER: `cat > '${out}'` } });
    expect(existsSync(out)).toBe(false);
    expect(r.code).toBe(1);
    if (!flags.includes('-q')) expect(r.stdout).toMatch(/^3 reports: 2 conflicts/);
  });

  it('does not page what --output writes to a file', async () => {
    const dir = scratch();
    const out = join(dir, 'paged.txt');
    const r = await atTerminal([...THREE, '--color', 'never', '-o', join(dir, 'report.txt')], { rows: 5, env: { PAGER: `cat > '${out}'` } });
    expect(existsSync(out)).toBe(false);
    expect(r.stdout).toBe('');
    expect(readFileSync(join(dir, 'report.txt'), 'utf8')).toMatch(/^3 reports: 2 conflicts/);
  });

  it('prints directly, with a warning, when the pager cannot be started', async () => {
    const r = await atTerminal([...THREE, '--color', 'never'], { rows: 5, env: { PAGER: 'factdiff-no-such-pager-here' } });
    expect(r.stdout).toMatch(/^3 reports: 2 conflicts/);
    expect(r.stderr).toContain("factdiff: warning: could not start the pager 'factdiff-no-such-pager-here'; printing directly");
    expect(r.code).toBe(1);
  });

  it('a reader quitting the pager early is no failure', async () => {
    const r = await atTerminal([...THREE, '--color', 'never'], { rows: 5, env: { PAGER: 'head -c 1 > /dev/null' } });
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
  });

  const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;
  it.skipIf(!built || !hasScript || process.platform === 'win32')('the built CLI pages on a real terminal (a pseudo-terminal from `script`)', () => {
    const dir = scratch();
    const out = join(dir, 'paged.txt');
    const command = `${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} ${THREE.join(' ')}`;
    const run = spawnSync('script', ['-qec', command, '/dev/null'], {
      cwd: ROOT, encoding: 'utf8', env: { ...process.env, PAGER: `cat > '${out}'`, LINES: '8', COLUMNS: '70', NO_COLOR: '1' },
    });
    expect(run.status).toBe(1);
    const paged = readFileSync(out, 'utf8');
    expect(paged).toMatch(/^3 reports: 2 conflicts/);
    // Piped, the same command is never paged.
    const piped = spawnSync(process.execPath, [BIN, ...THREE], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, PAGER: `cat > '${join(dir, 'piped.txt')}'`, NO_COLOR: '1' } });
    expect(piped.stdout).toMatch(/^3 reports: 2 conflicts/);
    expect(existsSync(join(dir, 'piped.txt'))).toBe(false);
  });
});
