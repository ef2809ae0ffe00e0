/**
 * Offsets → 1-based line and column. Lines break at CRLF, CR, LF (and U+2028/9, as the
 * segmenter does); columns count Unicode code points, so an emoji is one column.
 */
import type { Report } from '../types.js';

/** Line and column of an offset, both 1-based. */
export interface Position {
  readonly line: number;
  readonly column: number;
}

/**
 * Returns a function that locates offsets in one report. Line starts and surrogate pairs
 * are found in one pass; each offset then costs two binary searches, whatever the length of
 * its line (counting code points from the line's start for every claim made a 1 MB line of
 * one report take 47 s to print: issue 25, item 7).
 */
export function locator(report: Report): (offset: number) => Position {
  const starts = [0];
  /** Where each surrogate pair starts (its high half), in order. */
  const pairs: number[] = [];
  const text = report.text;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 0x2028 || c === 0x2029) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    } else if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        pairs.push(i);
        i++;
      }
    }
  }
  return (offset) => {
    const line = lastAtOrBefore(starts, offset);
    const start = starts[line]!;
    // A pair counts as one column when both halves lie before the offset.
    const whole = pairs.length === 0 ? 0 : countBelow(pairs, offset - 1) - countBelow(pairs, start);
    return { line: line + 1, column: offset - start - whole + 1 };
  };
}

/** Index of the last element ≤ `value` in a sorted list whose first element is ≤ it. */
function lastAtOrBefore(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sorted[mid]! <= value) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** How many elements of a sorted list are < `value`. */
function countBelow(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
