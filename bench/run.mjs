// npm run bench: cold start, extraction throughput and adversarial inputs, each beside
// its baseline, measured in the same run. Prints a table and writes bench/results.json.
// BENCH_MB sets the corpus size for throughput (default 5), BENCH_RUNS the repetitions.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SHARED = join(ROOT, '..', 'shared');
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const MB = Number(process.env.BENCH_MB ?? 5);
const BIN = join(ROOT, 'bin', 'factdiff.js');
const tmp = mkdtempSync(join(tmpdir(), 'factdiff-bench-'));

if (!existsSync(join(ROOT, 'dist', 'index.js'))) execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });

const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return { median: s[Math.floor(s.length / 2)], min: s[0], max: s[s.length - 1], runs: s.length };
};
const time = (args) => {
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')} failed: ${r.stderr}`);
  return Number(process.hrtime.bigint() - t) / 1e6;
};
const repeat = (args) => stats(Array.from({ length: RUNS }, () => time(args)));

const seeds = existsSync(join(SHARED, 'seeds')) ? readdirSync(join(SHARED, 'seeds')).filter((f) => f.endsWith('.txt')).sort().map((f) => join(SHARED, 'seeds', f)) : ['fixtures/plant-explosion/wire.txt', 'fixtures/plant-explosion/local.txt'].map((f) => join(ROOT, f));
const results = { runs: RUNS, pair: seeds.map((s) => s.replace(`${ROOT}/`, '').replace(`${SHARED}/`, 'shared/')) };

// 1. Cold start
results.coldStart = {
  nodeNoop: repeat(['-e', '0']),
  version: repeat([BIN, '--version']),
  help: repeat([BIN, '--help']),
  factdiffPair: repeat([BIN, '-q', ...seeds]),
  rawCompromisePair: repeat([join(ROOT, 'bench', 'raw-pair.cjs'), ...seeds]),
};
const c = results.coldStart;
results.coldStart.ratios = {
  pairVsRaw: c.factdiffPair.median / c.rawCompromisePair.median,
  versionVsNode: c.version.median / c.nodeNoop.median,
  helpVsNode: c.help.median / c.nodeNoop.median,
};

// 2. Throughput over a corpus of real texts and our fixtures
const corpusFiles = [];
for (const dir of [join(SHARED, 'corpus', 'real'), join(SHARED, 'corpus', 'reuters'), join(ROOT, 'fixtures')]) {
  if (!existsSync(dir)) continue;
  const walk = (d) => { for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) { const p = join(d, e.name); if (e.isDirectory()) walk(p); else if (e.name.endsWith('.txt')) corpusFiles.push(p); } };
  walk(dir);
}
let total = 0;
const chosen = [];
for (const f of corpusFiles) {
  if (total >= MB * 1024 * 1024) break;
  chosen.push(f);
  total += statSync(f).size;
}
const list = join(tmp, 'corpus.list');
writeFileSync(list, chosen.join('\n'));
const child = (mode, file) => JSON.parse(execFileSync(process.execPath, [join(ROOT, 'bench', 'child.mjs'), mode, file], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 26 }));
const ours = child('factdiff', list);
const raw = child('raw', list);
results.throughput = {
  documents: chosen.length,
  megabytes: ours.bytes / 2 ** 20,
  factdiff: { seconds: ours.ms / 1000, MBps: ours.bytes / 2 ** 20 / (ours.ms / 1000), wordsPerSecond: ours.words / (ours.ms / 1000), rssMB: ours.rssMB },
  rawCompromise: { seconds: raw.ms / 1000, MBps: raw.bytes / 2 ** 20 / (raw.ms / 1000), wordsPerSecond: raw.words / (raw.ms / 1000), rssMB: raw.rssMB },
};
results.throughput.ratio = results.throughput.factdiff.MBps / results.throughput.rawCompromise.MBps;

// 3. Adversarial inputs (1 MB each) beside normal text of the same size
const SIZE = 1024 * 1024;
const normal = chosen.length > 0 ? chosen.map((f) => execFileSync('cat', [f], { encoding: 'utf8', maxBuffer: 1 << 26 })).join('\n\n') : 'At least 25 people were killed, Mayor Anna Kovacs said. ';
const fill = (unit) => unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE);
const inputs = {
  normal: fill(normal + '\n\n'),
  allQuoteMarks: fill('“”"«»„‘’\''),
  allDigits: fill('1234567 '),
  oneLongLine: fill('At least 25 people were killed and Mayor Anna Kovacs said “we will rebuild” on Monday '),
  nestedQuotes: fill('“a ‘b “c ‘d '),
};
results.adversarial = {};
for (const [name, text] of Object.entries(inputs)) {
  const file = join(tmp, `${name}.txt`);
  writeFileSync(file, text);
  const l = join(tmp, `${name}.list`);
  writeFileSync(l, file);
  const r = child('factdiff', l);
  results.adversarial[name] = { seconds: r.ms / 1000, rssMB: r.rssMB };
}

writeFileSync(join(ROOT, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
const ms = (s) => `${s.median.toFixed(0)} ms (min ${s.min.toFixed(0)}, max ${s.max.toFixed(0)})`;
console.log(`Cold start, median of ${RUNS} runs:`);
for (const [k, v] of Object.entries(c)) if (k !== 'ratios') console.log(`  ${k.padEnd(18)} ${ms(v)}`);
console.log(`  ratios: pair/raw ${c.ratios.pairVsRaw.toFixed(2)}, --version/node ${c.ratios.versionVsNode.toFixed(2)}, --help/node ${c.ratios.helpVsNode.toFixed(2)}`);
const t = results.throughput;
console.log(`Throughput over ${t.documents} documents, ${t.megabytes.toFixed(2)} MB, one process each:`);
console.log(`  factdiff        ${t.factdiff.MBps.toFixed(3)} MB/s, ${t.factdiff.wordsPerSecond.toFixed(0)} words/s, peak RSS ${t.factdiff.rssMB.toFixed(0)} MB`);
console.log(`  raw compromise  ${t.rawCompromise.MBps.toFixed(3)} MB/s, ${t.rawCompromise.wordsPerSecond.toFixed(0)} words/s, peak RSS ${t.rawCompromise.rssMB.toFixed(0)} MB`);
console.log(`  ratio factdiff/raw ${t.ratio.toFixed(2)}`);
console.log('Adversarial inputs, 1 MB each (extraction of one report):');
for (const [k, v] of Object.entries(results.adversarial)) console.log(`  ${k.padEnd(14)} ${v.seconds.toFixed(2)} s, RSS ${v.rssMB.toFixed(0)} MB`);
console.log('Written to bench/results.json');
