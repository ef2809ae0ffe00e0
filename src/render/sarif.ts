/**
 * SARIF 2.1.0 for code-scanning uploads: one result per conflict, misattribution,
 * unsupported or reworded quote; the location is the first claim (the draft's, in
 * reference mode), the other reports' claims are relatedLocations. Rule ids are stable
 * and declared in tool.driver.rules; columns count code points (declared in columnKind).
 */
import type { CheckResult, Finding, FindingClaim, ReportClaims } from '../types.js';
import { VERSION } from '../version.js';
import { FactdiffError } from '../errors.js';
import { fingerprint, locate, message, ruleId, severity, type Located } from './common.js';
import { locator } from './source.js';
import type { RenderOptions } from './options.js';

/** Every rule factdiff can report, in a fixed order. */
export const RULES = [
  { id: 'number-conflict', text: 'Reports give incompatible figures for the same measure', level: 'error' },
  { id: 'person-title-conflict', text: "Reports give a person's title differently", level: 'error' },
  { id: 'person-name-spelling', text: "Reports spell a person's name differently", level: 'error' },
  { id: 'quote-misattributed', text: 'The same quote is given to different speakers', level: 'error' },
  { id: 'quote-unsupported', text: 'A quote the reference does not contain', level: 'warning' },
  { id: 'quote-reworded', text: "A quote's wording differs between reports", level: 'note' },
] as const;

function uri(path: string): string {
  return encodeURI(path.replace(/\\/g, '/').replace(/^\.\//, ''));
}

function physical(l: Located, endAt: (o: number, edge: 'end') => { line: number; column: number }): object {
  const end = endAt(l.claim.span.end, 'end');
  return {
    artifactLocation: { uri: uri(l.report.path) },
    region: { startLine: l.position.line, startColumn: l.position.column, endLine: end.line, endColumn: end.column, snippet: { text: l.claim.text } },
  };
}

export function renderSarif(result: CheckResult, _options: RenderOptions): string {
  return `${JSON.stringify(sarifLog(sarifResults(result)), null, 2)}\n`;
}

/** The SARIF results of one check: one per finding that matters, most severe first. */
export function sarifResults(result: CheckResult): object[] {
  const at = locate(result);
  const ends = new Map(result.reports.map((r) => [r.id, locator(r)]));
  const reported = result.findings.filter((f) => severity(f) < 3).sort((a, b) => severity(a) - severity(b));
  return reported.map((f: Finding) => {
    const id = ruleId(f);
    const index = RULES.findIndex((r) => r.id === id);
    const [first, ...others] = f.claims.map((c: FindingClaim) => at(c));
    return {
      ruleId: id,
      ruleIndex: index,
      level: RULES[index]?.level ?? 'warning',
      message: { text: message(f, at) },
      locations: [{ physicalLocation: physical(first!, ends.get(first!.claim.report)!) }],
      relatedLocations: others.map((l, i) => ({
        id: i + 1,
        message: { text: `${l.report.path}: ${l.claim.text}` },
        physicalLocation: physical(l, ends.get(l.claim.report)!),
      })),
      partialFingerprints: { 'factdiffFinding/v1': fingerprint(f) },
    };
  });
}

/**
 * A SARIF log of one run holding `results`, and, after them, `more` (a batch's
 * invocation, with the stories that could not be checked).
 */
export function sarifLog(results: readonly unknown[], more: object = {}): object {
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'factdiff',
            version: VERSION,
            rules: RULES.map((r) => ({ id: r.id, name: r.id, shortDescription: { text: r.text }, defaultConfiguration: { level: r.level } })),
          },
        },
        columnKind: 'unicodeCodePoints',
        results,
        ...more,
      },
    ],
  };
}

export function renderExtractSarif(_rc: ReportClaims, _options: RenderOptions): string {
  throw new FactdiffError('--format sarif reports comparisons; use text, json or jsonl with extract');
}
