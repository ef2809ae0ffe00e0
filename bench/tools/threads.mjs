// node [V8 FLAGS] bench/tools/threads.mjs [PASSES] [LIST] [raw]: extraction of the texts, pass
// after pass in one process (the cache of tagged sentences emptied before each pass), with each
// pass's wall time and CPU time split by thread: the main thread, where extraction runs, and
// V8's other threads (its optimising compiler and garbage collector). With `raw`, raw
// compromise (parse + numbers + people + quotations) instead, as `npm run bench` compares.
// Thread times come from /proc (Linux), in clock ticks. Run `npm run build` first.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { corpusFiles, ROOT } from './corpus.mjs';

if (!existsSync('/proc/self/task')) {
  process.stderr.write('threads.mjs: needs /proc/self/task (Linux) to read CPU time by thread\n');
  process.exit(2);
}
const [passes = '3', listFile, mode] = process.argv.slice(2);
const fail = (message) => {
  process.stderr.write(`threads.mjs: ${message}\nusage: node [V8 FLAGS] bench/tools/threads.mjs [PASSES] [LIST|-] [raw]\n`);
  process.exit(2);
};
if (!/^[1-9]\d*$/.test(passes)) fail(`PASSES must be a whole number of passes, got '${passes}'`);
if (mode !== undefined && mode !== 'raw') fail(`the third argument can only be 'raw', got '${mode}'`);
let texts;
try {
  const files = listFile && listFile !== '-' ? readFileSync(listFile, 'utf8').split('\n').filter(Boolean) : corpusFiles();
  texts = files.map((f) => readFileSync(f, 'utf8'));
} catch (e) {
  fail(`cannot read the texts: ${e.message}`);
}
if (texts.length === 0) fail('no texts to extract (an empty list)');

let run;
let forget = () => {};
if (mode === 'raw') {
  const nlp = createRequire(import.meta.url)('compromise');
  run = (t) => { const d = nlp(t); return d.numbers().length + d.people().length + d.quotations().length; };
} else {
  if (!existsSync(join(ROOT, 'dist', 'index.js'))) fail('dist/ is missing: run `npm run build` first');
  const { extractReport } = await import('../../dist/index.js');
  ({ forgetTaggedTexts: forget } = await import('../../dist/extract/nlp.js'));
  run = (t) => extractReport({ path: 'x', text: t }).claims.length;
}

const TICK_MS = 10; // USER_HZ is 100 on Linux
/** CPU milliseconds of each thread of this process, by thread id. */
function threadTimes() {
  const out = new Map();
  for (const tid of readdirSync('/proc/self/task')) {
    try {
      const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      out.set(tid, (Number(fields[11]) + Number(fields[12])) * TICK_MS); // utime, stime
    } catch {
      // the thread ended between the listing and the read
    }
  }
  return out;
}

run('Warm up: at least 25 people were killed, Mayor Anna Kovacs said.');
const main = String(process.pid);
const mb = texts.reduce((s, t) => s + Buffer.byteLength(t), 0) / 2 ** 20;
console.log(`${mode === 'raw' ? 'raw compromise' : 'factdiff'}: ${texts.length} texts, ${mb.toFixed(2)} MB, ${process.execArgv.join(' ') || 'default V8 flags'}`);
for (let pass = 1; pass <= Number(passes); pass++) {
  forget();
  const before = threadTimes();
  const start = performance.now();
  for (const t of texts) run(t);
  const wall = performance.now() - start;
  const after = threadTimes();
  let others = 0;
  for (const [tid, ms] of after) if (tid !== main) others += ms - (before.get(tid) ?? 0);
  const mainMs = after.get(main) - before.get(main);
  console.log(`pass ${pass}: wall ${(wall / 1000).toFixed(2)} s, CPU ${((mainMs + others) / 1000).toFixed(2)} s (main thread ${(mainMs / 1000).toFixed(2)}, other threads ${(others / 1000).toFixed(2)})`);
}
