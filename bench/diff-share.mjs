// What the word diffs cost inside a check: node bench/diff-share.mjs REPORT... prints
// {checkMs, diffMs, diffs, longest} as JSON. check() runs on the reports (median of runs);
// the diffs it made are rebuilt from its findings and timed on their own. The cache of
// tagged sentences is emptied before each check, so that every run tags the reports.
import { readFileSync } from 'node:fs';
import { check } from '../dist/index.js';
import { wordDiff } from '../dist/judge/index.js';
import { forgetTaggedTexts } from '../dist/extract/nlp.js';

const reports = process.argv.slice(2).map((path) => ({ path, text: readFileSync(path, 'utf8') }));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const timed = (fn, runs) => median(Array.from({ length: runs }, () => { const t = process.hrtime.bigint(); fn(); return Number(process.hrtime.bigint() - t) / 1e6; }));
let result = check(reports);
const checkMs = timed(() => { forgetTaggedTexts(); result = check(reports); }, 9);
const pairs = result.findings.filter((f) => f.diff && f.diff.length > 0).map((f) => [
  f.diff.filter((p) => p.op !== 'added').map((p) => p.text).join(''),
  f.diff.filter((p) => p.op !== 'removed').map((p) => p.text).join(''),
]);
const diffMs = timed(() => { for (const [a, b] of pairs) wordDiff(a, b); }, 9);
process.stdout.write(`${JSON.stringify({ checkMs, diffMs, diffs: pairs.length, longest: Math.max(0, ...pairs.flat().map((s) => s.length)) })}\n`);
