/**
 * Markdown → its text without the markup, with its pieces mapped back to the file.
 * Parsed by micromark (the CommonMark reference parser of the unified collective), whose
 * tokens carry their offsets in the file. What a reader of the rendered page reads is
 * kept, the markup dropped:
 *
 * - kept: words, code, line breaks, list markers (the segmenter reads list items by them;
 *   `+` is written `-`), table pipes (the segmenter reads `| a | b |` rows);
 * - dropped: heading marks, block-quote marks, emphasis and code marks, a link's target
 *   (its words stay), images, reference definitions, thematic breaks, fences, a front
 *   matter block (`---` … `---` at the top);
 * - read as HTML: HTML blocks and character references (`&amp;`); an inline `<br>` is a
 *   line break, other inline tags are dropped.
 */
import { parse, postprocess, preprocess } from 'micromark';
import { MappedText, type Mapped } from './mapped.js';

/** Tokens copied from the file as they are. */
const KEPT = new Set([
  'data', 'codeTextData', 'codeTextPadding', 'codeFlowValue', 'characterEscapeValue', 'lineEnding', 'lineEndingBlank',
  'listItemValue', 'listItemMarker', 'listItemPrefixWhitespace', 'autolinkProtocol', 'autolinkEmail',
]);

/** Tokens dropped with everything inside them. */
const DROPPED = new Set(['resource', 'reference', 'definition', 'image', 'codeFencedFence', 'thematicBreak', 'setextHeadingLine']);

/** Tokens read as HTML (then their inside is skipped). */
const HTML = new Set(['htmlFlow', 'htmlText', 'characterReference']);

/** Reads a Markdown document. */
export async function markdownToText(source: string): Promise<Mapped> {
  const events = postprocess(parse().document().write(preprocess()(source, undefined, true)));
  // The HTML reader is loaded only for a document that has HTML or character references.
  const html = events.some(([kind, token]) => kind === 'enter' && HTML.has(token.type)) ? await import('./html.js') : null;
  const out = new MappedText(source);
  const front = frontMatterEnd(source);
  let skipped = 0;
  for (const [kind, token] of events) {
    if (kind === 'exit') {
      if (skipped > 0) skipped--;
      continue;
    }
    const type: string = token.type;
    const start = token.start.offset;
    const end = token.end.offset;
    if (skipped > 0 || DROPPED.has(type) || start < front) {
      skipped++;
      continue;
    }
    if (HTML.has(type)) {
      skipped++;
      if (type === 'htmlText') {
        if (/^<br\b/i.test(source.slice(start, end))) out.put('\n', start, end);
      } else html?.readHtml(source, start, end, out);
      continue;
    }
    if (!KEPT.has(type)) continue;
    if (type === 'listItemMarker' && source[start] === '+') out.put('-', start, end);
    else out.copy(start, end);
  }
  return out.done();
}

/**
 * Where a front matter block ends: at the very top, fenced by `---` (YAML) or `+++`
 * (TOML), opening with a `key:` or `key =` line, so that a page that merely starts with a
 * thematic break keeps its text. 0 when there is none.
 */
function frontMatterEnd(source: string): number {
  const open = /^(---|\+\+\+)[ \t]*(?:\r\n|\n|\r)(?=[\w-]+[ \t]*[:=])/.exec(source);
  if (open === null) return 0;
  const close = new RegExp(`(?:\\r\\n|\\n|\\r)${open[1] === '---' ? '(?:---|\\.\\.\\.)' : '\\+\\+\\+'}[ \\t]*(?:\\r\\n|\\n|\\r|$)`, 'g');
  close.lastIndex = open[0].length - 1;
  const m = close.exec(source);
  return m === null ? 0 : m.index + m[0].length;
}
