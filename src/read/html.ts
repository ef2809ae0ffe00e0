/**
 * HTML → the text a reader sees, with its pieces mapped back to the file. Parsed by
 * htmlparser2 (a maintained, fast, forgiving streaming parser that reports where each
 * token lies and decodes character references), read as a browser shows it:
 *
 * - what a reader does not see as the story is dropped: scripts, styles, the head,
 *   navigation, asides, forms, embedded media, hidden elements, and a page's header and
 *   footer (but not those inside an <article> or <main>);
 * - block elements (paragraphs, headings, list items, divs…) become blank-line breaks,
 *   `<br>` a line break; runs of white space become one space, except inside <pre>;
 * - a table becomes `| cell | cell |` rows, with a `| --- |` line under its header row,
 *   as the segmenter reads tables in plain text;
 * - `<q>` gets the quotation marks a browser adds.
 */
import { Parser } from 'htmlparser2';
import { MappedText, type Mapped } from './mapped.js';

/** Elements whose content is not part of the story. */
const SKIPPED = new Set([
  'head', 'script', 'style', 'noscript', 'template', 'title', 'nav', 'aside', 'form', 'button', 'select', 'option',
  'textarea', 'iframe', 'object', 'embed', 'svg', 'math', 'canvas', 'audio', 'video', 'map', 'dialog', 'menu',
]);

/** A page's header and footer are skipped, unless they are inside one of these. */
const CONTENT = new Set(['article', 'main']);

/** Elements that may stand in a <head>: any other one ends it, as a browser ends it. */
const HEAD_CONTENT = new Set(['title', 'meta', 'link', 'style', 'script', 'noscript', 'base', 'template']);

/** Elements that start and end a paragraph of their own. */
const BLOCKS = new Set([
  'address', 'article', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'html', 'legend',
  'li', 'listing', 'main', 'ol', 'p', 'pre', 'section', 'summary', 'ul', 'xmp',
]);

/** White space that HTML collapses (not the no-break space). */
const COLLAPSIBLE = /[ \t\n\f\r]+/g;

/** Reads a whole HTML document. */
export function htmlToText(source: string): Mapped {
  const out = new MappedText(source);
  readHtml(source, 0, source.length, out);
  return out.done();
}

/** Reads `[from, to)` of `source` as HTML into `out` (Markdown's HTML blocks come here too). */
export function readHtml(source: string, from: number, to: number, out: MappedText): void {
  const w = new Writer(out);
  const stack: { name: string; skips: boolean }[] = [];
  let skipping = 0;
  let content = 0;
  let pre = 0;
  let cell = 0;
  let quotes = 0;
  const tables: { header: boolean }[] = [];
  let row: { cells: number; header: boolean } | null = null;
  let thead = 0;

  const parser: Parser = new Parser(
    {
      onopentag(name, attribs) {
        const at = tag();
        // A browser ends the head at the first element that cannot stand in it.
        const head = stack.findLast((e) => e.name === 'head');
        if (head?.skips && !HEAD_CONTENT.has(name)) {
          head.skips = false;
          skipping--;
        }
        const skips = SKIPPED.has(name) || ((name === 'header' || name === 'footer') && content === 0) || 'hidden' in attribs || attribs['aria-hidden'] === 'true';
        stack.push({ name, skips });
        if (skips) skipping++;
        if (CONTENT.has(name)) content++;
        if (skipping > 0) return;
        if (name === 'pre' || name === 'listing' || name === 'xmp') pre++;
        if (BLOCKS.has(name)) w.breakLine(cell > 0 ? 0 : 2, at);
        else if (name === 'br') w.breakLine(cell > 0 ? 0 : 1, at);
        else if (name === 'table') {
          w.breakLine(2, at);
          tables.push({ header: false });
        } else if (name === 'thead') thead++;
        else if (name === 'tr') {
          w.breakLine(1, at);
          row = { cells: 0, header: true };
        } else if ((name === 'td' || name === 'th') && row !== null) {
          if (name === 'td' && thead === 0) row.header = false;
          w.put(row.cells === 0 ? '| ' : ' | ', at);
          row.cells++;
          cell++;
        } else if (name === 'q') {
          w.put(quotes % 2 === 0 ? '“' : '‘', at);
          quotes++;
        }
      },
      onclosetag(name) {
        const at = tag();
        const element = stack.pop();
        if (element?.skips) {
          skipping--;
          return;
        }
        if (CONTENT.has(name)) content--;
        if (skipping > 0) return;
        if (name === 'pre' || name === 'listing' || name === 'xmp') pre--;
        if (BLOCKS.has(name)) w.breakLine(cell > 0 ? 0 : 2, at);
        else if (name === 'thead') thead--;
        else if ((name === 'td' || name === 'th') && cell > 0) cell--;
        else if (name === 'tr' && row !== null) {
          const table = tables.at(-1);
          if (row.cells > 0) {
            w.put(' |', at);
            // The first row of header cells gets the line under it that marks a header.
            if (row.header && table && !table.header) {
              w.put(`\n|${' --- |'.repeat(row.cells)}`, at);
              table.header = true;
            }
          }
          if (table && row.cells > 0) table.header = true;
          row = null;
          w.breakLine(1, at);
        } else if (name === 'table') {
          tables.pop();
          w.breakLine(2, at);
        } else if (name === 'q' && quotes > 0) {
          quotes--;
          w.put(quotes % 2 === 0 ? '”' : '’', at);
        }
      },
      ontext(data) {
        if (skipping > 0) return;
        const start = Math.min(to, from + parser.startIndex);
        const end = Math.min(to, from + parser.endIndex + 1);
        if (data.length !== end - start) {
          // A character reference, decoded: it stands for its whole source.
          if (/^[ \t\n\f\r]+$/.test(data)) w.space(start, end);
          else w.put(data, { start, end });
          return;
        }
        if (pre > 0) {
          w.copy(start, end);
          return;
        }
        let at = start;
        for (const m of data.matchAll(COLLAPSIBLE)) {
          const s = start + m.index;
          w.copy(at, s);
          w.space(s, s + m[0].length);
          at = s + m[0].length;
        }
        w.copy(at, end);
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: false },
  );
  /** Where the tag being read lies in the source. */
  // Elements closed at the end of the input are reported at its end.
  const tag = (): { start: number; end: number } => ({ start: Math.min(to, from + parser.startIndex), end: Math.min(to, from + parser.endIndex + 1) });
  parser.write(source.slice(from, to));
  parser.end();
}

/**
 * Writes text with HTML's white-space rules: spaces and breaks are held back until more
 * text comes, so that none is written at a line's start or a text's end, and runs of them
 * become one (the widest break wins).
 */
class Writer {
  private breaks = 0;
  private breakAt = { start: 0, end: 0 };
  private spaceAt: { start: number; end: number } | null = null;

  constructor(private readonly out: MappedText) {}

  /** Asks for `n` line breaks (0: a space) before the next text. */
  breakLine(n: number, at: { start: number; end: number }): void {
    if (n === 0) {
      this.space(at.start, at.end);
      return;
    }
    if (n > this.breaks) {
      if (this.breaks === 0) this.breakAt = at;
      this.breaks = n;
    }
    this.spaceAt = null;
  }

  /** White space in the source at `[start, end)`: one space before the next text. */
  space(start: number, end: number): void {
    if (this.breaks > 0 || this.spaceAt !== null || this.out.size === 0 || /\s/.test(this.out.last)) return;
    this.spaceAt = { start, end };
  }

  copy(start: number, end: number): void {
    if (end <= start) return;
    this.flush();
    this.out.copy(start, end);
  }

  put(text: string, at: { start: number; end: number }): void {
    this.flush();
    this.out.put(text, at.start, at.end);
  }

  private flush(): void {
    if (this.breaks > 0 && this.out.size > 0) {
      const have = this.out.last === '\n' ? 1 : 0;
      this.out.put('\n'.repeat(Math.max(0, this.breaks - have)), this.breakAt.start, this.breakAt.end);
    } else if (this.spaceAt !== null) {
      const { start, end } = this.spaceAt;
      this.out.put(' ', start, end);
    }
    this.breaks = 0;
    this.spaceAt = null;
  }
}
