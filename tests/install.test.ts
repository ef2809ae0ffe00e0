/**
 * Installing factdiff as its users do gives a working command: from git (`npm install
 * git+file://…`, where npm installs the build tools and builds it with the prepare script),
 * from a tarball made by `npm pack`, and globally from a clone (`npm install -g .`). Each
 * runs in a temporary directory with its own npm cache and prefix, over a copy of this
 * working tree committed to a scratch git repository; npm reaches only its registry. The
 * temporary cache starts as a copy of the user's, and npm prefers it to the network, so
 * that the file takes seconds rather than minutes on a warm machine; the clone made for
 * the tarball and the global install borrows this checkout's node_modules instead of
 * installing its own (the git install shows that npm installs them). Skipped, with the
 * reason, when git or the registry cannot be reached.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';

const tmp = mkdtempSync(join(tmpdir(), 'factdiff-install-'));
const cache = join(tmp, 'npm-cache');
const repo = join(tmp, 'factdiff');

/** The environment npm runs in: none of the npm_* variables `npm test` sets, a cache of its own. */
const env: NodeJS.ProcessEnv = {
  ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k))),
  npm_config_cache: cache,
  npm_config_audit: 'false',
  npm_config_fund: 'false',
  npm_config_update_notifier: 'false',
  npm_config_loglevel: 'error',
  npm_config_prefer_offline: 'true',
  NO_COLOR: '1',
  CI: '1',
};

/** The user's npm cache, copied for npm to start from (packages only: the cache holds no credentials). */
function seedCache(): void {
  const user = spawnSync('npm', ['config', 'get', 'cache'], { env: { ...env, npm_config_cache: undefined }, encoding: 'utf8' }).stdout.trim();
  const packages = join(user, '_cacache');
  if (user !== '' && existsSync(packages)) cpSync(packages, join(cache, '_cacache'), { recursive: true });
}

const sh = (cmd: string, args: string[], cwd: string): SpawnSyncReturns<string> =>
  spawnSync(cmd, args, { cwd, env, encoding: 'utf8', timeout: 300_000 });

function skipReason(): string | null {
  if (sh('git', ['--version'], ROOT).status !== 0) return 'git is not installed';
  const ping = spawnSync('npm', ['ping'], { env, encoding: 'utf8', timeout: 20_000 });
  return ping.status === 0 ? null : `the npm registry cannot be reached (npm ping: ${(ping.stderr || String(ping.error)).trim().split('\n')[0]})`;
}
const skip = skipReason();
if (skip !== null) console.warn(`tests/install.test.ts skipped: ${skip}`);

/** A project directory with an empty package.json, as a user's own project would be. */
function project(name: string): string {
  const dir = join(tmp, name);
  mkdirSync(dir);
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify({ name, private: true })}\n`);
  return dir;
}

const PAIR = [join(ROOT, 'fixtures/council-titles/gazette.txt'), join(ROOT, 'fixtures/council-titles/herald.txt')];

/** The installed command compares, helps and batches as the one in the repository does. */
function expectWorking(bin: string): void {
  const run = (args: string[]) => sh(bin, args, tmp);
  const pair = run(PAIR);
  expect(pair.stderr).toBe('');
  expect(pair.status).toBe(1);
  expect(pair.stdout).toMatch(/^! person Ines Carvalho: conflict/m);
  const version = run(['--version']);
  expect([version.status, version.stdout.trim()]).toEqual([0, JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version]);
  expect(run(['--help']).stdout).toMatch(/^Usage: factdiff/);
  const batch = run(['batch', join(ROOT, 'fixtures/clusters'), '--format', 'jsonl']);
  expect(batch.stderr).toBe('');
  expect(batch.status).toBe(1);
  expect(JSON.parse(batch.stdout.trim().split('\n').at(-1)!).type).toBe('summary');
}

/**
 * The scratch clone's build tools, as `npm ci` would install them: this checkout's
 * node_modules (the same lockfile). npm pack and npm install -g . build it themselves.
 */
function setUp(): void {
  if (!existsSync(join(repo, 'node_modules'))) symlinkSync(join(ROOT, 'node_modules'), join(repo, 'node_modules'));
}

describe.skipIf(skip !== null)('installing factdiff', () => {
  beforeAll(() => {
    seedCache();
    // The working tree as it is (tracked files and new ones not ignored), committed afresh.
    const files = sh('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], ROOT).stdout.split('\0').filter((f) => f !== '');
    for (const file of files) {
      try {
        cpSync(join(ROOT, file), join(repo, file));
      } catch (error) {
        if ((error as { code?: string }).code !== 'ENOENT') throw error; // a file deleted but not yet staged
      }
    }
    const git = (...args: string[]) => expect(sh('git', ['-c', 'user.name=test', '-c', 'user.email=test@example.org', ...args], repo).status).toBe(0);
    git('init', '-q');
    git('add', '-A');
    git('commit', '-q', '-m', 'scratch copy');
  }, 300_000);
  afterAll(() => rmSync(tmp, { recursive: true, force: true }), 300_000);

  it('from git: npm builds it, and the command works', () => {
    const dir = project('from-git');
    const install = sh('npm', ['install', `git+file://${repo}`], dir);
    expect(install.status, install.stderr).toBe(0);
    expectWorking(join(dir, 'node_modules', '.bin', 'factdiff'));
  }, 600_000);

  it('globally from a clone not yet set up: refused in one line, saying what to do', () => {
    const bare = join(tmp, 'bare-clone');
    expect(sh('git', ['clone', '-q', repo, bare], tmp).status).toBe(0);
    const install = sh('npm', ['install', '-g', '--prefix', join(tmp, 'bare-global'), '.'], bare);
    expect(install.status).not.toBe(0);
    expect(install.stderr).toMatch(/factdiff prepare: cannot build: typescript and esbuild not installed here; run `npm ci` in .* first/);
  }, 600_000);

  it('from a tarball made by npm pack: the command works, installed in a project or globally', () => {
    setUp();
    const pack = sh('npm', ['pack', '--pack-destination', tmp], repo);
    expect(pack.status, pack.stderr).toBe(0);
    const tarball = join(tmp, readdirSync(tmp).find((f) => f.endsWith('.tgz'))!);
    const dir = project('from-tarball');
    const install = sh('npm', ['install', tarball], dir);
    expect(install.status, install.stderr).toBe(0);
    expectWorking(join(dir, 'node_modules', '.bin', 'factdiff'));
    const prefix = join(tmp, 'tarball-global');
    expect(sh('npm', ['install', '-g', '--prefix', prefix, tarball], tmp).status).toBe(0);
    expectWorking(join(prefix, 'bin', 'factdiff'));
  }, 600_000);

  it('globally from a clone (npm install -g .): the command works', () => {
    setUp();
    const prefix = join(tmp, 'global');
    const install = sh('npm', ['install', '-g', '--prefix', prefix, '.'], repo);
    expect(install.status, install.stderr).toBe(0);
    expectWorking(join(prefix, 'bin', 'factdiff'));
  }, 600_000);
});
