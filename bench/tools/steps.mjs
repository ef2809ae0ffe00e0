// node bench/tools/steps.mjs [PASSES] [LIST]: each of compromise's steps timed over every
// segment of the texts, on factdiff's prepared copy of compromise, pass after pass in one
// process (the first pass is cold). The tagger step (preTagger) is the yardstick of how busy
// the machine is. Run `npm run build` first.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { corpusFiles } from './corpus.mjs';

const { segmentReport } = await import('../../dist/index.js');
const { tagText } = await import('../../dist/extract/nlp.js');
tagText('load', 0);
const nlp = createRequire(new URL('../../dist/extract/nlp.js', import.meta.url))('compromise/two');
const world = nlp.world();
const hooks = [...world.hooks];
const files = process.argv[3] ? readFileSync(process.argv[3], 'utf8').split('\n').filter(Boolean) : corpusFiles();
const segments = files.flatMap((f) => {
  const t = readFileSync(f, 'utf8');
  return segmentReport(t).map((s) => t.slice(s.span.start, s.span.end));
});
const env = process.env;
process.env = {};
for (let pass = 0; pass < Number(process.argv[2] ?? 3); pass++) {
  const times = { tokenize: 0 };
  const all = performance.now();
  for (const s of segments) {
    world.hooks = [];
    let t0 = performance.now();
    const doc = nlp(s);
    times.tokenize += performance.now() - t0;
    for (const h of [...hooks, 'root']) {
      t0 = performance.now();
      doc.compute(h);
      times[h] = (times[h] ?? 0) + performance.now() - t0;
    }
  }
  world.hooks = hooks;
  console.log(`pass ${pass}: ${(performance.now() - all).toFixed(0)} ms;`, Object.entries(times).map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', '));
}
process.env = env;
