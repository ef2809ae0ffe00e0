// Baseline for the cold-start benchmark: what a raw-compromise pair job costs.
// Loads compromise (CommonJS build, the faster one), parses both reports and asks for
// numbers, people and quotations, as factdiff's own pass would.
const { readFileSync } = require('node:fs');
const nlp = require('compromise');
let found = 0;
for (const path of process.argv.slice(2)) {
  const doc = nlp(readFileSync(path, 'utf8'));
  found += doc.numbers().length + doc.people().length + doc.quotations().length;
}
process.stdout.write(`${found}\n`);
