/**
 * Text output for people at a terminal. The first line sums the check up; the findings
 * follow in order of severity (conflicts and misattributed quotes, then unsupported and
 * reworded ones, then compatible and agreeing claims), each under a marker in the spirit
 * of diff (`!` conflict or misattributed, `?` unsupported, `~` reworded, `≈` compatible,
 * `=` agree) with each side at `path:line:col` and its evidence. Claims that only one
 * report makes are counted, and listed (`+`) only when asked for: on a real story they
 * outnumber everything else. Every line fits `width` display columns. Word diffs read
 * `[-removed-]{+added+}` when colour is off. Everything from a report passes through
 * `safe()` first.
 */
import { Chalk, type ChalkInstance } from 'chalk';
import type { CheckResult, DiffPart, Finding, FindingClaim, Report, ReportClaims, Verdict } from '../types.js';
import { CLAIM_KINDS } from '../types.js';
import { around, safe, shorten } from './escape.js';
import type { Position } from './positions.js';
import { locator } from './source.js';
import { BY_SEVERITY } from './common.js';
import { displayWidth, fit, padEnd } from './layout.js';
import type { RenderOptions } from './options.js';

const MARKERS: Readonly<Record<Verdict, string>> = {
  agree: '=', compatible: '≈', conflict: '!', reworded: '~', misattributed: '!', unsupported: '?', 'only-one': '+',
};

/** The sections of the report: verdicts of one weight share a section. */
const SECTIONS: readonly (readonly Verdict[])[] = [['conflict', 'misattributed'], ['unsupported', 'reworded'], ['compatible', 'agree']];

/** A section's heading names the verdicts it holds. */
const SECTION_NAMES: Readonly<Record<Exclude<Verdict, 'only-one'>, string>> = {
  conflict: 'Conflicts', misattributed: 'Misattributed quotes', unsupported: 'Unsupported quotes',
  reworded: 'Reworded quotes', compatible: 'Compatible', agree: 'Agreeing',
};

/** How the first line counts each verdict. */
const COUNTED: Readonly<Record<Verdict, (n: number) => string>> = {
  conflict: (n) => `${n} conflict${n === 1 ? '' : 's'}`,
  misattributed: (n) => `${n} misattributed`,
  unsupported: (n) => `${n} unsupported`,
  reworded: (n) => `${n} reworded`,
  compatible: (n) => `${n} compatible`,
  agree: (n) => `${n} agree`,
  'only-one': (n) => `${n} only in one report`,
};

/** A claim's evidence goes on its own line when fewer columns than this are left beside it. */
const MIN_EVIDENCE_COLUMNS = 40;

/** extract wraps a claim under itself while this many columns are left for it beside the path. */
const MIN_EXTRACT_COLUMNS = 24;

/** Evidence is cut to about this many characters around the claim. */
const EVIDENCE_CHARS = 100;

interface Ctx {
  readonly c: ChalkInstance;
  readonly width: number | undefined;
  readonly reports: ReadonlyMap<string, { report: Report; at: (o: number) => Position }>;
  /** Findings accepted in a baseline, marked "(baseline)"; none without one. */
  readonly known: ReadonlySet<Finding>;
}

/** Renders a check result for a terminal or a pager. */
export function renderText(result: CheckResult, options: RenderOptions): string {
  const ctx: Ctx = {
    c: new Chalk({ level: options.color ? 1 : 0 }),
    width: options.width,
    reports: new Map(result.reports.map((r) => [r.id, { report: r, at: locator(r) }])),
    known: options.known ?? new Set(),
  };
  const out: string[] = [...fit('', summaryLine(ctx, result), ctx.width, 2), ''];
  const sections = options.conflictsOnly ? SECTIONS.slice(0, 1) : SECTIONS;
  let shown = 0;
  for (const verdicts of sections) {
    const group = verdicts.flatMap((v) => result.findings.filter((f) => f.verdict === v));
    if (group.length === 0) continue;
    shown += group.length;
    const names = verdicts.filter((v) => group.some((f) => f.verdict === v)).map((v) => SECTION_NAMES[v as keyof typeof SECTION_NAMES]);
    const heading = names.map((n, i) => (i === 0 ? n : n.toLowerCase())).join(' and ');
    out.push(...fit('', ctx.c.bold(`${heading} (${group.length})`), ctx.width, 2));
    for (const f of group) out.push(...finding(ctx, f, result.reports.length));
    out.push('');
  }
  const single = options.conflictsOnly ? [] : result.findings.filter((f) => f.verdict === 'only-one');
  if (shown === 0) out.push(options.conflictsOnly ? 'No conflicts.' : 'No claim is made by two reports: nothing to compare.', '');
  if (single.length > 0 && options.all === true) {
    out.push(...fit('', ctx.c.bold(`Only in one report (${single.length})`), ctx.width, 2));
    for (const f of single) out.push(...onlyOne(ctx, f));
    out.push('');
  } else if (single.length > 0) {
    const claims = `${single.length} claim${single.length === 1 ? '' : 's'}`;
    out.push(...fit(`${colourFor(ctx.c, 'only-one')('+')} `, `${claims} only in one report (--all lists them)`, ctx.width, 2), '');
  }
  out.pop();
  return `${out.join('\n')}\n`;
}

/**
 * Renders what one report's extraction saw, one claim per entry: `path:line:col` padded to
 * one column, then the claim, a wrapped line under the claim while there is room for it.
 */
export function renderExtractText(rc: ReportClaims, options: RenderOptions): string {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const at = locator(rc.report);
  const rows = rc.claims.map((claim) => {
    const { line, column } = at(claim.span.start);
    const written = safe(rc.report.text.slice(claim.span.start, claim.span.end));
    let body: string;
    switch (claim.kind) {
      case 'number': {
        const subject = `${claim.measure}${claim.subgroup ? ` / ${claim.subgroup}` : ''}`;
        body = `number  ${c.bold(subject)} ${describeRange(claim.value, claim.low, claim.high, claim.unit)}  "${written}"`;
        break;
      }
      case 'person':
        body = `person  ${c.bold(safe(claim.name))}${claim.title ? `  ${c.dim('title:')} ${safe(claim.title)}` : ''}`;
        break;
      case 'quote':
        body = `quote   ${c.bold(claim.speaker ? safe(claim.speaker) : '(no speaker found)')}  “${safe(shorten(claim.words, 90))}”`;
        break;
      default: {
        const never: never = claim;
        return never;
      }
    }
    return { where: `${safe(rc.report.path)}:${line}:${column}`, body };
  });
  const where = Math.max(0, ...rows.map((r) => displayWidth(r.where)));
  // Wrapped lines go under the claim while it has MIN_EXTRACT_COLUMNS, else under the path.
  const indent = options.width === undefined || options.width - (where + 2) >= MIN_EXTRACT_COLUMNS ? where + 2 : 4;
  const lines = rows.flatMap((r) => fit(`${c.dim(padEnd(r.where, where))}  `, r.body, options.width, indent));
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

/** The first line: how many reports, and how many findings of each verdict, worst first. */
function summaryLine(ctx: Ctx, result: CheckResult): string {
  // With a baseline, how many of those findings it accepts (they do not fail the run).
  const known = ctx.known.size > 0 ? `; ${ctx.known.size} known from the baseline` : '';
  return `${result.reports.length} reports: ${verdictCounts(ctx.c, result.summary)}${known}`;
}

/**
 * "2 conflicts, 1 reworded, 3 agree, 5 only in one report": the verdicts found, worst
 * first, conflicts in their colour (a check's first line, a batch's last).
 */
export function verdictCounts(c: ChalkInstance, summary: Readonly<Record<Verdict, number>>): string {
  const parts = [...BY_SEVERITY, 'only-one' as const]
    .filter((v) => summary[v] > 0)
    .map((v) => {
      const text = COUNTED[v](summary[v]);
      return v === 'conflict' || v === 'misattributed' ? colourFor(c, v)(text) : text;
    });
  return parts.length > 0 ? parts.join(', ') : 'no claims found';
}

function finding(ctx: Ctx, f: Finding, reportCount: number): string[] {
  const { c } = ctx;
  const colour = colourFor(c, f.verdict);
  const known = ctx.known.has(f) ? c.dim(' (baseline)') : '';
  const verdict = f.verdict === 'agree' ? '' : `: ${colour(f.verdict)}${known} — ${safe(f.note)}`;
  const lines = fit(`${colour(MARKERS[f.verdict])} `, `${c.dim(f.kind)} ${c.bold(safe(f.subject))}${verdict}`, ctx.width, 2);
  const rows = f.claims.map((claim) => row(ctx, f, claim));
  const columns = { where: Math.max(...rows.map((r) => displayWidth(r.where))), said: Math.max(...rows.map((r) => displayWidth(r.said))) };
  // Agreeing sides show the start of their evidence on one line each: there is nothing
  // to examine in them, and on a real story they are the longest part of the report.
  // One layout for every side, so that the claims stand in one column and read as a table.
  const beside = rows.every((r) => fitsBeside(ctx, r, columns));
  for (const r of rows) lines.push(...layoutRow(ctx, r, columns, f.verdict === 'agree', beside));
  if (f.minority.length > 0 && reportCount >= 3) {
    const paths = f.minority.map((id) => safe(ctx.reports.get(id)!.report.path));
    lines.push(...fit(`    ${c.dim('minority:')} `, paths.join(', '), ctx.width, 14));
  }
  if (f.diff) {
    const label = f.kind === 'person' ? (f.note.startsWith('name') ? 'name:' : 'title:') : 'diff:';
    lines.push(...fit(`    ${c.dim(label)}  `, diffText(c, f.diff), ctx.width, 6));
  }
  return lines;
}

/** One report's side of a finding: where it is, what it says, and (numbers) the sentence around it. */
interface Row {
  readonly where: string;
  readonly said: string;
  /** The sentence around a number, cut to about EVIDENCE_CHARS around it; null for people and quotes. */
  readonly evidence: string | null;
  /** The whole sentence and where the claim lies in it, to cut it again to a narrower line. */
  readonly sentence: { readonly text: string; readonly start: number; readonly end: number } | null;
}

function row(ctx: Ctx, f: Finding, claim: FindingClaim): Row {
  const { report, at } = ctx.reports.get(claim.report)!;
  const { line, column } = at(claim.span.start);
  const where = `${safe(report.path)}:${line}:${column}`;
  switch (f.kind) {
    case 'number': {
      const sentence = report.text.slice(claim.sentence.start, claim.sentence.end).replace(/\s+/g, ' ');
      const local = report.text.slice(claim.sentence.start, claim.span.start).replace(/\s+/g, ' ').length;
      const evidence = safe(around(sentence, local, local + claim.text.length, EVIDENCE_CHARS));
      return { where, said: ctx.c.bold(safe(claim.text)), evidence, sentence: { text: sentence, start: local, end: local + claim.text.length } };
    }
    case 'person':
      return { where, said: `${ctx.c.bold(safe(claim.text))}${claim.detail ? ` ${ctx.c.dim('—')} ${safe(claim.detail)}` : ''}`, evidence: null, sentence: null };
    case 'quote':
      return { where, said: `${claim.detail ? `${safe(claim.detail)}: ` : ctx.c.dim('(no speaker): ')}“${safe(shorten(claim.text, 120))}”`, evidence: null, sentence: null };
    default: {
      const never: never = f.kind;
      return never;
    }
  }
}

/**
 * A row as `    where  said  evidence`, the locations and claims of a finding padded to
 * one column each. Evidence stays beside the claim when `beside` (every side of the
 * finding has room for it there: fitsBeside); otherwise it goes on the next lines,
 * indented under the claim. With `oneLine`, evidence is cut to what one line holds.
 */
function layoutRow(ctx: Ctx, r: Row, columns: { where: number; said: number }, oneLine: boolean, beside: boolean): string[] {
  const lead = `    ${ctx.c.dim(padEnd(r.where, columns.where))}  `;
  if (r.evidence === null || r.sentence === null) return fit(lead, r.said, ctx.width, 8);
  const claim = `${lead}${padEnd(r.said, columns.said)}  `;
  const at = beside ? displayWidth(claim) : 8;
  let evidence = r.evidence;
  if (oneLine && ctx.width !== undefined) {
    const { text, start, end } = r.sentence;
    evidence = safe(cut(ctx.width - at, (chars) => around(text, start, end, chars), Math.min(EVIDENCE_CHARS, text.length)));
  }
  if (beside) return fit(claim, evidence, ctx.width, at);
  return [...fit(lead, r.said, ctx.width, 8), ...fit(' '.repeat(8), evidence, ctx.width, 8)];
}

/**
 * Whether a row's evidence can stand beside its claim: enough columns are left there
 * (MIN_EVIDENCE_COLUMNS), or the evidence fits whole. Rows without evidence do not mind.
 */
function fitsBeside(ctx: Ctx, r: Row, columns: { where: number; said: number }): boolean {
  if (r.evidence === null || ctx.width === undefined) return true;
  const room = ctx.width - (4 + columns.where + 2 + columns.said + 2);
  return room >= MIN_EVIDENCE_COLUMNS || displayWidth(r.evidence) <= room;
}

/** The longest `shorten(chars)`, for chars up to `most`, that fits in `columns`. */
function cut(columns: number, shorten: (chars: number) => string, most: number): string {
  for (let chars = most; chars > 1; chars--) {
    const s = shorten(chars);
    if (displayWidth(s) <= columns) return s;
  }
  return '…';
}

function onlyOne(ctx: Ctx, f: Finding): string[] {
  const claim = f.claims[0]!;
  const { report, at } = ctx.reports.get(claim.report)!;
  const { line, column } = at(claim.span.start);
  const lead = `${colourFor(ctx.c, 'only-one')('+')} ${ctx.c.dim(`${safe(report.path)}:${line}:${column}`)}  `;
  let said: string;
  switch (f.kind) {
    case 'number':
      said = `${safe(f.subject)}: ${ctx.c.bold(safe(claim.text))}`;
      break;
    case 'person':
      said = `${ctx.c.bold(safe(claim.text))}${claim.detail ? ` — ${safe(claim.detail)}` : ''}`;
      break;
    case 'quote':
      said = `${claim.detail ? `${safe(claim.detail)}: ` : ''}“${safe(shorten(claim.text, 80))}”`;
      break;
    default: {
      const never: never = f.kind;
      return never;
    }
  }
  return fit(lead, said, ctx.width, 4);
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
