// node bench/tools/stages.mjs [PASSES] [LIST]: a whole extraction of the texts, pass after
// pass in one process, with the time of each part (segmenting, tagging, the number scanner
// on its own, numbers with it, names, quotes). Run `npm run build` first.
import { readFileSync } from 'node:fs';
import { corpusFiles } from './corpus.mjs';

const { segmentReport } = await import('../../dist/segment/index.js');
const nlp = await import('../../dist/extract/nlp.js');
const { extractNumbers, scanNumbers } = await import('../../dist/extract/numbers/index.js');
const { nameCandidates, resolveNames } = await import('../../dist/extract/people/index.js');
const { extractQuotes } = await import('../../dist/extract/quotes/index.js');
const files = process.argv[3] ? readFileSync(process.argv[3], 'utf8').split('\n').filter(Boolean) : corpusFiles();
const texts = files.map((f) => readFileSync(f, 'utf8'));
const QUOTE_MARK = /["“”„«»‹›‘’']/;
const now = () => performance.now();
for (let pass = 0; pass < Number(process.argv[2] ?? 4); pass++) {
  nlp.forgetTaggedTexts();
  const t = { segment: 0, tag: 0, scan: 0, numbers: 0, names: 0, resolve: 0, quotes: 0 };
  const all = now();
  for (const text of texts) {
    let a = now();
    const segments = segmentReport(text);
    let b = now();
    t.segment += b - a;
    const quoted = segments.map((s) => QUOTE_MARK.test(text.slice(s.span.start, s.span.end)));
    const kept = new Array(segments.length);
    const candidates = [];
    let paragraph = [];
    segments.forEach((s, i) => {
      a = now();
      const tokens = nlp.tagText(text.slice(s.span.start, s.span.end), s.span.start);
      b = now();
      t.tag += b - a;
      a = b;
      scanNumbers(text.slice(s.span.start, s.span.end));
      b = now();
      t.scan += b - a;
      if (i > 0 && segments[i - 1].paragraph !== s.paragraph) paragraph = [];
      a = b;
      const found = extractNumbers(text, s, tokens, paragraph);
      paragraph.push(...found);
      b = now();
      t.numbers += b - a;
      a = b;
      candidates.push(...nameCandidates(text, s, tokens));
      b = now();
      t.names += b - a;
      if (quoted[i] || quoted[i - 1] === true) kept[i] = tokens;
    });
    a = now();
    const people = resolveNames(candidates);
    b = now();
    t.resolve += b - a;
    a = b;
    extractQuotes(text, segments, kept, people);
    t.quotes += now() - a;
  }
  console.log(`pass ${pass}: ${(now() - all).toFixed(0)} ms;`, Object.entries(t).map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', '), '(scan is timed again inside numbers)');
}
