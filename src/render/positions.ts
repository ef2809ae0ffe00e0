/**
 * Offsets → 1-based line and column. Lines break at CRLF, CR, LF (and U+2028/9, as the
 * segmenter does); columns count Unicode code points, so an emoji is one column. For a
 * report read out of HTML or Markdown, offsets into its text are first mapped back to the
 * file as given (its `origin`), so positions point where an editor shows the words.
 */
import type { Report, ReportOrigin } from '../types.js';

/** Line and column of an offset, both 1-based. */
export interface Position {
  readonly line: number;
  readonly column: number;
}

/**
 * Which side of a span an offset is: a span's `start` is the first character, its `end`
 * one past the last; they map back differently where a piece of the text stands for
 * more of the file (an entity, a tag), so that a span covers its whole source.
 */
export type Edge = 'start' | 'end';

/** Returns a function that locates offsets in one report (line starts computed once). */
export function locator(report: Report): (offset: number, edge?: Edge) => Position {
  const starts = [0];
  const origin = report.origin;
  const text = origin ? origin.text : report.text;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 0x2028 || c === 0x2029) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  const toSource = origin ? sourceOffsets(origin, report.text.length) : (offset: number) => offset;
  return (at, edge = 'start') => {
    const offset = toSource(at, edge);
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    const column = [...text.slice(starts[lo]!, offset)].length + 1;
    return { line: lo + 1, column };
  };
}

/**
 * Maps offsets into a report's text (of length `length`) to offsets into the file it was
 * read from. A start offset maps to where its piece's source starts (plus the distance
 * into a copied piece); an end offset, one past a span's last character, to where that
 * character's source ends.
 */
export function sourceOffsets(origin: ReportOrigin, length: number): (offset: number, edge?: Edge) => number {
  const p = origin.pieces;
  const count = p.length / 3;
  if (count === 0) return () => 0;
  /** Index of the last piece starting at or before `offset`. */
  const pieceAt = (offset: number): number => {
    let lo = 0;
    let hi = count - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (p[mid * 3]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const textEnd = (i: number): number => (i + 1 < count ? p[(i + 1) * 3]! : length);
  return (offset, edge = 'start') => {
    if (edge === 'end') {
      if (offset <= 0) return p[1]!;
      const i = pieceAt(offset - 1);
      const [t, s, e] = [p[i * 3]!, p[i * 3 + 1]!, p[i * 3 + 2]!];
      return textEnd(i) - t === e - s ? Math.min(e, s + (offset - t)) : e;
    }
    if (offset >= length) return p[(count - 1) * 3 + 2]!;
    const i = pieceAt(offset);
    const [t, s, e] = [p[i * 3]!, p[i * 3 + 1]!, p[i * 3 + 2]!];
    return textEnd(i) - t === e - s ? s + (offset - t) : s;
  };
}
