/**
 * GitHub Actions workflow commands: an `::error`/`::warning` annotation per finding that
 * matters, most severe first, then one `::notice::` with the totals. Data and properties
 * are escaped as the Actions toolkit escapes them (%, CR, LF; and : , in properties).
 */
import type { CheckResult, ReportClaims } from '../types.js';
import { VERDICTS } from '../types.js';
import { FactdiffError } from '../errors.js';
import { locate, message, severity } from './common.js';
import type { RenderOptions } from './options.js';

/** Escapes a command's message, as `escapeData` in @actions/core. */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a command property, as `escapeProperty` in @actions/core. */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function renderGithub(result: CheckResult, _options: RenderOptions): string {
  const at = locate(result);
  const lines: string[] = [];
  const shown = result.findings.filter((f) => severity(f) < 3).sort((a, b) => severity(a) - severity(b));
  for (const f of shown) {
    const { report, position } = at(f.claims[0]!);
    const level = severity(f) === 0 ? 'error' : severity(f) === 1 ? 'warning' : 'notice';
    const props = [
      `file=${escapeProperty(report.path)}`,
      `line=${position.line}`,
      `col=${position.column}`,
      `title=${escapeProperty(`factdiff: ${f.kind} ${f.verdict}: ${f.subject}`)}`,
    ];
    lines.push(`::${level} ${props.join(',')}::${escapeData(message(f, at))}`);
  }
  const totals = VERDICTS.map((v) => `${result.summary[v]} ${v}`).join(', ');
  lines.push(`::notice::${escapeData(`factdiff: ${result.reports.length} reports: ${totals}`)}`);
  return `${lines.join('\n')}\n`;
}

export function renderExtractGithub(_rc: ReportClaims, _options: RenderOptions): string {
  throw new FactdiffError('--format github annotates comparisons; use text, json or jsonl with extract');
}
