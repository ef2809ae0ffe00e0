/**
 * Reading HTML and Markdown: the text a reader sees, and every piece of it mapped back to
 * the file as given (so line and column point into the file, not into the text read).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../src/read/html.js';
import { markdownToText } from '../../src/read/markdown.js';
import { convert, detectFormat } from '../../src/read/format.js';
import { locator, sourceOffsets } from '../../src/render/source.js';
import type { Mapped } from '../../src/read/mapped.js';
import { parseInputFormat } from '../../src/cli/options.js';

/** Characters the readers put in for markup, in pieces as long as the markup they stand for. */
const STAND_INS = new Set(['“', '”', '‘', '’', '\n', ' ', '-', '|']);

/**
 * Pieces are ordered and cover the text; a piece as long as its source is that source
 * copied, or a one-character stand-in for one character of markup.
 */
function expectFaithful(source: string, m: Mapped): void {
  const p = m.pieces;
  expect(p.length % 3).toBe(0);
  if (m.text.length > 0) expect(p[0]).toBe(0);
  for (let i = 0; i < p.length; i += 3) {
    const [t, s, e] = [p[i]!, p[i + 1]!, p[i + 2]!];
    const next = i + 3 < p.length ? p[i + 3]! : m.text.length;
    expect(next).toBeGreaterThan(t);
    expect(e).toBeGreaterThanOrEqual(s);
    if (i > 0) expect(s).toBeGreaterThanOrEqual(p[i - 2]!);
    expect(e).toBeLessThanOrEqual(source.length);
    const text = m.text.slice(t, next);
    if (next - t === e - s && !(text.length === 1 && STAND_INS.has(text))) expect(text).toBe(source.slice(s, e));
  }
}

/** The source offset of the first `word` in the text read. */
function sourceOf(source: string, m: Mapped, word: string): number {
  const at = m.text.indexOf(word);
  expect(at, word).toBeGreaterThanOrEqual(0);
  return sourceOffsets({ format: 'html', text: source, pieces: m.pieces }, m.text.length)(at);
}

describe('HTML', () => {
  it.each([
    ['paragraphs become blank-line breaks', '<p>One.</p><p>Two.</p>', 'One.\n\nTwo.'],
    ['white space collapses', '<p>  Seven\n   people   died. </p>', 'Seven people died.'],
    ['<br> is a line break', '<p>VELMORA<br>Seven died.</p>', 'VELMORA\nSeven died.'],
    ['entities are decoded', '<p>AT&amp;T said &ldquo;no&rdquo; &#8212; &#x41;</p>', 'AT&T said “no” — A'],
    ['script, style, nav, aside, form, head are dropped', '<html><head><title>T 9</title><style>p{}</style></head><body><nav>Home 99</nav><script>var n = 12;</script><p>Body 3.</p><aside>Related: 77</aside><form><button>Go 5</button></form></body></html>', 'Body 3.'],
    ['a page header and footer are dropped, an article\'s kept', '<header>Site 1</header><article><header><h1>Head 2</h1></header><p>Text 3.</p><footer>By A. Writer</footer></article><footer>© 4</footer>', 'Head 2\n\nText 3.\n\nBy A. Writer'],
    ['hidden elements are dropped', '<p>Seen.</p><p hidden>Unseen 1.</p><div aria-hidden="true">Unseen 2.</div>', 'Seen.'],
    ['inline elements join as a browser shows them', '<p><b>Seven</b> people <i>died</i>, in<span>side</span>.</p>', 'Seven people died, inside.'],
    ['<pre> keeps its lines', '<pre>a  b\n  c</pre>', 'a  b\n  c'],
    ['list items are paragraphs', '<ul><li>Seven dead</li><li>21 hurt</li></ul>', 'Seven dead\n\n21 hurt'],
    ['<q> gets its quotation marks', '<p><q>We will rebuild,</q> she said.</p>', '“We will rebuild,” she said.'],
    ['a table becomes pipe rows with a header line', '<table><tr><th>Killed</th><th>Hurt</th></tr><tr><td>7</td><td>21</td></tr></table>', '| Killed | Hurt |\n| --- | --- |\n| 7 | 21 |'],
    ['a table without a header row gets no header line', '<table><tr><td>Killed</td><td>7</td></tr></table>', '| Killed | 7 |'],
    ['an unclosed head ends at the first body element', '<html><head><title>X</title><p>Body text.</p>', 'Body text.'],
    ['comments are dropped', '<p>One<!-- 25 dead --> two.</p>', 'One two.'],
    ['a fragment without html or body', 'Plain <em>words</em> here.', 'Plain words here.'],
  ])('%s', (_name, source, text) => {
    const m = htmlToText(source);
    expect(m.text).toBe(text);
    expectFaithful(source, m);
  });

  it('maps each word back to where the file has it', () => {
    const source = '<html>\n<body>\n  <p>VELMORA &ndash; Seven\n     people <b>died</b>, said &quot;Olek&quot; Danowski.</p>\n</body>';
    const m = htmlToText(source);
    for (const word of ['VELMORA', 'Seven', 'people', 'died', 'Danowski']) expect(source.slice(sourceOf(source, m, word)).startsWith(word)).toBe(true);
    const report = { id: 'r1', path: 'a.html', text: m.text, bytes: 0, origin: { format: 'html' as const, text: source, pieces: m.pieces } };
    const at = locator(report);
    expect(at(m.text.indexOf('Seven'))).toEqual({ line: 3, column: 22 });
    expect(at(m.text.indexOf('died'))).toEqual({ line: 4, column: 16 });
    // A span's end maps past the last character it covers, entity included.
    const olek = m.text.indexOf('"Olek"');
    expect(source.slice(0, sourceOffsets(report.origin, m.text.length)(olek + 6, 'end')).endsWith('&quot;Olek&quot;')).toBe(true);
  });

  it('any text with tags reads without throwing, faithfully mapped', () => {
    const piece = fc.oneof(
      fc.constantFrom('<p>', '</p>', '<br>', '<b>', '</b>', '<script>', '</script>', '<table><tr><th>', '<td>', '</tr>', '</table>', '&amp;', '&nbsp;', '&#x41;', '<q>', '</q>', '<pre>', '</pre>', '<nav>', '</nav>', '\n', '  '),
      fc.string({ maxLength: 12 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
        const source = parts.join('');
        expectFaithful(source, htmlToText(source));
      }),
      { numRuns: 300 },
    );
  });
});

describe('Markdown', () => {
  it.each([
    ['heading marks, emphasis and code marks go', '# Seven *dead*\n\nIt was **not** `late`.', 'Seven dead\n\nIt was not late.'],
    ['a link keeps its words, not its target', 'Said [the minister](https://example.org/a "Title 9") on Monday.', 'Said the minister on Monday.'],
    ['images and definitions go', 'Text ![chart of 99 boats](c.png) here.\n\n[ref]: https://example.org/7', 'Text  here.\n\n'],
    ['a reference link keeps its words', 'See [the report][r].\n\n[r]: https://example.org', 'See the report.\n\n'],
    ['block-quote marks go', '> "We will rebuild,"\n> she said.', '"We will rebuild,"\nshe said.'],
    ['list markers stay, + written as -', '- Seven dead\n+ 21 hurt\n\n1. first\n2) second', '- Seven dead\n- 21 hurt\n\n1. first\n2) second'],
    ['escapes and entities are decoded', 'AT&amp;T \\*not emphasis\\* &#8212; ok', 'AT&T *not emphasis* — ok'],
    ['pipe tables stay as the segmenter reads them', '| Killed | Hurt |\n|---|---|\n| **7** | 21 |', '| Killed | Hurt |\n|---|---|\n| 7 | 21 |'],
    ['fences and thematic breaks go, code stays', '```text\nSeven dead\n```\n\n***\n\nEnd.', '\nSeven dead\n\n\n\n\nEnd.'],
    ['a front matter block goes', '---\ntitle: Bridge 9\n---\n\nSeven dead.', '\nSeven dead.'],
    ['a page that opens with a thematic break keeps its text', '---\n\nSeven dead.\n\n---\n', '\n\nSeven dead.\n\n\n'],
    ['HTML blocks are read as HTML', '<div class="x">\n<p>Seven <b>dead</b></p>\n</div>\n\nEnd.', 'Seven dead\n\nEnd.'],
    ['an inline <br> is a line break, other tags go', 'Seven<br>dead <span>now</span>.', 'Seven\ndead now.'],
    ['setext headings lose their underline', 'Seven dead\n==========\n\nText.', 'Seven dead\n\n\nText.'],
  ])('%s', async (_name, source, text) => {
    const m = await markdownToText(source);
    expect(m.text).toBe(text);
    expectFaithful(source, m);
  });

  it('maps each word back to where the file has it', async () => {
    const source = '# Bridge collapse\n\n> **Seven** people died, said [Olek *Danowski*](https://e.org/x).\n';
    const m = await markdownToText(source);
    for (const word of ['Bridge', 'Seven', 'people', 'Olek', 'Danowski']) expect(source.slice(sourceOf(source, m, word)).startsWith(word)).toBe(true);
    const at = locator({ id: 'r1', path: 'a.md', text: m.text, bytes: 0, origin: { format: 'markdown', text: source, pieces: m.pieces } });
    expect(at(m.text.indexOf('Danowski'))).toEqual({ line: 3, column: 38 });
  });

  it('any Markdown reads without throwing, faithfully mapped', async () => {
    const piece = fc.oneof(
      fc.constantFrom('# ', '*', '**', '_', '`', '[', '](', ')', '![', '> ', '- ', '+ ', '1. ', '\n', '\n\n', '&amp;', '\\*', '<b>', '<div>', '|', '---', '```'),
      fc.string({ maxLength: 10 }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(piece, { maxLength: 30 }), async (parts) => {
        const source = parts.join('');
        expectFaithful(source, await markdownToText(source));
      }),
      { numRuns: 200 },
    );
  });
});

describe('input format', () => {
  it.each([
    ['story.html', 'x', 'html'],
    ['story.HTM', 'x', 'html'],
    ['story.md', '<html>', 'markdown'],
    ['story.markdown', 'x', 'markdown'],
    ['story.txt', 'Seven died.', 'text'],
    ['story.txt', '  <!DOCTYPE html><html><body>x', 'html'],
    ['<stdin>', '<!-- saved --><html lang="en">', 'html'],
    ['<stdin>', '<p>Seven died.</p>', 'text'],
    ['notes', '# Heading\n\n*x*', 'text'],
  ])('%s with %j reads as %s', (label, text, format) => {
    expect(detectFormat(label, text)).toBe(format);
  });

  it('--input-format takes the names and common short forms', () => {
    expect(['auto', 'text', 'html', 'markdown', 'md', 'HTM', 'txt'].map(parseInputFormat)).toEqual(['auto', 'text', 'html', 'markdown', 'markdown', 'html', 'text']);
    expect(() => parseInputFormat('pdf')).toThrow("--input-format: unknown format 'pdf'; use auto, text, html, markdown");
  });

  it('plain text is read as it is, with no origin', async () => {
    expect(await convert('Seven <b>died</b>.', 'text')).toEqual({ text: 'Seven <b>died</b>.' });
  });
});
