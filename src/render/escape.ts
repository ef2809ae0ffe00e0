/**
 * Terminal safety: text from a report never reaches the terminal raw. Control
 * characters (C0, C1, DEL) and invisible bidirectional or zero-width controls, which can
 * reorder or hide what a reader sees, are shown as visible escapes (`\x1b`, `\u202e`).
 */

/** Control, bidirectional and zero-width characters: shown as visible escapes, never passed on raw. */
export const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

/** Escapes characters that could act on a terminal; turns line breaks and tabs into spaces. */
export function safe(s: string): string {
  return s.replace(/[\r\n\t\u2028\u2029]+/g, ' ').replace(UNSAFE, (c) => {
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

/** Shortens `text` around `[start, end)` to about `width` code units, marking cuts with "…". */
export function around(text: string, start: number, end: number, width = 110): string {
  if (text.length <= width) return text;
  const room = Math.max(0, width - (end - start));
  let from = Math.max(0, start - Math.floor(room / 2));
  let to = Math.min(text.length, from + Math.max(width, end - start));
  from = Math.max(0, to - Math.max(width, end - start));
  // Cut at word boundaries where possible.
  if (from > 0) from = text.indexOf(' ', from) >= 0 && text.indexOf(' ', from) < start ? text.indexOf(' ', from) + 1 : from;
  if (to < text.length) {
    const space = text.lastIndexOf(' ', to);
    if (space > end) to = space;
  }
  return `${from > 0 ? '…' : ''}${text.slice(from, to)}${to < text.length ? '…' : ''}`;
}

/** Collapses whitespace and cuts `s` to `max` characters at a word boundary, marking the cut with "…". */
export function shorten(s: string, max: number): string {
  const flat = s.replace(/\s+/g, ' ');
  if (flat.length <= max) return flat;
  const cut = flat.lastIndexOf(' ', max - 1);
  return `${flat.slice(0, cut > max / 2 ? cut : max - 1)}…`;
}
