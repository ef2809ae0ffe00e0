/**
 * Pieces shared by the machine formats: where a claim is (path, line, column), a
 * finding's one-line message, and a stable fingerprint.
 */
import type { CheckResult, Finding, FindingClaim, Report, Verdict } from '../types.js';
import type { Position } from './positions.js';
import { locator } from './source.js';
import { shorten } from './escape.js';
import { fnv1a64 } from '../hash.js';

/** A claim with its report and position resolved. */
export interface Located {
  readonly claim: FindingClaim;
  readonly report: Report;
  /** Where the claim starts. */
  readonly position: Position;
  /** Just after its last character (an exclusive end, as SARIF's endColumn). */
  readonly end: Position;
}

/** Returns a function that locates a finding's claims, computing line tables once per report. */
export function locate(result: CheckResult): (claim: FindingClaim) => Located {
  const byId = new Map(result.reports.map((r) => [r.id, { report: r, at: locator(r) }]));
  return (claim) => {
    const { report, at } = byId.get(claim.report)!;
    return { claim, report, position: at(claim.span.start), end: at(claim.span.end, 'end') };
  };
}

/** Verdicts from the most to the least severe, as the reports list findings and counts. */
export const BY_SEVERITY: readonly Exclude<Verdict, 'only-one'>[] = ['conflict', 'misattributed', 'unsupported', 'reworded', 'compatible', 'agree'];

/** A verdict's place in BY_SEVERITY (only-one last): findings are listed in this order. */
export function rank(v: Verdict): number {
  const i = (BY_SEVERITY as readonly Verdict[]).indexOf(v);
  return i < 0 ? BY_SEVERITY.length : i;
}

/** Findings worst first (rank), in the order check() gave them within a verdict. */
export function worstFirst(findings: readonly Finding[]): Finding[] {
  return findings.map((f, i) => ({ f, i })).sort((a, b) => rank(a.f.verdict) - rank(b.f.verdict) || a.i - b.i).map(({ f }) => f);
}

/** Findings that fail a run under the default policy come first, then unsupported, reworded, the rest. */
export function severity(f: Finding): number {
  switch (f.verdict) {
    case 'conflict':
    case 'misattributed':
      return 0;
    case 'unsupported':
      return 1;
    case 'reworded':
      return 2;
    default:
      return 3;
  }
}

/**
 * The findings a format lists: with `conflictsOnly` (--conflicts-only), conflicts and
 * misattributed quotes alone, in every format; a summary still counts them all.
 */
export function listed(result: CheckResult, conflictsOnly: boolean): readonly Finding[] {
  return conflictsOnly ? result.findings.filter((f) => severity(f) === 0) : result.findings;
}

/** A finding in one line: "deaths: 7 (a.txt) vs 9 (b.txt)". */
export function message(f: Finding, locateClaim: (c: FindingClaim) => Located): string {
  const sides = f.claims.map((c) => {
    const { report } = locateClaim(c);
    const value = f.kind === 'quote' ? `“${shorten(c.text, 80)}”${c.detail ? ` (${c.detail})` : ''}` : f.kind === 'person' ? `${c.text}${c.detail ? `, ${c.detail}` : ''}` : c.text;
    return `${value} in ${report.path}`;
  });
  return `${f.subject}: ${f.verdict} — ${sides.join(' vs ')}. ${f.note}`;
}

/** A stable id for a finding across runs: FNV-1a over kind, subject, verdict and texts. */
export function fingerprint(f: Finding): string {
  return fnv1a64([f.kind, f.subject, f.verdict, ...f.claims.map((c) => c.text)].join('\u0000'));
}

/** Rule id of a finding, stable across versions. */
export function ruleId(f: Finding): string {
  if (f.kind === 'person') return f.note.startsWith('name') ? 'person-name-spelling' : 'person-title-conflict';
  return `${f.kind}-${f.verdict}`;
}
