/**
 * Baselines: CheckResult → the findings a reviewer has already accepted. A finding is
 * known by a fingerprint of what it says, not where it is: its kind, verdict and
 * subject (a number's measure), and for each claim the value (a number's interval, a name and title, a quote's
 * words and speaker) and the words around it in its sentence. A line added above, a
 * paragraph moved, reports given in another order or renamed leave it the same; a changed
 * value, or a change to the words next to a claim, makes it a new finding.
 */
import { FAILING } from '../judge/policy.js';
import { fnv1a64 } from '../hash.js';
import type { CheckResult, Finding, FindingClaim, Report } from '../types.js';

/** The fingerprint's version, written in the baseline file; a new recipe is a new version. */
export const BASELINE_VERSION = 1;

/** Words each side of a claim that take part in its fingerprint. */
const CONTEXT_WORDS = 3;

/** One accepted finding, as a baseline file records it. */
export interface BaselineEntry {
  /** What identifies the finding; the only field read back. */
  readonly fingerprint: string;
  /** For the people who review the file: kind, verdict, subject, and each claim with its report. */
  readonly kind: string;
  readonly verdict: string;
  readonly subject: string;
  readonly claims: readonly string[];
  /** In a batch, the story it was found in. */
  readonly story?: string;
}

/** Findings a baseline records: every verdict some --fail-on policy fails on. */
export function recordable(f: Finding): boolean {
  return FAILING.any.includes(f.verdict);
}

const words = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** A claim's part of the fingerprint: its value and the words around it. */
function claimKey(f: Finding, c: FindingClaim, report: Report): string {
  const value =
    f.kind === 'number'
      ? `${c.value ?? ''}[${c.low ?? ''},${c.high ?? ''}]`
      : `${words(c.text).join(' ')}|${words(c.detail ?? '').join(' ')}`;
  const before = words(report.text.slice(c.sentence.start, c.span.start)).slice(-CONTEXT_WORDS);
  const after = words(report.text.slice(c.span.end, c.sentence.end)).slice(0, CONTEXT_WORDS);
  return `${value}<${before.join(' ')}|${after.join(' ')}>`;
}

/** Returns the function that fingerprints the findings of `result`. */
export function fingerprinter(result: CheckResult): (f: Finding) => string {
  const reports = new Map(result.reports.map((r) => [r.id, r]));
  return (f) => {
    const claims = f.claims.map((c) => claimKey(f, c, reports.get(c.report)!)).sort();
    // A number's subject is its measure; a person's or a quote's is the name one of the
    // reports gives, which depends on their order, and the claims hold the names anyway.
    const subject = f.kind === 'number' ? words(f.subject).join(' ') : '';
    return fnv1a64([`v${BASELINE_VERSION}`, f.kind, f.verdict, subject, ...claims].join('\u0000'));
  };
}

/** The entries recording the findings of `result` a baseline keeps. */
export function baselineEntries(result: CheckResult, story?: string): BaselineEntry[] {
  const fingerprint = fingerprinter(result);
  const paths = new Map(result.reports.map((r) => [r.id, r.path]));
  return result.findings.filter(recordable).map((f) => ({
    fingerprint: fingerprint(f),
    kind: f.kind,
    verdict: f.verdict,
    subject: f.subject,
    claims: f.claims.map((c) => `${c.text}${c.detail ? ` (${c.detail})` : ''} in ${paths.get(c.report)}`),
    ...(story !== undefined ? { story } : {}),
  }));
}

/** The findings of `result` whose fingerprints are in `known`. */
export function knownFindings(result: CheckResult, known: ReadonlySet<string>): ReadonlySet<Finding> {
  const fingerprint = fingerprinter(result);
  return new Set(result.findings.filter((f) => recordable(f) && known.has(fingerprint(f))));
}
