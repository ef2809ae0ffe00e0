// Scorer for our own labelled clusters: fixtures/clusters/<case>/ with reports and an
// expected.json listing the findings a careful editor expects. The list is exhaustive for
// conflicts, reworded and misattributed quotes (so their precision is measured); for the
// other verdicts it lists what must be found (recall only).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { close } from './peers.mjs';

/** Verdicts whose expected list is exhaustive: every such finding factdiff makes is checked. */
export const EXHAUSTIVE = ['conflict', 'reworded', 'misattributed'];
export const VERDICTS = ['agree', 'compatible', 'conflict', 'reworded', 'misattributed', 'unsupported', 'only-one'];

export function loadClusters(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, 'expected.json')))
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const expected = JSON.parse(readFileSync(join(dir, name, 'expected.json'), 'utf8'));
      const order = expected.options?.reference ? [expected.options.reference, ...expected.reports.filter((r) => r !== expected.options.reference)] : expected.reports;
      const inputs = order.map((f) => ({ path: f, text: readFileSync(join(dir, name, f), 'utf8') }));
      return { name, expected, inputs };
    });
}

/** A subject with plural words made singular: "miners / nationals" and "miner / national" are one. */
const subjectKey = (s) => norm(s).split(' ').map((w) => w.replace(/(?:ies)$/, 'y').replace(/(?<=[^s])s$/, '')).join(' ');
const norm = (s) => String(s).toLowerCase().replace(/\s+/g, ' ').trim();
const same = (a, b) => a !== null && b !== null && close(a, b, 1e-9);

/** The claim of `finding` from report file `file`, if any. */
function claimOf(result, finding, file) {
  const report = result.reports.find((r) => r.path === file);
  return report ? finding.claims.find((c) => c.report === report.id) : undefined;
}

/** Does a finding factdiff made match an expected one (kind, subject, values or words), verdict aside? */
export function matches(result, got, want) {
  if (got.kind !== want.kind) return false;
  if (want.kind === 'number') {
    if (subjectKey(got.subject) !== subjectKey(want.subject)) return false;
    return Object.entries(want.values).every(([file, v]) => {
      const c = claimOf(result, got, file);
      return c !== undefined && (same(c.value, v) || same(c.low, v) || same(c.high, v));
    });
  }
  if (want.kind === 'person') return norm(got.subject).split(' ').includes(norm(want.subject)) || norm(got.subject).endsWith(norm(want.subject));
  // Quotes: the words appear in a claim of each report named.
  const files = Object.keys(want.speakers ?? {});
  return files.length > 0 && files.every((file) => norm(claimOf(result, got, file)?.text ?? '').includes(norm(want.words)));
}

const verdictsOf = (want) => (Array.isArray(want.verdict) ? want.verdict : [want.verdict]);

/** Scores one cluster: per expected finding, found or not; per exhaustive finding made, expected or not. */
export function scoreCluster(result, cluster) {
  const expected = cluster.expected.findings;
  const rows = expected.map((want) => {
    const candidates = result.findings.filter((f) => matches(result, f, want));
    const hit = candidates.find((f) => verdictsOf(want).includes(f.verdict) && minorityOk(result, f, want));
    const speakers = want.kind === 'quote' ? speakerChecks(result, hit ?? candidates[0], want) : [];
    return { want, found: hit !== undefined, got: hit?.verdict ?? candidates.map((c) => c.verdict).join('/') ?? null, speakers };
  });
  const extra = result.findings
    .filter((f) => EXHAUSTIVE.includes(f.verdict))
    .filter((f) => !expected.some((want) => verdictsOf(want).includes(f.verdict) && matches(result, f, want)))
    .map((f) => ({ kind: f.kind, verdict: f.verdict, subject: f.subject, note: f.note }));
  return { name: cluster.name, rows, extra };
}

function minorityOk(result, f, want) {
  if (!want.minority) return true;
  const ids = want.minority.map((file) => result.reports.find((r) => r.path === file)?.id);
  return ids.length === f.minority.length && ids.every((id) => f.minority.includes(id));
}

/** Each named speaker of an expected quote against the speaker factdiff found ("detail"). */
function speakerChecks(result, finding, want) {
  return Object.entries(want.speakers ?? {}).map(([file, name]) => {
    const detail = finding ? claimOf(result, finding, file)?.detail ?? null : null;
    return { file, want: name, got: detail, ok: detail !== null && norm(detail).includes(norm(name)) };
  });
}

/** Totals over clusters: recall per verdict, precision for the exhaustive verdicts, speaker accuracy. */
export function summariseClusters(scored) {
  const per = Object.fromEntries(VERDICTS.map((v) => [v, { expected: 0, found: 0, made: 0, correct: 0 }]));
  let speakers = 0, speakersOk = 0, speakersNull = 0;
  for (const s of scored) {
    for (const r of s.rows) {
      const v = verdictsOf(r.want)[0];
      per[v].expected++;
      if (r.found) per[v].found++;
      if (r.found && EXHAUSTIVE.includes(v)) { per[v].made++; per[v].correct++; }
      for (const sp of r.speakers) { speakers++; if (sp.ok) speakersOk++; if (sp.got === null) speakersNull++; }
    }
    for (const e of s.extra) per[e.verdict].made++;
  }
  const ratio = (a, b) => (b === 0 ? null : a / b);
  return {
    clusters: scored.length,
    verdicts: Object.fromEntries(Object.entries(per).map(([v, p]) => [v, { ...p, recall: ratio(p.found, p.expected), precision: EXHAUSTIVE.includes(v) ? ratio(p.correct, p.made) : null }])),
    speakers: { expected: speakers, correct: speakersOk, missing: speakersNull, accuracy: ratio(speakersOk, speakers) },
  };
}
