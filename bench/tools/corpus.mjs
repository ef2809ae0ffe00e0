// The texts the measurement tools read: the corpus that `npm run bench` uses (../shared/corpus
// real and reuters, then our fixtures) and the seed pair. `node bench/tools/corpus.mjs` prints
// their paths, one a line, for the tools that take a list file.
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const SHARED = join(ROOT, '..', 'shared');

/** Every .txt under the corpus folders and fixtures (sorted), then the seeds. */
export function corpusFiles() {
  const files = [];
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.txt')) files.push(p);
    }
  };
  for (const dir of [join(SHARED, 'corpus', 'real'), join(SHARED, 'corpus', 'reuters'), join(ROOT, 'fixtures'), join(SHARED, 'seeds')]) {
    if (existsSync(dir)) walk(dir);
  }
  if (!existsSync(join(SHARED, 'corpus'))) process.stderr.write('note: ../shared/corpus is absent; only the fixtures (and seeds, if present) are listed\n');
  return files;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) process.stdout.write(`${corpusFiles().join('\n')}\n`);
