/**
 * Segment stage: Report → Segment[].
 *
 * Owns the layout of a plain-text report: paragraphs (blank-line separated, or one per
 * line in copy that puts each paragraph on its own line), headings, list items,
 * markdown-style table rows and sentences. Offsets always point into the report's
 * original text, so nothing downstream has to re-find a string.
 */
import type { Segment, SegmentKind, Span } from '../types.js';
import { splitSentences } from './sentences.js';

interface Line {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

const LIST_MARKER = /^(?:[-*•–—]\s+|\(?\d{1,2}[.)]\s+|\(?[a-z][.)]\s+)/;
const TABLE_SEPARATOR = /^\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$/;
const TERMINAL = /[.!?…:;"”’»)\]]$/;

/** Splits a report's text into segments, in text order. */
export function segmentReport(text: string): Segment[] {
  const segments: Segment[] = [];
  const lines = splitLines(text);
  let paragraph = -1;
  let previous: Line | null = null;
  let previousKind: 'blank' | 'prose' | 'block' = 'blank';
  let header: string[] = [];
  let proseStart = -1;
  let proseEnd = -1;

  const flushProse = (): void => {
    if (proseStart < 0) return;
    pushProse(text, proseStart, proseEnd, paragraph, segments);
    proseStart = -1;
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const trimmed = line.text.trim();
    if (trimmed === '') {
      flushProse();
      previousKind = 'blank';
      previous = line;
      header = [];
      continue;
    }
    const lead = line.text.length - line.text.trimStart().length;
    const start = line.start + lead;
    const end = line.start + line.text.trimEnd().length;

    if (trimmed.startsWith('|')) {
      flushProse();
      if (previousKind !== 'block' || !previous?.text.trim().startsWith('|')) {
        paragraph++;
        header = [];
      }
      previousKind = 'block';
      previous = line;
      if (TABLE_SEPARATOR.test(trimmed)) continue;
      const cells = tableCells(text, start, end);
      const next = lines[i + 1];
      if (next && TABLE_SEPARATOR.test(next.text.trim())) {
        header = cells.map((c) => text.slice(c.start, c.end));
        segments.push(makeSegment('heading', { start, end }, paragraph, cells, []));
      } else {
        segments.push(makeSegment('table-row', { start, end }, paragraph, cells, header));
      }
      continue;
    }

    const marker = LIST_MARKER.exec(trimmed);
    if (marker && !/^\d{1,2}[.)]\s+\d/.test(trimmed)) {
      flushProse();
      paragraph++;
      previousKind = 'block';
      previous = line;
      for (const s of splitSentences(text, start + marker[0].length, end)) {
        segments.push(makeSegment('list-item', s, paragraph, [], []));
      }
      continue;
    }

    const continues =
      previousKind === 'prose' &&
      previous !== null &&
      !TERMINAL.test(previous.text.trimEnd()) &&
      (previous.text.trim().length >= 60 || /^[a-z(]/.test(trimmed));
    if (!continues) {
      flushProse();
      paragraph++;
      proseStart = start;
    }
    proseEnd = end;
    previousKind = 'prose';
    previous = line;
  }
  flushProse();
  return segments;
}

function pushProse(text: string, start: number, end: number, paragraph: number, out: Segment[]): void {
  const body = text.slice(start, end);
  if (isHeading(body)) {
    out.push(makeSegment('heading', { start, end }, paragraph, [], []));
    return;
  }
  for (const s of splitSentences(text, start, end)) {
    out.push(makeSegment('sentence', s, paragraph, [], []));
  }
}

/** A short line without closing punctuation reads as a heading ("Key Takeaways"). */
function isHeading(body: string): boolean {
  if (body.includes('\n') || TERMINAL.test(body)) return false;
  const words = body.split(/\s+/).length;
  return words <= 10 && body.length <= 80 && /^[\p{Lu}\d#]/u.test(body);
}

function tableCells(text: string, start: number, end: number): Span[] {
  const cells: Span[] = [];
  let cellStart = start;
  for (let i = start; i <= end; i++) {
    if (i === end || text[i] === '|') {
      const raw = text.slice(cellStart, i);
      const lead = raw.length - raw.trimStart().length;
      const s = cellStart + lead;
      const e = cellStart + raw.trimEnd().length;
      if (i > start || e > s) {
        if (e > s) cells.push({ start: s, end: e });
      }
      cellStart = i + 1;
    }
  }
  return cells;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const re = /\r\n|\r|\n|\u2028|\u2029/g;
  let start = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    lines.push({ start, end: m.index, text: text.slice(start, m.index) });
    start = m.index + m[0].length;
  }
  lines.push({ start, end: text.length, text: text.slice(start) });
  return lines;
}

function makeSegment(
  kind: SegmentKind,
  span: Span,
  paragraph: number,
  cells: readonly Span[],
  header: readonly string[],
): Segment {
  return { kind, span, paragraph, cells, header };
}
