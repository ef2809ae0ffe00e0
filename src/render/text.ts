/**
 * Text output for people at a terminal: findings grouped by kind, one marker per finding
 * in the spirit of diff (`=` agree, `≈` compatible, `!` conflict or misattributed, `~`
 * reworded, `+` only in one report), each side at `path:line:col` with its evidence, word
 * diffs as `[-removed-]{+added+}` when colour is off. Everything from a report passes
 * through `safe()` first.
 */
import { Chalk, type ChalkInstance } from 'chalk';
import type { CheckResult, ClaimKind, DiffPart, Finding, FindingClaim, Report, ReportClaims, Verdict } from '../types.js';
import { CLAIM_KINDS, VERDICTS } from '../types.js';
import { around, safe, shorten } from './escape.js';
import { locator, type Position } from './positions.js';
import type { RenderOptions } from './options.js';

const MARKERS: Readonly<Record<Verdict, string>> = {
  agree: '=', compatible: '≈', conflict: '!', reworded: '~', misattributed: '!', unsupported: '?', 'only-one': '+',
};
const HEADINGS: Readonly<Record<ClaimKind, string>> = { number: 'Numbers', person: 'People', quote: 'Quotes' };

interface Ctx {
  readonly c: ChalkInstance;
  readonly reports: ReadonlyMap<string, { report: Report; at: (o: number) => Position }>;
}

/** Renders a check result for a terminal or a pager. */
export function renderText(result: CheckResult, options: RenderOptions): string {
  const ctx: Ctx = {
    c: new Chalk({ level: options.color ? 1 : 0 }),
    reports: new Map(result.reports.map((r) => [r.id, { report: r, at: locator(r) }])),
  };
  const out: string[] = [];
  const shown = result.findings.filter((f) => (options.conflictsOnly ? f.verdict === 'conflict' || f.verdict === 'misattributed' : f.verdict !== 'only-one'));
  for (const kind of CLAIM_KINDS) {
    const group = shown.filter((f) => f.kind === kind);
    if (group.length === 0) continue;
    out.push(ctx.c.bold(HEADINGS[kind]));
    for (const f of group) out.push(...finding(ctx, f, result.reports.length));
    out.push('');
  }
  const single = options.conflictsOnly ? [] : result.findings.filter((f) => f.verdict === 'only-one');
  if (single.length > 0) {
    out.push(ctx.c.bold(`Only in one report (${single.length})`));
    for (const f of single) out.push(onlyOne(ctx, f));
    out.push('');
  }
  if (shown.length === 0 && single.length === 0) out.push(options.conflictsOnly ? 'No conflicts.' : 'Nothing to compare.', '');
  out.push(summaryLine(ctx, result));
  return `${out.join('\n')}\n`;
}

/** Renders what one report's extraction saw, one claim per line. */
export function renderExtractText(rc: ReportClaims, options: RenderOptions): string {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const at = locator(rc.report);
  const lines = rc.claims.map((claim) => {
    const { line, column } = at(claim.span.start);
    const where = c.dim(`${safe(rc.report.path)}:${line}:${column}`);
    const written = safe(rc.report.text.slice(claim.span.start, claim.span.end));
    switch (claim.kind) {
      case 'number': {
        const subject = `${claim.measure}${claim.subgroup ? ` / ${claim.subgroup}` : ''}`;
        return `${where}  number  ${c.bold(subject)} ${describeRange(claim.value, claim.low, claim.high, claim.unit)}  ${c.dim(`"${written}"`)}`;
      }
      case 'person':
        return `${where}  person  ${c.bold(safe(claim.name))}${claim.title ? `  ${c.dim('title:')} ${safe(claim.title)}` : ''}`;
      case 'quote':
        return `${where}  quote   ${c.bold(claim.speaker ? safe(claim.speaker) : '(no speaker found)')}  “${safe(shorten(claim.words, 90))}”`;
      default: {
        const never: never = claim;
        return never;
      }
    }
  });
  const counts = CLAIM_KINDS.map((k) => `${rc.claims.filter((x) => x.kind === k).length} ${k === 'person' ? 'people' : `${k}s`}`);
  return `${[...lines, '', `${safe(rc.report.path)}: ${counts.join(', ')}`].join('\n')}\n`;
}

function describeRange(value: number | null, low: number | null, high: number | null, unit: string): string {
  const u = unit === 'percent' ? '%' : unit.startsWith('currency:') ? ` ${unit.slice(9)}` : unit === 'ordinal' ? ' (ordinal)' : '';
  if (value !== null && low === value && high === value) return `= ${value}${u}`;
  const lo = low === null ? '…' : String(low);
  const hi = high === null ? '…' : String(high);
  return `in [${lo}, ${hi}]${u}`;
}

function finding(ctx: Ctx, f: Finding, reportCount: number): string[] {
  const { c } = ctx;
  const marker = colourFor(c, f.verdict)(MARKERS[f.verdict]);
  const label = f.verdict === 'agree' ? '' : ` ${colourFor(c, f.verdict)(f.verdict)}`;
  const head = `${marker} ${c.bold(safe(f.subject))}${label}${f.verdict === 'agree' ? '' : c.dim(` — ${safe(f.note)}`)}`;
  const rows = f.claims.map((claim) => row(ctx, f, claim));
  const width = Math.max(...rows.map((r) => r.where.length));
  const lines = [head, ...rows.map((r) => `    ${c.dim(r.where.padEnd(width))}  ${r.body}`)];
  if (f.minority.length > 0 && reportCount >= 3) {
    const paths = f.minority.map((id) => safe(ctx.reports.get(id)!.report.path));
    lines.push(`    ${c.dim('minority:')} ${paths.join(', ')}`);
  }
  if (f.diff) {
    const label = f.kind === 'person' ? (f.note.startsWith('name') ? 'name:' : 'title:') : 'diff:';
    lines.push(`    ${c.dim(label)}  ${diffText(c, f.diff)}`);
  }
  return lines;
}

function row(ctx: Ctx, f: Finding, claim: FindingClaim): { where: string; body: string } {
  const { report, at } = ctx.reports.get(claim.report)!;
  const { line, column } = at(claim.span.start);
  const where = `${safe(report.path)}:${line}:${column}`;
  const sentence = report.text.slice(claim.sentence.start, claim.sentence.end).replace(/\s+/g, ' ');
  const local = report.text.slice(claim.sentence.start, claim.span.start).replace(/\s+/g, ' ').length;
  const evidence = safe(around(sentence, local, local + claim.text.length, 100));
  switch (f.kind) {
    case 'number':
      return { where, body: `${ctx.c.bold(safe(claim.text))}  ${ctx.c.dim(evidence)}` };
    case 'person':
      return { where, body: `${safe(claim.text)}${claim.detail ? `  ${ctx.c.dim('—')} ${safe(claim.detail)}` : ''}` };
    case 'quote':
      return { where, body: `${claim.detail ? `${safe(claim.detail)}: ` : ctx.c.dim('(no speaker): ')}“${safe(shorten(claim.text, 120))}”` };
    default: {
      const never: never = f.kind;
      return never;
    }
  }
}

function onlyOne(ctx: Ctx, f: Finding): string {
  const claim = f.claims[0]!;
  const { report, at } = ctx.reports.get(claim.report)!;
  const { line, column } = at(claim.span.start);
  const where = ctx.c.dim(`${safe(report.path)}:${line}:${column}`);
  const marker = colourFor(ctx.c, 'only-one')('+');
  switch (f.kind) {
    case 'number':
      return `${marker} ${where}  ${safe(f.subject)}: ${ctx.c.bold(safe(claim.text))}`;
    case 'person':
      return `${marker} ${where}  ${ctx.c.bold(safe(claim.text))}${claim.detail ? ` — ${safe(claim.detail)}` : ''}`;
    case 'quote':
      return `${marker} ${where}  ${claim.detail ? `${safe(claim.detail)}: ` : ''}“${safe(shorten(claim.text, 80))}”`;
    default: {
      const never: never = f.kind;
      return never;
    }
  }
}

function summaryLine(ctx: Ctx, result: CheckResult): string {
  const parts = VERDICTS.map((v) => {
    const text = `${result.summary[v]} ${v}`;
    return result.summary[v] > 0 && (v === 'conflict' || v === 'misattributed') ? colourFor(ctx.c, v)(text) : text;
  });
  return `${result.reports.length} reports: ${parts.join(', ')}`;
}

function diffText(c: ChalkInstance, parts: readonly DiffPart[]): string {
  if (c.level === 0) {
    return parts.map((p) => (p.op === 'removed' ? `[-${safe(p.text)}-]` : p.op === 'added' ? `{+${safe(p.text)}+}` : safe(p.text))).join('');
  }
  return parts.map((p) => (p.op === 'removed' ? c.red.strikethrough(safe(p.text)) : p.op === 'added' ? c.green.underline(safe(p.text)) : safe(p.text))).join('');
}

function colourFor(c: ChalkInstance, v: Verdict): (s: string) => string {
  switch (v) {
    case 'agree':
      return c.green;
    case 'compatible':
      return c.cyan;
    case 'conflict':
      return c.red.bold;
    case 'reworded':
      return c.yellow;
    case 'misattributed':
      return c.magenta.bold;
    case 'unsupported':
      return c.magenta;
    case 'only-one':
      return c.blue;
    default: {
      const never: never = v;
      return never;
    }
  }
}
