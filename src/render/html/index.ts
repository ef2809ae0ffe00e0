/**
 * HTML output: one self-contained page to look at a check rather than read it. A header
 * with the reports and the counts; the findings, most serious first, with filters; the
 * reports side by side with every claim highlighted in its verdict's colour. A finding and
 * its claims select each other (the page's script, ./client.ts). Fed the same CheckResult
 * as every other format; knows nothing the result does not say.
 */
import type { CheckResult, Claim, ClaimKind, Finding, Report, ReportClaims } from '../../types.js';
import { CLAIM_KINDS, VERDICTS } from '../../types.js';
import { rank } from '../common.js';
import { locator } from '../source.js';
import type { RenderOptions } from '../options.js';
import { reportLines, type Highlight } from './columns.js';
import { CONFLICTS, findingsList, tagHtml } from './findings.js';
import { flat } from './markup.js';
import { page } from './page.js';

/** Where a page stands in a batch: its story's name and the address of the batch's index. */
export interface StoryContext {
  readonly story: string;
  readonly index: string;
}

const KIND_LABELS: Readonly<Record<ClaimKind, string>> = { number: 'numbers', person: 'people', quote: 'quotes' };

/** Renders a check result as an HTML page. */
export function renderHtml(result: CheckResult, options: RenderOptions): string {
  return checkPage(result, options);
}

/** A check result's page; `story` when it is one page of a batch. */
export function checkPage(result: CheckResult, options: RenderOptions, story?: StoryContext): string {
  const shown = (f: Finding): boolean => !options.conflictsOnly || CONFLICTS.includes(f.verdict);
  const verdicts = VERDICTS.filter((v) => result.summary[v] > 0);
  const kinds = CLAIM_KINDS.filter((k) => result.findings.some((f) => f.kind === k));
  const filters = filterForm([
    fieldset('Verdicts', 'v', verdicts.map((v) => ({ value: v, label: v, count: result.summary[v], checked: !options.conflictsOnly || CONFLICTS.includes(v), tone: v }))),
    fieldset('Claims', 'k', kinds.map((k) => ({ value: k, label: KIND_LABELS[k], count: result.findings.filter((f) => f.kind === k).length, checked: true, tone: k }))),
  ], true);
  const chips = VERDICTS.map((v) => `<span class="chip c-${v}${result.summary[v] === 0 ? ' zero' : ''}"><b>${result.summary[v]}</b> ${v}</span>`).join(' ');
  // Highlights most serious first: where two findings share a claim, the worse one colours it.
  const order = result.findings.map((f, i) => ({ f, i })).sort((a, b) => rank(a.f.verdict) - rank(b.f.verdict) || a.i - b.i);
  const highlights = new Map<string, Highlight[]>(result.reports.map((r) => [r.id, []]));
  for (const { f, i } of order) {
    for (const c of f.claims) highlights.get(c.report)!.push({ span: c.span, tone: f.verdict, items: [i], title: `${f.subject}: ${f.verdict}` });
  }
  const shownItem = (i: number): boolean => shown(result.findings[i]!);
  // With a baseline, how many findings it accepts (they do not fail the run), as the text report says.
  const known = options.known !== undefined && options.known.size > 0 ? ` <span class="cnt">${options.known.size} known from the baseline</span>` : '';
  const conflicts = result.summary.conflict + result.summary.misattributed;
  const title = `factdiff: ${story ? story.story : result.reports.map((r) => r.path).join(' · ')} (${conflicts} conflict${conflicts === 1 ? '' : 's'})`;
  const body = layout({
    header: header(result.reports, story, `<p class="summary" aria-label="Summary">${result.reports.length} reports: ${chips}${known}</p>`),
    nav: `${filters}\n${findingsList(result, shown, options.known)}\n${none(result.findings.length > 0 && !result.findings.some(shown))}`,
    columns: result.reports.map((r, n) => column(r, n, reportLines(r.text, highlights.get(r.id)!, shownItem, fileLines(r)))),
  });
  return page({ title, body, script: true });
}

/** Renders one report's claims as an HTML page: the claims listed by kind, highlighted in the text. */
export function renderExtractHtml(rc: ReportClaims, _options: RenderOptions): string {
  const { report, claims } = rc;
  const at = locator(report);
  const kinds = CLAIM_KINDS.filter((k) => claims.some((c) => c.kind === k));
  const filters = filterForm([
    fieldset('Claims', 'k', kinds.map((k) => ({ value: k, label: KIND_LABELS[k], count: claims.filter((c) => c.kind === k).length, checked: true, tone: k }))),
  ], false);
  const sections = kinds.map((kind) => {
    const items = claims.map((c, i) => ({ c, i })).filter(({ c }) => c.kind === kind).map(({ c, i }) => {
      const { line, column } = at(c.span.start);
      return `<li class="f c-${c.kind}" id="f${i}" data-i="${i}" data-k="${c.kind}"><button type="button" class="pick" aria-pressed="false"><span class="b">${c.kind}</span> <span class="subj">${describe(report, c)}</span></button>` +
        `<p class="note">${tagHtml(0)} <span class="at">${flat(report.path)}:${line}:${column}</span></p></li>`;
    });
    const heading = `${KIND_LABELS[kind].replace(/^./, (ch) => ch.toUpperCase())} <span class="cnt">${items.length}</span>`;
    return `<section class="sec"><h2>${heading}</h2><ol class="list">\n${items.join('\n')}\n</ol></section>`;
  });
  const highlights = claims.map((c, i) => ({ span: c.span, tone: c.kind, items: [i], title: c.kind }));
  const counts = CLAIM_KINDS.map((k) => `<span class="chip c-${k}"><b>${claims.filter((c) => c.kind === k).length}</b> ${KIND_LABELS[k]}</span>`).join(' ');
  const body = layout({
    header: header([report], undefined, `<p class="summary" aria-label="Summary">Claims found: ${counts}</p>`),
    nav: `${filters}\n${sections.join('\n')}\n${none(false)}`,
    columns: [column(report, 0, reportLines(report.text, highlights, () => true, fileLines(report)))],
  });
  return page({ title: `factdiff extract: ${report.path}`, body, script: true });
}

/**
 * Line numbers for a report's lines: for a report read out of HTML or Markdown, the line
 * of its file where each shown line starts, as the findings' positions count them.
 */
function fileLines(report: Report): ((start: number, index: number) => number) | undefined {
  if (report.origin === undefined) return undefined;
  const at = locator(report);
  return (start) => at(start).line;
}

/** A claim in a few words, as `factdiff extract` prints it. */
function describe(report: Report, c: Claim): string {
  const written = flat(report.text.slice(c.span.start, c.span.end));
  switch (c.kind) {
    case 'number':
      return `${flat(c.measure)}${c.subgroup ? ` / ${flat(c.subgroup)}` : ''}: ${written}`;
    case 'person':
      return `${flat(c.name)}${c.title ? ` — ${flat(c.title)}` : ''}`;
    case 'quote':
      return `${c.speaker ? flat(c.speaker) : '<span class="none">(no speaker found)</span>'}: “${written}”`;
    default: {
      const never: never = c;
      return never;
    }
  }
}

interface Choice {
  readonly value: string;
  readonly label: string;
  readonly count: number;
  readonly checked: boolean;
  readonly tone: string;
}

function fieldset(legend: string, name: string, choices: readonly Choice[]): string {
  if (choices.length === 0) return '';
  const boxes = choices.map((c) => {
    const conflict = name === 'v' && (CONFLICTS as readonly string[]).includes(c.value) ? ' data-conflict' : '';
    return `<label class="c-${c.tone}"><input type="checkbox" name="${name}" value="${c.value}"${c.checked ? ' checked' : ''}${conflict}> ${c.label} <span class="cnt">${c.count}</span></label>`;
  });
  return `<fieldset><legend>${legend}</legend>${boxes.join(' ')}</fieldset>`;
}

function filterForm(fieldsets: readonly string[], presets: boolean): string {
  const buttons = presets ? '<p class="presets"><button type="button" data-preset="conflicts">Conflicts only</button> <button type="button" data-preset="all">Show all</button></p>' : '';
  const keys = '<p class="keys">Click a finding or a highlight. Keys: Tab or ↑ ↓ to move, Enter to select, j / k next and previous, Esc to clear.</p>';
  return `<form class="filters" aria-label="Filters">${fieldsets.join('')}${buttons}</form>\n${keys}`;
}

function none(allHidden: boolean): string {
  return `<p class="empty" id="none"${allHidden ? '' : ' hidden'}>No findings match the filters.</p>`;
}

function header(reports: readonly Report[], story: StoryContext | undefined, summary: string): string {
  const crumb = story ? `<p class="crumb"><a href="${encodeURI(story.index)}">All stories</a></p>\n` : '';
  const list = reports.map((r, n) => `<li>${tagHtml(n)} ${flat(r.path)} <span class="bytes">${r.bytes} bytes</span></li>`).join('');
  return `<header class="top">\n${crumb}<h1>factdiff${story ? `: ${flat(story.story)}` : ''}</h1>\n<ol class="rl" aria-label="Reports">${list}</ol>\n${summary}\n</header>`;
}

function column(report: Report, n: number, lines: string): string {
  return `<section class="col" aria-labelledby="h-${report.id}"><h2 id="h-${report.id}">${tagHtml(n)} ${flat(report.path)}</h2>` +
    `<div class="text" id="t-${report.id}" tabindex="0" role="region" aria-label="Text of report ${n + 1}">\n${lines}\n</div></section>`;
}

function layout({ header: top, nav, columns }: { header: string; nav: string; columns: readonly string[] }): string {
  return [
    '<a class="skip" href="#reports">Skip to the reports</a>',
    top,
    '<div class="panes">',
    `<nav id="findings" aria-label="Findings">\n${nav}\n</nav>`,
    `<main id="reports" class="columns" aria-label="Reports">\n${columns.join('\n')}\n</main>`,
    '</div>',
    '<p id="status" class="vh" role="status" aria-live="polite"></p>',
  ].join('\n');
}
