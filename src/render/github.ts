/**
 * GitHub Actions workflow commands: an `::error`/`::warning` annotation per finding that
 * matters, most severe first, over the claim's span (endColumn exclusive, as SARIF's),
 * then one `::notice::` with the totals. Data and properties
 * are escaped as the Actions toolkit escapes them (%, CR, LF; and : , in properties),
 * after control characters from a report are made visible (safe()): the Actions log
 * shows ANSI sequences as they would act on a terminal.
 */
import type { CheckResult, ReportClaims, Verdict } from '../types.js';
import { VERDICTS } from '../types.js';
import { FactdiffError } from '../errors.js';
import { listed, locate, message, severity } from './common.js';
import { safe } from './escape.js';
import type { RenderOptions } from './options.js';
import { notForExtract } from './formats.js';

/** Escapes a command's message, as `escapeData` in @actions/core. */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A message or property from reports and names: control characters shown, then escaped for the command. */
const data = (s: string): string => escapeData(safe(s));
const property = (s: string): string => escapeProperty(safe(s));

/** Escapes a command property, as `escapeProperty` in @actions/core. */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function renderGithub(result: CheckResult, options: RenderOptions): string {
  return [...githubAnnotations(result, options), githubNotice(`factdiff: ${result.reports.length} reports: ${totals(result.summary)}`)].join('');
}

/**
 * An annotation per finding that matters (with `conflictsOnly`, per conflict and
 * misattribution), most severe first, each a line; one accepted in a baseline (`known`)
 * is a notice marked "(baseline)", since it does not fail the run.
 */
export function githubAnnotations(result: CheckResult, { known, conflictsOnly }: Pick<RenderOptions, 'known' | 'conflictsOnly'>): string[] {
  const at = locate(result);
  const shown = listed(result, conflictsOnly).filter((f) => severity(f) < 3).sort((a, b) => severity(a) - severity(b));
  return shown.map((f) => {
    const { report, position, end } = at(f.claims[0]!);
    const accepted = known?.has(f) === true;
    const level = accepted ? 'notice' : severity(f) === 0 ? 'error' : severity(f) === 1 ? 'warning' : 'notice';
    // GitHub refuses col and endColumn on an annotation over several lines.
    const oneLine = end.line === position.line;
    const props = [
      `file=${property(report.path)}`,
      `line=${position.line}`,
      ...(oneLine ? [`col=${position.column}`] : []),
      `endLine=${end.line}`,
      ...(oneLine ? [`endColumn=${end.column}`] : []),
      `title=${property(`factdiff: ${f.kind} ${f.verdict}${accepted ? ' (baseline)' : ''}: ${f.subject}`)}`,
    ];
    return `::${level} ${props.join(',')}::${data(message(f, at))}\n`;
  });
}

/** A workflow command without a file: `::notice::…` (or `::error::…`) as a line. */
export function githubNotice(text: string, level: 'notice' | 'error' = 'notice'): string {
  return `::${level}::${data(text)}\n`;
}

/** "3 agree, 0 compatible, …" */
export function totals(summary: Readonly<Record<Verdict, number>>): string {
  return VERDICTS.map((v) => `${summary[v]} ${v}`).join(', ');
}

export function renderExtractGithub(_rc: ReportClaims, _options: RenderOptions): string {
  throw new FactdiffError(notForExtract('github'));
}
