// npm run eval: accuracy of factdiff's extractors and verdicts on suites we did not write,
// beside raw compromise on the same cases. Prints a table, writes eval/results.json, exits 0.
// Options: --misses (list every miss), --json (print the results as JSON).
import { existsSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { RECOGNIZERS_FILES, quantulumCases, recognizersCases, recognizersGold, scoreQuantities, scoreSpans } from './peers.mjs';
import { compromise, factdiff } from './extractors.mjs';
import { loadClusters, scoreCluster, summariseClusters } from './clusters.mjs';
import { SEED_EXPECTATIONS } from './seeds.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const shared = process.env.FACTDIFF_SHARED ?? join(here, '..', '..', 'shared');
const showMisses = process.argv.includes('--misses');
const rows = [];
const skipped = [];
const ours = await factdiff();
const raw = compromise();

const peers = join(shared, 'peers');
const rt = join(peers, 'recognizers-text');
for (const file of RECOGNIZERS_FILES) {
  const cases = recognizersCases(rt, file);
  if (!cases) { skipped.push(`recognizers-text/${file}.json: not found under ${rt}`); continue; }
  const a = scoreSpans(cases, recognizersGold, ours[file]);
  const b = scoreSpans(cases, recognizersGold, raw[file]);
  rows.push({ suite: `Recognizers-Text ${file}`, cases: cases.length, metric: 'F1 (span+value)', factdiff: a.f1, compromise: b.f1, detail: { factdiff: strip(a), compromise: strip(b) } });
  if (showMisses) printMisses(`Recognizers-Text ${file}`, a.misses);
}
for (const [file, label] of [['quantities.json', 'quantulum3 quantities'], ['quantities.ambiguity.json', 'quantulum3 ambiguity']]) {
  const cases = quantulumCases(join(peers, 'quantulum3'), file);
  if (!cases) { skipped.push(`quantulum3/${file}: not found under ${peers}`); continue; }
  const a = scoreQuantities(cases, ours.quantities);
  const b = scoreQuantities(cases, raw.quantities);
  rows.push({ suite: label, cases: cases.length, metric: 'value recall', factdiff: a.recall, compromise: b.recall, detail: { factdiff: strip(a), compromise: strip(b) } });
  rows.push({ suite: label, cases: cases.length, metric: 'value precision', factdiff: a.precision, compromise: b.precision });
  if (showMisses) printMisses(label, a.misses);
}

// Recognizers-Text Number + Percent + Ordinal together (the target row).
const rtRows = rows.filter((r) => r.suite.startsWith('Recognizers-Text'));
if (rtRows.length === RECOGNIZERS_FILES.length) {
  const sum = (who) => rtRows.reduce((a, r) => ({ tp: a.tp + r.detail[who].tp, fp: a.fp + r.detail[who].fp, fn: a.fn + r.detail[who].fn }), { tp: 0, fp: 0, fn: 0 });
  const f1 = ({ tp, fp, fn }) => (2 * tp) / (2 * tp + fp + fn);
  rows.push({ suite: 'Recognizers-Text Number+Percent+Ordinal', cases: rtRows.reduce((a, r) => a + r.cases, 0), metric: 'F1 (span+value)', factdiff: f1(sum('factdiff')), compromise: f1(sum('compromise')) });
}

// Our own labelled clusters.
const { check } = await import('../dist/index.js');
const clusters = loadClusters(join(here, '..', 'fixtures', 'clusters'));
const scored = clusters.map((c) => scoreCluster(check(c.inputs, { reference: Boolean(c.expected.options?.reference) }), c));
const own = summariseClusters(scored);
const v = own.verdicts;
const ownRow = (metric, value) => rows.push({ suite: 'own clusters', cases: own.clusters, metric, factdiff: value, compromise: null });
ownRow('conflict precision', v.conflict.precision);
ownRow('conflict recall', v.conflict.recall);
ownRow('agree + compatible recall', (v.agree.found + v.compatible.found) / Math.max(1, v.agree.expected + v.compatible.expected));
for (const k of ['reworded', 'misattributed', 'only-one', 'unsupported']) ownRow(`${k} recall`, v[k].recall);
ownRow('quote speaker accuracy', own.speakers.accuracy);
ownRow('quotes with a null speaker (named in text)', own.speakers.missing);
if (showMisses) {
  console.log('\n# misses: own clusters');
  for (const s of scored) {
    for (const r of s.rows) if (!r.found || r.speakers.some((x) => !x.ok)) console.log(JSON.stringify({ cluster: s.name, want: r.want, got: r.got, speakers: r.speakers.filter((x) => !x.ok) }));
    for (const e of s.extra) console.log(JSON.stringify({ cluster: s.name, unexpected: e }));
  }
}

// The seed pair: the core issue's expectations, as a row.
const seeds = join(shared, 'seeds');
if (existsSync(seeds)) {
  const { readdirSync, readFileSync } = await import('node:fs');
  const files = readdirSync(seeds).filter((f) => f.endsWith('.txt')).sort();
  const result = check(files.map((f) => ({ path: f, text: readFileSync(join(seeds, f), 'utf8') })));
  const held = SEED_EXPECTATIONS.filter((e) => e.holds(result));
  rows.push({ suite: 'seed pair (../shared/seeds)', cases: SEED_EXPECTATIONS.length, metric: 'expectations met', factdiff: held.length / SEED_EXPECTATIONS.length, compromise: null });
  if (showMisses) for (const e of SEED_EXPECTATIONS.filter((x) => !held.includes(x))) console.log(`seed miss: ${e.name}`);
} else skipped.push(`seed pair: ${seeds} not found`);

function strip({ misses, ...rest }) { return { ...rest, missed: misses.length }; }
function printMisses(label, misses) {
  console.log(`\n# misses: ${label} (${misses.length})`);
  for (const m of misses) console.log(JSON.stringify(m));
}

const fmt = (x) => (x === null || x === undefined ? '—' : Number.isInteger(x) && x !== 1 ? String(x) : x.toFixed(3));
console.log('\nfactdiff evaluation (npm run eval); cases = cases scored in the suite\n');
console.log('| suite | cases | metric | factdiff | raw compromise |');
console.log('|---|---|---|---|---|');
for (const r of rows) console.log(`| ${r.suite} | ${r.cases} | ${r.metric} | ${fmt(r.factdiff)} | ${fmt(r.compromise)} |`);
for (const s of skipped) console.log(`skipped: ${s}`);
writeFileSync(join(here, 'results.json'), JSON.stringify({ command: 'npm run eval', node: process.version, rows, skipped, clusters: own }, null, 2) + '\n');
