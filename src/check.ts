/**
 * check(): the whole pipeline over texts already read. Pure: no filesystem, no clock,
 * no colour. The CLI is one client of it; `src/index.ts` exports it as the library API.
 */
import type {
  CheckOptions, CheckResult, Claim, ClaimKind, Finding, Report, ReportClaims, ReportInput, Verdict,
} from './types.js';
import { CLAIM_KINDS, VERDICTS } from './types.js';
import { segmentReport } from './segment/index.js';
import { extractClaims } from './extract/index.js';
import { alignClaims } from './align/index.js';
import { judge } from './judge/index.js';

/** Gives each input its id (`r1`, `r2`, …) and byte size. */
export function toReports(inputs: readonly ReportInput[]): Report[] {
  const encoder = new TextEncoder();
  return inputs.map((input, i) => ({
    id: `r${i + 1}`,
    path: input.path,
    text: input.text,
    bytes: input.bytes ?? encoder.encode(input.text).length,
  }));
}

/** The kinds to extract so that `only` can be answered (quotes need people for speakers). */
function kindsToExtract(only: readonly ClaimKind[]): ClaimKind[] {
  return only.includes('quote') && !only.includes('person') ? [...only, 'person'] : [...only];
}

/** Extracts the claims of one report: what factdiff "saw". */
export function extractReport(input: ReportInput, options: CheckOptions = {}): ReportClaims {
  const report = toReports([input])[0]!;
  const only = options.only ?? CLAIM_KINDS;
  const claims = extractClaims(report.text, segmentReport(report.text), only);
  return { report, claims };
}

/** Cross-checks two or more reports of the same event. */
export function check(inputs: readonly ReportInput[], options: CheckOptions = {}): CheckResult {
  const reports = toReports(inputs);
  const only = options.only ?? CLAIM_KINDS;
  const kinds = kindsToExtract(only);
  const perReport: Claim[][] = reports.map((r) => extractClaims(r.text, segmentReport(r.text), kinds));
  const findings = alignClaims(perReport)
    .filter((a) => only.includes(a.kind))
    .map((a) => judge(a, reports))
    .sort(byOrder(reports));
  return { reports, findings, summary: summarise(findings) };
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

/** True when a result holds a finding that should fail a run (conflict or misattribution). */
export function hasConflict(result: CheckResult): boolean {
  return result.summary.conflict > 0 || result.summary.misattributed > 0;
}
