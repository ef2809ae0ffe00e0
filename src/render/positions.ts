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

/** Returns a function that locates offsets in one report (line starts computed once). */
export function locator(report: Report): (offset: number) => Position {
  const starts = [0];
  const text = report.text;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 0x2028 || c === 0x2029) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return (offset) => {
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
