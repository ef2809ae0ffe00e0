// One measurement in a fresh process: node bench/child.mjs <mode> <file-list>
// mode: raw (compromise parse + numbers + people + quotations) | factdiff (extractReport)
//       | factdiff-nocache (extractReport with the cache of tagged sentences emptied before each report)
// Prints {ms, cpuMs, bytes, words, rssMB} as JSON; cpuMs is the process's CPU time over the
// same span (user + system, every thread: V8's compiler and collector threads count too).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const [mode, list] = process.argv.slice(2);
const texts = readFileSync(list, 'utf8').split('\n').filter(Boolean).map((p) => readFileSync(p, 'utf8'));
let run;
if (mode === 'raw') {
  const nlp = createRequire(import.meta.url)('compromise');
  run = (t) => { const d = nlp(t); return d.numbers().length + d.people().length + d.quotations().length; };
} else {
  const { extractReport } = await import('../dist/index.js');
  const { forgetTaggedTexts } = await import('../dist/extract/nlp.js');
  const forget = mode === 'factdiff-nocache';
  run = (t) => {
    if (forget) forgetTaggedTexts();
    return extractReport({ path: 'x', text: t }).claims.length;
  };
}
run('Warm up: at least 25 people were killed, Mayor Anna Kovacs said.');
const cpu = process.cpuUsage();
const start = process.hrtime.bigint();
let n = 0;
for (const t of texts) n += run(t);
const ms = Number(process.hrtime.bigint() - start) / 1e6;
const used = process.cpuUsage(cpu);
const cpuMs = (used.user + used.system) / 1000;
const bytes = texts.reduce((s, t) => s + Buffer.byteLength(t), 0);
const words = texts.reduce((s, t) => s + (t.match(/\S+/g)?.length ?? 0), 0);
process.stdout.write(JSON.stringify({ ms, cpuMs, bytes, words, found: n, rssMB: process.memoryUsage().rss / 2 ** 20 }) + '\n');
