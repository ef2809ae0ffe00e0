// One measurement in a fresh process: node bench/child.mjs <mode> <file-list>
// mode: raw (compromise parse + numbers + people + quotations) | factdiff (extractReport)
//       | factdiff-nocache (extractReport with the cache of tagged sentences emptied before each report)
// The list holds a path a line; a line `---` starts another cycle over texts (the benchmark
// reads its corpus more than once to reach the size it wants). At each cycle factdiff
// forgets everything it kept from the texts before (forgetAllTexts: tagged sentences, word
// memos), so a text read again costs what it did the first time; only compiled code stays warm.
// Prints {ms, cpuMs, bytes, words, found, rssMB, cycles: [{ms, cpuMs, bytes}]} as JSON; cpuMs
// is the process's CPU time over the same span (user + system, every thread: V8's compiler
// and collector threads count too).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const [mode, list] = process.argv.slice(2);
const cycles = [[]];
for (const line of readFileSync(list, 'utf8').split('\n')) {
  if (line === '---') cycles.push([]);
  else if (line !== '') cycles.at(-1).push(line);
}
const read = new Map();
const textOf = (p) => read.get(p) ?? read.set(p, readFileSync(p, 'utf8')).get(p);
const texts = cycles.map((paths) => paths.map(textOf));
let run;
let newCycle = () => {};
if (mode === 'raw') {
  const nlp = createRequire(import.meta.url)('compromise');
  run = (t) => { const d = nlp(t); return d.numbers().length + d.people().length + d.quotations().length; };
} else {
  const { extractReport } = await import('../dist/index.js');
  const { forgetTaggedTexts, forgetAllTexts } = await import('../dist/extract/nlp.js');
  const forget = mode === 'factdiff-nocache';
  newCycle = forgetAllTexts;
  run = (t) => {
    if (forget) forgetTaggedTexts();
    return extractReport({ path: 'x', text: t }).claims.length;
  };
}
run('Warm up: at least 25 people were killed, Mayor Anna Kovacs said.');
const bytesOf = (ts) => ts.reduce((s, t) => s + Buffer.byteLength(t), 0);
const cpuNow = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const cpu = cpuNow();
const start = process.hrtime.bigint();
let n = 0;
const perCycle = [];
for (const cycle of texts) {
  newCycle();
  const c0 = cpuNow();
  const t0 = process.hrtime.bigint();
  for (const t of cycle) n += run(t);
  perCycle.push({ ms: Number(process.hrtime.bigint() - t0) / 1e6, cpuMs: cpuNow() - c0, bytes: bytesOf(cycle) });
}
const ms = Number(process.hrtime.bigint() - start) / 1e6;
const cpuMs = cpuNow() - cpu;
const all = texts.flat();
const words = all.reduce((s, t) => s + (t.match(/\S+/g)?.length ?? 0), 0);
process.stdout.write(JSON.stringify({ ms, cpuMs, bytes: bytesOf(all), words, found: n, rssMB: process.memoryUsage().rss / 2 ** 20, cycles: perCycle }) + '\n');
