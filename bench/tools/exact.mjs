// node bench/tools/exact.mjs [LIST]: hashes of every token (text, offsets, tags in order,
// lemma, punctuation) and of every report's claims (JSON) over the texts (LIST, a file of
// paths, or the corpus of corpus.mjs). A speed change that should change nothing must leave
// both hashes as they were. Run `npm run build` first.
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { corpusFiles } from './corpus.mjs';

const { segmentReport, extractReport } = await import('../../dist/index.js');
const { tagText } = await import('../../dist/extract/nlp.js');
const files = process.argv[2] ? readFileSync(process.argv[2], 'utf8').split('\n').filter(Boolean) : corpusFiles();
const tokens = createHash('sha1');
const claims = createHash('sha1');
let n = 0;
for (const f of files) {
  const text = readFileSync(f, 'utf8');
  for (const s of segmentReport(text)) {
    for (const t of tagText(text.slice(s.span.start, s.span.end), s.span.start)) {
      n++;
      tokens.update(`${t.text}|${t.start}|${t.end}|${[...t.tags].join(',')}|${t.lemma}|${t.pre}|${t.post}\n`);
    }
  }
  claims.update(JSON.stringify(extractReport({ path: f, text }).claims));
}
console.log(`${files.length} texts, ${n} tokens: tokens ${tokens.digest('hex').slice(0, 16)} claims ${claims.digest('hex').slice(0, 16)}`);
