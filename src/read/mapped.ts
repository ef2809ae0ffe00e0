/**
 * Text read out of markup, built piece by piece with where each piece comes from in the
 * file: the `pieces` of a ReportOrigin (see src/types.ts). The HTML and Markdown readers
 * copy the words from the file and put in what stands for markup (a line break for a
 * paragraph's end, `&` for `&amp;`).
 */

/** Text and the pieces that map it back to its source. */
export interface Mapped {
  readonly text: string;
  readonly pieces: readonly number[];
}

export class MappedText {
  private readonly parts: string[] = [];
  private readonly pieces: number[] = [];
  private length = 0;
  /** Whether the last piece is copied from the source (and may grow). */
  private copying = false;

  constructor(private readonly source: string) {}

  /** Length of the text so far. */
  get size(): number {
    return this.length;
  }

  /** The last character put in, or '' at the start. */
  get last(): string {
    const part = this.parts.at(-1);
    return part === undefined ? '' : part.at(-1)!;
  }

  /** Copies `[start, end)` of the source. */
  copy(start: number, end: number): void {
    if (end <= start) return;
    const n = this.pieces.length;
    if (this.copying && this.pieces[n - 1] === start) this.pieces[n - 1] = end;
    else this.pieces.push(this.length, start, end);
    this.copying = true;
    this.parts.push(this.source.slice(start, end));
    this.length += end - start;
  }

  /** Puts in `text` standing for `[start, end)` of the source. */
  put(text: string, start: number, end: number): void {
    if (text === '') return;
    // A stand-in of several characters as long as its source (a table's header line for
    // a closing tag) would read as copied: it stands for where its source starts.
    const copied = text.length > 1 && text.length === end - start && text !== this.source.slice(start, end);
    this.pieces.push(this.length, start, copied ? start : Math.max(start, end));
    this.copying = false;
    this.parts.push(text);
    this.length += text.length;
  }

  /** The text and its pieces. */
  done(): Mapped {
    return { text: this.parts.join(''), pieces: this.pieces };
  }
}
