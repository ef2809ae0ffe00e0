/**
 * Fitting text to a terminal's width. Widths are display widths, counted as terminals
 * count them (wcwidth): a wide or fullwidth East Asian character takes two columns (the
 * Unicode East Asian Width table, through get-east-asian-width), a combining mark, a
 * format character or a variation selector none, and colour codes none. Lines break at
 * spaces; a word longer than a line (a URL, Chinese or Japanese text without spaces) is
 * cut by width, never inside a character or before its combining marks. Colours open at
 * a break are closed at the line's end and opened again on the next line, so a pager
 * shows every line in its colour.
 *
 * Written here rather than taken from string-width and wrap-ansi: both create an
 * Intl.Segmenter when loaded, which a V8 startup snapshot cannot hold (the build's
 * snapshot renders a report while warming up), and terminals count columns per code
 * point, as this does, not per grapheme cluster.
 */
import { eastAsianWidth } from 'get-east-asian-width';

/** The narrowest width laid out for: a narrower terminal gets lines this wide. */
const MIN_WIDTH = 20;

/** A text goes on the line after its prefix when fewer columns than this are left beside it. */
const MIN_BESIDE = 12;

/** Colour and style codes (SGR), the only escapes the renderers write. */
const SGR = /\x1b\[[0-9;]*m/g;

/** Code points that take no column: combining marks, format characters, Hangul medial and final jamo, variation selectors. */
const ZERO_WIDTH = /^[\p{Mn}\p{Me}\p{Cf}\u1160-\u11ff\ufe00-\ufe0f]$/u;

/** Columns one code point takes. */
function codePointWidth(cp: number): number {
  if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) return 0;
  if (cp < 0x300) return 1;
  if (ZERO_WIDTH.test(String.fromCodePoint(cp))) return 0;
  return eastAsianWidth(cp);
}

/** Columns that `s` takes on a terminal (colour codes take none). */
export function displayWidth(s: string): number {
  let width = 0;
  for (const ch of s.replace(SGR, '')) width += codePointWidth(ch.codePointAt(0)!);
  return width;
}

/** Pads `s` with spaces to `width` display columns. */
export function padEnd(s: string, width: number): string {
  return s + ' '.repeat(Math.max(0, width - displayWidth(s)));
}

/**
 * Lays out `prefix` then `text` in lines of at most `width` columns: `text` starts after
 * the prefix and goes on in lines indented by `hang` columns. A prefix that leaves too
 * little room beside it is a line (or several) of its own. With no width, it all stays on
 * one line.
 */
export function fit(prefix: string, text: string, width: number | undefined, hang: number): string[] {
  if (width === undefined) return [prefix + text];
  const columns = Math.max(MIN_WIDTH, width);
  const indent = ' '.repeat(hang);
  const rest = Math.max(1, columns - hang);
  const beside = columns - displayWidth(prefix);
  if (beside >= MIN_BESIDE || text === '') {
    return wrap(text, Math.max(1, beside), rest).map((line, i) => (i === 0 ? prefix + line : indent + line).trimEnd());
  }
  const lead = /^ */.exec(prefix)![0];
  const heads = wrap(prefix.slice(lead.length), Math.max(1, columns - lead.length), Math.max(1, columns - lead.length)).map((l) => (lead + l).trimEnd());
  return [...heads, ...wrap(text, rest, rest).map((line) => (indent + line).trimEnd())];
}

/** Rows that `text` takes on a screen `columns` wide: a line wider than the screen takes several. */
export function screenRows(text: string, columns: number): number {
  const lines = text.endsWith('\n') ? text.slice(0, -1).split('\n') : text.split('\n');
  return lines.reduce((rows, line) => rows + Math.max(1, Math.ceil(displayWidth(line) / Math.max(1, columns))), 0);
}

type Token = { readonly kind: 'sgr' | 'space' | 'word'; readonly text: string };

/** Splits a one-line text into colour codes, runs of spaces and words. */
function tokens(text: string): Token[] {
  const out: Token[] = [];
  const re = /(\x1b\[[0-9;]*m)|( +)|([^ \x1b]+|\x1b)/g;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    out.push({ kind: m[1] !== undefined ? 'sgr' : m[2] !== undefined ? 'space' : 'word', text: m[0] });
  }
  return out;
}

/** The colour codes in force: each opening code until the code that closes it. */
class Styles {
  private open: string[] = [];

  /** Takes in one or more colour codes, in order. */
  apply(codes: string): void {
    for (const sgr of codes.match(SGR) ?? []) this.applyOne(sgr);
  }

  private applyOne(sgr: string): void {
    for (const param of sgr.slice(2, -1).split(';')) {
      const code = Number(param || '0');
      const closes = CLOSES[code];
      if (code === 0) this.open = [];
      else if (closes !== undefined) this.open = this.open.filter((o) => !closes(Number(o.slice(2, -1).split(';')[0])));
      else this.open.push(`\x1b[${param}m`);
    }
  }

  /** What ends the styles at a line's end, and what opens them again on the next. */
  get close(): string {
    return this.open.length > 0 ? '\x1b[0m' : '';
  }

  get reopen(): string {
    return this.open.join('');
  }
}

/** For each closing code, which opening codes it ends. */
const CLOSES: Readonly<Record<number, (open: number) => boolean>> = {
  22: (o) => o === 1 || o === 2,
  23: (o) => o === 3,
  24: (o) => o === 4,
  27: (o) => o === 7,
  28: (o) => o === 8,
  29: (o) => o === 9,
  39: (o) => (o >= 30 && o <= 38) || (o >= 90 && o <= 97),
  49: (o) => (o >= 40 && o <= 48) || (o >= 100 && o <= 107),
};

/** Greedy word wrap: the first line holds `first` columns, the others `rest`. */
function wrap(text: string, first: number, rest: number): string[] {
  const styles = new Styles();
  const lines: string[] = [];
  let line = '';
  let used = 0;
  let room = first;
  let space = '';
  // Colour codes met after a space wait for the next word, so the space keeps the style
  // before them (an underlined insertion in a diff does not underline the space before it).
  let pending = '';
  const flush = (): void => {
    line += pending;
    styles.apply(pending);
    pending = '';
  };
  const breakLine = (): void => {
    lines.push(line + styles.close);
    line = styles.reopen;
    used = 0;
    room = rest;
    space = '';
  };
  for (const token of tokens(text)) {
    if (token.kind === 'sgr') {
      pending += token.text;
      continue;
    }
    if (token.kind === 'space') {
      if (used > 0) space = token.text;
      continue;
    }
    const w = displayWidth(token.text);
    if (used > 0 && used + space.length + w > room) breakLine();
    if (used > 0) {
      line += space;
      used += space.length;
    }
    space = '';
    flush();
    if (used + w <= room) {
      line += token.text;
      used += w;
      continue;
    }
    // A word longer than a whole line: cut it by width, keeping combining marks with
    // the character they follow.
    for (const ch of token.text) {
      const cw = codePointWidth(ch.codePointAt(0)!);
      if (cw > 0 && used + cw > room && used > 0) breakLine();
      line += ch;
      used += cw;
    }
  }
  flush();
  lines.push(line);
  return lines;
}
