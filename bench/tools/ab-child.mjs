// node bench/tools/ab-child.mjs TREE LIST: one cold extraction of the texts in LIST with the
// build in TREE/dist; prints "wallMs cpuMs" (CPU of every thread of the process).
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { join, resolve } from 'node:path';

const [tree, list] = process.argv.slice(2);
const { extractReport } = await import(pathToFileURL(join(resolve(tree), 'dist', 'index.js')).href);
const texts = readFileSync(list, 'utf8').split('\n').filter(Boolean).map((p) => readFileSync(p, 'utf8'));
extractReport({ path: 'x', text: 'Warm up: at least 25 people were killed, Mayor Anna Kovacs said.' });
const c0 = process.cpuUsage();
const t0 = performance.now();
for (const text of texts) extractReport({ path: 'x', text });
const c = process.cpuUsage(c0);
console.log((performance.now() - t0).toFixed(0), ((c.user + c.system) / 1000).toFixed(0));
