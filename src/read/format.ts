/**
 * What a report is written in, and reading its text out of it. Plain text is taken as
 * it is; HTML and Markdown are read through their parsers (./html.ts, ./markdown.ts,
 * loaded only when such a report comes, so start-up stays fast) into the text a reader
 * sees, with every position mapped back to the file as given.
 */
import type { ReportOrigin } from '../types.js';

/** Input formats accepted by --input-format. */
export const INPUT_FORMATS = ['auto', 'text', 'html', 'markdown'] as const;
export type InputFormat = (typeof INPUT_FORMATS)[number];

const BY_EXTENSION: Readonly<Record<string, 'html' | 'markdown'>> = {
  html: 'html', htm: 'html', xhtml: 'html', shtml: 'html',
  md: 'markdown', markdown: 'markdown', mdown: 'markdown', mkd: 'markdown', mkdn: 'markdown',
};

/**
 * The format of a report named `label` with text `text`: by the name's extension, else
 * HTML when the text opens as an HTML document does (`<!DOCTYPE html>`, `<html>`), else
 * plain text. Markdown is never guessed from the text: plain text reads as Markdown
 * nearly always, with a stray `*` or `_` taken for markup.
 */
export function detectFormat(label: string, text: string): 'text' | 'html' | 'markdown' {
  const extension = /\.([a-z]+)$/i.exec(label)?.[1]?.toLowerCase();
  const known = extension === undefined ? undefined : BY_EXTENSION[extension];
  if (known !== undefined) return known;
  return /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html)[\s>]/i.test(text.slice(0, 4096)) ? 'html' : 'text';
}

/** A report's text, and where it came from when it was read out of markup. */
export interface Converted {
  readonly text: string;
  readonly origin?: ReportOrigin;
}

/** Reads the text out of a report written in `format`. */
export async function convert(text: string, format: 'text' | 'html' | 'markdown'): Promise<Converted> {
  switch (format) {
    case 'text':
      return { text };
    case 'html': {
      const { htmlToText } = await import('./html.js');
      const mapped = htmlToText(text);
      return { text: mapped.text, origin: { format, text, pieces: mapped.pieces } };
    }
    case 'markdown': {
      const { markdownToText } = await import('./markdown.js');
      const mapped = await markdownToText(text);
      return { text: mapped.text, origin: { format, text, pieces: mapped.pieces } };
    }
    default: {
      const never: never = format;
      return never;
    }
  }
}
