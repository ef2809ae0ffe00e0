// Baseline for the batch benchmark: raw compromise in one process over the same reports
// (parse + numbers + people + quotations each), reading the report paths from a list file.
const { readFileSync } = require('node:fs');
const nlp = require('compromise');
let found = 0;
for (const path of readFileSync(process.argv[2], 'utf8').split('\n').filter(Boolean)) {
  const doc = nlp(readFileSync(path, 'utf8'));
  found += doc.numbers().length + doc.people().length + doc.quotations().length;
}
process.stdout.write(`${found}\n`);
