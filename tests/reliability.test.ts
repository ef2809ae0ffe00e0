/**
 * Bad inputs and faults (issue 25; issue 28, items 8 and 9), through the built CLI as a
 * process: what reaches the disk, stdout and stderr, and the exit status.
 */
import { execFileSync, spawn, spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { ROOT } from './helpers.js';

// FACTDIFF_BIN runs these tests against another build (to see them fail before a fix).
const BIN = process.env.FACTDIFF_BIN ?? join(ROOT, 'bin', 'factdiff.js');
const built = existsSync(join(ROOT, 'dist', 'cli', 'node.js'));
const PAIR = ['fixtures/council-titles/gazette.txt', 'fixtures/council-titles/herald.txt'].map((f) => join(ROOT, f));

/** Runs the built CLI; stdin is empty unless given. */
function run(args: string[], options: SpawnSyncOptions & { input?: string | Buffer } = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', input: '', ...options, env: { ...process.env, NO_COLOR: '1', CI: '1', ...options.env } });
  return { status: r.status, signal: r.signal, stdout: String(r.stdout), stderr: String(r.stderr) };
}

/** A scratch directory, removed after the test. */
function scratch(): string {
  const dir = mkdtempSync(join(tmpdir(), 'factdiff-rel-'));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** One line on stderr, no stack trace. */
function oneLine(stderr: string): void {
  expect(stderr.trim().split('\n')).toHaveLength(1);
  expect(stderr).not.toMatch(/\bat \S+:\d+:\d+/);
}

describe.skipIf(!built)('flags (issue 25, item 16)', () => {
  it.each([
    [['--max-size', '0.0000001'], /--max-size: '0\.0000001' MB is less than one byte/],
    [['--max-size', '100000'], /--max-size: '100000' is more than 500 \(MB\)/],
    [['--max-size', ''], /--max-size: '' is not a positive number/],
  ])('%j is refused', (flags, message) => {
    const r = run([...PAIR, ...flags]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    oneLine(r.stderr);
  });

  it('-j=2 and -f=json mean -j 2 and -f json', () => {
    const r = run(['batch', join(ROOT, 'fixtures', 'clusters'), '-j=2', '-f=json']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout).stories.length).toBeGreaterThan(2);
    expect(JSON.parse(run([...PAIR, '-f=json']).stdout).summary.conflict).toBe(3);
  });
});

const isRoot = process.getuid?.() === 0;
/** As root, the unreadable-folder test runs factdiff as nobody, who must be able to reach the build (a clone under a 0700 mktemp folder is out of its reach). */
const nobodyRuns = !isRoot || spawnSync(process.execPath, [BIN, '--version'], { uid: 65534, gid: 65534 }).status === 0;
/** Makes a character device (as /dev/null is 1,3 and /dev/full 1,7) where it may: as root. */
function device(path: string, minor: 3 | 7): boolean {
  return spawnSync('mknod', [path, 'c', '1', String(minor)]).status === 0;
}

describe.skipIf(!built)('-o writes what it names, and only that (issue 25, item 1; issue 28, item 9)', () => {
  it.skipIf(!isRoot)('onto a device: writes to it, and it stays a device', () => {
    const dir = scratch();
    const nul = join(dir, 'null');
    if (!device(nul, 3)) return;
    const r = run([...PAIR, '-o', nul]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    expect(statSync(nul).isCharacterDevice()).toBe(true);
    expect(readdirSync(dir)).toEqual(['null']);
  });

  it('onto a FIFO: writes into it, and it stays a FIFO', () => {
    const dir = scratch();
    const fifo = join(dir, 'pipe');
    execFileSync('mkfifo', [fifo]);
    const r = spawnSync('sh', ['-c', `timeout 20 cat "$1" > "$2" & node "$3" "$4" "$5" -o "$1"; status=$?; wait; exit $status`, 'sh', fifo, join(dir, 'got.txt'), BIN, ...PAIR], { encoding: 'utf8', timeout: 30_000 });
    expect(r.status).toBe(1);
    expect(statSync(fifo).isFIFO()).toBe(true);
    expect(readFileSync(join(dir, 'got.txt'), 'utf8')).toMatch(/^! person Ines Carvalho: conflict/m);
  });

  // Not run against an older build: it replaced /dev/stdout, the machine's own, with a file.
  it.skipIf(process.env.FACTDIFF_BIN !== undefined)('onto /dev/stdout: the report goes to stdout, appended where the shell appends', () => {
    const dir = scratch();
    const log = join(dir, 'log.txt');
    writeFileSync(log, 'kept\n');
    const r = spawnSync('sh', ['-c', `node "$1" "$2" "$3" -o /dev/stdout >> "$4"`, 'sh', BIN, ...PAIR, log], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    expect(readFileSync(log, 'utf8')).toMatch(/^kept\n2 reports: 3 conflicts[^]*^! person Ines Carvalho: conflict/m);
    expect(lstatSync('/dev/stdout').isSymbolicLink() || statSync('/dev/stdout').isCharacterDevice()).toBe(true);
    const piped = run([...PAIR, '-o', '/dev/stdout']);
    expect(piped.stdout).toMatch(/^! person Ines Carvalho: conflict/m);
  });

  it('onto a symbolic link: writes the file it points to; the link stays; a link to nothing is refused', () => {
    const dir = scratch();
    writeFileSync(join(dir, 'real.txt'), 'old');
    symlinkSync('real.txt', join(dir, 'link.txt'));
    expect(run([...PAIR, '-o', join(dir, 'link.txt')]).status).toBe(1);
    expect(lstatSync(join(dir, 'link.txt')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'real.txt'), 'utf8')).toMatch(/^! person Ines Carvalho: conflict/m);
    symlinkSync('missing.txt', join(dir, 'dangling.txt'));
    const r = run([...PAIR, '-o', join(dir, 'dangling.txt')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/dangling\.txt: is a symbolic link to a file that does not exist/);
    expect(readdirSync(dir).sort()).toEqual(['dangling.txt', 'link.txt', 'real.txt']);
  });

  it.each([0o600, 0o755, 0o640])('an existing file keeps its mode (%o)', (mode) => {
    const dir = scratch();
    const out = join(dir, 'report.txt');
    writeFileSync(out, 'old');
    chmodSync(out, mode);
    expect(run([...PAIR, '-o', out]).status).toBe(1);
    expect(statSync(out).mode & 0o7777).toBe(mode);
    expect(readFileSync(out, 'utf8')).toMatch(/Ines Carvalho/);
  });

  it('a name of 255 bytes, the most a file name may have, is written', () => {
    const dir = scratch();
    const name = `${'n'.repeat(251)}.txt`;
    const r = run([...PAIR, '-o', join(dir, name)]);
    expect(r.stderr).toBe('');
    expect(readdirSync(dir)).toEqual([name]);
  });
});

describe.skipIf(!built)('-o never overwrites what factdiff reads; the same file twice is refused (issue 25, item 2)', () => {
  it('the batch manifest and the settings file are refused as output, and left as they were', () => {
    const dir = scratch();
    const manifest = join(dir, 'm.json');
    const text = JSON.stringify([{ name: 'council', reports: ['a.txt', 'b.txt'] }]);
    writeFileSync(manifest, text);
    copyFileSync(PAIR[0]!, join(dir, 'a.txt'));
    copyFileSync(PAIR[1]!, join(dir, 'b.txt'));
    const batch = run(['batch', manifest, '-o', manifest]);
    expect(batch.status).toBe(2);
    expect(batch.stderr).toMatch(/--output .*m\.json: is the batch manifest; choose another file/);
    expect(readFileSync(manifest, 'utf8')).toBe(text);
    const config = join(dir, 'c.json');
    writeFileSync(config, '{"tolerance": 0.01}');
    const compare = run(['--config', config, ...PAIR, '-o', config]);
    expect(compare.status).toBe(2);
    expect(compare.stderr).toMatch(/c\.json: is the settings file/);
    expect(readFileSync(config, 'utf8')).toBe('{"tolerance": 0.01}');
  });

  it('a report named another way (./a.txt, a link to it) is the same report: refused as output and as a second report', () => {
    const dir = scratch();
    copyFileSync(PAIR[0]!, join(dir, 'a.txt'));
    copyFileSync(PAIR[1]!, join(dir, 'b.txt'));
    symlinkSync('a.txt', join(dir, 'link.txt'));
    const before = readFileSync(join(dir, 'a.txt'), 'utf8');
    const out = run(['a.txt', 'b.txt', '-o', 'link.txt'], { cwd: dir });
    expect(out.status).toBe(2);
    expect(out.stderr).toMatch(/--output link\.txt: is one of the reports/);
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe(before);
    for (const second of ['./a.txt', 'link.txt', `${dir}/a.txt`]) {
      const twice = run(['a.txt', second], { cwd: dir });
      expect(twice.status).toBe(2);
      expect(twice.stderr).toMatch(/given twice \(the same file as a\.txt\)/);
      oneLine(twice.stderr);
    }
  });
});

describe.skipIf(!built)('a failed write is one line and exit 2 (issue 25, item 3)', () => {
  it('stdout on a full device', () => {
    const r = spawnSync('sh', ['-c', `node "$1" --fail-on never "$2" "$3" > /dev/full`, 'sh', BIN, ...PAIR], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('factdiff: cannot write to standard output (ENOSPC)\n');
  });

  it('stdout on a file that cannot grow past 1 KB (as on a disk that fills): not cut short in silence', () => {
    const dir = scratch();
    const r = spawnSync('sh', ['-c', `ulimit -f 1; node "$1" --format json --fail-on never "$2" "$3" > "$4"`, 'sh', BIN, ...PAIR, join(dir, 'out.json')], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('factdiff: cannot write to standard output (EFBIG)\n');
  });

  it('--version and --help on a full device', () => {
    for (const flag of ['--version', '--help']) {
      const r = spawnSync('sh', ['-c', `node "$1" ${flag} > /dev/full`, 'sh', BIN], { encoding: 'utf8' });
      expect(r.status).toBe(2);
      expect(r.stderr).toBe('factdiff: cannot write to standard output (ENOSPC)\n');
    }
  });

  it.skipIf(!isRoot)('-o onto a full device', () => {
    const dir = scratch();
    const full = join(dir, 'full');
    if (!device(full, 7)) return;
    const r = run([...PAIR, '-o', full]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--output .*full: cannot write \(ENOSPC\)/);
    oneLine(r.stderr);
  });
});

/** A batch of two stories large enough to be still running a second after it starts. */
function slowBatch(dir: string): string {
  const big = 'At least 25 people were killed, Mayor Anna Kovacs said. '.repeat(20000);
  for (const story of ['s1', 's2']) {
    mkdirSync(join(dir, 'stories', story), { recursive: true });
    for (const name of ['one.txt', 'two.txt']) writeFileSync(join(dir, 'stories', story, name), big);
  }
  mkdirSync(join(dir, 'out'));
  return join(dir, 'stories');
}

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe.skipIf(!built)('signals leave no temporary file; the child ends with the launcher (issue 25, item 4)', () => {
  it.each(['SIGTERM', 'SIGHUP'] as const)('%s during a batch to -o: ends by the signal, nothing left', async (signal) => {
    const dir = scratch();
    const child = spawn(process.execPath, [BIN, 'batch', slowBatch(dir), '-o', join(dir, 'out', 'report.txt')], { cwd: ROOT });
    await new Promise((r) => setTimeout(r, 1000));
    child.kill(signal);
    const [, ended] = await new Promise<[number | null, string | null]>((r) => child.on('exit', (c, s) => r([c, s])));
    expect(ended).toBe(signal);
    expect(readdirSync(join(dir, 'out'))).toEqual([]);
  }, 30_000);

  it('SIGKILL of the launcher: its child ends too, and never writes the -o file', async () => {
    const dir = scratch();
    const launcher = spawn(process.execPath, [BIN, 'batch', slowBatch(dir), '-o', join(dir, 'out', 'report.txt')], { cwd: ROOT });
    await new Promise((r) => setTimeout(r, 1000));
    const children = spawnSync('ps', ['-o', 'pid=', '--ppid', String(launcher.pid)], { encoding: 'utf8' }).stdout.trim().split(/\s+/).filter(Boolean).map(Number);
    launcher.kill('SIGKILL');
    // (With no child, the launcher ran the batch itself, and SIGKILL ended it.)
    for (let waited = 0; children.some(alive) && waited < 25_000; waited += 100) await new Promise((r) => setTimeout(r, 100));
    expect(children.filter(alive)).toEqual([]);
    expect(readdirSync(join(dir, 'out'))).toEqual([]);
  }, 30_000);
});

describe.skipIf(!built)('input is read up to --max-size, whatever it is (issue 25, item 5)', () => {
  it.each([
    ['/dev/zero as a report', ['/dev/zero', PAIR[0]!, '--max-size', '1'], /\/dev\/zero: larger than the 1 MB limit/],
    ['a link to /dev/zero', ['zero.txt', PAIR[0]!, '--max-size', '1'], /zero\.txt: larger than the 1 MB limit/],
    ['/dev/zero as the settings file', ['--config', '/dev/zero', ...PAIR], /\/dev\/zero: larger than the 20 MB limit/],
  ])('%s', (_name, args, message) => {
    const dir = scratch();
    symlinkSync('/dev/zero', join(dir, 'zero.txt'));
    const r = run(args, { cwd: dir, timeout: 20_000 });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    oneLine(r.stderr);
  });

  it('an endless stdin (yes | factdiff - a.txt)', () => {
    const r = spawnSync('sh', ['-c', `yes | node "$1" - "$2" --max-size 1`, 'sh', BIN, PAIR[0]!], { encoding: 'utf8', timeout: 20_000 });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('factdiff: <stdin>: larger than the 1 MB limit; raise it with --max-size (in MB)\n');
  });

  it('a FIFO on the command line (<(command)) is read', () => {
    const r = spawnSync('bash', ['-c', `node "$1" <(cat "$2") "$3"`, 'bash', BIN, ...PAIR], { encoding: 'utf8', timeout: 20_000 });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
  });
});

/** A story folder `name` in `dir` with the council pair in it. */
function story(dir: string, name: string): string {
  const folder = join(dir, name);
  mkdirSync(folder, { recursive: true });
  copyFileSync(PAIR[0]!, join(folder, 'gazette.txt'));
  copyFileSync(PAIR[1]!, join(folder, 'herald.txt'));
  return folder;
}

const storiesOf = (stdout: string) => JSON.parse(stdout).stories.map((s: { name: string; ok: boolean; error?: string }) => [s.name, s.ok]);

describe.skipIf(!built)('batch reads regular files only, and a story that cannot be read fails alone (issue 25, items 6 and 9)', () => {
  it('a FIFO and a link to /dev/zero in a story folder are left out with a warning', () => {
    const dir = scratch();
    const folder = story(dir, 'council');
    execFileSync('mkfifo', [join(folder, 'pipe.txt')]);
    symlinkSync('/dev/zero', join(folder, 'zero.txt'));
    const r = run(['batch', dir, '-f', 'json'], { timeout: 20_000 });
    expect(r.status).toBe(1);
    expect(storiesOf(r.stdout)).toEqual([['council', true]]);
    expect(r.stderr).toMatch(/warning: .*council\/pipe\.txt: not a regular file \(a FIFO\); left out/);
    expect(r.stderr).toMatch(/warning: .*council\/zero\.txt: not a regular file \(a device\); left out/);
  });

  it('a FIFO named in a manifest fails its story alone, unread', () => {
    const dir = scratch();
    story(dir, 'council');
    execFileSync('mkfifo', [join(dir, 'pipe.txt')]);
    writeFileSync(join(dir, 'm.json'), JSON.stringify([{ name: 'fifo', reports: ['pipe.txt', 'council/gazette.txt'] }, { name: 'ok', reports: ['council/gazette.txt', 'council/herald.txt'] }]));
    const r = run(['batch', join(dir, 'm.json'), '-f', 'json'], { timeout: 20_000 });
    expect(r.status).toBe(2);
    expect(storiesOf(r.stdout)).toEqual([['fifo', false], ['ok', true]]);
    expect(r.stderr).toMatch(/fifo: .*pipe\.txt: not a regular file \(a FIFO\); not read/);
  });

  it.skipIf(!nobodyRuns)('a story folder that cannot be read fails alone; the others are checked (skipped as root when user nobody cannot reach this checkout)', () => {
    const dir = scratch();
    chmodSync(dir, 0o755);
    story(dir, 'a-locked');
    story(dir, 'b-open');
    chmodSync(join(dir, 'a-locked'), 0o000);
    onTestFinished(() => chmodSync(join(dir, 'a-locked'), 0o755));
    // Root reads any folder: the run is made as nobody.
    const r = run(['batch', dir, '-f', 'json'], isRoot ? { uid: 65534, gid: 65534, cwd: dir } : { cwd: dir });
    expect(r.status).toBe(2);
    expect(storiesOf(r.stdout)).toEqual([['a-locked', false], ['b-open', true]]);
    expect(r.stderr).toMatch(/^factdiff: a-locked: cannot read the folder \(permission denied\)$/m);
    expect(r.stderr).not.toMatch(/internal error/);
  });
});

describe.skipIf(!built)('--jobs is capped (issue 25, item 8)', () => {
  it('--jobs 1000 on a batch of three stories runs and prints what --jobs 1 prints', () => {
    const dir = scratch();
    for (const name of ['a', 'b', 'c']) story(dir, name);
    const many = run(['batch', dir, '-f', 'jsonl', '--jobs', '1000']);
    expect(many.stderr).toBe('');
    expect(many.stdout).toBe(run(['batch', dir, '-f', 'jsonl', '--jobs', '1']).stdout);
  });
});

describe.skipIf(!built)('manifests (issue 25, item 14; issue 28, item 8)', () => {
  /** A manifest folder with two stories' reports in it. */
  const manifestDir = (): string => {
    const dir = scratch();
    story(dir, 'council');
    return dir;
  };

  it.each([
    ['null', /m\.json: expected a list of stories/],
    ['[null]', /m\.json: story 1: expected an object/],
    ['{"stories": [], "extra": 1}', /m\.json: "extra" is not a key of a manifest/],
    ['[{"name": "x", "reports": ["council/gazette.txt", "council/herald.txt"], "referense": "council/herald.txt"}]', /m\.json: story 1: "referense" is not a key of a story; known keys: name, reports, reference/],
    ['[{"name": 3, "reports": ["council/gazette.txt"]}]', /story 1: "name" must be a string/],
  ])('%s is refused with a message, not an internal error', (text, message) => {
    const dir = manifestDir();
    writeFileSync(join(dir, 'm.json'), text);
    const r = run(['batch', join(dir, 'm.json')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    oneLine(r.stderr);
  });

  it('a JSON manifest and a settings file with a UTF-8 BOM are read', () => {
    const dir = manifestDir();
    writeFileSync(join(dir, 'm.json'), `\ufeff${JSON.stringify([{ name: 'council', reports: ['council/gazette.txt', 'council/herald.txt'] }])}`);
    writeFileSync(join(dir, 'c.json'), '\ufeff{"failOn": "never"}');
    const r = run(['batch', join(dir, 'm.json'), '--config', join(dir, 'c.json'), '-f', 'json']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(storiesOf(r.stdout)).toEqual([['council', true]]);
  });

  it("paths outside the manifest's folder fail their story, unless --allow-outside", () => {
    const dir = manifestDir();
    const inner = join(dir, 'manifests');
    mkdirSync(inner);
    writeFileSync(join(inner, 'm.json'), JSON.stringify([
      { name: 'up', reports: ['../council/gazette.txt', '../council/herald.txt'] },
      { name: 'absolute', reports: [PAIR[0], PAIR[1]] },
    ]));
    const refused = run(['batch', join(inner, 'm.json'), '-f', 'json']);
    expect(refused.status).toBe(2);
    expect(storiesOf(refused.stdout)).toEqual([['up', false], ['absolute', false]]);
    expect(refused.stderr).toMatch(/^factdiff: up: \.\.\/council\/gazette\.txt: outside the manifest's folder; not read \(--allow-outside reads it\)$/m);
    const allowed = run(['batch', join(inner, 'm.json'), '-f', 'json', '--allow-outside']);
    expect(allowed.stderr).toBe('');
    expect(storiesOf(allowed.stdout)).toEqual([['up', true], ['absolute', true]]);
  });

  it('CSV: the README\'s story,path,reference header, quoted commas, a BOM and CRLF', () => {
    const dir = manifestDir();
    mkdirSync(join(dir, 'a, b'));
    copyFileSync(PAIR[0]!, join(dir, 'a, b', 'say "one".txt'));
    const csv = [
      'story,path,reference',
      '"council, north",council/herald.txt,yes',
      '"council, north","a, b/say ""one"".txt",',
      'council,council/gazette.txt',
      'council,council/herald.txt,no',
    ].join('\r\n');
    writeFileSync(join(dir, 'm.csv'), `\ufeff${csv}\r\n`);
    const r = run(['batch', join(dir, 'm.csv'), '-f', 'json']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    const doc = JSON.parse(r.stdout);
    expect(doc.stories.map((s: { name: string }) => s.name)).toEqual(['council, north', 'council']);
    expect(doc.stories[0].reports.map((p: { path: string }) => p.path.slice(dir.length + 1))).toEqual(['council/herald.txt', 'a, b/say "one".txt']);
  });

  it.each([
    ['story,path,kind\nx,a.txt,\n', /m\.csv:1: "kind" is not a column/],
    ['story,path,reference\nx,a.txt,maybe\n', /m\.csv:2: reference column: 'maybe' is neither yes nor no/],
    ['x,"a.txt\n', /m\.csv: not valid CSV \(Quote Not Closed/],
    ['x,a.txt,yes,4\n', /m\.csv:1: 4 columns; expected story,path\[,reference\]/],
  ])('CSV %j is refused with a message', (text, message) => {
    const dir = manifestDir();
    writeFileSync(join(dir, 'm.csv'), text);
    const r = run(['batch', join(dir, 'm.csv')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    oneLine(r.stderr);
  });
});

describe.skipIf(!built)('report arguments: globs and folders (issue 25, item 10; issue 28, item 8)', () => {
  /** A folder of reports: two council reports and a plain note. */
  const reports = (): string => {
    const dir = scratch();
    copyFileSync(PAIR[0]!, join(dir, 'gazette.txt'));
    copyFileSync(PAIR[1]!, join(dir, 'herald.txt'));
    mkdirSync(join(dir, 'sub'));
    copyFileSync(PAIR[1]!, join(dir, 'sub', 'herald-copy.txt'));
    return dir;
  };
  const compared = (stdout: string) => JSON.parse(stdout).reports.map((r: { path: string }) => r.path);

  it('a missing name with [ in it is "no such file", not an internal error', () => {
    const r = run(['x[.txt', PAIR[0]!]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('factdiff: x[.txt: no such file\n');
  });

  it('*a*a*a*a*b.txt against a long name does not backtrack for seconds', () => {
    const dir = reports();
    writeFileSync(join(dir, `${'a'.repeat(240)}.txt`), 'Seven people died.');
    const r = run(['*a*a*a*a*a*a*b.txt', 'gazette.txt'], { cwd: dir, timeout: 10_000 });
    expect(r.signal).toBeNull();
    expect(r.stderr).toBe('factdiff: *a*a*a*a*a*a*b.txt: no such file\n');
  });

  it.each([
    [['[!h]*.txt', 'herald.txt'], ['gazette.txt', 'herald.txt']],
    [['{gazette,herald}.txt'], ['gazette.txt', 'herald.txt']],
    [['gazette.txt', '**/herald-*.txt'], ['gazette.txt', 'sub/herald-copy.txt']],
    [['gazette.txt', 's?b/*.txt'], ['gazette.txt', 'sub/herald-copy.txt']],
  ])('%j compares %j', (args, expected) => {
    const r = run([...args, '-f', 'json'], { cwd: reports() });
    expect(r.stderr).toBe('');
    expect(compared(r.stdout)).toEqual(expected);
  });

  it('a folder stands for the reports in it, sorted by name; an empty one is refused', () => {
    const dir = reports();
    const r = run(['.', '-f', 'json'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    expect(compared(r.stdout)).toEqual(['gazette.txt', 'herald.txt']);
    mkdirSync(join(dir, 'empty'));
    const empty = run(['empty', 'gazette.txt'], { cwd: dir });
    expect(empty.status).toBe(2);
    expect(empty.stderr).toBe('factdiff: empty: no reports in this folder (.txt, .md, .html or files without an extension)\n');
  });
});

describe.skipIf(!built)('escapes (issue 25, item 15)', () => {
  it('control characters of a file name or --stdin-name never reach stderr raw', () => {
    const missing = run(['a\u001b[2Jb\u0007.txt', PAIR[0]!]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toBe('factdiff: a\\x1b[2Jb\\x07.txt: no such file\n');
    const named = run(['-', PAIR[0]!, '--stdin-name', 'x\u0007\u001b]0;owned\u0007\nfactdiff: forged'], { input: ' ' });
    expect(named.stderr).not.toMatch(/[\u0007\u001b]/);
    expect(named.stderr.trim().split('\n')).toHaveLength(1);
    expect(named.stderr).toMatch(/^factdiff: warning: x\\x07\\x1b\]0;owned\\x07 factdiff: forged: empty report/);
    const option = run([...PAIR, '--\u001b[31mred']);
    expect(option.stderr).not.toMatch(/\u001b/);
  });

  it('an @mention in a report stays text in markdown output', () => {
    const r = run(['-', PAIR[0]!, '-f', 'markdown', '--stdin-name', 'x.txt'], { input: 'Former mayor Ines Carvalho said “ask @octocat and @github/security, we never promised trams”.' });
    expect(r.stdout).toMatch(/ask @&#8203;octocat and @&#8203;github\/security, we never promised trams/);
    expect(r.stdout).not.toMatch(/@(?!&#8203;)/);
  });
});
