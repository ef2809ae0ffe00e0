// Adversarial inputs, each beside ordinary text of the same size, measured in the same run.
// Two kinds of rows:
// - extraction of one 1 MB report (bench/child.mjs, in a fresh process): quote marks,
//   digits, one unbroken line, nested quotes, against the corpus text;
// - whole commands as a user runs them, output printed to a pipe, in alternating rounds
//   against the same command over ordinary text of the same size (issue 25, item 7: each
//   within 2× of it): a compare of 100,000 lines "N dead." with a copy of them (aligning
//   figures by searching every fact per claim took over 60 s), and `extract` of a 1 MB
//   report on one line (columns counted from the line start per claim took 47 s).
// bench/run.mjs runs it as its last section; `node bench/adversarial.mjs` runs these rows
// alone (after `npm run build`) and prints them, writing nothing.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const BIN = join(ROOT, 'bin', 'factdiff.js');
const SIZE = 1024 * 1024;

/** Wall seconds and peak RSS (GNU time, when present) of the built CLI with `args`. */
function command(args) {
  const time = existsSync('/usr/bin/time');
  const [cmd, full] = time ? ['/usr/bin/time', ['-f', '%M', process.execPath, BIN, ...args]] : [process.execPath, [BIN, ...args]];
  const t = process.hrtime.bigint();
  const r = spawnSync(cmd, full, { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 30, env: { ...process.env, NO_COLOR: '1' } });
  const seconds = Number(process.hrtime.bigint() - t) / 1e9;
  if (r.status !== 0 && r.status !== 1) throw new Error(`factdiff ${args.join(' ')} failed: ${r.stderr}`);
  const kb = time ? Number(r.stderr.trim().split('\n').at(-1)) : NaN;
  return { seconds, rssMB: Number.isFinite(kb) ? kb / 1024 : null, outputMB: Buffer.byteLength(r.stdout) / 2 ** 20 };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * Measures the rows; `normal` is ordinary text (cut or repeated to size), `rounds` the
 * alternating rounds of the command rows. Returns { extraction, commands }.
 */
export function adversarialRows({ normal, rounds, tmp }) {
  const fill = (unit, size = SIZE) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
  const write = (name, text) => {
    const file = join(tmp, name);
    writeFileSync(file, text);
    return file;
  };
  const inputs = {
    normal: fill(normal + '\n\n'),
    allQuoteMarks: fill('“”"«»„‘’\''),
    allDigits: fill('1234567 '),
    oneLongLine: fill('At least 25 people were killed and Mayor Anna Kovacs said “we will rebuild” on Monday '),
    nestedQuotes: fill('“a ‘b “c ‘d '),
  };
  const extraction = {};
  for (const [name, text] of Object.entries(inputs)) {
    const list = write(`${name}.list`, write(`${name}.txt`, text));
    const r = JSON.parse(execFileSync(process.execPath, [join(ROOT, 'bench', 'child.mjs'), 'factdiff', list], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 26 }));
    extraction[name] = { seconds: r.ms / 1000, rssMB: r.rssMB };
  }

  let lines = '';
  for (let n = 1; n <= 100_000; n++) lines += `${n} dead.\n`;
  const pairOf = (name, text) => {
    const a = write(`${name}-a.txt`, text);
    const b = join(tmp, `${name}-b.txt`);
    copyFileSync(a, b);
    return [a, b];
  };
  const cases = {
    manyFigures: { args: pairOf('figures', lines), baseline: pairOf('figures-normal', fill(normal + '\n\n', Buffer.byteLength(lines))), bytes: Buffer.byteLength(lines) },
    longLineExtract: { args: ['extract', write('long-line.txt', inputs.oneLongLine)], baseline: ['extract', write('long-line-normal.txt', inputs.normal)], bytes: SIZE },
  };
  const commands = {};
  for (const [name, { args, baseline, bytes }] of Object.entries(cases)) {
    const runs = { input: [], baseline: [] };
    for (let r = 0; r < rounds; r++) {
      const order = r % 2 ? ['baseline', 'input'] : ['input', 'baseline'];
      for (const side of order) runs[side].push(command(side === 'input' ? args : baseline));
    }
    const pick = (xs) => xs.find((x) => x.seconds === median(xs.map((y) => y.seconds)));
    const [input, base] = [pick(runs.input), pick(runs.baseline)];
    commands[name] = {
      command: `factdiff ${name === 'manyFigures' ? 'A B (100,000 lines "N dead.", and a copy)' : 'extract A (1 MB on one line)'}`,
      megabytes: bytes / 2 ** 20,
      rounds,
      input: { seconds: input.seconds, rssMB: input.rssMB, outputMB: input.outputMB },
      baseline: { seconds: base.seconds, rssMB: base.rssMB, outputMB: base.outputMB },
      ratio: input.seconds / base.seconds,
      secondsEachRound: { input: runs.input.map((x) => x.seconds), baseline: runs.baseline.map((x) => x.seconds) },
    };
  }
  return { extraction, commands };
}

/** Prints the rows. */
export function printAdversarial({ extraction, commands }) {
  console.log('Adversarial inputs, 1 MB each (extraction of one report):');
  for (const [k, v] of Object.entries(extraction)) console.log(`  ${k.padEnd(16)} ${v.seconds.toFixed(2)} s, RSS ${v.rssMB.toFixed(0)} MB`);
  console.log('Adversarial commands, output to a pipe, against the same command over ordinary text of the same size (median of alternating rounds; target ≤ 2×):');
  for (const [k, v] of Object.entries(commands)) {
    console.log(`  ${k.padEnd(16)} ${v.command}, ${v.megabytes.toFixed(2)} MB: ${v.input.seconds.toFixed(2)} s against ${v.baseline.seconds.toFixed(2)} s, ${v.ratio.toFixed(2)}× (peak RSS ${v.input.rssMB?.toFixed(0) ?? '?'} against ${v.baseline.rssMB?.toFixed(0) ?? '?'} MB; seconds each round ${v.secondsEachRound.input.map((s) => s.toFixed(2)).join(', ')} against ${v.secondsEachRound.baseline.map((s) => s.toFixed(2)).join(', ')})`);
  }
}

/** Ordinary text: the corpus's texts (../shared) or our fixtures, in name order. */
function corpusText() {
  const texts = [];
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.txt')) texts.push(readFileSync(p, 'utf8'));
    }
  };
  for (const dir of [join(ROOT, '..', 'shared', 'corpus', 'real'), join(ROOT, '..', 'shared', 'corpus', 'reuters'), join(ROOT, 'fixtures')]) if (existsSync(dir)) walk(dir);
  return texts.join('\n\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (!existsSync(join(ROOT, 'dist', 'index.js'))) throw new Error('run `npm run build` first');
  const tmp = mkdtempSync(join(tmpdir(), 'factdiff-adversarial-'));
  printAdversarial(adversarialRows({ normal: corpusText(), rounds: Number(process.env.BENCH_ROUNDS ?? 3), tmp }));
}
