/**
 * Markdown for a pull-request comment: a summary line, one table per kind, worst first (verdict,
 * subject, each report's claim), word diffs as ~~removed~~ **added**, and the only-one
 * claims in a collapsed section. Text from reports is escaped for tables.
 */
import type { CheckResult, ClaimKind, DiffPart, Finding, ReportClaims, Verdict } from '../types.js';
import { CLAIM_KINDS } from '../types.js';
import { BY_SEVERITY, listed, locate, worstFirst } from './common.js';
import { safe } from './escape.js';
import type { RenderOptions } from './options.js';

const HEADINGS: Readonly<Record<ClaimKind, string>> = { number: 'Numbers', person: 'People', quote: 'Quotes' };
const ICONS: Readonly<Record<string, string>> = {
  agree: '✅', compatible: '☑️', conflict: '❌', reworded: '✏️', misattributed: '❌', unsupported: '❓', 'only-one': '➕',
};

/**
 * Escapes text for a Markdown table cell. An `@name` from a report would notify that user
 * or team when the comment is posted: a zero-width space after the `@` keeps it text.
 */
export function cell(s: string): string {
  return safe(s).replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/([*_`~<>[\]])/g, '\\$1').replace(/@(?=[\p{L}\p{N}_-])/gu, '@&#8203;');
}

export function renderMarkdown(result: CheckResult, options: RenderOptions): string {
  return markdownSection(result, options, 'factdiff');
}

/**
 * One result under a `##` heading of its own (`title`): the whole output in compare mode,
 * one story's section in a batch.
 */
export function markdownSection(result: CheckResult, options: RenderOptions, title: string): string {
  const at = locate(result);
  const out: string[] = [`## ${title}`, ''];
  out.push(markdownCounts(result.summary), '');
  // Worst first, as the text report lists them; the sort is stable, so the order found within a verdict stays.
  const shown = worstFirst(listed(result, options.conflictsOnly).filter((f) => f.verdict !== 'only-one'));
  for (const kind of CLAIM_KINDS) {
    const group = shown.filter((f) => f.kind === kind);
    if (group.length === 0) continue;
    out.push(`### ${HEADINGS[kind]}`, '', '| | Subject | Claims | Note |', '|---|---|---|---|');
    for (const f of group) {
      const claims = f.claims.map((c) => {
        const { report, position } = at(c);
        const detail = c.detail && f.kind !== 'number' ? ` (${cell(c.detail)})` : '';
        return `${cell(c.text)}${detail} — \`${cell(report.path)}:${position.line}\``;
      });
      const note = f.diff ? `${cell(f.note)}<br>${diff(f.diff)}` : cell(f.note);
      const accepted = options.known?.has(f) === true ? ' (baseline)' : '';
      out.push(`| ${ICONS[f.verdict]} ${f.verdict}${accepted} | ${cell(f.subject)} | ${claims.join('<br>')} | ${note} |`);
    }
    out.push('');
  }
  const single = options.conflictsOnly ? [] : result.findings.filter((f) => f.verdict === 'only-one');
  if (single.length > 0) {
    out.push(`<details><summary>Only in one report (${single.length})</summary>`, '');
    for (const f of single) {
      const { report, position } = at(f.claims[0]!);
      out.push(`- ${f.kind} ${cell(f.subject)}: ${cell(f.claims[0]!.text)} — \`${cell(report.path)}:${position.line}\``);
    }
    out.push('', '</details>', '');
  }
  return `${out.join('\n')}`;
}

/** "❌ 2 conflict · ✅ 7 agree · ➕ 2 only-one": the verdicts found, worst first (a story's summary, a batch's totals). */
export function markdownCounts(summary: Readonly<Record<Verdict, number>>): string {
  return [...BY_SEVERITY, 'only-one' as const].filter((v) => summary[v] > 0).map((v) => `${ICONS[v]} ${summary[v]} ${v}`).join(' · ') || 'Nothing to compare.';
}

function diff(parts: readonly DiffPart[]): string {
  return parts
    .map((p) => (p.op === 'removed' ? `~~${cell(p.text.trim())}~~ ` : p.op === 'added' ? `**${cell(p.text.trim())}** ` : cell(p.text)))
    .join('')
    .trim();
}

export function renderExtractMarkdown(rc: ReportClaims, _options: RenderOptions): string {
  const lines = rc.claims.map((c) => `- ${c.kind}: ${cell(rc.report.text.slice(c.span.start, c.span.end))}`);
  return `## ${cell(rc.report.path)}\n\n${lines.join('\n')}\n`;
}

export type { Finding };
