// Scaling in one warm process: node bench/scale.mjs <batch-list> [rounds]
// The list holds a batch's report paths, one a line, each story a folder (as `npm run bench`
// writes them: stories of 2, 3, 4, 5 reports in turn). Start-up and V8's warm-up are what
// make a small batch of whole processes cost more a report than a large one; this measures
// what is left, the time check() takes a report once the process is warm:
// - batch size: the whole batch against a sample of about a tenth of it (every tenth run
//   of four stories, so that the sample has stories of every size), alternating round by
//   round, as ms a report and ms a MB;
// - story size: the same first 400 reports checked as stories of 2, 5, 20, 50, 200 and 400
//   (one, in the last case), so that only the size of the stories differs; the sizes in
//   turn, round by round.
// The cache of tagged sentences is emptied before every run. Prints JSON.
import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';

const [list, roundsArg] = process.argv.slice(2);
const ROUNDS = Number(roundsArg ?? 5);
const { check } = await import('../dist/index.js');
const { forgetTaggedTexts } = await import('../dist/extract/nlp.js');

const paths = readFileSync(list, 'utf8').split('\n').filter(Boolean);
const reports = paths.map((path) => ({ path, text: readFileSync(path, 'utf8') }));
const stories = [];
for (const r of reports) {
  const last = stories.at(-1);
  if (last && dirname(last[0].path) === dirname(r.path)) last.push(r);
  else stories.push([r]);
}
const bytes = (ss) => ss.flat().reduce((sum, r) => sum + Buffer.byteLength(r.text), 0);
const run = (ss) => {
  forgetTaggedTexts();
  const t = performance.now();
  for (const s of ss) check(s);
  return performance.now() - t;
};
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const sample = stories.filter((_, i) => Math.floor(i / 4) % 10 === 0);
run(stories); // warm-up: V8 compiles what the runs below use
const times = { sample: [], all: [] };
for (let r = 0; r < ROUNDS; r++) {
  for (const which of r % 2 ? ['all', 'sample'] : ['sample', 'all']) times[which].push(run(which === 'all' ? stories : sample));
}
const side = (ss, ms) => ({
  reports: ss.flat().length, stories: ss.length, megabytes: bytes(ss) / 2 ** 20,
  msEachRound: ms, msPerReport: median(ms) / ss.flat().length, msPerMB: median(ms) / (bytes(ss) / 2 ** 20),
});
const batch = { sample: side(sample, times.sample), all: side(stories, times.all) };
batch.perReportRatio = batch.all.msPerReport / batch.sample.msPerReport;
batch.perMBRatio = batch.all.msPerMB / batch.sample.msPerMB;

const first = reports.slice(0, Math.min(400, reports.length));
const sizes = [2, 5, 20, 50, 200, 400].filter((s) => s <= first.length);
const grouped = Object.fromEntries(sizes.map((size) => {
  const ss = [];
  for (let i = 0; i + size <= first.length; i += size) ss.push(first.slice(i, i + size));
  return [size, ss];
}));
const storyMs = Object.fromEntries(sizes.map((size) => [size, []]));
for (let r = 0; r < ROUNDS; r++) for (const size of r % 2 ? [...sizes].reverse() : sizes) storyMs[size].push(run(grouped[size]));
const storySize = Object.fromEntries(sizes.map((size) => [size, {
  stories: grouped[size].length, reports: grouped[size].flat().length, msEachRound: storyMs[size], msPerReport: median(storyMs[size]) / grouped[size].flat().length,
}]));
process.stdout.write(`${JSON.stringify({ rounds: ROUNDS, batch, storySize })}\n`);
