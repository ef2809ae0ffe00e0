/**
 * The findings list of a page: sections in order of severity (conflicts and misattributed
 * quotes, then reworded and unsupported, then agreements; only-one collapsed), each finding
 * with its verdict, subject, every report's claim at path:line:col with its evidence, the
 * note and the word diff. A printout of the list is the report on paper.
 */
import type { CheckResult, DiffPart, Finding, FindingClaim, Report, Verdict } from '../../types.js';
import { locate, rank, type Located } from '../common.js';
import { shorten } from '../escape.js';
import { attr, flat, text } from './markup.js';

/** A group of the list. */
export interface Section {
  /** Heading. */
  readonly title: string;
  /** Verdicts it holds. */
  readonly verdicts: readonly Verdict[];
  /** Shown folded (a `<details>`) until opened. */
  readonly collapsed: boolean;
}

export const SECTIONS: readonly Section[] = [
  { title: 'Conflicts', verdicts: ['conflict', 'misattributed'], collapsed: false },
  { title: 'Reworded or unsupported', verdicts: ['unsupported', 'reworded'], collapsed: false },
  { title: 'Agreements', verdicts: ['compatible', 'agree'], collapsed: false },
  { title: 'Only in one report', verdicts: ['only-one'], collapsed: true },
];

/** The mark of a finding accepted in a baseline (--baseline), as text and Markdown write "(baseline)". */
const KNOWN = '<span class="kn" title="accepted in the baseline: it does not fail the run">baseline</span>';

/** Verdicts shown first when the page opens with --conflicts-only. */
export const CONFLICTS: readonly Verdict[] = ['conflict', 'misattributed'];

/** The short label of a report in lists and column headings: A, B, C, … then R27, R28, … */
export function tag(index: number): string {
  return index < 26 ? String.fromCharCode(65 + index) : `R${index + 1}`;
}

/** A report's label as HTML. */
export function tagHtml(index: number): string {
  return `<span class="tag">${tag(index)}</span>`;
}

/**
 * The findings list as HTML sections; `shown(f)` tells which findings the filters show
 * when the page opens (the others are rendered hidden, as the page's script would hide them);
 * those in `known` (accepted in a baseline) are marked so.
 */
export function findingsList(result: CheckResult, shown: (f: Finding) => boolean, known?: ReadonlySet<Finding>): string {
  const at = locate(result);
  const index = new Map(result.reports.map((r, i) => [r.id, i]));
  // Worst first, as the text report lists them (compatible figures before agreeing ones).
  const order = result.findings.map((f, i) => ({ f, i })).sort((a, b) => rank(a.f.verdict) - rank(b.f.verdict) || a.i - b.i);
  // Longest first, so that no path is taken for the end of a longer one.
  const paths = result.reports.map((r, n) => ({ path: `(${r.path})`, label: `(${tagHtml(n)})` })).sort((a, b) => b.path.length - a.path.length);
  const out: string[] = [];
  for (const section of SECTIONS) {
    const group = order.filter(({ f }) => section.verdicts.includes(f.verdict));
    if (group.length === 0) continue;
    const items = group.map(({ f, i }) => findingItem(f, i, shown(f), known?.has(f) === true, at, index, paths)).join('\n');
    const visible = group.filter(({ f }) => shown(f)).length;
    const heading = `${text(section.title)} <span class="cnt">${visible}</span>`;
    const hidden = visible === 0 ? ' hidden' : '';
    out.push(
      section.collapsed
        ? `<details class="sec" id="only"${hidden}><summary><h2>${heading}</h2></summary><ol class="list">\n${items}\n</ol></details>`
        : `<section class="sec"${hidden}><h2>${heading}</h2><ol class="list">\n${items}\n</ol></section>`,
    );
  }
  return out.join('\n');
}

function findingItem(f: Finding, i: number, shown: boolean, known: boolean, at: (c: FindingClaim) => Located, index: ReadonlyMap<string, number>, paths: readonly Labelled[]): string {
  const sides = f.claims.map((c) => side(f, at(c), index.get(c.report)!)).join('');
  const minority = f.minority.length > 0 && f.claims.length >= 3
    ? `<p class="min">Outside the largest agreeing group: ${f.minority.map((id) => tagHtml(index.get(id)!)).join(' ')}</p>`
    : '';
  const diff = f.diff ? `<p class="diff"><span class="lbl">${diffLabel(f)}</span> ${diffHtml(f.diff)}</p>` : '';
  return (
    `<li class="f c-${f.verdict}" id="f${i}" data-i="${i}" data-v="${f.verdict}" data-k="${f.kind}"${shown ? '' : ' hidden'}>` +
    `<button type="button" class="pick" aria-pressed="false"><span class="b">${f.verdict}</span> ${known ? `${KNOWN} ` : ''}<span class="k">${f.kind}</span> <span class="subj">${flat(f.subject)}</span></button>` +
    `<ul class="sides">${sides}</ul><p class="note">${note(f.note, paths)}</p>${diff}${minority}</li>`
  );
}

/** One report's claim: its label, the claim and its detail, where it is, and the sentence around it. */
function side(f: Finding, { claim, report, position }: Located, index: number): string {
  const where = `<span class="at" title="${attr(`${report.path}:${position.line}:${position.column}`)}">line ${position.line}</span>`;
  let body: string;
  switch (f.kind) {
    case 'number':
      body = `<span class="ev">${evidence(report, claim)}</span>`;
      break;
    case 'person':
      body = `<b>${flat(claim.text)}</b>${claim.detail ? ` — ${flat(claim.detail)}` : ' <span class="none">(no title)</span>'}`;
      break;
    case 'quote':
      body = `${claim.detail ? `<b>${flat(claim.detail)}</b>: ` : '<span class="none">(no speaker)</span>: '}“${flat(shorten(claim.text, 300))}”`;
      break;
    default: {
      const never: never = f.kind;
      return never;
    }
  }
  return `<li>${tagHtml(index)} ${body} ${where}</li>`;
}

/** The sentence a claim stands in, shortened around it, the claim in bold. */
function evidence(report: Report, claim: FindingClaim): string {
  const { sentence, span } = claim;
  if (span.start < sentence.start || span.end > sentence.end) return `<b>${flat(claim.text)}</b>`;
  const before = report.text.slice(sentence.start, span.start);
  const after = report.text.slice(span.end, sentence.end);
  return `${flat(cutLeft(before, 90))}<b>${flat(report.text.slice(span.start, span.end))}</b>${flat(shorten(after, 90))}`;
}

/** The last `max` characters or so of `s`, cut at a word boundary, marked with "…". */
function cutLeft(s: string, max: number): string {
  const flatS = s.replace(/\s+/g, ' ');
  if (flatS.length <= max) return flatS;
  const from = flatS.indexOf(' ', flatS.length - max);
  return `…${flatS.slice(from >= 0 ? from : flatS.length - max)}`;
}

interface Labelled {
  /** A report's path as a note cites it: in brackets. */
  readonly path: string;
  /** Its label, as HTML. */
  readonly label: string;
}

/** A finding's note, each report it cites by path ("(a.txt)") cited by its label instead (the header says which is which). */
function note(s: string, paths: readonly Labelled[]): string {
  let out = '';
  let from = 0;
  for (let i = s.indexOf('('); i >= 0; i = s.indexOf('(', i + 1)) {
    const hit = paths.find((l) => s.startsWith(l.path, i));
    if (hit === undefined) continue;
    out += `${flat(s.slice(from, i))}${hit.label}`;
    from = i + hit.path.length;
    i = from - 1;
  }
  return `${out}${flat(s.slice(from))}`;
}

function diffLabel(f: Finding): string {
  if (f.kind === 'person') return f.note.startsWith('name') ? 'Name:' : 'Title:';
  return 'Word diff:';
}

function diffHtml(parts: readonly DiffPart[]): string {
  return parts.map((p) => (p.op === 'removed' ? `<del>${flat(p.text)}</del>` : p.op === 'added' ? `<ins>${flat(p.text)}</ins>` : flat(p.text))).join('');
}
