/**
 * A report's text as numbered lines, its claims highlighted where they stand. Lines break
 * where positions.ts breaks them (LF, CR, CRLF, U+2028/9), so a page's line numbers are the
 * ones the other formats print (a report read out of HTML or Markdown shows, for each of
 * its lines, the line of the file where it starts). Claims may nest (a number inside a quote) or, in principle,
 * overlap: the text is cut at every claim boundary and line end, and each piece is wrapped
 * in one `<mark>` per claim that covers it, outermost first. A claim cut into pieces keeps
 * its list items on every piece, so the page's script finds all of them.
 */
import type { Span } from '../../types.js';
import { attr, text } from './markup.js';

/** One claim to highlight. */
export interface Highlight {
  /** Where it lies in the report. */
  readonly span: Span;
  /** Its colour: the class suffix of a verdict or a claim kind (`conflict`, `number`). */
  readonly tone: string;
  /** Indexes of the list items (findings or claims) it belongs to. */
  readonly items: readonly number[];
  /** Tooltip: what it is and its verdict. */
  readonly title: string;
}

interface Mark {
  readonly start: number;
  readonly end: number;
  readonly open: string;
}

/** Start and end (before its line break) of each line of `text`. */
export function lineSpans(s: string): Span[] {
  const lines: Span[] = [];
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) {
      lines.push({ start, end: i });
      if (c === 13 && s.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
  }
  lines.push({ start, end: s.length });
  return lines;
}

/**
 * The lines of `report` as HTML, highlights marked. Highlights are given most important
 * first: of several with the same span, the first gives the colour and the others add
 * their items and titles. A highlight none of whose items is `shown` is rendered switched
 * off (class `off`), as the page's filters would leave it.
 */
export function reportLines(
  report: string,
  highlights: readonly Highlight[],
  shown: (item: number) => boolean,
  /** The number to show for the line starting at an offset (a report read out of markup shows its file's). */
  lineNumber: (start: number, index: number) => number = (_start, index) => index + 1,
): string {
  const marks = merge(report.length, highlights, shown);
  const out: string[] = [];
  let next = 0;
  /** Marks that may cover the current line, in (start, longest first) order. */
  let open: Mark[] = [];
  for (const [n, line] of lineSpans(report).entries()) {
    open = open.filter((m) => m.end > line.start);
    for (; next < marks.length && marks[next]!.start < line.end; next++) open.push(marks[next]!);
    const here = open.filter((m) => m.start < line.end && m.end > line.start);
    const cuts = new Set([line.start, line.end]);
    for (const m of here) {
      if (m.start > line.start) cuts.add(m.start);
      if (m.end < line.end) cuts.add(m.end);
    }
    const points = [...cuts].sort((a, b) => a - b);
    let html = '';
    for (let i = 0; i + 1 < points.length; i++) {
      const [a, b] = [points[i]!, points[i + 1]!];
      const covering = here.filter((m) => m.start <= a && m.end >= b);
      html += `${covering.map((m) => m.open).join('')}${text(report.slice(a, b))}${'</mark>'.repeat(covering.length)}`;
    }
    out.push(`<div class="l"><span class="n" data-n="${lineNumber(line.start, n)}"></span><span class="s">${html}</span></div>`);
  }
  return out.join('\n');
}

/** Highlights with one mark per span, in (start, longest first) order, clipped to the text. */
function merge(length: number, highlights: readonly Highlight[], shown: (item: number) => boolean): Mark[] {
  const bySpan = new Map<string, { start: number; end: number; tone: string; items: number[]; titles: string[] }>();
  for (const h of highlights) {
    const start = Math.max(0, Math.min(h.span.start, length));
    const end = Math.max(start, Math.min(h.span.end, length));
    if (end === start) continue;
    const key = `${start}:${end}`;
    const seen = bySpan.get(key);
    if (seen === undefined) bySpan.set(key, { start, end, tone: h.tone, items: [...h.items], titles: [h.title] });
    else {
      for (const i of h.items) if (!seen.items.includes(i)) seen.items.push(i);
      if (!seen.titles.includes(h.title)) seen.titles.push(h.title);
    }
  }
  return [...bySpan.values()]
    .sort((a, b) => a.start - b.start || b.end - a.end)
    .map((m) => ({ start: m.start, end: m.end, open: `<mark class="m c-${m.tone}${m.items.some(shown) ? '' : ' off'}" data-f="${m.items.join(' ')}" title="${attr(m.titles.join('; '))}">` }));
}
