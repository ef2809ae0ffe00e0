/**
 * SARIF 2.1.0 for code-scanning uploads: one result per conflict, misattribution,
 * unsupported or reworded quote; the location is the first claim (the draft's, in
 * reference mode), the other reports' claims are relatedLocations. Rule ids are stable
 * and declared in tool.driver.rules, each with a helpUri to its section of the README;
 * columns count code points (declared in columnKind). Paths are file URIs: a relative
 * path a relative reference against %SRCROOT% (the repository root, for code scanning),
 * an absolute one a file: URI, each segment percent-encoded.
 */
import type { CheckResult, Finding, FindingClaim, ReportClaims } from '../types.js';
import { HOMEPAGE, VERSION } from '../version.js';
import { FactdiffError } from '../errors.js';
import { fingerprint, listed, locate, message, ruleId, severity, type Located } from './common.js';
import type { RenderOptions } from './options.js';
import { notForExtract } from './formats.js';

/** Every rule factdiff can report, in a fixed order. */
export const RULES = [
  { id: 'number-conflict', text: 'Reports give incompatible figures for the same measure', level: 'error' },
  { id: 'person-title-conflict', text: "Reports give a person's title differently", level: 'error' },
  { id: 'person-name-spelling', text: "Reports spell a person's name differently", level: 'error' },
  { id: 'quote-misattributed', text: 'The same quote is given to different speakers', level: 'error' },
  { id: 'quote-unsupported', text: 'A quote the reference does not contain', level: 'warning' },
  { id: 'quote-reworded', text: "A quote's wording differs between reports", level: 'note' },
] as const;

/** Where each rule is explained: its heading in the README. */
export function helpUri(ruleId: string): string {
  return `${HOMEPAGE}#${ruleId}`;
}

/**
 * A report's path as SARIF's artifactLocation: `a b/#1.txt` → `a%20b/%231.txt` against
 * %SRCROOT%; `/srv/é.txt` → `file:///srv/%C3%A9.txt`; `C:\\x.txt` → `file:///C:/x.txt`.
 * encodeURI, used before, left `#` and `?` as they were, which cut the path there.
 */
export function artifactLocation(path: string): { uri: string; uriBaseId?: string } {
  const slashed = path.replace(/\\/g, '/');
  const encode = (p: string): string => p.split('/').map(encodeURIComponent).join('/');
  if (/^[A-Za-z]:\//.test(slashed)) return { uri: `file:///${slashed.slice(0, 2)}${encode(slashed.slice(2))}` };
  if (slashed.startsWith('//')) return { uri: `file:${encode(slashed)}` };
  if (slashed.startsWith('/')) return { uri: `file://${encode(slashed)}` };
  return { uri: encode(slashed.replace(/^(?:\.\/)+/, '')), uriBaseId: '%SRCROOT%' };
}

function physical(l: Located): object {
  return {
    artifactLocation: artifactLocation(l.report.path),
    region: { startLine: l.position.line, startColumn: l.position.column, endLine: l.end.line, endColumn: l.end.column, snippet: { text: l.claim.text } },
  };
}

export function renderSarif(result: CheckResult, options: RenderOptions): string {
  return `${JSON.stringify(sarifLog(sarifResults(result, options)), null, 2)}\n`;
}

/**
 * The SARIF results of one check: one per finding that matters (with `conflictsOnly`, per
 * conflict and misattribution), most severe first; with a baseline in use (`known`), each
 * with its baselineState.
 */
export function sarifResults(result: CheckResult, { known, conflictsOnly }: Pick<RenderOptions, 'known' | 'conflictsOnly'>): object[] {
  const at = locate(result);
  const reported = listed(result, conflictsOnly).filter((f) => severity(f) < 3).sort((a, b) => severity(a) - severity(b));
  return reported.map((f: Finding) => {
    const id = ruleId(f);
    const index = RULES.findIndex((r) => r.id === id);
    const [first, ...others] = f.claims.map((c: FindingClaim) => at(c));
    return {
      ruleId: id,
      ruleIndex: index,
      level: RULES[index]?.level ?? 'warning',
      message: { text: message(f, at) },
      locations: [{ physicalLocation: physical(first!) }],
      relatedLocations: others.map((l, i) => ({
        id: i + 1,
        message: { text: `${l.report.path}: ${l.claim.text}` },
        physicalLocation: physical(l),
      })),
      partialFingerprints: { 'factdiffFinding/v1': fingerprint(f) },
      ...(known !== undefined ? { baselineState: known.has(f) ? 'unchanged' : 'new' } : {}),
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
            informationUri: HOMEPAGE,
            rules: RULES.map((r) => ({ id: r.id, name: r.id, shortDescription: { text: r.text }, helpUri: helpUri(r.id), defaultConfiguration: { level: r.level } })),
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
  throw new FactdiffError(notForExtract('sarif'));
}
