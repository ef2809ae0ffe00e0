/**
 * A batch as pages: one page per story (the single-story page, with a link back) and an
 * index listing the stories with their counts, those with conflicts first.
 */
import type { CheckResult, Verdict } from '../../types.js';
import { VERDICTS } from '../../types.js';
import type { RenderOptions } from '../options.js';
import { checkPage } from './index.js';
import { flat } from './markup.js';
import { page } from './page.js';

/** The batch's index page, as linked from each story's page. */
export const INDEX_PAGE = 'index.html';

/** One story as the index lists it. */
export type IndexEntry =
  | { readonly name: string; readonly ok: true; readonly page: string; readonly reports: number; readonly summary: Readonly<Record<Verdict, number>> }
  | { readonly name: string; readonly ok: false; readonly error: string };

/** Order of the index's columns: what fails a run first. */
const COLUMNS: readonly Verdict[] = ['conflict', 'misattributed', 'unsupported', 'reworded', 'agree', 'compatible', 'only-one'];

/** One story's page. */
export function storyPage(name: string, result: CheckResult, options: RenderOptions): string {
  return checkPage(result, options, { story: name, index: INDEX_PAGE });
}

/** The index: stories with conflicts first (most first), then failed ones, then the rest, each group in batch order. */
export function batchIndex(entries: readonly IndexEntry[]): string {
  const conflicts = (e: IndexEntry): number => (e.ok ? e.summary.conflict + e.summary.misattributed : 0);
  const rank = (e: IndexEntry): number => (conflicts(e) > 0 ? 0 : e.ok ? 2 : 1);
  const ordered = entries.map((e, i) => ({ e, i })).sort((a, b) => rank(a.e) - rank(b.e) || conflicts(b.e) - conflicts(a.e) || a.i - b.i);
  const totals = Object.fromEntries(VERDICTS.map((v) => [v, 0])) as Record<Verdict, number>;
  for (const e of entries) if (e.ok) for (const v of VERDICTS) totals[v] += e.summary[v];
  const failed = entries.filter((e) => !e.ok).length;
  const withConflicts = entries.filter((e) => conflicts(e) > 0).length;
  const rows = ordered.map(({ e }) => {
    if (!e.ok) return `<tr class="failed"><td>${flat(e.name)}</td><td colspan="${COLUMNS.length + 1}">failed: ${flat(e.error)}</td></tr>`;
    const hot = conflicts(e) > 0 ? ' class="hot c-conflict"' : '';
    const counts = COLUMNS.map((v) => `<td>${e.summary[v]}</td>`).join('');
    return `<tr${hot}><td><a href="${encodeURIComponent(e.page)}">${flat(e.name)}</a></td><td>${e.reports}</td>${counts}</tr>`;
  });
  const chips = VERDICTS.map((v) => `<span class="chip c-${v}${totals[v] === 0 ? ' zero' : ''}"><b>${totals[v]}</b> ${v}</span>`).join(' ');
  const body = [
    '<header class="top">',
    '<h1>factdiff: batch</h1>',
    `<p>${entries.length} stories: ${withConflicts} with conflicts, ${failed} failed.</p>`,
    `<p class="summary" aria-label="Totals">${chips}</p>`,
    '</header>',
    '<main>',
    '<table class="idx">',
    `<thead><tr><th scope="col">Story</th><th scope="col">Reports</th>${COLUMNS.map((v) => `<th scope="col">${v}</th>`).join('')}</tr></thead>`,
    `<tbody>\n${rows.join('\n')}\n</tbody>`,
    '</table>',
    '</main>',
  ].join('\n');
  return page({ title: `factdiff: ${entries.length} stories, ${withConflicts} with conflicts`, body, script: false });
}
