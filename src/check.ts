/**
 * check(): the whole pipeline over texts already read. Pure: no filesystem, no clock,
 * no colour. The CLI is one client of it; `src/index.ts` exports it as the library API.
 */
import type {
  CheckOptions, CheckResult, Claim, ClaimKind, Finding, Report, ReportClaims, ReportInput, Verdict,
} from './types.js';
import { CLAIM_KINDS, VERDICTS } from './types.js';
import { segmentReport } from './segment/index.js';
import { draftClaims, extractClaims, finishClaims, namedPeople } from './extract/index.js';
import { alignClaims } from './align/index.js';
import { judge } from './judge/index.js';
import { validateInput, validateInputs, validateOptions } from './validate.js';

/** Gives each input its id (`r1`, `r2`, …) and byte size. */
export function toReports(inputs: readonly ReportInput[]): Report[] {
  const encoder = new TextEncoder();
  return inputs.map((input, i) => ({
    id: `r${i + 1}`,
    path: input.path,
    text: input.text,
    bytes: input.bytes ?? encoder.encode(input.text).length,
    ...(input.origin ? { origin: input.origin } : {}),
  }));
}

/** The kinds to extract so that `only` can be answered (quotes need people for speakers). */
function kindsToExtract(only: readonly ClaimKind[]): ClaimKind[] {
  return only.includes('quote') && !only.includes('person') ? [...only, 'person'] : [...only];
}

/** Extracts the claims of one report: what factdiff "saw". */
export function extractReport(input: ReportInput, options: CheckOptions = {}): ReportClaims {
  validateInput(input, 'extractReport: the report');
  validateOptions(options, 'extractReport');
  const report = toReports([input])[0]!;
  const only = options.only ?? CLAIM_KINDS;
  const claims = extractClaims(report.text, segmentReport(report.text), only);
  return { report, claims };
}

/** Cross-checks two or more reports of the same event. */
export function check(inputs: readonly ReportInput[], options: CheckOptions = {}): CheckResult {
  validateInputs(inputs, 'check');
  validateOptions(options, 'check');
  const reports = toReports(inputs);
  const only = options.only ?? CLAIM_KINDS;
  const kinds = kindsToExtract(only);
  // Each report is read once; who is a person is settled with the names every report of
  // the story treats as people.
  const drafts = reports.map((r) => draftClaims(r.text, segmentReport(r.text), kinds));
  const known = new Set(drafts.flatMap(namedPeople));
  const perReport: Claim[][] = drafts.map((d) => applyOptions(finishClaims(d, known), options));
  const tolerance = options.tolerance ?? 0;
  const findings = (options.reference ? referenceFindings(reports, perReport, only, tolerance) : compare(reports, perReport, only, tolerance)).sort(byOrder(reports));
  return { reports, findings, summary: summarise(findings) };
}

function compare(reports: readonly Report[], perReport: readonly Claim[][], only: readonly ClaimKind[], tolerance: number): Finding[] {
  return alignClaims(perReport)
    .filter((a) => only.includes(a.kind))
    .map((a) => judge(a, reports, { tolerance }));
}

/** Applies the user's measure synonyms, person aliases and ignored titles to extracted claims. */
function applyOptions(claims: Claim[], options: CheckOptions): Claim[] {
  const measureOf = new Map<string, string>();
  for (const [measure, words] of Object.entries(options.measures ?? {})) for (const w of words) measureOf.set(w.toLowerCase(), measure);
  const aliasOf = new Map(Object.entries(options.aliases ?? {}).map(([from, to]) => [from.toLowerCase(), to]));
  const ignored = new Set((options.ignoreTitles ?? []).map((t) => t.toLowerCase()));
  const rename = (name: string): string =>
    aliasOf.get(name.toLowerCase()) ?? name.split(' ').map((w) => aliasOf.get(w.toLowerCase()) ?? w).join(' ');
  if (measureOf.size === 0 && aliasOf.size === 0 && ignored.size === 0) return claims;
  return claims.map((c) => {
    switch (c.kind) {
      case 'number':
        return { ...c, measure: measureOf.get(c.measure) ?? c.measure, subgroup: c.subgroup === null ? null : measureOf.get(c.subgroup) ?? c.subgroup };
      case 'person':
        return { ...c, name: rename(c.name), title: c.title !== null && ignored.has(c.title.toLowerCase()) ? null : c.title };
      case 'quote':
        return { ...c, speaker: c.speaker === null ? null : rename(c.speaker) };
      default: {
        const never: never = c;
        return never;
      }
    }
  });
}

/**
 * Reference mode: each draft against the reference alone, stated from the draft's side.
 * A quote only the draft has is unsupported; what only the reference has is listed once.
 */
function referenceFindings(reports: readonly Report[], perReport: readonly Claim[][], only: readonly ClaimKind[], tolerance: number): Finding[] {
  const reference = reports[0]!;
  const out: Finding[] = [];
  const listed = new Set<string>();
  for (let d = 1; d < reports.length; d++) {
    const draft = reports[d]!;
    for (const f of compare([reference, draft], [perReport[0]!, perReport[d]!], only, tolerance)) {
      const inDraft = f.claims.some((c) => c.report === draft.id);
      if (!inDraft) {
        const key = `${f.kind}|${f.subject}|${f.claims[0]!.span.start}`;
        if (listed.has(key)) continue;
        listed.add(key);
        out.push(f);
        continue;
      }
      const claims = [...f.claims].sort((a, b) => (a.report === draft.id ? -1 : b.report === draft.id ? 1 : 0));
      if (f.verdict === 'only-one' && f.kind === 'quote') {
        out.push({ ...f, claims, verdict: 'unsupported', note: `${reference.path} has no such quote` });
      } else {
        out.push({ ...f, claims });
      }
    }
  }
  return out;
}

/** Counts findings per verdict, every verdict present. */
export function summarise(findings: readonly Finding[]): Record<Verdict, number> {
  const summary = Object.fromEntries(VERDICTS.map((v) => [v, 0])) as Record<Verdict, number>;
  for (const f of findings) summary[f.verdict]++;
  return summary;
}

/** Total order: kind, then the first report that has the claim, then position, then subject. */
function byOrder(reports: readonly Report[]): (a: Finding, b: Finding) => number {
  const index = new Map(reports.map((r, i) => [r.id, i]));
  const first = (f: Finding): [number, number] => [index.get(f.claims[0]!.report)!, f.claims[0]!.span.start];
  return (a, b) => {
    const [ra, pa] = first(a);
    const [rb, pb] = first(b);
    return CLAIM_KINDS.indexOf(a.kind) - CLAIM_KINDS.indexOf(b.kind) || ra - rb || pa - pb ||
      (a.subject < b.subject ? -1 : a.subject > b.subject ? 1 : 0) || VERDICTS.indexOf(a.verdict) - VERDICTS.indexOf(b.verdict);
  };
}

export { FAILING, hasConflict, type FailOn } from './judge/policy.js';
