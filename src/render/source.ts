/**
 * Positions in the file as given. A report read out of HTML or Markdown has an `origin`:
 * offsets into its text are mapped back to the file before line and column are counted
 * (by ./positions.ts), so that every format points where an editor shows the words. A
 * plain-text report is its own file.
 */
import type { Report, ReportOrigin } from '../types.js';
import { locator as textLocator, type Position } from './positions.js';

/**
 * Which side of a span an offset is: a span's `start` is its first character, its `end`
 * one past the last. They map back differently where a piece of the text stands for more
 * of the file (an entity, a tag), so that a span covers its whole source.
 */
export type Edge = 'start' | 'end';

/** Returns a function that locates offsets of a report's text in its file (line starts computed once). */
export function locator(report: Report): (offset: number, edge?: Edge) => Position {
  const origin = report.origin;
  if (origin === undefined) {
    const at = textLocator(report);
    return (offset) => at(offset);
  }
  const inFile = textLocator({ ...report, text: origin.text });
  const toFile = sourceOffsets(origin, report.text.length);
  return (offset, edge = 'start') => inFile(toFile(offset, edge));
}

/** Returns a function from offsets into a report's text to offsets into its file. */
export function fileOffsets(report: Report): (offset: number, edge?: Edge) => number {
  return report.origin ? sourceOffsets(report.origin, report.text.length) : (offset) => offset;
}

/**
 * Maps offsets into a text of length `length` read out of `origin` to offsets into the
 * file. A start offset maps to where its piece's source starts (plus the distance into a
 * piece that maps offset for offset); an end offset, one past a span's last character, to
 * where that character's source ends.
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
