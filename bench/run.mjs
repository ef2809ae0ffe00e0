// npm run bench: cold start, extraction throughput, batch, scaling, word diffs and
// adversarial inputs, each beside its baseline, measured in the same run, and the HTML
// report in a browser (bench/html.mjs). Prints a table and writes bench/results.json.
// BENCH_MB sets the corpus size for throughput (default 5; the distinct texts are read
// again, cycle after cycle, when they hold less, see section 2),
// BENCH_RUNS the repetitions of the cold-start runs (default 7), BENCH_ROUNDS those of the
// throughput, wire-copy and batch rows (default 5), BENCH_BATCH the batch size (default
// 1000 reports). Peak RSS comes from GNU time (/usr/bin/time) when present: the largest
// process's; for batch, which runs in two processes, also summed over them (tree-memory.mjs).
// This machine is shared and noisy: a measurement and its baseline run in alternation, one
// of each per round, so that a slow spell falls on both; each row gives the medians over the
// rounds, and the ratio of those medians.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { treeMemory } from './tree-memory.mjs';
import { adversarialRows, printAdversarial } from './adversarial.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SHARED = join(ROOT, '..', 'shared');
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const MB = Number(process.env.BENCH_MB ?? 5);
const BIN = join(ROOT, 'bin', 'factdiff.js');
const tmp = mkdtempSync(join(tmpdir(), 'factdiff-bench-'));

if (!existsSync(join(ROOT, 'dist', 'index.js'))) execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });

const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return { median: s[Math.floor(s.length / 2)], min: s[0], max: s[s.length - 1], runs: s.length };
};
const GNU_TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
/** Runs node with `args`; returns wall milliseconds and, with GNU time, peak RSS in MB. */
const measure = (args) => {
  const [cmd, full] = GNU_TIME ? [GNU_TIME, ['-f', '%M', process.execPath, ...args]] : [process.execPath, args];
  const t = process.hrtime.bigint();
  const r = spawnSync(cmd, full, { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 28 });
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')} failed: ${r.stderr}`);
  const kb = GNU_TIME ? Number(r.stderr.trim().split('\n').at(-1)) : NaN;
  return { ms, rssMB: Number.isFinite(kb) ? kb / 1024 : null };
};
/**
 * Runs each of `named` (name → function giving a measurement) once per round, for `rounds`
 * rounds, in turn (the order reversed every other round); returns name → measurements.
 */
const alternate = (rounds, named) => {
  const names = Object.keys(named);
  const out = Object.fromEntries(names.map((n) => [n, []]));
  for (let r = 0; r < rounds; r++) for (const n of r % 2 ? [...names].reverse() : names) out[n].push(named[n]());
  return out;
};
/** The measurement whose `key` is the median (the upper one of an even count). */
const medianBy = (xs, key) => [...xs].sort((a, b) => key(a) - key(b))[Math.floor(xs.length / 2)];

const seeds = existsSync(join(SHARED, 'seeds')) ? readdirSync(join(SHARED, 'seeds')).filter((f) => f.endsWith('.txt')).sort().map((f) => join(SHARED, 'seeds', f)) : ['fixtures/plant-explosion/wire.txt', 'fixtures/plant-explosion/local.txt'].map((f) => join(ROOT, f));
const results = { runs: RUNS, pair: seeds.map((s) => s.replace(`${ROOT}/`, '').replace(`${SHARED}/`, 'shared/')) };

// 1. Cold start
const coldArgs = {
  nodeNoop: ['-e', '0'],
  version: [BIN, '--version'],
  help: [BIN, '--help'],
  factdiffPair: [BIN, '-q', ...seeds],
  rawCompromisePair: [join(ROOT, 'bench', 'raw-pair.cjs'), ...seeds],
};
const cold = alternate(RUNS, Object.fromEntries(Object.entries(coldArgs).map(([k, args]) => [k, () => measure(args).ms])));
results.coldStart = Object.fromEntries(Object.entries(cold).map(([k, v]) => [k, stats(v)]));
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
// The distinct texts, up to MB; when they hold less than that, they are read again, cycle
// after cycle (the last one cut short), until the corpus reaches MB. factdiff forgets what it
// kept from the texts at each cycle (bench/child.mjs), so a text read again costs what it
// cost the first time; the first cycle alone is reported too.
const WANTED = MB * 1024 * 1024;
let total = 0;
const chosen = [];
for (const f of corpusFiles) {
  if (total >= WANTED) break;
  chosen.push(f);
  total += statSync(f).size;
}
const cycleLists = [chosen];
for (let size = total; size < WANTED && total > 0;) {
  const cycle = [];
  for (const f of chosen) {
    if (size >= WANTED) break;
    cycle.push(f);
    size += statSync(f).size;
  }
  cycleLists.push(cycle);
}
const list = join(tmp, 'corpus.list');
writeFileSync(list, cycleLists.map((c) => c.join('\n')).join('\n---\n'));
const child = (mode, file) => JSON.parse(execFileSync(process.execPath, [join(ROOT, 'bench', 'child.mjs'), mode, file], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 26 }));
const through = alternate(ROUNDS, { ours: () => child('factdiff', list), raw: () => child('raw', list) });
const ours = medianBy(through.ours, (r) => r.ms);
const raw = medianBy(through.raw, (r) => r.ms);
results.throughput = {
  rounds: ROUNDS,
  secondsEachRound: { factdiff: through.ours.map((r) => r.ms / 1000), rawCompromise: through.raw.map((r) => r.ms / 1000) },
  documents: cycleLists.reduce((n, c) => n + c.length, 0),
  distinctDocuments: chosen.length,
  cycles: cycleLists.length,
  megabytes: ours.bytes / 2 ** 20,
  distinctMegabytes: ours.cycles[0].bytes / 2 ** 20,
  factdiff: { seconds: ours.ms / 1000, MBps: ours.bytes / 2 ** 20 / (ours.ms / 1000), wordsPerSecond: ours.words / (ours.ms / 1000), rssMB: ours.rssMB },
  rawCompromise: { seconds: raw.ms / 1000, MBps: raw.bytes / 2 ** 20 / (raw.ms / 1000), wordsPerSecond: raw.words / (raw.ms / 1000), rssMB: raw.rssMB },
};
results.throughput.ratio = results.throughput.factdiff.MBps / results.throughput.rawCompromise.MBps;
// CPU seconds (every thread of the process) per megabyte, the medians of each side's rounds:
// core-seconds are what "per core" means, and a busy machine moves them less than wall time.
const medianOf = (xs) => medianBy(xs, (x) => x);
const cpuPerMB = (rounds) => medianOf(rounds.map((r) => r.cpuMs / 1000 / (r.bytes / 2 ** 20)));
results.throughput.cpuSecondsPerMB = { factdiff: cpuPerMB(through.ours), rawCompromise: cpuPerMB(through.raw) };
results.throughput.cpuSecondsEachRound = { factdiff: through.ours.map((r) => r.cpuMs / 1000), rawCompromise: through.raw.map((r) => r.cpuMs / 1000) };
results.throughput.cpuRatio = results.throughput.cpuSecondsPerMB.rawCompromise / results.throughput.cpuSecondsPerMB.factdiff;
// The first cycle alone: every text read once, the process's warm-up all in it.
const firstCycle = (side, key) => medianOf(side.map((r) => r.cycles[0][key]));
results.throughput.firstCycle = {
  factdiff: { seconds: firstCycle(through.ours, 'ms') / 1000, cpuSeconds: firstCycle(through.ours, 'cpuMs') / 1000 },
  rawCompromise: { seconds: firstCycle(through.raw, 'ms') / 1000, cpuSeconds: firstCycle(through.raw, 'cpuMs') / 1000 },
};
results.throughput.firstCycle.ratio = results.throughput.firstCycle.rawCompromise.seconds / results.throughput.firstCycle.factdiff.seconds;
results.throughput.firstCycle.cpuRatio = results.throughput.firstCycle.rawCompromise.cpuSeconds / results.throughput.firstCycle.factdiff.cpuSeconds;

// 2b. Repeated text: wire copy sent as successive versions of a story. Each version puts a
// new lead paragraph (another report's first) on top of the one before and updates the
// figures of the old lead (each number + 1), as agencies do. Extraction over all versions,
// with the cache of tagged sentences and with it emptied before each report.
const VERSIONS = 4;
const wireFiles = [];
const paragraphsOf = (f) => readFileSync(f, 'utf8').split(/\n\s*\n|\n/).filter((p) => p.trim() !== '');
for (let d = 0; d + 1 < corpusFiles.length && wireFiles.length < 40 * VERSIONS; d += 2) {
  let paragraphs = paragraphsOf(corpusFiles[d]);
  const leads = paragraphsOf(corpusFiles[d + 1]);
  if (paragraphs.length < 4 || leads.length < VERSIONS) continue;
  for (let v = 0; v < VERSIONS; v++) {
    const file = join(tmp, `wire-${d}-v${v}.txt`);
    writeFileSync(file, paragraphs.join('\n\n'));
    wireFiles.push(file);
    paragraphs = [leads[v], paragraphs[0].replace(/\d+/g, (n) => String(Number(n) + 1)), ...paragraphs.slice(1)];
  }
}
if (wireFiles.length > 0) {
  const wireList = join(tmp, 'wire.list');
  writeFileSync(wireList, wireFiles.join('\n'));
  const wire = alternate(ROUNDS, { cached: () => child('factdiff', wireList), uncached: () => child('factdiff-nocache', wireList) });
  const cached = medianBy(wire.cached, (r) => r.ms);
  const uncached = medianBy(wire.uncached, (r) => r.ms);
  results.wireCopy = {
    rounds: ROUNDS,
    documents: wireFiles.length,
    versionsPerStory: VERSIONS,
    megabytes: cached.bytes / 2 ** 20,
    cached: { seconds: cached.ms / 1000, MBps: cached.bytes / 2 ** 20 / (cached.ms / 1000) },
    uncached: { seconds: uncached.ms / 1000, MBps: uncached.bytes / 2 ** 20 / (uncached.ms / 1000) },
  };
  results.wireCopy.speedup = uncached.ms / cached.ms;
}

// 3. Batch: reports in stories of 2 to 5, through `factdiff batch` (all cores), against
// raw compromise in one process over the same reports.
const BATCH = Number(process.env.BENCH_BATCH ?? 1000);
const pool = corpusFiles.length > 0 ? corpusFiles : chosen;
/** Writes `n` reports (cycling through the pool) as story folders of 2, 3, 4, 5 reports; returns the dir and files. */
const makeBatch = (n, sizes = [2, 3, 4, 5]) => {
  const dir = join(tmp, `batch-${n}-${sizes.join('')}`);
  const files = [];
  for (let i = 0, story = 0; i < n; story++) {
    // No story of one report at the end: the last one takes the remainder.
    const wanted = sizes[story % sizes.length];
    const size = n - i - wanted < Math.min(...sizes) ? n - i : wanted;
    const folder = join(dir, `story-${String(story).padStart(4, '0')}`);
    mkdirSync(folder, { recursive: true });
    for (let k = 0; k < Math.max(size, 1); k++, i++) {
      const to = join(folder, `r${k}.txt`);
      copyFileSync(pool[i % pool.length], to);
      files.push(to);
    }
  }
  return { dir, files };
};
const big = makeBatch(BATCH);
const bigList = join(tmp, 'batch.list');
writeFileSync(bigList, big.files.join('\n'));
const batches = alternate(ROUNDS, { ours: () => measure([BIN, 'batch', big.dir, '-q']), raw: () => measure([join(ROOT, 'bench', 'raw-batch.cjs'), bigList]) });
const oursBatch = medianBy(batches.ours, (r) => r.ms);
const rawBatch = medianBy(batches.raw, (r) => r.ms);
results.batch = {
  rounds: ROUNDS,
  secondsEachRound: { factdiff: batches.ours.map((r) => r.ms / 1000), rawCompromiseOneProcess: batches.raw.map((r) => r.ms / 1000) },
  peakRssMBEachRound: batches.ours.map((r) => r.rssMB),
  reports: BATCH,
  megabytes: big.files.reduce((sum, f) => sum + statSync(f).size, 0) / 2 ** 20,
  cores: availableParallelism(),
  factdiff: { seconds: oursBatch.ms / 1000, reportsPerSecond: BATCH / (oursBatch.ms / 1000), peakRssMB: oursBatch.rssMB },
  rawCompromiseOneProcess: { seconds: rawBatch.ms / 1000, reportsPerSecond: BATCH / (rawBatch.ms / 1000), peakRssMB: rawBatch.rssMB },
};
results.batch.ratio = oursBatch.ms / rawBatch.ms;

// 4. Scaling: time per report as the batch grows, and as one story grows.
results.scaling = { batch: {}, story: {} };
// A story needs two reports, so the smallest batch is one story of 2.
// The largest batch, four times the main one, shows whether memory stays flat as batches grow.
const batchDirs = { [BATCH]: big.dir };
for (const n of [2, 10, 100, BATCH, 4 * BATCH]) {
  batchDirs[n] ??= makeBatch(n).dir;
  const r = n === BATCH ? oursBatch : measure([BIN, 'batch', batchDirs[n], '-q']);
  results.scaling.batch[n] = { seconds: r.ms / 1000, msPerReport: r.ms / n, peakRssMB: r.rssMB };
}
// Memory summed over the processes of a batch (the launcher and the child that checks the
// stories, bin/batch-child.js), in runs of their own: sampling /proc costs CPU time.
results.batch.memory = {};
for (const n of [BATCH, 4 * BATCH]) results.batch.memory[n] = await treeMemory(process.execPath, [BIN, 'batch', batchDirs[n], '-q'], { cwd: ROOT });
for (const n of [2, 5, 20, 50, 200]) {
  const b = makeBatch(n, [n]);
  const r = measure([BIN, '-q', ...b.files]);
  results.scaling.story[n] = { seconds: r.ms / 1000, msPerReport: r.ms / n, peakRssMB: r.rssMB };
}
results.scaling.perReport1000vs100 = results.scaling.batch[BATCH].msPerReport / results.scaling.batch[100].msPerReport;
// What each further report costs once start-up is paid: the slope between two batch sizes.
const slope = (a, b) => (results.scaling.batch[b].seconds - results.scaling.batch[a].seconds) * 1000 / (b - a);
results.scaling.marginalMsPerReport = { '10-100': slope(10, 100), [`100-${BATCH}`]: slope(100, BATCH), [`${BATCH}-${4 * BATCH}`]: slope(BATCH, 4 * BATCH) };
// The same in one warm process (bench/scale.mjs): check() over the batch against a tenth of
// it, and the batch's first 400 reports as stories of 2 to 400; no start-up, no warm-up.
results.scaling.warm = JSON.parse(execFileSync(process.execPath, [join(ROOT, 'bench', 'scale.mjs'), bigList, String(ROUNDS)], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 26 }));

// 5. Word diffs inside a check of the pair (in process, warm).
results.diffs = JSON.parse(execFileSync(process.execPath, [join(ROOT, 'bench', 'diff-share.mjs'), ...seeds], { cwd: ROOT, encoding: 'utf8' }));
results.diffs.share = results.diffs.diffMs / results.diffs.checkMs;

// 6. Adversarial inputs beside normal text of the same size (bench/adversarial.mjs)
const normal = chosen.length > 0 ? chosen.map((f) => execFileSync('cat', [f], { encoding: 'utf8', maxBuffer: 1 << 26 })).join('\n\n') : 'At least 25 people were killed, Mayor Anna Kovacs said. ';
results.adversarial = adversarialRows({ normal, rounds: ROUNDS, tmp });

// 7. The HTML report: a page of four 5 KB reports, loaded and drawn in the test browser (bench/html.mjs).
results.html = JSON.parse(execFileSync(process.execPath, [join(ROOT, 'bench', 'html.mjs'), '--json'], { cwd: ROOT, encoding: 'utf8' }));

writeFileSync(join(ROOT, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
const ms = (s) => `${s.median.toFixed(0)} ms (min ${s.min.toFixed(0)}, max ${s.max.toFixed(0)})`;
console.log(`Cold start, median of ${RUNS} runs (all five commands in turn, ${RUNS} rounds):`);
for (const [k, v] of Object.entries(c)) if (k !== 'ratios') console.log(`  ${k.padEnd(18)} ${ms(v)}`);
console.log(`  ratios: pair/raw ${c.ratios.pairVsRaw.toFixed(2)}, --version/node ${c.ratios.versionVsNode.toFixed(2)}, --help/node ${c.ratios.helpVsNode.toFixed(2)}`);
const t = results.throughput;
const each = (xs) => xs.map((x) => x.toFixed(2)).join(', ');
console.log(`Throughput over ${t.documents} documents, ${t.megabytes.toFixed(2)} MB (${t.distinctDocuments} distinct, ${t.distinctMegabytes.toFixed(2)} MB, read in ${t.cycles} cycle${t.cycles === 1 ? '' : 's'}), one process each, median of ${ROUNDS} alternating rounds:`);
console.log(`  factdiff        ${t.factdiff.MBps.toFixed(3)} MB/s, ${t.factdiff.wordsPerSecond.toFixed(0)} words/s, peak RSS ${t.factdiff.rssMB.toFixed(0)} MB`);
console.log(`  raw compromise  ${t.rawCompromise.MBps.toFixed(3)} MB/s, ${t.rawCompromise.wordsPerSecond.toFixed(0)} words/s, peak RSS ${t.rawCompromise.rssMB.toFixed(0)} MB`);
console.log(`  ratio factdiff/raw ${t.ratio.toFixed(2)} (seconds each round: factdiff ${each(t.secondsEachRound.factdiff)}; raw ${each(t.secondsEachRound.rawCompromise)})`);
console.log(`  CPU seconds per MB, all threads: factdiff ${t.cpuSecondsPerMB.factdiff.toFixed(2)}, raw ${t.cpuSecondsPerMB.rawCompromise.toFixed(2)}: ${t.cpuRatio.toFixed(2)}x (CPU seconds each round: factdiff ${each(t.cpuSecondsEachRound.factdiff)}; raw ${each(t.cpuSecondsEachRound.rawCompromise)})`);
if (t.cycles > 1) console.log(`  the first cycle alone (each text once): factdiff ${t.firstCycle.factdiff.seconds.toFixed(2)} s, ${t.firstCycle.factdiff.cpuSeconds.toFixed(2)} s CPU; raw ${t.firstCycle.rawCompromise.seconds.toFixed(2)} s, ${t.firstCycle.rawCompromise.cpuSeconds.toFixed(2)} s CPU: ${t.firstCycle.ratio.toFixed(2)}x wall, ${t.firstCycle.cpuRatio.toFixed(2)}x CPU`);
const w = results.wireCopy;
if (w) {
  console.log(`Wire copy, ${w.documents / w.versionsPerStory} stories of ${w.versionsPerStory} versions (${w.megabytes.toFixed(2)} MB), one process each, median of ${ROUNDS} alternating rounds:`);
  console.log(`  with the sentence cache ${w.cached.MBps.toFixed(3)} MB/s, emptied before each report ${w.uncached.MBps.toFixed(3)} MB/s: ${w.speedup.toFixed(2)}x`);
}
const b = results.batch;
console.log(`Batch of ${b.reports} reports (${b.megabytes.toFixed(2)} MB) in stories of 2-5, ${b.cores} cores, median of ${ROUNDS} alternating rounds:`);
console.log(`  factdiff batch           ${b.factdiff.seconds.toFixed(2)} s, ${b.factdiff.reportsPerSecond.toFixed(1)} reports/s, peak RSS ${b.factdiff.peakRssMB?.toFixed(0) ?? '?'} MB (its largest process)`);
console.log(`  raw compromise, 1 proc.  ${b.rawCompromiseOneProcess.seconds.toFixed(2)} s, ${b.rawCompromiseOneProcess.reportsPerSecond.toFixed(1)} reports/s, peak RSS ${b.rawCompromiseOneProcess.peakRssMB?.toFixed(0) ?? '?'} MB`);
console.log(`  ratio factdiff/raw ${b.ratio.toFixed(2)} (seconds each round: factdiff ${each(b.secondsEachRound.factdiff)}; raw ${each(b.secondsEachRound.rawCompromiseOneProcess)}; factdiff peak RSS ${b.peakRssMBEachRound.map((m) => m?.toFixed(0) ?? '?').join(', ')} MB)`);
console.log(`  memory summed over the batch's processes (one run each, sampled every 20 ms): ${Object.entries(b.memory).map(([n, m]) => m.sampledSumMB === null ? `${n}: ?` : `${n} reports ${m.sampledSumMB.toFixed(0)} MB (${m.processes} processes; their peaks added up ${m.sumOfPeaksMB.toFixed(0)}, the largest ${m.largestMB.toFixed(0)})`).join('; ')}`);
console.log(`Scaling, one run each (ms per report; the batch of ${b.reports} is the median run above):`);
console.log(`  batch of N reports: ${Object.entries(results.scaling.batch).map(([n, v]) => `${n}: ${v.msPerReport.toFixed(1)} (largest process ${v.peakRssMB?.toFixed(0) ?? '?'} MB)`).join(', ')}`);
console.log(`  one story of N reports: ${Object.entries(results.scaling.story).map(([n, v]) => `${n}: ${v.msPerReport.toFixed(1)}`).join(', ')}`);
console.log(`  per report at ${b.reports} / at 100: ${results.scaling.perReport1000vs100.toFixed(2)}`);
console.log(`  each further report (slope): ${Object.entries(results.scaling.marginalMsPerReport).map(([k, v]) => `${k}: ${v.toFixed(1)} ms`).join(', ')}`);
const warm = results.scaling.warm;
console.log(`Scaling in one warm process (bench/scale.mjs, median of ${warm.rounds} alternating rounds, ms per report):`);
console.log(`  check() over ${warm.batch.all.reports} reports ${warm.batch.all.msPerReport.toFixed(3)}, over a sample of ${warm.batch.sample.reports} ${warm.batch.sample.msPerReport.toFixed(3)}: ratio ${warm.batch.perReportRatio.toFixed(2)} (per MB ${warm.batch.perMBRatio.toFixed(2)})`);
console.log(`  the first ${Object.values(warm.storySize).at(-1).reports} reports as stories of N: ${Object.entries(warm.storySize).map(([n, v]) => `${n}: ${v.msPerReport.toFixed(3)}`).join(', ')}`);
const d = results.diffs;
console.log(`Word diffs in a check of the pair: ${d.diffs} diffs, longest side ${d.longest} chars, ${d.diffMs.toFixed(2)} ms of ${d.checkMs.toFixed(1)} ms (${(d.share * 100).toFixed(1)}%)`);
printAdversarial(results.adversarial);
const hp = results.html;
if (hp.skipped) console.log(`HTML report: skipped (${hp.skipped})`);
else console.log(`HTML report, ${hp.reports} reports of about 5 KB (${hp.source}), ${hp.findings} findings, page ${hp.pageBytes} bytes, median of ${hp.rounds} loads in headless Chromium: loaded ${hp.loadMs.toFixed(0)} ms, first frame ${hp.shownMs.toFixed(0)} ms, a finding selected in ${hp.selectMs.toFixed(1)} ms`);
console.log('Written to bench/results.json');
